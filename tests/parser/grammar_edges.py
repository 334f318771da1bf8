# Rarely used 3.11 syntax; tests/parser/check.py -a --root tests/parser compares its AST with CPython.
with (a, b) as c: pass
with (a): pass
with (yield): pass
with (a as b): pass
with (a, b as c,): pass
with a as (b, c): pass
match x:
    case (1|2) as y: pass
    case {**rest}: pass
    case A.B.C(): pass
    case -1j: pass
    case 1-2j: pass
    case -1.5+2j: pass
    case [a, *_, b]: pass
    case (a, b, *c): pass
    case (): pass
    case []: pass
    case [x] if x > 0: pass
    case {"a": 1, 2: [b], None: c, A.b: d}: pass
    case Point(1, y=2) | Point(x=0): pass
    case "a" "b": pass
    case b"x": pass
    case True | False | None: pass
    case a.b: pass
    case *a, b: pass
    case 1, 2: pass
match (x, y):
    case _: pass
match x,:
    case _: pass
match -x:
    case _: pass
match = 1
match.x = 2
match[0] = 3
case = match(1)
for *a, b in c: pass
del (a), [b], c.d, e[f]
x[a:b, c]
x[*a]
x[*a, b]
x[a:b:c, ::, :]
f(*a, *b, **c, **d)
f(a, *b, c=1, *d, e=2, **f)
@a.b[c](d)
def g(): pass
@(lambda f: f)
class K: pass
lambda *a, **k: 0
lambda a, /, b=1, *, c, d=2, **e: 0
lambda: (yield)
async def h():
    async with a as b, c as d: pass
    async for x in y: pass
    [x async for x in y]
    [await x for x in y]
    await (yield)
    return [i async for i in aiter() if await i]
def gen():
    x = yield
    y = yield from z
    yield a, b
    z = yield a, *b
    await_ = 1
global q
[y := f(x) for x in z]
(lambda: 1) if x else (lambda: 2)
not not x
a < b < c
a is not b not in c
x = 0_0, 1_0e1_0, 0x_1, 1E5, 1J, .5, 5., 0O17, 0B1, 00, 0.0, 1e-5, 1e+308, 1e309, 2.5e-324
x = Rb'x', bR'x', F'x', fR'{x}', Rf"{x!a}", U"x", rB"\d"
x = f"{f'{x}'}"
x = f"{ x = }", f"{x = !r:>10}", f"{ {'a':1}['a'] }", f"{x:{y}.{z}}", f"\n{x}\t", f"{{}}", f"{x!s:{w}}"
x = f"""{
    a
}"""
x = f"{x:=10}"
x = f"{(x:=10)}"
x = f"{x,}"
x = f"{'a' if x else 'b'}"
x = "\x41\101\u0041\U00000041\N{LATIN SMALL LETTER A}\a\b\f\v\0\
continued"
x = b"\x41\101\n\\"
x = r"\N{X}" "\\"
x = '''a''' """b""" 'c' "d"
x = (1,)
x = 1,
x = ()
x = [*a, *b]
x = {*a, *b}
x = {**a, 'b': 1, **c}
x = {}
x = a if b else c if d else e
x = a or b and not c
x = -a ** -b
x = ~a + +b - -c
a @= b
a //= b
a **= b
a >>= b
a <<= b
a ^= b
x: int
x.y: str = 1
x[0]: int
(x): int = 3
raise
raise X
raise X from Y
assert x
assert x, y
import a.b.c as d, e
from .. import (a as b, c,)
from ...x.y import z
from . import *
from .a import b
nonlocal_ = 1
try:
    pass
except* (A, B) as e:
    pass
except* C:
    pass
else:
    pass
finally:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while 1:
    break
else:
    continue
class C(A, B, metaclass=M, **kw): x = 1; y = 2;
def f(a, b: int = 1, *args: str, c: "x" = 2, **kwargs: dict) -> None: ...
def f2(*, a): pass
def f3(a, /): pass
def f4(*args: *Ts): pass
x = [i for i in range(10) if i if not i for j in i]
x = {k: v for k, v in d.items() if k}
x = (i for i in j)
x = sum(i for i in j)
x = a[b][c](d)(e).f.g
x = yield_ = await_ = 1
print(*args, sep='', end='\n', file=sys.stderr, flush=True)
