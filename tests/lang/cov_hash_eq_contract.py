# __hash__/__eq__ interplay: inheritance of __hash__, None hash, hash of builtins
class EqNoHash:
    def __eq__(self, o): return True
print(EqNoHash.__hash__)
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError", e)
class EqAndHash:
    def __eq__(self, o): return isinstance(o, EqAndHash)
    def __hash__(self): return 42
print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))
class Child(EqAndHash):
    def __eq__(self, o): return False
try:
    hash(Child())
except TypeError as e:
    print("TypeError", e)
class ChildKeepsHash(EqAndHash):
    def __eq__(self, o): return False
    __hash__ = EqAndHash.__hash__
print(hash(ChildKeepsHash()))
class OnlyHash:
    def __hash__(self): return 7
print(hash(OnlyHash()), OnlyHash() == OnlyHash())
# __hash__ returning non-int, big ints, -1
class BadHash:
    def __hash__(self): return "x"
class BigHash:
    def __hash__(self): return 2 ** 100
class MinusOne:
    def __hash__(self): return -1
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
print(hash(BigHash()) == hash(2 ** 100), hash(MinusOne()), hash(-1), hash(-2))
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))
# numeric hash consistency across types
from fractions import Fraction
from decimal import Decimal
print(hash(1) == hash(1.0) == hash(Fraction(1)) == hash(Decimal(1)) == hash(True), hash(0.5) == hash(Fraction(1, 2)))
print(hash(float("inf")), hash(float("-inf")), hash(1e300) == hash(int(1e300)), hash(complex(1, 0)) == hash(1))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for unh in [[], {}, set(), bytearray(), slice(1)]:
    try:
        hash(unh)
    except TypeError as e:
        print("TypeError", e)
try:
    hash(([],))
except TypeError as e:
    print("TypeError", e)
# dict lookups use hash then eq; eq called only on hash match
log = []
class K:
    def __init__(self, n, h): self.n, self.h = n, h
    def __hash__(self): return self.h
    def __eq__(self, o):
        log.append("eq %d %d" % (self.n, o.n))
        return self.n == o.n
d = {K(1, 5): "a", K(2, 6): "b"}
log.clear()
print(d[K(1, 5)], log)
log.clear()
print(K(3, 5) in d, log)
# a key whose hash changes is lost
k = K(9, 1)
d2 = {k: "v"}
k.h = 2
print(k in d2, list(d2.values()))
