a = 1; del a
b, c = 1, 2; del b, c
d = [1, 2, 3, 4, 5]; del d[0]; del d[1:3]; del d[::2]; print(d)
e = {"k": 1, "j": 2}; del e["k"]; print(e)
class O: pass
o = O(); o.x = 1; o.y = 2; del o.x; print(vars(o))
f = [1, 2]; g = [3]; del (f[0], g[0]); print(f, g)
h = [[1, 2], [3]]; del [h[0][0], h[1][0]]; print(h)
i = j = 5; del (i), [j]
print("i" in dir(), "j" in dir())
k = list(range(10)); del k[-1], k[0]; print(k)
def fn():
    loc = 1
    del loc
    try:
        loc
    except UnboundLocalError as ex:
        print(ex)
fn()
try:
    del undefined_name
except NameError as ex:
    print(ex)
errs = ["del 1", "del f()", "del a + b", "del (a, 1)", "del [a, f()]", "del *a", "del *a, b", "del a if b else c",
        "del (yield)", "del a := 1", "del (a := 1)", "del", "del a,", "del (a, b),", "del lambda: 1", "del f'x'",
        "del None", "del True", "del ...", "del __debug__", "del a.b.c[1:2].d", "del (a)[0]", "del ()", "del []",
        "del {a}", "del {a: b}", "del -a", "del not a", "del a < b", "del await x", "del x for x in y"]
for src in errs:
    try:
        compile(src, "<d>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
