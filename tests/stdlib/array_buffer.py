# array and the buffer protocol: memoryview, bytes(), struct, files, hashes,
# and resizing refused while exported.
import array, struct, hashlib, zlib, binascii, io, os, tempfile, base64
from array import array as A
from array_util import err

a = A('h', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.shape, m.strides, m.nbytes, m.readonly, m.ndim, m.tolist(), m[1], m[-1])
m[0] = 100
print(a)
for f in (lambda: a.append(5), lambda: a.extend([1]), lambda: a.pop(), lambda: a.remove(2),
          lambda: a.insert(0, 1), lambda: a.frombytes(b'\0\0'), lambda: a.fromlist([1]),
          lambda: a.__delitem__(0), lambda: a.__delitem__(slice(0, 1)), lambda: a.__delitem__(slice(None, None, 2)),
          lambda: a.__setitem__(slice(0, 1), A('h')), lambda: a.__imul__(2), lambda: a.__iadd__(A('h', [1]))):
    err(f)
a[1] = 7
a[0:2] = A('h', [8, 9])
a *= 1
print(a, m.tolist())
c = m.cast('B')
print(c.format, len(c), c.tolist())
m.release()
err(a.append, 5)
c.release()
a.append(5)
print(a)
with memoryview(a) as mm:
    err(a.pop)
a.pop()
print(a)

for tc in 'bBhHiIlLqQfd':
    mv = memoryview(A(tc, [1, 2]))
    print(tc, mv.format, mv.itemsize, mv.tolist(), mv.nbytes)
mu = memoryview(A('u', 'ab'))
print(mu.format, mu.itemsize, mu.nbytes, mu == mu)
err(mu.tolist)
err(lambda: mu[0])

print(bytes(a), bytearray(a), b''.join([a, a]), b'x' + a, bytearray(b'y') + a)
print(bytes(A('d', [1.0])), bytes(A('u', 'a')), len(bytes(A('Q', [1, 2]))))
b = A('b', bytes(8))
struct.pack_into('<hh', b, 2, 7, -1)
print(b, struct.unpack_from('<hh', b, 2), struct.unpack('<3h', A('h', [1, 2, 3])))
print(list(struct.iter_unpack('<i', A('i', [4, 5]))))
err(struct.pack_into, '<h', A('b', [0]), 0, 1)
print(hashlib.sha256(a).hexdigest()[:16], hashlib.md5(A('B', b'abc')).hexdigest())
print(zlib.crc32(a), zlib.adler32(a), zlib.decompress(zlib.compress(a)))
print(binascii.hexlify(a), binascii.crc32(a), base64.b64encode(A('B', b'hi')), base64.b16encode(A('b', [1, 2])))
f = io.BytesIO()
print(f.write(a), f.getvalue())
r = A('i', [0, 0])
print(io.BytesIO(b'\x01\x00\x00\x00\x02\x00\x00\x00').readinto(r), r)

fd, fn = tempfile.mkstemp()
os.close(fd)
with open(fn, 'wb') as fh:
    print(fh.write(A('i', [5, 6])))
    A('h', [7, 8]).tofile(fh)
with open(fn, 'rb') as fh:
    r = A('i', [0, 0])
    print(fh.readinto(r), r)
    s = A('h')
    s.fromfile(fh, 2)
    print(s)
    err(s.fromfile, fh, 1)
    err(s.fromfile, fh, -1)
    err(s.fromfile, fh, 'x')
with open(fn, 'rb') as fh:
    t = A('i')
    err(t.fromfile, fh, 4)
    print(t)
with open(fn, 'rb', buffering=0) as fh:
    print(os.readv(fh.fileno(), [A('b', [0, 0])]))
os.unlink(fn)
err(A('b').fromfile, io.StringIO('ab'), 1)
err(A('b').tofile, io.StringIO())

# comparisons with memoryviews and byte strings
print(memoryview(a) == a, a == memoryview(a), memoryview(A('B', [1, 2])) == b'\x01\x02')
print(memoryview(b'\x01\x00') == A('h', [1]), memoryview(A('h', [1])) == A('i', [1]), memoryview(A('b', [1])) == A('d', [1.0]))
print(bytearray(b'\x01\x00') == A('h', [1]), b'\x01\x00' == A('h', [1]), A('h', [1]) == b'\x01\x00')
nan = A('d', [float('nan')])
print(memoryview(nan) == nan, memoryview(A('d', [1.5])) == A('d', [1.5]))
print(int.from_bytes(A('B', [1, 2]), 'little'), A('B', b'abc').tobytes().decode())
