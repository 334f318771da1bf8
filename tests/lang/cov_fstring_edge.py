# f-string edge cases
x, y = 3.14159, "hi"
print(f"{x=}", f"{x = }", f"{x=:.2f}", f"{x = :>10.3f}|", f"{y=!r}", f"{y=!s}", f"{y=!a}")
print(f"{'é'!a}", f"{'é'!r}", f"{'é'!s}", f"{chr(0x20ac)!a:>10}|")
print(f"{{}}", f"{{{x}}}", f"{{x}}", f"a{{b{1}c}}d")
print(f'{"nested"}', f"{'single'}", f'''{"""triple"""}''', f"""{'a' "b"}""")
print(f"{'a' if x else 'b'}", f"{(lambda: 5)()}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }")
print(f"{x:{10}.{3}}|", f"{y:{'>'}{8}}|", f"{42:{'x'}}", f"{255:#0{10}x}")
w = 8
print(f"{'pad':^{w}}|", f"{12345:,}", f"{1234567.891:_.2f}", f"{0.5:%}", f"{-3:+}", f"{3: }")
print(f"{x!r:>12}|", f"{y!r:^8}|")
print(f"{3 + 4 = }", f"{y.upper()=}", f"{len(y)*2=}")
print(f"{x=!r:^20}|")
for src in ["f'{\\'x\\'}'", "f'{#}'", "f'{x#}'", "f'{x!r:{y!r}}'"]:
    try:
        compile(src, "<f>", "eval")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
print(f"{1:{''}}", f"{'':>{0}}|")
# format with __format__ and errors
class F:
    def __format__(self, spec):
        return "F<%s>" % spec
print(f"{F()}", f"{F():abc}", f"{F():{'x'}{'y'}}", f"{F()!s:q}" if False else f"{F():!}")
for src in ["f'{}'", "f'{ }'", "f'{!r}'", "f'{x!}'", "f'{x!z}'", "f'{x'", "f'}'", "f'{'", "f'{x:{y:{z}}}'",
            "f'{a b}'", "f'{=}'", "f'{x=!}'", "f'{lambda x: 1}'", "f'{yield}'", "f'{*a}'", "f'{x!r=}'"]:
    try:
        compile(src, "<f>", "eval")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
# runtime errors
for expr in ["f'{1:abc}'", "f'{\"s\":d}'", "f'{1:{2}{3}x}'", "f'{object():x}'", "f'{None:>5}'"]:
    try:
        print(eval(expr))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# conversions applied before format spec
class R:
    def __repr__(self): return "R()"
    def __str__(self): return "str-R"
    def __format__(self, spec): return "fmt-R" + spec
print(f"{R()}", f"{R()!r}", f"{R()!s}", f"{R():x}", f"{R()!r:>6}")
# evaluation order and side effects
order = []
def v(n):
    order.append(n)
    return n
s = f"{v(1)}{v(2):{v(3)}}{v(4)!r}"
print(s, order)
# adjacency with regular strings and bytes errors
print("a" f"{1}" "b" f"{2}")
try:
    compile("b'x' f'y'", "<f>", "eval")
except SyntaxError as e:
    print(e.msg)
print(rf"\n{1}", fr"\t{2}", Rf"{3}\x", f"\N{BULLET}{4}")
print(f"""{'multi'
       'line'}""")
print(f"{x:.{2}f}{y}")
print(f"{ x = }")
