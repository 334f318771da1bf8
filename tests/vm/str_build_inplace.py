# `s += x` and `s = s + x` on locals append in place while the local is the
# only reference (ADD_FAST): nothing of that may be visible.  Every case here
# keeps a second reference to a string being built and checks it never changes.
import sys


def alias_then_append():
    s = ''
    seen = []
    for i in range(40):
        s += 'ab'
        t = s
        s += 'c'
        seen.append((t, s))
    print(len(s), seen[3], seen[-1][0][-5:], all(len(a) + 1 == len(b) for a, b in seen))


def list_append_then_append():
    s = 'x'
    out = []
    for i in range(30):
        s += str(i % 10)
        out.append(s)
        s += '-'
    print(out[:4], len(out[-1]), out[-1] == s[:-1])


def dict_key_then_append():
    s = 'k'
    d = {}
    for i in range(20):
        s += 'y'
        d[s] = i
    s += 'z'
    keys = list(d)
    print(len(d), d['k' + 'y' * 5], all(d[k] == len(k) - 2 for k in keys), hash(s) == hash('k' + 'y' * 20 + 'z'))


def locals_snapshot():
    s = 'a'
    for i in range(10):
        s += 'b'
    snap = locals()
    s += 'c'
    print(snap['s'], s)
    for i in range(5):
        s += 'd'
        snap = locals()
        s += 'e'
    print(snap['s'], s)


def frame_f_locals():
    s = 'p'
    keep = []
    for i in range(6):
        s += 'q'
        keep.append(sys._getframe().f_locals['s'])
        s += 'r'
    print(keep, s)


def walrus_and_self():
    s = 'ab'
    s += 'cd'
    s += (s := 'Q')
    print(s)
    s = 'xy'
    s += 'z'
    s += s
    print(s)
    s = s + s[:2]
    print(s)


def identity():
    t = 'abc'
    s = ''
    s += t
    print(s is t)
    s += ''
    print(s is t)
    s += 'd'
    u = s
    s += ''
    print(s is u, s)
    s = 'e'
    s = s + 'f'
    v = s
    s = s + 'g'
    print(v, s, v is s)


def gen():
    s = ''
    while True:
        s += yield s
        s += '.'


def generators():
    g = gen()
    next(g)
    got = [g.send(c) for c in 'abcd']
    print(got)
    g2 = gen()
    next(g2)
    g2.send('x')
    fl = g2.gi_frame.f_locals['s']
    print(fl, g2.send('y'), fl)

    def build(n):
        s = ''
        for i in range(n):
            s += chr(97 + i)
            yield s
    print(list(build(6)))


def may_fail(i):
    if i % 3 == 0:
        raise ValueError(i)
    return str(i)


def exceptions_mid_loop():
    s = 's'
    saved = []
    for i in range(10):
        try:
            s += may_fail(i)
        except ValueError as e:
            saved.append(e.__traceback__.tb_frame.f_locals['s'])
        s += '|'
    print(s, saved)
    s = 'abc'
    try:
        s += 5
    except TypeError as e:
        print('TypeError:', e, s)
    try:
        s = s + None
    except TypeError as e:
        print('TypeError:', e, s)


def unbound():
    try:
        s += 'x'
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    s = 'a'
    del s
    try:
        s = s + 'x'
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)


def non_ascii():
    s = 'abc'
    t = s
    for i in range(20):
        s += 'é' if i % 4 == 0 else 'z'
        if i == 10:
            t = s
    print(s, len(s), s[21], s[1], s.index('é', 5), t, len(t), t[-1])
    b = 'ü'
    for i in range(100):
        b += '€x'
    print(len(b), b[150], b.count('€'), b[-3:])


class S(str):
    def __radd__(self, other):
        return 'radd(' + other + ')'


class Acc:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self

    def __add__(self, k):
        r = Acc()
        r.n = self.n + k + 100
        return r


def other_types():
    s = 'abc'
    s += S('x')
    print(s, type(s).__name__)
    n = 5
    n += 2
    n += 2 ** 62
    n += -(2 ** 62)
    f = 1.5
    f += 2.25
    f += 1
    print(n, f)
    l = [1]
    m = l
    l += [2]
    l = l + [3]
    print(l, m)
    a = Acc()
    a2 = a
    a += 3
    a = a + 1
    print(a.n, a2.n, a is a2)
    t = (1,)
    t += (2,)
    print(t)
    bb = b'ab'
    ba = bytearray(b'c')
    bb += ba
    print(bb, type(bb).__name__)
    ba += b'd'
    print(ba)


def closures():
    s = 'c'

    def inner():
        nonlocal s
        s += 'i'
    for i in range(3):
        s += 'o'
        inner()
    print(s)
    x = 'y'
    f = lambda: x
    for i in range(3):
        x += 'z'
    print(f())


def many_locals():
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = 0
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = b8 = b9 = 0
    c0 = c1 = c2 = c3 = c4 = c5 = c6 = c7 = c8 = c9 = 0
    d0 = d1 = d2 = ''
    for i in range(5):
        d0 += 'a'
        d1 += d0
        d2 = d2 + d1
    print(d0, d1, d2, a0 + b9 + c5)


def interned():
    s = 'inter'
    for i in range(3):
        s += 'n'
    t = sys.intern(s)
    s += 'ed'
    print(t, s, sys.intern('internnn') is t)


def with_args(s, n):
    for i in range(n):
        s += '+'
    return s


def args_stay():
    base = 'arg'
    r = with_args(base, 4)
    r2 = with_args(r, 2)
    print(base, r, r2)


def long_build():
    s = ''
    parts = []
    for i in range(3000):
        s += str(i)
        if i % 1000 == 0:
            parts.append(s)
    print(len(s), [len(p) for p in parts], s[:12], s[-8:], parts[1][-4:])
    b = b''
    for i in range(2000):
        b += bytes([i % 256])
    print(len(b), b[:4], b[-3:], sum(b))


s = 'module'
for i in range(3):
    s += '!'
print(s)


class C:
    v = 'cls'
    v += '!'
    print(v)


for fn in [alias_then_append, list_append_then_append, dict_key_then_append, locals_snapshot,
           frame_f_locals, walrus_and_self, identity, generators, exceptions_mid_loop, unbound,
           non_ascii, other_types, closures, many_locals, interned, args_stay, long_build]:
    print('--', fn.__name__)
    fn()
