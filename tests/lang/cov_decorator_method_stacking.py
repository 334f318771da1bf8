# decorators on methods: stacking order, staticmethod/classmethod/property combinations, wraps
import functools
log = []
def tag(name):
    log.append("eval " + name)
    def deco(f):
        log.append("apply %s to %s" % (name, getattr(f, "__name__", type(f).__name__)))
        return f
    return deco
class C:
    @tag("outer")
    @tag("middle")
    @tag("inner")
    def m(self): return "m"
print(log); log.clear()
def logged(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        log.append("call " + f.__name__)
        return f(*a, **k)
    return wrapper
class D:
    @logged
    def method(self, x):
        "method doc"
        return x * 2
    @staticmethod
    @logged
    def static(x): return x + 1
    @classmethod
    @logged
    def klass(cls): return cls.__name__
print(D().method(3), D.static(1), D.klass(), D().klass(), log)
print(D.method.__name__, D.method.__doc__, D.method.__wrapped__.__name__, D.method.__qualname__)
log.clear()
# staticmethod/classmethod objects are callable in 3.10+ and expose __wrapped__
sm = staticmethod(lambda: "called directly")
print(sm(), type(sm).__name__, sm.__wrapped__() if hasattr(sm, "__wrapped__") else None)
cm = classmethod(lambda cls: cls)
print(cm.__func__.__name__, isinstance(cm, classmethod))
try:
    cm()
except TypeError as e:
    print("TypeError", e)
# decorators that return non-callables and class decorators on methods
class E:
    @property
    @logged
    def p(self): return "prop"
    @(lambda f: 42)
    def not_a_method(self): pass
print(E().p, E.not_a_method, log)
log.clear()
# functools.cached_property and lru_cache on methods
class F:
    def __init__(self): self.n = 0
    @functools.cached_property
    def cp(self):
        self.n += 1
        return self.n
    @functools.lru_cache(maxsize=None)
    def sq(self, x):
        log.append("compute %d" % x)
        return x * x
f = F()
print(f.cp, f.cp, f.n, f.sq(3), f.sq(3), log)
del f.cp
print(f.cp)
# decorator that uses the function's name to register
registry = {}
def register(f):
    registry[f.__qualname__] = f
    return f
class G:
    @register
    def a(self): pass
    class Inner:
        @register
        def b(self): pass
print(sorted(registry))
# singledispatchmethod
class H:
    @functools.singledispatchmethod
    def handle(self, arg): return "default"
    @handle.register
    def _(self, arg: int): return "int"
    @handle.register
    def _(self, arg: str): return "str"
print(H().handle(1), H().handle("s"), H().handle(1.5))
