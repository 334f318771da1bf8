from __future__ import annotations
def f(a: int, b: "Foo", c: list[dict[str, int]], d: Optional[int] = None, *args: tuple[int, ...], e: lambda x, y=1: x+y, **kw: 1 + 2 * 3 ** -x) -> A | B | None:
    pass
print(f.__annotations__)
class C:
    x: Callable[[int, str], bool]
    y: (a if b else c)
    z: {1: 'a', **d}
    w: [x for x in y if x]
    v: f(x, *y, k=1, **z)
    u: a.b.c[1:2, ::3]
    t: (1, 2)
    s: not a and b or c
    r: 1.5e300 + 2j
    q: -1
    p: a < b <= c is not d
    o: b'\x00ab'
    n: f"x{y!r:>{w}}z"
print(C.__annotations__)
