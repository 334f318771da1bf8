# Generators that become garbage while suspended in try/finally or a with
# block are closed when collected.  CPython closes them at once through
# reference counting; kiln when the collector finds them: collection is made
# explicit here (step).  kiln scans stacks conservatively, so a stale copy of
# a generator (an old call argument) can keep it one collection longer: the
# statements below keep generators out of deep value-stack slots.
import gc, sys


def step(label):
    gc.collect()
    list(map(lambda x: x, range(3)))
    gc.collect()
    print(label)


def tf(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)


g = tf('plain')
v = next(g)
print(v)
del g
step('after plain')


class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print('enter', self.n)
        return self

    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
        return False


def withgen():
    with CM('w'):
        yield 'in with'
    print('not reached')


g = withgen()
v = next(g)
print(v)
del g
step('after with')


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('caught GeneratorExit')
        raise


g = catcher()
v = next(g)
del g
step('after catcher')


# a generator in a reference cycle: it holds a list that holds it
def cyc(holder):
    try:
        yield 'cycle'
    finally:
        print('finally in cycle', len(holder))


holder = []
g = cyc(holder)
holder += [g]
v = next(g)
print(v)
del g, holder
step('after cycle')


# a generator not started, or finished, runs nothing
def nothing():
    try:
        yield 1
    finally:
        print('finally of a started one only')


g = nothing()
del g
h = nothing()
v = list(h)
del h
step('after unstarted/finished')


# a suspended generator outside any try block: close() runs nothing visible
def noblock():
    yield 1
    print('never printed')


g = noblock()
v = next(g)
del g
step('after noblock')


# yield from a generator that has a finally
def inner():
    try:
        yield 'inner'
    finally:
        print('inner finally')


def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')


g = outer()
v = next(g)
print(v)
del g
step('after nested')


# a finally that yields again: RuntimeError reported to sys.unraisablehook
def stubborn():
    try:
        yield 1
    finally:
        yield 2


def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, u.err_msg,
          type(u.object).__name__, u.object.__name__, type(u).__name__)


sys.unraisablehook = hook
g = stubborn()
v = next(g)
del g
step('after stubborn')


# the finally raises: reported too
def raiser():
    try:
        yield 1
    finally:
        raise ValueError('from finally')


g = raiser()
v = next(g)
del g
step('after raiser')
sys.unraisablehook = sys.__unraisablehook__

# finalized once only: an explicit close() first
g = tf('closed')
v = next(g)
g.close()
del g
step('after explicit close')

# finalizing does not disturb the exception being handled
g = tf('in except')
v = next(g)
try:
    raise KeyError('k')
except KeyError:
    del g
    step('collected')
    print('handling', repr(sys.exc_info()[1]))

# generator expressions over a with block's resource
def lines():
    with CM('genexpr'):
        yield from range(3)


ge = (x * 2 for x in lines())
v = next(ge)
print(v)
del ge
step('after genexpr')
print('end')
