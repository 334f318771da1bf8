d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), d.get('b', 0))
print('a' in d, 'z' in d, 'z' not in d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
print(d.setdefault('b', 100), d.setdefault('n', []), d)
d['n'].append(1)
print(d)
print(d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('p', 0), ['q', 1]])
d.update(k=5)
print(d)
e = d.copy()
e.clear()
print(e, d == d.copy(), d != e)
print(dict(), dict(a=1), dict([(1, 2)], b=3), dict({'a': 1}), dict(zip('ab', range(2))))
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys(range(3), []))
print({1: 'a'} | {2: 'b'}, {1: 'a', 2: 'b'} | {1: 'c'})
f = {1: 1}
f |= {2: 2}
f |= [(3, 3)]
print(f)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 2}, {} == {}, {1: 2, 3: 4} == {3: 4, 1: 2})
print(list(reversed({1: 'a', 2: 'b', 3: 'c'})), list(reversed({})))
g = {}
g[1] = 'int'
g[1.0] = 'float'
g[True] = 'bool'
print(g)
g[(1, 2)] = 'tuple'
g[None] = 'none'
g[frozenset({1})] = 'fs'
print(g, g[(1, 2)], g[frozenset([1])])
del g[1]
print(g)
r = {}
r['self'] = r
print(r)
print(repr({}), str({'k': 'v'}), {'a': [1, {2: (3,)}]})
try:
    {}['missing']
except KeyError as exc:
    print('KeyError', exc, repr(exc))
try:
    {}[(1, 2)]
except KeyError as exc:
    print('KeyError', exc)
try:
    del d['nope']
except KeyError as exc:
    print('KeyError', exc)
try:
    {}.popitem()
except KeyError as exc:
    print('KeyError', exc)
try:
    {}.pop(1)
except KeyError as exc:
    print('KeyError', exc)
try:
    {[1]: 2}
except TypeError as exc:
    print('TypeError', exc)
try:
    dict([1, 2])
except TypeError as exc:
    print('TypeError', exc)
try:
    dict([(1, 2, 3)])
except ValueError as exc:
    print('ValueError', exc)
try:
    dict(1, 2)
except TypeError as exc:
    print('TypeError', exc)
try:
    {1: 2} | [(3, 4)]
except TypeError as exc:
    print('TypeError', exc)
big = {i: i * i for i in range(1000)}
print(len(big), big[999], sum(big.values()), list(big)[:5])
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big.get(998), big.get(999))
s = {str(i): i for i in range(100)}
print(s['42'], len(s), '99' in s)
def f(**kw):
    return kw
print(f(**{'a': 1}, b=2))
