# UnsupportedOperation, closed-file errors and argument errors of the _io
# base classes, as CPython's C implementation words them.
import io
import _io


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e, e.args)
    else:
        print(repr(r))


U = io.UnsupportedOperation
print(U, U.__module__, U.__name__, U.__qualname__, U.__mro__)
print(_io.UnsupportedOperation is U, io.BlockingIOError is BlockingIOError, _io.BlockingIOError is BlockingIOError)
print(_io.DEFAULT_BUFFER_SIZE, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
try:
    raise U("x")
except OSError as e:
    print("OSError", e)
try:
    raise U("y")
except ValueError as e:
    print("ValueError", e)

b = _io._IOBase()
for name in ("seek", "truncate", "fileno"):
    show(lambda: getattr(b, name)())
show(lambda: b.seek(1, 2, 3))
show(lambda: b.tell())
show(lambda: b._checkSeekable())
show(lambda: b._checkReadable())
show(lambda: b._checkWritable())
show(lambda: b.readline())
show(lambda: b.readline("a"))
show(lambda: b.readline(1, 2))
show(lambda: b.readlines("a"))
show(lambda: b.readlines(1, 2))
show(lambda: b.writelines())
show(lambda: b.writelines([1]))
show(lambda: b._checkClosed(1))
show(lambda: b.flush(1))
show(lambda: b.__exit__(1, 2, 3))
print(b.closed)
show(lambda: b.flush())
show(lambda: b.isatty())
show(lambda: b.__enter__())
show(lambda: b._checkClosed())
show(lambda: b.writelines([]))
show(lambda: b.close())
show(lambda: b.seek(0))

r = _io._RawIOBase()
show(lambda: r.read())
show(lambda: r.read(5))
show(lambda: r.read(None))
show(lambda: r.read("a"))
show(lambda: r.readinto(bytearray(2)))
show(lambda: r.write(b""))
show(lambda: r.readall())

bb = _io._BufferedIOBase()
for name in ("read", "read1", "write", "detach"):
    show(lambda: getattr(bb, name)())
show(lambda: bb.read(1, 2))
show(lambda: bb.detach(1))
show(lambda: bb.readinto())
show(lambda: bb.readinto(bytearray(2)))
show(lambda: bb.readinto(b"ab"))
show(lambda: bb.readinto1(bytearray(2)))

tb = _io._TextIOBase()
for name in ("read", "readline", "write", "detach"):
    show(lambda: getattr(tb, name)())
show(lambda: tb.write("x", "y"))
print(tb.encoding, tb.newlines, tb.errors)


class RI(io.RawIOBase):
    def __init__(self, ret):
        self.ret = ret

    def readinto(self, b):
        b[:2] = b"xy"
        return self.ret


show(lambda: RI(None).read(3))
show(lambda: RI("x").read(3))
show(lambda: RI(2).read(3))
show(lambda: RI(2.5).read(3))


class RA(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)

    def read(self, n=-1):
        return self.chunks.pop(0) if self.chunks else b""


show(lambda: RA([None]).readall())
show(lambda: RA([b"ab", None, b"cd"]).readall())
show(lambda: RA(["ab"]).readall())
show(lambda: RA([b"ab", b"cd", b""]).readall())
show(lambda: RA([b"ab", b"cd", b""]).read())
