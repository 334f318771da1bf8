# CPython's argument-binding error messages.
def f(a, b): pass
def g(a, b=1, *, x, y, z=3): pass
def h(): pass
def k(a, b, c, d): pass
def p(a, b, /, c): pass
def one(a): pass
class A:
    def m(self, x): pass

def t(fn, *a, **kw):
    try:
        fn(*a, **kw)
    except TypeError as e:
        print(e)

t(f, 1, 2, 3)
t(f, 1)
t(f)
t(f, 1, 2, c=3)
t(f, 1, a=2)
t(g)
t(g, 1, 2, 3)
t(g, 1, 2, 3, x=1)
t(g, 1)
t(g, 1, x=1)
t(g, 1, x=1, y=2, q=2)
t(h, 1)
t(h, 1, 2)
t(h, x=1)
t(k)
t(k, 1, 2)
t(p, a=1, b=2, c=3)
t(p, 1, b=2, c=3)
t(one, 1, 2)
t(one)
t(A().m)
t(A().m, 1, 2)
t(A.m)
try:
    f(*1)
except TypeError as e:
    print(e)
try:
    f(**1)
except TypeError as e:
    print(e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
t(f, 1, **{'b': 2, 'a': 3})
t(lambda: 0, 1)
try:
    f(1, 2, **{1: 2})
except TypeError as e:
    print(e)
