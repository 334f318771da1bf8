calls = []
def v(x):
    calls.append(x); return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(0) < v(5), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
print(1 in [1] in [[1]], 2 not in [1] not in [[2]])
print(1 < 2 == 2 >= 2 <= 3 != 4 > -1)
a = [1]
print(a is a is a, a is not a is a)
print((1 < 2) < 3, 1 < (2 < 3))
x = 5
print(0 <= x < 10, 0 <= x > 10, not 1 < x < 3)
class Noisy:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n); return Noisy(self.n + o.n)
    def __bool__(self):
        print("bool", self.n); return self.n < 10
print((Noisy(1) < Noisy(2) < Noisy(3)).n if False else "x")
r = Noisy(1) < Noisy(2) < Noisy(30)
print(type(r).__name__, r.n)
r = Noisy(8) < Noisy(9) < Noisy(1)
print(type(r).__name__, r.n)
print([i for i in range(10) if 2 < i < 5])
print(1 < 2 < 3 if True else 0)
print("a" < "b" < "c" > "a")
