# dunder assignment after class creation updates slots
class A:
    pass
a = A()
A.__add__ = lambda self, o: "added"
print(a + 1)
A.__len__ = lambda self: 3
print(len(a))
del A.__len__
try:
    len(a)
except TypeError as e:
    print(e)
A.__eq__ = lambda self, o: True
print(a == 5, hash(a) is not None)
class B(A): pass
A.__repr__ = lambda self: "A-repr"
print(repr(B()), str(B()))
A.__iter__ = lambda self: iter([1, 2])
print(list(B()))
A.__call__ = lambda self, *a: a
print(B()(1, 2))
A.__getitem__ = lambda self, k: k * 2
print(B()[21])
A.__bool__ = lambda self: False
print(bool(B()))
A.__contains__ = lambda self, x: x == 7
print(7 in B(), 8 in B())
A.__neg__ = lambda self: "neg"
print(-B())
A.__lt__ = lambda self, o: "lt"
print(B() < 1, 1 > B())
A.__index__ = lambda self: 1
print([10, 20][B()])
A.__hash__ = lambda self: 42
print(hash(B()))
class C:
    def __getattr__(self, n): return n
C.__getattr__ = lambda self, n: "new " + n
print(C().foo)
# __init__ replaced later
class D:
    def __init__(self): self.v = 1
D.__init__ = lambda self: setattr(self, "v", 2)
print(D().v)
# __new__ set later
def new(cls): 
    o = object.__new__(cls); o.w = 9; return o
D.__new__ = new
print(D().w)
# class attribute shadows
class E:
    v = 1
e = E()
print(e.v)
E.v = 2
print(e.v)
e.v = 3
E.v = 4
print(e.v, E.v)
# method resolution updates through bases when base changes
class F:
    def m(self): return "F"
class G(F): pass
g = G()
print(g.m())
F.m = lambda self: "F2"
print(g.m())
G.m = lambda self: "G"
print(g.m())
del G.m
print(g.m())
# __bases__ assignment
class H1:
    def who(self): return "H1"
class H2:
    def who(self): return "H2"
class K(H1): pass
k = K()
print(k.who())
K.__bases__ = (H2,)
print(k.who(), K.__mro__[1].__name__)
