# printf-style % formatting corners (str and bytes)
cases = [
    ("%s %r %a", ("é", "é", "é")), ("%5s|%-5s|", ("ab", "cd")), ("%.2s", ("abcdef",)), ("%*d|%-*d|", (5, 42, 4, 7)),
    ("%.*f", (2, 3.14159)), ("%d %i %u", (3.9, -2.5, 7)), ("%x %X %o %#x %#o", (255, 255, 8, 255, 8)),
    ("%e %E %g %G", (12345.678, 0.000012, 1e20, 1e-20)), ("%c%c", (65, "B")), ("%%", ()), ("%5%", ()),
    ("%(a)s-%(b)d", {"a": "x", "b": 5}), ("%(a)s %(a)r", {"a": "rep"}), ("%+d % d %05d %-05d", (5, 5, 5, 5)),
    ("%#.3g %#g", (1.0, 2.0)), ("%s", ((1, 2),)), ("%s", [1, 2]), ("%s %s", [1, 2]), ("%d", (True,)),
    ("%x", (-255,)), ("%.0f %.0f %.0f", (0.5, 1.5, 2.5)), ("%10.4f|", (3.14159,)), ("%s", (None,)),
    ("%r", (b"by",)), ("%c", (0x20ac,)), ("%-3c|", ("z",)), ("%.3r", ("abcdef",)), ("%i%%", (50,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
errors = [
    ("%d", ("x",)), ("%s %s", ("one",)), ("%s", ("a", "b")), ("%(k)s", ("tuple",)), ("%(k)s", {}), ("%z", (1,)),
    ("%c", (-1,)), ("%c", ("ab",)), ("%c", (0x110000,)), ("%", ()), ("%(", {}), ("%*d", ("x", 1)), ("%d", ([],)),
    ("%x", (1.5,)), ("%.*f", (1,)), ("%s %(a)s", {"a": 1}), ("%(a)s %s", {"a": 1}), ("%d", (None,)),
]
for fmt, args in errors:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
# bytes formatting
for fmt, args in [(b"%s", (b"x",)), (b"%b", (b"y",)), (b"%s", ("str",)), (b"%a", ("\xe9",)), (b"%r", (b"r",)),
                  (b"%c", (65,)), (b"%c", (b"Z",)), (b"%d %x", (10, 255)), (b"%s", (bytearray(b"ba"),)),
                  (b"%s", (memoryview(b"mv"),)), (b"%s", (5,)), (b"%(k)s", {b"k": b"v"}), (b"%c", (256,))]:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
# objects with __index__/__int__/__float__
class Idx:
    def __index__(self): return 11
class Flt:
    def __float__(self): return 2.5
print("%x %d %o" % (Idx(), Idx(), Idx()), "%.1f" % Flt())
try:
    "%d" % Flt()
except TypeError as e:
    print("TypeError", e)
# mapping subclass with __missing__, non-dict mapping
class D(dict):
    def __missing__(self, k): return "<%s>" % k
print("%(x)s %(y)s" % D(x=1))
class M:
    def __getitem__(self, k): return k.upper()
print("%(abc)s" % M())
print("no format" % (), "no format" % {}, "%s" % {"a": 1})
try:
    "no format" % (1,)
except TypeError as e:
    print("TypeError", e)
