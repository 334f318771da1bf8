# exceptions travelling through await chains keep their context and tracebacks
import types
@types.coroutine
def pause():
    yield "paused"

async def leaf():
    await pause()
    raise ValueError("leaf failed")

async def middle():
    try:
        await leaf()
    except ValueError as e:
        raise KeyError("middle") from e

async def top():
    try:
        await middle()
    except KeyError as e:
        return repr(e), repr(e.__cause__), e.__suppress_context__

c = top()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# traceback through await contains each coroutine frame
async def a():
    await b()
async def b():
    await pause()
    1 / 0
c = a()
c.send(None)
try:
    c.send(None)
except ZeroDivisionError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

# throw into awaiting coroutine reaches the innermost frame
async def deep():
    try:
        await pause()
    except RuntimeError as e:
        return "deep caught " + str(e)
async def wrapper():
    return await deep()
w = wrapper()
w.send(None)
try:
    w.throw(RuntimeError("thrown"))
except StopIteration as e:
    print(e.value)
