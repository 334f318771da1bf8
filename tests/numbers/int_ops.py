# int arithmetic, floor semantics, bitwise ops on negatives, shifts, comparisons
vals = [0, 1, -1, 2, -3, 7, -7, 10, 255, -256, 2**31, -2**31, 2**62 - 1, -2**62, 2**63, -2**63 - 1, 2**64 + 5, -(3**45)]
for a in vals:
    for b in vals:
        print(a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a <= b, a == b, a != b, a > b, a >= b)
        if b:
            print(' ', a // b, a % b, divmod(a, b))
for a in vals:
    print(a, -a, +a, abs(a), ~a, a << 3, a >> 2, a >> 70, a << 65, bool(a))
print(2**100, (-2)**101, 10**30 // 7, -(10**30) // 7, 10**30 % -7)
print(0**0, 5**0, (-1)**1001, 3**-2, 2**-1)
print(pow(3, 100, 7), pow(-3, 101, 1000), pow(3, -1, 7), pow(38, -1, 97), pow(2, 10, -7), pow(0, 0, 1))
print(True + True, True * 5, False - 1, True << 3, -True, ~False, True & 1, True | False, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__, type(True + 0).__name__)
print(int.__add__(3, 4), (5).__sub__(2), (5).__rsub__(2), (3).__radd__(1.5))
print(7 / 2, -7 / 2, 1 / 3, 10**20 / 3, 2**1000 / 2**999, 1 / 10**400)
print(12345678901234567890 * 98765432109876543210)
x = 1
for i in range(200):
    x = x * 3 + i
print(x, x % 1000007, x // (10**50), x.bit_length())
print(hash(-1), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100), hash(-2**64))
print(1 == 1.0, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > float('inf'), -10**400 < -1e308, 3 < 3.5, 4 > 3.5)
print(sum(range(100000)), max(2**70, 3), min(-2**70, 3))
