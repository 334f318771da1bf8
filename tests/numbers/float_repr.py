vals = [0.0, -0.0, 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345.67, 1e-5, 1e-4, 0.0001234, 5e-324,
        1.7976931348623157e308, 2.2250738585072014e-308, 1e22, 1e23, 2.0**53, 2.0**-1074, 123.456, 100.0, 1e100, 1.5e300,
        3.141592653589793, 2.718281828459045, -1.5, float('inf'), -float('inf'), float('nan'), 1.0000000000000002,
        4.35, 2.675, 1e21, 1e-7, 8.41e21, 9.999999999999999e22, 0.5, 0.25, 1234.5, 1e-300, 1e-310, 12.0, 3.0e10]
for v in vals:
    print(repr(v), str(v), v.hex(), float.fromhex(v.hex()) == v or v != v)
print(float('1e5'), float('  -12.5e-3  '), float('1_000.5'), float('inf'), float('-Infinity'), float('nan'), float('.5'), float('5.'))
print(float(b'2.5'), float(10**20), float(True), float('1e500'), float('-1e500'), float('1e-400'))
print(float.fromhex('0x1.8p1'), float.fromhex('-0X1.FFFFFFFFFFFFFp+1023'), float.fromhex('0x1p-1074'), float.fromhex('  0x.8  '), float.fromhex('inf'))
print(float.fromhex('0x1.00000000000008p0'), float.fromhex('0x1.00000000000018p0'), float.fromhex('0x10'), float.fromhex('-0x0p0'))
print((0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e300).as_integer_ratio()[1], (0.0).as_integer_ratio())
print((1.5).is_integer(), (2.0).is_integer(), float('inf').is_integer())
