class A:
    def f(self, x=1):
        return (self.__class__.__name__, x)
    def __repr__(self):
        return 'A()'
a = A()
m = a.f
print(m(), m(2), m.__self__, m.__func__ is A.f, m.__name__, m.__qualname__)
print(repr(m))
print(a.f == a.f, a.f is a.f, a.f == A().f, hash(a.f) == hash(a.f))
print(A.f(a, 3))
print(type(m).__name__)
b = A()
print(A.f.__get__(b)(), A.f.__get__(b, A)())
MethodType = type(a.f)
mm = MethodType(lambda self, y: (self, y), 'self')
print(mm(5))
class B(A):
    def f(self, x=2):
        return super().f(x * 10)
print(B().f())
class C:
    def __init__(self):
        self.g = lambda: 'instance attr'
    def g(self):
        return 'method'
print(C().g())
class D:
    pass
d = D()
d.h = A.f
print(d.h(a))
print(len([1, 2]), repr([1].append)[:35])
l = []
ap = l.append
ap(1); ap(2)
print(l)
s = 'abc'
print(s.upper(), str.upper(s), 'x'.join(['a', 'b']))
try:
    str.upper(1)
except TypeError as e:
    print(e)
print((1).__add__(2), int.__add__(3, 4), repr(int.__add__), type((1).__add__).__name__)
class E:
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return 'static'
print(E.cm(), E().cm(), E.sm(), E().sm())
class F(E): pass
print(F.cm(), F().cm())
print(repr(E.cm).startswith('<bound method E.cm of <class'))
# method equality uses identity of self
class Eq:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
    def m(self): pass
x, y = Eq(), Eq()
print(x.m == y.m, x.m == x.m)
# callable objects
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, z=2))
# nested super and __class__
class P:
    def who(self): return 'P'
class Q(P):
    def who(self): return 'Q>' + super().who()
class R(Q):
    def who(self): return 'R>' + super().who()
print(R().who())
class S:
    def cls(self): return __class__
print(S().cls())
