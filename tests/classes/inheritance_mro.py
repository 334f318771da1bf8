class A:
    def who(self): return "A"
    def hello(self): return "hello from A"
class B(A):
    def who(self): return "B"
class C(A):
    def who(self): return "C"
    def only_c(self): return "only C"
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
d = D()
print(d.who(), d.hello(), d.only_c())
print(D.__bases__ == (B, C), D.__base__ is B, A.__bases__)
print(issubclass(D, A), issubclass(A, D), isinstance(d, C), isinstance(d, (int, B)))
print(issubclass(D, (int, str)), issubclass(bool, int), isinstance(True, int))
try:
    class E(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class V(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class F(A, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class H(int, str): pass
except TypeError as e:
    print("TypeError:", e)
print(A.__subclasses__() == [B, C])
print(object.__subclasses__ is not None)
# diamond with overrides
class O1:
    def f(self): return ["O1"]
class L(O1):
    def f(self): return ["L"] + super().f()
class R(O1):
    def f(self): return ["R"] + super().f()
class M(L, R):
    def f(self): return ["M"] + super().f()
print(M().f())
# attribute lookup order class vs instance
class P:
    v = "class"
p = P()
p.v = "inst"
print(p.v, P.v)
del p.v
print(p.v)
# methods added after class creation
def extra(self): return "extra"
A.extra = extra
print(d.extra())
del A.extra
print(hasattr(d, "extra"))
# type() 3-arg
T = type("T", (A,), {"x": 1, "who": lambda self: "T"})
t = T()
print(T.__name__, T.x, t.who(), t.hello(), T.__mro__[1] is A)
print(type(t).__name__, type(1), type("s"), type(None))
try:
    type("T", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
