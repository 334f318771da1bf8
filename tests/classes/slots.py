class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x, hasattr(p, "x"), type(P.x).__name__ in ("member_descriptor", "property"))
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, q.__dict__)
class S(P):
    __slots__ = ("w",)
s = S(1, 2)
s.w = 4
print(s.x, s.w)
try:
    s.v = 1
except AttributeError as e:
    print("AttributeError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)
class Single:
    __slots__ = "only"
sg = Single()
sg.only = 1
print(sg.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Priv:
    __slots__ = ("__secret",)
    def __init__(self): self.__secret = 42
    def get(self): return self.__secret
print(Priv().get(), "_Priv__secret" in Priv.__dict__)
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
