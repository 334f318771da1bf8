# implicit string concatenation and prefixes
print("a" 'b' """c""" '''d''', r"\n" "\n" == "\\n\n", u"x" "y", "f" f"{1}" rf"{2}\t" "z")
print(b"a" b'b' rb"\n" Rb"\t" bR"x" BR"y", len(br"\\"))
print(("implicit"
       " across"
       " lines"), "paren" \
      " backslash")
for src in ['"a" b"b"', 'b"a" "b"', 'b"a" f"b"', 'u"a" b"b"', 'ub"x"', 'ur"x"', 'bu"x"', 'fb"x"', 'rr"x"', 'ff"x"',
            'b"\u00e9"', 'b"é"', 'r"\\"', "r'\\'", 'r"abc\\"', 'r"\\""', "'''a''' 'b'", 'u"\\N{DIGIT ONE}"',
            'B"x"', 'U"x"', 'F"x"', 'Rb"x"', 'Fr"{1}\\n"', 'fR"{1}"', 'rU"x"', '"a" "b" c', '"""\n"""', "'a\nb'"]:
    try:
        print(repr(src), "->", repr(eval(src)))
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
    except NameError as e:
        print(repr(src), "-> NameError", e)
# docstrings made by concatenation, and f-strings are not docstrings
def f():
    "doc" " string"
def g():
    f"not {'a'} doc"
def h():
    b"bytes not doc"
print(f.__doc__, g.__doc__, h.__doc__)
# adjacency keeps each literal's escapes
print(len("\x41" r"\x41"), "\101" r"\101")
# concatenation is done at compile time: the constant is a single object
def k():
    return "abc" "def"
print(k.__code__.co_consts)
# triple-quoted strings keep newlines and escaped newlines join lines
s = """line1
line2\
 joined"""
print(repr(s))
print(repr('''\
starts without newline'''))
