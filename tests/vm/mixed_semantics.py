def tree(n):
    if n == 0:
        yield 'leaf'
        return
    yield from tree(n - 1)
    yield n
    yield from tree(n - 1)
print(list(tree(3)))

def gen_finally():
    for i in range(5):
        try:
            if i == 3:
                return
            yield i
        finally:
            print('fin', i)
print(list(gen_finally()))

class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError('from exit')
try:
    with CM():
        raise ValueError('body')
except KeyError as e:
    print('exit error', repr(e), repr(e.__context__))

print(sorted([3, 1, 2], reverse=True), 'a-b'.split(sep='-'), dict(a=1, **{'b': 2}))
print(int('10', base=2), str.split('a b'), list.__len__([1, 2]))
args = ([1, 2],)
print(len(*args), max(*[1, 5, 3]), list.count(*([1, 1, 2], 1)))

class K:
    def __init__(self, a, b=2, **kw):
        self.t = (a, b, kw)
print(K(1).t, K(1, b=3, c=4).t, K(*[5], **{'z': 1}).t)

def gen_args(*a, **k):
    yield a
    yield k
print(list(gen_args(1, 2, x=3)))

def counter():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def gen():
        nonlocal total
        while total < 10:
            yield add(3)
    return list(gen())
print(counter())

fs = []
for i in range(3):
    def f(i=i):
        return i
    fs.append(f)
print([f() for f in fs])

def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())

class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class Sub(Base, flag=True):
    pass

def kwonly_default(*, a=[]):
    a.append(1)
    return len(a)
print(kwonly_default(), kwonly_default())

x = [i for i in range(3) if i for j in range(i)]
print(x, {k: v for k, v in zip('ab', range(2))}, sorted({c for c in 'aab'}))
print((lambda *a, **k: (a, k))(1, b=2))

def exc_in_gen_close():
    try:
        yield 1
    finally:
        raise ValueError('in finally')
g = exc_in_gen_close()
next(g)
try:
    g.close()
except ValueError as e:
    print('close raised', e)

def swallow():
    try:
        yield
    except Exception:
        pass
s = swallow(); next(s)
try:
    s.throw(ValueError)
except StopIteration:
    print('throw -> StopIteration')

try:
    def bad(): return bad2()
    bad()
except NameError as e:
    print(e)

a = 5
def shadow():
    a = a + 1 if False else 3
    return a
print(shadow())
print([*range(3), *'ab'], (*range(2),), {**{'a': 1}, 'b': 2})
def ret_tuple():
    return 1, 2
a, b = ret_tuple()
(c, d), e = (3, 4), 5
print(a, b, c, d, e)
first, *rest = 'hello'
print(first, rest)
i = 0
while True:
    i += 1
    if i > 5: break
else:
    print('no')
print(i)
for x in []:
    pass
else:
    print('for else')
print(1 < 2 < 3, 1 < 3 < 2, 'a' in 'abc', 3 not in [1, 2], None is None)
print(not 0, -(-3), ~5, +2, 2 ** 10, 7 // -2, -7 % 3, 2 ** -1, 10 / 4, 1 << 70, (1 << 70) >> 69)
print(f"{1 + 1} {'x'!r} {3.14159:.2f} {'a':>3}|")
print(0.1 + 0.2, 1.5 * 2, 3.0 - 1, 1 / 3 == 1 / 3.0, 2.5 < 3, 1.0 == 1)
