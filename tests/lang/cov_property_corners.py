# property corners: setter/deleter chains, inheritance, classmethod-wrapped properties, docs
class P:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v property"
        return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): self._v = "deleted"
p = P()
p.v = 5
print(p.v, P.v.__doc__, type(P.v).__name__)
del p.v
print(p.v)
# setter returns a new property; the original is unchanged
class Q:
    base = property(lambda self: "base")
    with_setter = base.setter(lambda self, v: None)
print(Q.base.fset, Q.with_setter.fset is not None, Q.base is not Q.with_setter)
# overriding a property in a subclass, extending it with the parent's getter
class R(P):
    @P.v.getter
    def v(self): return "R sees %r" % self._v
r = R()
r.v = 3
print(r.v)
# property with only a setter
class W:
    def _set(self, v): self.stored = v
    only_set = property(None, _set)
w = W()
w.only_set = 1
print(w.stored)
try:
    w.only_set
except AttributeError as e:
    print("AttributeError", e)
# error messages for missing setter/deleter mention the property name in 3.11
class RO:
    @property
    def ro(self): return 1
for action in ["set", "del"]:
    try:
        if action == "set":
            RO().ro = 2
        else:
            del RO().ro
    except AttributeError as e:
        print(action, "AttributeError", e)
# property doc from the getter, explicit doc wins
def getter(self):
    "getter doc"
    return 1
print(property(getter).__doc__, property(getter, doc="explicit").__doc__, property().__doc__)
# property subclass keeps its type through setter()
class MyProp(property):
    pass
class S:
    @MyProp
    def x(self): return 1
    @x.setter
    def x(self, v): pass
print(type(S.__dict__["x"]).__name__)
# 3.11: classmethod wrapping property (deprecated later, works here)
class CP:
    _n = "class value"
    @classmethod
    @property
    def n(cls): return cls._n
print(CP.n, CP().n)
# property raising AttributeError falls back to __getattr__
class G:
    @property
    def broken(self): raise AttributeError("inner failure")
    def __getattr__(self, name): return "getattr(%s)" % name
print(G().broken)
# property objects are data descriptors: instance dict cannot shadow them
class D:
    @property
    def d(self): return "property wins"
d = D()
d.__dict__["d"] = "instance dict"
print(d.d)
# __set_name__ is not defined on property; fget/fset/fdel attributes
print(hasattr(property, "__set_name__"), P.v.fget.__name__, P.v.fset.__name__, P.v.fdel.__name__)
try:
    P.v.fget = None
except AttributeError as e:
    print("AttributeError")
