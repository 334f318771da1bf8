class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 42
class T:
    def __trunc__(self): return 9
class F:
    def __float__(self): return 2.5
class C:
    def __complex__(self): return 1 + 2j
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(int(), int(3.9), int(-3.9), int('  12  '), int('1_000'), int('-0x1f', 16), int('z', 36), int('0b101', 0), int('0o17', 0))
print(int(b' 12 '), int(bytearray(b'3')), int('12', base=3), int(I()), int(N()), int(T()), int(True), int('\u0663\u0664'))
print(float(), float(3), float('  -1.5e3 '), float(F()), float(I()), float(True), float('\u0663.5'), float(MyFloat(1.25)))
print(complex(C()), complex(F()), complex(I()))
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, m * m, -m, m == 5, hash(m) == hash(5), isinstance(m, int), repr(m), m.bit_length())
print(int(m), type(int(m)).__name__, MyInt('12', 16), MyInt() + 0, abs(MyInt(-3)), bool(MyInt(0)), format(m, 'x'))
f = MyFloat(1.5)
print(f, f + 1, type(f + 1).__name__, f * 2, repr(f), f == 1.5, round(f), float(f), type(float(f)).__name__)
print(bool(0), bool(1), bool(0.0), bool(-0.0), bool(0j), bool(2), bool(), bool([]))
print(True == 1, False == 0, True is bool(1), isinstance(True, int), issubclass(bool, int), True + 0.5)
print(int.from_bytes(b'\x01\x02', 'big'), MyInt.from_bytes(b'\x05', 'big'), type(MyInt.from_bytes(b'\x05', 'big')).__name__)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, 2.0), pow(2, 5), pow(2.0, 5), pow(2, -1), pow(3, 4, 5))
print(round(7), round(7.5), round(8.5), round(-7.5), round(7.25, 1), round(7.35, 1), type(round(7.5)).__name__, type(round(7.5, 0)).__name__)
print(abs(-5), abs(-5.5), abs(True), hex(255), oct(8), bin(5), hex(-255), bin(-5), oct(-8))
