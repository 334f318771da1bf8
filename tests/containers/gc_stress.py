# Containers under allocation pressure: everything built must survive collections.
keep = []
for round in range(30):
    d = {}
    for i in range(2000):
        d['k%d' % i] = [i, (i, str(i)), {i, i + 1}, frozenset([i])]
    keep.append(d)
    if len(keep) > 4:
        keep.pop(0)
total = 0
for d in keep:
    for k, v in d.items():
        total += v[0] + v[1][0] + len(v[2]) + len(v[3])
        assert v[1][1] == k[1:]
print(total)
l = []
for i in range(100000):
    l.append((i, [i]))
print(sum(t[0] + t[1][0] for t in l), len(l))
s = set()
for i in range(50000):
    s.add(str(i))
print(len(s), '49999' in s, '50000' in s)
t = tuple(range(100000))
print(sum(t), t[-1], len(t[::3]))
ls = [str(i) for i in range(30000)]
ls.sort()
print(ls[:3], ls[-1])
ls.sort(key=lambda x: (len(x), x))
print(ls[:3], ls[-1])
