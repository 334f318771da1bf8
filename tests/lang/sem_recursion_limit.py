# RecursionError depth follows sys.setrecursionlimit
import sys
def depth():
    n = 0
    def f():
        nonlocal n
        n += 1
        f()
    try:
        f()
    except RecursionError as e:
        return n, str(e)
old = sys.getrecursionlimit()
print(old)
results = []
for lim in (100, 200, 500):
    sys.setrecursionlimit(lim)
    n, msg = depth()
    results.append(n)
    print(lim, msg)
# deeper limit allows strictly more frames, and about lim of them
print(results[0] < results[1] < results[2])
print(all(lim - 20 <= n <= lim for lim, n in zip((100, 200, 500), results)))
sys.setrecursionlimit(old)

for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(e)

# after a RecursionError the interpreter is usable and can recurse again
def r(n): return r(n + 1)
for _ in range(3):
    try:
        r(0)
    except RecursionError:
        print("caught")
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500))
