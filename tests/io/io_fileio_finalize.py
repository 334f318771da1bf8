# Files collected while open: closed by their finalizer, a ResourceWarning
# "unclosed file <...>" for the outermost object, data of a BufferedWriter
# flushed first.
import _io, gc, os, tempfile, warnings

d = tempfile.mkdtemp(prefix="fin-")
p = os.path.join(d, "f.bin")


def collect_warnings(make):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        make()
        gc.collect()
        gc.collect()
    return [(w.category.__name__, str(w.message).replace(d, "DIR")) for w in ws]


def raw_only():
    f = _io.FileIO(p, "w")
    f.write(b"raw")


def buffered():
    f = _io.BufferedWriter(_io.FileIO(p, "w"))
    f.write(b"buffered data")


def text():
    f = open(p, "w", encoding="utf-8")
    f.write("text data")


def reader():
    _io.BufferedReader(_io.FileIO(p))


def not_owned():
    fd = os.open(p, os.O_RDONLY)
    _io.FileIO(fd, closefd=False)
    os.close(fd)


def closed_ok():
    f = _io.FileIO(p, "r")
    f.close()


print(collect_warnings(raw_only))
print(collect_warnings(buffered))
with open(p, "rb") as f:
    print(f.read())
print(collect_warnings(reader))
print(collect_warnings(text))
with open(p, "rb") as f:
    print(f.read())
print(collect_warnings(not_owned))
print(collect_warnings(closed_ok))
f = _io.FileIO(p)
f._finalizing = True
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    f.close()
print([str(w.message).replace(d, "DIR") for w in ws], f.closed)
f = _io.FileIO(p)
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    f._dealloc_warn("src")
print([str(w.message) for w in ws])
f.close()
os.unlink(p)
os.rmdir(d)
