# special methods are looked up on the type, not the instance
class C:
    def __len__(self): return 1
    def __repr__(self): return "C()"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
# operators ignore instance attributes too
c.__add__ = lambda o: "instance add"
try:
    c + 1
except TypeError as e:
    print("TypeError", e)
# __getattr__ is not consulted for special methods
class G:
    def __getattr__(self, name):
        return lambda *a: "via getattr " + name
g = G()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print("TypeError", e)
try:
    iter(g)
except TypeError as e:
    print("TypeError", e)
# __getattribute__ is bypassed by implicit lookups
class GA:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self): return 3
ga = GA()
print(len(ga))
print(ga.__len__())
# setting a special method on the class after creation takes effect
class Late: pass
l = Late()
try:
    len(l)
except TypeError as e:
    print("TypeError", e)
Late.__len__ = lambda self: 5
print(len(l))
del Late.__len__
try:
    len(l)
except TypeError as e:
    print("TypeError", e)
# special method set to None disables the protocol
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError", e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError", e)
class NoReversed:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoReversed())
except TypeError as e:
    print("TypeError", e)
# metaclass special methods apply to the class object
class Meta(type):
    def __len__(cls): return 42
    def __getitem__(cls, k): return "Meta[%r]" % (k,)
    def __call__(cls, *a): return "called with %r" % (a,)
class WithMeta(metaclass=Meta):
    def __len__(self): return 7
print(len(WithMeta), WithMeta[1], WithMeta(1, 2))
# a descriptor as a special method
class Desc:
    def __get__(self, obj, typ):
        return lambda: "descriptor-made len" if False else 11
class UsesDesc:
    __len__ = Desc()
print(len(UsesDesc()))
# staticmethod and classmethod as special methods
class SM:
    @staticmethod
    def __len__(): return 12
    @classmethod
    def __repr__(cls): return "classmethod repr of " + cls.__name__
print(len(SM()), repr(SM()))
# __bool__ falls back to __len__, wrong return types
class B1:
    def __len__(self): return 0
class B2:
    def __bool__(self): return 1
class B3:
    def __len__(self): return -1
class B4:
    def __len__(self): return 2 ** 70
print(bool(B1()))
for obj in [B2(), B3(), B4()]:
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class I1:
    def __index__(self): return "s"
class I2:
    def __int__(self): return 3.5
for f, obj in [(bin, I1()), (int, I2()), (len, type("L", (), {"__len__": lambda s: "x"})())]:
    try:
        print(f(obj))
    except TypeError as e:
        print("TypeError", e)
