print(0, 00, 0_0, 1_000_000, 0x_ff, 0XFF, 0o17, 0O1_7, 0b1010, 0B_1_0)
print(0xdead_beef, 0o777, 0b_1111_0000)
print(1.5, 1., .5, 1e10, 1E-5, 1_0.5_0, 1e1_0, 0.0, 00.5, 0e0, 09.5, 09e1, 1_2.3_4e5_6 > 0)
print(3j, 3.5j, 3J, .5j, 1e3j, 1_0j, 0j, 00j, 09j, 1.j)
print(type(1), type(1.0), type(1j))
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, -0b1, -0o7)
print(1 .real, 1.0.real, 1..__class__, 1j.imag, 0x1.real)
print(1if 1else 2, 0x1for x in [])if False else print("ok")
print(2**-1, -2**2, (-2)**2, 10**20, 10.0**20, 1e308*10, -1e308*10)
print(1e-400, 5e-324, 1.7976931348623157e308)
print(0.1 + 0.2, 1/3, 2.5e-3, 1e16, 1e15, 123456789.123456789)
errs = ["0777", "01", "00_1", "1__0", "1_", "0x", "0x_", "0b2", "0o8", "0b", "0o", "1e", "1e+", "1.e_1",
        "1_.5", "1._5", "0x1_", "1__2", "0_7", "0_", "1e1_", "1_e1", "0b1_", "09", "0xg", "1j_", "1.5_j",
        "1_j", "0b12", "0o79", "1abc", "1.2.3", "0x1.5", "1if", "0x1for"]
for src in errs:
    try:
        r = eval(src)
        print("ok", src, r)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_offset)
