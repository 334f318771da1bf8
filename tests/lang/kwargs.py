def f(a, b=2, *, c, d=4, **rest):
    return a, b, c, d, rest
print(f(1, c=3))
print(f(1, 5, c=3, d=6, e=7))
print(f(c=1, a=2))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, c=4)
except TypeError as e:
    print(e)
def pos(a, b, /, c):
    return a, b, c
print(pos(1, 2, c=3))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print(e)
def kwonly(*, x):
    return x
print(kwonly(x=9))
print(dict(a=1, b=2))
class P:
    def __init__(self, **kw):
        self.kw = kw
print(P(z=1, y=2).kw)
def meth_kw(self=None, **kw):
    return kw
print(meth_kw(self=1, other=2))
