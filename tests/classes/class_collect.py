# Classes are collected once unreachable: a base's subclass list holds them
# weakly, and neither the method cache nor anything else keeps them alive.
import gc
import weakref


class Scrub:
    def __init__(self):
        self.x = 1
    def __repr__(self):
        return 'Scrub()'
    def __getitem__(self, i):
        return i
    def m(self):
        return self.x


def scrub():
    s = Scrub()
    repr(s); s[0]; s.m(); s.x = 2
    return 0


def collect():
    # kiln scans the C stack conservatively: the interpreter's C frames may
    # still hold a stale pointer to the last class used (a spilled local),
    # so the same kinds of operations on a long-lived class overwrite those
    # words first, and a second collection catches what the first one's
    # own frames still named.  CPython frees the classes at the first one.
    scrub()
    gc.collect()
    gc.collect()


class Base:
    def g(self):
        return 'base g'


def make(name, base=Base, keep=None):
    def f(self):
        return 'f of ' + type(self).__name__
    C = type(name, (base,), {'f': f, 'data': [1, 2, 3]})
    if keep is not None:
        keep.append(C)
    obj = C()
    # fill the method cache and the inline caches with C
    for _ in range(3):
        obj.f()
        obj.g()
        C.data
        getattr(C, 'f')
        hasattr(C, 'missing')
    return weakref.ref(C)


held = []
r1 = make('A1', keep=held)
r2 = make('A2', keep=held)
print([c.__name__ for c in Base.__subclasses__()])
del held
collect()
print('r1 dead:', r1() is None, 'r2 dead:', r2() is None)
print([c.__name__ for c in Base.__subclasses__()])

# a class statement, with a method closing over the class (a cycle)
def make_stmt():
    class K(Base):
        def m(self):
            return K
        def __repr__(self):
            return 'K()'
        def __getitem__(self, i):
            return i * 2
    k = K()
    repr(k); k[3]; k.m()
    return weakref.ref(K)

rk = make_stmt()
collect()
print('K dead:', rk() is None)

# live subclasses stay, in creation order; dead ones drop out
class L1(Base): pass
rd = make('D1')
class L2(Base): pass
rd2 = make('D2')
class L3(Base): pass
collect()
print(rd() is None, rd2() is None)
print([c.__name__ for c in Base.__subclasses__()])

# modifying a base after a subclass died still reaches the live ones
Base.g = lambda self: 'new g'
print(L1().g(), L2().g(), L3().g())
Base.__getitem__ = lambda self, i: ('base item', i)
print(L1()[5], L3()[0])
del Base.__getitem__
try:
    L2()[1]
except TypeError as e:
    print('TypeError:', e)

# a chain: the grandchild dies, then the child
class Mid(Base): pass
rg = make('G1', Mid)
collect()
print('G1 dead:', rg() is None, Mid.__subclasses__())
rm = weakref.ref(Mid)
del Mid
collect()
print('Mid dead:', rm() is None)
print([c.__name__ for c in Base.__subclasses__()])

# a callback runs when the class dies
def make_cb(log):
    C = type('CB', (Base,), {})
    return weakref.ref(C, lambda r: log.append('callback'))

log = []
rcb = make_cb(log)
collect()
print(rcb() is None, log)

# many classes, one base: the dead drop out of the list
keep = []
refs = []
for i in range(300):
    refs.append(make('M%d' % i, keep=keep if i % 50 == 0 else None))
collect()
print(sum(r() is None for r in refs), [c.__name__ for c in Base.__subclasses__()])
Base.g = lambda self: 'newest g'
print([k().g() for k in keep])
del keep
collect()
print(sum(r() is None for r in refs), [c.__name__ for c in Base.__subclasses__()])

# a subclass of a builtin
def make_int_sub():
    class MyInt(int):
        def __add__(self, o):
            return 'added'
    print(MyInt(1) + 2)
    return weakref.ref(MyInt)

ri = make_int_sub()
collect()
print('MyInt dead:', ri() is None, [c.__name__ for c in int.__subclasses__() if c.__module__ == '__main__'])

# __bases__ assignment moves the class between subclass lists, and the new
# base's updates reach it
class P1: pass
class P2: pass
class Q(P1): pass
Q.__bases__ = (P2,)
print(P1.__subclasses__(), P2.__subclasses__())
q = Q()
P2.f = lambda self: 'P2.f'
P2.__len__ = lambda self: 7
print(q.f(), len(q))
P1.__len__ = lambda self: 1
print(len(q))

# a class brought back by its instance's finalizer: as in CPython it has left
# its base's subclass list (removing R.__len__ afterwards leaves a stale slot:
# kiln raises AttributeError, CPython 3.11 crashes, so that is not tested)
saved = []
class R:
    def __len__(self):
        return 3
def make_resurrected():
    class C(R):
        def __del__(self):
            saved.append(self)
    c = C()
    c.me = c

make_resurrected()
collect()
print(len(saved), R.__subclasses__(), len(saved[0]))
