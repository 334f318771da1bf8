# bytearray pickling: CPython's (type, args, __getstate__()) for subclasses with __dict__ and __slots__.
import pickle, copy
class B(bytearray): pass
class S(bytearray):
    __slots__ = ('y', '__dict__')
b = B(b'ab'); b.x = 1
s = S(b'a\xff'); s.y = 2; s.x = 3
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, b.__reduce_ex__(proto), s.__reduce_ex__(proto))
    for o in (b, s, bytearray(), bytearray(b'\x00\x80')):
        c = pickle.loads(pickle.dumps(o, proto))
        print(type(c).__name__, c, getattr(c, 'x', None), getattr(c, 'y', None))
print(b.__reduce__(), bytearray().__reduce__(), copy.copy(s).y, copy.deepcopy(b).x)
