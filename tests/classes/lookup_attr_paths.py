# hasattr() and getattr(o, name, default) on every kind of getattr slot: a
# missing attribute is False / the default; other errors propagate; an
# AttributeError raised by a descriptor or __getattr__ counts as missing.
import sys, types

class Plain:
    x = 1
    def __init__(self): self.y = 2
    @property
    def bad(self): raise AttributeError("from property")
    @property
    def worse(self): raise KeyError("boom")

p = Plain()
for n in ("x", "y", "z", "bad", "__class__", "__dict__"):
    print("Plain", n, hasattr(p, n), getattr(p, n, "dflt") if n not in ("__dict__",) else "-")
try:
    hasattr(p, "worse")
except KeyError as e:
    print("KeyError", e)
try:
    getattr(p, "worse", None)
except KeyError as e:
    print("KeyError", e)
try:
    hasattr(p, 3)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(p, 3, None)
except TypeError as e:
    print("TypeError", e)

# types: metatype descriptors, the MRO, class attributes of the metatype
class Meta(type):
    mattr = "meta"
    @property
    def mprop(cls): return "mprop of " + cls.__name__
    @property
    def mbad(cls): raise AttributeError("meta property")
class K(metaclass=Meta):
    kattr = 5
for n in ("kattr", "mattr", "mprop", "mbad", "nope", "__name__", "__mro__"):
    print("K", n, hasattr(K, n), repr(getattr(K, n, "dflt"))[:40])
for n in ("__dataclass_fields__", "_fields", "append", "__len__"):
    print("list", n, hasattr(list, n), hasattr([], n))
print(getattr(int, "nope", None), getattr(type, "nope", 7), hasattr(type, "__call__"))

# modules, with and without a module __getattr__
m = types.ModuleType("m1")
m.a = 1
print("m1", hasattr(m, "a"), hasattr(m, "b"), getattr(m, "b", "dflt"))
m2 = types.ModuleType("m2")
calls = []
def mga(name):
    calls.append(name)
    if name == "dyn": return "dynamic"
    if name == "err": raise ValueError("from module __getattr__")
    raise AttributeError(name)
m2.__getattr__ = mga
print("m2", hasattr(m2, "dyn"), getattr(m2, "dyn", None), hasattr(m2, "other"), getattr(m2, "other", "dflt"))
try:
    hasattr(m2, "err")
except ValueError as e:
    print("ValueError", e)
print(calls)
print(hasattr(sys, "version_info"), hasattr(sys, "no_such_thing"))

# instance __getattr__ / __getattribute__
class G:
    def __getattr__(self, name):
        if name.startswith("g"): return name.upper()
        raise AttributeError(name)
g = G()
print("G", hasattr(g, "good"), hasattr(g, "bad"), getattr(g, "bad", "dflt"), getattr(g, "gee", None))
class GA:
    def __getattribute__(self, name):
        if name == "ok": return 1
        raise AttributeError(name)
print("GA", hasattr(GA(), "ok"), hasattr(GA(), "no"), getattr(GA(), "no", "dflt"))

# the message of the AttributeError that getattr without a default raises is unchanged
for o in (p, K, m, 3):
    try:
        getattr(o, "missing")
    except AttributeError as e:
        print(type(e).__name__, e, e.name, e.obj is o)
# no exception left behind after a suppressed lookup
try:
    hasattr(p, "z")
    raise RuntimeError("after")
except RuntimeError as e:
    print(repr(e), e.__context__)
