# Differential check of set iteration order, set algebra and frozenset hashes
# against CPython's table algorithm (ints and tuples hash deterministically).
x = 987654321
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n
out = []
for trial in range(200):
    s = set()
    f = None
    for step in range(rnd(120)):
        op = rnd(10)
        v = rnd(200) - 50
        if op < 5: s.add(v)
        elif op < 7: s.discard(v)
        elif op == 7 and s: s.pop()
        elif op == 8: s |= {v, v * 3, (v, 1)}
        else: s -= {v, v + 1}
    t = {rnd(100) for _ in range(rnd(30))}
    out.append((list(s), list(s & t), list(t & s), list(s - t), list(s ^ t), list(s | t), list(frozenset(s)),
                hash(frozenset(s)), list(set(list(s))), list(s.union(range(5))), list(s.intersection(list(t))),
                list(s.symmetric_difference(list(t))), list(s.difference(list(t))), s <= t, s.isdisjoint(t)))
    c = s.copy()
    popped = [c.pop() for _ in range(min(3, len(c)))]
    out.append((popped, list(c)))
h = 0
for o in out[:12]:
    h = (h * 31 + hash(repr(o))) % (2**61)
print(len(out))
for o in out[:12]:
    print(o)
print(out[-1])
