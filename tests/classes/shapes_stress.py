class N:
    __slots__ = ("a", "b", "__dict__")
class P:
    pass
objs = []
for i in range(200000):
    p = P()
    p.x = i
    p.y = str(i)
    if i % 3 == 0:
        p.z = [i]
    if i % 5 == 0:
        del p.x
    if i % 7 == 0:
        d = p.__dict__
        p.w = i
    n = N()
    n.a = i
    n.c = i * 2
    if i % 11 == 0:
        n.__dict__
        del n.a
    objs.append((p, n))
    if len(objs) > 1000:
        objs = objs[500:]
tot = 0
for p, n in objs:
    tot += getattr(p, "x", 0) + len(p.y) + getattr(n, "a", 0) + n.c
    if hasattr(p, "z"): tot += p.z[0]
print(tot)
classes = []
for i in range(2000):
    C = type("C%d" % i, (P,), {"v": i, "__init__": lambda self, i=i: setattr(self, "q", i)})
    c = C()
    classes.append(C)
    assert c.q == i and c.v == i and isinstance(c, P)
print(len(classes), classes[-1]().q, len(P.__subclasses__()))
