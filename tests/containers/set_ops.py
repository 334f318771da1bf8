s = {5, 3, 100, 8, 1, 64, 9, 33}
print(s, len(s), 3 in s, 4 in s)
s.add(2)
s.discard(100)
s.discard(1000)
s.remove(64)
print(s)
print(s.pop(), s.pop(), s)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([4, 9]))
print(a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1}, a != b)
print(a.issubset([1, 2, 3, 4, 5]), a.issuperset(range(3)), a.isdisjoint({9}), a.isdisjoint([1]))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {1}
c ^= {2, 20}
print(c)
c.update([30], (31,))
c.intersection_update(range(50))
c.difference_update([31])
c.symmetric_difference_update({30, 40})
print(c)
print(set(), set('abcabc') == {'a', 'b', 'c'}, set([1, 1, 2]), set({1: 2}), set(range(5)))
print(repr(set()), {None}, {(1, 2)}, {frozenset({1})})
print({i * 7 % 100 for i in range(30)})
print({-1, -2, 0, 1, 2}, {1.5, 2.5, 1}, {True, 1, 1.0})
big = set(range(1000))
for i in range(0, 1000, 3):
    big.discard(i)
print(len(big), sorted(big)[:6], min(big), max(big))
print(set(range(100, 0, -7)))
print({2**40, 2**40 + 1, 17, -3})
e = set()
e.add(e.__class__.__name__)
print(e)
x = {1, 2}
print(x.copy(), x.copy() is x, x.clear(), x)
try:
    set().pop()
except KeyError as exc:
    print('KeyError', exc)
try:
    {1}.remove(2)
except KeyError as exc:
    print('KeyError', exc)
try:
    {[1]}
except TypeError as exc:
    print('TypeError', exc)
try:
    {1} | [2]
except TypeError as exc:
    print('TypeError', exc)
try:
    {1} < [1]
except TypeError as exc:
    print('TypeError', exc)
try:
    hash({1})
except TypeError as exc:
    print('TypeError', exc)
y = {1, 2, 3}
try:
    for v in y:
        y.add(v + 10)
except RuntimeError as exc:
    print('RuntimeError', exc)
print({1, 2} == frozenset({1, 2}), set() in [set()], {1} in {frozenset({1})}, {frozenset()} )
z = {1, 2, 3}
z.discard({1})
print({1, 2}.__contains__(1), {2}.__len__(), sorted({'b', 'a'}))
print({'x'} - {'x'}, set([3, 1, 2]) | set(), list({0, 8, 16, 24}))
