# Buffer exports: struct offsets into arrays, resizing once views are gone,
# and the generic messages naming array.array.
import struct, io, pickle
from array import array as A
from array_util import err

buf = A('b', bytes(10))
struct.pack_into('<h', buf, -2, 513)
print(buf, struct.unpack_from('<h', buf, -2), struct.unpack_from('<b', buf, 8))
err(struct.pack_into, '<I', buf, -2, 1)
err(struct.pack_into, '<B', buf, -11, 1)
err(struct.pack_into, '<I', buf, 8, 1)
err(struct.pack_into, '<I', buf, 2**63 - 1, 1)
err(struct.pack_into, '<I', buf, None, 1)
err(struct.unpack_from, '<I', buf, -2)
err(struct.unpack_from, '<B', buf, -11)
err(struct.unpack_from, 'b', A('b', [1]), 5)
err(struct.Struct('<i').pack_into, A('i', [0]), 0, 7)
print(struct.Struct('<hh').unpack_from(A('h', [3, 4])), struct.pack_into('<d', A('d', [0.0]), 0, 2.5))

# a view nobody holds no longer blocks resizing
def view_len(obj):
    m = memoryview(obj)
    return len(m)
for obj in (bytearray(b'abc'), A('b', [1, 2, 3])):
    view_len(obj)
    obj.extend(obj[:1])
    print(obj)
ba = bytearray(4)
io.BytesIO(b'wxyz').readinto(ba)
ba[:] = b'pq'
a = A('B', bytes(4))
io.BytesIO(b'wxyz').readinto(a)
a.pop()
print(ba, a)
held = memoryview(a)
err(a.pop)
held.release()
print(a.pop(), a)
b2 = pickle.loads(pickle.dumps(bytearray(b'abc'), 5))
b2[:] = b'xy'
print(b2)

# generic messages use CPython's tp_name
err(lambda: A('b') < [1])
err(hash, A('b'))
err(lambda: A('b') - A('b'))
err(lambda: A('b') ** 2)
err(pow, A('b'), 2, 3)
def isub(x):
    x -= 1
err(isub, A('b'))

# numbers from buffers: int()/float() read them, but a base needs str/bytes/bytearray
print(int(A('B', b'100')), float(A('B', b'1.5')), int(memoryview(b'42')), int(bytearray(b'11'), 2))
err(int, A('B', b'100'), 2)
err(int, memoryview(b'100'), 2)
