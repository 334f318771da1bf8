# asyncio.run drives tasks, queues, gather, cancellation, timeouts and async generators
import asyncio
async def worker(name, n, q):
    for i in range(n):
        await asyncio.sleep(0)
        await q.put((name, i))
    return name
async def main():
    q = asyncio.Queue()
    res = await asyncio.gather(worker("a", 2, q), worker("b", 3, q))
    items = []
    while not q.empty():
        items.append(q.get_nowait())
    print(res, items)
    t = asyncio.create_task(asyncio.sleep(0, result="slept"))
    print(await t)
    async def fails():
        raise ValueError("task failed")
    try:
        await asyncio.create_task(fails())
    except ValueError as e:
        print("caught", e)
    async def slow():
        await asyncio.sleep(10)
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([x async for x in agen()])
    try:
        async with asyncio.timeout(5) if hasattr(asyncio, "timeout") else asyncio.Lock():
            pass
        print("ctx ok")
    except Exception as e:
        print("ctx", type(e).__name__)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    ev = asyncio.Event()
    async def setter():
        ev.set()
    await asyncio.gather(setter(), ev.wait())
    print("event", ev.is_set())
    return "main done"
print(asyncio.run(main()))
