from __future__ import annotations
# with PEP 563 annotations are stored as strings and never evaluated
log = []
x: undefined.thing[int] = 1
y: "already a string"
class C:
    a: list[int]
    b: dict[str, C]
    c: int | None = None
    d: (lambda: 1)
def f(a: int, b: C = None, *args: tuple[int, ...], k: "quoted" = 1, **kw: dict[str, int]) -> list[C]:
    pass
print(__annotations__)
print(C.__annotations__)
print(f.__annotations__)
def g(a: 1 + 2, b: a.b.c, c: f(x, *y, **z), d: x[1:2, ::3], e: [i for i in range(3)], f: {1: 2}, g: not x,
      h: a if b else c, i: -x ** 2, j: (a, b), k: (), l: 'single' "double", m: 3.14, n: 1j, o: ..., p: None,
      q: x @ y, r: a < b <= c, s: lambda q: q, t: f"{x!r:>10}", u: {1, 2}, v: await_ if False else 0, w: b"bytes",
      x: (yield_ for yield_ in z), y: x.y(z)[w], z: 1_000):
    pass
for k, v in g.__annotations__.items():
    print(k, "=", v)
import typing
class Node:
    value: int
    next: Node | None
print(typing.get_type_hints(Node))
async def af(x: int) -> Awaitable[int]: pass
print(af.__annotations__)
for src in ["x: (yield)", "def f(x: (yield)): pass", "def f() -> (await x): pass", "x: (y := 1)", "def f(x: (y := 1)): pass"]:
    try:
        compile(src, "<a>", "exec", annotations.compiler_flag if False else 0x1000000)
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
