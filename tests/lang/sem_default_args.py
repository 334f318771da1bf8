# default arguments are evaluated once, at definition time, left to right
log = []
def d(v):
    log.append(v)
    return v
def f(a=d(1), b=d(2), *, c=d(3), e=d(4)):
    return a, b, c, e
print(log)
print(f(), f(10), log)

def appender(x, acc=[]):
    acc.append(x)
    return acc
print(appender(1), appender(2), appender(3, []))
print(appender.__defaults__)

n = 5
def g(x=n):
    return x
n = 6
print(g())

def h(a, b=1, *args, c, d=2, **kw):
    pass
print(h.__defaults__, h.__kwdefaults__)
h.__defaults__ = (99,)
def k(a=1):
    return a
k.__defaults__ = (42,)
print(k())
k.__defaults__ = None
try:
    k()
except TypeError as e:
    print(e)
def m(*, q=1):
    return q
m.__kwdefaults__ = {"q": 7}
print(m())

# lambda defaults and order of evaluation: keyword-only defaults evaluated after positional
log.clear()
lam = lambda p=d("p"), *, k=d("k"): (p, k)
print(log, lam())

# defaults referencing earlier class attr
class C:
    base = 10
    def meth(self, x=base):
        return x
print(C().meth())
