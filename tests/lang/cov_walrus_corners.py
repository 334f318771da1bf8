# assignment expressions: scoping and SyntaxError corners
srcs = [
    "x := 1", "(x := 1)", "x = y := 1", "x = (y := 1)", "def f(a := 1): pass", "def f(a=(b := 1)): pass",
    "f(a := 1)", "f(x=y := 1)", "f(x=(y := 1))", "(a.b := 1)", "(a[0] := 1)", "((a, b) := (1, 2))", "(*a := 1)",
    "lambda: x := 1", "lambda: (x := 1)", "[x := 1, 2]", "{x := 1}", "{x := 1: 2}", "{(x := 1): 2}", "x[y := 1]",
    "x[(y := 1)]", "print(f'{x:=5}')", "print(f'{(x:=5)}')", "with (x := 1) as y: pass", "with x := 1: pass",
    "assert (x := 1)", "del (x := 1)", "if x := 1: pass", "while x := 0: pass", "elif := 1", "(True := 1)",
    "(__debug__ := 1)", "(None := 1)", "class C:\n    [(y := i) for i in range(2)]\n",
    "def f():\n    global g\n    [(g := 1) for _ in '']\n", "def f():\n    [(i := 1) for i in '']\n",
    "[[(j := 1) for j in ''] for i in '']", "[x for x in range(3) if (y := x)]", "lambda x: (y := x)",
    "def f():\n    nonlocal_v = 1\n    def g():\n        [(nonlocal_v := 2) for _ in '']\n",
    "[i for i in (j := [1])]", "[i for i in range(2) for k in (i := [])]", "(yield := 1)", "(x := yield)",
    "def f():\n    (x := yield 1)\n", "async def f():\n    (x := await y)\n", "(x := 1, y := 2)", "x, y := 1, 2",
    "return (x := 1)", "def f(): return x := 1", "match (x := 1):\n    case 1: pass\n", "a = [b := 1 for c in d]",
]
for s in srcs:
    try:
        compile(s, "<w>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg)
# walrus in a comprehension binds in the enclosing function, even when the comprehension is nested
def f():
    data = [[1, 2], [3, 4]]
    flat = [(last := x) for row in data for x in row]
    nested = [[(inner := y * 10) for y in row] for row in data]
    return last, inner, flat, nested
print(f())
# walrus in a generator expression binds when iterated
def g():
    gen = ((z := v) for v in range(3))
    try:
        z
    except NameError as e:
        before = "NameError: %s" % e
    list(gen)
    return before, z
print(g())
# walrus in a lambda binds in the lambda
h = lambda: (w := 5) + w
print(h(), "w" in globals())
# walrus updates a global/nonlocal when declared
def outer():
    count = 0
    def inc():
        nonlocal count
        [(count := count + 1) for _ in range(3)]
    inc()
    return count
print(outer())
total = 0
def add():
    global total
    return [(total := total + v) for v in (1, 2, 3)]
print(add(), total)
# evaluation order in conditions
vals = iter([3, 2, 0, 5])
out = []
while (v := next(vals)):
    out.append(v)
print(out, v)
if (m := {"k": 1}.get("k")) is not None and (n := m + 1):
    print(m, n)
print([y for x in range(6) if (y := x * x) % 2], y)
