# Objects whose builtin type keeps state Python can't see, with no __reduce__,
# __getstate__ or __getnewargs__ of its own, can't be pickled or copied;
# ordinary classes, slotted classes and subclasses of builtins still can.
import pickle, copy, itertools, threading, types, sys

def attempt(label, make):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            r = pickle.loads(pickle.dumps(make(), proto))
            print(label, proto, "ok", type(r).__name__)
        except Exception as e:
            print(label, proto, type(e).__name__, e)
    try:
        print(label, "copy ok", type(copy.copy(make())).__name__)
    except Exception as e:
        print(label, "copy", type(e).__name__, e)

class P(property):
    pass

class SM(staticmethod):
    __slots__ = ()

refused = [
    ("pairwise", lambda: itertools.pairwise([1, 2])),
    ("rlock", lambda: threading.RLock()),
    ("property", lambda: property(len)),
    ("staticmethod", lambda: staticmethod(len)),
    ("classmethod", lambda: classmethod(len)),
    ("generator", lambda: (x for x in [1])),
    ("dict_keys", lambda: {1: 2}.keys()),
    ("mappingproxy", lambda: types.MappingProxyType({})),
    ("frame", lambda: sys._getframe()),
    ("super", lambda: super(int, 1)),
    ("getset", lambda: type.__dict__['__doc__']),
    ("property subclass", lambda: P(len)),
    ("staticmethod subclass", lambda: SM(len)),
]
for label, make in refused:
    attempt(label, make)
for proto in range(2, 6):
    try:
        pickle.dumps(threading.Lock(), proto)
    except TypeError as e:
        print("lock", proto, e)

class Plain:
    def __init__(self):
        self.a = 1
        self.b = [2, 3]
    def __repr__(self):
        return "Plain(%r)" % sorted(vars(self).items())

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 5
    def __repr__(self):
        return "Slotted(%r, %r)" % (self.x, getattr(self, "y", "unset"))

class SlottedDict(Slotted):
    __slots__ = ("z", "__dict__")
    def __init__(self):
        super().__init__()
        self.z = 6
        self.w = 7
    def __repr__(self):
        return "SlottedDict(%r, %r, %r)" % (self.x, self.z, vars(self))

class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
class St(set): pass
class F(float): pass
class B(bytes): pass
class E(ValueError): pass
class Empty: pass

def build():
    l = L([1, 2]); l.tag = "l"
    d = D(a=1); d.tag = "d"
    i = I(7); i.tag = "i"
    e = E("boom", 2); e.tag = "e"
    return [Plain(), Slotted(), SlottedDict(), l, d, i, S("s"), T((1, 2)), St({3}),
            F(1.5), B(b"b"), e, Empty(), object()]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for o in build():
        try:
            r = pickle.loads(pickle.dumps(o, proto))
            extra = getattr(r, "__dict__", None)
            print(proto, type(r).__name__, "" if type(r) in (Empty, object) else repr(r), extra)
        except Exception as e:
            print(proto, type(o).__name__, type(e).__name__, e)
for o in build():
    c = copy.copy(o)
    print("copy", type(c).__name__, type(c) is type(o), getattr(c, "__dict__", None))
