# nested function definitions: defaults evaluated in the enclosing scope at def time
def make(n):
    def f(x=n * 2, *, k=[]):
        k.append(x)
        return x, len(k)
    return f
f1 = make(1); f2 = make(5)
print(f1(), f1(), f2(), f1.__defaults__, f2.__kwdefaults__)
# default referencing a name assigned later raises at def time
def bad():
    def inner(a=later): return a
    later = 1
try:
    bad()
except UnboundLocalError as e:
    print(e)
# decorators applied bottom-up, evaluated top-down
order = []
def deco(tag):
    order.append("eval " + tag)
    def wrap(fn):
        order.append("apply " + tag)
        return fn
    return wrap
@deco("top")
@deco("bottom")
def decorated(): pass
print(order)
# function attributes and __wrapped__ via functools.wraps
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return ("logged", fn(*a, **k))
    return wrapper
@logged
def add(a, b=1):
    "add two numbers"
    return a + b
print(add(2), add.__name__, add.__doc__, add.__wrapped__(2, 3))
