# string and bytes escapes, and the warnings for invalid ones
import warnings
def check(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            v = eval(compile(src, "<lit>", "eval"))
            print(repr(src), "=", repr(v))
        except SyntaxError as e:
            print(repr(src), "-> SyntaxError", e.msg)
        for x in w:
            print("   ", x.category.__name__, x.message, x.lineno)
for src in [r"'\d'", r"b'\d'", r"'\8'", r"'\9'", r"'\400'", r"b'\400'", r"'\777'", r"'\0'", r"'\07'", r"'\101'",
            r"'\x41\x4a'", r"b'\x41'", r"'\x4'", r"b'\x4'", r"'\xg0'", r"'\u00e9'", r"b'\u00e9'", r"'\u00e'",
            r"'\U0001F600'", r"'\U00110000'", r"'\U0000004'", r"'\N{LATIN SMALL LETTER A}'", r"'\N{NOPE}'",
            r"b'\N{LATIN SMALL LETTER A}'", r"'\N{'", r"'\N'", r"'\a\b\f\n\r\t\v'", r"'\\'", r"'\''", r'"\""',
            r"'a\
b'", r"'\z'", r"'\ '", r"b'\z'", r"rb'\z'", r"r'\N{x}'", r"'\%'", r"'\('", r"u'\u0041'", r"'\1234'",
            r"'\N{EM DASH}\N{em dash}'", r"'\N{LATIN CAPITAL LETTER A WITH MACRON}'", "'\\\n'", r"f'\q'",
            r"'''\d'''", r'"""\w"""', r"b'\777'", r"'\08'", r"'\x'", r"b'\x'", "b'\u00e9'", "b'\x80'"]:
    check(src)
# escapes in a whole module produce one warning per literal
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("a = '\\d'\nb = '\\e' + '\\f'\nc = '\\g'\n", "<mod>", "exec")
    print([(x.lineno, str(x.message)) for x in w])
# as errors, the warning becomes a SyntaxError
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("x = 1\ny = '\\d'\n", "<err>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.filename)
print(len("\N{GREEK SMALL LETTER ALPHA}\t\x00\u1234\U0010ffff"), ord("\177"), ord("\x7f"), "\101\102")
print(b"\x00\xff\177\n".hex(), bytes("\x80", "latin-1"), list(b"\0\1\2"))
