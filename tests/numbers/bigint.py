# big int conversions and methods
n = 3**1000
s = str(n)
print(len(s), s[:20], s[-20:])
print(int(s) == n, int('-' + s) == -n)
print(hex(2**100 - 1), oct(-(2**70)), bin(2**65 + 3))
print(int('ff' * 40, 16) == 2**320 - 1, int('1' * 300, 2) == 2**300 - 1)
print(int('0x' + 'a' * 50, 0), int('-0o777', 0), int('0b_1010', 0))
print((2**100).bit_length(), (-(2**100)).bit_length(), (0).bit_length(), (255).bit_count(), (-(2**70 - 1)).bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), (2**70).to_bytes(9, 'big'))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes(bytes(range(20)), 'big'))
print(int.from_bytes([1, 2, 3], 'little'), (-128).to_bytes(1, 'big', signed=True), (65535).to_bytes(2))
print((10**30).as_integer_ratio(), (7).numerator, (7).denominator, (7).real, (7).imag, (7).conjugate())
print(round(123456, -2), round(123450, -2), round(123550, -2), round(-125, -1), round(15, -1), round(25, -1), round(7, 2))
print(round(10**30 + 5 * 10**10, -11), round(-(10**30) - 5 * 10**10, -11))
print((2**70).__trunc__(), (2**70).__floor__(), (2**70).__ceil__(), (5).__index__())
print(int(2**70 + 0.0), int(-1e30), int(1e300) == 10**300, float(2**70), float(-(2**1023)))
print(float(2**1024 - 2**970 - 1), (2**54 + 1) / 1, (10**30 + 1) / 10**15)
for k in (1, 9, 10, 18, 19, 20, 100):
    v = 10**k - 1
    print(k, v, -v, v + 2, v * v)
print(2**64 // 2**32, 2**64 % (2**32 + 1), divmod(-(2**90), 2**45 + 3), divmod(2**90, -(2**45 + 3)))
print((-(2**100)) >> 1, (-(2**100) - 1) >> 50, (-(2**100)) >> 200, (2**100) >> 100)
print(-(2**80) & 0xffff, -(2**80) | 0xffff, -(2**80) ^ -(2**79), ~(2**80))
a, b = 2**200 + 7, 3**120 + 11
print(a * b // b == a, (a * b + 5) % b, pow(a, b, 10**40 + 7), pow(a, -1, b) * a % b)
