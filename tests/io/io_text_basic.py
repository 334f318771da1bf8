# _io.TextIOWrapper: constructor checks, uninitialized/detached/closed messages,
# attributes, repr, reconfigure errors, pickling refused.
import io, _io, pickle
T = _io.TextIOWrapper


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


keep = []


def b(data=b"abc"):
    r = io.BytesIO(data)
    keep.append(r)
    return r


t(lambda: T(b(), encoding=5))
t(lambda: T(b(), errors=5))
t(lambda: T(b(), newline=5))
t(lambda: T(b(), newline='x'))
t(lambda: T(b(), newline='\r\n\r'))
t(lambda: T(b(), newline='\0'))
t(lambda: T(b(), line_buffering=1.5))
t(lambda: T(b(), line_buffering='x'))
t(lambda: T(b(), line_buffering=2).line_buffering)
t(lambda: T(b(), write_through=[]))
t(lambda: T(b(), encoding='hex'))
t(lambda: T(b(), encoding='nope'))
t(lambda: T(b(), encoding='utf-8\0'))
t(lambda: T())
t(lambda: T(b(), 'utf-8', 'strict', None, False, False, 1))
t(lambda: T(b(), foo=1))
t(lambda: T(b(), encoding='UTF8'))
t(lambda: T(b(), encoding='latin1', errors='foo').errors)
t(lambda: T(b(), encoding='ascii').errors)
x = T.__new__(T)
for name in ['__repr__', 'read', 'detach', 'close', '__next__', 'fileno', 'tell', 'flush', 'readline']:
    t(lambda: getattr(x, name)())
for name in ['encoding', 'errors', 'buffer', 'closed', 'name', 'line_buffering', '_CHUNK_SIZE', 'newlines']:
    t(lambda: getattr(x, name))
y = T(b(), encoding='ascii')
y.mode = 'r'
t(lambda: repr(y))
t(lambda: y.detach() is keep[-1])
t(lambda: repr(y))
for name in ['encoding', 'errors', 'buffer', 'closed', 'name', 'line_buffering', '_CHUNK_SIZE', 'newlines', '__dict__']:
    t(lambda: getattr(y, name))
for name in ['read', 'detach', 'close', '__next__', 'fileno', 'tell', 'flush', 'readable', 'truncate',
             'readline', 'reconfigure', 'seekable', 'writable', 'isatty']:
    t(lambda: getattr(y, name)())
t(lambda: y.write('x'))
t(lambda: y.seek(0))
z = T(b(), encoding='ascii')
z.close()
for name in ['read', 'readline', 'tell', 'flush', 'readable', 'writable', 'seekable', 'isatty', 'detach',
             'close', 'truncate', '__next__', 'readlines', '__iter__', '__enter__']:
    t(lambda: getattr(z, name)())
t(lambda: z.write('a'))
t(lambda: z.seek(0))
t(lambda: z.closed)
t(lambda: z.newlines)
t(lambda: repr(z))
t(lambda: z.reconfigure(encoding='utf-8'))
z = T(b(), encoding='ascii')
t(lambda: z._CHUNK_SIZE)


def s(v):
    z._CHUNK_SIZE = v


def d():
    del z._CHUNK_SIZE


t(lambda: s(0))
t(lambda: s('x'))
t(lambda: s(2**70))
t(lambda: s(2))
t(lambda: z._CHUNK_SIZE)
t(d)
t(lambda: z.read(1.5))
t(lambda: z.read('x'))
t(lambda: z.read(None))
t(lambda: z.readline(None))
t(lambda: z.readline(1.5))
t(lambda: z.seek(0, 3))
t(lambda: z.seek(-1))
t(lambda: z.seek(1.5))
t(lambda: z.seek(2**200))
t(lambda: z.seek(1, 1))
t(lambda: z.seek(1, 2))
t(lambda: z.seek(0, 2))
t(lambda: z.seek('x'))
t(lambda: z.write(b'x'))
t(lambda: pickle.dumps(z))
t(lambda: T.__mro__)
t(lambda: (z._finalizing, z.write_through, z.line_buffering))


def setattr_(name):
    setattr(z, name, 1)


for name in ['encoding', 'buffer', 'line_buffering', 'write_through', 'errors', 'name', 'closed', 'newlines']:
    t(lambda: setattr_(name))
z.extra = 5
t(lambda: z.__dict__)
z = T(b(b"abc"), encoding='ascii')
t(lambda: z.reconfigure(1))
t(lambda: z.reconfigure(newline=5))
t(lambda: z.reconfigure(encoding=5))
t(lambda: z.reconfigure(errors=5))
t(lambda: z.reconfigure(foo=5))
t(lambda: z.reconfigure(line_buffering=[]))
t(lambda: z.read(1))
t(lambda: z.reconfigure(encoding='utf-8'))
t(lambda: z.reconfigure(newline=None))
t(lambda: z.reconfigure(errors=None))
t(lambda: z.reconfigure(line_buffering=True))
t(lambda: z.line_buffering)


class B:
    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return False

    closed = False

    def read1(self, n):
        return 5


t(lambda: T(B(), encoding='utf-8').read())
t(lambda: T(B(), encoding='utf-8').read(3))
t(lambda: T(B(), encoding='utf-8').tell())
t(lambda: T(B(), encoding='utf-8').seek(0))
t(lambda: T(B(), encoding='utf-8').write(5))
z = T(b(b"abc\ndef\n"), encoding='ascii')
next(z)
t(lambda: z.tell())
t(lambda: z.reconfigure(encoding='utf-8'))


class RO:
    closed = False

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return True

    def tell(self):
        return 0


t(lambda: T(RO(), encoding='utf-8').write('x'))


class WO(RO):
    def readable(self):
        return False

    def writable(self):
        return True


t(lambda: T(WO(), encoding='utf-8').read())
t(lambda: T(WO(), encoding='utf-8').readline())
t(lambda: T(WO(), encoding='utf-8').newlines)


class MyText(T):
    def readline(self, size=-1):
        return 5


m = MyText(b(b"x\ny\n"), encoding='ascii')
t(lambda: next(m))
t(lambda: repr(m))
t(lambda: pickle.dumps(m))
import inspect
for cls, names in ((T, ['read', 'readline', 'seek', 'truncate', 'write', 'reconfigure', 'tell']),
                   (_io.IncrementalNewlineDecoder, ['decode', 'getstate', 'setstate', 'reset'])):
    for name in names:
        print(cls.__name__, name, inspect.signature(getattr(cls, name)))
