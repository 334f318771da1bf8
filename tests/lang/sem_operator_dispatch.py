# binary operator dispatch: reflected methods, subclass priority, NotImplemented
class A:
    def __add__(self, o): return "A.__add__"
    def __radd__(self, o): return "A.__radd__"
class B(A):
    def __radd__(self, o): return "B.__radd__"
class C:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
print(A() + A(), A() + B(), B() + A(), 1 + A())
try:
    C() + C()
except TypeError as e:
    print(e)
print(A() + C(), C() + A())

# subclass that does not override the reflected method: left operand wins
class B2(A):
    pass
print(A() + B2())

# __eq__ fallbacks to identity, __ne__ inverts __eq__
class E:
    def __eq__(self, o): return "custom eq"
e = E()
print(e == 1, e != 1, 1 == e)
class N:
    pass
n = N()
print(n == n, n == N(), n != n)

# reflected comparisons: a < b tries b > a
class L:
    def __lt__(self, o): return NotImplemented
class G:
    def __gt__(self, o): return "G.__gt__"
print(L() < G())
try:
    L() < L()
except TypeError as e:
    print(e)
# subclass reflected comparison goes first
class Base:
    def __lt__(self, o): return "Base.__lt__"
    def __gt__(self, o): return "Base.__gt__"
class Sub(Base):
    def __gt__(self, o): return "Sub.__gt__"
print(Base() < Sub())

# in-place ops fall back to binary then reflected
class I:
    def __init__(self, v): self.v = v
    def __add__(self, o): return I(self.v + o)
    def __repr__(self): return "I(%r)" % self.v
x = I(1); y = x; x += 2
print(x, y, x is y)

# unary operators and missing ones
class U:
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
print(-U(), ~U())
for op in ("+U()", "abs(U())"):
    try:
        eval(op)
    except TypeError as ex:
        print(ex)

# special methods are looked up on the type, not the instance
class S:
    pass
s = S()
s.__add__ = lambda o: "instance"
try:
    s + 1
except TypeError as e:
    print(e)

# __bool__ and __len__ truthiness
class BL:
    def __len__(self): return 0
class BB:
    def __bool__(self): return 1
print(bool(BL()), bool(S()))
try:
    bool(BB())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(e)

# matrix multiply and pow with modulo
class M:
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __pow__(self, o, mod=None): return ("pow", o, mod)
print(M() @ 1, 1 @ M(), pow(M(), 2, 5), M() ** 3)
print(pow(2, -1, 7), pow(3, 4, 5))
try:
    1 @ 2
except TypeError as e:
    print(e)
