# lambda corner cases
f = lambda: None
print(f.__name__, f.__qualname__, f.__doc__, f(), f.__code__.co_name)
class C:
    m = lambda self: self.__class__.__name__
    s = staticmethod(lambda: "static lambda")
print(C().m(), C.s(), C.m.__qualname__)
def outer():
    return lambda: (lambda: "nested")
print(outer()()(), outer().__qualname__, outer()().__qualname__)
# lambda with all parameter kinds
g = lambda a, /, b, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(g(1, 2, 3, c=5, e=6), g.__code__.co_posonlyargcount, g.__code__.co_kwonlyargcount, g.__code__.co_flags & 0x0c)
# lambda body is a single expression: conditional, walrus (parenthesised), yield
h = lambda x: "big" if x > 5 else "small"
print(h(10), h(1))
w = lambda x: (y := x * 2) + y
print(w(3))
gen = lambda: (yield 1)
print(type(gen()).__name__, list(gen()))
# lambda in default argument and immediately invoked
print((lambda x=(lambda: 42): x())(), (lambda *a: a)(*range(3)))
# lambda cannot contain statements or annotations
for src in ["lambda: return 1", "lambda: x = 1", "lambda: pass", "lambda x: int: x", "lambda (x): x", "lambda x, x: 0",
            "lambda *: 0", "lambda **k, a: 0", "lambda: (yield from x)", "lambda: await x", "lambda: *a",
            "lambda: (*a,)", "lambda: del x", "lambda x=1, y: 0", "lambda: lambda: lambda: 1", "lambda *a, *b: 0",
            "lambda a, *, b=1, c: 0", "lambda: [x async for x in y]", "lambda x: x := 1"]:
    try:
        compile(src, "<l>", "eval")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
# lambda repr and recursion via a name
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(6), repr(fact).startswith("<function <lambda> at"))
# sorting and keys
data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), max(data, key=lambda t: t[0]))
# closures in lambdas capture variables not values
fs = {k: (lambda: k) for k in "xy"}
print({k: f() for k, f in fs.items()})
# lambda with a docstring-looking body is not a docstring
d = lambda: "not a docstring"
print(d.__doc__)
