import sys
print(sys.getrecursionlimit())
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print("RecursionError", e)

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr", type(e).__name__)

class G:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    G().x
except RecursionError as e:
    print("getattr", e)

def through_c(n):
    return list(map(through_c, [n + 1]))
try:
    through_c(0)
except RecursionError as e:
    print("map", e)

# after recovering we can recurse again
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
sys.setrecursionlimit(3000)
print(depth(2500))
sys.setrecursionlimit(1000)
def gen_rec(n):
    yield from gen_rec(n + 1)
try:
    list(gen_rec(0))
except RecursionError as e:
    print("gen", e)
print("ok")
