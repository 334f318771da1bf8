# attribute lookup order: data descriptors, instance dict, non-data descriptors, __getattr__
class Data:
    def __get__(self, obj, typ=None): return "data get"
    def __set__(self, obj, v): print("data set", v)
class NonData:
    def __get__(self, obj, typ=None): return "nondata get" if obj is not None else "class access"
class C:
    d = Data()
    n = NonData()
    def __getattr__(self, name):
        return "fallback " + name
c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n, c.missing, C.n)
c.d = 5
print(c.__dict__)

# __getattribute__ raising AttributeError falls to __getattr__
class G:
    def __getattribute__(self, n):
        if n == "boom":
            raise AttributeError("no " + n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return "getattr " + n
print(G().boom)

# __getattr__ is not used for special method lookup
class S:
    def __getattr__(self, n): return lambda *a: "via getattr"
try:
    len(S())
except TypeError as e:
    print(e)

# property setter/deleter, and read-only properties
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): print("deleting v")
    ro = property(lambda self: "ro")
p = P(); p.v = 4
print(p.v)
del p.v
try:
    p.ro = 1
except AttributeError as e:
    print(e)

# functions are non-data descriptors: binding behaviour
def func(self): return self
class H:
    m = func
    s = staticmethod(func)
    k = classmethod(func)
h = H()
print(h.m() is h, H.s(1), H.k() is H, h.k() is H)
print(type(H.__dict__["m"]).__name__, type(h.m).__name__)
bm = h.m
print(bm.__self__ is h, bm.__func__ is func, bm == h.m, bm is h.m)

# __set_name__ and descriptors storing per-instance values
class Field:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, v): setattr(obj, self.name, v)
class Rec:
    a = Field()
    b = Field()
r = Rec(); r.a = 1
print(r.a, r.b, type(Rec.a).__name__, Rec.a.name)

# __slots__
class Sl:
    __slots__ = ("x",)
s = Sl()
try:
    s.y = 1
except AttributeError as e:
    print(e)
try:
    s.x
except AttributeError as e:
    print(e)
s.x = 3
print(s.x, hasattr(s, "__dict__"))
