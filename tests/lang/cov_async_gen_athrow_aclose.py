# async generators: asend/athrow/aclose driven by hand
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        x = yield 1
        print("agen got", x)
        yield 2
    except ValueError as e:
        print("agen caught", e)
        yield "after catch"
    finally:
        print("agen finally")
async def main():
    a = agen()
    print(await a.asend(None))
    print(await a.asend("sent"))
    print(await a.athrow(ValueError("thrown")))
    try:
        await a.asend(None)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    a2 = agen()
    print(await a2.__anext__())
    await a2.aclose()
    await a2.aclose()
    try:
        await a2.__anext__()
    except StopAsyncIteration:
        print("closed: StopAsyncIteration")
    a3 = agen()
    try:
        await a3.athrow(KeyError("unstarted"))
    except KeyError as e:
        print("KeyError", e)
    a4 = agen()
    await a4.asend(None)
    try:
        await a4.athrow(KeyError("uncaught"))
    except KeyError as e:
        print("KeyError", e)
    return "done"
print(run(main()))
# aclose when the generator yields during cleanup
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
async def m2():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
run(m2())
# async generator that raises StopAsyncIteration/StopIteration inside
async def bad1():
    yield 1
    raise StopAsyncIteration
async def bad2():
    yield 1
    raise StopIteration
async def m3():
    for f in (bad1, bad2):
        try:
            async for v in f():
                print("value", v)
        except RuntimeError as e:
            print(f.__name__, "RuntimeError", e)
run(m3())
# asend on a not-started generator with a non-None value
async def m4():
    a = agen()
    try:
        await a.asend(5)
    except TypeError as e:
        print("TypeError", e)
run(m4())
# awaiting the same asend object twice
async def m5():
    a = agen()
    aw = a.asend(None)
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError", e)
    await a.aclose()
run(m5())
# return with a value is a syntax error in async generators; yield from too
for src in ["async def f():\n    yield 1\n    return 2\n", "async def f():\n    yield from x\n",
            "async def f():\n    yield 1\n    return\n", "def f():\n    await x\n", "async def f():\n    x = [(yield) for i in y]\n",
            "async def f():\n    return [i async for i in y]\n", "def f():\n    return [i async for i in y]\n",
            "def f():\n    return (i async for i in y)\n", "async def f():\n    async with a as b, c: pass\n",
            "def f():\n    async with a: pass\n", "def f():\n    async for a in b: pass\n", "async def f():\n    await = 1\n"]:
    try:
        compile(src, "<a>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
# ag_ attributes
async def named():
    yield
n = named()
print(n.__name__, n.__qualname__, n.ag_running, n.ag_await, type(n.ag_frame).__name__, n.ag_code.co_name)
import inspect
print(inspect.isasyncgen(n), inspect.isasyncgenfunction(named))
run(n.aclose())
