# struct: embedded NULs, total size overflow, saturating 'p' length bytes, __index__ results.
import struct, sys
for f in ['\0', '2\0i', b'\0', '{}b{}H'.format(sys.maxsize//2, sys.maxsize//2), '{}b'.format(sys.maxsize+1), '{}x{}x'.format(sys.maxsize, 2)]:
    try: print(struct.calcsize(f))
    except struct.error as e: print(e)
print(struct.pack('1000p', b'x'*1000)[:3], len(struct.pack('300p', b'y'*400)), struct.unpack('300p', struct.pack('300p', b'y'*400))[0][-2:], len(struct.unpack('300p', struct.pack('300p', b'y'*400))[0]))
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(struct.pack('b', I(5)))
for v in (b'a', None):
    try: struct.pack('b', I(v))
    except TypeError as e: print(e)
