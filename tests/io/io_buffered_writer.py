# BufferedWriter and BufferedRandom (C _io): buffering and write-through,
# flush/close, tell/seek with pending data, non-blocking raw streams, the
# reentrancy check, closed and detached streams.
import _io, io, os, pickle, tempfile

d = tempfile.mkdtemp(prefix="bufw-")
p = os.path.join(d, "w.bin")


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace(d, "DIR"))
    else:
        print(label, "=", repr(r).replace(d, "DIR"))


def size():
    return os.path.getsize(p)


w = _io.BufferedWriter(_io.FileIO(p, "w"), 16)
print(repr(w).replace(d, "DIR"), w.mode, w.closed, w.writable(), w.readable(), w.seekable())
print(w.write(b"abc"), size(), w.tell(), w.write(bytearray(b"defgh")), size(), w.tell())
print(w.write(memoryview(b"0123456789")), size(), w.tell())       # fills: flushed
print(w.write(b"x" * 40), size(), w.tell())                         # larger than the buffer: written through
print(w.write(b"yz"), size(), w.flush(), size())
print(w.seek(0), w.write(b"AB"), w.tell(), size(), w.seek(0, 2), size())
with open(p, "rb") as f:
    print(f.read())
print(w.truncate(10), w.tell(), size(), w.write(b"!"), w.tell())
w.close()
print(w.closed, w.raw.closed, size())
for m, a in (("write", (b"x",)), ("flush", ()), ("seek", (0,)), ("tell", ()), ("truncate", ()),
             ("fileno", ()), ("isatty", ())):
    t("closed " + m, lambda: getattr(w, m)(*a))
t("close again", lambda: w.close())
t("repr closed", lambda: repr(w))

w = _io.BufferedWriter(_io.FileIO(p, "w"))
t("write str", lambda: w.write("s"))
t("read", lambda: w.read())
t("peek", lambda: w.peek())
t("readline", lambda: w.readline())
t("pickle", lambda: pickle.dumps(w))
w.write(b"pending")
raw = w.detach()
print(size(), repr(w), w.raw)
t("detached write", lambda: w.write(b"x"))
t("detached flush", lambda: w.flush())
raw.close()
t("not writable", lambda: _io.BufferedWriter(_io.FileIO(p, "r")))
t("not seekable random", lambda: _io.BufferedRandom(_io.FileIO(os.pipe()[0], "r")))
t("random not writable", lambda: _io.BufferedRandom(_io.FileIO(p, "r")))
t("buffer size", lambda: _io.BufferedWriter(_io.FileIO(p, "w"), 0))

# BufferedRandom: reads and writes share one buffer
with open(p, "wb") as f:
    f.write(b"0123456789" * 10)
rw = _io.BufferedRandom(_io.FileIO(p, "r+"), 16)
print(rw.read(4), rw.write(b"ab"), rw.tell(), rw.read(3), rw.tell())
print(rw.peek()[:4], rw.write(b"CD"), rw.tell(), rw.seek(0), rw.read(12))
print(rw.seek(-2, 2), rw.write(b"END"), rw.tell(), rw.seek(0), len(rw.read()), rw.tell())
print(rw.seek(50), rw.read1(3), rw.write(b"mid"), rw.readline()[:5], rw.tell())
ba = bytearray(5)
print(rw.seek(20), rw.write(b"__"), rw.readinto(ba), ba, rw.tell())
print(rw.seek(0), rw.truncate(30), rw.tell(), rw.read(), rw.tell())
rw.seek(0)
print(next(rw)[:10], list(rw))
rw.close()
with open(p, "rb") as f:
    print(f.read())


# raw streams written in Python
class Raw(io.RawIOBase):
    def __init__(self, limit=None, block=False):
        self.out = []
        self.limit = limit
        self.block = block

    def writable(self):
        return True

    def write(self, b):
        if self.block:
            self.block = False
            return None
        b = bytes(b)
        if self.limit is not None:
            b = b[:self.limit]
        self.out.append(b)
        return len(b)


r = Raw(limit=3)
bw = _io.BufferedWriter(r, 8)
print(bw.write(b"abcdefghij"), r.out)
bw.flush()
print(r.out, bw.tell() if False else "")
r = Raw(block=True)
bw = _io.BufferedWriter(r, 4)
try:
    bw.write(b"abcdefghij")
except BlockingIOError as e:
    print("blocked", e.characters_written, e.args[1], r.out)
bw.flush()
print(r.out)


class BadRaw(io.RawIOBase):
    def writable(self):
        return True

    def write(self, b):
        return -3


bw = _io.BufferedWriter(BadRaw(), 4)
bw.write(b"x")
t("invalid length flush", lambda: bw.flush())


class Reenter(io.RawIOBase):
    def writable(self):
        return True

    def write(self, b):
        self.bw.write(b"again")
        return len(b)


rr = Reenter()
bw = _io.BufferedWriter(rr, 4)
rr.bw = bw
t("reentrant", lambda: bw.write(b"0123456789"))

# non-blocking pipe: BlockingIOError with the count written
rfd, wfd = os.pipe()
os.set_blocking(wfd, False)
bw = _io.BufferedWriter(_io.FileIO(wfd, "w"), 1024)
total = 0
try:
    for i in range(1000):
        total += bw.write(b"z" * 1000)
except BlockingIOError as e:
    print("pipe full", type(e.characters_written).__name__, e.errno == 11)
rd = _io.FileIO(rfd, "r")
got = len(rd.read(200000))
print(got > 0)
os.set_blocking(rfd, False)
t("empty nonblocking read", lambda: rd.read(10))
t("empty nonblocking readall", lambda: rd.readall())
br = _io.BufferedReader(_io.FileIO(os.dup(rfd), "r"))
t("buffered nonblocking read", lambda: br.read(10))
t("buffered nonblocking read1", lambda: br.read1(10))
t("buffered nonblocking read all", lambda: br.read())
br.close()
bw.close()
print(len(rd.read(200000)) <= 1024, bw.closed)
rd.close()
os.unlink(p)
os.rmdir(d)
