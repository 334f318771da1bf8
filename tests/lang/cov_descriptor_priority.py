# attribute lookup priority: data descriptors > instance dict > non-data descriptors > class attrs
log = []
class Data:
    def __get__(self, obj, typ):
        return "data.get(%s)" % ("inst" if obj is not None else "class")
    def __set__(self, obj, v):
        log.append("data.set %r" % (v,))
class NonData:
    def __get__(self, obj, typ):
        return "nondata.get(%s)" % ("inst" if obj is not None else "class")
class DelOnly:
    def __get__(self, obj, typ): return "delonly.get"
    def __delete__(self, obj): log.append("delonly.delete")
class C:
    d = Data()
    n = NonData()
    x = DelOnly()
    plain = "class attr"
c = C()
c.__dict__.update(d="inst d", n="inst n", x="inst x", plain="inst plain")
print(c.d, c.n, c.x, c.plain)
print(C.d, C.n, C.x, C.plain)
c.d = 5
try:
    c.x = 6
except AttributeError as e:
    print("AttributeError", e)
print(log, c.__dict__["d"], c.__dict__["x"], c.x)
del c.x
print(log)
# a descriptor with only __set__ is a data descriptor; __get__ missing returns the descriptor itself
class SetOnly:
    def __set__(self, obj, v): log.append("setonly.set")
class D:
    s = SetOnly()
d = D()
d.__dict__["s"] = "inst s"
print(type(d.s).__name__, type(D.s).__name__)
# descriptors are looked up on the type of the class for class attribute access
class Meta(type):
    md = Data()
    mn = NonData()
class E(metaclass=Meta):
    mn = "class-level mn"
print(E.md, E.mn)
# __getattribute__ override, __getattr__ only on failure
class G:
    a = 1
    def __getattr__(self, name):
        return "fallback " + name
g = G()
print(g.a, g.b)
class H:
    @property
    def p(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "getattr rescued " + name
print(H().p)
# property without setter/deleter
class P:
    @property
    def v(self): return 1
p = P()
for action in ("set", "del"):
    try:
        if action == "set":
            p.v = 2
        else:
            del p.v
    except AttributeError as e:
        print("AttributeError", e)
# functions are non-data descriptors: instance dict shadows methods
class M:
    def meth(self): return "method"
m = M()
m.meth = lambda: "shadowed"
print(m.meth(), M.meth(m), type(M.__dict__["meth"]).__name__)
# __set_name__ with the owner, and descriptor __get__ called with owner for class access
class Named:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner): return "%s on %s" % (self.name, owner.__name__)
class Owner:
    attr = Named()
class SubOwner(Owner): pass
print(Owner.attr, SubOwner().attr)
# classmethod/staticmethod wrappers
class CM:
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(*a): return a
print(CM.c(), CM().c(), CM.s(1), CM().s(2), CM.__dict__["c"].__func__.__name__)
print(classmethod(lambda cls: cls.__name__).__get__(None, list)(), staticmethod(len)([1]))
# object.__getattribute__ on slots and dict
class Sl:
    __slots__ = ("q",)
sl = Sl()
try:
    object.__getattribute__(sl, "q")
except AttributeError as e:
    print("AttributeError", e)
print(object.__getattribute__(c, "plain"))
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError", e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print("AttributeError", e)
