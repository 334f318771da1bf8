class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return self.v < o.v if isinstance(o, C) else NotImplemented
    def __gt__(self, o):
        print("gt", self.v, getattr(o, "v", o))
        return self.v > o.v if isinstance(o, C) else NotImplemented
    def __repr__(self): return "C(%d)" % self.v
print(C(1) < C(2))
print(C(1) > C(2))
print(C(3) < 4 if False else "skip")
try:
    C(1) < 1
except TypeError as e:
    print("TypeError:", e)
try:
    C(1) <= C(2)
except TypeError as e:
    print("TypeError:", e)
print(sorted([C(3), C(1)]))
print(max(C(1), C(5), C(2)))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("E.eq")
        return isinstance(o, E) and self.v == o.v
print(E(1) == E(1), E(1) != E(1), E(1) != E(2))
print(E(1) in [E(0), E(1)])
e = E(5)
print(e in [e], [e].count(e), [e].index(e))
class Sub(E):
    def __eq__(self, o):
        print("Sub.eq")
        return True
print(E(1) == Sub(2))
class NoCmp: pass
n = NoCmp()
print(n == n, n != n, n == NoCmp(), n is n)
try:
    n < n
except TypeError as e:
    print("TypeError:", e)
try:
    1 >= "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
class Ne:
    def __ne__(self, o): return "custom ne"
print(Ne() != 1, Ne() == 1)
class Weird:
    def __eq__(self, o): return "truthy"
print(Weird() == 1, [Weird()] == [1], Weird() in [1])
print(1 == 1.0, (1, 2) < (1, 3), [1, 2] == [1, 2], "a" < "b")
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self < o or self == o
T.__gt__ = lambda self, o: not self <= o
T.__ge__ = lambda self, o: not self < o
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2), T(2) == T(2))
