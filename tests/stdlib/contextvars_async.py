import asyncio, contextvars, threading
req = contextvars.ContextVar('req', default='none')
out = []
async def handler(n):
    req.set('r%d' % n)
    await asyncio.sleep(0)
    out.append((n, req.get()))
    await asyncio.sleep(0.001 * (3 - n))
    return req.get()
async def main():
    req.set('main')
    res = await asyncio.gather(*(handler(i) for i in range(3)))
    print(res, req.get())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ctx = contextvars.copy_context()
    ctx.run(req.set, 'in-ctx')
    loop.call_soon(lambda: fut.set_result(req.get()), context=ctx)
    print(await fut, req.get())
    t = asyncio.create_task(handler(7), context=ctx) if hasattr(asyncio, 'timeout') else None
    if t: print(await t, ctx[req])
asyncio.run(main())
print(sorted(out), req.get())
# threads start with an empty context
req.set('main-thread')
seen = []
def worker():
    seen.append(req.get())
    req.set('worker')
    seen.append(req.get())
th = threading.Thread(target=worker); th.start(); th.join()
print(seen, req.get())
ctx = contextvars.copy_context()
def in_thread():
    seen.append(ctx.run(req.get))
th = threading.Thread(target=in_thread); th.start(); th.join()
print(seen)
# many copies stay independent
vs = [contextvars.ContextVar('v%d' % i) for i in range(50)]
base = contextvars.copy_context()
for i, v in enumerate(vs): base.run(v.set, i)
copies = [base.copy() for _ in range(5)]
for i, c in enumerate(copies): c.run(vs[i].set, -i)
print([c[vs[i]] for i, c in enumerate(copies)], [base[vs[i]] for i in range(5)], len(base), base == base.copy(), copies[1] == base, copies[0] == base)
import gc; gc.collect()
print(sum(c[vs[10]] for c in copies))
