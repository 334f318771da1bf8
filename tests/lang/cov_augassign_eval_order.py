# augmented assignment on attributes and subscripts: order of evaluation
log = []
class Obj:
    def __init__(self): self.__dict__["d"] = {"x": 1}
    def __getattr__(self, k):
        log.append("getattr " + k)
        return self.d[k]
    def __setattr__(self, k, v):
        log.append("setattr %s=%r" % (k, v))
        self.d[k] = v
class Seq:
    def __init__(self): self.data = {0: 10, "k": [1]}
    def __getitem__(self, k):
        log.append("getitem %r" % (k,))
        return self.data[k]
    def __setitem__(self, k, v):
        log.append("setitem %r=%r" % (k, v))
        self.data[repr(k)] = v
def ev(name, v):
    log.append("eval " + name)
    return v
o = Obj()
ev("target", o).x += ev("value", 5)
print(log); log.clear()
s = Seq()
ev("container", s)[ev("key", 0)] += ev("value", 1)
print(log); log.clear()
ev("container", s)[ev("key", "k")] += ev("value", [2])
print(log, s.data["k"], s.data["'k'"]); log.clear()
# in-place operator result is stored even when it is the same object
class Inplace:
    def __init__(self): self.calls = []
    def __repr__(self): return "Inplace(%r)" % self.calls
    def __iadd__(self, o):
        self.calls.append(o)
        return self
    def __isub__(self, o):
        return "replaced"
obj = Obj()
obj.d["y"] = Inplace()
obj.y += 1
obj.y -= 1
print(log, obj.d["y"]); log.clear()
# falls back to the binary operator when __iadd__ is missing or NotImplemented
class NI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "add"
    def __radd__(self, o): return "radd"
n = NI(); n += 1; print(n)
m = 1; m += NI(); print(m)
# tuple element augassign: the list is mutated, then the store fails
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e, t)
# slices
lst = [1, 2, 3, 4]
lst[1:3] += ["x"]
print(lst)
lst[::2] *= 1 if False else 1
print(lst)
class SliceLog(Seq):
    def __getitem__(self, k):
        log.append("getitem %r" % (k,))
        return "ab"
sl = SliceLog()
sl[1:2] += "c"
print(log); log.clear()
# errors: the target is evaluated once, the error happens at the operator
d = {}
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
try:
    o.nope += 1
except KeyError as e:
    print("KeyError", e, log); log.clear()
x = "s"
try:
    x -= 1
except TypeError as e:
    print("TypeError", e)
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    ns = {"v": 6}
    try:
        exec("v %s 2" % op, ns)
        print(op, ns["v"])
    except TypeError as e:
        print(op, "TypeError", e)
# global and nonlocal augassign
g = 1
def fg():
    global g
    g += 1
fg(); print(g)
def fo():
    c = 1
    def inner():
        nonlocal c
        c *= 10
    inner(); inner()
    return c
print(fo())
def unbound():
    u += 1
    u = 0
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
