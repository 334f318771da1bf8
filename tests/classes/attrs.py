class A:
    cls_attr = 10
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

a = A(1)
print(a.x, a.cls_attr, a.get(), A.cls_attr)
a.y = 2
print(a.__dict__)
del a.x
print(a.__dict__)
try:
    a.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.zz
except AttributeError as e:
    print("AttributeError:", e)
a.cls_attr = 5
print(a.cls_attr, A.cls_attr)
A.cls_attr = 7
b = A(3)
print(b.cls_attr, a.cls_attr)
print(getattr(a, "nope", "default"), hasattr(a, "y"), hasattr(a, "nope"))
setattr(a, "dyn", [1, 2])
print(a.dyn, vars(a) is a.__dict__)
a.__dict__["direct"] = 1
print(a.direct)
a.__dict__ = {"fresh": True}
print(a.fresh, hasattr(a, "y"))
# many attributes (beyond the shape limit)
o = A(0)
for i in range(100):
    setattr(o, "a%d" % i, i)
print(sum(getattr(o, "a%d" % i) for i in range(100)), len(o.__dict__))
# instances sharing layout
ps = [A(i) for i in range(5)]
for p in ps:
    p.z = p.x * 2
print([p.z for p in ps])
try:
    A.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().foo = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).foo = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
try:
    (1).bit_length = 3
except AttributeError as e:
    print("AttributeError:", e)
print(A.__name__, A.__qualname__, A.__module__, A.__doc__)
class B:
    "doc of B"
    class Inner:
        pass
print(B.__doc__, B.Inner.__qualname__, B.Inner.__name__)
print(repr(B.Inner)[:30])
print(type(A.__dict__).__name__, 'get' in A.__dict__, sorted(k for k in A.__dict__ if not k.startswith('__')))
A.__qualname__ = "Renamed"
print(A.__qualname__, A.__name__)
print(type(a) is A, a.__class__ is A, type(A) is type, type(type) is type)
