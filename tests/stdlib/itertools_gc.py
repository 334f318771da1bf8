# itertools objects under the collector: cycles through a tee are freed, live
# iterators keep their state across collections
import gc, weakref
import itertools as I

class Src:
    def __init__(self):
        self.keep = None
    def __iter__(self):
        return self
    def __next__(self):
        return 1
s = Src()
a, b = I.tee(s)
s.keep = (a, b)                 # a -> data -> s -> a
r = weakref.ref(a)
next(a)
del a, b, s
gc.collect()
print('tee cycle freed:', r() is None)

g = I.groupby('aabbbc')
k, grp = next(g)                # grouper <-> groupby
del k, grp
gc.collect()
print([(k, ''.join(v)) for k, v in g])

its = [I.chain(range(i), 'ab') for i in range(50)]
gc.collect()
print(sum(len(list(x)) for x in its))

a, b = I.tee(range(10000))
print(sum(a))
gc.collect()
print(sum(b), list(a))

counts = {}
for name, it in [('product', I.product(range(4), repeat=4)), ('permutations', I.permutations(range(6))),
                 ('combinations', I.combinations(range(12), 4)),
                 ('cwr', I.combinations_with_replacement(range(6), 4)),
                 ('zip_longest', I.zip_longest(range(300), 'abc')), ('islice', I.islice(I.count(), 3, 900, 2)),
                 ('cycle', I.islice(I.cycle([[1], [2]]), 500)), ('accumulate', I.accumulate(map(float, range(400))))]:
    n, last = 0, None
    for x in it:
        n += 1
        last = x
        if n % 97 == 0:
            gc.collect()
    counts[name] = (n, last)
print(counts)
