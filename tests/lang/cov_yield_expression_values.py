# yield as an expression in many positions
def g():
    a = yield
    b = (yield a) + 1
    c = [(yield b), (yield "list item")]
    d = {"k": (yield "dict value")}
    e = f"{(yield 'in fstring')}"
    f = (yield "lhs") + (yield "rhs")
    g_ = yield from iter([(yield "gen arg")])
    h = yield "before return"
    return a, b, c, d, e, f, g_, h
it = g()
print(next(it))
vals = [1, 10, "x", "y", "dv", "fs", 3, 4, "ga", None, "h-value"]
out = []
try:
    for v in vals:
        out.append(it.send(v))
except StopIteration as ex:
    print(out)
    print(ex.value)
# sending a value into yield from over a plain iterator fails
def plain():
    yield from iter([1, 2])
p = plain()
next(p)
try:
    p.send("value")
except AttributeError as e:
    print("AttributeError", e)
# yield in call arguments and conditions
def h():
    print("arg", (yield 1), (yield 2))
    if (yield 3):
        print("true branch")
    while (yield 4):
        print("loop body")
    return "end"
it = h()
r = [next(it)]
for v in ["A", "B", True, True, False]:
    try:
        r.append(it.send(v))
    except StopIteration as ex:
        r.append(ex.value)
print(r)
# yield in lambda and in comprehension iterable
lg = lambda: (yield 7)
print(list(lg()))
def comp():
    return [x for x in (yield "iterable?")]
it = comp()
print(next(it))
try:
    it.send([1, 2])
except StopIteration as ex:
    print(ex.value)
# yield precedence: yield binds loosely
def prec():
    x = yield 1, 2
    y = yield - 1
    z = yield not True
    return x, y, z
it = prec()
print(next(it), it.send("a"), it.send("b"))
try:
    it.send("c")
except StopIteration as ex:
    print(ex.value)
# yield in except, finally, with blocks
class CM:
    def __enter__(self): return "cm"
    def __exit__(self, *a): print("cm exit"); return False
def blocks():
    try:
        raise ValueError("v")
    except ValueError as e:
        yield "in except: %s" % e
    finally:
        yield "in finally"
    with CM() as c:
        yield "in with: " + c
print(list(blocks()))
# yield from various iterables and its value
def yf():
    r1 = yield from [1, 2]
    r2 = yield from range(2)
    r3 = yield from (i for i in "ab")
    r4 = yield from iter({})
    return r1, r2, r3, r4
it = yf()
print(list(it))
def ret_gen():
    yield 0
    return "inner result"
def delegator():
    result = yield from ret_gen()
    yield result
print(list(delegator()))
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print("TypeError", e)
