class ML(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(ML(1, 2))
class MD(dict):
    def __init__(self, x, **kw):
        super().__init__(**kw)
        self.x = x
print(MD(1, a=2), MD(1).x)
class MS(set):
    def __init__(self, a, b):
        super().__init__((a, b))
print(sorted(MS(3, 4)))
class MT(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        self.sum = a + b
t = MT(1, 2)
print(t, t.sum)
class MStr(str):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
s = MStr("abc", 5)
print(s, s.extra, s.upper(), type(s.upper()).__name__)
class MI(int):
    def __init__(self, v):
        self.orig = v
i = MI("12")
print(i, i.orig, i + 1)
class MF(float):
    def __repr__(self): return "MF(%s)" % float.__repr__(self)
print(repr(MF(1.5)), MF(2) * 2)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a
e = E(1, 2)
print(e.args, e.a, str(e))
class B(bytes):
    pass
print(B(b"x"), len(B(b"xy")))
class Obj:
    def __init__(self, *args, **kw):
        self.args, self.kw = args, kw
o = Obj(1, 2, a=3)
print(o.args, o.kw)
