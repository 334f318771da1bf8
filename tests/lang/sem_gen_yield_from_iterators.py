# generator and coroutine edge cases: throw/close/send corners, yield from plain iterators
import sys, types
# gen.throw with traceback argument
def g():
    yield 1
it = g(); next(it)
try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
try:
    it.throw(ValueError, ValueError("y"), tb)
except ValueError as e:
    print("throw3", e, e.__traceback__.tb_lineno)
# throw instance with a value
try:
    it = g(); next(it); it.throw(ValueError("a"), "b")
except TypeError as e:
    print(e)
# gi_yieldfrom for await
# generator that catches GeneratorExit and yields in close -> RuntimeError message
def ge():
    try:
        yield
    except GeneratorExit:
        yield 5
x = ge(); next(x)
try:
    x.close()
except RuntimeError as e:
    print(e)
# send into running generator from inside itself
def selfsend():
    yield me.send(None)
me = selfsend()
try:
    next(me)
except ValueError as e:
    print(e)
# coroutine wrapper
async def c(): return 1
co = c()
w = co.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("cw", e.value)
# coroutine cr_origin / cr_suspended?
async def cc(): pass
x = cc()
print(x.cr_running, x.cr_frame is not None)
x.close()
print(x.cr_frame)
# coroutine await itself
async def selfawait():
    await me2
me2 = selfawait()
try:
    me2.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
async def a(): return 5
# types.coroutine generator can yield from coroutine
@types.coroutine
def tc():
    r = yield from a()
    return r
try:
    tc().send(None)
except StopIteration as e:
    print("tc", e.value)
# gen.__next__ name and gi_code flags
print(g.__code__.co_flags & 0x20 != 0, c.__code__.co_flags & 0x80 != 0)
# generator returning with finally modifying return value
def gr():
    try:
        return 1
    finally:
        pass
    yield
try:
    next(gr())
except StopIteration as e:
    print("gr", e.value)
# StopIteration raised from __next__ of iterator inside yield from is not converted
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
def yf():
    r = yield from It()
    yield r
print(list(yf()))
# close generator in yield from of iterator with close method
class C2:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print("C2.close")
def yf2():
    yield from C2()
z = yf2(); next(z); z.close()
class T2:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a): print("T2.throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__); return "thrown-val"
def yf3():
    yield from T2()
z = yf3(); next(z); print(z.throw(KeyError))
print("done")
