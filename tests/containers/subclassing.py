class L(list):
    def total(self):
        return sum(self)
l = L([1, 2, 3])
l.append(4)
print(l, len(l), l.total(), type(l).__name__, isinstance(l, list), l[1:3], type(l[1:3]).__name__)
l.extra = 'attr'
print(l.extra, l + [5], type(l + [5]).__name__, l == [1, 2, 3, 4])
class D(dict):
    def __missing__(self, key):
        return 'missing ' + repr(key)
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, d, type(d).__name__, len(d))
d.color = 'red'
print(d.color, dict(d), d == {'a': 1}, list(d.items()))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] = c[ch] + 1
print(sorted(c.items()))
class T(tuple):
    def first(self):
        return self[0]
t = T([4, 5, 6])
print(t, t.first(), len(t), type(t).__name__, t + (1,), t == (4, 5, 6), hash(t) == hash((4, 5, 6)))
t.tag = 'x'
print(t.tag, t[::-1])
class S(set):
    pass
s = S([3, 1])
print(s, type(s | {5}).__name__, s == {1, 3}, type(s.copy()).__name__, S())
class F(frozenset):
    pass
print(F([1]), F(), F([1]) == frozenset([1]), type(F([1]) | {2}).__name__)
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
p = Point(3, 4)
print(p, p.x, p[1])
class LoudList(list):
    def __getitem__(self, i):
        return ('got', list.__getitem__(self, i))
    def __len__(self):
        return 99
ll = LoudList([7, 8])
print(ll[0], len(ll), list(ll), ll.pop())
class KeyDict(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k.upper(), v)
kd = KeyDict()
kd['a'] = 1
kd.update(b=2)
print(kd)
class R(list):
    def __repr__(self):
        return 'R' + list.__repr__(self)
print(R([1]), [R([2])], str(R()))
class Ord(dict):
    def keys(self):
        return ['x']
    def __getitem__(self, k):
        return 'from getitem'
print(dict(Ord(x=1)), {**Ord(x=1)})
