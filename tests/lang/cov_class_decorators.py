# class decorators: evaluation order, arguments, stacking, replacing the class
log = []
def trace(name):
    log.append("eval " + name)
    def deco(obj):
        log.append("apply %s to %s" % (name, getattr(obj, "__name__", type(obj).__name__)))
        return obj
    return deco

@trace("outer")
@trace("inner")
class A:
    log.append("body A")
    x = 1
print(log)

def register(registry, key=None):
    def deco(cls):
        registry[key or cls.__name__] = cls
        cls.registered = True
        return cls
    return deco

reg = {}
@register(reg)
class B: pass
@register(reg, key="see")
class C(B): pass
print(sorted(reg), B.registered, C.registered, reg["see"] is C)

def to_instance(cls):
    return cls()
@to_instance
class single:
    def __repr__(self): return "<the single>"
print(single, type(single).__name__)

def replace(cls):
    return 42
@replace
class Gone: pass
print(Gone)

# decorator expressions (PEP 614)
decos = [lambda c: c, lambda c: (c, "wrapped")]
@decos[1]
class D: pass
print(D[1], D[0].__name__)

class Holder:
    @staticmethod
    def mark(c):
        c.marked = "yes"
        return c
@Holder.mark
class E: pass
print(E.marked)

@(lambda c: setattr(c, "tag", 7) or c)
class F: pass
print(F.tag)

# a decorator that raises
def bad(cls):
    raise TypeError("no classes please: " + cls.__name__)
try:
    @bad
    class G: pass
except TypeError as e:
    print("TypeError", e)
print("G" in globals())

# the decorated class keeps __qualname__ and a zero-arg super works inside
def wrap_init(cls):
    orig = cls.__init__
    def __init__(self, *a):
        self.pre = True
        orig(self, *a)
    cls.__init__ = __init__
    return cls
class Base:
    def __init__(self, v): self.v = v
@wrap_init
class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)
c = Child(5)
print(c.v, c.pre, Child.__qualname__)

def outer():
    @trace("nested")
    class Local: pass
    return Local
print(outer().__qualname__, log[-1])
# decorator sees the class after the body and after __init_subclass__
class Base2:
    def __init_subclass__(cls, **kw):
        log.append("init_subclass " + cls.__name__)
@trace("after")
class Sub2(Base2): pass
print(log[-3:])
