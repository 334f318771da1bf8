# Inline caches must notice every change that affects the cached result.
import sys

# LOAD_GLOBAL: globals and builtins changing between executions
def use_len():
    return len('abc')
out = []
for i in range(4):
    out.append(use_len())
    if i == 1:
        len = lambda s: 'global len'
    if i == 2:
        del len
print(out)

import builtins
def use_abs():
    return abs(-1)
r = [use_abs()]
orig_abs = builtins.abs
builtins.abs = lambda v: 'patched'
r.append(use_abs())
builtins.abs = orig_abs
r.append(use_abs())
abs = lambda v: 'module global'
r.append(use_abs())
del abs
r.append(use_abs())
print(r)

# LOAD_ATTR on instances: shapes, class attributes appearing later
class P:
    def __init__(self, x):
        self.x = x
def getx(o):
    return o.x
a = P(1)
vals = [getx(a) for _ in range(3)]
b = P(2)
b.y = 3                       # different shape
vals.append(getx(b))
P.x = property(lambda self: 'property wins')
vals.append(getx(a))
del P.x
vals.append(getx(a))
a.__dict__['x'] = 'via dict'
vals.append(getx(a))
print(vals)

class Q:
    pass
def getz(o):
    return o.z
q = Q()
q.z = 1
zs = [getz(q), getz(q)]
del q.z
try:
    getz(q)
except AttributeError as e:
    zs.append(str(e))
q.z = 5
zs.append(getz(q))
print(zs)

# STORE_ATTR: __setattr__ added after caching
class S:
    def __init__(self):
        self.v = 0
def setv(o, v):
    o.v = v
s = S()
for i in range(3):
    setv(s, i)
print(s.v)
S.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 100)
setv(s, 7)
print(s.v)
del S.__setattr__
setv(s, 8)
print(s.v)
class Slotted:
    __slots__ = ('v',)
t = Slotted()
for i in range(3):
    setv(t, i)
print(t.v)

# LOAD_METHOD: instance attribute shadowing a method, method replaced on class
class M:
    def m(self):
        return 'method'
def callm(o):
    return o.m()
o = M()
res = [callm(o), callm(o)]
o.m = lambda: 'instance attr'
res.append(callm(o))
del o.m
res.append(callm(o))
M.m = lambda self: 'replaced'
res.append(callm(o))
class N(M):
    pass
res.append(callm(N()))
M.m = staticmethod(lambda: 'static')
res.append(callm(o))
print(res)

def call_append(l, v):
    l.append(v)
l = []
for i in range(3):
    call_append(l, i)
class MyList(list):
    def append(self, v):
        list.append(self, v * 10)
ml = MyList()
call_append(ml, 1)
print(l, ml)

# module attributes
import math
def pi():
    return math.pi
ps = [pi(), pi()]
math.pi = 3
ps.append(pi())
math.pi = 3.141592653589793
ps.append(pi())
print(ps)

# BINARY_OP / COMPARE_OP fast paths at the small-int boundaries
big = 2 ** 62 - 1
print(big + 1, -big - 2, big * 2, (big + 1) // -1, -(2 ** 62), 7 // -2, -7 // 2, 7 % -3, -7 % 3)
print(2 ** 61 * 4, (-2 ** 62) * -1, 5 >> 100, -5 >> 100, 1 < 2.5, 2.0 == 2, 0.1 + 0.2 == 0.3)
x = 1.5
x += 1
x *= 2.0
print(x, 1e308 * 10, 5 / 2, 5.0 / 2.0)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
print(True + True, True * 3, -True, ~False)

# FOR_ITER over different iterators at the same instruction
def total(it):
    t = 0
    for v in it:
        t += v
    return t
print(total(range(5)), total([1, 2]), total((3, 4)), total({5: 0}), total(x for x in [6]), total(iter([7])))

# LOAD_ATTR of plain class attributes through instances
class C:
    k = 'class k'
def getk(o):
    return o.k
c = C()
ks = [getk(c), getk(c)]
C.k = 'rebound'
ks.append(getk(c))
c.k = 'instance k'
ks.append(getk(c))
del c.k
ks.append(getk(c))
class D(C):
    pass
d = D()
ks.append(getk(d))
D.k = 'D k'
ks.append(getk(d))
C.k = 'C again'
ks.append(getk(d))
ks.append(getk(c))
del D.k
ks.append(getk(d))
C.k = property(lambda self: 'now a property')
ks.append(getk(c))
print(ks)

# class instantiation runs __init__ inline
class I:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)
print(I(1).t, I(1, 5, c=6).t, I(*[7]).t, I(**{'a': 8}).t)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)
class Raises:
    def __init__(self):
        raise ValueError('in init')
try:
    Raises()
except ValueError as e:
    print(e, [t.tb_frame.f_code.co_name for t in [e.__traceback__, e.__traceback__.tb_next]])
class WithNew:
    def __new__(cls, *a):
        print('new', a)
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
print(WithNew(4).x)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())
class Sub(I):
    def __init__(self):
        super().__init__(0)
print(Sub().t)
try:
    I()
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
objs = [I(i) for i in range(3)]
print([o.t[0] for o in objs])
class Meta(type):
    def __call__(cls, *a):
        return 'meta call'
class UsesMeta(metaclass=Meta):
    def __init__(self):
        pass
print(UsesMeta())
import abc
class Abstract(abc.ABC):
    @abc.abstractmethod
    def m(self): pass
    def __init__(self):
        pass
try:
    Abstract()
except TypeError as e:
    print(e)
