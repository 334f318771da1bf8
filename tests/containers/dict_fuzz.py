# Differential check of dict operations (order, popitem, views) against CPython.
x = 24681357
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n
out = []
for trial in range(150):
    d = {}
    for step in range(rnd(300)):
        op = rnd(12)
        k = rnd(60) if rnd(2) else 'k%d' % rnd(60)
        if op < 5: d[k] = step
        elif op < 7: d.pop(k, None)
        elif op == 7 and d: d.popitem()
        elif op == 8: d.setdefault(k, -step)
        elif op == 9: d.update({k: 1, (k, 1): 2})
        elif op == 10: d |= [(k, 'x')]
        else:
            if k in d: del d[k]
    e = dict(d)
    out.append((list(d.items()), list(reversed(d)), sorted(d.keys() & {1, 2, 'k3'}, key=repr),
                len(d), d == e, list(d.values())[:5], list(d.copy())[-3:], list(dict.fromkeys(d))[:4]))
    pops = []
    while e and len(pops) < 4:
        pops.append(e.popitem())
    out.append((pops, list(e)[-3:]))
h = 0
for o in out:
    for ch in repr(o).encode():
        h = (h * 131 + ch) % 2305843009213693951
print('checksum', h)
for o in out[:10]:
    print(o)
