# Subclassing the io ABCs and the _io base classes: inherited methods,
# __dict__, closed state, iteration, readline/readlines/writelines, and the
# registrations of the concrete classes.
import io
import _io


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


print(io.IOBase.__mro__)
print(io.RawIOBase.__mro__)
print(io.BufferedIOBase.__mro__)
print(io.TextIOBase.__mro__)
for c in (_io._IOBase, _io._RawIOBase, _io._BufferedIOBase, _io._TextIOBase):
    print(c, c.__module__, c.__name__, c.__qualname__, c.__bases__)
print(io.IOBase.__doc__ == _io._IOBase.__doc__, io.IOBase.__module__)
print(sorted(k for k in _io._IOBase.__dict__ if not k.startswith('__') or k in ('__enter__', '__exit__', '__del__')))
print(sorted(k for k in _io._RawIOBase.__dict__ if k != '__doc__'))
print(sorted(k for k in _io._BufferedIOBase.__dict__ if k != '__doc__'))
print(sorted(k for k in _io._TextIOBase.__dict__ if k != '__doc__'))

for cls in (io.FileIO,):
    print(issubclass(cls, io.RawIOBase), issubclass(cls, io.IOBase))
for cls in (io.BytesIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair):
    print(cls.__name__, issubclass(cls, io.BufferedIOBase), issubclass(cls, io.IOBase), issubclass(cls, io.TextIOBase))
for cls in (io.StringIO, io.TextIOWrapper):
    print(cls.__name__, issubclass(cls, io.TextIOBase), issubclass(cls, io.IOBase))


class Lines(io.RawIOBase):
    """A raw stream over a bytes object, with only readinto()."""

    def __init__(self, data):
        self.data = data
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


r = Lines(b"one\ntwo\nthree\nfour")
print(r.read(2), r.readline(), r.readline(1), r.readline(None), r.readlines())
print(r.read(), r.read(5), r.readall())
r = Lines(b"abc\ndef\n\nlast")
print(list(r))
r = Lines(b"a\nbb\nccc\ndddd\n")
print(r.readlines(3))
r = Lines(b"x" * 20000)
print(len(r.readall()), r.calls)
r = Lines(b"abc")
print(r.__dict__ == {'data': b'abc', 'calls': 0}, r.closed)
with r as same:
    print(same is r, r.closed)
print(r.closed, '__IOBase_closed' in r.__dict__)
show(lambda: r.read(1))
show(lambda: r.readline())
show(lambda: iter(r))
show(lambda: r.isatty())
show(lambda: r.flush())
show(lambda: r.__enter__())
show(lambda: r.writelines([b'x']))
show(lambda: r._checkClosed())
print(r.close(), r.closed)


class Peeker(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
        self.reads = []

    def peek(self, n=0):
        return self.data[:8]

    def read(self, n=-1):
        self.reads.append(n)
        if n < 0:
            n = len(self.data)
        out, self.data = self.data[:n], self.data[n:]
        return out

    read1 = read


p = Peeker(b"hello world\nnext line\n")
print(p.readline(), p.reads)
print(p.readline(4), p.reads)
ba = bytearray(4)
print(p.readinto(ba), ba, p.readinto1(memoryview(ba)), ba)


class Bad(io.BufferedIOBase):
    def read(self, n=-1):
        return "text"

    def peek(self, n=0):
        return 5


show(lambda: Bad().readline())
show(lambda: Bad().readinto(bytearray(3)))
del Bad.peek
show(lambda: Bad().readline())


class TooMuch(io.BufferedIOBase):
    def read(self, n=-1):
        return b"abcdef"


show(lambda: TooMuch().readinto(bytearray(3)))
show(lambda: TooMuch().readinto(b"xyz"))
show(lambda: TooMuch().readinto("xyz"))
show(lambda: TooMuch().readinto1(bytearray(10)))


class Writer(io.IOBase):
    def __init__(self):
        self.out = []

    def write(self, s):
        self.out.append(s)
        return len(s)


w = Writer()
print(w.writelines(["a", "b", "c"]), w.out)
show(lambda: w.writelines(5))
print(w.seekable(), w.readable(), w.writable(), w.isatty())
show(lambda: w._checkSeekable())
show(lambda: w._checkReadable())
show(lambda: w._checkWritable())


class Seekable(io.IOBase):
    def seek(self, pos, whence=0):
        print("seek", pos, whence)
        return 42

    def seekable(self):
        return True

    def readable(self):
        return 1


s = Seekable()
print(s.tell(), s._checkSeekable())
show(lambda: s._checkReadable())


class T(io.TextIOBase):
    pass


t = T()
print(t.encoding, t.newlines, t.errors)
for name in ("read", "readline", "write", "detach"):
    show(lambda: getattr(t, name)())
print(t.read.__qualname__, t.readline.__qualname__)


class Custom(io.IOBase):
    @property
    def closed(self):
        return True


show(lambda: Custom().isatty())
show(lambda: Custom().readline())
show(lambda: iter(Custom()))
show(lambda: Custom().flush())

x = _io._IOBase()
x.attr = 1
print(x.__dict__, type(x).__name__)
x.close()
print(x.__dict__, x.closed)
print(isinstance(_io._RawIOBase(), io.IOBase), isinstance(Lines(b''), _io._IOBase))
