d = {}
for c in 'zyxabc':
    d[c] = ord(c)
print(list(d))
del d['x']
d['x'] = 0
print(list(d))
d['z'] = 'new'
print(d)
print(d.popitem(), d.popitem(), list(d))
d.update(q=1, a=2)
print(d)
e = dict.fromkeys('mississippi')
print(list(e))
f = {i: None for i in range(10)}
for i in range(0, 10, 3):
    del f[i]
for i in range(0, 10, 3):
    f[i] = 'back'
print(list(f))
g = {}
for i in range(50):
    g[i] = i
    if i % 3 == 0:
        del g[i]
print(list(g)[:10], len(g))
h = {'b': 1, 'a': 2}
print(h == {'a': 2, 'b': 1}, list(h) == list({'a': 2, 'b': 1}))
print({**{'x': 1, 'y': 2}, 'x': 3, **{'z': 4}})
