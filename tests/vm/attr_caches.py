# Attribute inline caches: __slots__ members, attribute-adding stores
# (shape transitions), and their invalidation.
class V:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z

def mk(n):
    return [V(i, i + 1, i + 2) for i in range(n)]

vs = mk(5)
print(sum(v.x + v.y + v.z for v in vs))

def getx(v):
    return v.x

print([getx(v) for v in vs])
del vs[2].x
for v in vs:
    try:
        print(getx(v))
    except AttributeError as e:
        print("AttributeError", e)
vs[2].x = 99
print(getx(vs[2]))

# unset slot read
class W:
    __slots__ = ("a", "b")
def geta(w):
    return w.a
w = W()
for i in range(3):
    try:
        print(geta(w))
    except AttributeError as e:
        print("AttributeError", e)
    w.a = i

# slots class: storing a non-slot name fails, even through a warm site
def setq(o, v):
    o.q = v
for i in range(3):
    try:
        setq(V(1, 2, 3), i)
    except AttributeError as e:
        print("AttributeError", e)

# plain classes: transition cache, then a property added on the class
class P:
    def __init__(self, a):
        self.a = a
        self.b = a * 2
ps = [P(i) for i in range(5)]
print([(p.a, p.b) for p in ps])
def mkp(i):
    return P(i)
mkp(1); mkp(2)
log = []
P.b = property(lambda self: 7, lambda self, v: log.append(v))
q = mkp(3)
print(q.a, q.b, log, q.__dict__)
del P.b
q = mkp(4)
print(q.a, q.b, q.__dict__)

# __setattr__ defined later on the class
class S:
    def __init__(self):
        self.u = 1
        self.v = 2
S(); S()
S.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
s = S()
print(s.u, s.v)

# instance with a materialised __dict__ keeps working
class D:
    def __init__(self, k):
        self.k = k
        self.m = k
ds = [D(i) for i in range(3)]
ds[1].__dict__["z"] = 5
def setm(o, v):
    o.m = v
    o.n = v
for d in ds:
    setm(d, 8)
print([vars(d) for d in ds])

# slots plus __dict__
class SD:
    __slots__ = ("p", "__dict__")
    def __init__(self):
        self.p = 1
        self.other = 2
sds = [SD() for _ in range(3)]
print([(o.p, o.other, o.__dict__) for o in sds])

# subclass overriding a slot with a property
class V2(V):
    @property
    def x(self):
        return "prop"
    @x.setter
    def x(self, v):
        pass
v2 = V2(1, 2, 3)
print(getx(v2), v2.y, v2.z)
print(getx(V(5, 6, 7)))
