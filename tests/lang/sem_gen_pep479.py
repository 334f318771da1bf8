# PEP 479: StopIteration raised inside a generator becomes RuntimeError
def g():
    yield 1
    raise StopIteration("inner")
it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__.args, e.__suppress_context__)

def h():
    yield next(iter([]))
try:
    list(h())
except RuntimeError as e:
    print(e)

# StopIteration subclass too
class MyStop(StopIteration): pass
def k():
    raise MyStop
    yield
try:
    next(k())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

# return in a generator is StopIteration(value)
def r():
    yield 1
    return "done"
it = r(); next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)

# returning a tuple / StopIteration instance as value
def rt():
    return (1, 2)
    yield
try:
    next(rt())
except StopIteration as e:
    print(e.value, e.args)
def rs():
    return StopIteration(3)
    yield
try:
    next(rs())
except StopIteration as e:
    print(type(e.value).__name__, e.value.args)

# generator expressions too
try:
    list(next(iter([])) for _ in range(1))
except RuntimeError as e:
    print("genexpr:", e)

# a StopIteration caught inside the generator is fine
def ok():
    try:
        next(iter([]))
    except StopIteration:
        yield "handled"
print(list(ok()))
