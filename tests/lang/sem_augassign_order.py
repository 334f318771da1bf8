# augmented assignment: target subexpressions evaluated once, in order
log = []
class Obj:
    def __init__(self): self.__dict__["v"] = 1
    def __getattr__(self, n):
        raise AttributeError(n)
    def __getattribute__(self, n):
        if n != "__dict__":
            log.append("get " + n)
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v):
        log.append("set %s=%r" % (n, v))
        object.__setattr__(self, n, v)
def obj():
    log.append("obj()")
    return o
o = Obj()
obj().v += 10
print(log, o.v)

log.clear()
class Seq:
    def __init__(self): self.d = {0: 5}
    def __getitem__(self, k):
        log.append("getitem %r" % (k,)); return self.d[k]
    def __setitem__(self, k, v):
        log.append("setitem %r %r" % (k, v)); self.d[k] = v
s = Seq()
def key():
    log.append("key()"); return 0
def val():
    log.append("val()"); return 2
def target():
    log.append("target()"); return s
target()[key()] *= val()
print(log, s.d)

# in-place methods: __iadd__ result is what gets stored
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return "replaced"
a = Acc()
b = a
b += 1
print(b, a.items)

# list += on a tuple element: mutates then fails assignment
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)

# fallbacks: no __iadd__ -> __add__ -> __radd__
class R:
    def __radd__(self, other): return ("radd", other)
x = 1
x += R()
print(x)
try:
    y = "s"
    y -= 1
except TypeError as e:
    print(e)

# augmented assign to global/nonlocal/class attribute
g = 1
def inc():
    global g
    g += 1
inc(); print(g)
class C:
    n = 1
    n += 1
print(C.n)
lst = [1, 2]
lst[-1] **= 3
print(lst)
s = slice(0, 2)
lst2 = [1, 2, 3]
lst2[s] += [9]
print(lst2)
