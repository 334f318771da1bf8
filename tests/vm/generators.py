def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.args)

def ret():
    yield 1
    return 42
g = ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def echo():
    received = None
    while True:
        received = yield received
        if received == 'q':
            return 'done'
e = echo()
print(e.send(None), e.send(1), e.send('x'))
try:
    e.send('q')
except StopIteration as s:
    print(s.value)

g = echo()
try:
    g.send(1)
except TypeError as err:
    print(err)

def inner():
    x = yield 1
    print('inner got', x)
    y = yield 2
    print('inner got', y)
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 3
o = outer()
print(next(o))
print(o.send('a'))
print(o.send('b'))
print(list(o))

def yf_list():
    yield from [1, 2, 3]
    yield from range(2)
    yield from (c for c in "ab")
print(list(yf_list()))

# generator expressions, closures
n = 3
print(sum(x * n for x in range(4)))
print(list((i, j) for i in range(2) for j in range(i + 1)))

# states and attributes
def st():
    yield 1
g = st()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.__name__, g.__qualname__)
next(g)
print(g.gi_frame.f_lineno)
list(g)
print(g.gi_frame)

def running():
    yield g2.gi_running
g2 = running()
print(next(g2))

def self_next():
    yield next(g3)
g3 = self_next()
try:
    next(g3)
except ValueError as err:
    print(err)

# PEP 479
def bad():
    yield 1
    raise StopIteration('x')
try:
    list(bad())
except RuntimeError as err:
    print(err, type(err.__cause__).__name__)

def nested_stop():
    next(iter([]))
    yield 1
try:
    list(nested_stop())
except RuntimeError as err:
    print(err)

# generator in a for loop with break keeps state
def inf():
    i = 0
    while True:
        yield i
        i += 1
it = inf()
for v in it:
    if v == 3:
        break
print(next(it))

# exceptions inside generators and handled state
import sys
def exc_gen():
    try:
        raise ValueError('v')
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
eg = exc_gen()
print(next(eg))
print(sys.exc_info()[0])
try:
    raise KeyError('k')
except KeyError:
    print(next(eg))
    print(sys.exc_info()[0].__name__)
print(next(eg))

# yield inside try/finally
def fin():
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')
f = fin()
print(next(f))
f.close()
print(list(fin()))
def gen_with_return_value_in_yield_from():
    v = yield from ret()
    yield v
print(list(gen_with_return_value_in_yield_from()))
print(type(count(1)).__name__, repr(count(1)).startswith('<generator object count at'))
