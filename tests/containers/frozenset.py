f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, repr(frozenset()), frozenset('aa'))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
print(hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({frozenset({1})})), hash(frozenset(range(100))))
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1}, f - {1}, f ^ {1, 7})
print(f.union([4]), f.intersection([1, 2]), f.difference([1]), f.symmetric_difference([1]), f.copy() is f)
print(f == {1, 2, 3}, f <= {1, 2, 3, 4}, f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([7]))
d = {f: 'x', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()])
print(frozenset(f) is f, frozenset([frozenset([1]), frozenset([1])]))
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(s), frozenset({1, 2}) in s)
try:
    f.add(1)
except AttributeError as exc:
    print('AttributeError', exc)
print(sorted(frozenset('hello')), set(f) == f, frozenset({1: 2}))
print(hash(frozenset({'a'})) == hash(frozenset(['a'])))
