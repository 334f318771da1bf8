# itertools.tee refuses a re-entrant next() (another thread, or the source's
# own __next__) with CPython's RuntimeError instead of deadlocking.
import threading
from itertools import tee

start, finish = threading.Event(), threading.Event()
class Slow:
    def __iter__(self):
        return self
    def __next__(self):
        start.set()
        finish.wait()
        return 'v'

a, b = tee(Slow())
got = []
t = threading.Thread(target=lambda: got.append(next(a)))
t.start()
start.wait()
try:
    next(b)
except RuntimeError as e:
    print('RuntimeError:', e)
finish.set()
t.join()
print(got, next(b))

class Self:
    def __iter__(self):
        return self
    def __next__(self):
        return next(c)
c, d = tee(Self())
try:
    next(c)
except RuntimeError as e:
    print('RuntimeError:', e)
x, y = tee(range(5))
print(list(x), list(y), list(tee([1, 2], 3)[2]))
