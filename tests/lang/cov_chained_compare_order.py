# chained comparisons: each operand evaluated once, left to right, short-circuit
log = []
class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        log.append("%d<%d" % (self.n, o.n)); return self.n < o.n
    def __eq__(self, o):
        log.append("%d==%d" % (self.n, o.n)); return self.n == o.n
    def __gt__(self, o):
        log.append("%d>%d" % (self.n, o.n)); return self.n > o.n
    def __le__(self, o):
        log.append("%d<=%d" % (self.n, o.n)); return self.n <= o.n
    __hash__ = None
def ev(n):
    log.append("ev%d" % n)
    return V(n)
def run(label, f):
    log.clear()
    r = f()
    print(label, r, log)
run("1<2<3", lambda: ev(1) < ev(2) < ev(3))
run("1<3<2", lambda: ev(1) < ev(3) < ev(2))
run("3<1<2", lambda: ev(3) < ev(1) < ev(2))
run("1<2==2<=2>1", lambda: ev(1) < ev(2) == ev(2) <= ev(2) > ev(1))
run("not chain", lambda: not (ev(2) < ev(1) < ev(0)))
run("in chain", lambda: ev(1) < ev(2) in [True] if False else ev(0) < ev(1))
# results are not coerced to bool: the last comparison's value is returned
class W:
    def __lt__(self, o): return "truthy-string"
    def __gt__(self, o): return 0
print(W() < W(), W() < W() < W(), W() > W() < W(), 1 < 2 < W() if False else "")
print(1 < 2 < 3 < 4, 1 < 2 > 1 < 3, 1 == 1.0 == True, 1 is 1 if False else "", "a" < "b" < "c")
print(1 < 2 == 2, (1 < 2) == 2, 1 < (2 == 2), [] == [] is not None, 2 in [1, 2] in [[1, 2]])
print(None is None is None, 1 != 2 != 1, 1 is not 2 if False else "", 3 > 2 > 1 > 0 > -1)
# errors propagate from the middle of the chain without evaluating the rest
def boom():
    raise ValueError("middle")
log.clear()
try:
    ev(1) < boom() < ev(3)
except ValueError as e:
    print("ValueError", e, log)
try:
    1 < "a" < ev(5)
except TypeError as e:
    print("TypeError", e, log)
# truth value of the intermediate result is taken once
class T:
    n = 0
    def __bool__(self):
        T.n += 1
        return True
class C:
    def __lt__(self, o): return T()
r = C() < C() < C()
print(type(r).__name__, T.n)
class FalseBool:
    def __bool__(self): raise RuntimeError("no bool")
class D:
    def __lt__(self, o): return FalseBool()
try:
    D() < D() < D()
except RuntimeError as e:
    print("RuntimeError", e)
print(type(D() < D()).__name__)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 4, x in range(10) == True if False else "", (0 < x) < 2)
