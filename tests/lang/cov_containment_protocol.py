# the 'in' operator: __contains__, then __iter__, then __getitem__; results coerced to bool
log = []
class WithContains:
    def __contains__(self, x):
        log.append("contains %r" % (x,))
        return x == 1
class WithIter:
    def __iter__(self):
        log.append("iter")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        log.append("getitem %d" % i)
        if i > 2:
            raise IndexError
        return i
class TruthyContains:
    def __contains__(self, x): return "non-empty string"
class FalsyContains:
    def __contains__(self, x): return []
for obj in [WithContains(), WithIter(), WithGetitem()]:
    log.clear()
    print(type(obj).__name__, 1 in obj, 5 not in obj, log)
print(1 in TruthyContains(), 1 in FalsyContains(), 1 not in FalsyContains())
class NotContainer: pass
try:
    1 in NotContainer()
except TypeError as e:
    print("TypeError", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError", e)
class RaisingContains:
    def __contains__(self, x): raise KeyError("from contains")
try:
    1 in RaisingContains()
except KeyError as e:
    print("KeyError", e)
class BoolRaises:
    def __bool__(self): raise ValueError("bool failed")
class ReturnsBoolRaises:
    def __contains__(self, x): return BoolRaises()
try:
    1 in ReturnsBoolRaises()
except ValueError as e:
    print("ValueError", e)
# builtin containers
print("ab" in "xaby", "" in "abc", b"a" in b"abc", 97 in b"abc", [1] in [[1]], (1,) in {(1,): 2}, 1.0 in {1}, 3 in range(0, 10, 3))
for expr in ["1 in 'abc'", "[] in {}", "[] in set()", "'a' in b'abc'", "256 in b'a'", "None in 'a'", "1.5 in range(3)"]:
    try:
        print(expr, eval(expr))
    except (TypeError, ValueError) as e:
        print(expr, type(e).__name__, e)
# iteration-based containment stops at the first match and uses == (identity first)
class Eq:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        log.append("eq %d" % self.n)
        return self.n == getattr(o, "n", o)
log.clear()
items = [Eq(1), Eq(2), Eq(3)]
print(2 in items, log)
log.clear()
print(items[2] in items, log)
# dict views and containment on keys/items
d = {"a": 1}
print("a" in d.keys(), ("a", 1) in d.items(), ("a", 2) in d.items(), 1 in d.values(), [1] in d.values())
try:
    ([], 1) in d.items()
    print("unhashable item tuple ok")
except TypeError as e:
    print("TypeError", e)
