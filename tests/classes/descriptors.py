class Data:
    def __init__(self): self.store = {}
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        print("get", self.name)
        return self.store.get(id(obj), "unset")
    def __set__(self, obj, v):
        print("set", self.name, v)
        self.store[id(obj)] = v
    def __delete__(self, obj):
        print("delete", self.name)
        self.store.pop(id(obj), None)
class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)
class A:
    d = Data()
    n = NonData()
a = A()
print(a.d)
a.d = 5
print(a.d)
a.__dict__["d"] = "shadow?"
print(a.d)
del a.d
print(a.d)
print(a.n, A.n)
a.n = "instance wins"
print(a.n)
print(type(A.d).__name__, A.d.name)
class Ro:
    def __get__(self, obj, t=None): return 1
    def __set__(self, obj, v): raise AttributeError("read-only!")
class B:
    r = Ro()
try:
    B().r = 2
except AttributeError as e:
    print("AttributeError:", e)
# functions are descriptors
def f(self): return self
class C: pass
c = C()
bound = f.__get__(c, C)
print(bound() is c, f.__get__(None, C) is f)
C.meth = f
print(c.meth() is c, C.meth(1))
print(type(c.meth).__name__, c.meth.__self__ is c, c.meth.__func__ is f)
# method caching/identity
print(c.meth == c.meth, c.meth is c.meth)
# __get__ on class attribute via type
class Meta(type):
    @property
    def special(cls): return "meta prop of " + cls.__name__
class WithMeta(metaclass=Meta): pass
print(WithMeta.special)
try:
    WithMeta().special
except AttributeError as e:
    print("AttributeError:", e)
# builtin descriptors
print(type(int.__dict__["bit_length"]).__name__ in ("method_descriptor",), (5).bit_length())
print(int.bit_length(255), str.upper("abc"), list.__len__([1, 2]), int.__add__(1, 2), dict.get({1: 2}, 1))
print(object.__eq__(c, c), object.__ne__(c, 1) is NotImplemented or True, object.__repr__(c)[:13])
x = [3, 1, 2]
list.sort(x)
print(x)
