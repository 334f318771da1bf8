a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +a, ~a)
print(a & b, a | b, a ^ b, a << 2, a >> 1)
print(2 + 3 * 4 ** 2 // 5 - 1, (2 + 3) * 4, 2 ** -1, -2 ** 2, (-2) ** 2)
print(1 < 2, 1 <= 1, 1 == 1.0, 1 != 2, "a" < "b", [1] < [2], (1, 2) >= (1, 1))
print(1 in [1], 2 not in [1], None is None, 1 is not None)
print(not 1 == 2, not (1 and 0), 1 or 0 and 2)
print(7 .__mod__(3), (-7) % 3, 7 % -3, -7 // 2, 7.5 // 2)
print(True + True, True * 3, 3 - False)
print("ab" * 3, [0] * 3, (1,) * 2, "x" + "y")
class V:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return V(self.v * o.v)
    def __repr__(self): return "V(%r)" % self.v
print(V(3) @ V(4))
m = V(2)
m @= V(5)
print(m)
print(10 if 1 else 0 + 5, (10 if 0 else 0) + 5)
print(1 + 2 == 3 and 4 > 3 or False)
x = 3
x **= 2
x //= 4
print(x)
