"""string building: formatting, joins, slicing, methods."""
from benchutil import run

def bench():
    out = []
    total = 0
    for i in range(60000):
        s = "item-%d:%s" % (i, "x" * (i % 7))
        s = s.upper().replace("X", "yz")
        t = "{}|{:>8}|{:.3f}".format(s[:10], i, i / 7)
        out.append(t)
        total += len(t) + t.count("Y")
    text = "\n".join(out)
    words = text.split("|")
    return total + len(text) + len(words) + sum(len(w) for w in words[::97])

run(bench)
