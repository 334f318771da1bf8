# array: pickling (__reduce_ex__, _array_reconstructor), copy and subclasses.
import array, pickle, copy, weakref
from array import array as A
from array_util import err

for tc in array.typecodes:
    a = A(tc, 'xyz' if tc == 'u' else [1, 2, 3])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        assert b == a and b.typecode == tc and type(b) is A, (tc, proto)
    print(tc, a.__reduce_ex__(2)[1], a.__reduce_ex__(3)[1][1:3])
print(A('b', [1]).__reduce_ex__(2), A('b', [1]).__reduce_ex__(3))

class S(A):
    def __init__(self, tc, init=(), extra=None):
        self.extra = extra
s = S('i', [1, 2], extra=5)
s.more = 'x'
print(repr(s), type(s).__name__, s.extra, s.__reduce_ex__(3)[1][0] is S, s.__reduce_ex__(3)[2])
t = pickle.loads(pickle.dumps(s, 4))
print(type(t).__name__, t, t.extra, t.more)
print(type(s[:]).__name__, type(s + s).__name__, type(s * 2).__name__, type(copy.copy(s)).__name__)
print(isinstance(s, A), issubclass(S, A), len(s), s == A('i', [1, 2]))

# copies are independent
a = A('d', [1.5, 2.5])
for c in (copy.copy(a), copy.deepcopy(a), a.__copy__(), a.__deepcopy__({}), a[:]):
    c[0] = 0
    print(c, a)

# _array_reconstructor conversions between machine formats
r = array._array_reconstructor
print(r(A, 'i', 8, b'\x01\x00\x00\x00'), r(A, 'h', 5, b'\x00\x01'), r(A, 'l', 13, bytes(7) + b'\x05'))
print(r(A, 'd', 15, b'\x3f\xc0\x00\x00'), r(A, 'f', 17, b'\x3f\xf8' + bytes(6)), r(A, 'u', 19, b'\x00a\x00b'))
print(r(A, 'u', 21, b'\x00\x00\x00a' * 2), r(A, 'u', 18, b'a\x00b\x00'), r(A, 'B', 0, b'\xff'), r(A, 'b', 0, b'\xff'), r(A, 'Q', 12, b'\xff' * 8))
err(r, 'x', 'b', 0, b'')
err(r, int, 'b', 0, b'')
err(r, A, 'x', 0, b'')
err(r, A, 'b', 22, b'')
err(r, A, 'b', -1, b'')
err(r, A, 'b', 0, 'abc')
err(r, A, 'h', 3, b'\x00')
err(r, A, 'u', 21, b'\x00\x00\x00a')
err(r, A, 'u', 19, b'\x00a')
err(r, A, 'f', 16, bytes(12))
err(r, A, 'i', 14, bytes(4))
print(r(A, 'i', 12, bytes(8)), r(A, 'b', 2, b'\x01\x00'))

# iterators pickle too
it = iter(A('i', [1, 2, 3]))
next(it)
print(it.__reduce__()[1:], list(pickle.loads(pickle.dumps(it))))
list(it)
print(it.__reduce__()[1])
it2 = iter(A('i', [1, 2, 3]))
it2.__setstate__(2)
print(list(it2))

p = weakref.proxy(a)
print(p.tolist(), len(p))
import collections.abc
print(isinstance(a, collections.abc.MutableSequence), isinstance(a, collections.abc.Reversible))
