# bytearray mutation and memoryview basics
ba = bytearray(b"hello")
ba.append(33); ba.extend(b"??"); ba.extend([65, 66]); ba.insert(0, 62); ba.insert(-1, 64); ba.insert(100, 46)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(ord("l")); print(ba)
ba.reverse(); print(ba)
ba[0] = 120; ba[-1] = 121; print(ba)
ba[1:3] = b"XYZ"; print(ba)
ba[2:2] = [49, 50]; print(ba)
del ba[0]; print(ba)
del ba[::2]; print(ba)
ba[::2] = b"ab" if len(ba[::2]) == 2 else bytes(len(ba[::2])); print(ba)
ba[5:] = b""; print(ba)
ba += b"+="; print(ba)
ba *= 2; print(ba)
c = ba.copy(); c.clear(); print(c, ba)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"ab") + b"cd", bytearray(b"ab") * 2)
x = bytearray(b"abc")
x[0:1] = x; print(x)
print(x.upper(), x.find(b"c"), x.split(b"b"), x.replace(b"a", b"Z"), x.hex(), x.decode(), x.startswith(b"ab"))
print(bytearray(b"a,b").split(b","), type(bytearray(b"a b").split()[0]).__name__, bytearray(b" x ").strip())
print(x == b"aabc", x != bytearray(b"x"), x < b"b", b"aabc" == x, bytearray(b"ab") in [b"ab"])
print(list(x), 97 in x, b"bc" in x, x[0], x[-2:], x[::-1])
for f in [lambda: bytearray(b"x").pop(5), lambda: bytearray().pop(), lambda: bytearray(b"x").remove(5),
          lambda: bytearray(b"x").append(256), lambda: bytearray(b"x").append("a"),
          lambda: bytearray(b"x").__setitem__(0, 300), lambda: bytearray(b"x")[5],
          lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x"),
          lambda: bytearray("x"), lambda: hash(bytearray()), lambda: bytearray(b"x").extend("ab"),
          lambda: bytearray(b"x").extend(5), lambda: bytearray(b"x").__setitem__(slice(0, 1), "a")]:
    try:
        print(repr(f()))
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
m = memoryview(b"abcdef")
print(len(m), m[1], m[1:3].tobytes(), m.tobytes(), bytes(m[::1]), m.readonly, m.nbytes, m.format, m.itemsize, m.tolist()[:3])
print(m == b"abcdef", m[2:4] == b"cd", m.hex(), list(m[4:]))
mb = bytearray(b"xyz")
mv = memoryview(mb)
mv[0] = 65
mv[1:3] = b"BC"
print(mb, mv.readonly, bytes(mv))
try:
    mb.append(1)
except BufferError as e:
    print("BufferError:", e)
mv.release()
mb.append(33)
print(mb)
try:
    len(mv)
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"ctx") as w:
    print(w.tobytes())
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(hash(memoryview(b"ab")) == hash(b"ab"), hash(memoryview(b"")) == hash(b""))
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print("ValueError:", e)
