# indexing and slicing, ASCII and not, including negative steps
a = "abcdefghij"
u = "αβγδεζηθικ😀é"
for s in (a, u):
    print(s[0], s[-1], s[3], s[-4], s[2:5], s[:3], s[7:], s[-3:], s[::2], s[1::3], s[::-1],
          s[8:2:-2], s[-1:-5:-1], s[100:], s[:-100], s[5:2], s[::-3], s[2:100:4], s[-100:100])
    print(len(s), s[len(s) - 1], s[-len(s)])
big = "ab€" * 1000
print(big[1500], big[2999], big[-1], big[1234:1240], big[100:2000:333], big[::-997], len(big))
print(big.find("€", 2000), big.rfind("a", 0, 1000), big.count("€"), big.index("b", 2998))
for i in [-1, 3, 3000, -3001, 2**70]:
    try:
        print(big[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    print(a["x"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(a[1.5])
except TypeError as e:
    print("TypeError:", e)
print(a[True], a[slice(1, 4)], a[slice(None, None, -1)], a[::1] is a)
try:
    print(a[::0])
except ValueError as e:
    print("ValueError:", e)
class I:
    def __index__(self):
        return 2
print(a[I()], a[I():5], "x" * I())
print(b"abcdef"[1], b"abcdef"[-1], b"abcdef"[1:4], b"abcdef"[::-2], bytearray(b"abcdef")[2:], bytearray(b"xyz")[-1])
print(list(b"hi"), list(bytearray(b"hi")), [c for c in "hé"])
