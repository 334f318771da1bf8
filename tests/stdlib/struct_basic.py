import struct
print(struct.pack('<hIq', -2, 7, -1), struct.pack('>d', 1.5), struct.pack('@bhi', 1, 2, 3), struct.calcsize('@bhi'), struct.calcsize('<bhi'))
print(struct.unpack('<hIq', struct.pack('<hIq', -2, 7, -1)), struct.unpack('>fe', struct.pack('>fe', 0.1, 1.5)))
print(struct.pack('3s2xp?', b'abcdef', b'hi', True), struct.unpack('4s', b'wxyz'), struct.Struct('<2H').unpack_from(b'\x00\x01\x02\x03\x04', 1))
for bad in [('<h', 70000), ('<B', -1), ('<Q', -1), ('<i', 'x')]:
    try: struct.pack(*bad)
    except struct.error as e: print('error', e)
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')), struct.Struct('<i').size, struct.pack('<e', 65504.0))
try: struct.unpack('<i', b'ab')
except struct.error as e: print(e)
