# mapping patterns: key lookup via get/__getitem__, **rest, extra keys allowed
def m(s):
    match s:
        case {"type": "point", "x": x, "y": y}:
            return ("point", x, y)
        case {"type": "circle", **rest}:
            return ("circle", rest)
        case {1: one, 2.0: two}:
            return ("nums", one, two)
        case {}:
            return "some mapping"
        case _:
            return "other"
print(m({"type": "point", "x": 1, "y": 2, "extra": 0}))
print(m({"type": "circle", "r": 5, "c": (0, 0)}))
print(m({1: "a", 2: "b"}))
print(m({"zzz": 1}))
print(m([("type", "point")]))

# mapping patterns use .get() semantics on Mapping types; defaultdict does not create keys
from collections import defaultdict, OrderedDict
d = defaultdict(list)
match d:
    case {"k": v}:
        print("found", v)
    case _:
        print("not found; keys", list(d))

# a custom Mapping subclass
from collections.abc import Mapping
class M(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
match M({"a": 1, "b": 2}):
    case {"a": 1, **rest}:
        print("rest", rest)

# rest is a fresh dict
src = {"a": 1, "b": 2}
match src:
    case {"a": _, **r}:
        r["c"] = 3
        print(src, r, type(r).__name__)

# duplicate keys are a SyntaxError at compile time
try:
    compile("match x:\n case {'a': 1, 'a': 2}: pass", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)

# value patterns as keys
class K:
    A = "a"
match {"a": 10}:
    case {K.A: val}:
        print("dotted key", val)
match {-1: "neg", 1j: "imag", -0-0j: "zero"}:
    case {-1: a, 1j: b, -0-0j: c}:
        print(a, b, c)
