"""JSON: encode and decode a nested document with the json module."""
from benchutil import run
import json

DOC = {
    "users": [{"id": i, "name": "user%d" % i, "active": i % 3 == 0, "score": i * 1.5,
               "tags": ["t%d" % (i % 7), "x"], "address": {"city": "c%d" % (i % 13), "zip": "%05d" % i}}
              for i in range(300)],
    "meta": {"count": 300, "version": "1.0", "nested": [[1, 2, [3, 4, {"k": None}]]] * 10},
}

def bench():
    total = 0
    for _ in range(300):
        s = json.dumps(DOC, sort_keys=True)
        d = json.loads(s)
        total += len(s) + len(d["users"])
    return total

run(bench)
