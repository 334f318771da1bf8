# unbounded recursion raises RecursionError, never crashes
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)

def g(n):
    return [g(n + 1)]
try:
    g(0)
except RecursionError:
    print("list recursion ok")

class A:
    def __getattr__(self, name):
        return self.missing
try:
    A().x
except RecursionError:
    print("__getattr__ recursion ok")

class B:
    def __repr__(self):
        return repr(self)
try:
    repr(B())
except RecursionError:
    print("__repr__ recursion ok")

class C:
    def __eq__(self, other):
        return self == other
try:
    C() == C()
except RecursionError:
    print("__eq__ recursion ok")

class D:
    def __len__(self):
        return len(self)
try:
    len(D())
except RecursionError:
    print("__len__ recursion ok")

class E:
    def __hash__(self):
        return hash(self)
try:
    {E(): 1}
except RecursionError:
    print("__hash__ recursion ok")

class F:
    @property
    def p(self):
        return self.p
try:
    F().p
except RecursionError:
    print("property recursion ok")

def viamap(x):
    return list(map(viamap, [x]))
try:
    viamap(1)
except RecursionError:
    print("map recursion ok")

def key(x):
    return sorted([x], key=key)
try:
    key(1)
except RecursionError:
    print("sorted key recursion ok")

def viagen(x):
    return sum(viagen(i) for i in [x])
try:
    viagen(1)
except RecursionError:
    print("genexpr recursion ok")

class G:
    def __init__(self):
        G()
try:
    G()
except RecursionError:
    print("__init__ recursion ok")

class H:
    def __iter__(self):
        return iter(H())
try:
    iter(H())
except RecursionError:
    print("__iter__ recursion ok")

def viaexec(n):
    exec("viaexec(n + 1)", {"viaexec": viaexec, "n": n})
try:
    viaexec(0)
except RecursionError:
    print("exec recursion ok")

import functools
@functools.lru_cache(maxsize=None)
def cached(n):
    return cached(n + 1)
try:
    cached(0)
except RecursionError:
    print("lru_cache recursion ok")
print("still alive")
