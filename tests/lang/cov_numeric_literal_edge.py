# numeric literal edge cases
print(0, 00, 0_0, 0b0, 0o0, 0x0, 0e0, 0j, 0.0, .0, 0.)
print(1_000_000, 0x_ff, 0b_1010, 0o_17, 1_0.0_1, 1e1_0, 1_0j, 0xDEAD_beef)
print(1e308 * 10, -1e308 * 10, 1e-400, 2.5e-324, 5e-324)
print(0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1.5e-7, 0.0001, 0.00001)
print(9999999999999999999999999999 * 3, -0x8000000000000000, 0o777777777777777777777777)
print(3j * 2j, 1j ** 2, (1 + 2j).conjugate(), 1e1j, 0.5j, 1_1.1_1e1_1j)
print(type(1e0).__name__, type(10 ** 20).__name__, type(0j).__name__)
print(1 if 1else 2, [0x1 for _ in "ab"], [0x1 for _ in "ab"if 1])
print(1 .real, 1.0.real, 1..__class__.__name__, 0x10 .bit_length())
print(int("1_000"), float("1_0.5"), complex("1_0+2_0j"), int("0x_1f", 16), int("0b1_1", 0))
for s in ["1__0", "1_", "_1", "0x_", "1e", "1e+", "0b2", "0o8", "0xg", "1.e_1", "1_.0", "1._0", "0_7", "07",
          "00", "0_0", "09.5", "09", "1e1_", "0x1__1", "1.2.3", "0b", "0o", "1jj", "1_j", "5 _", "0o1_", "1e+_1",
          "0.1__2", "1a", "0xfor", "1if 1 else 0", "0b1e1", "0o19"]:
    try:
        v = eval(s)
        print(repr(s), "=", repr(v))
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.offset)
    except NameError as e:
        print(repr(s), "-> NameError", e)
print(int("  42  "), int("-0"), int("+7"), float("  -inf "), float("nan") != float("nan"), float("1e5000"))
for s, base in [("z", 36), ("Z1", 36), ("10", 2), ("777", 8), ("1_2", 10), ("_1", 10), ("0b101", 0), ("012", 0),
                ("0", 0), ("00", 0), ("0x", 16), ("", 10), (" ", 10), ("1 2", 10), ("9", 8), ("10", 37), ("10", 1)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, "ValueError", e)
print(round(2.5), round(3.5), round(-2.5), round(1.25, 1), round(1234, -2), round(1e300, -300))
print(10 ** -2, 2 ** 0.5, (-8) ** (1 / 3) if False else "", (-2) ** 2, -2 ** 2, 2 ** -1, 0 ** 0)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), 7.5 // 2, -7.5 % 2, divmod(7.5, -2))
print(True + True, True * 3.0, -True, ~True, ~0, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -1 >> 100)
for e in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "0 ** -1", "1 << -1", "1 >> -1", "2.0 ** 10000",
          "10 ** 10 ** 10 if False else 1", "(-1) ** 0.5", "0.0 ** -1", "int('9' * 5000)"]:
    try:
        print(e, "=", eval(e))
    except (ZeroDivisionError, ValueError, OverflowError) as ex:
        print(e, "->", type(ex).__name__, ex)
