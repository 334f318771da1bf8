for pre in ["", "r", "u", "R", "U", "f", "F", "rf", "fr", "Rf", "fR", "RF", "FR", "rF", "Fr",
            "b", "B", "br", "rb", "Br", "bR", "BR", "Rb", "rB", "RB"]:
    for q in ["'", '"', "'''", '"""']:
        src = pre + q + "a\\tb{1}" + q
        try:
            v = eval(src)
            print(pre, q, ascii(v))
        except SyntaxError as e:
            print(pre, q, "error", e.msg)
for pre in ["ur", "ru", "bf", "fb", "ub", "bu", "uf", "rr", "bb", "ff", "rbf"]:
    src = pre + "'x'"
    try:
        eval(src)
        print("ok", pre)
    except SyntaxError as e:
        print(pre, "->", e.msg, e.offset, e.end_offset)
# a name that merely starts like a prefix
rb = 1; br = 2; f = 3; u = 4; fr = 5
print(rb, br, f, u, fr, rb+br)
print(type(b''), type(rb''), type(f''), type(u''))
# string literals juxtaposed across lines with comments
s = ("first "   # comment
     'second '
     """third""")
print(s)
print(("a"
       "b") * 2)
