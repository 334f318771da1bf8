# frame f_locals, generator/coroutine frames, and frame lifetime
import sys
def f():
    a = 1
    fr = sys._getframe()
    b = 2
    return fr.f_locals
print(sorted(f().items(), key=lambda kv: kv[0])[:2])

def g():
    x = 1
    yield sys._getframe().f_locals.copy()
    x = 2
    y = 3
    yield None
gen = g()
print(next(gen))
next(gen)
print(sorted(gen.gi_frame.f_locals.items()))

# f_back chain and f_code identity
def outer():
    return inner()
def inner():
    fr = sys._getframe()
    return fr.f_back.f_code is outer.__code__, fr.f_code is inner.__code__
print(outer())

# module frame
mf = sys._getframe()
print(mf.f_code.co_name, mf.f_locals is globals(), mf.f_back is None or mf.f_back.f_code.co_name)

# f_lineno tracks the current line
def lines():
    fr = sys._getframe()
    a = fr.f_lineno
    b = fr.f_lineno
    return b - a
print(lines())

# frame outlives its function (held by a traceback)
def fails():
    local_value = "kept"
    raise ValueError
try:
    fails()
except ValueError as e:
    tb = e.__traceback__.tb_next
print(tb.tb_frame.f_locals["local_value"], tb.tb_frame.f_code.co_name)

# frame of a finished generator
print(gen.gi_frame is not None)
list(gen)
print(gen.gi_frame)

# sys._getframe depth errors
try:
    sys._getframe(10**6)
except ValueError as e:
    print(e)
