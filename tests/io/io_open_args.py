# open() argument checking, modes, buffering and the objects it builds.
import io
import os
import tempfile
import warnings

d = tempfile.mkdtemp()
path = os.path.join(d, "f.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("line one\nline two\n")


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, "D"))
    else:
        print(type(r).__name__, getattr(r, "mode", None))
        r.close()


cases = [
    dict(mode=2), dict(mode=None), dict(mode="r\0"), dict(buffering="a"), dict(buffering=1.5),
    dict(buffering=2 ** 70), dict(buffering=-2 ** 70), dict(encoding=3), dict(errors=b"x"), dict(newline=3),
    dict(encoding="a\0"), dict(closefd="a"), dict(closefd=1.5),
    dict(mode="rw"), dict(mode="rr"), dict(mode="q"), dict(mode="tb"), dict(mode="wa"), dict(mode="r++"),
    dict(mode="rb", encoding="utf8"), dict(mode="rb", errors="x"), dict(mode="rb", newline=""),
    dict(mode="U"), dict(mode="rU"), dict(mode="ré"), dict(mode="r", buffering=0), dict(mode="rt", buffering=0),
    dict(closefd=False), dict(mode="r", encoding="utf-8"), dict(mode="rb"), dict(mode="rb", buffering=0),
    dict(mode="r+b"), dict(mode="ab"), dict(mode="a", encoding="utf-8"), dict(mode="br"), dict(mode="rt", encoding="utf-8"),
    dict(mode="rb", buffering=10), dict(mode="r+", encoding="utf-8"),
]
for c in cases:
    print(c, end=" ")
    show(lambda: open(path, **c))

for bad in (None, [1], b"", os.path.join(d, "missing", "x")):
    print(repr(bad).replace(d, "D"), end=" ")
    show(lambda: open(bad))
show(lambda: open())
show(lambda: open(path, "r", -1, None, None, None, True, None, 1))
show(lambda: open(path, foo=1))
show(lambda: open(file=path, encoding="utf-8"))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    show(lambda: open(path, "rb", buffering=1))
    print([str(x.message) for x in w], [x.category.__name__ for x in w])

print(io.open, io.open_code)
show(lambda: io.open_code(path))
show(lambda: io.open_code(path.encode()))
show(lambda: io.open_code())
print(io.text_encoding(None), io.text_encoding("x"), io.text_encoding(None, 3), io.text_encoding(5))
show(lambda: io.text_encoding())
show(lambda: io.text_encoding(None, "x"))
show(lambda: io.text_encoding(None, 2, 3))

with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    print(list(f), f.closed)
print(f.closed)
with open(path, "rb") as f:
    print(f.readline(), f.readlines())

fd = os.open(path, os.O_RDONLY)
f = open(fd, "rb", closefd=False)
print(f.read(4))
f.close()
print(os.read(fd, 4))
os.close(fd)


def opener(p, flags):
    print("opener", os.path.basename(p), flags == os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) or flags == os.O_RDONLY)
    return os.open(p, flags)


with open(path, "rb", opener=opener) as f:
    print(f.read(4))

with open(path, "a", encoding="utf-8") as f:
    f.write("three\n")
with open(path, "x" if False else "r", encoding="utf-8") as f:
    print(f.read())
show(lambda: open(path, "x"))
os.remove(path)
os.rmdir(d)
