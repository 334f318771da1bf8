# str.encode / bytes.decode with codecs and error handlers
s = "héllo wörld €😀"
for enc in ["utf-8", "UTF8", "utf_8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "iso8859-1"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            e = s.encode(enc, err)
            print(enc, err, e)
        except UnicodeEncodeError as x:
            print(enc, err, "UnicodeEncodeError:", x, x.start, x.end, x.reason, x.encoding)
print("a\udcff".encode("utf-8", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"))
for err in ["strict", "replace", "backslashreplace", "xmlcharrefreplace"]:
    try:
        print("a\ud800b".encode("utf-8", err))
    except UnicodeEncodeError as x:
        print("UnicodeEncodeError:", x)
data = [b"abc", b"caf\xc3\xa9", b"\xff", b"a\xffb", b"\xe2\x82", b"\xe2\x82\xac", b"\xe2(\xa1", b"\xf0\x9f\x98\x80",
        b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\x80abc", b"ab\xf0\x9f"]
for d in data:
    for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            r = d.decode("utf-8", err)
            print(d, err, repr(r), len(r))
        except UnicodeDecodeError as x:
            print(d, err, "UnicodeDecodeError:", x, x.start, x.end, x.reason)
for d in [b"abc", b"a\x80\xffc"]:
    for err in ["strict", "replace", "ignore", "surrogateescape"]:
        try:
            print(repr(d.decode("ascii", err)))
        except UnicodeDecodeError as x:
            print("UnicodeDecodeError:", x)
print(b"\xe9\xff".decode("latin-1"), repr(b"\xff\xfeh\x00i\x00".decode("utf-16")), b"\x00h".decode("utf-16-be"))
print(repr(b"h\x00\x00\x00".decode("utf-32-le")), repr("€".encode("utf-16-le").decode("utf-16-le")))
print("😀".encode("utf-16-be"), b"\xd8=\xde\x00".decode("utf-16-be"))
for f in [lambda: "x".encode("nope"), lambda: b"x".decode("nope"), lambda: "é".encode("ascii", "bogus"),
          lambda: b"\x00".decode("utf-16"), lambda: b"\x00\xdc".decode("utf-16-le"), lambda: str(b"x", "ascii", "zz"),
          lambda: "x".encode(1), lambda: str("x", "utf-8"), lambda: str(1, "utf-8")]:
    try:
        print(repr(f()))
    except (LookupError, UnicodeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
s2 = b"a\xffb\xfe".decode("utf-8", "surrogateescape")
print(repr(s2), s2.encode("utf-8", "surrogateescape"), len(s2))
print("ü".encode(), "ü".encode(encoding="latin-1"), "ü".encode("utf-8", errors="strict"))
