# syntax errors and valid forms inside subscripts
srcs = ["s[1, *a for a in b]", "s[1, 2 for x in y]", "s[a, b for a in c]", "s[1:2, 3 for x in y]", "s[x for x in y]",
        "s[1, x for x in y, 3]", "s[*a for a in b]", "s[]", "s[,]", "s[1,,2]", "s[::, ::]", "s[:::]", "s[1:2:3:4]",
        "s[a:=1]", "s[(a:=1)]", "s[a:=1, b]", "s[lambda: 1]", "s[lambda x: x:2]", "s[yield]", "s[*a:]", "s[**a]",
        "s[a if b else c:d]", "s[not a]", "s[a, ...]", "s[..., a:b]", "s[1:2, *c]", "s[(1:2)]", "s['a':'b']", "s[a:b:c, d]",
        "s[x] = 1", "s[x:y] = 1", "s[*x] = 1", "del s[*x]", "s[x]: int = 1", "s[x], t[y] = 1, 2", "s[1 2]"]
for src in srcs:
    try:
        compile(src, "<sub>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg, e.offset, e.end_offset)
class Show:
    def __getitem__(self, k): return k
s = Show()
print(s[1:2, ...], s[(a := 5)], a, s[lambda: 1:2].start(), s[::, ::], s["a":"b"])
