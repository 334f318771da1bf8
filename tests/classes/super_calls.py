class A:
    def __init__(self, x):
        print("A.__init__", x)
        self.x = x
    def m(self): return "A.m"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        print("B.__init__", y)
        self.y = y
    def m(self): return "B.m > " + super().m()
    @classmethod
    def c(cls): return "B.c > " + super().c()
    @staticmethod
    def s(): return "B.s > " + super(B, B).s()
    @property
    def p(self): return "B.p > " + super().p
b = B(1, 2)
print(b.x, b.y, b.m(), B.c(), b.c(), B.s(), b.p)
print(super(B, b).m(), super(B, B).c(), super(B, b).__init__ is not None)
s = super(B, b)
print(repr(s)[:27], s.__thisclass__ is B, s.__self__ is b, s.__self_class__ is B)
print(repr(super(B)))
try:
    super(B, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, b)
except TypeError as e:
    print("TypeError:", e)
try:
    super(B, b).nothing
except AttributeError as e:
    print("AttributeError:", e)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
class L(list):
    def append(self, v):
        super().append(v * 10)
    def __len__(self):
        return super().__len__() + 100
l = L()
l.append(1)
print(l, len(l))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v))
    def __getitem__(self, k):
        return "got " + super().__getitem__(k)
d = D()
d["a"] = 1
print(d["a"], dict(d))
class Str(str):
    def upper(self):
        return "U:" + super().upper()
print(Str("abc").upper())
class M1:
    def f(self): return ["M1"]
class M2(M1):
    def f(self): return ["M2"] + super().f()
class M3(M1):
    def f(self): return ["M3"] + super().f()
class M4(M2, M3):
    def f(self): return ["M4"] + super().f()
print(M4().f())
class Obj:
    def __init__(self):
        super().__init__()
    def __repr__(self):
        return "Obj:" + super().__repr__()[:5]
    def __eq__(self, o):
        return super().__eq__(o)
    __hash__ = object.__hash__
o = Obj()
print(repr(o), o == o, o == 1, o.__eq__(1))
class Outer:
    def method(self):
        def inner():
            return __class__
        return inner()
print(Outer().method() is Outer)
class NewStyle:
    def __new__(cls, v):
        self = super().__new__(cls)
        self.v = v
        return self
print(NewStyle(5).v)
