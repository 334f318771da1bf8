s = "\a\b\f\n\r\t\v\\\'\"\0\7\77\101\1011"
print(ascii(s), len(s))
print(ascii("\x00\x7f\xff\u0100\uffff\U0001F600\U00010000"))
print(ascii(b"\a\b\f\n\r\t\v\\\'\"\0\7\77\101\x00\xff\777"))
print(ascii("line1\
line2"), ascii(b"a\
b"))
print(ascii("\q\w\d \%"), ascii(b"\q\d"))   # unknown escapes are kept
print(ascii(r"\n\t\\"), ascii(rb"\x00"), ascii(R"\a"), ascii(Rb"\b"), ascii(bR"\c"), ascii(BR"\d"))
print(ascii(u"\u00e9"), ascii(U"x"))
print(ascii('''a
b'''), ascii("""c\
d"""))
print(ascii("\N{LATIN SMALL LETTER E WITH ACUTE}"))
print("ab" "cd" 'ef', b"x" b'y', "a" r"\n" "b")
print(ascii("é" "\xe9"), ascii("\u00E9"))
print(ascii('\''), ascii("\""), ascii('"'), ascii("'"))
print(ascii(r'\''), ascii(r"\""), len(r'\''))
print(len("\r\n"), len(b"\r\n"))
print(ascii("\400"), ascii("\777"))
errs = [r'"\x"', r'"\x1"', r'"\xg0"', r'"\u12"', r'"\u12345"[:1] + "\u12g4"', r'"\U1234567"', r'"\U00110000"',
        r'"\UFFFFFFFF"', r'b"\x1"', r'b"\x"', "b'\xe9'", "'abc", '"abc\n"', "'''abc", "b'\\N{x}'",
        r'"\777" "x"', "'a' b'b'", "b'a' 'b'", "f'a' b'b'", "u'a' b'b'", "ub''", "bu''", "rf'' b''",
        "x = 'a\\\n"]
for src in errs:
    try:
        r = eval(src)
        print("ok", ascii(src), ascii(r))
    except SyntaxError as e:
        print(ascii(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
