# asyncio finalizes async generators dropped while suspended: the loop's
# finalizer hook schedules their aclose(); asyncio.run() closes the ones still
# alive at the end (loop.shutdown_asyncgens).
import asyncio, gc


def step():
    gc.collect()
    list(map(lambda x: x, range(3)))
    gc.collect()


async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print('agen cleanup', name)


async def dropped():
    g = agen('dropped')
    v = await g.__anext__()
    print('got', v)
    del g


async def main():
    await dropped()
    step()
    print('collected')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('slept')
    kept = agen('kept')
    v = await kept.__anext__()
    print('got', v)
    main.kept = kept
    print('main end')


asyncio.run(main())
print('after run')
