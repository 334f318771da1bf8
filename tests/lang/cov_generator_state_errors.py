# generator states and errors: running, suspended, closed; gi_* attributes
import inspect
def gen():
    print("state inside:", inspect.getgeneratorstate(g))
    x = yield 1
    yield x
g = gen()
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_frame is not None, g.gi_frame.f_lasti if False else "")
print(next(g), inspect.getgeneratorstate(g))
print(g.send("sent"), inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("exhausted", inspect.getgeneratorstate(g), g.gi_frame)
# generator already executing
def self_next():
    yield next(s)
s = self_next()
try:
    next(s)
except ValueError as e:
    print("ValueError", e)
def self_send():
    yield s2.send(None)
s2 = self_send()
try:
    s2.send(None)
except ValueError as e:
    print("ValueError", e)
def self_throw():
    yield s3.throw(KeyError)
s3 = self_throw()
try:
    next(s3)
except ValueError as e:
    print("ValueError", e)
def self_close():
    yield s4.close()
s4 = self_close()
try:
    next(s4)
except ValueError as e:
    print("ValueError", e)
# generator attributes
def named():
    yield
n = named()
print(n.__name__, n.__qualname__, n.gi_code.co_name, n.gi_yieldfrom)
n.__name__ = "renamed"
print(n.__name__, named.__name__)
try:
    n.__name__ = 5
except TypeError as e:
    print("TypeError", e)
# a generator function's return value and StopIteration attributes
def ret():
    yield 1
    return [1, 2]
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)
def ret_none():
    return
    yield
try:
    next(ret_none())
except StopIteration as e:
    print(e.value, e.args)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
def ret_exc():
    return StopIteration("inner")
    yield
try:
    next(ret_exc())
except StopIteration as e:
    print(repr(e.value), e.args)
# yield inside try/finally with return in finally swallows the close
def fin():
    try:
        yield 1
    finally:
        return "from finally"
f = fin()
next(f)
print(f.close())
try:
    f2 = fin(); next(f2); f2.throw(ValueError("x"))
except StopIteration as e:
    print("StopIteration", e.value)
# generator expressions keep a reference to their iterator; gi_frame.f_locals
ge = (i * 2 for i in range(3))
print(next(ge), sorted(ge.gi_frame.f_locals))
# send to a generator that just finished yields StopIteration again
def one():
    yield 1
o = one()
next(o)
for _ in range(2):
    try:
        o.send(None)
    except StopIteration:
        print("StopIteration")
