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
