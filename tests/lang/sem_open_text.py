# open() in text mode: writing, reading, newline translation, encodings
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")

with open(p, "w") as f:
    print(type(f).__name__, f.mode, f.name == p, f.closed)
    n = f.write("line1\nline2\n")
    print("wrote", n)
    f.writelines(["a\n", "b"])
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(p) as f:
    print([line for line in f])

# newline handling
with open(p, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(p, "rb") as f:
    print(f.read())
with open(p) as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print(repr(f.read()))
with open(p, newline="\r\n") as f:
    print(f.readlines())
with open(p, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(p, "rb") as f:
    print(f.read())

# encodings
with open(p, "w", encoding="utf-8") as f:
    f.write("héllo ☃")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
with open(p, "w", encoding="latin-1") as f:
    f.write("é")
with open(p, "rb") as f:
    print(f.read())
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
with open(p, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)

# append and r+ modes
with open(p, "w") as f:
    f.write("start")
with open(p, "a") as f:
    f.write("+more")
with open(p, "r+") as f:
    print(f.read())
    f.seek(0)
    f.write("S")
with open(p) as f:
    print(f.read())

# x mode
try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
os.remove(p)
with open(p, "x") as f:
    f.write("new")
print(open(p).read())
os.remove(p)
os.rmdir(d)
