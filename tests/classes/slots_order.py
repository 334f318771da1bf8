# __slots__ set in different orders, partly, deleted and set again, from one
# reading site; subclasses with more slots or a __dict__; __class__
# assignment; copies and pickles; a class with very many slots.
import copy, pickle

class P:
    __slots__ = ("a", "b", "c")
    def total(self):
        return self.a + self.b + self.c

def read(o):
    out = []
    for n in ("a", "b", "c", "d", "x"):
        try:
            out.append(getattr(o, n))
        except AttributeError as e:
            out.append("-")
    return out

objs = []
for order in ("abc", "cab", "bca", "ca", "b", ""):
    o = P()
    for n in order:
        setattr(o, n, order.index(n) + 1)
    objs.append(o)
for o in objs * 2:
    print(read(o), hasattr(o, "a"), getattr(o, "c", "dflt"))
p = objs[1]
print(p.total())
del p.a
print(read(p))
try:
    del p.a
except AttributeError as e:
    print("AttributeError", e)
try:
    p.total()
except AttributeError as e:
    print("AttributeError", e)
p.a = 100
print(read(p), p.total())
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError", e)
empty = P()
try:
    del empty.b
except AttributeError as e:
    print("AttributeError", e)

class Q(P):
    __slots__ = ("d",)
class R(P):
    pass          # has a __dict__
for cls in (Q, R):
    o = cls()
    o.d = "d"
    o.b = "b"
    if cls is R:
        o.x = "x"
        print(sorted(vars(o).items()))
    print(cls.__name__, read(o))
r = R(); r.x = 1; r.c = 3
print(r.__dict__, read(r))
r.__dict__["y"] = 2
print(r.y, read(r))

# copies and pickles keep exactly the slots that are set
for o in (objs[0], objs[3], objs[5], Q()):
    c = copy.copy(o)
    d = copy.deepcopy(o)
    print(read(c), read(d), o.__reduce_ex__(2)[2])
q = Q(); q.d = 4; q.a = 1
print(read(pickle.loads(pickle.dumps(q))))

# __class__ assignment between compatible slotted classes
class P2:
    __slots__ = ("a", "b", "c")
o = P(); o.c = 3; o.a = 1
o.__class__ = P2
print(type(o).__name__, read(o))
o.b = 2
print(read(o))

# many slots: more than an instance keeps in one shape
names = tuple("s%d" % i for i in range(80))
Big = type("Big", (), {"__slots__": names})
b = Big()
for i in (79, 3, 40, 0, 64):
    setattr(b, "s%d" % i, i)
print([getattr(b, "s%d" % i, None) for i in (0, 3, 40, 64, 79, 1)])
del b.s40
print(hasattr(b, "s40"), b.s79)

# an exception class with slots
class E(Exception):
    __slots__ = ("code", "why")
e = E("msg")
e.why = "because"
print(e.args, getattr(e, "code", None), e.why)
