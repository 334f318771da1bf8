# bytes methods, constructors and operators
b = b"Hello, World"
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.count(b"l"), b.index(b"W"), b.rindex(108))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.upper(), b.lower(), b.swapcase(), b.title())
print(b"hello world".capitalize(), b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"-5".zfill(4))
print(b"  x  ".strip(), b"xxaxx".lstrip(b"x"), b"xxaxx".rstrip(b"x"), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"a,b,,c".split(b","), b" a  b ".split(), b"a b c".rsplit(None, 1), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(b"-".join([b"a", b"b", bytearray(b"c"), memoryview(b"d")]), b"abc".replace(b"b", b"XY"), b"aaa".replace(b"a", b"b", 2))
print(b"a.b.c".partition(b"."), b"a.b.c".rpartition(b"."), b"abc".partition(b"x"))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b"  ".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"a\tb".expandtabs(), b"a\tb".expandtabs(2), b"abc".hex(), b"\x00\xff".hex(), b"abcdef".hex("-"), b"abcdef".hex(":", -2), b"abcde".hex(" ", 2))
print(bytes.fromhex("de ad BE EF"), bytes.fromhex(""), bytearray.fromhex("0a0b"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"a"))
print(bytes(), bytes(3), bytes([65, 66]), bytes(b"xy"), bytes(bytearray(b"z")), bytes("é", "utf-8"), bytes(range(5)))
print(bytes(memoryview(b"mv")), bytes((x for x in [1, 2])), bytes("abc", encoding="ascii"))
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()), b"%s" % B())
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"ab" + bytearray(b"c"), b"a" in b"abc", 98 in b"abc", b"" in b"")
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"abc" == bytearray(b"abc"), b"a" == "a", b"\xff" > b"a")
print(len(b"abc"), hash(b"abc") == hash(b"ab" + b"c"), hash(b"") == hash(bytes()), b"abc"[1], b"abc"[-1:])
print(b"%s=%d (%5.2f) %x %c %c %r %a %%" % (b"k", 5, 2.5, 255, 65, b"B", "é", b"q"))
print(b"%(a)s-%(b)d" % {b"a": b"x", b"b": 3}, b"%-4s|%4s|" % (b"a", b"b"), b"%.2s" % b"abc")
print(list(b"abc"), list(reversed(b"abc")), sorted(b"cab"), max(b"abc"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"abc".decode("ascii"))
for f in [lambda: b"a" + "b", lambda: b"a".find("a"), lambda: bytes("x"), lambda: bytes([300]),
          lambda: bytes(-1), lambda: b"a"[5], lambda: b"a"[str("x")], lambda: bytes.fromhex("zz"),
          lambda: bytes.fromhex("a"), lambda: b"%s" % "x", lambda: b"%c" % 300, lambda: b"a".split(b""),
          lambda: b"a".center(3, "x"), lambda: b"%d" % b"x", lambda: "x" in b"abc", lambda: 300 in b"abc",
          lambda: bytes(1.5), lambda: b"a".join(["b"]), lambda: b"abc".index(b"z"), lambda: b"x" * "y",
          lambda: bytes(b"x", "ascii"), lambda: bytes.maketrans(b"ab", b"c")]:
    try:
        print(repr(f()))
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
