# __await__ lookups and awaitable objects
import types
class Aw:
    def __init__(self, v): self.v = v
    def __await__(self):
        print("await", self.v)
        return iter([])   # finishes immediately with None
class Aw2:
    def __await__(self):
        yield "suspend"
        return "aw2 value"

async def f():
    x = await Aw(1)
    y = await Aw2()
    return x, y

c = f()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# a generator is not awaitable unless decorated
def plain():
    yield
async def g():
    await plain()
try:
    g().send(None)
except TypeError as e:
    print(e)

# coroutine repr/qualname
async def named():
    pass
n = named()
print(n.__name__, n.__qualname__, repr(n).startswith("<coroutine object named at"))
n.close()

# await inside expressions
class Val:
    def __init__(self, v): self.v = v
    def __await__(self):
        return self.v
        yield
async def expr():
    return (await Val(1)) + (await Val(2)) * 10, [await Val(i) for i in range(3)]
try:
    expr().send(None)
except StopIteration as e:
    print(e.value)

# inspect helpers
import inspect
print(inspect.iscoroutinefunction(named), inspect.iscoroutine(n), inspect.isawaitable(Aw2()))
async def chk():
    pass
cc = chk()
print(inspect.getcoroutinestate(cc))
try:
    cc.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(cc))
