d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i)
d['d'] = 4
print(list(k), list(v), list(i))
print(k & {'a', 'z'}, k | {'z'} == {'a', 'b', 'c', 'd', 'z'}, sorted(k - {'a'}), sorted(k ^ {'a', 'z'}))
print({'a', 'q'} & k, sorted(['x'] + list(k)), sorted({'z'} | k), sorted({'a', 'z'} - k))
print(k == {'a', 'b', 'c', 'd'}, k != {'a'}, k <= {'a', 'b', 'c', 'd', 'e'}, k < {'a'}, k >= {'a'}, k > set())
print(i & {('a', 1)}, sorted(i - {('a', 1)}), i == {('a', 1), ('b', 2), ('c', 3), ('d', 4)})
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), i.isdisjoint([('a', 2)]))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(d.keys() == d.keys(), {1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items())
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(i)).__name__)
it = iter(d)
print(next(it), next(it))
e = {}
print(e.keys(), e.values(), e.items(), list(e))
x = {1: 2}
try:
    for key in x:
        x[key + 1] = 0
except RuntimeError as exc:
    print('RuntimeError', exc)
x = {1: 2, 3: 4}
try:
    for key in x:
        if 3 in x:
            del x[3]
            x[5] = 6
except RuntimeError as exc:
    print('RuntimeError', exc)
y = {1: 1}
for key in y:
    y[key] = 2
print(y)
print(list(zip(d.keys(), d.values())) == list(d.items()))
print(sorted(d.items(), key=lambda p: -p[1]))
s = {'k': 'v'}
print(dict(s.items()), set(s.keys()), list(s.values()))
d = {1: 2}
print(d.keys().mapping, d.items().mapping[1], d.values().mapping == d)
