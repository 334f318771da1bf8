def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=7))
for call in ["f(a=1, b=2, c=3, e=5)", "f(1, 2, 3)", "f(1, 2, 3, 4, 5, e=1)", "f(1, b=2, c=3, e=4)"]:
    try:
        eval(call)
    except TypeError as ex:
        print(ex)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(a=1, /, b=2, *args, c, **kw): return a, b, args, c, kw
print(h(c=0), h(9, 8, 7, 6, c=5, z=4))
def only_kw(*, x): return x
print(only_kw(x=1))
def only_pos(x, /): return x
print(only_pos(2))
import inspect
print(inspect.signature(f), inspect.signature(h))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(h.__code__.co_varnames, h.__defaults__, h.__kwdefaults__)
print(f.__kwdefaults__)
lam = lambda a, /, b, *, c: (a, b, c)
print(lam(1, 2, c=3), lam.__code__.co_posonlyargcount)
for src in ["def f(a, /, b, /): pass", "def f(/): pass", "def f(*, /): pass", "def f(*): pass",
            "def f(*, **k): pass", "def f(a=1, b): pass", "def f(a, *, b, c=1, d): pass",
            "def f(**k, a): pass", "def f(*a, *b): pass", "lambda /: 0", "lambda *: 0",
            "def f(a, /, a): pass", "def f(a, *, a): pass", "def f(a=1, /, b): pass",
            "def f(*a=1): pass", "def f(**k=1): pass", "lambda a, *, b=1, c: 0", "def f(a, **k, **j): pass",
            "def f(a, /, *, b): pass", "def f(*, a, /): pass"]:
    try:
        compile(src, "<p>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.offset, e.end_offset)
