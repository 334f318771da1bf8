# class patterns: __match_args__ inheritance, builtins matching self, dataclasses, keyword-only attributes
from dataclasses import dataclass, field
class Base:
    __match_args__ = ("a",)
    def __init__(self, a, b=None): self.a, self.b = a, b
class Derived(Base):
    pass
class Extended(Base):
    __match_args__ = ("a", "b")
def m(v):
    match v:
        case Extended(x, y): return "Extended(%r, %r)" % (x, y)
        case Derived(x): return "Derived(%r)" % (x,)
        case Base(x, b=y): return "Base(%r, b=%r)" % (x, y)
        case _: return "no match"
print(m(Derived(1)), m(Extended(2, 3)), m(Base(4, 5)), m(5))
# builtin types match their own value positionally
for v in [5, 5.5, "s", b"b", bytearray(b"ba"), [1], (2,), {1: 2}, {3}, frozenset({4}), True]:
    match v:
        case bool(x): print("bool", x)
        case int(x): print("int", x)
        case float(x): print("float", x)
        case str(x): print("str", x)
        case bytes(x): print("bytes", x)
        case bytearray(x): print("bytearray", x)
        case list(x): print("list", x)
        case tuple(x): print("tuple", x)
        case dict(x): print("dict", x)
        case set(x): print("set", x)
        case frozenset(x): print("frozenset", x)
# subclasses of builtins match positionally too
class MyStr(str): pass
match MyStr("sub"):
    case str(x): print("MyStr as str:", x, type(x).__name__)
# dataclass match args, with kw_only fields excluded
@dataclass
class P:
    x: int
    y: int = 0
    z: int = field(default=0, kw_only=True)
print(P.__match_args__)
match P(1, 2, z=3):
    case P(1, 2, z=3): print("dataclass matched with kw z")
try:
    match P(1, 2, z=3):
        case P(a, b, c):
            print("not reached")
except TypeError as e:
    print("TypeError", e)
# attribute lookups happen once per pattern and missing attributes fail the match
class Counting:
    __match_args__ = ("p",)
    count = 0
    @property
    def p(self):
        Counting.count += 1
        return 42
match Counting():
    case Counting(41): pass
    case Counting(42): print("matched, property read", Counting.count, "times")
class Missing:
    __match_args__ = ("nothere",)
match Missing():
    case Missing(_): print("should not match")
    case Missing(): print("missing attribute: no match")
# __match_args__ errors are raised only when positional patterns are used
class BadArgs:
    __match_args__ = "a"
try:
    match BadArgs():
        case BadArgs(x): pass
except TypeError as e:
    print("TypeError", e)
match BadArgs():
    case BadArgs(): print("no positional: fine")
# keyword patterns use getattr, including properties that raise AttributeError
class Raises:
    @property
    def r(self): raise AttributeError("nope")
match Raises():
    case Raises(r=_): print("no")
    case _: print("AttributeError means no match")
class RaisesOther:
    @property
    def r(self): raise KeyError("other")
try:
    match RaisesOther():
        case RaisesOther(r=_): pass
except KeyError as e:
    print("KeyError propagates", e)
