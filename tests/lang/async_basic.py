class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("suspend", self.v)
        return got
async def add(a, b):
    x = await Awaitable(a)
    y = await Awaitable(b)
    return x + y
def run(coro):
    sent = None
    try:
        while True:
            req = coro.send(sent)
            print("request", req)
            sent = req[1] * 10
    except StopIteration as e:
        return e.value
print(run(add(1, 2)))
async def inner():
    return "inner"
async def outer():
    r = await inner()
    return r + "+outer"
print(run(outer()))
c = inner()
print(type(c).__name__, c.__qualname__)
c.close()
async def raises():
    raise ValueError("in coro")
try:
    run(raises())
except ValueError as e:
    print("ValueError", e)
async def agen():
    for i in range(3):
        yield i
async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out
print(run(consume()))
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "ctx"
    async def __aexit__(self, *a):
        print("aexit", a[0])
        return False
async def use_acm():
    async with ACM() as v:
        print("inside", v)
    return "ok"
print(run(use_acm()))
async def comp():
    return [v async for v in agen()], [await Awaitable(i) for i in range(2)]
print(run(comp()))
