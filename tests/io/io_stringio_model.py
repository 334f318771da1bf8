# StringIO and BytesIO against a plain list model: random writes, seeks,
# reads, readlines and truncates over ASCII, Latin-1, BMP and astral text.
import io
import random

rng = random.Random(1234)
ALPHABET = ["a", "b", "\n", "é", "€", "\U0001d11e", "z", " "]


def check_text(rounds):
    bad = 0
    for r in range(rounds):
        s = io.StringIO()
        model = []
        pos = 0
        for step in range(60):
            op = rng.random()
            if op < 0.45:
                text = "".join(rng.choice(ALPHABET[:3] if rng.random() < 0.5 else ALPHABET)
                               for _ in range(rng.randrange(0, 8)))
                n = s.write(text)
                if text and pos > len(model):
                    model.extend(["\0"] * (pos - len(model)))
                model[pos:pos + len(text)] = list(text)
                pos += len(text)
                ok = n == len(text)
            elif op < 0.6:
                target = rng.randrange(0, len(model) + 3)
                ok = s.seek(target) == target
                pos = target
            elif op < 0.7:
                k = rng.randrange(-1, 6)
                got = s.read(k)
                end = len(model) if k < 0 else min(len(model), pos + k)
                want = "".join(model[pos:end]) if pos < len(model) else ""
                pos = max(pos, end) if pos < len(model) else pos
                ok = got == want
            elif op < 0.8:
                got = s.readline()
                if pos >= len(model):
                    want = ""
                else:
                    rest = "".join(model[pos:])
                    i = rest.find("\n")
                    want = rest if i < 0 else rest[:i + 1]
                    pos += len(want)
                ok = got == want
            elif op < 0.85:
                size = rng.randrange(0, len(model) + 2)
                ok = s.truncate(size) == size
                del model[size:]
            else:
                ok = s.getvalue() == "".join(model)
            ok = ok and s.tell() == pos
            if not ok:
                bad += 1
                break
        if s.getvalue() != "".join(model):
            bad += 1
    return bad


def check_bytes(rounds):
    bad = 0
    for r in range(rounds):
        b = io.BytesIO(bytes(rng.randrange(256) for _ in range(rng.randrange(0, 5))))
        model = bytearray(b.getvalue())
        pos = 0
        for step in range(60):
            op = rng.random()
            if op < 0.4:
                data = bytes(rng.choice(b"ab\n\x00\xff") for _ in range(rng.randrange(0, 8)))
                b.write(data)
                if data and pos > len(model):
                    model.extend(bytes(pos - len(model)))
                model[pos:pos + len(data)] = data
                pos += len(data)
            elif op < 0.55:
                target = rng.randrange(0, len(model) + 3)
                b.seek(target)
                pos = target
            elif op < 0.7:
                k = rng.randrange(-1, 6)
                got = b.read(k)
                end = len(model) if k < 0 else min(len(model), pos + k)
                want = bytes(model[pos:end]) if pos < len(model) else b""
                pos = max(pos, end) if pos < len(model) else pos
                if got != want:
                    bad += 1
            elif op < 0.8:
                got = b.readline()
                rest = bytes(model[pos:])
                i = rest.find(b"\n")
                want = rest if i < 0 else rest[:i + 1]
                pos += len(want) if pos < len(model) else 0
                if got != want:
                    bad += 1
            elif op < 0.85:
                size = rng.randrange(0, len(model) + 2)
                b.truncate(size)
                del model[size:]
            else:
                if b.getvalue() != bytes(model):
                    bad += 1
            if b.tell() != pos:
                bad += 1
                break
    return bad


print("text mismatches:", check_text(300))
print("bytes mismatches:", check_bytes(300))

# many small appends, then one value
s = io.StringIO()
for i in range(20000):
    s.write("line %d ü\n" % i if i % 1000 == 0 else "line %d\n" % i)
v = s.getvalue()
print(len(v), v.count("\n"), v[:12].encode(), v[-8:], s.tell())
s.seek(0)
print(sum(1 for _ in s), s.tell() == len(v))
