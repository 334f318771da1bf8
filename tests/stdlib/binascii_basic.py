import binascii, random, base64, quopri

rng = random.Random(99)
print(binascii.Error.__mro__[1:3], binascii.Incomplete.__mro__[1], binascii.Error.__module__)
for n in [0, 1, 2, 3, 4, 5, 10, 57, 100]:
    d = bytes(rng.randrange(256) for _ in range(n))
    e = binascii.b2a_base64(d)
    assert binascii.a2b_base64(e) == d and binascii.a2b_base64(e.decode()) == d
    h = binascii.hexlify(d)
    assert binascii.unhexlify(h) == d and binascii.a2b_hex(h.decode().upper()) == d
    print(n, e, binascii.b2a_base64(d, newline=False)[-4:], h[:16], binascii.crc32(d), binascii.crc_hqx(d, 0),
          binascii.crc_hqx(d, 0x1234), binascii.crc32(d, 0xdeadbeef))
d = bytes(range(10))
for sep, bps in [(":", 1), (b"-", 2), (" ", 3), ("_", -3), (b".", 4), ("|", -4), (":", 0), ("x", 20)]:
    print(binascii.hexlify(d, sep, bps), binascii.b2a_hex(d[:1], sep, bps))
print(binascii.hexlify(d, ":"), bytes.hex(d, ":", 3))
for s in [b"YWJj", b"YW Jj\n", b"YWJ=", b"YWI==", b"Y", b"YW=", b"YW==x", b"!!YWJj", "YWJj", b"=YWJj", b"YWJjZA==YWJj"]:
    for strict in (False, True):
        try:
            print(s, strict, binascii.a2b_base64(s, strict_mode=strict))
        except binascii.Error as e:
            print(s, strict, "Error", e)
for f in [lambda: binascii.unhexlify(b"abc"), lambda: binascii.unhexlify(b"zz"), lambda: binascii.a2b_base64(5),
          lambda: binascii.a2b_base64("é"), lambda: binascii.b2a_base64("x"), lambda: binascii.hexlify(b"ab", "xy"),
          lambda: binascii.hexlify(b"ab", "é"), lambda: binascii.hexlify(b"ab", 5), lambda: binascii.crc32("x"),
          lambda: binascii.b2a_uu(b"x" * 46), lambda: binascii.a2b_uu(b"!!!!!!!!"), lambda: binascii.a2b_uu(b"\x01abc")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
texts = [b"hello world", b"tab\tend \nnext", b"=equals= and _under_", b"line ending in space \r\nx\r\n",
         b"\x00\x01\xff binary", b"." , b".\nstart dot", b"a" * 200, b"word " * 40 + b"\n", b"trailing tab\t",
         "caf\u00e9 na\u00efve".encode("utf-8")]
for t in texts:
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}]:
        print(binascii.b2a_qp(t, **kw))
for q in [b"a=3Db", b"soft=\nbreak", b"soft=\r\nbreak", b"bad=zz", b"end=", b"x==y", b"a_b", b"=4a=4B"]:
    print(binascii.a2b_qp(q), binascii.a2b_qp(q, header=True))
for n in [0, 1, 2, 3, 45]:
    u = binascii.b2a_uu(bytes(range(n)))
    print(u, binascii.b2a_uu(bytes(n), backtick=True), binascii.a2b_uu(u) == bytes(range(n)))
print(binascii.a2b_uu(b""), binascii.a2b_uu(b"#86)C\n"), binascii.a2b_uu(b"#86)C"))
print(base64.b64encode(b"data!"), base64.urlsafe_b64decode(b"ZGF0YSE="), base64.b32encode(b"ab"), base64.b16decode(b"6162"))
print(quopri.encodestring(b"caf\xe9 = ok\n"), quopri.decodestring(b"caf=E9 =3D ok\n"))
# backtick is keyword-only; arrays are bytes-like
try:
    binascii.b2a_uu(b"", True)
except TypeError as e:
    print("TypeError", e)
import array
print(binascii.hexlify(array.array('H', [1, 2])), binascii.b2a_base64(array.array('B', b'hi')), binascii.crc32(array.array('b', b'abc')))
