# repr() and ascii() of strings: quoting and escapes
tests = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
         "new\nline", "cr\rx", "\x00\x01\x1f\x7f", "\x80\x85\x9f\xa0\xad", "é ü ñ",
         "\u2028\u2029", "\u200b\u200d\ufeff", "\ud800", "\udcff", "\U0001f600", "\U000e0001",
         "\u0378", "\ue000", "\U0010ffff", "日本語", "\u0300", "Ω", "\x0b\x0c"]
for t in tests:
    print(repr(t), ascii(t), len(t))
print(repr(["a", "b'c"]), repr({"k": "v"}), repr(("é",)))
print("%r|%a|%s" % ("é\n", "é\n", "é"))
print("{!r} {!a} {!s}".format("x'y", "ÿ", "z"))
print(repr(b"abc"), repr(b"it's"), repr(b'q"'), repr(b"'\""), repr(b"\x00\t\n\r\x7f\x80\xff\\"))
print(repr(bytearray(b"ab'c")), repr(bytearray()), repr(b""))
