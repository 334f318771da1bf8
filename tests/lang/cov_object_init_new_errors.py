# object.__new__/__init__ argument checking and instantiation errors
class Plain: pass
for args, kw in [((1,), {}), ((), {"a": 1})]:
    try:
        Plain(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(1).a)
try:
    OnlyInit()
except TypeError as e:
    print("TypeError", e)
class OnlyNew:
    def __new__(cls, a):
        inst = super().__new__(cls)
        inst.a = a
        return inst
print(OnlyNew(2).a)
class InitCallsSuperWithArgs:
    def __init__(self, a):
        super().__init__(a)
try:
    InitCallsSuperWithArgs(1)
except TypeError as e:
    print("TypeError", e)
class NewCallsSuperWithArgs:
    def __new__(cls, a):
        return super().__new__(cls, a)
try:
    NewCallsSuperWithArgs(1)
except TypeError as e:
    print("TypeError", e)
class Both:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, *a): self.a = a
print(Both(1, 2).a)
try:
    object.__init__(Plain(), 1)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(Plain, 1)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError", e)
# __new__ returning an instance of another class skips __init__
class Other:
    def __init__(self): print("Other.__init__ not called via Weird")
class Weird:
    def __new__(cls): return Other.__new__(Other)
    def __init__(self): print("Weird.__init__ not called")
print(type(Weird()).__name__)
class ReturnsNone:
    def __new__(cls): return None
print(ReturnsNone())
# __init__ must return None
class BadInit:
    def __init__(self): return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
# abstract classes
import abc
class Abstract(abc.ABC):
    @abc.abstractmethod
    def m(self): pass
    @abc.abstractmethod
    def n(self): pass
try:
    Abstract()
except TypeError as e:
    print("TypeError", e)
class Half(Abstract):
    def m(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Full(Half):
    def n(self): return 2
print(Full().m() + Full().n())
# instantiating builtins that cannot be instantiated
import types
for t in [type(None), type(NotImplemented), type(...), types.FunctionType, type(len), types.GeneratorType]:
    try:
        t()
        print(t.__name__, "ok")
    except TypeError as e:
        print(t.__name__, "TypeError", e)
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    class SubBool(bool): pass
except TypeError as e:
    print("TypeError", e)
try:
    class SubFunc(types.FunctionType): pass
except TypeError as e:
    print("TypeError", e)
