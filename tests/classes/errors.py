def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A: pass
class B:
    def __init__(self, x): self.x = x
show(lambda: A(1))
show(lambda: A(x=1))
show(lambda: B())
show(lambda: B(1, 2))
show(lambda: object(1))
show(lambda: object.__new__(A, 1))
show(lambda: type(object.__new__(B, 1)).__name__)
show(lambda: object.__init__(B(1), 1))
show(lambda: A()[0])
show(lambda: A()())
show(lambda: len(A()))
show(lambda: iter(A()))
show(lambda: next(A()))
show(lambda: next(iter([])))
show(lambda: A() < A())
show(lambda: 1 in A())
show(lambda: -A())
show(lambda: A().x)
show(lambda: A.x)
show(lambda: int.x)
show(lambda: isinstance(1, 1))
show(lambda: issubclass(1, int))
show(lambda: issubclass(int, 1))
show(lambda: format(A(), "x"))
show(lambda: format(1, 1))
show(lambda: int[0] if False else 1)
show(lambda: type(None)(1))
show(lambda: type(NotImplemented)())
show(lambda: type(...)())
show(lambda: hash([]))
show(lambda: getattr(A(), 1))
show(lambda: setattr(A(), 1, 2))
show(lambda: type("X", (1,), {}))
show(lambda: type("X", (), {"__qualname__": 1}))
show(lambda: type("X", (), {"__slots__": [1]}))
show(lambda: [].__len__(1))
show(lambda: int.__add__(1))
show(lambda: str.upper(1))
show(lambda: object.__setattr__(1, "x", 2))
show(lambda: A().__class__.__name__)
def set_cls():
    a = A()
    a.__class__ = B
    return type(a).__name__
show(set_cls)
def set_cls_bad():
    a = 1
    a.__class__ = B
show(set_cls_bad)
def set_cls_bad2():
    a = A()
    a.__class__ = int
show(set_cls_bad2)
class Abstract:
    pass
class Ab:
    def f(self): pass
    def g(self): pass
Ab.__abstractmethods__ = frozenset({"g", "f"})
show(lambda: Ab())
class Ab1:
    pass
Ab1.__abstractmethods__ = frozenset({"only"})
show(lambda: Ab1())
print(sorted(Ab.__abstractmethods__))
Ab.__abstractmethods__ = frozenset()
show(lambda: type(Ab()).__name__)
show(lambda: A.__abstractmethods__)
show(lambda: None.foo)
show(lambda: NotImplemented.x)
print(repr(None), repr(NotImplemented), repr(...), bool(None), type(None).__name__, type(...).__name__)
import sys
SimpleNamespace = type(sys.implementation)
MappingProxyType = type(type.__dict__)
print(SimpleNamespace.__module__, SimpleNamespace.__name__, MappingProxyType.__name__)
ns = SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns == SimpleNamespace(a=1, b="two", c=[3]), vars(ns))
show(lambda: SimpleNamespace(1))
del ns.a
print(ns)
mp = MappingProxyType({"k": 1})
print(mp, mp["k"], len(mp), list(mp), "k" in mp, mp.get("z", 0), dict(mp.items()))
show(lambda: mp.__setitem__("k", 2))
def mp_set():
    mp["k"] = 2
show(mp_set)
