print(dict(['ab', 'cd']), dict([[1, 2], (3, 4)]), dict(zip(range(3), 'abc')), dict({1: 2}.items()))
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
print(dict(M()), {**M()}, dict(M(), c=3))
d = {}
d.update(M())
print(d)
def f(**kw): return sorted(kw.items())

try:
    f(**{1: 2})
except TypeError as e:
    print(e)
print({1: 'a', **{2: 'b'}, 3: 'c'}, [*{1: 2}], {*{1: 2}.values()})
