print(1 + 2, 7 - 10, 6 * 7, 7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(1 << 10, 1 << 62, 1 << 63, 1 << 100, -1 << 3, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 70)
print(2 ** 10, 2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, (-2) ** 3, 3 ** 0, 0 ** 0, 2 ** -1)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, 9223372036854775807 + 1, -9223372036854775807 - 2)
print(4611686018427387903 + 1, 3037000500 * 3037000500, (2 ** 31 - 1) * 2)
print("ab" + "cd", "x" + "", (1 + 1, 2 * 3), 1 / 2, 10 // 0 if False else "no div")
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(-9223372036854775808 // -1, -9223372036854775808 % -1, 60 * 60 * 24)
