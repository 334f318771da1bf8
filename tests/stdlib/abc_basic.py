import abc, collections.abc as cabc, _abc, weakref, gc

print(abc.ABCMeta.__instancecheck__.__module__)
print(type(A._abc_impl) if 0 else hasattr(_abc, "_abc_data"))

class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def b(self): pass
    @property
    @abc.abstractmethod
    def p(self): pass

print(sorted(A.__abstractmethods__))
try:
    A()
except TypeError as e:
    print(e)

class B(A):
    def f(self): return 1
try:
    B()
except TypeError as e:
    print(e)

class C(B):
    b = 1
    p = 2
print(C().f(), C.__abstractmethods__)
print(type(C._abc_impl).__name__)

class Other: pass
print(issubclass(Other, A), isinstance(Other(), A))
tok = abc.get_cache_token()
print(A.register(Other) is Other, abc.get_cache_token() - tok)
print(issubclass(Other, A), isinstance(Other(), A), issubclass(Other, B))
class Sub(Other): pass
print(issubclass(Sub, A), isinstance(Sub(), A))
print(A.register(C) is C, abc.get_cache_token() - tok)  # already a subclass: no change
try:
    A.register(1)
except TypeError as e:
    print(e)
try:
    Other.register
except AttributeError as e:
    print(e)
class D(abc.ABC): pass
class E(D): pass
try:
    E.register(D)
except RuntimeError as e:
    print(e)
print(D.register(D) is D)

# __subclasshook__
class Sized2(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return True if hasattr(C, '__len__') else NotImplemented
        return NotImplemented
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance([], Sized2), isinstance(3, Sized2))
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 3
try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError", e)
try:
    issubclass(3, A)
except TypeError as e:
    print(e)

# negative cache invalidated by register
class N(abc.ABC): pass
class X: pass
print(issubclass(X, N), isinstance(X(), N))
N.register(X)
print(issubclass(X, N), isinstance(X(), N))
N._abc_registry_clear(); N._abc_caches_clear()
print(issubclass(X, N))

# collections.abc
print(isinstance({}, cabc.Mapping), isinstance([], cabc.Mapping), isinstance([], cabc.Sequence),
      issubclass(dict, cabc.MutableMapping), isinstance(iter([]), cabc.Iterator), isinstance(3, cabc.Hashable),
      isinstance([], cabc.Hashable), issubclass(str, cabc.Sequence))
print('__abc_tpflags__' in cabc.Sequence.__dict__, '__abc_tpflags__' in cabc.Mapping.__dict__)
class MyMap(cabc.Mapping):
    def __getitem__(self, k): return k
    def __len__(self): return 0
    def __iter__(self): return iter(())
class MySeq(cabc.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
for v in (MyMap(), MySeq(), [1], {1: 2}):
    match v:
        case {}: print("mapping")
        case []: print("sequence")

# weak registry: registered classes can die
class W(abc.ABC): pass
def make():
    class Tmp: pass
    W.register(Tmp)
    return weakref.ref(Tmp)
r = make()
gc.collect()
print(r() is None, [len(s) for s in _abc._get_dump(W)[:3]])
class Tmp2: pass
W.register(Tmp2)
isinstance(Tmp2(), W)
class Tmp3: pass
isinstance(Tmp3(), W)
reg, cache, neg, ver = _abc._get_dump(W)
print(len(reg), len(cache), len(neg), type(ver).__name__, [x() is Tmp2 for x in reg], [x() is Tmp3 for x in neg])
W._abc_caches_clear()
print([len(s) for s in _abc._get_dump(W)[:3]])
# many classes through the negative cache
for i in range(200):
    class T: pass
    isinstance(T(), W)
gc.collect()
print(sum(len(s) for s in _abc._get_dump(W)[:3]) < 200)

# errors of the helpers
class Plain: _abc_impl = 5
try:
    _abc._abc_instancecheck(Plain, 1)
except TypeError as e:
    print(e)
try:
    _abc._abc_register(A)
except TypeError as e:
    print(e)
try:
    _abc._abc_subclasscheck(A, 1, 2)
except TypeError as e:
    print(e)
class M(metaclass=abc.ABCMeta):
    __abc_tpflags__ = 1 << 5
print('__abc_tpflags__' in M.__dict__)
try:
    class M2(metaclass=abc.ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print(e)
# update_abstractmethods
class U(abc.ABC):
    @abc.abstractmethod
    def g(self): pass
class V(U):
    pass
V.g = lambda self: 1
abc.update_abstractmethods(V)
print(V().g(), V.__abstractmethods__)
import io
A._dump_registry(io.StringIO())
print(repr(type(A._abc_impl)()).split(" at ")[0], type(A._abc_impl).__doc__)
