class A: pass
class B(): pass
class C(A): pass
class D(A, B): x = 1
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class E(A, metaclass=Meta, flag=True, n=3): pass
print(E.kw, type(E).__name__, E.__bases__)
bases = (A, B)
kws = {"metaclass": Meta, "z": 0}
class F(*bases, **kws): pass
print(F.__bases__, F.kw)
class G(A if True else B, *[B]): pass
print(G.__mro__)
class Base:
    def __init_subclass__(cls, **kw):
        cls.init_kw = kw
class H(Base, color="red"): pass
print(H.init_kw)
def deco(c):
    c.decorated = True
    return c
@deco
class I:
    "docstring"
    a: int = 1
    b: str
    def m(self): return __class__
    class Nested:
        pass
print(I.decorated, I.__doc__, I.__annotations__, I().m() is I, I.Nested.__qualname__)
print(I.__dict__.get("b", "no b"), I.__module__)
class J: x = 1; y = 2
print(J.x + J.y)
errs = ["class A(x for x in y): pass", "class A(a=1, a=2): pass", "class A(**k, *b): pass",
        "class A(a=1, b): pass", "class (A): pass", "class A(): return 1", "class A:\n  yield 1",
        "class A:\n  nonlocal x", "class 1A: pass", "class A(B:\n  pass", "class A", "class A(,): pass",
        "class None: pass", "class A(B) C: pass"]
for src in errs:
    try:
        compile(src, "<c>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
