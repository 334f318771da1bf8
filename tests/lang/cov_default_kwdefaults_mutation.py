# __defaults__ / __kwdefaults__ and their mutation
def f(a, b=2, *, c=3, d):
    return a, b, c, d
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount,
      f.__code__.co_posonlyargcount)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30, "d": 40}
print(f(1))
f.__defaults__ = (10, 20)
print(f(d=4))
f.__defaults__ = None
try:
    f(1, d=4)
except TypeError as e:
    print("TypeError", e)
f.__kwdefaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print("TypeError", e)
for bad in [[1], "s", 5]:
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    f.__kwdefaults__ = [("c", 1)]
except TypeError as e:
    print("TypeError", e)
del f.__defaults__
print(f.__defaults__)
# too many defaults are ignored at the front
def g(a, b):
    return a, b
g.__defaults__ = (1, 2, 3)
print(g())
# mutable default shared between calls
def h(x, acc=[]):
    acc.append(x)
    return acc
print(h(1), h(2), h(3, []), h(4))
# defaults evaluated once, left to right, before the function exists
order = []
def v(x):
    order.append(x)
    return x
def k(a=v(1), b=v(2), *, c=v(3), d=v(4)): pass
lam = lambda a=v(5), *, b=v(6): 0
print(order)
# keyword-only defaults and positional-only defaults interplay
def p(a=1, /, b=2, *, c=3):
    return a, b, c
print(p(), p(9), p(9, 8), p(b=7), p.__defaults__, p.__kwdefaults__)
try:
    p(a=5)
except TypeError as e:
    print("TypeError", e)
# __code__ replacement changes behavior but keeps defaults
def q(x=1): return ("q", x)
def r(y=2): return ("r", y)
q.__code__ = r.__code__
print(q(), q(5))
try:
    q.__code__ = 5
except TypeError as e:
    print("TypeError", e)
def two(a, b): pass
def one_free():
    x = 1
    def inner(): return x
    return inner
try:
    two.__code__ = one_free().__code__
except ValueError as e:
    print("ValueError", e)
