# Attribute loads and method calls on class objects and modules, from one
# site run many times while the class, its metaclass or the module change
# (the interpreter caches these lookups per instruction).
import types

class Base:
    x = 1
    def f(self=None): return "Base.f"
    @staticmethod
    def s(v): return ("s", v)
    @classmethod
    def c(cls, v): return (cls.__name__, v)

class Sub(Base):
    pass

def read(cls):
    return (cls.x, cls.f(), cls.s(1), cls.c(2), cls.f, cls.s)

def show(tag, cls):
    r = read(cls)
    print(tag, r[:4], r[4].__qualname__, r[5].__name__ if hasattr(r[5], "__name__") else r[5])

for i in range(3): show("first", Sub)
Base.x = 2
show("base x", Sub)
Sub.x = 3
show("sub x", Sub)
del Sub.x
show("del sub x", Sub)
def g(self=None): return "new f"
Base.f = g
show("new f", Sub)
Base.s = staticmethod(lambda v: ("s2", v))
show("new s", Sub)
Base.c = classmethod(lambda cls, v: ("c2", cls.__name__, v))
show("new c", Sub)
Base.s = 42
try:
    show("s int", Sub)
except TypeError as e:
    print("TypeError", e)
Base.s = staticmethod(len)

# a plain class attribute whose class later gains __get__
class Thing:
    pass
class Holder:
    t = Thing()
def get_t():
    return Holder.t
for i in range(3): print(type(get_t()).__name__)
Thing.__get__ = lambda self, obj, owner: ("got", obj, owner.__name__)
for i in range(2): print(get_t())
del Thing.__get__
print(type(get_t()).__name__)

# a metaclass attribute appearing later takes precedence when it is a data descriptor
class Meta(type):
    pass
class K(metaclass=Meta):
    y = "class y"
    def m(self=None): return "K.m"
def read_k():
    return K.y, K.m()
for i in range(2): print(read_k())
Meta.y = property(lambda cls: "meta property y")
Meta.m = property(lambda cls: lambda: "meta property m")
for i in range(2): print(read_k())
del Meta.y, Meta.m
print(read_k())
Meta.y = "meta plain y"      # a non-descriptor on the metaclass loses to the class's own
Meta.m = lambda cls: "Meta.m"   # and so does a method
print(read_k())
del K.y, K.m
print(K.y, K.m())
class DataDescr:
    def __get__(self, obj, owner): return "DataDescr.get"
Meta.y = DataDescr()
K.y = "class y again"
print(read_k()[0])
DataDescr.__set__ = lambda self, obj, v: None   # its class becomes a data descriptor
print(read_k()[0])

# __class__ of a class reassigned to another metaclass
class Meta2(type):
    @property
    def y(cls): return "Meta2.y"
class L(metaclass=Meta):
    y = "L.y"
def read_l(): return L.y
for i in range(2): print(read_l())
L.__class__ = Meta2
print(read_l())

# builtin types: method descriptors, slot wrappers, classmethod descriptors
def builtins_():
    return (str.join("-", ["a", "b"]), int.__add__(2, 3), dict.fromkeys("ab"),
            object.__new__(Base).__class__.__name__, list.__len__([1, 2]))
for i in range(2): print(builtins_())

# modules: attributes and functions, reassigned and deleted
m = types.ModuleType("mod")
m.v = 1
m.fn = lambda: "fn1"
def read_m():
    return m.v, m.fn()
for i in range(3): print(read_m())
m.v = 2
m.fn = lambda: "fn2"
print(read_m())
del m.fn
try:
    read_m()
except AttributeError as e:
    print("AttributeError", e)
m.__getattr__ = lambda name: (lambda: "via module __getattr__ " + name)
print(read_m())
m.fn = len
try:
    read_m()
except TypeError as e:
    print("TypeError", e)

# one site seeing modules, classes and instances in turn
def call_any(o):
    return o.fn()
class WithFn:
    @staticmethod
    def fn(): return "WithFn.fn"
m.fn = lambda: "module fn"
for o in (m, WithFn, WithFn(), m, WithFn, WithFn()):
    print(call_any(o))
