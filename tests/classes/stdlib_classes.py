import enum, abc, functools, collections
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, repr(Color.GREEN), Color(1), Color["GREEN"], list(Color), Color.RED.name, Color.RED.value)
print(isinstance(Color.RED, Color), type(Color).__name__, len(Color))
class F(enum.IntFlag):
    A = 1
    B = 2
print(F.A | F.B, int(F.A | F.B))
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
try:
    Base()
except TypeError as e:
    print(e)
class Impl(Base):
    def f(self): return 1
print(Impl().f(), isinstance(Impl(), Base), issubclass(Impl, Base))
Base.register(int)
print(isinstance(1, Base), issubclass(bool, Base))
Point = collections.namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p._replace(x=5), p._asdict(), Point._fields)
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) >= T(4))
class C:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
c = C()
print(c.val, c.val)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]))
od = collections.OrderedDict(a=1)
od["b"] = 2
print(od, collections.Counter("abca").most_common(1), collections.defaultdict(list)["x"])
from collections.abc import Mapping, Sequence
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance((), Mapping))
class M(Mapping):
    def __getitem__(self, k): return 1
    def __len__(self): return 0
    def __iter__(self): return iter(())
print(M().get("x"), dict(M()), isinstance(M(), Mapping))
