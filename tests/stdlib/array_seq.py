# array: the sequence protocol, methods, slices, operators and comparisons.
from array import array as A
from array_util import err

a = A('i', range(10))
print(a[0], a[-1], a[2:5], a[::-2], a[100:], a[-3:], a[::3])
err(lambda: a[10])
err(lambda: a[-11])
err(lambda: a['x'])
err(lambda: a[1.0])
a[0] = 100
a[-1] = -9
print(a)
err(a.__setitem__, 10, 1)
err(a.__setitem__, 0, 'x')
err(a.__setitem__, 'x', 1)

# slice assignment and deletion
b = A('i', range(8))
b[2:4] = A('i', [20, 30, 40])
print(b)
b[1:6] = A('i')
print(b)
b[::2] = A('i', [-1] * len(b[::2]))
print(b)
b[:] = b
print(b)
b[5:2] = A('i', [7])
print(b)
err(b.__setitem__, slice(0, 2), [1, 2])
err(b.__setitem__, slice(0, 2), A('h', [1, 2]))
err(b.__setitem__, slice(None, None, 2), A('i', [1]))
c = A('d', range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
del c[::-2]
print(c)
err(c.__delitem__, 20)

# methods
a = A('h', [3, 1, 4, 1, 5])
a.append(9); a.extend([2, 6]); a.extend(A('h', [5])); a.insert(0, -1); a.insert(-1, 8); a.insert(100, 7)
print(a, a.count(1), a.count(42), a.index(1), a.index(1, 3), a.index(5, -3, -1))
err(a.index, 42)
err(a.index, 1, 5, 6)
err(a.extend, A('i', [1]))
err(a.extend, 5)
err(a.append, 'x')
err(a.append)
err(a.insert, 'x', 1)
print(a.pop(), a.pop(0), a.pop(-2), a)
err(a.pop, 100)
err(A('b').pop)
a.remove(1)
print(a)
err(a.remove, 42)
a.reverse()
print(a)
a.byteswap()
print(a)
a.byteswap()
print(a.tolist(), a.tobytes()[:4])
a.fromlist([10, 11])
print(a)
err(a.fromlist, (1, 2))
err(a.fromlist, [1, 'x'])
print(a)
a.frombytes(b'\x01\x00')
print(a)
err(a.frombytes, b'\x01')
err(a.frombytes, 'ab')
err(a.frombytes, a)
b8 = A('b', [1, 0, 2, 0])
err(b8.frombytes, b8)
err(b8.frombytes, memoryview(b8))
a.frombytes(b8)
print(len(a), b8, a[-4:])

u = A('u', 'ab')
u.fromunicode('cd€')
print(u, u.tounicode(), u[4], u.tolist())
err(u.fromunicode, 5)
err(A('b').fromunicode, 'x')
err(A('b').tounicode)
err(u.append, 'xy')
print('c' in u, 'z' in u, 3 in A('i', [3]), 3.0 in A('i', [3]), 'x' in A('i', [3]))

# operators
x, y = A('b', [1, 2]), A('b', [3])
print(x + y, x * 3, 2 * x, x * -1, x * 0)
x += y
print(x)
x *= 2
print(x)
x *= 0
print(x, len(x))
err(lambda: x + [1])
err(lambda: x + A('h'))
err(lambda: x * 1.5)
def iadd(p, q):
    p += q
    return p
err(iadd, A('b'), [1])
err(iadd, A('b'), A('i'))
print(A('i', [1, 2]) * 2 == A('i', [1, 2, 1, 2]))

# comparisons, also between typecodes
p, q = A('i', [1, 2, 3]), A('d', [1.0, 2.0, 3.0])
print(p == q, p != q, p < A('b', [1, 2, 4]), p <= q, p > A('h', [1, 2]), p >= A('B', [1, 3]))
print(A('i') == A('d'), A('i') < A('d', [0]), p == [1, 2, 3], p != (1, 2, 3))
nan = float('nan')
print(A('d', [nan]) == A('d', [nan]), A('d', [1, nan]) < A('d', [2, nan]))

# iteration
it = iter(A('b', [5, 6, 7]))
print(type(it).__name__, type(it).__module__, next(it), list(it), list(it))
m = A('i', [1, 2])
it = iter(m)
next(it)
m.append(3)
print(list(it))
for v in A('d', [0.5, 1.5]):
    print(v)
print(list(reversed(A('i', [1, 2, 3]))), sorted(A('i', [3, 1, 2])), sum(A('i', [1, 2, 3])))
print(A('i', [1, 2]) == A('i', [1, 2]).__copy__())
