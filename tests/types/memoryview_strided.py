# memoryview extended slices: non-contiguous views (negative and >1 steps)

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def info(name, v):
    print(name, len(v), v.shape, v.strides, v.nbytes, v.c_contiguous, v.f_contiguous, v.contiguous)
    print("  ", v.tolist(), v.tobytes(), v.hex(), bytes(v))
    if v.ndim == 1:
        print("  ", list(v))

b = bytes(range(10))
m = memoryview(b)
info("::2", m[::2])
info("::-1", m[::-1])
info("1:5:2", m[1:5:2])
info("::3 of ::-1", m[::-1][::3])
info("1 item", m[1:2:5])
info("empty", m[5:1:2])
info("::1", m[::1])
info("step slice of step", m[1::2][1:3])
s = m[::2]
print(s[0], s[1], s[-1], s[4])
show("s[5]", lambda: s[5])
print(m[::-1][0], m[::-1][-1])
print(s == b'\x00\x02\x04\x06\x08', s == m[::2], s == m[:5], s != b'')
print(hash(s) == hash(bytes(s)), hash(m[::-1]) == hash(b[::-1]))
show("cast", lambda: m[::2].cast('B'))
show("cast2", lambda: m[::-1].cast('c'))
print(m[1:2:5].cast('c').tolist())
print(bytes(m[::3]), bytes(m[::-3]))
print(bytearray(m[::-2]))

# writable
ba = bytearray(b'abcdefgh')
w = memoryview(ba)
w[::2] = b'ABCD'
print(ba)
w[::-1] = b'12345678'
print(ba)
w[1::3] = w[0:3]
print(ba)
w2 = w[::2]
w2[1] = ord('z')
w2[-1] = ord('y')
print(ba)
w2[1:3] = b'QR'
print(ba)
show("len mismatch", lambda: w.__setitem__(slice(None, None, 2), b'abc'))
show("hash writable", lambda: hash(w[::2]))
show("readonly", lambda: m.__setitem__(slice(None, None, 2), b'xxxxx'))
show("toreadonly", lambda: w[::2].toreadonly().tolist())
show("hash ro bytearray", lambda: hash(w[::2].toreadonly()))
print(memoryview(w[::-1]).tobytes(), memoryview(w[::-1]).strides)

# other formats
import array
a = array.array('i', range(8))
ma = memoryview(a)
info("i ::3", ma[::3])
info("i ::-2", ma[::-2])
ma[::4] = array.array('i', [100, 200])
print(a.tolist())
show("hash i", lambda: hash(ma[::2].toreadonly()))

# N-D views sliced along the first dimension
m2 = memoryview(bytes(range(12))).cast('B', (4, 3))
info("2d ::2", m2[::2])
info("2d ::-1", m2[::-1])
print(m2[::-2][1, 2], m2[::-1][0, 0])
show("2d cast", lambda: m2[::2].cast('B'))

with memoryview(b'abcdef') as r:
    v = r[::2]
v.release()
show("released", lambda: v.tolist())
