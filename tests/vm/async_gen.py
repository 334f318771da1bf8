async def agen(n):
    for i in range(n):
        yield i
    print('agen done')

async def collect():
    out = []
    async for v in agen(3):
        out.append(v)
    return out

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(collect()))

async def comp():
    return [v * 2 async for v in agen(4)]
print(run(comp()))

async def manual():
    g = agen(2)
    print(await g.__anext__())
    print(await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration')

run(manual())

async def closing():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')

async def use_aclose():
    g = closing()
    print(await g.__anext__())
    await g.aclose()
    print('closed')
run(use_aclose())

async def catcher():
    try:
        yield 1
    except ValueError as e:
        print('caught in agen', e)
        yield 'handled'

async def use_athrow():
    g = catcher()
    print(await g.__anext__())
    print(await g.athrow(ValueError('bad')))
run(use_athrow())

g = agen(1)
print(type(g).__name__, g.__name__)
print(g.__aiter__() is g)
