# itertools: values, reprs, edge cases (empty inputs, r > n, negative counts)
import itertools as I
import operator, sys

print(I.count(), I.count(5), I.count(5, 2), I.count(-3, -1), I.count(1.5), I.count(1.5, 0.5))
print(I.count(True), I.count(1, True), I.count(2.0, 1), I.count(1j), I.count(sys.maxsize - 1))
print(I.repeat('a'), I.repeat('a', 3), I.repeat(None, -5), I.repeat([1], times=0))
c = I.count(sys.maxsize - 1)
print(next(c), next(c), next(c), c)
c = I.count(10**20, -10**19)
print([next(c) for _ in range(3)], c)
c = I.count(0.1, 0.1)
print([next(c) for _ in range(4)])
from fractions import Fraction
from decimal import Decimal
print(list(I.islice(I.count(Fraction(1, 2), Fraction(1, 3)), 3)), list(I.islice(I.count(Decimal('1.1')), 2)))
class MyCount(I.count):
    pass
print(MyCount(3), MyCount(3, 2), type(MyCount(1)).__name__)

print(list(I.islice(I.cycle('abc'), 8)), list(I.cycle([])), list(I.islice(I.cycle(iter([1])), 3)))
r = I.repeat(7, 3)
print(r.__length_hint__(), list(r), r.__length_hint__(), r)
print(list(I.accumulate([])), list(I.accumulate([], initial=0)), list(I.accumulate([1, 2, 3, 4], operator.mul)))
print(list(I.accumulate('abc')), list(I.accumulate([3, 1, 4, 1, 5], max)), list(I.accumulate([1, 2], None, initial=None)))
print(list(I.chain()), list(I.chain('ab', (), [3], range(2))), list(I.chain.from_iterable(['ab', 'cd'])))
print(list(I.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(I.compress('AB', [1, 1, 1, 1])), list(I.compress([], [1])))
print(list(I.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(I.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(I.filterfalse(None, [0, 1, '', 'a', None])), list(I.filterfalse(lambda x: x % 2, range(10))))
print(list(I.starmap(pow, [(2, 5), (3, 2)])), list(I.starmap(operator.add, [[1, 2], 'ab'])))
print([k for k, g in I.groupby('AAAABBBCCDAABBB')], [list(g) for k, g in I.groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in I.groupby(range(10), lambda x: x // 3)], list(I.groupby([])))
# consumed groups: advancing the outer iterator ends the previous group
g = I.groupby('aaabbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, next(g2), list(g2))
g = I.groupby('aabb')
groups = list(g)
print([(k, list(v)) for k, v in groups])
print(list(I.islice('ABCDEFG', 2)), list(I.islice('ABCDEFG', 2, 4)), list(I.islice('ABCDEFG', 2, None)),
      list(I.islice('ABCDEFG', 0, None, 2)), list(I.islice('ABC', None)),
      list(I.islice('ABCDEFG', None, None, None)), list(I.islice("ABCDE", 1, sys.maxsize, sys.maxsize)))
it = iter(range(10))
print(list(I.islice(it, 3, 5)), next(it))
print(list(I.zip_longest()), list(I.zip_longest('ab')), list(I.zip_longest('abc', [1], fillvalue=0)),
      list(I.zip_longest('a', 'bcd', [])))
print(list(I.pairwise('')), list(I.pairwise('a')), list(I.pairwise('abc')))
print(list(I.product()), list(I.product('ab', [])), list(I.product('ab', repeat=0)), list(I.product(range(2), 'xy')),
      len(list(I.product(range(3), repeat=3))))
print(list(I.permutations('')), list(I.permutations('abc', 0)), list(I.permutations('ab', 3)), list(I.permutations('abc')))
print(list(I.permutations(range(4), 2))[:5], len(list(I.permutations(range(5)))), list(I.permutations('ab', r=True)))
print(list(I.combinations('', 0)), list(I.combinations('abc', 0)), list(I.combinations('ab', 3)), list(I.combinations('abcd', 2)))
print(list(I.combinations_with_replacement('', 0)), list(I.combinations_with_replacement('', 2)),
      list(I.combinations_with_replacement('ab', 3)), list(I.combinations_with_replacement('abc', 1)))
t = I.tee('abc', 3)
print(len(t), [list(x) for x in t], I.tee('abc', 0), type(I.tee([], 1)[0]).__name__)
a, b = I.tee(iter(range(200)))
print(sum(a), next(b), list(I.islice(b, 3)), sum(b))
a, b = I.tee(range(5))
next(a)
c, d = I.tee(a)          # tee of a tee copies it
print(c is a, list(c), list(d), list(a))
a, = I.tee('xyz', 1)
e = a.__copy__()
print(next(a), list(e), list(a))
# types: names, modules, subclassing
for name in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'takewhile',
             'filterfalse', 'groupby', '_grouper', 'islice', 'starmap', '_tee', '_tee_dataobject',
             'zip_longest', 'pairwise', 'product', 'permutations', 'combinations',
             'combinations_with_replacement']:
    t = getattr(I, name)
    try:
        class Sub(t):
            pass
        sub = True
    except TypeError as e:
        sub = str(e)
    print(name, t.__module__, t.__qualname__, repr(t), sub, repr(t.__doc__))
    print('   ', sorted(vars(t)))
print(I.tee.__text_signature__, I.chain.from_iterable.__text_signature__, repr(I.__doc__), repr(I.tee.__doc__), repr(I.chain.from_iterable.__doc__))
print(I.chain[int], hasattr(I.count, '__class_getitem__'), hasattr(I.islice, '__class_getitem__'))
print(sorted(k for k in dir(I) if not k.startswith('__')))
