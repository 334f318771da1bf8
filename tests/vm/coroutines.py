
async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y

c = main()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)

class Future:
    def __init__(self):
        self.result = None
    def __await__(self):
        v = yield self
        return v

async def waiter():
    f = Future()
    got = await f
    print('waiter got', got)
    got2 = await Future()
    return got + got2

w = waiter()
fut = w.send(None)
print(type(fut).__name__)
fut2 = w.send(5)
try:
    w.send(7)
except StopIteration as e:
    print('final', e.value)

try:
    w.send(None)
except RuntimeError as e:
    print(e)

async def bad_await():
    await 1
try:
    bad_await().send(None)
except TypeError as e:
    print(e)

async def thrower():
    try:
        await Future()
    except ValueError as e:
        print('coroutine caught', e)
        return 'recovered'
t = thrower()
t.send(None)
try:
    t.throw(ValueError('x'))
except StopIteration as e:
    print(e.value)

async def closeme():
    try:
        await Future()
    finally:
        print('closing coroutine')
cm = closeme()
cm.send(None)
cm.close()
print(cm.cr_frame, cm.cr_running)

# __await__ wrapper
aw = add(2, 3).__await__()
try:
    next(aw)
except StopIteration as e:
    print('wrapper', e.value)

# async with
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'res'
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        return True

async def uses_with():
    async with ACM() as r:
        print('inside', r)
    async with ACM():
        raise KeyError('swallowed')
    return 'ok'
try:
    uses_with().send(None)
except StopIteration as e:
    print(e.value)

def legacy():
    v = yield 'legacy-yield'
    return v
legacy.__code__ = legacy.__code__.replace(co_flags=legacy.__code__.co_flags | 0x100)
async def use_legacy():
    return await legacy()
u = use_legacy()
print(u.send(None))
try:
    u.send('sent')
except StopIteration as e:
    print(e.value)

async def already():
    pass
co = already()
async def twice():
    await co
try:
    twice().send(None)
except StopIteration:
    print('first await ok')
try:
    twice().send(None)
except RuntimeError as e:
    print(e)
