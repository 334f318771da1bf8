# match decides sequence/mapping patterns as CPython: by the flags collections.abc
# sets (__abc_tpflags__, register()) and inherits, not by the methods a class has
import collections, collections.abc as cabc, array, os, types
class MyMap(cabc.Mapping):
    def __getitem__(self, k): return k
    def __len__(self): return 0
    def __iter__(self): return iter(())
class MySeq(cabc.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
class Duck:
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
    def index(self, x): return 0
class DuckMap:
    def keys(self): return []
    def __getitem__(self, k): return k
    def items(self): return []
class Reg: pass
class RegSub(Reg): pass
cabc.Sequence.register(Reg)
class RegM: pass
cabc.MutableMapping.register(RegM)
class SubSeq(MySeq): pass
for v in (MyMap(), MySeq(), SubSeq(), [1], (1,), {1: 2}, Duck(), DuckMap(), Reg(), RegSub(), RegM(), "s", b"b", bytearray(b"x"),
          range(2), memoryview(b""), array.array('i'), collections.deque(), collections.OrderedDict(), collections.UserList(),
          collections.UserDict(), os.environ, types.MappingProxyType({}), collections.Counter(), collections.defaultdict(),
          collections.ChainMap(), dict().keys(), set()):
    match v:
        case {}: r = "mapping"
        case [*_]: r = "sequence"
        case _: r = "neither"
    print(type(v).__name__, r)
print(cabc.Sequence.__flags__ & (3 << 5), cabc.Mapping.__flags__ & (3 << 5), MySeq.__flags__ & 96, Reg.__flags__ & 96, RegSub.__flags__ & 96)
try:
    class Both(cabc.Collection):
        __abc_tpflags__ = (cabc.Sequence.__flags__ | cabc.Mapping.__flags__)
except TypeError as e: print(e)
