# class creation: __prepare__, metaclass keywords, __init_subclass__, __set_name__, __mro_entries__
log = []
class OrderedNS(dict):
    def __setitem__(self, k, v):
        log.append("set " + k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        log.append("get " + k)
        return super().__getitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append("prepare %s %s %r" % (name, [b.__name__ for b in bases], kw))
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        log.append("new %s ns=%s kw=%r" % (name, type(ns).__name__, kw))
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        log.append("init %s" % name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append("call %s" % cls.__name__)
        return super().__call__(*a, **k)
class A(metaclass=Meta, flag=True):
    x = 1
    y = x + 1
print(log); log.clear()
A()
print(log); log.clear()
class B(A, extra="e"):
    pass
print(log); log.clear()
print(type(B).__name__, B.y)
# __prepare__ returning a non-mapping
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 42
try:
    class C(metaclass=BadPrep): pass
except TypeError as e:
    print("TypeError", e)
# metaclass that is a plain function
def fmeta(name, bases, ns, **kw):
    return "made %s with %r and %r" % (name, sorted(k for k in ns if not k.startswith("__")), kw)
class D(metaclass=fmeta, k=1):
    a = 1
print(D)
# metaclass conflict
class M1(type): pass
class M2(type): pass
class E1(metaclass=M1): pass
class E2(metaclass=M2): pass
try:
    class F(E1, E2): pass
except TypeError as e:
    print("TypeError", e)
# the most derived metaclass wins
class M3(M1): pass
class G(E1, metaclass=M3): pass
print(type(G).__name__)
class H(G, E1): pass
print(type(H).__name__)
# __init_subclass__ receives the class keywords
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        log.append("init_subclass %s tag=%r" % (cls.__name__, tag))
class S1(Base, tag="one"): pass
class S2(S1): pass
print(log, S1.tag, S2.tag); log.clear()
try:
    class S3(Base, bogus=1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class S4(object, unexpected=True): pass
except TypeError as e:
    print("TypeError", e)
# __set_name__ is called for descriptors in the body, in order
class Named:
    def __set_name__(self, owner, name):
        log.append("set_name %s.%s" % (owner.__name__, name))
class Owner:
    first = Named()
    second = Named()
print(log); log.clear()
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("set_name failed for " + name)
try:
    class Owner2:
        b = Boom()
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e, repr(e.__cause__))
# __mro_entries__
class Proxy:
    def __mro_entries__(self, bases):
        return (dict,)
class FromProxy(Proxy()): pass
print(FromProxy.__mro__, FromProxy.__orig_bases__[0].__class__.__name__)
# __class_getitem__ and generic alias bases
class Gen:
    def __class_getitem__(cls, item):
        return "Gen[%s]" % item.__name__
print(Gen[int])
# class keyword 'metaclass' given via **kwargs
kw = {"metaclass": Meta}
class K(**kw): pass
print(type(K).__name__, log[-1]); log.clear()
# bases evaluated left to right before keywords, keywords before body
def ev(x, what):
    log.append("eval " + what)
    return x
class L(ev(object, "base"), metaclass=ev(type, "metaclass"), **ev({}, "kwargs")):
    log.append("body")
print(log); log.clear()
# __qualname__ and __module__ in namespace
class Q:
    print(__qualname__, __module__)
    class Inner:
        print(__qualname__)
try:
    class R:
        __qualname__ = 5
except TypeError as e:
    print("TypeError", e)
# type() with three args and keywords
T = type("T", (Base,), {"v": 1}, tag="dyn")
print(T.tag, T.v, T.__qualname__, T.__module__)
try:
    type("T", (), {}, 5)
except TypeError as e:
    print("TypeError", e)
