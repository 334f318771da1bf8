# _bisect and _heapq are C modules: results, the order and number of
# comparisons (observable through __lt__), keys, argument errors, and lists
# resized by a comparison.
import _bisect, _heapq, bisect, heapq, random

print(bisect.bisect is _bisect.bisect_right, heapq.heappush is _heapq.heappush)
a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 2, 4, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect_left(a, x, 2, 5),
          bisect.bisect_right(a, x, lo=1, hi=3), bisect.bisect(a, x, hi=-1))
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('e', 3), key=lambda r: r[1])
bisect.insort_left(recs, ('f', 3), key=lambda r: r[1])
print(recs)


class Seq:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): print('  get', i); return self.items[i]
    def insert(self, i, x): print('  insert', i, x); self.items.insert(i, x)


s = Seq([10, 20, 30, 40])
print(bisect.bisect_left(s, 25))
bisect.insort_right(s, 25)
print(s.items)

calls = []


class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return 'C(%d)' % self.v


calls.clear()
print(bisect.bisect_right([C(i) for i in range(10)], C(4)), calls)
rng = random.Random(5)
for n in (10, 100, 3000):
    data = [C(rng.randrange(1000)) for _ in range(n)]
    calls.clear()
    heapq.heapify(data)
    nheapify = len(calls)
    calls.clear()
    heapq.heappush(data, C(500))
    heapq.heappushpop(data, C(3))
    out = [heapq.heappop(data).v for _ in range(5)]
    heapq.heapreplace(data, C(999))
    print(n, nheapify, len(calls), out, [c.v for c in data[:8]])
h = [C(v) for v in (5, 1, 9, 3, 7, 2)]
heapq._heapify_max(h)
print([c.v for c in h], heapq._heappop_max(h), heapq._heapreplace_max(h, C(4)), [c.v for c in h])
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(2, [4, 1, 7, 3]),
      list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9], reverse=False)))
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 0), heapq.heappushpop([1], 2))


class Shrink:
    def __init__(self, heap): self.heap = heap
    def __lt__(self, o):
        self.heap.clear()
        return True


h = []
h.append(1)
try:
    heapq.heappush(h, Shrink(h))
except Exception as e:
    print(type(e).__name__, e)
h = [Shrink(None), 2, 3]
h[0].heap = h
try:
    heapq.heapify(h)
except Exception as e:
    print(type(e).__name__, e)

for f, args, kw in [
        (bisect.bisect_right, ([1], 1, 0, 1, None), {}), (bisect.bisect_right, ([1],), {}),
        (bisect.bisect_right, ([1], 1), {'lo': -1}), (bisect.bisect_right, ([1], 1), {'hi': 'a'}),
        (bisect.bisect_right, (5, 1), {}), (bisect.insort_right, (5, 1), {}),
        (bisect.bisect_left, ([1], 1), {'foo': 1}), (bisect.bisect_left, ([1], 1, 'x'), {}),
        (bisect.bisect_left, ([1, 2, 3], 2), {'hi': 10}), (bisect.insort_left, ((1, 2), 2), {}),
        (bisect.bisect_left, ([1], 1, 0, 1, None, 5), {}), (bisect.bisect_left, ([1], 1, 2**70), {}),
        (heapq.heappush, (5, 1), {}), (heapq.heappop, ([],), {}), (heapq.heappop, (), {}),
        (heapq.heapify, ((1,),), {}), (heapq.heapreplace, ([], 1), {}), (heapq.heappushpop, ([], 1, 2), {}),
        (heapq._heappop_max, ([],), {}), (heapq.heappush, ([],), {}), (heapq.heappush, ([], 1), {'x': 1}),
        (heapq.heappush, ([1], 'a'), {}), (heapq.heapify, ([1, 'a', 2],), {})]:
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
print(_bisect.bisect_right.__text_signature__, _heapq.heappush.__text_signature__)
print(_heapq.heapify.__doc__)

# beyond the small-int range: indexes up to sys.maxsize
import sys
n = sys.maxsize
print(bisect.bisect_left(range(n - 1), n - 3), bisect.bisect_right(range(n - 1), n - 3, n - 10, n))


class Big:
    def __len__(self): return n - 1
    def __getitem__(self, i): return i


print(len(Big()), bisect.bisect_left(Big(), n - 3))
