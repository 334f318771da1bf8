# lambdas: scoping, defaults, closures, introspection
f = lambda x, /, y=2, *a, z, **k: (x, y, a, z, k)
print(f(1, z=3), f(1, 2, 3, z=4, w=5))
print(f.__name__, f.__qualname__, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
def outer():
    return lambda: lambda: outer
print(outer()()() is outer, outer().__qualname__, outer()().__qualname__)
# lambdas in class bodies cannot see class variables
class C:
    v = 1
    get = lambda self: v
try:
    C().get()
except NameError as e:
    print(e)
# default arguments are evaluated at definition
v = 10
g = lambda a=v: a
v = 20
print(g())
# immediately invoked, nested, conditional
print((lambda *a: sum(a))(1, 2, 3), (lambda: (yield))().__class__.__name__)
print((lambda x: "pos" if x > 0 else "non-pos")(-1))
# lambda with yield is a generator function
gen = lambda: (yield 1)
print(list(gen()))
# lambda returning a tuple needs parentheses; a lambda in a default
h = lambda: (1, 2)
print(h(), (lambda f=lambda: 5: f())())
# recursion through a name bound later
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(6))
# repr and docstring
print(repr(f).startswith("<function <lambda> at"), f.__doc__)
# sort with lambda key capturing a loop variable correctly via default
keys = [lambda s, i=i: s[i] for i in range(2)]
print([sorted(["ab", "ba"], key=k) for k in keys])
