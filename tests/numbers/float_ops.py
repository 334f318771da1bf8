vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.5, 1e300, -1e-300, 3, -4]
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b]
        if b:
            r += [a / b, a // b, a % b, divmod(a, b)]
        print(a, b, r, a < b, a == b, a >= b)
print(2.0 ** 10, 2.0 ** -2, (-2.0) ** 3, (-8.0) ** (1 / 3), 0.0 ** 0, 1.0 ** float('nan'), float('nan') ** 0)
print(float('inf') ** -1, (-float('inf')) ** 3, (-float('inf')) ** 2, 0.5 ** float('inf'), 2 ** float('-inf'))
print((-2.0) ** 0.5, 4 ** 0.5, 10 ** -2, 2 ** 0.5)
print(abs(-3.5), -(-0.0), +1.5, int(3.99), int(-3.99), int(1e20), round(2.5), round(3.5), round(-0.5), round(1.23456, 3))
print(round(2.675, 2), round(1234.5678, -2), round(-1234.5678, -1), round(1e300, -300), round(0.5, 0), round(-0.4), round(1.5, None))
print(round(5e-324, 400), round(12345.0, -5), round(15.0, -1), round(25.0, -1), round(35.3, -1))
print(1.5 == 1.5, 1.0 == 1, 2**53 + 1 == float(2**53 + 1), 0.1 + 0.2 == 0.3, float('nan') == float('nan'))
print(hash(1.0), hash(1.5), hash(-0.5), hash(float('inf')), hash(-float('inf')), hash(1e300), hash(2.0**100) == hash(2**100), hash(0.1))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5 % -3.0, -5 % 3.0, 5.5 // -2)
print(float.__getformat__('double'), (3.5).real, (3.5).imag, (3.5).conjugate(), hasattr(1.0, '__floor__'))
print(True + 1.5, 3 * 1.5, 10 / 4.0, 2**0.5 * 2**0.5)
print(sum([0.1] * 10), 1e16 + 1, 1e16 + 2)
