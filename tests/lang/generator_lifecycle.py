def g():
    print("start")
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit requested")
        raise
    finally:
        print("finally")
it = g()
print("created")
print(next(it))
it.close()
print("closed")
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"
c = counter(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print("stop value", e.value)
try:
    next(c)
except StopIteration as e:
    print("again", e.value)
def gen_in_class():
    class K:
        def __iter__(self):
            yield from range(3)
    return list(K())
print(gen_in_class())
def yield_expr_values():
    x = yield
    y = yield x
    yield (x, y)
g2 = yield_expr_values()
next(g2)
print(g2.send(1), g2.send(2))
def loop_with_yield_in_try():
    for i in range(3):
        try:
            yield i
        finally:
            print("f", i)
print(list(loop_with_yield_in_try()))
