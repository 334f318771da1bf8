# coroutine misuse: errors that do not depend on the machine
import types, warnings
warnings.simplefilter("ignore", RuntimeWarning)
async def coro():
    return "value"
def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
# iterating a coroutine directly
c = coro()
try:
    iter(c)
except TypeError as e:
    print("TypeError", e)
try:
    for _ in c: pass
except TypeError as e:
    print("TypeError", e)
try:
    list(c)
except TypeError as e:
    print("TypeError", e)
print(drive(c))
# reusing a finished coroutine
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
# awaiting a non-awaitable
async def bad_await(x):
    return await x
for v in [1, None, [1], "s", (lambda: 1)]:
    try:
        drive(bad_await(v))
    except TypeError as e:
        print("TypeError", e)
# __await__ returning a non-iterator
class BadAwait:
    def __await__(self): return 5
class CoroAwait:
    def __await__(self): return coro()
class GoodAwait:
    def __await__(self):
        yield "suspended"
        return "resumed"
for obj in [BadAwait(), CoroAwait()]:
    try:
        drive(bad_await(obj))
    except TypeError as e:
        print("TypeError", e)
g = bad_await(GoodAwait())
print(g.send(None))
print(drive(g))
# awaiting the same coroutine twice
async def twice():
    c = coro()
    a = await c
    try:
        await c
    except RuntimeError as e:
        return a, "RuntimeError " + str(e)
print(drive(twice()))
# a coroutine awaiting itself
async def selfish():
    await me
me = selfish()
try:
    drive(me)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
# close/throw on coroutines
c = coro()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def catches():
    try:
        await types.coroutine(lambda: (yield "waiting"))()
    except ValueError as e:
        return "caught %s" % e
c = catches()
print(c.send(None))
try:
    c.throw(ValueError("thrown in"))
except StopIteration as e:
    print("StopIteration", e.value)
# types.coroutine on a generator function makes it awaitable
@types.coroutine
def legacy():
    v = yield "legacy yielded"
    return v * 2
async def use_legacy():
    return await legacy()
u = use_legacy()
print(u.send(None))
print(drive_send := None or "") if False else None
try:
    u.send(21)
except StopIteration as e:
    print("legacy result", e.value)
# a plain generator is not awaitable
def plain():
    yield 1
async def await_plain():
    await plain()
try:
    drive(await_plain())
except TypeError as e:
    print("TypeError", e)
# coroutine attributes
c = coro()
print(c.cr_running, c.cr_await, c.cr_code.co_name, c.__name__, c.__qualname__, type(c.cr_frame).__name__)
print(drive(c), c.cr_frame)
import inspect
print(inspect.iscoroutine(c), inspect.iscoroutinefunction(coro), inspect.isawaitable(GoodAwait()))
# async with / async for on objects without the protocol
class NoAsyncCM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def use_cm():
    async with NoAsyncCM():
        pass
try:
    drive(use_cm())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
async def use_for():
    async for x in [1, 2]:
        pass
try:
    drive(use_for())
except TypeError as e:
    print("TypeError", e)
class BadAiter:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def use_bad():
    async for x in BadAiter():
        pass
try:
    drive(use_bad())
except TypeError as e:
    print("TypeError", e)
