# ast.dump of many constructs, with and without attributes
import ast

SOURCES = [
    "x = 1",
    "a, *b = c[1:2, ::3] = d",
    "x += 1; y @= z; del a[0], b.c",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    'doc'\n    return a\n",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i\n    return [j async for j in k]\n",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 3\n    y: 'str'\n    (z): int\n",
    "lambda x, *y, z=1, **w: (x, y)",
    "f(a, *b, c=1, **d)",
    "{1: 2, **e}; {1, 2}; [x for x in y if x if not x]; {k: v for k, v in z}; (i for i in j)",
    "a if b else c; a and b or not c; -a; +b; ~c",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "f'{a!r} {b:>{w}} {c=}' 'plain'",
    "b'bytes'; u'unicode'; 'str'; 1; 1.5; 2j; 0xff; 10**100; 1e400; ...; None; True; False",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* (A, B):\n    pass\n",
    "while x:\n    break\nelse:\n    continue\n",
    "for i in range(3):\n    pass\nelse:\n    pass\n",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
    "with open(f) as (a, b):\n    pass\n",
    "import a.b as c, d\nfrom . import e\nfrom ..f import (g as h, i)\nfrom j import *\n",
    "global a, b\nnonlocal c\nassert x, 'msg'\n",
    "(y := 10)",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) if yy > 0:\n        pass\n    case None:\n        pass\n    case (q as r):\n        pass\n    case _:\n        pass\n",
    "x = 'héllo wörld ✓'\ny = '\\udc80'\n",
    "print(*a, sep='')\n",
]

for src in SOURCES:
    t = ast.parse(src)
    print(ast.dump(t))
    print(ast.dump(t, include_attributes=True))
print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single"), include_attributes=True))
print(ast.dump(ast.parse("def f():\n    return {\n  1: [2,\n 3]}\n"), indent=2))
print(ast.dump(ast.parse("a.b(c)"), annotate_fields=False))
print(ast.dump(ast.parse(b"x = b'\\xff'\n")))
print(ast.dump(ast.parse("# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n".encode("latin-1"))))
print(ast.dump(compile("x + 1", "<s>", "eval", ast.PyCF_ONLY_AST)))
