class A:
    def m(self, *a, **k): return (type(self).__name__, a, sorted(k.items()))
a = A()
print(a.m(*[1, 2]), a.m(*(), **{'x': 1}), a.m(*[3], y=2), a.m(**{}))
try:
    a.m(*1)
except TypeError as e:
    print(e)
def rec(n, *a):
    return n if n == 0 else A.r(a, n - 1)
class B:
    def r(self, n): return n if n <= 0 else self.r(*[n - 1])
import sys
sys.setrecursionlimit(20000)
print(B().r(15000))
