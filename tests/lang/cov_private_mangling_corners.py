# private name mangling corners
class A:
    __x = 1
    _A__y = 2
    __dunder__ = 3
    def get(self):
        return self.__x, self.__y, self.__dunder__
    def names(self):
        return sorted(k for k in vars(A) if "x" in k or "y" in k or "dunder" in k)
print(A().get(), A().names())
# leading underscores in the class name are stripped
class _B:
    __v = "b"
    def get(self): return self.__v
class __C:
    __v = "c"
print(_B().get(), sorted(k for k in vars(_B) if "v" in k), sorted(k for k in vars(__C) if k.endswith("v")))
# a class named only with underscores does not mangle
class ___:
    __w = "w"
print(sorted(k for k in vars(___) if k.endswith("w")))
# mangling applies to names in nested functions, comprehensions, lambdas, and imports
class D:
    __secret = 42
    def m(self):
        def inner():
            return self.__secret
        return inner(), [self.__secret for _ in "a"], (lambda: self.__secret)()
    def imp(self):
        import os as __os
        return "_D__os" in locals()
print(D().m(), D().imp())
# getattr with a string does not mangle
d = D()
print(hasattr(d, "__secret"), getattr(d, "_D__secret"))
# mangling in keyword arguments, parameters and global names
def f(**kw): return sorted(kw)
class E:
    def call(self): return f(__kw=1)
    def params(self, __p=5): return __p
    def glob(self):
        global __g
        __g = "set"
print(E().call(), E().params(), E().params(_E__p=6))
E().glob()
print("_E__g" in globals(), "__g" in globals())
# nested classes mangle with their own name
class Outer:
    __o = "outer"
    class Inner:
        __i = "inner"
        def get(self): return self.__i
    def get_inner_private(self):
        try:
            return self.Inner().__i
        except AttributeError as e:
            return "AttributeError: %s" % e
print(Outer.Inner().get(), Outer().get_inner_private())
# names ending in two underscores or being dunder are not mangled; dotted attribute parts are
class F:
    __a__ = 1
    __b_ = 2
    def m(self):
        return self.__a__, self.__b_
print(F().m(), sorted(k for k in vars(F) if "b" in k and not k.startswith("__d")))
# mangling inside a class of attribute used from outside
class G:
    def __init__(self):
        self.__hidden = "h"
g = G()
print(vars(g))
try:
    g.__hidden
except AttributeError as e:
    print("AttributeError", e)
# __slots__ names are mangled too
class S:
    __slots__ = ("__s", "t")
    def __init__(self): self.__s = 1
print(S.__slots__, sorted(k for k in vars(S) if "s" in k.lower() and not k.startswith("__")), S()._S__s)
# very long mangled names are not truncated
class LongName:
    __attr_with_a_long_name = 1
print([k for k in vars(LongName) if "long_name" in k])
