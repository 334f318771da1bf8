# BufferedRWPair over two pipes, and a BufferedReader/Writer pair sharing one.
import _io, io, os, pickle

r1, w1 = os.pipe()
r2, w2 = os.pipe()
pair = _io.BufferedRWPair(_io.FileIO(r1, "r"), _io.FileIO(w2, "w"), 8)
peer_in = _io.FileIO(w1, "w")
peer_out = _io.BufferedReader(_io.FileIO(r2, "r"))
print(pair.readable(), pair.writable(), pair.closed, pair.isatty())
print(pair.write(b"hello "), pair.write(b"world\n"), pair.flush())
print(peer_out.readline())
peer_in.write(b"line one\nline two\nrest")
peer_in.close()
print(pair.peek(1)[:1], pair.read1(3), pair.readline(), pair.read(4))
ba = bytearray(3)
print(pair.readinto(ba), ba, pair.readinto1(bytearray(10)), pair.read(), pair.read())
t_calls = []
for name in ("seek", "tell", "truncate", "fileno", "detach"):
    try:
        getattr(pair, name)(0) if name == "seek" else getattr(pair, name)()
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    pickle.dumps(pair)
except TypeError as e:
    print("pickle", e)
pair.write(b"unflushed")
pair.close()
print(pair.closed, peer_out.read())
peer_out.close()
try:
    pair.write(b"x")
except ValueError as e:
    print("closed write:", e)
for args in ((), (1,), (1, 2, 3, 4)):
    try:
        _io.BufferedRWPair(*args)
    except TypeError as e:
        print(e)
try:
    _io.BufferedRWPair(1, 2, buffer_size=3)
except TypeError as e:
    print(e)
try:
    _io.BufferedRWPair(_io.FileIO(os.pipe()[1], "w"), 2)
except io.UnsupportedOperation as e:
    print(e)
u = _io.BufferedRWPair.__new__(_io.BufferedRWPair)
for name in ("read", "write", "flush"):
    try:
        getattr(u, name)(b"x") if name == "write" else getattr(u, name)()
    except ValueError as e:
        print(name, e)
try:
    u.closed
except Exception as e:
    print(type(e).__name__, e)
