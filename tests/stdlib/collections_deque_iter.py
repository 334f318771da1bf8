# deque iterators: mutation during iteration and searches, pickling, subclasses
from collections import deque
import pickle, copy

def err(f):
    try:
        r = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return 'ok %r' % (r,)

def after(mutate, items=(1, 2, 3), **kw):
    d = deque(items, **kw)
    it = iter(d)
    next(it)
    mutate(d)
    return err(lambda: next(it))

print(after(lambda d: d.append(4)), after(lambda d: d.appendleft(0)), after(lambda d: d.pop()))
print(after(lambda d: d.popleft()), after(lambda d: d.__setitem__(0, 5)), after(lambda d: d.rotate(1)))
print(after(lambda d: d.reverse()), after(lambda d: d.extend([])), after(lambda d: d.clear()))
print(after(lambda d: d.remove(2)), after(lambda d: d.insert(0, 2)), after(lambda d: d.rotate(0)))
print(after(lambda d: d.__imul__(1)), after(lambda d: d.__iadd__([])), after(lambda d: d.__imul__(2)))
print(after(lambda d: d.__imul__(0)), after(lambda d: d.__delitem__(0)), after(lambda d: d.rotate(1), (1,)))
print(after(lambda d: (d.copy(), d.count(1), 2 in d, d.index(2))), after(lambda d: d.extend([]), maxlen=3))
print(after(lambda d: d.append(9), maxlen=3), after(lambda d: d.pop(), (1,)))
d = deque(); it = iter(d); d.clear(); print(err(lambda: next(it)))
d = deque([1, 2, 3]); it = iter(d); next(it); d.append(4)
print(err(lambda: next(it)), err(lambda: next(it)), err(lambda: list(it)))

class M:
    def __init__(self, d): self.d = d
    def __eq__(self, o):
        self.d.append(0)
        return False
for meth in ['remove', 'index', 'count', '__contains__']:
    d = deque([1, 2, 3]); print(meth, err(lambda: getattr(d, meth)(M(d))), len(d))
class Raise:
    def __eq__(self, o): raise KeyError('eq')
for meth in ['remove', 'index', 'count', '__contains__']:
    d = deque([1, 2, 3]); print(meth, err(lambda: getattr(d, meth)(Raise())))
nan = float('nan')
d = deque([nan, 1]); print(d.count(nan), d.index(nan), nan in d); d.remove(nan); print(d)

d = deque([1, 2, 3])
it = iter(d); next(it)
print(it.__reduce__(), it.__length_hint__(), type(it).__name__, type(it).__module__)
rit = reversed(d); print(next(rit), rit.__reduce__(), rit.__length_hint__(), type(rit).__name__)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(list(pickle.loads(pickle.dumps(it, proto))), list(pickle.loads(pickle.dumps(rit, proto))))
print(list(it), list(rit), it.__length_hint__(), it.__reduce__()[1][1])
print(list(pickle.loads(pickle.dumps(it))), list(copy.copy(iter(deque('xyz')))))
from _collections import _deque_iterator, _deque_reverse_iterator
print(list(_deque_iterator(deque('abcd'), 2)), list(_deque_reverse_iterator(deque('abcd'), 1)),
      list(_deque_iterator(deque('ab'), 10)), list(_deque_iterator(deque('ab'))))
print(err(lambda: _deque_iterator([1])), err(lambda: _deque_iterator()), err(lambda: _deque_iterator(deque(), 'a')))
print(iter(it) is it, sum(deque(range(100))), list(zip(deque('ab'), reversed(deque('cd')))))

# subclasses
class D(deque):
    pass
x = D([1, 2], 3); x.attr = 'v'
print(x, repr(D()), x.copy(), type(x.copy()).__name__, type(x + x).__name__, type(x * 2).__name__, x.maxlen)
y = pickle.loads(pickle.dumps(x)); print(y, y.attr, type(y).__name__, y.maxlen, x.__reduce__()[1:3])
print(copy.copy(x).maxlen, copy.deepcopy(x), x == deque([1, 2]), D('ab') < deque('b'))
class E(deque):
    def __init__(self, x):
        super().__init__(x, maxlen=2)
print(E([1, 2, 3]), err(lambda: E([1]).copy()), err(lambda: E([1]) + E([2])), err(lambda: E([1]) * 2))
class F(deque):
    def __init__(self, x, y=None):
        super().__init__(x)
print(F([1]) * 2, F([1]).__copy__(), F('ab') + F('c'))
class G(deque):
    def __repr__(self): return 'G!'
    def append(self, x): super().append(x * 2)
g = G(); g.append(5); g.extend([1]); print(g, list(g), str(deque([g])))
class H(deque):
    __slots__ = ('a', '__dict__')
h = H([1]); h.a = 1; h.b = 2; print(h, h.a, h.b)
print(err(lambda: deque.__init__(deque(), 'abc', 2, 3)))
d = deque([1, 2]); d.__init__([3]); print(d); d.__init__([4], 1); print(d); d.__init__(); print(d, d.maxlen)
class Radd:
    def __radd__(self, o): return 'radd'
    def __rmul__(self, o): return 'rmul'
print(deque() + Radd(), deque() * Radd())
