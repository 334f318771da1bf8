a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[100:], a[-100:2])
print(a[5:2], a[::-3], a[-1:-4:-1], a[3:3])
b = a[:]
b[2:5] = ['x', 'y']
print(b)
b[0:0] = [100, 101]
print(b)
b[-1:] = []
print(b)
b[:] = 'abc'
print(b)
b[1:2] = b
print(b)
c = list(range(10))
c[::2] = 'abcde'
print(c)
c[::-3] = [0, 0, 0, 0]
print(c)
del c[::2]
print(c)
d = list(range(10))
del d[1:8:3]
print(d)
del d[::-2]
print(d)
e = list(range(6))
del e[2:4]
print(e)
del e[:]
print(e)
f = list(range(5))
f[10:20] = [9]
print(f)
f[-10:0] = [8]
print(f)
f[3:1] = ['z']
print(f)
g = [1, 2, 3, 4, 5]
print(g[slice(1, 4)], g[slice(None, None, -1)], g[True], g[False:True])
try:
    g[::2] = [1]
except ValueError as exc:
    print('ValueError', exc)
try:
    g[::2] = 5
except TypeError as exc:
    print('TypeError', exc)
try:
    g[1:2] = 5
except TypeError as exc:
    print('TypeError', exc)
try:
    g[::0]
except ValueError as exc:
    print('ValueError', exc)
try:
    g['a':]
except TypeError as exc:
    print('TypeError', exc)
h = list(range(20))
h[2:18:4] = range(4)
print(h)
print(h[-2:-30:-5], h[2**70:], h[-2**70:3])
