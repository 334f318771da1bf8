x = 12345
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n
ok = True
for n in list(range(70)) + [100, 255, 1000, 5000]:
    for kind in range(4):
        if kind == 0: l = [rnd(50) for _ in range(n)]
        elif kind == 1: l = list(range(n))
        elif kind == 2: l = list(range(n, 0, -1))
        else: l = [(rnd(5), i) for i in range(n)]
        s = sorted(l)
        if any(s[i] > s[i + 1] for i in range(len(s) - 1)) or len(s) != n:
            ok = False; print('bad', n, kind)
        if kind == 3:
            t = sorted(l, key=lambda p: p[0])
            if t != s: ok = False; print('unstable', n)
            r = sorted(l, key=lambda p: p[0], reverse=True)
            if r != sorted(l, key=lambda p: (-p[0], p[1])): ok = False; print('rev unstable', n)
        f = sorted([float(v) for v in range(n)], reverse=True)
        if f != [float(v) for v in range(n - 1, -1, -1)]: ok = False; print('float', n)
print(ok)
