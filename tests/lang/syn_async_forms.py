# async syntax forms compiled and driven by hand (no event loop)
import types

class AIter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i

class ACM:
    def __init__(self, name, log): self.name = name; self.log = log
    async def __aenter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()
    async def __aexit__(self, *exc):
        self.log.append("exit " + self.name + " " + str(exc[0].__name__ if exc[0] else None))
        return False

@types.coroutine
def suspend(v):
    got = yield v
    return got

def run(coro):
    res = None
    try:
        while True:
            y = coro.send(res)
            res = ("resumed", y)
    except StopIteration as e:
        return e.value

async def simple():
    return 1

async def uses_await():
    a = await simple()
    b = await suspend("s1")
    return a, b

print(run(uses_await()))

async def loops():
    out = []
    async for x in AIter(3):
        out.append(x)
    else:
        out.append("else")
    async for x in AIter(5):
        if x == 2: continue
        if x == 4: break
        out.append(x * 10)
    else:
        out.append("not reached")
    return out
print(run(loops()))

async def withs():
    log = []
    async with ACM("a", log) as a, ACM("b", log) as b:
        log.append(a + b)
    async with (ACM("c", log) as c,
                ACM("d", log)):
        log.append(c)
    async with ACM("e", log):
        pass
    try:
        async with ACM("f", log):
            raise KeyError
    except KeyError:
        log.append("caught")
    return log
print(run(withs()))

async def comps():
    l = [x async for x in AIter(4)]
    s = {x % 2 async for x in AIter(4)}
    d = {x: x * x async for x in AIter(3) if x != 2}
    w = [await simple() for _ in range(2)]
    g = (x async for x in AIter(2))
    gl = [y async for y in g]
    return l, sorted(s), d, w, gl
print(run(comps()))

async def agen():
    yield 1
    x = yield 2
    await simple()
    yield x

async def use_agen():
    out = []
    async for v in agen():
        out.append(v)
    return out
print(run(use_agen()))

# async lambda is not a thing; await inside lambda in async def is a SyntaxError
for src in ["async def f():\n    lambda: await x\n",
            "async def f():\n    def g(): await x\n",
            "def f():\n    [x async for x in y]\n",
            "async def f():\n    yield from x\n",
            "async def f():\n    async with a as b, c as d: pass\n    async for i in j: pass\n    await z\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)

c = simple(); print(type(c).__name__); c.close()
print(simple.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0)
# 'async' and 'await' are keywords
import keyword
print(keyword.iskeyword("async"), keyword.iskeyword("await"))
for src in ["async = 1", "await = 1", "def async(): pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.offset)
