# async comprehensions and generator expressions: scoping, errors, await in various positions
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def double(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    print([i async for i in agen(3)])
    print({i: i * i async for i in agen(3)})
    print({i async for i in agen(3) if i % 2 == 0})
    print([await double(i) for i in range(3)])
    print([await double(i) async for i in agen(3) if await double(i) > 0])
    print([[j async for j in agen(i)] async for i in agen(3)])
    g = (i * 10 async for i in agen(3))
    print(type(g).__name__, [x async for x in g])
    g2 = (await double(i) for i in range(2))
    print(type(g2).__name__, [x async for x in g2])
    # the async genexp is lazy; errors surface on iteration
    bad = (1 / i async for i in agen(2))
    try:
        [x async for x in bad]
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    # loop variables do not leak
    i = "kept"
    [i async for i in agen(2)]
    print(i)
    # async for over a sync iterable fails
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print("TypeError", e)
    try:
        [x for x in agen(1)]
    except TypeError as e:
        print("TypeError", e)
asyncio.run(main())
for src in ["[x async for x in y]", "def f():\n    return [x async for x in y]\n", "def f():\n    return [await x for x in y]\n",
            "async def f():\n    return [x async for x in y]\n", "async def f():\n    def g():\n        return [x async for x in y]\n",
            "async def f():\n    return lambda: [x async for x in y]\n", "async def f():\n    return (x async for x in y)\n",
            "def f():\n    return (x async for x in y)\n", "def f():\n    return (await x for x in y)\n",
            "async def f():\n    return [x for x in await y]\n", "def f():\n    return [x for x in await y]\n",
            "async def f():\n    class C:\n        z = [x async for x in y]\n", "async def f():\n    return {k: v async for k, v in y}\n",
            "async def f():\n    [x async for x in y async for z in x]\n", "async def f():\n    [x for x in y async for z in x]\n"]:
    try:
        compile(src, "<a>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno)
