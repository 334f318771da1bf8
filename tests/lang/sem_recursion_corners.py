# recursion limit corner cases
import sys
def depth_now():
    n = 0
    f = sys._getframe()
    while f:
        n += 1
        f = f.f_back
    return n
def at_depth(n, fn):
    if n == 0:
        return fn()
    return at_depth(n - 1, fn)
# setting a limit lower than the current depth fails
def try_low():
    try:
        sys.setrecursionlimit(5)
        return "set"
    except RecursionError as e:
        return "RecursionError: " + str(e).split(":")[0]
print(at_depth(50, try_low))
print(sys.getrecursionlimit())
# RecursionError is a RuntimeError
print(issubclass(RecursionError, RuntimeError))
# the error is catchable at any level and the stack unwinds fully
def rec(n):
    try:
        return rec(n + 1)
    except RecursionError:
        if n % 100 == 0:
            pass
        raise
try:
    rec(0)
except RecursionError as e:
    print("unwound", type(e).__name__)
# finally blocks run during the unwind
count = 0
def recf(n):
    global count
    try:
        recf(n + 1)
    finally:
        count += 1
try:
    recf(0)
except RecursionError:
    pass
print(count > 100)
# recursion in generator frames
def recgen(n):
    yield from recgen(n + 1)
try:
    list(recgen(0))
except RecursionError:
    print("generator recursion")
# recursion inside a coroutine chain
async def reccoro(n):
    return await reccoro(n + 1)
try:
    reccoro(0).send(None)
except RecursionError:
    print("coroutine recursion")
# mutual recursion through a class's __init__ and a function
class Node:
    def __init__(self, n):
        self.child = make(n + 1)
def make(n):
    return Node(n)
try:
    make(0)
except RecursionError:
    print("init recursion")
# recursion through str.format / f-strings calling __format__
class Fmt:
    def __format__(self, spec):
        return f"{self}"
    def __str__(self):
        return format(self, "")
try:
    f"{Fmt()}"
except RecursionError:
    print("format recursion")
# pickling deep structure? json deep structure
import json
deep = []
cur = deep
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    json.dumps(deep)
except RecursionError:
    print("json recursion")
# raising lower limit then recovering
old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
try:
    at_depth(100, lambda: None)
except RecursionError:
    print("limit 60 hit")
sys.setrecursionlimit(old)
print(at_depth(100, lambda: "ok at 100"))
# the depth check counts the setrecursionlimit call itself
def f():
    for n in (1, 2, 3, 4):
        try:
            sys.setrecursionlimit(n)
            sys.setrecursionlimit(old)
            print(n, "accepted")
            break
        except RecursionError as e:
            print(e)
f()
sys.setrecursionlimit(old)
