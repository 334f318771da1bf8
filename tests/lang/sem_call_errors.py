# argument binding errors and their messages
def f(a, b, /, c, *, d, e=5):
    pass
calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, d=4, zz=1),
    lambda: f(1, 2, 3, c=3, d=4),
    lambda: f(1, 2, 3, d=4, **{"e": 1, "d": 2}),
]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)

def g(x, y=1, *args, **kw): return x, y, args, kw
print(g(1, 2, 3, z=4), g(x=1), g(1, **{"y": 5}))
try:
    g(1, x=2)
except TypeError as e:
    print(e)
try:
    g()
except TypeError as e:
    print(e)
def h(): pass
try:
    h(1)
except TypeError as e:
    print(e)
try:
    h(k=1)
except TypeError as e:
    print(e)
def many(a, b, c): pass
try:
    many(1)
except TypeError as e:
    print(e)
def kwonly(*, a, b): pass
try:
    kwonly()
except TypeError as e:
    print(e)
try:
    kwonly(1, a=1, b=2)
except TypeError as e:
    print(e)
class K:
    def m(self, a): pass
try:
    K().m()
except TypeError as e:
    print(e)
try:
    K().m(1, 2)
except TypeError as e:
    print(e)
try:
    K.m()
except TypeError as e:
    print(e)
# positional-only names may also appear in **kwargs
def po(a, /, **kw): return a, kw
print(po(1, a=2))
# lambda and nested function names in messages
lam = lambda q: q
try:
    lam()
except TypeError as e:
    print(e)
def outer():
    def inner(p): pass
    return inner
try:
    outer()()
except TypeError as e:
    print(e)
