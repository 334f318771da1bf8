# Coroutines and async generators collected while suspended: a coroutine
# never awaited warns "coroutine '...' was never awaited" (RuntimeWarning),
# a suspended one is closed, an async generator goes to the finalizer hook
# of sys.set_asyncgen_hooks (asyncio's loop.shutdown_asyncgens uses it).
import gc, sys, types, warnings


def step(label):
    gc.collect()
    list(map(lambda x: x, range(3)))
    gc.collect()
    print(label)


async def never():
    print('never runs')


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    c = never()
    del c
    step('after never awaited')
    for m in w:
        print(m.category.__name__, m.message)


@types.coroutine
def suspend():
    yield 'suspended'


async def body():
    try:
        await suspend()
    finally:
        print('coroutine finally')


c = body()
v = c.send(None)
print(v)
del c
step('after suspended coroutine')

# a closed coroutine does not warn
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    c = never()
    c.close()
    del c
    step('after closed coroutine')
    print(len(w))

# -W error turns the warning into an exception: reported as unraisable
def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, type(u.object).__name__)


sys.unraisablehook = hook
with warnings.catch_warnings():
    warnings.simplefilter('error')
    c = never()
    del c
    step('after never awaited, error')
sys.unraisablehook = sys.__unraisablehook__


async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print('agen finally', name)


def first(ag):
    try:
        ag.__anext__().send(None)
    except StopIteration as e:
        print('first value', e.value)


# the finalizer hook receives the async generator
found = []


def finalizer(ag):
    print('finalizer called for', ag.__name__)
    found.append(ag)


old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(finalizer=finalizer)
ag = agen('hooked')
first(ag)
del ag
step('after hooked agen')
sys.set_asyncgen_hooks(*old)
# the hook may close it (as asyncio does, with aclose())
ag = found.pop()
try:
    ag.aclose().send(None)
except StopIteration:
    print('aclosed')
del ag
step('after aclose')

# without a hook, a suspended async generator is closed
ag = agen('unhooked')
first(ag)
del ag
step('after unhooked agen')
print('end')
