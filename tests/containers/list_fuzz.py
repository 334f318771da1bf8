# Differential check of list slicing, slice assignment/deletion and in-place ops.
x = 13579
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n
def rs():
    pick = lambda: None if rnd(4) == 0 else rnd(30) - 15
    step = None if rnd(3) == 0 else (rnd(7) - 3 or 1)
    return slice(pick(), pick(), step)
out = []
for trial in range(400):
    l = list(range(rnd(20)))
    for step in range(6):
        op = rnd(7)
        s = rs()
        try:
            if op == 0: out.append(l[s])
            elif op == 1: del l[s]
            elif op == 2:
                n = len(range(*s.indices(len(l))))
                l[s] = ['a%d' % i for i in range(n if s.step not in (None, 1) else rnd(5))]
            elif op == 3: l += l[s]
            elif op == 4: l *= rnd(3)
            elif op == 5: l.insert(rnd(40) - 20, step)
            else: out.append(tuple(l)[s])
        except (ValueError, IndexError) as e:
            out.append(type(e).__name__ + str(e))
        out.append(list(l))
h = 0
for o in out:
    for ch in repr(o).encode():
        h = (h * 131 + ch) % 2305843009213693951
print('checksum', h, len(out))
for o in out[:15]:
    print(o)
