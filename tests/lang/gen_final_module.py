# The pattern of CPython's own tests, at module level: drop the last
# reference to a suspended generator, collect, and its finally has run.
import gc, sys


def tf(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)


g = tf('next')
next(g)
del g
gc.collect()
print('after next')

g = tf('print')
print(next(g))
del g
gc.collect()
print('after print')

g = tf('send')
g.send(None)
g = None
gc.collect()
print('after rebinding')

# in a reference cycle with a list
g = tf('cycle')
box = [g, next(g)]
box.append(box)
del g, box
gc.collect()
print('after cycle')

# a generator in a dict entry, then the dict dropped
d = {'g': tf('dict')}
print(next(d['g']))
d.clear()
gc.collect(generation=2)
print('after dict')

# a coroutine never awaited, warned once collected
import warnings


async def coro():
    pass


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    c = coro()
    del c
    gc.collect()
    print([str(m.message) for m in w], [m.category.__name__ for m in w])
print('end')
