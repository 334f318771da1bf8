# async generator edge cases: unstarted athrow/aclose, running checks, ag_await
import types
@types.coroutine
def suspend():
    yield "s"

def run(aw, answers=()):
    it = aw.__await__() if hasattr(aw, "__await__") else aw
    answers = list(answers)
    try:
        v = it.send(None)
        while True:
            print("  yielded out:", v)
            v = it.send(answers.pop(0) if answers else None)
    except StopIteration as e:
        return e.value

async def ag():
    try:
        yield 1
        await suspend()
        yield 2
    finally:
        print("ag finally")

a = ag()
# aclose on a never-started async generator does nothing
print(run(a.aclose()))
print(a.ag_frame)
try:
    run(a.__anext__())
except StopAsyncIteration:
    print("closed before start")

# athrow on a never-started async generator raises at once
b = ag()
try:
    run(b.athrow(ValueError("early")))
except ValueError as e:
    print("early athrow:", e)

# ag_await while suspended inside an await
c = ag()
print(run(c.__anext__()))
nx = c.__anext__()
it = nx.__await__()
print(it.send(None))
print(type(c.ag_await).__name__, c.ag_running)
try:
    run(c.__anext__())
except RuntimeError as e:
    print(e)
try:
    it.send(None)
except StopIteration as e:
    print("second item", e.value)
print(run(c.aclose()))

# awaitables from asend can't be reused
d = ag()
aw = d.asend(None)
print(run(aw))
try:
    run(aw)
except RuntimeError as e:
    print(e)
run(d.aclose())

# async generator with return only; yield inside try/except GeneratorExit
async def ignores():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
e = ignores()
run(e.__anext__())
print(run(e.aclose()))

# hooks and introspection
import inspect
print(inspect.isasyncgen(e), inspect.isasyncgenfunction(ignores), e.__name__, e.__qualname__)
print(repr(e).startswith("<async_generator object ignores at"))
