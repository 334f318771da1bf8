# MRO computation, mro() overrides, __bases__/__class__ assignment, __subclasses__
class O: pass
class A(O): pass
class B(O): pass
class C(A, B): pass
class D(B, A): pass
print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.mro()])
try:
    class E(C, D): pass
except TypeError as e:
    print("TypeError", e)
try:
    class F(O, A): pass
except TypeError as e:
    print("TypeError", e)
# a metaclass can override mro()
class ReverseMeta(type):
    def mro(cls):
        return [cls] + [k for k in reversed(type.mro(cls)) if k is not cls]
class R(A, B, metaclass=ReverseMeta): pass
print([k.__name__ for k in R.__mro__])
class BadMro(type):
    def mro(cls): return [1]
try:
    class X(metaclass=BadMro): pass
except TypeError as e:
    print("TypeError", e)
# __bases__ assignment updates the MRO
class P1:
    def who(self): return "P1"
class P2:
    def who(self): return "P2"
class Child(P1): pass
c = Child()
print(c.who())
Child.__bases__ = (P2,)
print(c.who(), [k.__name__ for k in Child.__mro__])
try:
    Child.__bases__ = ()
except TypeError as e:
    print("TypeError", e)
try:
    Child.__bases__ = (Child,)
except TypeError as e:
    print("TypeError", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError", e)
# __class__ assignment between compatible heap types
class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__)
for bad in [int, 5]:
    try:
        pet.__class__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError", e)
# __subclasses__ lists direct subclasses in creation order
class Root: pass
class S1(Root): pass
class S2(Root): pass
class S3(S1): pass
print([k.__name__ for k in Root.__subclasses__()], [k.__name__ for k in S1.__subclasses__()])
# __name__/__qualname__/__module__ assignment on classes
Root.__name__ = "Renamed"
Root.__qualname__ = "Outer.Renamed"
print(Root.__name__, Root.__qualname__, repr(Root)[-18:])
for attr, val in [("__name__", 5), ("__qualname__", None), ("__name__", "with\x00nul")]:
    try:
        setattr(Root, attr, val)
    except (TypeError, ValueError) as e:
        print(attr, type(e).__name__, e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print("TypeError", e)
# setting and deleting attributes on builtin types is refused
for action in ["set", "del"]:
    try:
        if action == "set":
            int.new_attr = 1
        else:
            del str.upper
    except TypeError as e:
        print(action, "TypeError", e)
for a in [("a\x00b", (), {}), ("a", [], {}), (1, (), {}), ("a", (bool,), {})]:
    try:
        type(*a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type.__mro__, object.__mro__, type(type), type(object), object.__bases__, type.__bases__)
