# open(): text and binary modes, newline translation, encodings, errors
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "wb") as f:
    f.write(b"a\nb\r\nc\rd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        f.write("x\ny\r\nz\r")
    with open(p, "rb") as f:
        print("write", repr(nl), f.read())
try:
    open(p, newline="x")
except ValueError as e:
    print("ValueError")
# iteration, readline with limits, tell/seek in text mode
with open(p, "w") as f:
    n = f.write("line1\nline2\nline3")
    print("wrote", n)
with open(p) as f:
    print(f.readline(3), repr(f.readline()), list(f))
with open(p) as f:
    f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(repr(rest), f.read() == rest)
# append and exclusive modes
with open(p, "a") as f:
    f.write("\nappended")
print(open(p).read().splitlines())
try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
with open(os.path.join(d, "new"), "x") as f:
    f.write("made")
# r+ and w+
with open(p, "r+") as f:
    f.write("LINE")
    f.seek(0)
    print(f.read(8))
with open(p, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(f.read())
# binary modes and bytes I/O
with open(p, "wb") as f:
    print(f.write(bytes(range(5))), f.write(bytearray(b"xy")), f.write(memoryview(b"z")))
with open(p, "rb") as f:
    print(f.read(2), f.read(), f.read())
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(3))
# encodings and errors
with open(p, "w", encoding="utf-8") as f:
    f.write("caf\u00e9 \u20ac")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(ascii(f.read()))
with open(p, encoding="ascii", errors="replace") as f:
    print(ascii(f.read()))
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason, e.start)
with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("\u00e9")
print(open(p, "rb").read())
# invalid mode strings and argument mixes
for args, kw in [(("z",), {}), (("rb",), {"encoding": "utf-8"}), (("rb",), {"newline": ""}),
                 (("rb",), {"errors": "strict"}), (("r",), {"buffering": 0}), (("rt",), {}), (("U",), {})]:
    try:
        with open(p, *args, **kw) as f:
            print(args, kw, "ok", f.mode)
    except (ValueError, TypeError) as e:
        print(args, kw, type(e).__name__, e)
# file object attributes and closed state
f = open(p)
print(f.name == p, f.mode, f.closed, f.readable(), f.writable(), f.seekable(), f.encoding.lower() if False else "")
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    open(os.path.join(d, "missing", "x"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename == os.path.join(d, "missing", "x"))
try:
    open(d)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
# open with a file descriptor and closefd
fd = os.open(p, os.O_RDONLY)
with open(fd, "rb", closefd=False) as f:
    print(f.read(1))
print(os.read(fd, 1))
os.close(fd)
import shutil
shutil.rmtree(d)
