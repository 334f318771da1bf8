# Generators that become garbage while suspended in try/finally or a with
# block are closed when collected.  CPython closes them at once through
# reference counting; kiln when the collector finds them: collection is made
# explicit here (run).  kiln scans the C stack conservatively: each case runs
# in an interpreter loop of its own (called from C) so that no stale copy of
# its generator stays in a live C frame.
import gc, sys


def run(case):
    list(map(lambda f: f(), [case]))
    gc.collect()
    list(map(lambda x: x, range(3)))
    gc.collect()
    print('after', case.__name__)


def tf(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)


def plain():
    g = tf('plain')
    print(next(g))


run(plain)


# del and an explicit collection in the same function
def deleted():
    g = tf('deleted')
    next(g)
    del g
    gc.collect()
    print('collected in deleted')


run(deleted)


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


def with_block():
    g = withgen()
    print(next(g))


run(with_block)


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('caught GeneratorExit')
        raise


def catch_exit():
    next(catcher())


run(catch_exit)


# a generator in a reference cycle: it holds a list that holds it
def cyc(holder):
    try:
        yield 'cycle'
    finally:
        print('finally in cycle', len(holder))


def cycle():
    holder = []
    g = cyc(holder)
    holder.append(g)
    print(next(g))


run(cycle)


# a generator not started, or finished, runs nothing
def nothing():
    try:
        yield 1
    finally:
        print('finally of a started one only')


def unstarted_finished():
    g = nothing()
    print(list(nothing()))


run(unstarted_finished)


# a suspended generator outside any try block: close() runs nothing visible
def noblock():
    yield 1
    print('never printed')


def no_block():
    next(noblock())


run(no_block)


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


def nested():
    g = outer()
    print(next(g))


run(nested)


# a finally that yields again: RuntimeError reported to sys.unraisablehook
def stubborn():
    try:
        yield 1
    finally:
        yield 2


def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, u.err_msg,
          type(u.object).__name__, u.object.__name__, type(u).__name__)


def ignored_exit():
    next(stubborn())


sys.unraisablehook = hook
run(ignored_exit)


# the finally raises: reported too
def raiser():
    try:
        yield 1
    finally:
        raise ValueError('from finally')


def raising_finally():
    next(raiser())


run(raising_finally)
sys.unraisablehook = sys.__unraisablehook__


# finalized once only: an explicit close() first
def closed():
    g = tf('closed')
    next(g)
    g.close()


run(closed)


# finalizing does not disturb the exception being handled
def in_except():
    next(tf('in except'))


try:
    raise KeyError('k')
except KeyError:
    run(in_except)
    print('handling', repr(sys.exc_info()[1]))


# generator expressions over a with block's resource
def lines():
    with CM('genexpr'):
        yield from range(3)


def genexpr():
    ge = (x * 2 for x in lines())
    print(next(ge))


run(genexpr)
print('end')
