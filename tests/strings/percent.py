# printf-style % formatting of str
print("%s %r %a" % ("é", "é", "é"), "%d %i %u" % (1, -2, 3), "%5s|%-5s|%.2s" % ("ab", "ab", "abc"))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8), "%x" % -255, "%#x" % -255)
print("%05d|%-5d|%+d|% d|%+05d|%5.3d" % (42, 42, 42, 42, 42, 7))
print("%f %.2f %10.3f %-10.1f| %e %.0e %E" % (3.14159, 2.675, -1.5, 2.25, 12345.678, 5.5, 0.001))
print("%g %g %g %g %G %.3g %#g" % (0.0001, 123456789.0, 1e-5, 100.0, 1e20, 3.14159, 1.0))
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")), "%5.1f|%05.1f" % (float("inf"), -1.25))
print("%c%c%c" % (72, "i", 0x1f600), "%%", "100%% %s" % "sure", "%s" % [1, 2], "%s" % ((1, 2),))
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "x", "b": 2.5}, "%(k)s" % {"k": None})
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.5))
print("%d" % 3.99, "%d" % -3.99, "%x" % True, "%s %s" % (True, None), "%d" % 10**30, "%x" % 2**70)
print("%.3d %.5x" % (-5, 255), "%10.4d|" % 42, "%-8.3x|" % 10)
print("%s" % "only", "x" % (), "%s" % ("t",), "" % {}, "%s" % {"a": 1})
class Idx:
    def __index__(self):
        return 65
print("%x %c %d" % (Idx(), Idx(), Idx()))
for f, a in [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "x"), ("%x", 1.5), ("%f", "a"), ("%c", "ab"),
             ("%c", -1), ("%c", 0x110000), ("%z", 1), ("%(a)s", 1), ("%(a)s", {}), ("%", ()),
             ("%(a", {"a": 1}), ("%*d", ("x", 1)), ("abc", 5), ("%c", 1.5), ("%i", None), ("%o", "s"),
             ("%.3é", 1)]:
    try:
        print(repr(f), repr(f % a))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(f), type(e).__name__ + ":", e)
