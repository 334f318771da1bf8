# isinstance() with a class: type(v) first, then v.__class__ when a class
# overrides it (a property, a plain attribute, __getattribute__), as CPython.
class A: pass
class B(A): pass
class Liar:
    @property
    def __class__(self): return A
class Plain:
    __class__ = B
class GA:
    def __getattribute__(self, name):
        if name == "__class__": return B
        return object.__getattribute__(self, name)
class Raises:
    @property
    def __class__(self): raise AttributeError("no class")
class Boom:
    @property
    def __class__(self): raise KeyError("boom")
for v in (1, "s", [], (), {}, 1.5, None, A(), B(), Liar(), Plain(), GA(), Raises()):
    print(type(v).__name__, [isinstance(v, c) for c in (A, B, int, str, object, list, tuple, dict)],
          isinstance(v, (list, tuple)), isinstance(v, (A, int)))
try:
    isinstance(Boom(), A)
except KeyError as e:
    print("KeyError", e)
print(isinstance(Boom(), Boom), isinstance(Boom(), object))
class Sub(int): pass
print(isinstance(Sub(3), int), isinstance(True, int), isinstance(3, bool), isinstance(int, type), isinstance(type, type))
