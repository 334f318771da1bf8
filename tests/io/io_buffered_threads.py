# Three threads writing to one BufferedWriter: every line arrives whole and
# once (the buffered objects take a lock per object, as CPython's).
import _io, os, tempfile, threading

d = tempfile.mkdtemp(prefix="bufth-")
p = os.path.join(d, "t.txt")
w = _io.BufferedWriter(_io.FileIO(p, "w"), 64)


def writer(tag):
    for i in range(3000):
        w.write(b"%s %05d\n" % (tag, i))


ts = [threading.Thread(target=writer, args=(tag,)) for tag in (b"a", b"b", b"c")]
for t in ts:
    t.start()
for t in ts:
    t.join()
w.close()
with open(p, "rb") as f:
    lines = f.read().split(b"\n")
print(len(lines), lines[-1], sorted(set(len(x) for x in lines[:-1])))
print(sorted(lines[:-1]) == sorted(b"%s %05d" % (tag, i) for tag in (b"a", b"b", b"c") for i in range(3000)))

os.unlink(p)
os.rmdir(d)
