class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("Meta.__prepare__", name, kw)
        return {"injected": 1}
    def meta_method(cls):
        return "meta_method of " + cls.__name__
class A(metaclass=Meta, tag="t1"):
    def __init__(self, v): self.v = v
class B(A):
    pass
print(type(A) is Meta, type(B) is Meta, A.tag, B.tag, A.injected)
a = A(5)
print(a.v, A.meta_method(), hasattr(a, "meta_method"))
print(isinstance(A, Meta), isinstance(A, type), Meta.__mro__ == (Meta, type, object))
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1): pass
class W(metaclass=M3): pass
class V(X, W): pass
print(type(V).__name__)
Dyn = Meta("Dyn", (), {"x": 1})
print(Dyn.x, Dyn.tag)
class Reg(type):
    registry = []
    def __init__(cls, *a):
        super().__init__(*a)
        Reg.registry.append(cls.__name__)
class R1(metaclass=Reg): pass
class R2(R1): pass
print(Reg.registry)
class Inst(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Check(metaclass=Inst): pass
print(isinstance("magic", Check), isinstance(1, Check), issubclass(int, Check), issubclass(str, Check))
class Rep(type):
    def __repr__(cls): return "<Rep " + cls.__name__ + ">"
class RR(metaclass=Rep): pass
print(RR, repr(RR), [RR])
class Attr(type):
    def __getattr__(cls, name): return "meta getattr " + name
class AA(metaclass=Attr): pass
print(AA.anything)
def func_meta(name, bases, ns):
    return "not a class: " + name
class F(metaclass=func_meta): pass
print(F)
print(type.__prepare__("x", ()), type(type.__dict__["__prepare__"]).__name__)
class Sing(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Sing): pass
print(S() is S())
