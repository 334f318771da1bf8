# unicodedata: properties, decompositions, the four normalization forms (also
# over a whole range of code points, summarized by a CRC), and errors.
import unicodedata as u
import random
import zlib

print(u.unidata_version)
for c in "aZ5 \u00e9\u0301\u05d0\u0660\u00bd\u2167\u3000\uff21\U0001f600\u200b\ud800\U000e0001\u0378(":
    print(ascii(c), u.category(c), u.bidirectional(c), u.east_asian_width(c), u.mirrored(c),
          u.combining(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), repr(u.decomposition(c)))
print(u.numeric("\u5146"), u.numeric("\u2189"), u.numeric("\u0f33"), u.digit("\u00b2"), u.decimal("\u0669"))

samples = ["caf\u00e9", "cafe\u0301", "\u1e9b\u0323", "\ud55c\uad6d\uc5b4", "\u1100\u1161\u11a8", "\ufb01 \u2460 \u00bd \u216b",
           "\u00c5 \u03a9 \u01c5", "q\u0307\u0323", "e\u0301\u0300\u0316", "\u0b47\u0b3e", "\u00c7\u0301", "\U0001d400",
           "\uff76\uff9e", "\u2126\u212b", "\u0344\u0f73\u0f75\u0f81", "ascii only"]
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    print(form, [ascii(u.normalize(form, s)) for s in samples])
    print(form, [u.is_normalized(form, s) for s in samples])

crc = 0
for cp in list(range(0, 0x3400)) + list(range(0xa000, 0xd800)) + list(range(0xf900, 0x10000)) + list(range(0x1d400, 0x1d800)):
    c = chr(cp)
    props = (u.category(c), u.bidirectional(c), u.east_asian_width(c), u.mirrored(c), u.combining(c),
             u.decimal(c, -1), u.digit(c, -1), u.numeric(c, -1), u.decomposition(c))
    crc = zlib.crc32(repr(props).encode(), crc)
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        crc = zlib.crc32(u.normalize(form, c).encode("utf-8", "surrogatepass"), crc)
print("single characters", crc)

r = random.Random(7)
pool = [chr(c) for c in list(range(0x41, 0x5b)) + list(range(0x300, 0x370)) + list(range(0x1100, 0x1113))
        + list(range(0x1161, 0x1176)) + list(range(0x11a7, 0x11c3))
        + [0xac00, 0xac01, 0x1e9b, 0x0f73, 0x0f75, 0x0b47, 0x0b3e, 0x0bc6, 0x0bbe, 0x1025, 0x102e, 0x0591, 0x05b0,
           0x093c, 0x0915, 0xfb2c, 0x3099, 0x304b, 0x309a, 0xff76, 0xff9e, 0x2126, 0x00c5]]
crc = 0
for i in range(3000):
    s = "".join(r.choice(pool) for _ in range(r.randint(1, 8)))
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        crc = zlib.crc32(u.normalize(form, s).encode(), crc)
print("random strings", crc)

for f in (lambda: u.category(1), lambda: u.category("ab"), lambda: u.decimal("a"), lambda: u.digit("a"),
          lambda: u.numeric("a"), lambda: u.normalize("X", "a"), lambda: u.normalize("NFC", 1),
          lambda: u.is_normalized("NFX", "a"), lambda: u.combining()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
for f in (lambda: u.category(), lambda: u.category("a", "b"), lambda: u.category(chr=1), lambda: u.decimal(),
          lambda: u.decimal("a", 1, 2), lambda: u.normalize("NFC"), lambda: u.decimal(chr="a"),
          lambda: u.normalize(form="NFC", unistr="a")):
    try:
        f()
    except TypeError as e:
        print(e)
