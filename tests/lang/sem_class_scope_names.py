# names in class bodies: __module__, __qualname__, __doc__, private names, del, and later changes
class A:
    """doc of A"""
    print(__module__, __qualname__, __doc__)
    class B:
        print(__qualname__)
        def m(self): pass
print(A.B.m.__qualname__, A.__doc__)
# class body assignments of special names
class C:
    __qualname__ = "Custom"
    __module__ = "somewhere"
print(C.__qualname__, C.__module__, C.__name__)
try:
    class D:
        __qualname__ = 5
except TypeError as e:
    print(e)
# private name mangling applies to attribute names and identifiers, not strings
class E:
    __x = 1
    def get(self): return self.__x, getattr(self, "_E__x"), "__x" in E.__dict__
    def __dunder__(self): return "not mangled"
print(E().get(), E().__dunder__(), sorted(k for k in vars(E) if "x" in k))
# mangling with leading underscores in the class name
class _Under:
    __p = 2
print([k for k in vars(_Under) if k.endswith("p")])
# a class body is executed once, top to bottom, and can use loops and conditionals
class F:
    vals = []
    for i in range(3):
        vals.append(i * i)
    if len(vals) > 2:
        big = True
    del i
print(F.vals, F.big, hasattr(F, "i"))
# methods defined conditionally and redefined
class G:
    def m(self): return 1
    def m(self): return 2
print(G().m())
