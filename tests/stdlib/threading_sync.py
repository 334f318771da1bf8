# Condition, Event, Semaphore, BoundedSemaphore, Barrier, join with timeout.
import threading, time

# Condition: a consumer waits for items
cond = threading.Condition()
items = []
got = []
def consumer():
    for _ in range(5):
        with cond:
            while not items:
                cond.wait()
            got.append(items.pop(0))
c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
    time.sleep(0.001)
c.join()
print("condition", got)

with cond:
    print("wait timeout", cond.wait(0.01))
    print("wait_for", cond.wait_for(lambda: True, 0.01))

# Event
ev = threading.Event()
seen = []
def waiter(k):
    ev.wait()
    with cond:
        seen.append(k)
ws = [threading.Thread(target=waiter, args=(k,)) for k in range(4)]
for w in ws:
    w.start()
print("event before", ev.is_set(), seen)
ev.set()
for w in ws:
    w.join()
print("event after", ev.is_set(), sorted(seen))
ev.clear()
print("event wait timeout", ev.wait(0.01))

# Semaphore: at most 2 holders at a time
sem = threading.Semaphore(2)
active = [0]
peak = [0]
mu = threading.Lock()
def limited():
    with sem:
        with mu:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.005)
        with mu:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore peak at most 2", peak[0] <= 2, "active", active[0])
sem.acquire(); sem.acquire()
blocked = []
t = threading.Thread(target=lambda: blocked.append(sem.acquire(timeout=0.01)))
t.start(); t.join()
sem.release(); sem.release()
print("third holder blocked", blocked)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)
print("sem nonblocking", sem.acquire(False), sem.acquire(False), sem.acquire(False))

# Barrier
b = threading.Barrier(3)
res = []
def at_barrier(k):
    i = b.wait()
    with mu:
        res.append(i)
ts = [threading.Thread(target=at_barrier, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("barrier", sorted(res), b.broken, b.n_waiting)
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("barrier broken", b2.broken)

# join with a timeout on a thread that is still blocked
gate = threading.Event()
t = threading.Thread(target=gate.wait, name="sleeper", daemon=True)
t.start()
t.join(0.02)
print("join timeout alive", t.is_alive(), t.name, t.daemon)
gate.set()
t.join()
print("joined alive", t.is_alive())

# Timer
fired = []
tm = threading.Timer(0.01, lambda: fired.append("fired"))
tm.start()
tm.join()
print(fired)
tm2 = threading.Timer(10, lambda: fired.append("never"))
tm2.start()
tm2.cancel()
tm2.join()
print(fired)
