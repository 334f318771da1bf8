# driving coroutines by hand with send(None)
import types

class Future:
    def __init__(self, name):
        self.name = name
        self.result = None
    def __await__(self):
        v = yield self.name
        return (self.name, v)

async def inner(n):
    a = await Future("f%d" % n)
    return a

async def main():
    r1 = await inner(1)
    r2 = await inner(2)
    return [r1, r2]

c = main()
print(type(c).__name__, c.cr_code.co_name, c.cr_running, c.cr_await)
print(c.send(None))
print(type(c.cr_await).__name__)
print(c.send("v1"))
try:
    c.send("v2")
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame)

# a coroutine cannot be awaited twice / reused
async def simple():
    return 1
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print(e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(e)

# awaiting a non-awaitable
async def bad():
    await 5
b = bad()
try:
    b.send(None)
except TypeError as e:
    print(e)

# __await__ returning a non-iterator
class BadAwait:
    def __await__(self):
        return 1
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print(e)

# types.coroutine generator-based
@types.coroutine
def legacy():
    x = yield "legacy"
    return x * 2
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send(21)
except StopIteration as e:
    print(e.value)

# close and throw on coroutines
async def withfinally():
    try:
        await Future("x")
    finally:
        print("coro finally")
w = withfinally()
w.send(None)
w.close()
w = withfinally()
w.send(None)
try:
    w.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown back", e)
