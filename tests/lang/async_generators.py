def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i * 10
    print("agen done")
async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    g = agen(2)
    out.append(await g.__anext__())
    out.append(await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("stop")
    return out
print(run(main()))
async def with_try():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def main2():
    async for v in with_try():
        print("got", v)
    return "ok"
print(run(main2()))
async def comp():
    return [x async for x in agen(3) if x], {x: 1 async for x in agen(2)}
print(run(comp()))
print(type(agen(1)).__name__)
