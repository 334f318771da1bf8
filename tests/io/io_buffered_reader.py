# BufferedReader (C _io): peek/read1/readinto/readline, seek/tell with the
# buffer, closed and detached streams, reprs, raw streams written in Python.
import _io, array, io, os, pickle, tempfile

d = tempfile.mkdtemp(prefix="bufr-")
p = os.path.join(d, "r.bin")
data = b"".join(b"line %d %s\n" % (i, b"x" * (i % 50)) for i in range(400))
with open(p, "wb") as f:
    f.write(data)


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace(d, "DIR"))
    else:
        print(label, "=", repr(r).replace(d, "DIR"))


def opener(size=8192):
    return _io.BufferedReader(_io.FileIO(p), size)


r = opener(64)
print(repr(r).replace(d, "DIR"), r.raw.__class__.__name__, r.name == p, r.mode, r.closed)
print(r.readable(), r.writable(), r.seekable(), r.isatty(), type(r.fileno()).__name__)
print(r.read(3), r.peek()[:10], r.tell(), r.read1(2), r.readline(), r.readline(3), r.tell())
print(r.seek(2, 1), r.read(5), r.seek(-4, 1), r.read(4), r.tell())
print(len(r.read(200)), r.tell(), len(r.peek(1)), r.tell())
print(r.seek(0), r.read1(), r.read1(100), r.tell())
print(r.seek(10), r.read(0), r.read1(0), r.peek(0)[:5], r.tell())
ba = bytearray(10)
print(r.readinto(ba), ba, r.tell())
mv = memoryview(bytearray(200))
print(r.readinto(mv), bytes(mv[:20]), r.tell())
arr = array.array("B", bytes(8))
print(r.readinto1(arr), arr.tobytes(), r.tell())
print(r.readinto1(bytearray(1000)), r.tell())
print(r.seek(0, 2) == len(data), r.read(), r.read1(5), r.peek(), r.readline(), r.readinto(bytearray(3)))
r.seek(0)
lines = list(r)
print(len(lines), lines[0], lines[-1], lines == data.splitlines(True))
r.seek(0)
print(r.readlines(100)[:2], r.tell())
r.seek(0)
print(len(r.read()), r.tell(), r.read())
print(r.seek(5), r.read(-1)[:5], r.seek(0), r.read(None)[:5])
t("read -2", lambda: r.read(-2))
t("read str", lambda: r.read("x"))
t("read1 None", lambda: r.read1(None))
t("peek None", lambda: r.peek(None))
t("readline str", lambda: r.readline("x"))
t("readinto bytes", lambda: r.readinto(b"x"))
t("readinto1 bytes", lambda: r.readinto1(b"x"))
t("seek whence 9", lambda: r.seek(0, 9))
t("seek float", lambda: r.seek(1.5))
t("seek str", lambda: r.seek("a"))
t("truncate", lambda: r.truncate())
t("write", lambda: r.write(b"x"))
t("pickle", lambda: pickle.dumps(r))
t("reduce_ex", lambda: r.__reduce_ex__(2))
print(r.__sizeof__() > 8192, r._finalizing)

# small and odd buffer sizes
for size in (1, 2, 3, 7, 100, 4096):
    r2 = opener(size)
    out = []
    while True:
        line = r2.readline()
        if not line:
            break
        out.append(line)
    r2.seek(0)
    chunks = []
    while True:
        c = r2.read(13)
        if not c:
            break
        chunks.append(c)
    print(size, out == data.splitlines(True), b"".join(chunks) == data)
    r2.close()
t("size 0", lambda: opener(0))
t("size -1", lambda: opener(-1))
t("no raw", lambda: _io.BufferedReader())
t("not readable", lambda: _io.BufferedReader(_io.FileIO(p, "a")))
t("raw int", lambda: _io.BufferedReader(raw=1))

# closing and detaching
r = opener(16)
r.peek()
r.raw.close()
print(r.closed, r.read(3), r.read(2))
t("read rest closed", lambda: r.read())
t("read closed", lambda: r.read(1))
t("read all closed", lambda: r.read())
t("readline closed", lambda: r.readline())
t("peek closed", lambda: r.peek())
t("read1 closed", lambda: r.read1())
t("readinto closed", lambda: r.readinto(bytearray(2)))
t("seek closed", lambda: r.seek(0))
t("tell closed", lambda: r.tell())
t("iter closed", lambda: next(r))
b = _io.BufferedReader(io.BytesIO(b"12"))
print(b.read(1))
b.close()
t("peek after close", lambda: b.peek())
t("read1 after close", lambda: b.read1(1))
t("read after close", lambda: b.read(1))
t("detach after close", lambda: b.detach())
r = opener()
raw = r.detach()
print(raw.closed, repr(r), r.raw)
for m in ("read", "peek", "readline", "tell", "fileno", "close", "detach", "flush"):
    t("detached " + m, lambda: getattr(r, m)())
t("detached closed", lambda: r.closed)
t("detached name", lambda: r.name)
raw.close()
u = _io.BufferedReader.__new__(_io.BufferedReader)
t("uninit read", lambda: u.read())
t("uninit repr", lambda: repr(u))
t("uninit raw", lambda: u.raw)
t("uninit closed", lambda: u.closed)
with opener() as r:
    print(r.read(4))
print(r.closed, r.raw.closed)
t("closed repr", lambda: repr(r))
r.close()


# raw streams written in Python
class Raw(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.calls = []

    def readable(self):
        return True

    def readinto(self, b):
        self.calls.append((type(b).__name__, len(b)))
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        if c is None:
            return None
        if len(c) > len(b):
            c, rest = c[:len(b)], c[len(b):]
            self.chunks.insert(0, rest)
        b[:len(c)] = c
        return len(c)


rr = _io.BufferedReader(Raw([b"ab", b"cd\nef", None, b"gh\n"]), 4)
print(rr.read(3), rr.readline(), rr.read(), rr.read(), rr.readline(), rr.raw.calls)
rr = _io.BufferedReader(Raw([b"abc", None, b"def"]), 16)
print(rr.read(10), rr.read(10), rr.read(10))
rr = _io.BufferedReader(Raw([b"abc", None, b"def"]), 16)
print(rr.read(), rr.read(), rr.read())
rr = _io.BufferedReader(Raw([None]), 16)
print(rr.read(5), rr.read1(5), rr.peek(), rr.readinto(bytearray(4)))


class Bad(io.RawIOBase):
    def readable(self):
        return True

    def readinto(self, b):
        return 10 ** 6


class Bad2(Bad):
    def readinto(self, b):
        return "x"


class Bad3(Bad):
    def readinto(self, b):
        return -1


t("invalid length", lambda: _io.BufferedReader(Bad()).read(5))
t("invalid length neg", lambda: _io.BufferedReader(Bad3()).read(5))
try:
    _io.BufferedReader(Bad2()).read(5)
except OSError as e:
    print("bad type ->", type(e).__name__, e, type(e.__cause__).__name__)


class ReadAll(io.RawIOBase):
    def readable(self):
        return True

    def readall(self):
        return "not bytes"


t("readall type", lambda: _io.BufferedReader(ReadAll()).read())


class NotReadable(io.RawIOBase):
    def readable(self):
        return False


t("not readable raw", lambda: _io.BufferedReader(NotReadable()))


class Sub(_io.BufferedReader):
    def readline(self, size=-1):
        return "line"


s = Sub(_io.FileIO(p))
print(repr(s).replace(d, "DIR"))
t("subclass iter", lambda: next(s))
s.close()
os.unlink(p)
os.rmdir(d)
