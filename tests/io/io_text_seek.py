# _io.TextIOWrapper tell()/seek(): CPython's opaque cookies (decoder state
# snapshots) for multi-byte characters and \r\n split across chunks, in every
# newline mode and several encodings (with BOMs), round-tripped.
import io

data = "héllo\r\nwörld\rfoo\nbar€\r\n\r\nlast\r"
keep = []
for enc in ['utf-8', 'latin-1', 'utf-16', 'utf-8-sig', 'ascii', 'utf-32-le', 'cp1252']:
    raw = data.encode(enc, 'replace')
    for nl in [None, '', '\n', '\r', '\r\n']:
        for cs in [1, 2, 3, 5, 8192]:
            f = io.TextIOWrapper(io.BytesIO(raw), encoding=enc, newline=nl, errors='replace')
            keep.append(f)
            f._CHUNK_SIZE = cs
            lines = []
            cookies = []
            while True:
                c = f.tell()
                line = f.readline()
                cookies.append(c)
                if not line:
                    break
                lines.append(line)
            print(enc, repr(nl), cs, lines, cookies, f.newlines)
            res = []
            for c in cookies:
                f.seek(c)
                res.append(f.read())
            print(' ', res)
            f.seek(0)
            out = []
            while True:
                s = f.read(3)
                if not s:
                    break
                out.append((s, f.tell()))
            print(' ', out)
            for s, c in out:
                f.seek(c)
                s2 = f.read(2)
                if f.tell() != f.seek(f.tell()):
                    print('  mismatch', c)

# a cookie names its parts: start_pos | dec_flags << 64 | bytes_to_feed << 96
# | chars_to_skip << 128 | need_eof << 160
f = io.TextIOWrapper(io.BytesIO('ab€'.encode('utf-16')), encoding='utf-16')
keep.append(f)
f._CHUNK_SIZE = 3
print(f.read(2), f.tell(), f.read(), f.tell())
c = f.tell()
f.seek(0)
f.seek(c)
print(repr(f.read()))
f = io.TextIOWrapper(io.BytesIO(b'abc\r'), encoding='ascii')
keep.append(f)
print(repr(f.read(3)), f.tell(), repr(f.read()), f.tell())
f.seek(3)
print(repr(f.read()), f.newlines)
try:
    f.seek(2 ** 100)
except Exception as e:
    print(type(e).__name__, e)
try:
    f.seek(10 << 128)
    print(repr(f.read()))
except Exception as e:
    print(type(e).__name__, e)
# writing after reading, seeking to the end, appending without a BOM
b = io.BytesIO()
f = io.TextIOWrapper(b, encoding='utf-16')
keep.append(f)
f.write('ab\n')
print(f.tell())
f.seek(0)
print(repr(f.readline()), f.tell())
f.seek(0, 2)
f.write('cd')
f.seek(0)
print(repr(f.read()), b.getvalue())
f.seek(2)
f.write('X')
f.flush()
print(b.getvalue())
