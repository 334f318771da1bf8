# The interpreter's attribute caches (LOAD_ATTR, STORE_ATTR, LOAD_METHOD on
# instances and on classes) do not keep a class alive, nor what the class's
# methods and properties reach: once every reference is gone, gc.collect()
# frees it, as in CPython.
import gc
import weakref


class Scrub:
    k = 0
    def __init__(self):
        self.x = 1
    def m(self):
        return self.x
    @property
    def p(self):
        return self.x


def scrub():
    # the same kinds of operations on a long-lived class overwrite stale
    # words the interpreter's C frames may hold (kiln scans the C stack
    # conservatively)
    s = Scrub()
    for _ in range(3):
        s.x; s.k; s.m(); s.p; s.y = 2; s.x = 3
        Scrub.m; Scrub.k
    return 0


def collect():
    scrub()
    gc.collect()
    gc.collect()


def use(o, C):
    # each attribute operation runs several times so its cache fills
    total = 0
    for i in range(5):
        o.x = i              # STORE_ATTR, existing attribute
        total += o.x         # LOAD_ATTR, instance slot
        total += o.k         # LOAD_ATTR, plain class attribute
        total += o.m()       # LOAD_METHOD, function
        total += o.p         # property getter
        o.cls                # a class attribute naming the class
        C.m                  # LOAD_ATTR on the class object
        C.s()                # LOAD_METHOD, staticmethod
        C.c()                # LOAD_METHOD, classmethod
        C.k
    return total


def make_and_use():
    class K:
        k = 10
        def __init__(self):
            self.x = 0
        def m(self):
            return K.k + self.x          # a closure over the class
        @property
        def p(self):
            return 1
        @staticmethod
        def s():
            return K
        @classmethod
        def c(cls):
            return cls
    K.cls = K
    objs = [K() for _ in range(3)]
    for o in objs:
        print(use(o, K))
        o.added = 1          # STORE_ATTR adding an attribute (shape transition)
        o.added
    refs = {'class': weakref.ref(K), 'instance': weakref.ref(objs[0]),
            'method function': weakref.ref(objs[0].m.__func__),
            'property getter': weakref.ref(K.__dict__['p'].fget),
            'staticmethod function': weakref.ref(K.__dict__['s'].__func__)}
    return refs


refs = make_and_use()
collect()
for name, r in refs.items():
    print(name, 'dead:', r() is None)


# a subclass whose methods come from a base; the subclass dies, the base lives
class Base:
    b = 5
    def bm(self):
        return self.b


def make_sub():
    class Sub(Base):
        pass
    o = Sub()
    t = 0
    for _ in range(5):
        t += o.bm() + o.b
        o.z = 1
        t += o.z
    print(t)
    return weakref.ref(Sub)


rs = make_sub()
collect()
print('Sub dead:', rs() is None)
print(Base().bm())


# __slots__ classes
def make_slots():
    class S:
        __slots__ = ('a', 'b')
        def get(self):
            return self.a + self.b
    o = S()
    for i in range(5):
        o.a = i
        o.b = 1
        o.get()
    print(o.get())
    return weakref.ref(S)


rsl = make_slots()
collect()
print('S dead:', rsl() is None)


# the caches still work for classes made later (perhaps at a freed class's
# address): each class gives its own results
def make_point(n):
    class P:
        k = n
        def __init__(self):
            self.v = n * 2
        def m(self):
            return n * 3
    return P


def read(o):
    return (o.v, o.k, o.m())


out = []
for n in range(20):
    P = make_point(n)
    out.append(read(P()))
    del P
    if n % 5 == 4:
        collect()
print(out)


# a callback runs when the class dies
log = []
def make_cb():
    class CB:
        def f(self):
            return 1
    o = CB()
    for _ in range(4):
        o.f(); o.q = 1; o.q
    return weakref.ref(CB, lambda r: log.append('class collected'))

rcb = make_cb()
collect()
print(rcb() is None, log)


# a module's attribute (LOAD_ATTR, LOAD_METHOD on a module) is not kept
# alive by the caches either once the module drops it
import types
mod = types.ModuleType('mod')

def make_mod_class():
    class MC:
        def f(self):
            return 2
    mod.MC = MC
    mod.make = lambda: MC()
    mod.zero = 0
    mod.none = None
    t = 0
    for _ in range(5):
        t += mod.zero
        mod.none
        mod.MC
        t += mod.make().f()
    print(t, mod.zero, mod.none)
    return weakref.ref(MC)

rmc = make_mod_class()
del mod.MC, mod.make
collect()
print('MC dead:', rmc() is None)
mod.zero = 7
print([mod.zero for _ in range(3)])
