# augmented assignment / star unpack / evaluation order corner cases
class Log:
    def __init__(self): self.log = []
L = []
class Obj:
    def __getitem__(self, k): L.append(("get", k)); return 1
    def __setitem__(self, k, v): L.append(("set", k, v))
o = Obj()
o[1, 2] += 5
o[1:2] += 5
o[...] -= 1
print(L)
L.clear()
# multiple assignment targets evaluate left to right after RHS
a = b = c = []
print(a is b is c)
x, x = 1, 2
print(x)
lst = [0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
# swapping through attributes and subscripts
class P: pass
p = P(); p.a, p.b = 1, 2
p.a, p.b = p.b, p.a
print(p.a, p.b)
d = {}
d["a"], d["b"] = d["b"], d["a"] = 1, 2
print(d)
# star targets in for loops and with
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
# augmented assignment with walrus not allowed, but walrus in subscripts fine
arr = [1, 2, 3]
arr[(j := 1)] += 10
print(arr, j)
# order of evaluation for dict with duplicate keys: last value wins, first key kept
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o): return True
    def __repr__(self): return "K%d" % self.n
print({K(1): "a", K(2): "b"})
# set display keeps first element
print({1, 1.0, True})
print({1.0, 1, True})
# augmented assign on global via globals dict in function
def g():
    globals()["counter"] = globals().get("counter", 0) + 1
g(); g()
print(counter)
# chained assignment with unpacking and starred
a, *b = c, d = "xy"
print(a, b, c, d)
# evaluation order: function call arguments with side effects on a list
seq = []
def s(v): seq.append(v); return v
print(s(1) + s(2) * s(3) - s(4) ** s(5) // s(6))
print(seq)
# integer and float dunder result types
print(type(True + True).__name__, type(3 / 1).__name__, type(2 ** -1).__name__, type(7 // 2.0).__name__)
print(divmod(-7, 2), divmod(7, -2), -7 % 2, 7 % -2, -7 // 2, divmod(-7.5, 2))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(12345, -2))
print(0 ** 0, 0.0 ** 0, (-8) ** (1/3) if False else pow(-8, 1/3).real.__round__(3))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print(e)
print(True & False, True | 2, ~True, -True, True << 3)
