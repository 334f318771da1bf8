# attribute lookup through the MRO, instance vs class attributes, method binding
class A:
    x = "A.x"
    def m(self): return "A.m"
    @classmethod
    def c(cls): return "A.c on " + cls.__name__
class B(A):
    x = "B.x"
class C(A):
    def m(self): return "C.m"
class D(B, C):
    pass
d = D()
print(d.x, d.m(), D.c(), [k.__name__ for k in D.__mro__])
d.x = "instance"
print(d.x, D.x, type(d).x)
del d.x
print(d.x)
# changing a class attribute is seen by instances and subclasses
A.x = "A.x changed"
B.x_deleted = 1
del B.x
print(D().x, B().x)
# methods are bound on access; identity differs each time, equality holds
m1, m2 = d.m, d.m
print(m1 is m2, m1 == m2, m1.__self__ is d, m1.__func__ is C.m)
print(D.m is C.m, type(D.m).__name__, type(d.m).__name__)
# functions stored on instances are not bound
d.f = lambda: "plain function"
print(d.f(), type(d.f).__name__)
# builtin functions as class attributes are not bound either
class E:
    length = len
    fn = lambda self: "bound lambda"
print(E.length([1, 2]), E().fn())
try:
    E().length()
except TypeError as e:
    print("TypeError", e)
# __dict__ of instances and classes
class F:
    cls_attr = 1
    def __init__(self): self.inst_attr = 2
f = F()
print(f.__dict__, "cls_attr" in F.__dict__, type(F.__dict__).__name__)
try:
    F.__dict__["new"] = 1
except TypeError as e:
    print("TypeError", e)
f.__dict__ = {"replaced": True}
print(f.replaced, vars(f))
try:
    f.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
# attribute names must be strings
for bad in [1, None]:
    try:
        getattr(f, bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        setattr(f, bad, 1)
    except TypeError as e:
        print("TypeError", e)
print(getattr(f, "missing", "default"), hasattr(f, "replaced"), hasattr(f, "nope"))
# str subclasses as attribute names
class Name(str): pass
setattr(f, Name("sub"), "via str subclass")
print(f.sub)
# class attribute shadowed by instance attribute of the same name as a method
class G:
    def method(self): return "method"
g = G()
g.method = "data"
print(g.method, G.method(g))
