def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5))
try:
    f(1, 2)
except TypeError as e:
    print(e)
def g(*args, key=None, **kw):
    return args, key, kw
print(g(1, 2, key="k", other=1))
def h(a, b=2, /, c=3, *, d, e=5):
    return a, b, c, d, e
print(h(1, d=4), h(1, 2, 3, d=4, e=6))
def only_kw(**kw):
    return sorted(kw)
print(only_kw(z=1, a=2))
def mixed(a, b, *args, c, **kwargs):
    return a, b, args, c, kwargs
print(mixed(1, 2, 3, 4, c=5, d=6))
print(f.__code__.co_kwonlyargcount, h.__code__.co_posonlyargcount, h.__code__.co_argcount)
