from __future__ import annotations
import __future__
def f(a: List[int], b: "quoted" = 1, *args: Tuple[str, ...], c: x.y.z, **kw: {1: 2}) -> a + b * c:
    pass
print(f.__annotations__)
class C:
    attr: Dict[str, int] = {}
    other: lambda x: x
    s: "already str"
    t: [1, 2, *a]
    u: (yield_ if cond else other)
print(C.__annotations__)
v: not a and (b or c) = 1
w: f"{x!r:>{width}}"
y: x[1:2, ::3, ...]
z: -1 ** 2 + ~x
print(__annotations__)
print(__future__.annotations.compiler_flag == 0x1000000)
co = compile("a: b + c = 1", "<s>", "exec", __future__.annotations.compiler_flag)
ns = {}
exec(co, ns)
print(ns["__annotations__"])
co = compile("a: b + c", "<s>", "exec", dont_inherit=True)
try:
    exec(co, {})
except NameError as e:
    print("without the flag:", e)
print(compile("x: y", "<s>", "exec").co_flags & 0x1000000 != 0)
