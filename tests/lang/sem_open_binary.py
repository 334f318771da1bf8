# open() in binary mode, seek/tell, and argument errors
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "b.bin")
with open(p, "wb") as f:
    print(type(f).__name__, f.mode)
    print(f.write(bytes(range(10))), f.tell())
    f.write(bytearray(b"xyz"))
    f.write(memoryview(b"MV"))
with open(p, "rb") as f:
    print(type(f).__name__)
    print(f.read(3), f.tell())
    f.seek(-2, 2)
    print(f.read())
    f.seek(5)
    print(f.read(2), f.seek(0, 1))
    print(f.read(100), f.read(), f.read(1))
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(4))
with open(p, "rb") as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf)
with open(p, "r+b") as f:
    f.seek(2)
    f.write(b"!!")
    f.seek(0)
    print(f.read(5))
    f.truncate(3)
with open(p, "rb") as f:
    print(f.read())
with open(p, "wb") as f:
    f.write(b"l1\nl2\r\nl3")
with open(p, "rb") as f:
    print(f.readlines())
with open(p, "rb") as f:
    print(list(f))

# writing str to a binary file and bytes to a text file
with open(p, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError")
with open(p, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError")

# bad modes and arguments
for mode in ("rw", "z", "rbt", "bb", ""):
    try:
        open(p, mode)
    except ValueError as e:
        print(repr(mode), "ValueError")
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    open(p, "rb", newline="")
except ValueError as e:
    print(e)
try:
    open(p, "w", newline="x")
except ValueError as e:
    print("ValueError")
try:
    open(os.path.join(d, "missing", "x"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    open(d, "w")
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)

# operations on a closed file
f = open(p, "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", f.closed)
# reading a write-only file
with open(p, "wb") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, isinstance(e, ValueError))
# file descriptors
fd = os.open(p, os.O_RDONLY)
with open(fd, "rb", closefd=True) as f:
    print(f.read(), f.fileno() == fd)
os.remove(p)
os.rmdir(d)
