# async for / async with protocols, driven without an event loop
class AIter:
    def __init__(self, n):
        self.i = 0; self.n = n
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return self.suppress

async def main():
    async for x in AIter(3):
        print("item", x)
    else:
        print("for-else")
    async with ACM("a") as v, ACM("b") as w:
        print("inside", v, w)
    async with ACM("s", suppress=True):
        raise KeyError("swallowed")
    print("after suppress")
    try:
        async with ACM("n"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", e)
    out = [x async for x in AIter(2)]
    print(out)
    return "main done"

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))

# errors: async for over a non-async-iterable, async with over a sync CM
async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(e)

class SyncCM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def bad_with():
    async with SyncCM():
        pass
try:
    run(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 1
async def bad_anext():
    async for x in BadAnext():
        pass
try:
    run(bad_anext())
except TypeError as e:
    print(e)
