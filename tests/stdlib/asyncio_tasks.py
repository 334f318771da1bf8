# asyncio: tasks, gather, sleep ordering, cancellation, exceptions in tasks,
# wait_for / timeout, wait, as_completed, TaskGroup; no timing in the output.
import asyncio

log = []


async def worker(name, delay, result):
    log.append(("start", name))
    await asyncio.sleep(delay)
    log.append(("end", name))
    return result


async def failing(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def forever(events):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        events.append("cancelled inside")
        raise
    finally:
        events.append("finally ran")


async def test_gather():
    r = await asyncio.gather(worker("a", 0.03, 1), worker("b", 0.01, 2), worker("c", 0.02, 3))
    print("gather", r)
    print("order", [n for k, n in log if k == "end"])
    r = await asyncio.gather(failing("boom"), worker("d", 0, 4), return_exceptions=True)
    print("gather exc", [type(x).__name__ if isinstance(x, BaseException) else x for x in r], str(r[0]))
    try:
        await asyncio.gather(failing("first"), worker("e", 0.01, 5))
    except ValueError as e:
        print("gather raised", e)


async def test_tasks():
    t = asyncio.create_task(worker("t", 0, "done"), name="my-task")
    print("task name", t.get_name(), t.done())
    print("awaited", await t, t.done(), t.result(), t.cancelled())
    t2 = asyncio.ensure_future(failing("in task"))
    try:
        await t2
    except ValueError as e:
        print("task exception", e, type(t2.exception()).__name__)
    print("current task is a Task", isinstance(asyncio.current_task(), asyncio.Task))
    print("all_tasks contains current", asyncio.current_task() in asyncio.all_tasks())
    events = []
    t3 = asyncio.create_task(forever(events))
    await asyncio.sleep(0)
    print("cancel()", t3.cancel())
    try:
        await t3
    except asyncio.CancelledError:
        print("caught CancelledError")
    print("cancelled", t3.cancelled(), events)
    t4 = asyncio.create_task(worker("t4", 0, 0))
    t4.cancel("stop now")
    try:
        await t4
    except asyncio.CancelledError as e:
        print("cancel message", e.args)
    done = []
    t5 = asyncio.create_task(worker("t5", 0, 5))
    t5.add_done_callback(lambda f: done.append(f.result()))
    await t5
    await asyncio.sleep(0)
    print("done callback", done)


async def test_timeouts():
    try:
        await asyncio.wait_for(asyncio.sleep(3600), 0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__, isinstance(e, TimeoutError))
    print("wait_for ok", await asyncio.wait_for(worker("w", 0, "fast"), 10))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(3600)
    except TimeoutError:
        print("timeout() raised TimeoutError")
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("timeout(None) expired", cm.expired())
    events = []
    t = asyncio.create_task(forever(events))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print("wait_for cancelled the task", t.cancelled(), events)
    slow = asyncio.create_task(worker("slow", 3600, None))
    fast = asyncio.create_task(worker("fast", 0, "f"))
    done, pending = await asyncio.wait({slow, fast}, return_when=asyncio.FIRST_COMPLETED)
    print("wait first", [t.result() for t in done], len(pending))
    slow.cancel()
    done, pending = await asyncio.wait({slow})
    print("wait all", len(done), len(pending), slow.cancelled())
    results = []
    for fut in asyncio.as_completed([worker("x", 0.02, "x"), worker("y", 0.001, "y")]):
        results.append(await fut)
    print("as_completed", results)
    print("shield", await asyncio.shield(worker("s", 0, "shielded")))


async def test_taskgroup():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(worker("g1", 0.01, 10))
        b = tg.create_task(worker("g2", 0, 20))
    print("taskgroup", a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing("tg-fail"))
            tg.create_task(asyncio.sleep(3600))
    except* ValueError as eg:
        print("taskgroup error", [str(e) for e in eg.exceptions])


async def main():
    await test_gather()
    await test_tasks()
    await test_timeouts()
    await test_taskgroup()
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from call_soon")
    print("future", await fut)
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_result, "from call_later")
    print("future", await fut2)
    return "main result"


print("run", asyncio.run(main()))
try:
    asyncio.run(failing("top level"))
except ValueError as e:
    print("run raised", e)
async def inner():
    c = asyncio.sleep(0)
    try:
        asyncio.run(c)
    finally:
        c.close()
coro = inner()
try:
    asyncio.run(coro)
except RuntimeError as e:
    print("nested run", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("bad run", e)
print("no running loop", end=" ")
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
