# _collections._count_elements (Counter) and _tuplegetter (namedtuple fields)
import collections, pickle, copy
from collections import Counter, namedtuple
from _collections import _count_elements, _tuplegetter

def err(f):
    try:
        r = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return 'ok %r' % (r,)

d = {}; _count_elements(d, 'abracadabra'); print(d)
d = {'a': 10}; _count_elements(d, iter('aab')); print(d)
class M(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
m = M(); _count_elements(m, 'aa'); print(m)
class G(dict):
    def get(self, k, default=None): return 100
g = G(); _count_elements(g, 'ab'); print(g)
class Mapping:
    def __init__(self): self.d = {}
    def get(self, k, default): return self.d.get(k, default)
    def __setitem__(self, k, v): self.d[k] = v
mp = Mapping(); _count_elements(mp, [1, 1, 2]); print(mp.d)
print(err(lambda: _count_elements({}, 1)), err(lambda: _count_elements({}, [[1]])), err(lambda: _count_elements(1, [1])))
print(err(lambda: _count_elements({})), err(lambda: _count_elements({1: 'x'}, [1])))
big = {1: 2 ** 62 - 1}; _count_elements(big, [1]); print(big)
print(Counter('mississippi').most_common(3), Counter(a=2) + Counter(a=1, b=1), Counter([1, 1, 2]) - Counter([1]))
c = Counter(); c.update('aab'); c.update({'a': 5}); c.subtract('a'); print(c, sorted(c.elements()))

P = namedtuple('P', 'x y')
p = P(1, 2)
print(p.x, p.y, P.x, type(P.x).__name__, type(P.x).__module__, P.x.__doc__, P.y.__doc__)
P.x.__doc__ = 'the x'; print(P.x.__doc__, P.x.__reduce__())
print(err(lambda: setattr(p, 'x', 5)), err(lambda: delattr(p, 'x')))
print(err(lambda: P.x.__get__(5)), err(lambda: P.x.__get__([1])), P.x.__get__(None, P) is P.x, P.y.__get__((7, 8)))
tg = _tuplegetter(2, 'doc'); print(err(lambda: tg.__get__((1, 2))), tg.__get__((1, 2, 3)), tg.__doc__)
print(err(lambda: _tuplegetter(1)), err(lambda: _tuplegetter('a', 'b')), err(lambda: _tuplegetter(1, 'd', 3)))
print(err(lambda: _tuplegetter(1, 'd').__set__((1, 2), 3)), err(lambda: _tuplegetter(1, 'd').__delete__((1, 2))))
neg = _tuplegetter(-1, None); print(err(lambda: neg.__get__((1, 2))), neg.__doc__)
q = pickle.loads(pickle.dumps(P.x)); print(type(q).__name__, q.__doc__, q.__get__((5, 6)))
print(repr(P.x), repr(_tuplegetter(-5, None)), copy.copy(P.y).__get__((5, 6)), copy.deepcopy(P.y).__doc__)
class Sub(P):
    @property
    def total(self): return self.x + self.y
print(Sub(3, 4).total, Sub(3, 4).x, pickle.loads(pickle.dumps(P(1, 2))), P._make([5, 6]).y)
R = namedtuple('R', 'a b c', defaults=[0])
print(R(1, 2), R(1, 2).c, sorted([R(3, 1), R(1, 2)], key=lambda r: r.a), R._fields)
