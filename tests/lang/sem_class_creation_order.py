# class statement: evaluation order of decorators, bases, keywords, body, metaclass hooks
log = []
def t(name, v):
    log.append(name)
    return v
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append("prepare %s %s" % (name, sorted(kw)))
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        log.append("new %s" % name)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append("init %s" % name)
        super().__init__(name, bases, ns)
class Base:
    def __init_subclass__(cls, **kw):
        log.append("init_subclass %s %s" % (cls.__name__, kw))
class Desc:
    def __set_name__(self, owner, name):
        log.append("set_name %s.%s" % (owner.__name__, name))
def deco(name):
    log.append("deco expr " + name)
    def d(cls):
        log.append("deco call " + name)
        return cls
    return d

@deco("outer")
@deco("inner")
class C(t("base1", Base), metaclass=t("meta", Meta), flag=t("kw", True)):
    log.append("body")
    attr = Desc()
    x = injected
print(log)
print(C.x, type(C).__name__)

# __init_subclass__ receives class keywords; unknown keywords to type fail
log.clear()
class D(Base, extra=1):
    pass
print(log)
try:
    class E(extra=1):
        pass
except TypeError as e:
    print(e)

# metaclass conflict
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Bad(A1, A2): pass
except TypeError as e:
    print(e)

# __prepare__ returning a non-mapping
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadMeta): pass
except TypeError as e:
    print(e)

# __qualname__ and __module__ set in the namespace before the body runs
class Q:
    seen = (__qualname__, __module__)
print(Q.seen)
def fn():
    class Local:
        pass
    return Local
print(fn().__qualname__)
