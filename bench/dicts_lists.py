"""dicts and lists: counting, grouping, sorting, comprehensions."""
from benchutil import run

def bench():
    words = ["w%d" % (i * 7919 % 5000) for i in range(200000)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    groups = {}
    for w, c in counts.items():
        groups.setdefault(c, []).append(w)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    matrix = [[i * j % 97 for j in range(120)] for i in range(120)]
    transposed = [list(col) for col in zip(*matrix)]
    flat = [x for row in transposed for x in row if x % 3]
    s = set(flat)
    return (len(counts), len(groups), top[0], sum(flat), len(s))

run(bench)
