class G:
    real = 1
    def __getattr__(self, name):
        if name.startswith("no"): raise AttributeError(name)
        return "dyn:" + name
g = G()
print(g.real, g.anything, getattr(g, "other"))
try:
    g.nope
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(g, "nope"), hasattr(g, "yes"))
class GA:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        if name == "secret": return "intercepted"
        return object.__getattribute__(self, name)
ga = GA()
print(ga.x, ga.secret)
try:
    ga.missing
except AttributeError as e:
    print("AttributeError:", e)
class Both:
    def __getattribute__(self, name):
        print("getattribute", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("getattr", name)
        return 42
print(Both().zz)
class S:
    def __setattr__(self, name, v):
        print("setattr", name, v)
        super().__setattr__(name, v * 2)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
s = S()
s.a = 5
print(s.a)
del s.a
print(hasattr(s, "a"))
class Frozen:
    def __init__(self):
        object.__setattr__(self, "v", 1)
    def __setattr__(self, n, v):
        raise AttributeError("frozen")
f = Frozen()
print(f.v)
try:
    f.v = 2
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
class Later:
    pass
Later.__getattr__ = lambda self, n: "added " + n
print(Later().foo)
del Later.__getattr__
try:
    Later().foo
except AttributeError as e:
    print("AttributeError:", e)
class D:
    def __dir__(self): return ["b", "a", "c"]
print(dir(D()))
class E:
    x = 1
    def m(self): pass
e = E()
e.y = 2
print([n for n in dir(e) if not n.startswith("__")])
print("__init__" in dir(E), "mro" in dir(type))
