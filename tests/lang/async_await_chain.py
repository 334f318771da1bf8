class suspend:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        r = yield self.v
        return r
async def level3(x):
    got = await suspend(("l3", x))
    return got + 1
async def level2(x):
    return await level3(x) * 2
async def level1():
    a = await level2(1)
    b = await level2(a)
    return a, b
coro = level1()
val = None
try:
    while True:
        req = coro.send(val)
        print("yielded", req)
        val = req[1] * 100
except StopIteration as e:
    print("result", e.value)
async def raiser():
    await suspend("x")
    raise KeyError("k")
async def catcher():
    try:
        await raiser()
    except KeyError as e:
        return "caught " + repr(e)
c = catcher()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def noawait():
    return 7
try:
    noawait().send(None)
except StopIteration as e:
    print("immediate", e.value)
