# async generators driven by hand: asend/athrow/aclose
import types

@types.coroutine
def suspend(v):
    return (yield v)

async def agen():
    try:
        x = yield 1
        print("agen got", x)
        await suspend("inner-suspend")
        yield 2
    finally:
        print("agen finally")

def run(aw):
    """Drive an awaitable to completion, answering suspensions with None."""
    it = aw.__await__()
    try:
        while True:
            v = it.send(None)
            print("  suspended with", v)
    except StopIteration as e:
        return e.value

a = agen()
print(type(a).__name__, a.ag_running, a.ag_code.co_name)
print(run(a.__anext__()))
print(run(a.asend("hello")))
try:
    run(a.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")

# athrow
async def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught %s" % e
a = catcher()
print(run(a.__anext__()))
print(run(a.athrow(ValueError("bad"))))
print(run(a.aclose()))

# aclose on a generator that yields in finally -> RuntimeError
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
run(s.__anext__())
try:
    run(s.aclose())
except RuntimeError as e:
    print("RuntimeError", e)

# return with value is a syntax error; plain return ends iteration
async def shortgen():
    yield "only"
    return
sg = shortgen()
print(run(sg.asend(None)))
try:
    run(sg.asend(None))
except StopAsyncIteration as e:
    print("done", e.args)

# StopAsyncIteration inside async gen -> RuntimeError
async def raises_sai():
    yield 1
    raise StopAsyncIteration
r = raises_sai()
run(r.__anext__())
try:
    run(r.__anext__())
except RuntimeError as e:
    print(e)
