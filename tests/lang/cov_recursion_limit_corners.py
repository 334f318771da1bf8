# recursion limit corners: RecursionError is catchable, limits can be changed, the state recovers
import sys
old = sys.getrecursionlimit()
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
# through __getattr__ / __repr__ / special methods
class Loop:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Loop().a
except RecursionError as e:
    print("RecursionError via __getattr__:", str(e)[:40])
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError via __repr__")
class Add:
    def __add__(self, o): return self + o
try:
    Add() + 1
except RecursionError:
    print("RecursionError via __add__")
# deeply nested data structures in builtins
lst = []
for _ in range(100000):
    lst = [lst]
try:
    repr(lst)
except RecursionError as e:
    print("RecursionError in repr of nested list:", e)
d = {}
cur = d
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    str(d)
except RecursionError:
    print("RecursionError in str of nested dict")
a = []
b = [a]
a.append(b)
try:
    a == b
except RecursionError as e:
    print("RecursionError in comparison", e)
# after recovery, calls work again, deep but legal recursion works
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
sys.setrecursionlimit(200)
try:
    depth(500)
except RecursionError:
    print("limit 200 hit")
sys.setrecursionlimit(old)
print(depth(500))
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError", e)
# recursion in generators, in a try/finally, and via mutual recursion
def gen(n):
    yield from gen(n + 1)
try:
    next(gen(0))
except RecursionError:
    print("RecursionError in generator chain")
count = 0
def fin(n):
    global count
    try:
        return fin(n + 1)
    finally:
        count += 1
try:
    fin(0)
except RecursionError:
    print("finally blocks ran:", count > 100)
def ping(n): return pong(n + 1)
def pong(n): return ping(n + 1)
try:
    ping(0)
except RecursionError:
    print("mutual recursion")
# recursion during exception handling
def handler(n):
    try:
        raise ValueError(n)
    except ValueError:
        return handler(n + 1)
try:
    handler(0)
except RecursionError as e:
    print("RecursionError in handler, context:", type(e.__context__).__name__)
# compile() of deeply nested expressions
for depth_ in (50, 100000):
    src = "(" * depth_ + "1" + ")" * depth_
    try:
        print(len(str(eval(src))))
    except (RecursionError, MemoryError, SyntaxError) as e:
        print(type(e).__name__, str(e)[:60])
try:
    eval("-" * 100000 + "1")
except (RecursionError, MemoryError) as e:
    print(type(e).__name__)
print(sys.getrecursionlimit() == old)
