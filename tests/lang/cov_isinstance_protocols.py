# isinstance/issubclass: tuples, unions, __instancecheck__, __subclasscheck__, errors
print(isinstance(1, (str, (bytes, (int,)))), isinstance(1, int | str), isinstance("s", int | None), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(int, (float, complex)), isinstance(True, int), type(True) is int)
print(int | str, (int | str) == (str | int), (int | str | int).__args__, type(int | None).__name__)
for args in [(1, 1), (1, "int"), (1, [int]), (1, (int, 1))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError", e)
for args in [(1, int), (int, 1), (int, (int, 2)), ([], list)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(Magic(), Magic))
# exact type match short-circuits __instancecheck__
class Never(type):
    def __instancecheck__(cls, inst): return False
class N(metaclass=Never): pass
print(isinstance(N(), N), isinstance(N(), (N,)))
# __class__ property affects isinstance but not type()
class Liar:
    @property
    def __class__(self): return int
l = Liar()
print(isinstance(l, int), type(l).__name__, l.__class__.__name__)
# abstract base classes and register
import collections.abc as cabc
class MyList:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
print(isinstance(MyList(), cabc.Sized), isinstance(MyList(), cabc.Sequence), isinstance([], cabc.MutableSequence))
cabc.Sequence.register(MyList)
print(isinstance(MyList(), cabc.Sequence), issubclass(MyList, cabc.Collection))
print(isinstance(iter([]), cabc.Iterator), isinstance((x for x in ""), cabc.Generator), isinstance({}.keys(), cabc.Set))
# deep tuple nesting and recursion limit
t = int
for _ in range(50):
    t = (t,)
print(isinstance(1, t))
# issubclass with a class whose __bases__ is faked
class FakeBases:
    __bases__ = (int,)
try:
    issubclass(FakeBases(), int)
except TypeError as e:
    print("TypeError", e)
print(issubclass(bool, object), issubclass(type, object), issubclass(object, type), isinstance(type, type), isinstance(object, type))
