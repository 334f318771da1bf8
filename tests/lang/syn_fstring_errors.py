errs = ["f'{}'", "f'{ }'", "f'{'", "f'}'", "f'{x'", "f'{x!}'", "f'{x!z}'", "f'{x!r'", "f'{x:'",
        "f'{x=!}'", "f'{!r}'", "f'{=}'", "f'{:}'", "f'{x!r=}'", "f'{lambda x: 1}'", "f'{yield}'",
        "f'{a b}'", "f'{*x}'", "f'{**x}'", "f'{x:{y:{z}}}'", "f'{x:{{y}}}'", "f'{#}'", "f'{x#}'",
        "f'{\\'a\\'}'", "f'{\"a\"}'", "f'{x)}'", "f'{(x}'", "f'{[x}'", "f'{x]}'", "f'{x:{y}'",
        "f'''{\n}'''", "f'{x:\\n}'", "f'{a := 1}'", "f'{(a := 1)}'", "f'{x!r :}'", "f'{x!s!r}'",
        "f'{}}'", "f'{{}'", "f'a}b'", "f'{import os}'", "f'{x=!r:^10}'"]
for src in errs:
    try:
        r = eval(compile(src, "<f>", "eval"), {"x": 1, "y": 2, "z": 3, "a": 0})
        print("ok", repr(src), repr(r))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
    except Exception as e:
        print(repr(src), "->", type(e).__name__, e)
