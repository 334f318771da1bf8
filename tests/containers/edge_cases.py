class H:
    def __init__(self, v, h):
        self.v, self.h = v, h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return isinstance(o, H) and self.v == o.v
    def __repr__(self):
        return 'H(%r)' % self.v
d = {H(1, 0): 'a', H(2, 0): 'b', H(3, 0): 'c'}
print(d[H(2, 0)], H(3, 0) in d, H(4, 0) in d, d)
del d[H(1, 0)]
d[H(5, 0)] = 'e'
print(d, len(d))
s = {H(i, i % 3) for i in range(10)}
print(len(s), H(4, 1) in s, H(4, 2) in s)
nan = float('nan')
print(nan in [nan], nan in (nan,), nan in {nan}, nan in {nan: 1}, [nan] == [nan], (nan,) == (nan,), {nan: 1} == {nan: 1})
print([1, 2, 3].index(3, -1), [1, 2, 3].index(1, -5, 1), [1, 2, 3, 2].index(2, -2))
a = list(range(10))
a[::-1] = a
print(a)
a[:] = a
print(a)
a[2:2] = a
print(len(a), a[:14])
b = list(range(10))
del b[-1:-8:-3]
print(b)
b = list(range(10))
b[-3::-2] = 'abcd'
print(b)
g = [1]
g += (x * 2 for x in range(3))
print(g)
print(sorted([3, 1.5, 2, True, -0.0, 0]), sorted([(1, 'b'), (1, 'a')], reverse=True))
print((1, nan) < (1, nan), (1, nan) == (1, nan), [nan] < [nan])
class DK(dict):
    pass
print(DK.fromkeys('ab', 1), type(DK.fromkeys('a')).__name__, DK(a=1).keys(), repr(DK(x=[1]).items()))
print(list(enumerate('ab', 2**62 - 1)), list(enumerate('ab', -1)))
r = range(-10, 10, 3)
print(r[::-1], r[1:-1:2], r[-2:], list(r[::-2]), r[5:1:-1], range(0, -10, -3)[1:])
print(len(range(-2**62, 2**62 - 1)), range(10**18, 10**18 + 5)[-1])
c = {}
for i in range(100):
    c[i] = i
for i in range(100):
    if i % 7:
        del c[i]
print(c, len(c))
c.clear()
c['x'] = 1
print(c)
big = {}
for i in range(20000):
    big['k%d' % i] = i
print(big['k12345'], len(big), list(big.items())[-1])
for i in range(0, 20000, 2):
    del big['k%d' % i]
print(len(big), list(big)[:3], big.popitem(), len(big))
class Mut:
    def __init__(self, d): self.d = d
    def __hash__(self): return 1
    def __eq__(self, o):
        self.d.clear()
        return False
md = {}
m1 = Mut(md)
md[m1] = 1
md[Mut(md)] = 2
print(len(md))
t = (1, 2, 3)
print(t[::-1], t[-100:100], t[1:-1], t * 0, t[2:1], (t, t) * 2)
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('abc', 'xyz')), list(map(len, ['a', 'bb'])))
fs = frozenset(range(5))
print(fs - {0}, fs & range(2) if False else fs & {1, 2}, {0} ^ fs, sorted(fs.union('ab'), key=str))
s1 = {1, 2, 3}
s1 -= s1
print(s1)
s2 = {1, 2}
s2 ^= s2
print(s2)
s3 = {1, 2}
s3 &= s3
print(s3, s3 | s3, s3 <= s3, s3 < s3)
print([[]] * 3, [[1]] * 2 == [[1], [1]])
l = [[]] * 2
l[0].append(1)
print(l)
print(list(reversed(list(range(5))))[1:3], [1, 2][-1:-3:-1])
print([].pop.__name__, dict.get.__name__, type({}.keys()).__name__, dict.fromkeys.__name__)
print(tuple(reversed((1, 2, 3))), max({3: 1, 5: 2}), min([4, 2, 8], key=lambda x: -x))
print({1: 2}.get(1.0), {True: 'x'}[1], {(1, 2): 'p'}[1, 2])
x = [3, 1, 2]
print(x.sort(), x, x.reverse(), x)
print(sum([[1], [2]], []), list(filter(None, range(-2, 3))))
print({'a': 1}.items() | {('b', 2)} == {('a', 1), ('b', 2)}, {'a': 1}.keys() - ['a'])
