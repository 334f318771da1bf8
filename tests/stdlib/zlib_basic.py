import zlib, random

rng = random.Random(12345)
def rbytes(n, alpha=256):
    return bytes(rng.randrange(alpha) for _ in range(n))

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_FINISH,
      zlib.Z_SYNC_FLUSH, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)
for data in [b"", b"a", b"hello world" * 100, rbytes(1000), rbytes(70000, 4)]:
    for level in (-1, 0, 1, 9):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
    print(len(data), zlib.crc32(data), zlib.adler32(data), zlib.compress(data)[:2].hex(),
          len(zlib.compress(data, 9)))
    for wbits in (9, 15, -15, 31, -9):
        c = zlib.compress(data, 6, wbits)
        assert zlib.decompress(c, wbits) == data, wbits
    assert zlib.decompress(zlib.compress(data, wbits=31), 47) == data
    assert zlib.decompress(zlib.compress(data), bufsize=1) == data
print(zlib.crc32(b"abc", 123), zlib.adler32(b"abc", 99), zlib.crc32(b"x", -1), zlib.crc32(bytearray(b"xyz")),
      zlib.crc32(memoryview(b"xyz")))
print(zlib.compress(b"abcabcabc"))

# streaming
data = rbytes(50000, 16)
co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[i:i + 777]) for i in range(0, len(data), 777)]
parts.append(co.flush())
comp = b"".join(parts)
print(len(comp) == len(zlib.compress(data, 9)) - 6, zlib.decompress(comp, -15) == data)
do = zlib.decompressobj(-15)
out = b""
for i in range(0, len(comp), 100):
    out += do.decompress(comp[i:i + 100])
out += do.flush()
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)

# max_length and unconsumed_tail
comp = zlib.compress(data)
do = zlib.decompressobj()
chunks = []
buf = comp
while buf:
    chunks.append(do.decompress(buf, 1000))
    buf = do.unconsumed_tail
    if do.eof:
        break
print(len(chunks), max(len(c) for c in chunks), b"".join(chunks) == data, do.eof)

# unused_data
do = zlib.decompressobj()
r = do.decompress(zlib.compress(b"payload") + b"TRAILING")
print(r, do.unused_data, do.eof, do.unconsumed_tail)
r = do.decompress(b"more")
print(r, do.unused_data)

# sync flush + copy
co = zlib.compressobj()
a = co.compress(b"first part ")
a += co.flush(zlib.Z_SYNC_FLUSH)
co2 = co.copy()
b1 = co.compress(b"ending one") + co.flush()
b2 = co2.compress(b"ending two") + co2.flush()
print(zlib.decompress(a + b1), zlib.decompress(a + b2))
do = zlib.decompressobj()
print(do.decompress(a))
do2 = do.copy()
print(do.decompress(b1), do2.decompress(b2), do.eof, do2.eof)

# zdict
zd = b"the quick brown fox jumps over the lazy dog"
co = zlib.compressobj(zdict=zd)
c = co.compress(b"the lazy dog jumps over the quick brown fox") + co.flush()
do = zlib.decompressobj(zdict=zd)
print(do.decompress(c))
try:
    zlib.decompress(c)
except zlib.error as e:
    print("error", e)

# errors
for bad in [b"garbage", zlib.compress(b"hello world")[:-3], b""]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print(type(e).__name__, e)
for f in [lambda: zlib.compress("text"), lambda: zlib.crc32("x"), lambda: zlib.compress(b"x", 10),
          lambda: zlib.compressobj(wbits=99), lambda: zlib.decompressobj(wbits=99),
          lambda: zlib.decompress(b"x", bufsize=-1), lambda: zlib.decompressobj().decompress(b"x", -1),
          lambda: zlib.decompressobj().flush(0), lambda: zlib.decompressobj().decompress(b"bad data"),
          lambda: zlib.decompress(b"x\x9c", 99)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
co = zlib.compressobj()
co.compress(b"x"); co.flush()
try:
    co.copy()
except ValueError as e:
    print("ValueError", e)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
