# assignment expressions in every place the grammar allows
if (n := 10) > 5:
    print("if", n)
while (m := n - 1) > 7:
    n = m
print("while", n, m)
print([y := 5, y ** 2])
print({(k := 'a'): (v := 1)}, k, v)
print({z := 3}, z)
print((w := 4), w)
def f(a, b=(d := 7)):
    return a, b
print(f(1), d)
print(f(e := 9), e)
print([j for i in range(4) if (j := i * 2) > 2], j)
print(any((hit := x) > 2 for x in [1, 2, 3, 4]), hit)
x = [1, 2, 3]
print(x[(i := 1)], i)
print(x[(i := 0):(k2 := 2)], i, k2)
lam = lambda: (q := 11)
print(lam())
print(f"{(fs := 21)}", fs)
assert (aa := 1)
print(aa)
print(1 if (c := 0) else 2, c)
with open(__file__) as (fh):
    pass
# walrus in comprehension binds in the enclosing function scope
def g():
    [last := v for v in range(3)]
    return last
print(g())
class C:
    val = (inner := 5)
print(C.val, C.inner)
# match guard
match 5:
    case num if (sq := num * num) > 20:
        print("guard", sq)
# while with walrus and else
data = iter([1, 2, 0, 3])
while (item := next(data)):
    print("item", item)
else:
    print("stopped at", item)
# errors
for src in ["x := 1", "(a.b := 1)", "(a[0] := 1)", "((a, b) := (1, 2))",
            "def f(x := 1): pass", "f(a := 1 for a in b)", "[i := 0 for i in range(3)]",
            "[x for x in (y := [1])]", "print(x=y:=1)", "def f(): x = (yield := 1)",
            "(True := 1)", "(__debug__ := 1)", "[[(j := j) for i in range(2)] for j in range(2)]",
            "y := f(x)", "foo(x = y := f(x))", "def foo(answer = p := 42): pass",
            "lambda: x := 1", "x = y := 0", "(lambda: x := 1)", "a[b := 1]", "{a := 1: 2}"]:
    try:
        compile(src, "<w>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.offset, e.end_offset)
