# Many threads incrementing shared state under a Lock; RLock reentrancy; lock API.
import threading, _thread

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(5000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
print("alive after join", [t.is_alive() for t in threads])

# lock API
l = _thread.allocate_lock()
print(type(l).__name__, l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
for kw in [dict(blocking=False, timeout=1), dict(timeout=-2)]:
    try:
        l.acquire(**kw)
    except ValueError as e:
        print("ValueError", e)
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(repr(l).split(" object")[0])
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError", e)

# RLock reentrancy across threads
r = threading.RLock()
print(type(r).__module__, type(r).__name__)
with r:
    with r:
        print("nested", r._is_owned())
print("released", r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

order = []
tried = threading.Event()
r.acquire()
def other():
    got = r.acquire(timeout=0.05)
    order.append(("timed out", got))
    tried.set()
    r.acquire()
    order.append("other got it")
    r.release()
t = threading.Thread(target=other)
t.start()
tried.wait()
order.append("main releases")
r.release()
t.join()
print(order)
print(repr(r).split(" object")[0])

# a thread that owns an RLock: release from another thread fails
r2 = threading.RLock()
err = []
def owner():
    r2.acquire()
t = threading.Thread(target=owner)
t.start(); t.join()
try:
    r2.release()
except RuntimeError as e:
    print("RuntimeError", e)

# start_new_thread argument errors
for args in [(1, ()), (print, []), (print, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError", e)
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread.error is RuntimeError)
print(threading.get_ident() == _thread.get_ident(), threading.main_thread() is threading.current_thread())
