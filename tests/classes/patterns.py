def make():
    class Local:
        def m(self): return __class__
    return Local
L = make()
print(L.__qualname__, repr(L), L().m() is L)
class Node:
    def accept(self, v): return getattr(v, "visit_" + type(self).__name__)(self)
class Num(Node):
    def __init__(self, n): self.n = n
class Add(Node):
    def __init__(self, a, b): self.a, self.b = a, b
class Eval:
    def visit_Num(self, n): return n.n
    def visit_Add(self, n): return n.a.accept(self) + n.b.accept(self)
print(Add(Num(1), Add(Num(2), Num(3))).accept(Eval()))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
class A(metaclass=Meta): pass
print(A.created_by, type(A).__name__, Meta.__qualname__)
class Vec(tuple):
    def __new__(cls, *xs): return super().__new__(cls, xs)
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self, o)))
    def __repr__(self): return "Vec" + tuple.__repr__(self)
print(Vec(1, 2) + Vec(3, 4), Vec(1) == (1,), hash(Vec(1, 2)) == hash((1, 2)))
class Temp:
    def __init__(self): self._c = 0
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
t = Temp(); t.f = 212
print(t._c, t.f)
class Chain:
    def __init__(self): self.ops = []
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        def op(*a):
            self.ops.append((name, a))
            return self
        return op
c = Chain().add(1).mul(2)
print(c.ops)
class Stack(list):
    push = list.append
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2)
print(s.peek(), s.pop(), s)
X = type("X", (object,), {"__qualname__": "Outer.X", "v": property(lambda self: 7)})
print(X.__qualname__, X().v, repr(X)[:20])
class Desc:
    def __get__(self, obj, cls): return (obj is None, cls.__name__)
class H:
    d = Desc()
class HH(H): pass
print(H.d, HH().d)
print(sorted(vars(Num(3)).items()), Num.__init__.__qualname__)
class Cnt:
    instances = 0
    def __new__(cls, *a, **k):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, v): self.v = v
Cnt(1); Cnt(2)
print(Cnt.instances)
print(object.__repr__(5)[:13], object.__str__(5), int.__repr__(True))
