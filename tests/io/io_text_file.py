# TextIOWrapper over real files (open()): lines across buffer boundaries,
# \r\n split at a chunk edge, append without a second BOM, r+ updates,
# tell/seek on a file, repr with name and mode.
import os, tempfile

d = tempfile.mkdtemp(prefix="iotext-")
p = os.path.join(d, "a.txt")
with open(p, "w", encoding="utf-8", newline="") as f:
    for i in range(3000):
        f.write("line %d é€𝄞%s" % (i, "\r\n" if i % 3 == 0 else "\n" if i % 3 == 1 else "\r"))
    print(repr(f).replace(d, "D"), f.name == p, f.mode, f.encoding, f.line_buffering)
print(os.path.getsize(p))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, encoding="utf-8", newline=nl) as f:
        lines = list(f)
        print(repr(nl), len(lines), repr(lines[0]), repr(lines[-1]), repr(f.newlines))
with open(p, encoding="utf-8") as f:
    pos = []
    for i in range(700):
        pos.append((f.tell(), f.readline()))
    for c, line in pos[::50]:
        f.seek(c)
        assert f.readline() == line
    print(pos[-1], f.tell())
    f.seek(0)
    s = f.read(10000)
    c = f.tell()
    rest = f.read()
    f.seek(c)
    print(len(s), c, f.read() == rest)
# \r\n exactly at the 8192-byte chunk edge
q = os.path.join(d, "edge.txt")
with open(q, "wb") as f:
    f.write(b"x" * 8191 + b"\r\n" + b"y\r\nz")
with open(q, encoding="ascii") as f:
    print([len(x) for x in f])
with open(q, encoding="ascii", newline="") as f:
    print([len(x) for x in f], repr(f.newlines))
with open(q, encoding="ascii") as f:
    f.read(8191)
    print(f.tell(), repr(f.read(1)), f.tell(), repr(f.read()))
# BOMs: append does not repeat one, seek(0) + write rewrites it once
for enc in ["utf-8-sig", "utf-16", "utf-32"]:
    r = os.path.join(d, enc)
    with open(r, "w", encoding=enc) as f:
        f.write("ab\n")
    with open(r, "a", encoding=enc) as f:
        f.write("cd\n")
    with open(r, "rb") as f:
        print(enc, f.read())
    with open(r, encoding=enc) as f:
        print(repr(f.read()))
    with open(r, "r+", encoding=enc) as f:
        print(repr(f.readline()), f.tell())
        f.seek(0, 2)
        f.write("ef")
        f.seek(0)
        f.write("AB")
    with open(r, encoding=enc) as f:
        print(repr(f.read()))
# mode "r+": write after read goes where tell() says
r = os.path.join(d, "rp.txt")
with open(r, "w", encoding="ascii") as f:
    f.write("0123456789\nabcdef\n")
with open(r, "r+", encoding="ascii") as f:
    print(repr(f.readline()), f.tell())
    f.seek(f.tell())
    f.write("XY")
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(5), f.tell())
with open(r, encoding="ascii") as f:
    print(repr(f.read()))
with open(r, "w", encoding="ascii", errors="replace") as f:
    print(f.write("é€x"), f.errors)
with open(r, encoding="ascii", errors="surrogateescape") as f:
    print(repr(f.read()))
f = open(r, encoding="ascii")
f.close()
print(repr(f).replace(d, "D"), f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
