class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting")
        self._x = None
p = P()
print(p.x)
p.x = 5
print(p.x, P.x.__doc__, type(P.x).__name__)
try:
    p.x = -1
except ValueError as e:
    print("ValueError:", e)
del p.x
print(p.x)
class R:
    @property
    def ro(self): return 1
r = R()
try:
    r.ro = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.ro
except AttributeError as e:
    print("AttributeError:", e)
class W:
    wo = property(None, lambda self, v: print("set", v))
w = W()
w.wo = 3
try:
    w.wo
except AttributeError as e:
    print("AttributeError:", e)
print(P.x.fget.__name__, P.x.fset.__name__, P.x.fdel.__name__, R.ro.fset)
prop = property(lambda self: 42, doc="docstring")
print(prop.__doc__)
class Q:
    v = prop
print(Q().v)
class Sub(P):
    @P.x.getter
    def x(self): return "sub " + str(self._x)
s = Sub()
s.x = 3
print(s.x)
def abstract(f):
    f.__isabstractmethod__ = True
    return f
class Abs:
    @property
    @abstract
    def a(self): ...
print(Abs.a.__isabstractmethod__, P.x.__isabstractmethod__)
print(classmethod(abstract(lambda: 0)).__isabstractmethod__, staticmethod(len).__isabstractmethod__)
class Lazy:
    @property
    def val(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "getattr " + name
print(Lazy().val)
class MyProp(property):
    pass
class U:
    @MyProp
    def m(self):
        "doc m"
        return "m!"
print(U().m, type(U.m).__name__, U.m.__doc__)
