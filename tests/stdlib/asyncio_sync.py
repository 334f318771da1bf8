# asyncio: queues, events, locks, conditions, semaphores, barriers; async
# generators (aclose, asyncgen hooks, shutdown_asyncgens), async with/for.
import asyncio
import sys


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return
        out.append(item * 10)


async def test_queues():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print("queue", out, q.empty(), q.qsize())
    await q.join()
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]:
        pq.put_nowait(x)
    print("priority", [pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print("lifo", [await lq.get() for _ in range(3)])
    try:
        asyncio.Queue(1).get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", full.full())


async def test_events_locks():
    ev = asyncio.Event()
    seen = []

    async def waiter(i):
        await ev.wait()
        seen.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("event before", ev.is_set(), seen)
    ev.set()
    await asyncio.gather(*tasks)
    print("event after", sorted(seen))

    lock = asyncio.Lock()
    trace = []

    async def critical(name):
        async with lock:
            trace.append(name + "+")
            await asyncio.sleep(0)
            trace.append(name + "-")

    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print("lock", trace, lock.locked())

    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("semaphore peak", max(peak))
    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print("bounded", e)

    cond = asyncio.Condition()
    box = []

    async def cwait():
        async with cond:
            await cond.wait_for(lambda: box)
            return box[0]

    t = asyncio.create_task(cwait())
    await asyncio.sleep(0)
    async with cond:
        box.append("item")
        cond.notify_all()
    print("condition", await t)

    barrier = asyncio.Barrier(3)
    arrived = []

    async def party(i):
        pos = await barrier.wait()
        arrived.append(i)
        return pos

    positions = await asyncio.gather(*(party(i) for i in range(3)))
    print("barrier", sorted(positions), sorted(arrived))


async def ticker(n, log):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append("ticker cleanup")


class AsyncRange:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Resource:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True


kept = []


async def test_asyncgen():
    log = []
    print("async for", [x async for x in ticker(3, log)], log)
    g = ticker(10, log)
    async for x in g:
        if x == 2:
            break
    await g.aclose()
    print("aclose", log)
    print("anext", await anext(ticker(5, []), None), await anext(AsyncRange(0), "default"))
    print("async iterator class", [x async for x in AsyncRange(3)])
    async with Resource():
        raise KeyError("swallowed")
    first = []
    old = sys.get_asyncgen_hooks()
    print("hooks installed by the loop", old.firstiter is not None, old.finalizer is not None)
    loop_hooks = []
    sys.set_asyncgen_hooks(firstiter=lambda agen: loop_hooks.append(agen.__name__))
    try:
        await anext(ticker(1, []))
    finally:
        sys.set_asyncgen_hooks(*old)
    print("firstiter saw", loop_hooks)
    # left suspended: asyncio.run's shutdown_asyncgens closes it
    g2 = ticker(10, first)
    kept.append((g2, first))
    await anext(g2)
    print("suspended, not yet closed", first)


async def main():
    await test_queues()
    await test_events_locks()
    await test_asyncgen()


print("hooks before", sys.get_asyncgen_hooks())
asyncio.run(main())
print("after run", kept[0][1], kept[0][0].ag_frame is None)
print("hooks after", sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=42)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(finalizer="x")
except TypeError as e:
    print(e)
print("is_finalizing", sys.is_finalizing())
