# Garbage collection while threads run: every thread allocates, keeps its own
# objects alive in locals and on its frames, and blocks (letting go of the GIL)
# in the middle of its work.
import threading, gc, time

def worker(k, out):
    keep = [[k, i, str(i) * 3] for i in range(300)]
    d = {}
    for i in range(300):
        d["k%d" % i] = (i, [i] * 3, {"v": i})
        if i % 50 == 0:
            time.sleep(0.0005)
            gc.collect()
    total = sum(len(v[1]) + v[2]["v"] for v in d.values())
    ok = all(x[0] == k and x[2] == str(x[1]) * 3 for x in keep)
    out[k] = (total, ok)

out = {}
ts = [threading.Thread(target=worker, args=(k, out)) for k in range(6)]
for t in ts:
    t.start()
garbage = 0
for i in range(200):
    garbage += len([object() for _ in range(20)])
    if i % 40 == 0:
        gc.collect()
for t in ts:
    t.join()
print(sorted(out.items()), garbage)

# objects handed between threads survive collections on either side
import queue
q = queue.Queue()
def make():
    for i in range(100):
        q.put({"i": i, "payload": [str(i)] * 5})
        if i % 10 == 0:
            gc.collect()
    q.put(None)
got = []
t = threading.Thread(target=make)
t.start()
while True:
    x = q.get()
    if x is None:
        break
    got.append(x["i"] + len("".join(x["payload"])))
t.join()
print(len(got), sum(got))

# many short-lived threads
res = []
lk = threading.Lock()
def short(i):
    s = "".join(str(j) for j in range(i))
    with lk:
        res.append(len(s))
for batch in range(5):
    ts = [threading.Thread(target=short, args=(batch * 10 + i,)) for i in range(10)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(len(res), sum(res), threading.active_count())
