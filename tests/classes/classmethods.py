class A:
    count = 0
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return (cls.__name__, args)
    @staticmethod
    def util(x, y=2):
        return x * y
    def normal(self):
        return self.make(1), self.util(3)
class B(A): pass
print(A.make(1, 2), B.make(), A().make(3), A.count, B.count)
print(A.util(2), A().util(4, 5), B.util(1), A().normal())
cm = A.__dict__["make"]
sm = A.__dict__["util"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(sm(5), callable(sm))
bound = A.make
print(bound.__self__ is A, bound.__func__ is cm.__func__)
print(classmethod(len).__func__ is len, staticmethod(len)("abc"))
def plain(cls): return cls
C = type("C", (), {"cm": classmethod(plain), "sm": staticmethod(plain)})
print(C.cm() is C, C().cm() is C, C.sm(1), C().sm(2))
class D:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class E:
    def __class_getitem__(cls, item):
        return ("implicit", cls.__name__, item)
print(D[int], E["x"])
class F:
    @staticmethod
    def doc():
        "static doc"
    @classmethod
    def cdoc(cls):
        "class doc"
print(F.__dict__["doc"].__doc__, F.__dict__["cdoc"].__doc__, F.doc.__name__)
class G:
    @classmethod
    @property
    def cp(cls): return "classprop " + cls.__name__
print(G.cp)
try:
    classmethod()
except TypeError as e:
    print("TypeError:", e)
class H:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
h = H(1, 2)
print(type(H.__dict__["__new__"]).__name__)
