# Calls: positional, keyword, defaults, *args, **kwargs, kw-only, pos-only.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, f=7))
print(f(a=1, c=2))
print(f(*[1, 2, 3], **{'c': 9, 'z': 0}))
print(f(1, *(2, 3), *[4], c=1, **{'d': 5}, **{'q': 6}))

def g(x, y, /, z=0, *, w=1):
    return x, y, z, w
print(g(1, 2), g(1, 2, 3), g(1, 2, z=5, w=6))

def h(**kw):
    return kw
print(h(x=1, **{'y': 2}))
print(h())

def va(*a):
    return a
print(va(), va(1), va(*range(5)))

def kwonly(*, a, b=2):
    return a + b
print(kwonly(a=1), kwonly(b=5, a=1))

def posonly_kw(a, /, **kw):
    return a, kw
print(posonly_kw(1, a=2))

# recursion through Python calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))

# nested calls as arguments
def add(a, b): return a + b
print(add(add(1, 2), add(add(3, 4), 5)))

# lambdas and default evaluation time
x = 10
k = lambda y, z=x: y + z
x = 20
print(k(1), k(1, 2))

# calling through methods and builtins
class A:
    def m(self, *a, **k):
        return (type(self).__name__, a, sorted(k))
    @staticmethod
    def s(v): return v * 2
    @classmethod
    def c(cls, v): return cls.__name__, v
a = A()
print(a.m(1, 2, x=3), A.m(a, 4), a.s(3), A.s(4), a.c(1), A.c(2))
m = a.m
print(m(), m(*[1], **{'y': 1}))
print(list(map(add, [1, 2], [3, 4])))
print(sorted([3, 1, 2], key=lambda v: -v))
print(max([1, 5, 2], key=lambda v: v % 5))
# functions returning functions
def outer(n):
    def inner(m):
        return n * m
    return inner
print(outer(3)(4), [outer(i)(2) for i in range(4)])
# many arguments
def many(a, b, c, d, e, f, g, h, i, j):
    return a + b + c + d + e + f + g + h + i + j
print(many(*range(10)), many(1, 2, 3, 4, 5, 6, 7, 8, 9, j=10))
# keyword argument order in **kw
def order(**kw): return list(kw)
print(order(b=1, a=2, c=3))
