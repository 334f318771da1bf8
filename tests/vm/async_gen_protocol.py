class Sleep:
    def __await__(self):
        v = yield 'sleeping'
        return v
def run(coro):
    sent = None
    trace = []
    while True:
        try:
            y = coro.send(sent)
        except StopIteration as e:
            return e.value, trace
        trace.append(y)
        sent = len(trace)

async def ticker(n):
    for i in range(n):
        got = await Sleep()
        yield i, got

async def main():
    out = []
    async for v in ticker(3):
        out.append(v)
    return out
print(run(main()))

async def agen_finally():
    try:
        yield 1
        await Sleep()
        yield 2
    finally:
        await Sleep()
        print('async finally done')

async def early_close():
    g = agen_finally()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted after aclose')
    return 'ok'
print(run(early_close()))

async def bad_agen():
    yield 1
    raise ValueError('agen error')
async def consume_bad():
    try:
        async for v in bad_agen():
            print('v', v)
    except ValueError as e:
        return 'caught ' + str(e)
print(run(consume_bad()))

async def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def close_ignorer():
    g = ignore_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)
print(run(close_ignorer()))

async def athrow_through():
    try:
        yield 1
    except KeyError:
        yield 'recovered'
async def do_athrow():
    g = athrow_through()
    await g.__anext__()
    r = await g.athrow(KeyError)
    try:
        await g.athrow(ValueError('v'))
    except ValueError as e:
        return r, str(e)
print(run(do_athrow()))

async def gen_with_return_none():
    yield 1
    return
async def collect():
    return [x async for x in gen_with_return_none()]
print(run(collect()))

async def asend_values():
    x = yield 'first'
    y = yield x * 2
    yield y
async def use_asend():
    g = asend_values()
    a = await g.asend(None)
    b = await g.asend(5)
    c = await g.asend('z')
    return a, b, c
print(run(use_asend()))

c = main()
try:
    c.send(1)
except TypeError as e:
    print(e)
c.close()
async def aw(): return await Sleep()
x = aw()
x.send(None)
try:
    aw2 = x.__await__()
    print(type(aw2).__name__)
finally:
    x.close()
