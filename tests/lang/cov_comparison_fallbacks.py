# rich comparison fallbacks and defaults
class Plain: pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a)
for op in ["<", "<=", ">", ">="]:
    try:
        eval("a %s b" % op)
    except TypeError as e:
        print(op, "TypeError", e)
# __ne__ defaults to the inverse of __eq__
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
    __hash__ = None
print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) == 1, EqOnly(1) != 1)
# __eq__ returning a non-bool: __ne__ negates its truth
class Weird:
    def __eq__(self, o): return "truthy"
print(Weird() == 1, Weird() != 1)
class NotImpl:
    def __eq__(self, o): return NotImplemented
x = NotImpl()
print(x == x, x == NotImpl(), x != x)
# reflected comparisons swap the operator
class Rev:
    def __gt__(self, o): return "Rev.__gt__ (reflected <)"
    def __ge__(self, o): return "Rev.__ge__ (reflected <=)"
print(1 < Rev(), 1 <= Rev(), Rev() > 1)
# comparison of mixed builtins
print(1 == 1.0, 1 == 1 + 0j, 2 ** 53 + 1 == float(2 ** 53 + 1), float("nan") == float("nan"), [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], (n,) == (n,), n in [n], {n: 1}[n])
print(True == 1, False == 0, True is 1 if False else "", hash(True) == hash(1), {1: "int", True: "bool"})
print("a" < "b", "a" < "B", "" < "a", "abc" < "abd", "ab" < "abc", b"a" < b"b", (1, 2) < (1, 2, 0), [1, 2] < [1, 3])
for expr in ["1 < 'a'", "[] < ()", "None < 0", "{} < {}", "{1} < [1]", "b'a' < 'a'", "1j < 2j", "(1, 'a') < (1, 2)"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError", e)
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1} > set(), frozenset([1]) == {1}, {1: 2} == {1: 2.0})
print(b"a" == "a", bytearray(b"x") == b"x", memoryview(b"x") == b"x", range(3) == range(0, 3), range(0) == range(2, 2))
# identity shortcut in containers: x in [x] is True even if x != x
class NeverEqual:
    def __eq__(self, o): return False
ne = NeverEqual()
print(ne in [ne], [ne] == [ne], ne == ne, [ne].count(ne), [ne].index(ne))
# comparisons returning NotImplemented from both sides for == fall back to identity
class Both:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
bo = Both()
print(bo == bo, bo == Both(), bo != bo, bo != Both())
# functools.total_ordering fills in the rest
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), sorted([V(3), V(1)], key=lambda v: v)[0].v)
