# functools.lru_cache over the C _lru_cache_wrapper: statistics, eviction
# order, typed keys and CPython's key rules, methods, pickling, re-entrancy
import functools, pickle, copy, weakref
from functools import lru_cache

@lru_cache(maxsize=2)
def sq(x, y=0):
    print("compute", x, y); return x * x + y
print(type(sq), sq.__name__, sq.__qualname__, sq.__wrapped__.__name__, sq.cache_parameters())
print(sorted(k for k in sq.__dict__ if k != '__wrapped__'))
sq(1); sq(1); sq(2); sq(3); sq(1); sq(3)
print(sq.cache_info())
# keywords: order matters, as in CPython's key
sq(1, y=1); sq(1, y=1); sq(y=1, x=1); sq(x=1, y=1)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
# eviction order: least recently used goes first
@lru_cache(maxsize=3)
def ident(x): print("miss", x); return x
for v in [1, 2, 3, 1, 4, 2, 1, 3]: ident(v)
print(ident.cache_info())
# typed
@lru_cache(maxsize=None, typed=True)
def t(x, **k): print("t", repr(x), k); return x
t(1); t(1.0); t(True); t(1); t(1, a=1); t(1, a=1.0); t(1, a=1)
print(t.cache_info())
@lru_cache(maxsize=None)
def u(x): print("u", repr(x)); return x
u(1); u(1.0); u(True); u((1,)); u("s"); u("s")
print(u.cache_info())
# maxsize 0 and negative
@lru_cache(0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@lru_cache(-5)
def neg(x): return x
neg(1); neg(1); print(neg.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
print(pickle.loads(pickle.dumps(fib)) is fib, copy.copy(fib) is fib, copy.deepcopy(fib) is fib)
print(fib.__reduce__(), weakref.ref(fib)() is fib)
# methods bind through __get__
class C:
    @lru_cache
    def m(self, x): return (type(self).__name__, x)
c = C()
print(c.m(1), c.m(1), C.m.cache_info(), type(C.__dict__['m']).__name__, C.m is C.__dict__['m'])
print(C.m.__get__(None, C) is C.m, C.m(c, 2))
# errors
for bad in ("x", 1.5):
    try: lru_cache(maxsize=bad)
    except TypeError as e: print(e)
try: functools._lru_cache_wrapper(1, 1, False, None)
except TypeError as e: print(e)
try: functools._lru_cache_wrapper(len, "x", False, None)
except TypeError as e: print(e)
try: functools._lru_cache_wrapper(len, 1, False)
except TypeError as e: print(e)
w = functools._lru_cache_wrapper(len, 2, 0, functools._CacheInfo)
print(w("ab"), w("ab"), w.cache_info())
@lru_cache(maxsize=2)
def boom(x):
    if x < 0: raise ValueError(x)
    return x
try: boom(-1)
except ValueError as e: print("ValueError", e)
print(boom.cache_info())
try: boom([])
except TypeError as e: print(e)
print(boom.cache_info())
# the function re-enters itself and clears the cache
@lru_cache(maxsize=3)
def rec(n):
    if n == 5: rec.cache_clear()
    return n if n < 1 else rec(n - 1) + 1
print(rec(10), rec.cache_info())
@lru_cache(maxsize=2)
def again(n):
    if n > 0: again(n - 1); again(n - 1)
    return n
print(again(6), again.cache_info())
# a key whose __eq__ calls the cached function
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        sneaky(0)
        return isinstance(o, Key) and self.v == o.v
@lru_cache(maxsize=2)
def sneaky(k): return k if isinstance(k, int) else k.v
print([sneaky(Key(i)) for i in (1, 2, 1, 3, 2)], sneaky.cache_info().currsize <= 2)
# hash computed once per call
class H:
    n = 0
    def __hash__(self): H.n += 1; return 5
    def __eq__(self, o): return self is o
@lru_cache(maxsize=1)
def hh(a, b): return b
h = H()
hh(h, 1); print(H.n); hh(h, 1); print(H.n); hh(2, 3); print(H.n)
# update_wrapper attributes
def doc(): "the doc"
cw = lru_cache(doc)
print(cw.__doc__, cw.__name__, cw.__module__, cw.__wrapped__ is doc, functools._lru_cache_wrapper.__name__)
print(functools.cache(lambda x: x)(5), isinstance(fib, functools._lru_cache_wrapper))
