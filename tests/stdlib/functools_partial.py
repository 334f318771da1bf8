# functools.partial (the C type from _functools): calls, flattening, reprs,
# pickling, __setstate__ checks, __dict__, weak references, subclasses
import functools, pickle, copy, weakref, sys
from functools import partial

def f(*a, **k): return a, k
def clean(s): return s.replace(hex(id(f)), 'ADDR')

print(partial, type(partial).__name__, partial.__module__, partial.__name__)
print(partial.__doc__)
p = partial(f, 1, a=2)
print(p(3, b=4), p(a=5), p())
print(clean(repr(p)))
print(clean(repr(partial(f))), clean(repr(partial(f, 'x', [1], k={'a': 1}))))
# flattening of nested partials
q = partial(p, 7, c=8)
print(q.func is f, q.args, q.keywords, q(9))
print(partial(partial(partial(f, 1), 2), 3).args)
print(partial(q, a=0).keywords)
# a partial with a __dict__ is not flattened
p.attr = 'x'
print(p.__dict__, partial(p, 2).func is p, partial(p, 2)(3))
# subclasses
class P(partial):
    def extra(self): return 'extra'
r = P(f, 1)
print(clean(repr(r)), r(2), P(r, 3).args, type(P(r, 3)).__name__, type(partial(r, 3).func).__name__)
print(r.extra(), isinstance(r, partial), P(partial(f, 1), 2).args)
class PN(partial):
    def __new__(cls, *a, **k): return super().__new__(cls, *a, **k)
print(PN(PN(f, 1), 2).args)
# keyword merging and overriding
def kw(a, b=0, c=0): return (a, b, c)
pk = partial(kw, b=1, c=2)
print(pk(0), pk(0, c=5), pk(a=9), pk.keywords)
pk.keywords['c'] = 3
print(pk(0))
pk.keywords[1234] = 'v'
print(repr(pk).split(',', 1)[1])
try: pk(0)
except TypeError as e: print(e)
# many arguments
big = partial(f, *range(20))
print(len(big(*range(20), x=1)[0]), big(*range(20), x=1)[1])
# attributes are read-only
for name in ('func', 'args', 'keywords'):
    try: setattr(p, name, 1)
    except AttributeError as e: print(name, e)
try: del p.__dict__
except TypeError as e: print(e)
try: p.__dict__ = 3
except TypeError as e: print(e)
p.__dict__ = {'new': 1}
print(p.new, hasattr(p, 'attr'))
# errors
try: partial()
except TypeError as e: print(e)
try: partial(1)
except TypeError as e: print(e)
try: partial(func=f)
except TypeError as e: print(e)
# weak references
w = weakref.ref(p)
print(w() is p)
# pickling and copying
p2 = pickle.loads(pickle.dumps(partial(max, 1, 2, key=abs)))
print(type(p2).__name__, p2(-5), p2.args, p2.keywords)
pd = partial(max, 3); pd.note = 'n'
pd2 = pickle.loads(pickle.dumps(pd))
print(pd2(1), pd2.note, pd2.__dict__)
print(copy.copy(pd).note, copy.deepcopy(pd)(5))
red = partial(f, 1, a=2).__reduce__()
print(red[0] is partial, red[1][0] is f, red[2][1:])
print(partial(f).__reduce__()[2][3], pd.__reduce__()[2][3])
# __setstate__
s = partial(f)
for bad in [(), (f,), (f, (), {}, None, 1), (1, (), {}, None), (f, [], {}, None),
            (f, (), 1, None), [f, (), {}, None], None]:
    try:
        s.__setstate__(bad); print("ok")
    except TypeError as e: print(type(bad).__name__, len(bad) if bad is not None else '-', e)
s.__setstate__((f, (1,), None, None)); print(s.args, s.keywords, s())
s.__setstate__((f, (1,), {'a': 1}, {'z': 3})); print(s.z, s())
class T(tuple): pass
class D(dict): pass
s.__setstate__((f, T((1, 2)), D(b=2), None))
print(type(s.args).__name__, type(s.keywords).__name__, s(), hasattr(s, 'z'))
# recursive repr
rp = partial(f)
rp.__setstate__((f, (rp,), {}, None))
print(clean(repr(rp)))
rk = partial(f)
rk.__setstate__((f, (), {'me': rk}, None))
print(clean(repr(rk)))
print(partial[int], partial[int, str].__origin__ is partial)
# partialmethod and friends still work over the C type
class Cell:
    def set(self, v, w): self.v = (v, w); return self
    setx = functools.partialmethod(set, 1)
print(Cell().setx(2).v, type(Cell.__dict__['setx']).__name__)
print(callable(p), p == p, p == partial(f, 1, a=2), hash(p) == hash(p))
# stored keywords changed between calls
p = partial(f, 1, a=1, b=2)
print(p(), p(c=3), p(a=9))
p.keywords['z'] = 0; print(p())
del p.keywords['a']; print(p())
p.keywords['b'] = 5; print(p())
p.keywords.clear(); print(p())
p.keywords[3] = 1
try: p()
except TypeError as e: print(e)
p.__setstate__((f, (), {'q': 1}, None)); print(p(), p(2))
