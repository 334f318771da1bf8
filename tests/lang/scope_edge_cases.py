def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        y = x
    return x, C.y
print(f())
class D:
    global gD
    gD = 5
    vals = [1, 2]
    g = (v * 2 for v in vals)
print(gD, list(D.g))
def h():
    __class__ = "local"
    return __class__
print(h())
def k(a, *, b):
    def inner():
        return a, b
    return inner()
print(k(1, b=2))
def args_cells(*args, **kwargs):
    return (lambda: (args, kwargs))()
print(args_cells(1, x=2))
def posonly_cell(a, /, b):
    return (lambda: a + b)()
print(posonly_cell(1, 2))
x = 0
def gen_with_cell():
    y = 5
    def g():
        return y
    yield g()
    yield y
print(list(gen_with_cell()))
async def co_with_cell(z):
    return (lambda: z)()
c = co_with_cell(3)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    exec("def f():\n    class C:\n        nonlocal q\n")
except SyntaxError as e:
    print(e)
class E:
    def m(self):
        return [super().__class__ for _ in range(1)] if False else "ok"
print(E().m())
print([i for i in range(3) if i for j in range(i)])
lst = [1, 2, 3]
print(lst[1:] + lst[:-1], lst[::-1][0])
print(*(i for i in range(3)))
def dflt(a=[x for x in range(3)], b={k: k for k in "ab"}):
    return a, b
print(dflt())
t = 1,
print(t, (1, 2) + (3,), ())
def mutate():
    lst = []
    for i in range(3):
        lst += [lambda i=i: i]
    return [f() for f in lst]
print(mutate())
