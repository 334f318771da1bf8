# escape sequences produce the right code points and bytes; raw strings keep backslashes
pairs = [
    ("\a\b\f\n\r\t\v", [7, 8, 12, 10, 13, 9, 11]),
    ("\0\00\000\0000", [0, 0, 0, 0, 48]),
    ("\1\12\123\1234", [1, 10, 83, 83, 52]),
    ("\x00\x7f\x80\xff", [0, 127, 128, 255]),
    ("\u0000\u00ff\u0100\uffff", [0, 255, 256, 65535]),
    ("\U00000041\U0001f600\U0010ffff", [65, 128512, 1114111]),
    ("\N{SPACE}\N{NO-BREAK SPACE}\N{LATIN SMALL LETTER SHARP S}", [32, 160, 223]),
    ("\\\'\"", [92, 39, 34]),
]
for s, expect in pairs:
    print([ord(c) for c in s] == expect, len(s))
bpairs = [
    (b"\a\b\f\n\r\t\v", [7, 8, 12, 10, 13, 9, 11]),
    (b"\0\177\200\377", [0, 127, 128, 255]),
    (b"\x00\xff\xAb", [0, 255, 171]),
    (b"\\\'\"", [92, 39, 34]),
]
for b, expect in bpairs:
    print(list(b) == expect, len(b))
print(r"\n\t\x41" == "\\n\\t\\x41", rb"\x41" == b"\\x41", len(r"\N{SPACE}"), br"\0"[0], R"\\" == "\\\\")
print("\N{EURO SIGN}" == "\u20ac" == "\U000020ac" == chr(0x20ac), "\N{LATIN CAPITAL LETTER A}" == "A")
print("\N{EMPTY SET}", "\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}", ascii("\N{SNOWMAN}"))
print(ascii("\ud800"), len("\ud800\udc00"), "\ud83d\ude00" == "\U0001f600")
print("a\
b", b"c\
d", r"e\
f")
# line continuation inside triple quotes, and \r\n inside strings
print(repr("""x\
y"""), repr("\r\n"), repr(b"\r\n"))
# repr picks quotes and escapes
for s in ["'", '"', "'\"", "\\", "\t\n", "\x7f", "\x9f", "\xa0", "\xad", "\u2028", "\U0001f600", "\ufeff", "é"]:
    print(repr(s), ascii(s))
for b in [b"'", b'"', b"'\"", b"\\", b"\t\x00\xff"]:
    print(repr(b))
