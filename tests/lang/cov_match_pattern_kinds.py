# match statements: every pattern kind
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Plain:
    def __repr__(self): return "Plain(%r, %r)" % (self.a, self.b)
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def describe(v):
    match v:
        case None: return "None"
        case True: return "True"
        case False: return "False"
        case 0: return "zero"
        case -1: return "minus one"
        case 1 + 2j: return "complex"
        case -1.5 - 2j: return "neg complex"
        case "str" | b"bytes": return "str or bytes literal"
        case Color.RED: return "red (value pattern)"
        case Point(x=0, y=0): return "origin"
        case Point(0, y): return "on y axis at %r" % y
        case Point(x, 0) if x > 10: return "far on x axis"
        case Point(x=px): return "point x=%r" % px
        case Plain(1, b=2): return "plain 1 2"
        case Plain(a, b) if a == b: return "plain equal"
        case [] : return "empty sequence"
        case [x]: return "one item %r" % (x,)
        case [1, *rest]: return "starts with 1, rest %r" % (rest,)
        case [*init, 9]: return "ends with 9, init %r" % (init,)
        case [_, _, *_, "end"]: return "3+ ending in end"
        case (a, b): return "pair %r %r" % (a, b)
        case {"type": "user", "name": str(name), **extra}: return "user %s extra %r" % (name, extra)
        case {"k": [1, 2, {"deep": d}]}: return "deep %r" % (d,)
        case {}: return "some mapping"
        case int(n) if n > 100: return "big int %d" % n
        case int() | float() as num: return "number %r" % (num,)
        case str() as s if len(s) > 3: return "long string"
        case str(): return "short string"
        case (((x))): return "grouped capture %s" % type(x).__name__
for v in [None, True, False, 0, 0.0, -1, 1 + 2j, -1.5 - 2j, "str", b"bytes", Color.RED, Color.GREEN, Point(0, 0), Point(0, 5),
          Point(11, 0), Point(3, 0), Plain(1, 2), Plain(4, 4), Plain(4, 5), [], [7], [1, 2, 3], (8, 9), [3, 4, 9],
          ["a", "b", "c", "end"], {"type": "user", "name": "bob", "age": 3}, {"type": "user", "name": 5}, {"k": [1, 2, {"deep": "x"}]},
          {"z": 1}, 500, 50, 2.5, "hello", "hi", "x", object, range(2), iter([]), bytearray(b"ab")]:
    print(repr(v)[:30] if " at 0x" not in repr(v) else type(v).__name__, "->", describe(v))
# 1 == True, 0 == False: literal matching of True uses identity
match 1:
    case True: print("1 is True?")
    case 1: print("1 matched 1")
match 1.0:
    case 1: print("1.0 matched 1")
# strings are not sequences for matching
match "ab":
    case [a, b]: print("sequence", a, b)
    case _: print("str is not a sequence pattern")
# mapping pattern does not require exact keys; get() is not used, __getitem__ on keys is
class LoggingDict(dict):
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
match LoggingDict(a=1, b=2):
    case {"a": 1}: print("matched subset")
# wildcard and capture bindings remain after match
match (1, 2, 3):
    case (first, *others):
        pass
print(first, others)
match 42:
    case _:
        print("wildcard does not bind")
# value patterns with dotted names in a class
class Const:
    A = 1
    B = "two"
for v in [1, "two", 3]:
    match v:
        case Const.A: print("A")
        case Const.B: print("B")
        case other: print("other", other)
# or-patterns bind the same names in each alternative
for v in [(1, 2), [2, 1], {"x": 1, "y": 2}]:
    match v:
        case (1, y) | (y, 1) | {"x": 1, "y": y}:
            print("y =", y)
# as-patterns in nested positions
match [1, [2, 3]]:
    case [int() as a, [b, c] as inner]:
        print(a, b, c, inner)
# match subject evaluation happens once
def subj():
    print("subject evaluated")
    return 3
match subj():
    case 1: pass
    case 2: pass
    case 3: print("three")
# match as a soft keyword
match = [1]
match[0] = 2
print(match)
case = 5
print(case)
