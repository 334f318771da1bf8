# text files: readline with size, tell/seek cookies, iteration with mixed newlines, write returns
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "m.txt")
with open(p, "w", encoding="utf-8") as f:
    print(f.write("αβγ\nsecond line\n\nlast"), f.encoding, f.errors, f.line_buffering)
with open(p, encoding="utf-8") as f:
    print(repr(f.readline(2)), repr(f.readline(100)), repr(f.readline()))
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(repr(rest), f.read() == rest, repr(f.read()))
    f.seek(0)
    print(repr(f.read(1)), repr(f.read(2)))
with open(p, encoding="utf-8") as f:
    print(f.readlines(5))
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    print(f.seek(0, 2) > 0, repr(f.read()))
# readline on universal newlines
with open(p, "wb") as f:
    f.write(b"a\rb\r\nc\nd")
with open(p) as f:
    print([f.readline() for _ in range(5)])
with open(p, newline="") as f:
    print(list(f))
with open(p, newline="\r") as f:
    print(list(f))
with open(p, newline="\n") as f:
    print(list(f))
# print to a file, and the file argument of print
with open(p, "w") as f:
    print("x", 1, sep="-", end="!\n", file=f)
    print(file=f)
with open(p) as f:
    print(repr(f.read()))
# utf-8-sig and utf-16 roundtrips
for enc in ("utf-8-sig", "utf-16", "utf-16-le", "cp1252"):
    with open(p, "w", encoding=enc) as f:
        f.write("Zoë\n")
    with open(p, "rb") as f:
        raw = f.read()
    with open(p, encoding=enc) as f:
        print(enc, raw, repr(f.read()))
# errors handlers
with open(p, "wb") as f:
    f.write(b"ok\xffok")
for errors in ("replace", "ignore", "surrogateescape", "backslashreplace"):
    with open(p, encoding="utf-8", errors=errors) as f:
        print(errors, ascii(f.read()))
with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("é☃")
with open(p, "rb") as f:
    print(f.read())
# closed-file state and context manager return value
f = open(p)
with f as g:
    print(g is f)
print(f.closed)
os.remove(p)
os.rmdir(d)
