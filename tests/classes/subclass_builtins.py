class MyList(list):
    def total(self): return sum(self)
l = MyList([1, 2, 3])
l.append(4)
l.note = "hi"
print(l, l.total(), len(l), l.note, type(l).__name__, isinstance(l, list), l[1:3], type(l[1:3]).__name__)
class MyDict(dict):
    def __missing__(self, k): return "missing " + str(k)
d = MyDict(a=1)
print(d["a"], d["b"], d, len(d), d.get("b"))
class MyInt(int):
    def double(self): return self * 2
i = MyInt(21)
print(i, i.double(), i + 1, type(i + 1).__name__, isinstance(i, int), repr(i), hash(i) == hash(21))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hey")
s.extra = 1
print(s, s.shout(), s + "x", len(s), s == "hey", s.extra, repr(s), {s: 1}["hey"])
class MyTuple(tuple):
    def first(self): return self[0]
t = MyTuple((1, 2))
t.attr = "a"
print(t, t.first(), len(t), t.attr, t == (1, 2))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(3, 4)
print(p, p.x, type(p).__name__)
class MyFloat(float):
    pass
print(MyFloat(1.5) + 1, MyFloat("2.5"))
class MySet(set):
    pass
ms = MySet([1, 2, 2])
print(sorted(ms), len(ms), 1 in ms)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 7)
except E as e:
    print(e, e.code, e.args)
class Counter(dict):
    def __init__(self, *a):
        super().__init__()
        for x in a:
            self[x] = self.get(x, 0) + 1
print(Counter("a", "b", "a"))
class LInit(list):
    def __init__(self, n):
        super().__init__(range(n))
print(LInit(3))
class Obj(object):
    pass
print(type(Obj()).__mro__[-1] is object)
class IntSub(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)
print(IntSub(2))
