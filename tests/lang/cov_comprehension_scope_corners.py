# comprehension scoping corners
class C:
    xs = [1, 2, 3]
    # the first iterable is evaluated in the class scope
    doubled = [x * 2 for x in xs]
    try:
        bad = [x + y for x in xs for y in xs]
    except NameError as e:
        err1 = str(e)
    try:
        bad2 = [xs for _ in range(1)]
    except NameError as e:
        err2 = str(e)
    n = 3
    pairs = {i: i for i in range(n)}
print(C.doubled, C.err1, C.err2, C.pairs)

# the loop variable does not leak
x = "outer"
r = [x for x in range(3)]
print(x, r)
# walrus binds in the containing scope
r = [y := v * 2 for v in range(3)]
print(y, r)
def f():
    [last := i for i in range(4)]
    return last
print(f())
def g():
    total = 0
    vals = [total := total + v for v in range(5)]
    return total, vals
print(g())

# walrus inside a nested comprehension binds in the function
def h():
    res = [[(z := a * b) for b in range(3)] for a in range(3)]
    return z, res
print(h())

# comprehension in a class body with walrus is a SyntaxError
for src in [
    "class A:\n    [z := 1 for i in range(2)]\n",
    "[i := 0 for i in range(3)]",
    "[j for i in range(3) for j in (i := [1])]",
    "[x for x in (y := [1, 2])]",
    "def f():\n    [(lambda: (w := 1)) for q in []]\n",
    "[i for i in range(3) if (j := i) for j in range(2)]",
    "{a: b for a, (b := 3) in []}",
    "[(x := 1) for x in [2]]",
]:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)

# nested comprehensions: inner can see outer loop variables
print([[i * j for j in range(i)] for i in range(4)])
print({(i, j) for i in range(3) for j in range(i) if (i + j) % 2})
print(dict((k, [v for v in range(k)]) for k in range(3)))
# comprehension inside a function sees enclosing locals (closure)
def outer(k):
    return [lambda: k + i for i in range(2)]
print([fn() for fn in outer(10)])
# generator expression evaluates its first iterable immediately
def src():
    print("src called")
    return [1, 2]
ge = (v for v in src())
print("before iteration")
print(list(ge))
# errors in the first iterable happen at creation
try:
    (v for v in 5)
except TypeError as e:
    print("TypeError", e)
# comprehension variables appear in nested function closures
def cl():
    return [(lambda: n) for n in range(3)]
print([fn() for fn in cl()])
# class-level names visible in first iterable only, even when nested
class D:
    rows = 2
    grid = [[0] * 3 for _ in range(rows)]
print(D.grid)
# comprehension in a method sees the method's locals, not the class's
class E:
    val = "class"
    def m(self):
        val = "method"
        return [val for _ in range(1)]
print(E().m())
# __class__ and super() inside comprehension in a method
class F(E):
    def m(self):
        try:
            return [super().m()[0] + "!" for _ in range(1)]
        except TypeError as e:
            return "TypeError: %s" % e, [__class__.__name__ for _ in "a"], [super(F, self).m() for _ in "a"]
print(F().m())
