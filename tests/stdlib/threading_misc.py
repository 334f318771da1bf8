# Thread-locals, exceptions in threads (excepthook), queue, executors,
# a CPU-bound thread that must not starve the main thread, switch interval.
import threading, queue, sys, io, time, _thread
from concurrent.futures import ThreadPoolExecutor

# thread-local data
loc = threading.local()
loc.x = "main"
out = {}
def setter(k):
    print_missing = not hasattr(loc, "x")
    loc.x = k
    time.sleep(0.002)
    out[k] = (loc.x, print_missing, sorted(loc.__dict__))
ts = [threading.Thread(target=setter, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("locals", sorted(out.items()), loc.x)

class MyLocal(threading.local):
    def __init__(self, base):
        self.base = base
        self.inits = 1
    def total(self):
        return self.base + self.inits
ml = MyLocal(10)
ml.inits = 5
vals = []
def use():
    vals.append((ml.base, ml.inits, ml.total()))
t = threading.Thread(target=use)
t.start()
t.join()
print("subclass", vals, ml.total(), type(ml).__name__)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
try:
    loc.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    loc.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
del loc.x
print(hasattr(loc, "x"))

# exceptions in threads go to threading.excepthook
buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
def bad():
    raise ValueError("boom")
t = threading.Thread(target=bad, name="bad-thread")
t.start()
t.join()
def quits():
    sys.exit(3)
t = threading.Thread(target=quits)
t.start()
t.join()
sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0], lines[-1], len([l for l in lines if l.startswith("Traceback")]))

hooked = []
def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=bad, name="hooked")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print("hook", hooked)
a = _thread._ExceptHookArgs((KeyError, KeyError("k"), None, None))
print(a.exc_type, a.exc_value, a.thread, len(a))

# queue producer/consumer, several consumers
q = queue.Queue(maxsize=4)
results = []
rl = threading.Lock()
def producer():
    for i in range(50):
        q.put(i)
    for _ in range(3):
        q.put(None)
def consumer():
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            break
        with rl:
            results.append(x * x)
        q.task_done()
ts = [threading.Thread(target=producer)] + [threading.Thread(target=consumer) for _ in range(3)]
for t in ts:
    t.start()
q.join()
for t in ts:
    t.join()
print("queue", len(results), sum(results), q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("queue.Empty")

# ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=4) as ex:
    print("map", list(ex.map(lambda x: x * 3, range(12))))
    futs = [ex.submit(pow, 2, k) for k in range(10)]
    print("submit", [f.result() for f in futs])
    f = ex.submit(int, "x")
    try:
        f.result()
    except ValueError as e:
        print("future error", e)

# a CPU-bound thread does not starve the main thread
stop = False
spins = [0]
def spin():
    while not stop:
        spins[0] += 1
t = threading.Thread(target=spin)
t.start()
ticks = 0
for i in range(10):
    time.sleep(0.001)
    ticks += 1
s = 0
for i in range(20000):
    s += i
stop = True
t.join()
print("main ticks", ticks, s, spins[0] > 0)

# two CPU-bound threads both make progress (the GIL switches)
done = [0, 0]
def count(k):
    n = 0
    for i in range(200000):
        n += 1
    done[k] = n
ts = [threading.Thread(target=count, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counts", done)

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
sys.setswitchinterval(0.005)
print("active", threading.active_count(), _thread._count(), len(threading.enumerate()))
print(_thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError", e)

# a non-daemon thread still running at the end is joined before exit
go = threading.Event()
def late():
    go.wait()
    time.sleep(0.01)
    print("late thread done")
threading.Thread(target=late).start()
print("main done")
go.set()
