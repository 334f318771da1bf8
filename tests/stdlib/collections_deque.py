# collections.deque (the _collections C type): methods, maxlen edge cases,
# indexing errors, operators, comparisons, reprs, copying and pickling
from collections import deque
import copy, pickle

def err(f):
    try:
        r = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return 'ok %r' % (r,)

d = deque([1, 2, 3])
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: d[5], lambda: d[-4],
          lambda: d.__setitem__(5, 1), lambda: d.__delitem__(-9), lambda: d['a'], lambda: d[1:2],
          lambda: d.index(9), lambda: d.remove(9), lambda: deque([1], maxlen=1).insert(0, 1),
          lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: deque(maxlen=1.5), lambda: deque(1),
          lambda: d + [1], lambda: [1] + d, lambda: d * 'a', lambda: d * 1.5, lambda: d.rotate('a'),
          lambda: d.index(1, 'a'), lambda: d.index(1, 0, None), lambda: deque([1], 2, 3), lambda: deque(x=1),
          lambda: d < [1], lambda: hash(d), lambda: d.count(), lambda: d.insert(1), lambda: d.insert('a', 1),
          lambda: d.extend(1), lambda: d.extendleft(None), lambda: setattr(d, 'maxlen', 3), lambda: d.append(),
          lambda: d.append(1, 2), lambda: d.pop(0), lambda: deque([1], maxlen=2 ** 70), lambda: d.rotate(2 ** 70),
          lambda: d[2 ** 70], lambda: d.rotate(1, 2), lambda: d.rotate(n=1), lambda: d.index(), lambda: d.index(1, 2, 3, 4), lambda: d.index(1, start=0),
          lambda: d.insert(1, 2, x=3), lambda: d.insert(1, 2, 3), lambda: d.index(1, 2 ** 70),
          lambda: deque.__class_getitem__(int), lambda: d.__sizeof__() > 0, lambda: setattr(d, 'x', 1),
          lambda: d.remove(), lambda: d.clear(1), lambda: d.copy(1), lambda: d.reverse(1)]:
    print(err(f))
print(d)

print(repr(deque(range(3), maxlen=5)), deque(), deque(maxlen=0), deque('ab', 1), deque(maxlen=True), deque((), None))
print(deque(iterable=[1, 2], maxlen=5), deque([], 0), deque(range(10), 3))
d = deque(range(5)); d.extendleft('ab'); print(d, d.index(2, 1, -1), err(lambda: d.index(2, 5)), d.index(2, -100, 100))
print(d.index('b'), d.index(4, -1), err(lambda: d.index(0, 4, 2)), d.index(0, True))
d = deque(range(5)); d.insert(100, 'x'); d.insert(-100, 'y'); d.insert(2, 'z'); d.insert(-1, 'w'); print(d)
d = deque(range(6)); d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(13); print(d); d.rotate(); print(d)
d.rotate(-6); print(d); d.rotate(0); print(d); deque().rotate(3)
d = deque(range(6)); del d[-1]; del d[2]; d[0] = 'a'; d[-1] = 'b'; print(d, d[1], d[-2], d[True])
d = deque(range(3)); d.extend(d); print(d); d.extendleft(d); print(d)
d = deque([1, 2], maxlen=3); d += d; print(d); d += [7, 8, 9, 10]; print(d); d += iter('xy'); print(d)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([1]) != [1],
      deque([1, 2]) >= deque([1]), deque() <= deque(), deque([1, 2]) > deque([1, 2]), deque('ab') != deque('ab'),
      deque([1], maxlen=5) == deque([1]), deque([2]) > deque([1, 5]))
print(list(reversed(deque(range(5)))), deque([1, 2, 3]).__copy__(), bool(deque()), bool(deque([0])), len(deque(range(7))))
d = deque(range(3), maxlen=0); print(d, len(d)); d.append(1); d.appendleft(2); d.extend([1]); d.extendleft([3]); print(d)
d = deque([1, 2, 3], maxlen=3)
d.append(4); print(d); d.appendleft(0); print(d); d.extend([5, 6]); print(d); d.extendleft([7, 8]); print(d)
d.pop(); d.insert(1, 'i'); print(d, err(lambda: d.insert(0, 'j')))
print(deque([3, 1, 2, 1]).count(1), deque('abc').index('c'), 'b' in deque('abc'), 'x' in deque('abc'))
d = deque('abcd'); d.remove('b'); print(d); d.reverse(); print(d); d.clear(); print(d, len(d))
d = deque([1, 2, 3], maxlen=4)
print(d * 2, 2 * d, d * 0, d * -1, d + deque([9], maxlen=1), deque([9], maxlen=1) + d, deque([1, 2]) * 3)
d = deque([1, 2, 3, 4, 5], maxlen=5); d *= 2; print(d)
d = deque([1, 2, 3], maxlen=7); d *= 3; print(d)
d = deque('ab'); e = d; d *= 3; print(d, e is d); d *= 1; print(d); d *= 0; print(d)
print(deque([1, 2], maxlen=3) * 1000, deque([1, 2], maxlen=4) * 1001)
print(d.maxlen, deque(maxlen=3).maxlen, type(deque.maxlen).__name__)

# many operations against a list model
import random
rnd = random.Random(5)
d, model = deque(), []
for step in range(3000):
    op = rnd.randrange(9)
    x = rnd.randrange(100)
    if op == 0: d.append(x); model.append(x)
    elif op == 1: d.appendleft(x); model.insert(0, x)
    elif op == 2 and model: assert d.pop() == model.pop()
    elif op == 3 and model: assert d.popleft() == model.pop(0)
    elif op == 4 and model:
        n = rnd.randrange(-len(model) * 2, len(model) * 2)
        d.rotate(n)
        k = n % len(model)
        model[:] = model[-k:] + model[:-k] if k else model
    elif op == 5:
        i = rnd.randrange(-len(model) - 2, len(model) + 3)
        d.insert(i, x); model.insert(i, x)
    elif op == 6 and model:
        i = rnd.randrange(-len(model), len(model))
        del d[i]; del model[i]
    elif op == 7 and x in model:
        d.remove(x); model.remove(x)
    elif op == 8 and model:
        i = rnd.randrange(len(model))
        d[i] = x; model[i] = x
    assert list(d) == model and len(d) == len(model), step
print('model ok', len(d), d.count(7) == model.count(7), list(reversed(d)) == model[::-1])
d = deque()
for i in range(1000): d.append(i)
for i in range(990): d.popleft()
print(d, d.__sizeof__() < 2000)

# copies and pickles
for d in [deque(), deque([1, [2]]), deque('abc', maxlen=5), deque(range(4), maxlen=2)]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        e = pickle.loads(pickle.dumps(d, proto))
        assert e == d and e.maxlen == d.maxlen and e is not d
    c, dc = copy.copy(d), copy.deepcopy(d)
    print(d.__reduce__()[:3], c, dc, c == d, d.copy().maxlen)
d = deque([[1]]); dc = copy.deepcopy(d); print(dc[0] is d[0], copy.copy(d)[0] is d[0])
d = deque(); d.append(d); print(d, d.__reduce__()[:3])
e = pickle.loads(pickle.dumps(d)); print(e, e[0] is e)
print(repr(deque[int]), deque[int](['x']))
import weakref
d = deque([1]); r = weakref.ref(d); print(r() is d)
import collections.abc
print(isinstance(deque(), collections.abc.MutableSequence), issubclass(deque, collections.abc.Sequence))
match deque([1, 2]):
    case [a, b]: print('matched', a, b)
