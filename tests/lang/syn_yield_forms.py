def g():
    x = yield
    y = yield 1
    z = yield 1, 2
    w = yield from gen34()
    v = (yield)
    u = [(yield 5)]
    yield x, y, z, w, v, u
    r = yield from sub()
    yield r
    return "done"
def gen34():
    yield 3
    yield 4
    return "w"
def sub():
    yield "s"
    return "sub-ret"
it = g()
print(next(it), it.send("a"), it.send("b"), it.send("c"), it.send("d"), it.send("e"))
print(it.send("f"), it.send("g"))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("return value", e.value)
def h():
    print((yield) or "none")
    f = lambda: (yield)
    yield list(f())
    yield (yield 1) + 1
    yield -(yield)
gh = h(); next(gh); print(gh.send(None)); print(gh.send(None)); print(gh.send(5)); print(gh.send(7))
print(list(x for x in (yield_ for yield_ in range(2))))
def only_return():
    return 1
    yield
print(type(only_return()).__name__, list(only_return()))
def yield_in_args():
    print((yield), (yield))
    yield f((yield))
def f(a): return a
ya = yield_in_args(); next(ya); ya.send(1); print(ya.send(2)); print(ya.send(3))
errs = ["yield 1", "def f():\n  x = yield = 1", "def f():\n  yield = 1", "class C:\n  yield", "[(yield) for x in y]",
        "def f():\n  [(yield) for x in y]", "def f():\n  {(yield): 1 for x in y}", "def f():\n  ((yield) for x in y)",
        "def f():\n  return (yield from)", "def f():\n  yield from", "def f():\n  x = yield from a, b",
        "lambda: (yield from x)", "def f():\n  yield *a, b", "def f():\n  yield a, *b", "def f():\n  f(yield)",
        "def f():\n  f(x=yield)", "def f():\n  yield from *a", "def f():\n  a = yield from b = c",
        "async def f():\n  yield from x", "async def f():\n  return 1\n  yield", "def f():\n  del (yield)"]
for src in errs:
    try:
        compile(src, "<y>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
