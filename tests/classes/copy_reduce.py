class A:
    def __init__(self): self.a = 1
    def __repr__(self): return f"A(a={self.a})"
import copy
a = A()
b = copy.copy(a)
print(b, b is a, b.__dict__)
c = copy.deepcopy([a, a])
print(c, c[0] is c[1])
class S:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1; self.y = [2]
s2 = copy.deepcopy(S())
print(s2.x, s2.y)
print(a.__reduce_ex__(2)[0].__name__, a.__reduce_ex__(2)[1][0] is A, a.__reduce_ex__(2)[2])
print(object.__getstate__(a), S().__getstate__())
class Empty: pass
print(Empty().__getstate__())
class W(int): pass
w = copy.copy(W(5))
print(w, type(w).__name__)
class L(list): pass
l = copy.copy(L([1, 2]))
print(l, type(l).__name__)
