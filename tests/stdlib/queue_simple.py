# _queue.SimpleQueue (C) and queue.SimpleQueue / queue.Empty built on it.
import _queue, queue, threading, weakref, gc, pickle

print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
print(_queue.Empty.__mro__, _queue.Empty.__module__, _queue.SimpleQueue.__module__)
print(_queue.SimpleQueue[int], type(_queue.SimpleQueue[int]).__name__)

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for i in range(20):
    q.put(i) if i % 2 else q.put_nowait(i)
print(q.empty(), q.qsize())
print([q.get() for _ in range(5)], q.get_nowait(), q.get(False), q.get(True, 0), q.get(timeout=1))
for i in range(100):           # wrap around and grow the ring buffer
    q.put(('x', i))
out = []
while not q.empty():
    out.append(q.get_nowait())
print(len(out), out[:11] == list(range(9, 20)), out[11], out[-1])
q.put(None); print(q.get(block=True, timeout=None))
q.put(item=5, block=False, timeout=3); print(q.get())

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

err(q.get_nowait)
err(q.get, False)
err(q.get, block=False, timeout=-1)
err(q.get, True, 0)
err(q.get, timeout=0.0)
err(q.get, True, -1)
err(q.get, True, -0.5)
err(q.get, True, 'x')
err(q.get, True, float('nan'))
err(q.get, True, 1e300)
err(q.get, True, 2**70)
err(q.get, 1, 2, 3)
err(q.get, tomato=1)
err(q.put)
err(q.put_nowait)
err(q.put, 1, 2, 3, 4)
err(q.get_nowait, 1)
err(q.empty, 1)
err(_queue.SimpleQueue, 1)
err(_queue.SimpleQueue, x=1)
err(pickle.dumps, q)

# a getter blocked on an empty queue wakes up when an item arrives
got = []
def getter():
    got.append(q.get())
    got.append(q.get(timeout=60))
t = threading.Thread(target=getter)
t.start()
q.put('a')
q.put('b')
t.join()
print(got)

# several producers and consumers
q2 = queue.SimpleQueue()
res = []
lock = threading.Lock()
def consumer():
    while True:
        x = q2.get()
        if x is None:
            return
        with lock:
            res.append(x)
def producer(base):
    for i in range(200):
        q2.put(base + i)
cs = [threading.Thread(target=consumer) for _ in range(3)]
ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
for th in cs + ps:
    th.start()
for th in ps:
    th.join()
for _ in cs:
    q2.put(None)
for th in cs:
    th.join()
print(len(res), sorted(res) == sorted(k * 1000 + i for k in range(3) for i in range(200)))

# a timed get that runs out raises Empty
try:
    q2.get(timeout=0.01)
except queue.Empty as e:
    print('Empty', repr(e))

# weak references, subclasses, gc
class Obj: pass
q3 = _queue.SimpleQueue(); q3.put(q3)
w = weakref.ref(q3)
print(w() is q3)
del q3; gc.collect()
print(w())
class MyQ(_queue.SimpleQueue):
    pass
m = MyQ(); m.tag = 'mine'
o = Obj(); wo = weakref.ref(o)
m.put(o); m.put([m]); del o; gc.collect()
print(type(m).__name__, m.tag, m.qsize(), wo() is not None, m.get() is wo(), m.get()[0] is m)
del m; gc.collect()
print(wo())

# queue.Queue is unaffected
pq = queue.Queue(2); pq.put(1); pq.put(2)
try:
    pq.put(3, timeout=0)
except queue.Full:
    print('Full')
print(pq.get(), pq.get())
try:
    pq.get_nowait()
except queue.Empty as e:
    print('Empty', type(e) is _queue.Empty)
