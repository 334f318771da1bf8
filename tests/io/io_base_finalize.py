# An _io object still open when it is collected is closed (CPython's
# iobase_finalize): close() runs once, with _finalizing set, errors silenced.
import gc
import io
import _io


class Loud(io.RawIOBase):
    def __init__(self, name):
        self.name = name

    def close(self):
        print("close", self.name, getattr(self, "_finalizing", None))
        super().close()


a = Loud("a")
del a
gc.collect()
print("after a")

b = Loud("b")
b.close()
del b
gc.collect()
print("after b (closed already)")


class Fails(io.BufferedIOBase):
    def close(self):
        print("Fails.close")
        raise OSError("boom")


c = Fails()
del c
gc.collect()
print("after c")


class OwnDel(io.TextIOBase):
    def __del__(self):
        print("OwnDel.__del__", self.closed)
        super().__del__()
        print("closed now", self.closed)


d = OwnDel()
del d
gc.collect()
print("after d")


class ClosedProp(io.IOBase):
    closed = property(lambda self: 1 / 0)

    def close(self):
        print("never")


e = ClosedProp()
del e
gc.collect()
print("after e")

f = _io._IOBase()
f.__del__()
print(f.closed, f.__dict__)
g = Loud("g")
g.__del__()
print(g.closed)
g.__del__()
print("at exit:")
keep = Loud("kept until exit")
