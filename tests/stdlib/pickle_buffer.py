# pickle.PickleBuffer (protocol 5 out-of-band buffers) over the buffer protocol.
import array
import pickle
from pickle import PickleBuffer

print(PickleBuffer, PickleBuffer.__module__, 'PickleBuffer' in pickle.__all__)
pb = PickleBuffer(b'abc')
m = pb.raw()
with memoryview(pb) as view:
    print(type(m).__name__, bytes(m), m.readonly, m.format, m.ndim, m.nbytes, view.tobytes())
m.release()

ba = bytearray(b'xyz')
pb2 = PickleBuffer(ba)
m = pb2.raw()
m[0] = ord('X')
with memoryview(pb2) as view:
    print(ba, m.readonly, bytes(view))
try:
    ba.append(1)
except BufferError as e:
    print('BufferError', e)
m.release()
pb2.release()
pb2.release()
ba.append(33)
print(ba)
for call in (pb2.raw, lambda: PickleBuffer(5), lambda: PickleBuffer('str'), lambda: PickleBuffer()):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

a = array.array('i', [1, 2, 3])
r = PickleBuffer(a).raw()
print(r.format, r.nbytes, r.readonly, r.tobytes() == a.tobytes())

# in-band: the pickle holds the bytes
for obj in (PickleBuffer(b'in band'), PickleBuffer(bytearray(b'mutable'))):
    data = pickle.dumps(obj, protocol=5)
    print(pickle.loads(data))
# out-of-band: the buffers travel beside the pickle
buffers = []
data = pickle.dumps([PickleBuffer(b'0123456789'), PickleBuffer(bytearray(b'rw'))], protocol=5,
                    buffer_callback=buffers.append)
print(len(buffers), all(isinstance(b, PickleBuffer) for b in buffers))
got = pickle.loads(data, buffers=buffers)
print([(type(x).__name__, bytes(x)) for x in got])
with memoryview(got[0]) as v0, memoryview(got[1]) as v1:
    print(v0.readonly, v1.readonly)
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
try:
    pickle.dumps(PickleBuffer(b'x'), protocol=4)
except pickle.PicklingError as e:
    print('PicklingError', e)
