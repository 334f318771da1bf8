# a+ / w+ modes, opener=, buffering, and file iteration after writes
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w+") as f:
    f.write("hello\nworld\n")
    f.seek(0)
    print(f.readlines(), f.mode, f.readable(), f.writable(), f.seekable())
with open(p, "a+") as f:
    print(f.tell() > 0, repr(f.read()))
    f.write("more\n")
    f.seek(0)
    print(f.read().splitlines())
with open(p, "rb+") as f:
    print(f.readable(), f.writable(), f.read(5))
# opener receives path and flags
seen = []
def opener(path, flags):
    seen.append(flags & os.O_ACCMODE == os.O_RDONLY)
    return os.open(path, flags)
with open(p, opener=opener) as f:
    print(f.readline().rstrip(), seen)
# line buffering and write-through on text files
with open(p, "w", buffering=1) as f:
    print(f.line_buffering)
    f.write("line\n")
    with open(p) as r:
        print(repr(r.read()))
# iteration and readline after partial reads
with open(p, "w") as f:
    f.write("1\n2\n3\n")
with open(p) as f:
    first = next(f)
    print(repr(first), [l for l in f])
# name attribute with a file descriptor, and closefd=False
fd = os.open(p, os.O_RDONLY)
f = open(fd, closefd=False)
print(f.name == fd, f.read(2))
f.close()
print(os.read(fd, 2))
os.close(fd)
try:
    open(fd)
    print("reopened")
except OSError as e:
    print("OSError", e.errno)
# buffering=0 is only for binary
try:
    open(p, "w", buffering=0)
except ValueError as e:
    print(e)
os.remove(p)
os.rmdir(d)
