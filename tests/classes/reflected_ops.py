class Base:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("Base.__add__", type(self).__name__, type(o).__name__)
        return NotImplemented
    def __radd__(self, o):
        print("Base.__radd__", type(self).__name__, type(o).__name__)
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        print("Sub.__radd__", type(self).__name__, type(o).__name__)
        return "Sub.radd"
class Sub2(Base):
    pass
print(Base(1) + Sub(2))
print(Base(1) + Sub2(2))
print(1 + Base(1))
print(Sub(1) + Base(2))
class R:
    def __rsub__(self, o): return ("rsub", o)
    def __rtruediv__(self, o): return ("rtruediv", o)
    def __rpow__(self, o): return ("rpow", o)
    def __rmatmul__(self, o): return ("rmatmul", o)
    def __rlshift__(self, o): return ("rlshift", o)
    def __rmod__(self, o): return ("rmod", o)
    def __rfloordiv__(self, o): return ("rfloordiv", o)
    def __rand__(self, o): return ("rand", o)
    def __ror__(self, o): return ("ror", o)
    def __rxor__(self, o): return ("rxor", o)
    def __rrshift__(self, o): return ("rrshift", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
r = R()
print(5 - r, 5 / r, 5 ** r, 5 @ r, 5 << r, 5 % r, 5 // r, 5 & r, 5 | r, 5 ^ r, 5 >> r, divmod(5, r))
print("s" % r if False else "skip")
class MyInt(int):
    def __add__(self, o): return "MyInt.add"
    def __radd__(self, o): return "MyInt.radd"
print(1 + MyInt(2), MyInt(2) + 1, MyInt(2) - 1, type(MyInt(2) - 1))
class MyFloat(float):
    def __rmul__(self, o): return "MyFloat.rmul"
print(2 * MyFloat(1.5), 2.0 * MyFloat(1.5), MyFloat(1.5) * 2)
class Neither: pass
for op in ("+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"):
    try:
        eval("Neither() %s 1" % op)
    except TypeError as e:
        print("TypeError:", e)
try:
    x = Neither()
    x += 1
except TypeError as e:
    print("TypeError:", e)
try:
    x = Neither()
    x **= 1
except TypeError as e:
    print("TypeError:", e)
try:
    pow(Neither(), 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    -Neither()
except TypeError as e:
    print("TypeError:", e)
try:
    ~Neither()
except TypeError as e:
    print("TypeError:", e)
try:
    abs(Neither())
except TypeError as e:
    print("TypeError:", e)
class IAdd:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fallback add"
x = IAdd()
x += 1
print(x)
l = [1]
l2 = l
l += [2]
print(l is l2, l)
t = (1,)
t2 = t
t += (2,)
print(t is t2, t)
