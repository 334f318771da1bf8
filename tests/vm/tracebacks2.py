import sys
def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
def g():
    try:
        yield 1
    except KeyError:
        raise ValueError('converted')
it = g()
next(it)
try:
    it.throw(KeyError('k'))
except ValueError as e:
    print(lines(e.__traceback__), repr(e.__context__))

def inner():
    yield 1
    1 / 0
def outer():
    yield from inner()
try:
    list(outer())
except ZeroDivisionError as e:
    print(lines(e.__traceback__))

class A:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(list(A()), [x for x in A()])
for x in A():
    print(x, end=' ')
print()

# exception handled state restored after a generator yields inside except
def exc_yield():
    try:
        raise KeyError('inner')
    except KeyError:
        yield sys.exc_info()[1]
try:
    raise ValueError('outer')
except ValueError:
    e = exc_yield()
    print(repr(next(e)), repr(sys.exc_info()[1]))
print(sys.exc_info())

# finally runs when a generator is garbage-collected? (explicit close)
def fin():
    try:
        yield
    finally:
        print('gen closed')
f = fin(); next(f); f.close()

# with statement exit receives traceback
class TB:
    def __enter__(self): pass
    def __exit__(self, t, v, tb):
        print('exit tb', tb is not None and tb.tb_frame.f_code.co_name)
        return True
def in_with():
    with TB():
        raise ValueError
in_with()

# nested functions raising through several frames
def l1(): l2()
def l2(): l3()
def l3(): raise RuntimeError('x')
try:
    l1()
except RuntimeError as e:
    print(lines(e.__traceback__))

# raise in except with from None
try:
    try:
        {}[1]
    except KeyError:
        raise AttributeError('a') from None
except AttributeError as e:
    print(e.__suppress_context__, repr(e.__context__), e.__cause__)

# coroutine throw chain
class Fut:
    def __await__(self):
        return (yield 'fut')
async def c1():
    try:
        return await Fut()
    except ValueError as e:
        return 'c1 caught ' + str(e)
async def c2():
    return await c1()
c = c2()
print(c.send(None))
try:
    c.throw(ValueError('thrown'))
except StopIteration as s:
    print(s.value)

print(sys._getframe().f_lineno, sys._getframe(0).f_code.co_filename.endswith('edge2.py'))
def fl():
    return sys._getframe(1).f_lineno
print(fl())
def caller_locals():
    v = 42
    return callee()
def callee():
    return sys._getframe(1).f_locals['v']
print(caller_locals())
