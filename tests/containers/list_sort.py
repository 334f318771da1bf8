class Rand:
    def __init__(self, seed): self.x = seed
    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x % n
random = Rand(5)
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1, 2.25, -1]), sorted([True, False, 2, -1]))
big = [random.randrange(1000) for _ in range(2000)]
s = sorted(big)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s), s[:5], s[-5:])
recs = [(random.randrange(10), i) for i in range(500)]
st = sorted(recs, key=lambda r: r[0])
print(all(st[i][0] < st[i + 1][0] or (st[i][0] == st[i + 1][0] and st[i][1] < st[i + 1][1]) for i in range(499)))
st = sorted(recs, key=lambda r: r[0], reverse=True)
print(all(st[i][0] > st[i + 1][0] or (st[i][0] == st[i + 1][0] and st[i][1] < st[i + 1][1]) for i in range(499)))
strs = [str(random.randrange(10000)) for _ in range(300)]
print(sorted(strs)[:10])
print(sorted([]), sorted([1]), sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}))
try:
    [3, 'a', 1].sort()
except TypeError as exc:
    print('TypeError', exc)
try:
    [1, 2].sort(lambda x: x)
except TypeError as exc:
    print('TypeError', exc)
l = [3, 1, 2]
def bad(x):
    l.append(x)
    return x
try:
    l.sort(key=bad)
except ValueError as exc:
    print('ValueError', exc)
print(l)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
print(sorted([K(3), K(1), K(2)], reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([-0.5, float('inf'), -float('inf')]))
