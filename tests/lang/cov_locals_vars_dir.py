# locals(), vars(), dir() in different scopes
def f(a, b=2):
    c = 3
    return sorted(locals())
print(f(1))
def comp_locals():
    x = 1
    return [sorted(locals()) for _ in range(1)][0]
print(comp_locals())
def gen_locals():
    y = 2
    g = (sorted(locals()) for _ in range(1))
    return next(g)
print(gen_locals())
def closure_locals():
    free = "free"
    def inner():
        free
        own = 1
        return sorted(locals())
    return inner()
print(closure_locals())
class C:
    a = 1
    names = sorted(locals())
print(C.names)
# locals() at module level is globals()
print(locals() is globals())
# vars() with and without argument, errors
class V:
    def __init__(self): self.x = 1
print(vars(V()), sorted(k for k in vars(V) if not k.startswith("__")))
for obj in [1, "s", [], None]:
    try:
        vars(obj)
    except TypeError as e:
        print("TypeError", e)
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError", e)
# vars() returns the module dict itself
import math
print(vars(math) is math.__dict__)
# dir() is sorted and includes inherited names; __dir__ override
class Base:
    base_attr = 1
class Derived(Base):
    derived_attr = 2
    def __init__(self): self.inst = 3
names = dir(Derived())
print([n for n in names if not n.startswith("__")])
class CustomDir:
    def __dir__(self): return ["z", "a", "m"]
print(dir(CustomDir()))
class BadDir:
    def __dir__(self): return 5
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError", e)
def scope():
    q = 1
    w = 2
    return dir()
print(scope())
print("__name__" in dir(), sorted(n for n in dir(math) if n.startswith("f"))[:3])
# dir of a module with __dir__ defined
import types
m = types.ModuleType("m")
m.__dir__ = lambda: ["only", "these"]
print(dir(m))
m2 = types.ModuleType("m2")
m2.b, m2.a = 1, 2
print(dir(m2))
# locals() snapshot is not live in functions
def snap():
    l = locals()
    z = 5
    before = "z" in l
    locals()
    return before, "z" in l
print(snap())
