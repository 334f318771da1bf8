import collections
Point = collections.namedtuple("Point", "x y")
class C:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
class Color:
    RED = "red"
def m(v):
    match v:
        case 0 | 1 | 2 as small: return f"small {small}"
        case -3: return "neg three"
        case 1.5: return "float"
        case -1.5j: return "imag"
        case 3 + 4j: return "complex"
        case -3 - 4j: return "neg complex"
        case "s" "t": return "concat str"
        case b"b": return "bytes"
        case None: return "None"
        case True: return "True"
        case Color.RED: return "value pattern"
        case []: return "empty seq"
        case [x]: return f"one {x}"
        case [1, *rest]: return f"starts 1 rest {rest}"
        case (a, b, *_, z): return f"long {a} {b} .. {z}"
        case {"k": 1, **others}: return f"map k=1 others={others}"
        case {"k": _}: return "map k any"
        case {}: return "any map"
        case Point(x=0, y=yy): return f"point on axis y={yy}"
        case Point(xx, yy) if xx == yy: return "diagonal point"
        case C(1, b=bb): return f"C with a=1 b={bb}"
        case C(aa, bb): return f"C {aa} {bb}"
        case int(n) if n > 100: return "big int"
        case str() | bytes(): return "some text"
        case float(f): return f"float {f}"
        case [[1, 2], [3, *inner]]: return f"nested {inner}"
        case (1 | 2) as q: return "never"
        case _: return "default"
print([m(v) for v in [0, 2, -3, 1.5, -1.5j, 3 + 4j, -3 - 4j, "st", b"b", None, True, "red", [], [9],
                      [1, 2, 3], (5, 6, 7, 8), {"k": 1, "z": 2}, {"k": 5}, {"q": 1}, Point(0, 5),
                      Point(2, 2), Point(1, 2), C(1, 2), C(3, 4), 500, "text", 2.5, [[1, 2], [3, 4, 5]],
                      object(), 1.0, False, [1]]])
# soft keywords remain usable as names
match = 1; case = 2; _ = 3
print(match, case, _)
match (1, 2):
    case (1, x): print("tuple subject", x)
match 1, 2:
    case [a, b]: print("bare tuple subject", a, b)
match [*"ab"]:
    case ["a", *r]: print("star subject", r)
def match_fn(match): return match
print(match_fn(5))
# capture and wildcard in or-patterns, group patterns
match [1, (2, 3)]:
    case [1, (2, c) | (c, 2)]:
        print("or with capture", c)
match {"a": [1, {"b": 2}]}:
    case {"a": [_, {"b": val}]}:
        print("deep map", val)
# class patterns for builtins take the subject as positional
match 5:
    case int(x): print("int self", x)
match [1, 2]:
    case list((a, b)): print("list of", a, b)
# guard sees captures, failing guard falls through
match 3:
    case x if x > 5: print("no")
    case x: print("fell through", x)
