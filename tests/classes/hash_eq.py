class A: pass
a = A()
print(hash(a) == hash(a), a == a, a != A())
d = {a: 1}
print(d[a])
class E:
    def __eq__(self, o): return True
print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print("TypeError:", e)
try:
    {E(): 1}
except TypeError as e:
    print("TypeError:", e)
class EH:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EH) and self.v == o.v
    def __hash__(self): return hash(self.v)
s = {EH(1), EH(1), EH(2)}
print(len(s), EH(1) in s, EH(3) in s)
class Sub(EH): pass
print(hash(Sub(5)) == hash(5))
class SubEq(EH):
    def __eq__(self, o): return False
try:
    hash(SubEq(1))
except TypeError as e:
    print("TypeError:", e)
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
for v in (1, -1, 2**61 - 1, 2**61, -2**61, 1.5, "", (), None, True):
    print(hash(v) == hash(v), end=" ")
print()
print(hash(-1), hash(2**61 - 1), hash(2**62), hash(-2**63), hash(1.0) == hash(1), hash(True))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print(list.__hash__, dict.__hash__, object.__hash__ is not None)
class ReHash(E):
    __hash__ = object.__hash__
print(hash(ReHash()) is not None)
