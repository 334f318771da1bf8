# Coroutines and async generators collected while suspended: a coroutine
# never awaited warns "coroutine '...' was never awaited" (RuntimeWarning),
# a suspended one is closed, an async generator goes to the finalizer hook
# of sys.set_asyncgen_hooks (asyncio's loop.shutdown_asyncgens uses it).
# As in gen_final_basic.py, each case runs in an interpreter loop of its own
# and the collection is explicit.
import gc, sys, types, warnings


def run(case):
    list(map(lambda f: f(), [case]))
    gc.collect()
    list(map(lambda x: x, range(3)))
    gc.collect()
    print('after', case.__name__)


async def never():
    print('never runs')


def never_awaited():
    c = never()


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    run(never_awaited)
    for m in w:
        print(m.category.__name__, m.message, type(m.source).__name__)
del w, m


@types.coroutine
def suspend():
    yield 'suspended'


async def body():
    try:
        await suspend()
    finally:
        print('coroutine finally')


def suspended():
    c = body()
    print(c.send(None))


run(suspended)


# a closed coroutine does not warn
def closed():
    c = never()
    c.close()


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    run(closed)
    print(len(w))


# an error filter turns the warning into an exception: reported as unraisable
def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, type(u.object).__name__)


sys.unraisablehook = hook
with warnings.catch_warnings():
    warnings.simplefilter('error')
    run(never_awaited)
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


def hooked():
    first(agen('hooked'))


old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(finalizer=finalizer)
run(hooked)
sys.set_asyncgen_hooks(*old)


# the hook may close it (as asyncio does, with aclose())
def aclose():
    ag = found.pop()
    try:
        ag.aclose().send(None)
    except StopIteration:
        print('aclosed')


run(aclose)


# without a hook, a suspended async generator is closed
def unhooked():
    first(agen('unhooked'))


run(unhooked)
print('end')
