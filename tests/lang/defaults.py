def f(a, b=[]):
    b.append(a)
    return b
print(f(1), f(2))
counter = 0
def side():
    global counter
    counter += 1
    return counter
def g(x=side(), *, y=side()):
    return x, y
print(g(), g(), counter)
def h(a, b=1, c=2):
    return a + b + c
print(h(0), h(0, 10), h(0, c=100))
print(h.__defaults__)
def k(*, a=1, b):
    return a, b
print(k(b=2), k.__kwdefaults__)
lam = lambda x, y=5: x * y
print(lam(2), lam(2, 3))
def none_default(x=None):
    return x is None
print(none_default(), none_default(0))
