# call errors for positional-only, keyword-only and mixed parameters
def po(a, b, /, c): return (a, b, c)
def ko(a, *, b, c=3): return (a, b, c)
def mix(a, /, b, *, c): return (a, b, c)
def va(a, *args, b, **kw): return (a, args, b, kw)
def none(): pass
def defaults(a, b=2, /, c=3, *, d, e=5): return (a, b, c, d, e)
class K:
    def m(self, x, /, *, y): return (x, y)
calls = [
    (po, (1, 2, 3), {}),
    (po, (1,), {"b": 2, "c": 3}),
    (po, (1, 2), {"a": 1, "c": 3}),
    (po, (1, 2), {}),
    (po, (), {}),
    (po, (1, 2, 3, 4), {}),
    (ko, (1, 2), {}),
    (ko, (1,), {}),
    (ko, (1,), {"b": 2, "d": 4}),
    (ko, (), {"b": 1}),
    (ko, (1, 2, 3), {"b": 1}),
    (mix, (1, 2), {}),
    (mix, (1,), {"b": 2, "c": 3}),
    (mix, (), {"a": 1, "b": 2, "c": 3}),
    (mix, (1, 2, 3), {}),
    (va, (1,), {}),
    (va, (1, 2, 3), {"b": 4, "z": 5}),
    (va, (), {"b": 1}),
    (none, (1,), {}),
    (none, (), {"x": 1}),
    (none, (1, 2), {}),
    (defaults, (1,), {}),
    (defaults, (1,), {"d": 4}),
    (defaults, (1, 2, 3, 4), {"d": 4}),
    (defaults, (1,), {"b": 2, "d": 4}),
    (defaults, (), {"d": 4}),
    (K().m, (1,), {}),
    (K().m, (1, 2), {"y": 3}),
    (K().m, (), {"x": 1, "y": 2}),
    (K.m, (), {}),
    (po, (1, 2), {"c": 3, "d": 4}),
    (ko, (1,), {"b": 2, "c": 3, "a": 1}),
    (lambda x, y: 0, (1,), {}),
    (lambda *, x, y, z: 0, (), {}),
    (lambda a, b, c, d: 0, (1,), {}),
    (lambda a, b=1: 0, (1, 2, 3), {}),
    (lambda a, b=1, *, c: 0, (1, 2, 3), {}),
    (lambda a, b=1, *, c: 0, (1, 2, 3, 4), {"c": 1}),
    (lambda a, b=1, *, c: 0, (1,), {"c": 1, "b": 2, "e": 1}),
]
for f, a, k in calls:
    try:
        print(f(*a, **k))
    except TypeError as e:
        print("TypeError:", e)
# keyword names that are not identifiers, and duplicate **
try:
    po(1, 2, **{"c": 3, "not an id": 4})
except TypeError as e:
    print("TypeError:", e)
try:
    ko(1, b=2, **{"b": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    ko(1, **{1: 2})
except TypeError as e:
    print("TypeError:", e)
# compile-time errors
for src in ["def f(a, a): pass", "def f(a, /, a): pass", "def f(*, a, a=1): pass", "def f(a=1, b): pass",
            "def f(a=1, /, b): pass", "def f(*): pass", "def f(*, **k): pass", "def f(/, a): pass",
            "def f(a, /, /): pass", "def f(**k, a): pass", "def f(*a, *b): pass", "def f(a, *, /): pass",
            "lambda a, a: 0", "lambda *: 0", "def f(**k=1): pass", "def f(*a=1): pass", "f(a=1, a=2)",
            "f(x for x in y, 1)", "f(1, x for x in y)", "f(a for a in b for)", "f(a, =1)",
            "def f(a, *, b, **c, d): pass", "def f(**a, **b): pass", "f(a for a in b)", "def f(a, /, *b, /): pass",
            "def f(a, /, b, /): pass", "lambda /, a: 0", "def f(/): pass", "def f(*, /): pass"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg, e.offset)
