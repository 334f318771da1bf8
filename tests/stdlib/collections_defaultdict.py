# collections.defaultdict (the _collections C type): __missing__, default_factory,
# reprs with recursion, copying, pickling, | operators, subclasses
from collections import defaultdict
import copy, pickle

def err(f):
    try:
        r = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return 'ok %r' % (r,)

dd = defaultdict(list)
dd['a'].append(1); dd['b']; print(dd, len(dd), dd.default_factory, type(dd).__mro__)
dd.default_factory = int; dd['c'] += 1; print(dd, dd.get('z'), 'z' in dd, dd.setdefault('y', 5))
dd.default_factory = None; print(err(lambda: dd['q']), err(lambda: dd[(1, 2)]))
print(err(lambda: setattr(dd, 'default_factory', 3)), dd.default_factory, err(lambda: dd['w']))
del dd.default_factory; print(dd.default_factory, err(lambda: dd['w']))
for f in [lambda: defaultdict(1), lambda: defaultdict('x'), lambda: defaultdict(None).__missing__(1),
          lambda: defaultdict(list).__missing__(), lambda: defaultdict(list).__missing__(1, 2),
          lambda: defaultdict(list, a=1) | 1, lambda: 1 | defaultdict(list), lambda: defaultdict(default_factory=list),
          lambda: defaultdict(list, [1]), lambda: defaultdict(list, 1), lambda: defaultdict().default_factory,
          lambda: defaultdict(list, {}, {}), lambda: defaultdict(list).copy(1), lambda: hash(defaultdict())]:
    print(err(f))
print(defaultdict(list).__missing__(1), defaultdict(lambda: 'v').__missing__('k'))
dd2 = defaultdict(list, {'a': 1}, b=2)
print(dd2, dd2 == {'a': 1, 'b': 2}, {'a': 1, 'b': 2} == dd2, dd2.copy(), copy.copy(dd2), copy.deepcopy(dd2))
print(defaultdict(None, {1: 2}), defaultdict(dict, [(1, 2)]), defaultdict(int, a=1), defaultdict(None, default_factory=1))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    e = pickle.loads(pickle.dumps(dd2, proto))
    assert e == dd2 and e.default_factory is list and type(e) is defaultdict
print(dd2.__reduce__()[:4], defaultdict().__reduce__()[:4], list(dd2.__reduce__()[4]))
x = defaultdict(list, a=1); y = x; x |= {'b': 2}; print(x, type(x).__name__, x is y)
x |= [('c', 3)]; print(x)
print(defaultdict(list, a=1) | defaultdict(int, b=1), {'z': 0} | defaultdict(set, a=1), defaultdict(list) | {})
print(type({'z': 0} | defaultdict(set)).__name__, ({} | defaultdict(set)).default_factory)

# reprs: recursion through the dict and through the factory
dd = defaultdict(list); dd[1] = dd; print(dd)
class F:
    def __init__(self): self.dd = None
    def __call__(self): return 0
    def __repr__(self): return 'F(%r)' % (self.dd,)
f = F(); f.dd = defaultdict(f); print(repr(f.dd))
print(repr(defaultdict(lambda: 1))[:31], repr(defaultdict(None)), str(defaultdict(int, {1: 2})))
class Bad:
    def __call__(self): return 1
    def __repr__(self): raise ValueError('bad repr')
print(err(lambda: repr(defaultdict(Bad()))))

# factory errors and reentrancy
def boom(): raise RuntimeError('factory failed')
dd = defaultdict(boom); print(err(lambda: dd['x']), dict(dd))
calls = []
def counting():
    calls.append(1); return len(calls)
dd = defaultdict(counting); print(dd['a'], dd['a'], dd['b'], dict(dd), dd.get('c'), dd.pop('a'))
def reenter():
    rdd['inner'] = 'set inside'
    return 'outer'
rdd = defaultdict(reenter); print(rdd['k'], dict(rdd))

# subclasses
class DD(defaultdict):
    pass
s = DD(list, a=1); s.attr = 1
print(s, s.copy(), type(s.copy()).__name__, s.__reduce__()[:2], type(s | {}).__name__, type({} | s).__name__)
t = pickle.loads(pickle.dumps(s)); print(t, type(t).__name__, t.default_factory)
class G(defaultdict):
    def __missing__(self, k): return 42
print(G()[1], G(list)[1], dict(G()))
class H(defaultdict):
    def __init__(self): super().__init__(list)
print(H()['x'], err(lambda: H().copy()))
class K(defaultdict):
    def __repr__(self): return 'K!'
print(K(int), [K(int)], str({1: K(int)}))
print(isinstance(defaultdict(), dict), issubclass(defaultdict, dict), defaultdict.__bases__)
import collections.abc
print(isinstance(defaultdict(), collections.abc.MutableMapping))
match defaultdict(int, {'k': 1}):
    case {'k': v, 'missing': w}: print('no')
    case {'k': v}: print('matched', v)
counts = defaultdict(int)
for ch in 'mississippi': counts[ch] += 1
print(sorted(counts.items()))
groups = defaultdict(list)
for i in range(10): groups[i % 3].append(i)
print(dict(groups), groups[5], len(groups))
