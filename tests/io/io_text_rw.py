# _io.TextIOWrapper writing and reading: newline modes, line buffering,
# write_through, chunked writes, encodings and BOMs on append/seek, error
# handlers, reconfigure, detach, iteration, readline limits, truncate.
import io
keep = []
quiet = []
class Rec(io.BytesIO):
    def write(self, b):
        if not quiet: print('  write', bytes(b))
        return super().write(b)
    def flush(self):
        if not quiet: print('  flush')
        return super().flush()
def K(cls):
    def make(*a, **k):
        o = cls(*a, **k)
        keep.append(o)
        return o
    return make
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for nl in [None, '', '\n', '\r', '\r\n']:
    b = Rec()
    f = K(io.TextIOWrapper)(b, encoding='utf-8', newline=nl)
    print(repr(nl), f.write('a\nb\r\nc\rd'), f.write('é\n'))
    f.flush()
    print(b.getvalue())
print('line_buffering')
b = Rec()
f = K(io.TextIOWrapper)(b, encoding='utf-8', line_buffering=True)
f.write('abc'); f.write('def\n'); f.write('x\ry'); f.write('z')
print(b.getvalue())
print('write_through')
b = Rec()
f = K(io.TextIOWrapper)(b, encoding='utf-8', write_through=True)
f.write('abc'); f.write('def\n')
print('chunks')
b = Rec()
f = K(io.TextIOWrapper)(b, encoding='ascii')
f._CHUNK_SIZE = 4
for s in ['ab', 'cd', 'e', 'fghij', 'k', 'lmnopqrs', 'tu']:
    f.write(s)
f.flush()
print(b.getvalue())
print('encodings')
for enc in ['utf-16', 'utf-16-le', 'utf-8-sig', 'utf-32', 'latin-1', 'ascii', 'cp1252', 'koi8-r']:
    b = io.BytesIO()
    f = K(io.TextIOWrapper)(b, encoding=enc, errors='replace')
    f.write('hé€\n'); f.write('x')
    f.flush()
    print(enc, b.getvalue())
    # append: new wrapper at end shouldn't write BOM
    f2 = K(io.TextIOWrapper)(b, encoding=enc, errors='replace')
    f2.seek(0, 2)
    f2.write('y')
    f2.flush()
    print(' ', b.getvalue())
    f2.seek(0)
    print(' ', repr(f2.read()))
    f2.seek(0)
    f2.write('Z')
    f2.flush()
    print(' ', b.getvalue())
print('errors')
for errs in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    for enc in ['ascii', 'latin-1', 'utf-8']:
        b = io.BytesIO()
        f = K(io.TextIOWrapper)(b, encoding=enc, errors=errs)
        t(lambda: f.write('a\udcffé€b'))
        t(lambda: (f.flush(), b.getvalue())[1])
        r = K(io.TextIOWrapper)(io.BytesIO(b'a\xff\xc3\xa9b\xe2\x82'), encoding=enc, errors=errs)
        t(lambda: r.read())
for enc in ['ascii', 'latin-1', 'utf-8']:
    b = io.BytesIO()
    f = K(io.TextIOWrapper)(b, encoding=enc, errors='xmlcharrefreplace')
    keep.append(f)
    t(lambda: f.write('a\xe9\u20acb'))
    t(lambda: (f.flush(), b.getvalue())[1])
print('reconfigure')
b = io.BytesIO()
f = K(io.TextIOWrapper)(b, encoding='ascii')
f.write('abc\n')
f.reconfigure(encoding='utf-8', newline='\r\n')
f.write('é\n')
f.reconfigure(line_buffering=True, write_through=True)
print(f.line_buffering, f.write_through, f.encoding, f.errors)
f.reconfigure(errors='replace')
print(f.encoding, f.errors)
f.reconfigure(encoding='latin-1')
print(f.encoding, f.errors)
f.write('é\n')
f.flush()
print(b.getvalue())
f.seek(0)
t(lambda: f.readline())
t(lambda: f.reconfigure(newline=''))
t(lambda: f.reconfigure(line_buffering=False))
print('detach')
b = io.BytesIO()
f = K(io.TextIOWrapper)(b, encoding='utf-8')
f.write('pending')
r = f.detach()
print(r is b, b.getvalue())
t(lambda: f.write('x'))
t(lambda: repr(f))
t(lambda: f.encoding)
print('newlines')
for data in [b'a\nb', b'a\rb', b'a\r\nb', b'a\r\nb\rc\n', b'\r']:
    for nl in [None, '']:
        f = K(io.TextIOWrapper)(io.BytesIO(data), encoding='ascii', newline=nl)
        print(data, repr(nl), repr(f.readlines()), f.newlines)
print('iteration')
f = K(io.TextIOWrapper)(io.BytesIO(b'one\ntwo\nthree'), encoding='ascii')
for line in f:
    print(repr(line))
t(lambda: f.tell())
f.seek(0)
print(next(f))
t(lambda: f.tell())
print(list(f))
t(lambda: f.tell())
print('readline sizes')
f = K(io.TextIOWrapper)(io.BytesIO('héllo wörld\nsecond\r\nthird'.encode()), encoding='utf-8', newline='\r\n')
f._CHUNK_SIZE = 3
for n in [0, 1, 2, 3, 5, -1, 7, 100, 3]:
    print(n, repr(f.readline(n)), f.tell())
print('read mixed')
f = K(io.TextIOWrapper)(io.BytesIO('ab\r\ncd\ré'.encode()), encoding='utf-8')
print(repr(f.read(2)), repr(f.readline()), repr(f.read()), repr(f.read()), repr(f.readline()))
print('truncate')
b = io.BytesIO(b'hello world')
f = K(io.TextIOWrapper)(b, encoding='ascii')
f.write('HEL')
print(f.truncate(), b.getvalue())
print(f.truncate(2), b.getvalue(), f.tell())
print('seek end')
f = K(io.TextIOWrapper)(io.BytesIO(b'abc'), encoding='ascii')
print(f.seek(0, 2), f.tell(), f.seek(0, 1), repr(f.read()))
print('utf-16 read/seek')
data = 'ab\ncé€\r\nz'.encode('utf-16')
f = K(io.TextIOWrapper)(io.BytesIO(data), encoding='utf-16', newline='')
f._CHUNK_SIZE = 3
pos = []
while True:
    p = f.tell(); c = f.read(1)
    if not c: break
    pos.append((c, p))
print(pos)
for c, p in pos:
    f.seek(p); print(repr(f.read(2)), end=' ')
print()
quiet.append(1)
for o in keep:
    try:
        o.close()
    except Exception:
        pass
print('done')
