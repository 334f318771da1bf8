# FileIO (C _io): modes, reads and writes, positions, errors and reprs.
import _io, array, os, pickle, tempfile

FileIO = _io.FileIO
d = tempfile.mkdtemp(prefix="fileio-")
p = os.path.join(d, "f.bin")


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace(d, "DIR"))
    else:
        print(label, "=", repr(r))


# modes
for m in ("w", "r", "a", "r+", "w+", "a+", "rb", "br+", "+r", "ab+", "wb"):
    f = FileIO(p, m)
    print(m, f.mode, f.readable(), f.writable(), f.seekable(), f.closefd)
    f.close()
os.unlink(p)
f = FileIO(p, "x")
print("x", f.mode, f.readable(), f.writable())
f.close()
t("x again", lambda: FileIO(p, "x"))
f = FileIO(p, "x+" if not os.path.exists(p) else "r+")
print(f.mode)
f.close()
for bad in ("rw", "rq", "", "r++", "ax", "wa", "xr", "bb"):
    t("mode %r" % bad, lambda: FileIO(p, bad))
t("mode int", lambda: FileIO(p, 3))
t("closefd float", lambda: FileIO(p, closefd=1.5))
t("closefd False with name", lambda: FileIO(p, closefd=False))
t("negative fd", lambda: FileIO(-3))
t("float name", lambda: FileIO(1.5))
t("list name", lambda: FileIO([]))
t("huge int name", lambda: FileIO(2 ** 70))
t("nul in name", lambda: FileIO(p + "\0"))
t("directory r", lambda: FileIO(d, "r"))
t("directory w", lambda: FileIO(d, "w"))
t("missing", lambda: FileIO(os.path.join(d, "nope", "x")))
t("opener str", lambda: FileIO(p, opener=lambda n, fl: "x"))
t("opener negative", lambda: FileIO(p, opener=lambda n, fl: -5))
t("no args", lambda: FileIO())
t("too many", lambda: FileIO(p, "r", True, None, 5))

# write, read, seek, tell, truncate
f = FileIO(p, "w+")
print(f.write(b"hello world\n"), f.write(bytearray(b"abc")), f.write(memoryview(b"xyz")[1:]))
print(f.tell(), f.seek(0), f.read(5), f.tell(), f.read(), f.read(), f.tell())
print(f.seek(-3, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(1))
print(f.truncate(4), f.tell(), f.seek(0), f.readall(), f.truncate(), f.seek(0, 2))
f.seek(0)
ba = bytearray(3)
print(f.readinto(ba), ba)
mv = memoryview(bytearray(10))
print(f.readinto(mv[2:4]), bytes(mv))
arr = array.array("b", [0, 0])
print(f.readinto(arr), arr)
print(f.readinto(bytearray(5)))
print(f.read(None), f.read(-1), f.read(0))
t("read str", lambda: f.read("x"))
t("read float", lambda: f.read(1.5))
t("readinto bytes", lambda: f.readinto(b"xx"))
t("readinto str", lambda: f.readinto("xx"))
t("write str", lambda: f.write("s"))
t("seek float", lambda: f.seek(1.5))
t("seek str", lambda: f.seek("a"))
t("seek big", lambda: f.seek(2 ** 70))
t("seek whence str", lambda: f.seek(0, "a"))
t("seek whence 7", lambda: f.seek(0, 7))
t("seek negative", lambda: f.seek(-100))
t("truncate str", lambda: f.truncate("a"))
f.close()

# attributes, repr, the instance dict
f = FileIO(p, "r+")
print(f.name == p, f.closed, f.closefd, f._blksize > 0, f._finalizing, type(f.fileno()).__name__, f.isatty())
print(repr(f) == "<_io.FileIO name=%r mode='rb+' closefd=True>" % p)
f.name = 5
print(repr(f))
del f.name
print(repr(f).startswith("<_io.FileIO fd="), repr(f).endswith(" mode='rb+' closefd=True>"))
f.name = "n"
f.extra = 1
print(sorted(vars(f)))
t("pickle", lambda: pickle.dumps(f))
t("reduce_ex", lambda: f.__reduce_ex__(2))
t("reduce", lambda: f.__reduce__())
f._blksize = 123
print(f._blksize)
f.close()
print(f.closed, repr(f), sorted(vars(f)))
f.close()
for m in ("read", "readall", "readinto", "write", "seek", "tell", "truncate", "fileno",
          "isatty", "readable", "writable", "seekable", "flush", "readline", "readlines",
          "writelines", "__iter__", "__next__", "__enter__"):
    a = {"readinto": (bytearray(2),), "write": (b"x",), "seek": (0,), "writelines": ([],)}.get(m, ())
    t("closed " + m, lambda: getattr(f, m)(*a))


class F(FileIO):
    pass


g = F(p)
print(repr(g).startswith("<_io.FileIO name="))
t("pickle subclass", lambda: pickle.dumps(g))
g.close()

# read/write permissions
g = FileIO(p, "w")
t("read on w", lambda: g.read())
t("readall on w", lambda: g.readall())
t("readinto on w", lambda: g.readinto(bytearray(3)))
t("readline on w", lambda: g.readline())
g.close()
h = FileIO(p, "r")
t("write on r", lambda: h.write(b"x"))
t("truncate on r", lambda: h.truncate())
t("writelines on r", lambda: h.writelines([b"x"]))
h.close()

# fd and closefd
fd = os.open(p, os.O_RDWR)
f = FileIO(fd, "r+", closefd=False)
print(f.name == fd, f.closefd, f.mode, repr(f) == "<_io.FileIO name=%d mode='rb+' closefd=False>" % fd)
f.close()
print(os.write(fd, b"still open"))
f = FileIO(fd, "r")
f.close()
t("fd closed", lambda: os.fstat(fd))
f = FileIO(p, "r", opener=lambda name, flags: os.open(name, flags))
print(f.read(5), os.get_inheritable(f.fileno()))
f.close()
g = FileIO(p)
print(os.get_inheritable(g.fileno()))
g.__init__(p, "a")
print(g.mode, g.tell() == os.path.getsize(p))
g.close()

# append mode starts at the end; pipes
with FileIO(p, "a+") as f:
    print(f.tell() == os.path.getsize(p), f.write(b"++"), f.seek(0), f.read(4))
r, w = os.pipe()
fr, fw = FileIO(r, "r"), FileIO(w, "w")
print(fr.seekable(), fw.seekable(), fr.mode, fw.mode)
t("tell pipe", lambda: fr.tell())
print(fw.write(b"x" * 30000))
fw.close()
data = fr.readall()
print(len(data), fr.read(), fr.readall())
fr.close()

# a large readall (growing buffer past the stat size)
with FileIO(p, "w") as f:
    f.write(bytes(range(256)) * 1000)
with FileIO(p) as f:
    f.read(10)
    data = f.readall()
    print(len(data), data[:3], data[-3:])
os.unlink(p)
os.rmdir(d)
