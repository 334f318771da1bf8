print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate([], 3)), list(enumerate('x', start=-2)))
print(list(enumerate('ab', 2**70)))
print(list(zip('abc', range(5))), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
print(list(zip('ab', 'cd', strict=True)))
for args in (('ab', 'c'), ('a', 'bc'), ('ab', 'ab', 'a'), ('ab', 'ab', 'abc'), ('a', 'ab', 'abc')):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as exc:
        print('ValueError', exc)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2, 9])), list(map(str.upper, 'ab')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, 3])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), list(iter(Seq())), 20 in Seq())
class Rev:
    def __reversed__(self): return iter('zyx')
print(list(reversed(Rev())))
class Old:
    def __getitem__(self, i):
        if i > 4: raise StopIteration
        return i
print(list(Old()), list(enumerate(Old())))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 5)))
it = iter([1, 2, 3].pop, 1)
print(list(it))
e = enumerate('ab')
print(next(e), next(e), next(e, 'done'), iter(e) is e)
m = map(lambda x, y: x + y, 'ab', 'cd')
print(next(m), list(m))
z = zip(range(3), 'ab')
print(next(z), list(z), list(z))
try:
    reversed(5)
except TypeError as exc:
    print('TypeError', exc)
try:
    reversed({1, 2})
except TypeError as exc:
    print('TypeError', exc)
try:
    map(abs)
except TypeError as exc:
    print('TypeError', exc)
try:
    filter(None)
except TypeError as exc:
    print('TypeError', exc)
try:
    zip(1)
except TypeError as exc:
    print('TypeError', exc)
try:
    enumerate(1)
except TypeError as exc:
    print('TypeError', exc)
try:
    list(map(int, ['1', 'x']))
except ValueError as exc:
    print('ValueError', exc)
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as exc:
    print('TypeError', exc)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
print(type(reversed([])).__name__, type(reversed((1,))).__name__, type(iter(Old())).__name__, type(iter(counter, 0)).__name__)
print(dict(enumerate('xy')), sum(x * y for x, y in zip(range(4), range(4))))
