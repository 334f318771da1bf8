# array: construction, typecodes, item conversion and CPython's error messages.
import array
from array import array as A
from array_util import err

print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a))

# construction from each kind of initializer
print(A('i', [1, 2, 3]), A('i', (4, 5)), A('d', range(3)), A('b', b'\x01\xff'), A('B', bytearray(b'ab')))
print(A('u', 'héllo'), A('h', A('h', [1, -1])), A('q', A('b', [1, 2])), A('f', (x / 2 for x in range(3))))
print(A('H', iter([1, 2])), A('d', [1, 2.5]), A('l', [True, False]))
err(A)
err(A, 1)
err(A, 'x')
err(A, 'bb')
err(A, 'u', [1])
err(A, 'b', 'abc')
err(A, 'b', A('u', 'a'))
err(A, 'i', 3)
err(A, 'b', [1], 2)
err(lambda: A('b', typecode='b'))
err(A, 'i', b'abc')

# the range and type checks of every typecode
cases = [('b', 128), ('b', -129), ('b', 1 << 20), ('b', 1 << 70), ('B', 256), ('B', -1),
         ('h', 1 << 15), ('h', -(1 << 15) - 1), ('H', 1 << 16), ('H', -1), ('H', 1 << 40),
         ('i', 1 << 31), ('i', -(1 << 31) - 1), ('I', 1 << 32), ('I', -1), ('I', 1 << 70),
         ('l', 1 << 63), ('l', -(1 << 63) - 1), ('L', 1 << 64), ('L', -1),
         ('q', 1 << 63), ('q', -(1 << 63) - 1), ('Q', 1 << 64), ('Q', -1),
         ('b', 1.5), ('I', 1.5), ('L', 'x'), ('Q', None), ('f', 'x'), ('d', None),
         ('u', 1), ('u', 'ab'), ('f', 1e300), ('b', True)]
for tc, v in cases:
    err(A, tc, [v])
# limits that fit
for tc, lo, hi in [('b', -128, 127), ('B', 0, 255), ('h', -32768, 32767), ('H', 0, 65535),
                   ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1), ('l', -2**63, 2**63 - 1),
                   ('L', 0, 2**64 - 1), ('q', -2**63, 2**63 - 1), ('Q', 0, 2**64 - 1)]:
    print(A(tc, [lo, hi]))

class Idx:
    def __index__(self):
        return 7
print(A('i', [Idx()]), A('d', [Idx()]) if False else A('Q', [Idx()]))
print(A('f', [0.1])[0], A('d', [0.1])[0], A('f', [float('inf'), -0.0]))

# getsets and sizes
a = A('i', [1, 2])
print(a.typecode, a.itemsize, a.buffer_info()[1], type(a.buffer_info()[0]))
print(a.__sizeof__() - A('i').__sizeof__(), A('b', [1]).__sizeof__() - A('b').__sizeof__())
err(setattr, a, 'typecode', 'b')
print(hasattr(A, "__class_getitem__"))
