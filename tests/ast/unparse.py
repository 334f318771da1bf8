# ast.unparse and round trips
import ast
SOURCES = [
    "x = 1 + 2 * 3 ** -4",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    return a",
    "async def g():\n    async with a as b:\n        await x\n    return [j async for j in k]",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 3",
    "lambda x, *y, z=1, **w: (x, y)",
    "f(a, *b, c=1, **d)",
    "{1: 2, **e}; {1, 2}; [x for x in y if x]; (i for i in j)",
    "a if b else c; a and b or not c; -a; ~(b + c)",
    "a < b <= c is not d not in e",
    "f'{a!r} {b:>{w}} {c}'",
    "b'bytes'; 'str'; 1; 1.5; 2j; 10**100; 1e400; ...; None",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nfinally:\n    pass",
    "match p:\n    case [1, *rest] | {'k': v, **kw}:\n        pass\n    case Point(x=0) if y:\n        pass",
    "with a as b, c:\n    pass",
    "from ..m import (a as b, c)\nimport x.y",
    "x[1:2, ::3] = y[...]",
    "(y := 10)",
    "del a, b[0]\nglobal q\nassert x, 'msg'",
    "while True:\n    if x:\n        break\n    elif y:\n        continue\n    else:\n        pass",
]
for src in SOURCES:
    t = ast.parse(src)
    u = ast.unparse(t)
    print(u)
    print('roundtrip', ast.dump(ast.parse(u)) == ast.dump(t))
    print('---')
