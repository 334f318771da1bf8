l0 = lambda: 0
l1 = lambda a, b=2: (a, b)
l2 = lambda *a, **k: (a, k)
l3 = lambda a, /, b, *, c=3, **k: (a, b, c, k)
l4 = lambda *, k: k
l5 = lambda a, *rest: (a, rest)
print(l0(), l1(1), l1(1, 3), l2(1, 2, x=3), l3(1, 2, d=4), l4(k=5), l5(1, 2, 3))
print(l0.__name__, l1.__defaults__, l3.__kwdefaults__, l3.__code__.co_varnames)
print((lambda x: (lambda y: x + y))(10)(5))
print((lambda: (yield))().__class__.__name__)
print(list((lambda: (yield from range(3)))()))
print(sorted([3, 1, 2], key=lambda v: -v))
print((lambda x=lambda: 7: x())())
print((lambda *a: a)(*range(3)))
print((lambda a, b, /: a - b)(5, 3))
print((lambda: 0 if True else 1)())
f = lambda: (1,
             2)
print(f())
print([(lambda: i)() for i in range(3)])
print([f() for f in [lambda: i for i in range(3)]])
print((lambda a=1, *, b=2: a + b)(b=10))
print(l1.__qualname__, (lambda: 0).__code__.co_name)
for src in ["lambda a, a: 0", "lambda a=1, b: 0", "lambda (a): 0", "lambda: yield", "lambda x: (yield)",
            "lambda *a, *b: 0", "lambda **k, a: 0", "lambda x=: 0", "lambda: x = 1", "lambda a: a = 1",
            "lambda: return 1", "lambda a: *a", "lambda: await x"]:
    try:
        compile(src, "<l>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.offset, e.end_offset)
