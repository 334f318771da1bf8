# __slots__ corners
class P:
    __slots__ = ("x", "y")
p = P()
p.x = 1
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "__dict__"), P.x.__class__.__name__, P.__slots__)
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError", e)
# a string __slots__ is a single slot
class S:
    __slots__ = "only"
s = S(); s.only = 1
print(S.__slots__, s.only)
# __dict__ and __weakref__ in slots
class WD:
    __slots__ = ("a", "__dict__")
w = WD(); w.a = 1; w.b = 2
print(vars(w))
import weakref
class NoWeak:
    __slots__ = ()
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError", e)
class Weak:
    __slots__ = ("__weakref__",)
print(type(weakref.ref(Weak())).__name__)
# subclass without __slots__ gets a __dict__
class Sub(P): pass
sb = Sub(); sb.z = 5
print(sb.z, hasattr(sb, "__dict__"))
# conflicts and errors
for body in ["__slots__ = ('a',)\n    a = 1", "__slots__ = ('a', 'a')", "__slots__ = (1,)", "__slots__ = ('__dict__', '__dict__')",
             "__slots__ = ('not valid',)", "__slots__ = 5", "__slots__ = ['a', 'b']", "__slots__ = {'a': 'doc a'}",
             "__slots__ = iter(['i'])", "__slots__ = ('__weakref__', '__weakref__')"]:
    try:
        ns = {}
        exec("class T:\n    " + body, ns)
        T = ns["T"]
        print(body.split("\n")[0], "->", sorted(k for k in vars(T) if not k.startswith("__") or k in ("__dict__", "__weakref__")))
    except (TypeError, ValueError) as e:
        print(body.split("\n")[0], "->", type(e).__name__, e)
# weak references need a __weakref__ slot somewhere
class Plain: pass
class Sl:
    __slots__ = ("a",)
class SubSl(Sl): pass
class WSl:
    __slots__ = ("__weakref__",)
class SubW(WSl):
    __slots__ = ()
class SetSl(set):
    __slots__ = ()
class ExcSl(Exception):
    __slots__ = ()
for o in [Plain(), Sl(), SubSl(), WSl(), SubW(), SetSl(), ExcSl(), ValueError(), Exception()]:
    try:
        weakref.ref(o)
        print(type(o).__name__, "weakref ok")
    except TypeError as e:
        print(type(o).__name__, "TypeError", e)
for body in ["class A(Plain): __slots__ = ('__dict__',)", "class A(Sl): __slots__ = ('__dict__',)",
             "class A(Plain): __slots__ = ('__weakref__',)", "class A(Sl): __slots__ = ('__weakref__',)",
             "class A(WSl): __slots__ = ('__weakref__',)", "class A: __slots__ = ('a b',)", "class A: __slots__ = ('',)",
             "class A: __slots__ = ('\xe9',)"]:
    try:
        exec(body)
        print(body, "ok")
    except TypeError as e:
        print(body, "TypeError", e)
# slot descriptor documentation from a dict
class Doc:
    __slots__ = {"a": "the a slot"}
print(Doc.a.__doc__)
# multiple bases with slots: layout conflict
class X:
    __slots__ = ("x",)
class Y:
    __slots__ = ("y",)
class E1:
    __slots__ = ()
class XE(X, E1):
    __slots__ = ("e",)
xe = XE(); xe.x = 1; xe.e = 2
print(xe.x, xe.e)
# slot and class attribute interplay, mangled slot names
class M:
    __slots__ = ("__private", "pub")
    def __init__(self): self.__private = "p"
    def get(self): return self.__private
print(M().get(), sorted(k for k in vars(M) if "private" in k))
# __class__ assignment between compatible slotted classes
class C1:
    __slots__ = ("v",)
class C2:
    __slots__ = ("v",)
c = C1(); c.v = 9
c.__class__ = C2
print(type(c).__name__, c.v)
# slots with default values via class attribute is a conflict; with property is fine
class Prop:
    __slots__ = ("_v",)
    @property
    def v(self): return getattr(self, "_v", "unset")
pr = Prop()
print(pr.v)
pr._v = 3
print(pr.v)
