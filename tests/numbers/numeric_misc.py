# mixed-type behaviour: hashing across types, subclasses, reflected operators
d = {1: 'int', 2.5: 'float'}
print(d[1.0], d[True], 2.5 in d, {0, 0.0, False, 0j}, hash(2**61 - 1) == hash(float(2**61 - 1)))
print(sorted([3, 1.5, True, -2, 2**70, -0.5, 10**20 + 0.5]), max(1, 1.0), min(1.0, 1))
class R:
    def __radd__(self, o): return ('radd', o)
    def __rmul__(self, o): return ('rmul', o)
    def __rpow__(self, o): return ('rpow', o)
    def __rtruediv__(self, o): return ('rtruediv', o)
print(1 + R(), 2.5 * R(), 2 ** R(), 1j / R())
class MyInt(int):
    def __add__(self, o): return 'MyInt.add'
    def __repr__(self): return 'MyInt(%d)' % int(self)
m = MyInt(7)
print(m + 1, 1 + m, m - 1, repr(m), str(m), f'{m}', f'{m:04d}', m == 7, m < 8, -m, m // 2, m ** 2)
class Big(int):
    pass
b = Big(2**100)
print(b, b + 1, b >> 90, hash(b) == hash(2**100), int(b) is not b, type(abs(b)).__name__, b.bit_length())
class MyFloat(float):
    def __repr__(self): return 'MyFloat!'
f = MyFloat(2.5)
print(f, f + 0, str(f), f'{f}', f'{f:.2f}', f.is_integer(), f.hex(), int(f), round(f), -f)
class Cx(complex):
    pass
c = Cx(1, 2)
print(c, c + 1, c.real, c.conjugate(), type(c).__name__, type(c * 1).__name__)
x = 10
x += 5; x -= 3; x *= 4; x //= 5; x **= 3; x %= 100; x <<= 3; x >>= 1; x |= 1; x &= 0xff; x ^= 0x0f
print(x)
y = 2.0
y += 1; y *= 3; y /= 4; y -= 0.25; y **= 2; y //= 1; y %= 3
print(y)
print(int.__new__(int, '42'), float.__new__(float, '1.5'), complex.__new__(complex, 1, 2))
print(int.__mro__, bool.__mro__, bool.__base__, issubclass(bool, int), type(int).__name__)
print((5).__eq__(5.0), (5).__lt__(6), (5.0).__eq__(5), (1j).__eq__(1j), (5).__eq__('5'))
print(isinstance(1, float), isinstance(1.0, int), 1 .real, 1.5.__round__(), True.real, True.numerator)
print((2.5).__floor__(), (2.5).__ceil__(), (-2.5).__trunc__(), round(2.5), round(-2.5), (-2.5).__floor__())
print(divmod(2**100, 7), pow(2, 100, 2**61 - 1), (-7) // 2, (-7) % 2, 7 // -2.0, -(7 % -2.0))
print([i * 1.1 for i in range(5)], sum(i * i for i in range(1000)), 0.1 * 3, 1 / 3 * 3)
print(str(1e15), str(1e16), str(-1e-4), str(1.0e-5), 1e15 + 0.3, 123456789.123456789)
