# comparisons: mixed types, incomparable types, identity, containment
print(1 == 1.0, 1 == True, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
n = float("nan")
print(n is n, n in [n], [n] == [n], (n,) == (n,))
for a, b in ((1, "1"), ([], ()), (None, 0), ({}, {}), (1, None)):
    try:
        print(repr(a), "<", repr(b), a < b)
    except TypeError as e:
        print(e)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", b"a" < b"b", {1} < {1, 2})
try:
    [1] < (1,)
except TypeError as e:
    print(e)
# chained comparisons with in / is / not in
print(1 in [1] in [[1]], 1 < 2 > 0 != 5, None is None is not False)
# __contains__ result converted to bool
class Cont:
    def __contains__(self, x): return x
print(1 in Cont(), 0 in Cont(), 0 not in Cont(), "" in Cont())
# __eq__ returning non-bool used in if and list.index
class Weird:
    def __eq__(self, o): return "yes"
print(Weird() == 1, [1, 2].index(Weird()) if False else [Weird()].count(3))
# comparison result of __lt__ used by sorted
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "V%d" % self.v
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5)]), min(V(3), V(0)))
try:
    sorted([V(1), 1])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
# is vs == for small ints and interned strings is an implementation detail; test is on singletons
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented)
# not with __bool__ raising
class BadBool:
    def __bool__(self): raise ValueError("no bool")
try:
    not BadBool()
except ValueError as e:
    print(e)
try:
    if BadBool(): pass
except ValueError as e:
    print(e)
# rich comparison of ints and floats at large magnitudes
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > float("inf"), -10**400 < float("-inf"))
print(1 < float("nan"), 1 > float("nan"), float("inf") == 10**400)
