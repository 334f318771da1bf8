# async with: __aenter__/__aexit__ protocol, suppression, errors, ordering with multiple items
import asyncio
log = []
class ACM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    async def __aenter__(self):
        log.append("enter " + self.name)
        await asyncio.sleep(0)
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        await asyncio.sleep(0)
        return self.suppress
async def main():
    async with ACM("a") as a, ACM("b") as b:
        log.append("body %s %s" % (a, b))
    print(log); log.clear()
    async with ACM("s", suppress=True):
        raise ValueError("suppressed")
    print(log); log.clear()
    try:
        async with ACM("x"), ACM("y", fail_enter=True), ACM("z"):
            pass
    except RuntimeError as e:
        print("RuntimeError", e, log); log.clear()
    try:
        async with ACM("r"):
            return_value = "set"
            raise KeyError("k")
    except KeyError as e:
        print("KeyError", e, log); log.clear()
    for i in range(3):
        async with ACM(str(i)):
            if i == 1:
                break
    print(log); log.clear()
    # objects without the async protocol
    class SyncOnly:
        def __enter__(self): return self
        def __exit__(self, *a): pass
    try:
        async with SyncOnly():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    class BadEnter:
        def __aenter__(self): return 5
        async def __aexit__(self, *a): pass
    try:
        async with BadEnter():
            pass
    except TypeError as e:
        print("TypeError", e)
    class BadExit:
        async def __aenter__(self): return self
        def __aexit__(self, *a): return 5
    try:
        async with BadExit():
            pass
    except TypeError as e:
        print("TypeError", e)
    # async with inside an async generator
    async def agen():
        async with ACM("in-gen"):
            yield 1
            yield 2
    async for v in agen():
        log.append("got %d" % v)
    print(log); log.clear()
    # contextlib.asynccontextmanager
    import contextlib
    @contextlib.asynccontextmanager
    async def managed():
        log.append("setup")
        try:
            yield "resource"
        finally:
            log.append("teardown")
    async with managed() as res:
        log.append(res)
    print(log)
asyncio.run(main())
