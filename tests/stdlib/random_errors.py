import _random
R=_random.Random
print(R.__doc__, R.__module__, R.__qualname__, R.__mro__)
for f in ['seed','random','getrandbits','getstate','setstate']: print(f, getattr(R,f).__doc__)
print(_random.__doc__)
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: R(a=1))
t(lambda: R(1,2))
class S(R):
    def __init__(self, x=None, y=1): pass
s=S(5, y=3); print(s.random(), s.getstate()[-1])
class S2(R): pass
t(lambda: S2(x=3))
r=R(5)
t(lambda: r.getrandbits(-1))
t(lambda: r.getrandbits(2**70))
t(lambda: r.getrandbits('a'))
t(lambda: r.getrandbits(1.0))
t(lambda: r.getrandbits())
t(lambda: r.seed(1,2))
t(lambda: r.seed(n=2))
t(lambda: r.random(1))
t(lambda: r.seed([]))
st=r.getstate(); print(len(st), st[-1])
t(lambda: r.setstate(list(st)))
t(lambda: r.setstate(st[:-1]))
t(lambda: r.setstate(st[:-1]+(625,)))
t(lambda: r.setstate(st[:-1]+(-1,)))
t(lambda: r.setstate(('a',)+st[1:]))
t(lambda: r.setstate((-1,)+st[1:]))
t(lambda: r.setstate((2**64,)+st[1:]))
t(lambda: r.setstate((2**33,)+st[1:]))
print(r.getstate()[0])
t(lambda: r.setstate(st[:-1]+('x',)))
t(lambda: r.setstate(st[:-1]+(2**70,)))
class I(int):
    def __abs__(self): return 99
r.seed(I(-7)); a=r.random(); r.seed(7); print(a==r.random())
r.seed(None); r.seed()
print(type(R.__new__(R)).__name__, R.__new__(R).random())
