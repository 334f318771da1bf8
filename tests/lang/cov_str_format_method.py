# str.format / format() corners
print("{} {} {}".format(1, "a", None), "{0}{1}{0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0[1]} {0[k]} {1.real} {2[0][1]}".format([1, 2], 3j, [[4, 5]]) if False else "{0[1]} {1.real}".format([1, 2], 3j))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:+d} {: d} {:=+6d} {:06.2f} {:,} {:_x} {:#b} {:#o} {:#X}".format(5, 5, 5, 3.14159, 1234567, 0xdeadbeef, 5, 8, 255))
print("{:e} {:.3g} {:%} {:.1%} {:n}".format(1234.5, 0.000123456, 0.25, 1 / 3, 1234))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>6}".format("x"))
print("{{}} {{{}}}".format(7), "{:{}{}}".format(3.14159, ".", "2f"), "{:{w}.{p}f}".format(2.71828, w=8, p=3))
print(format(255, "x"), format(3.5), format("s", ""), format(None), format(1234, ","), format(-0.0, "+.1f"))
print("{:c}".format(65), "{:5c}|".format(97), "{:o}".format(8), "{:.0e}".format(12345))
print("{0:{1}}".format("nested", 10) + "|", "{:.{}}".format("truncate", 3))
print("{:g} {:g} {:g} {:g}".format(1e16, 1e-5, 123456789.0, 0.0001))
print("{:.2f} {:.2f} {:.0f} {:.0f}".format(2.675, 1.005, 0.5, 1.5))
print("{:10.3e}|{:<10.2%}|".format(123.456, 0.5))
class F:
    def __format__(self, spec): return "F(" + spec + ")"
print("{:abc} {!s:>5} {}".format(F(), F(), F()) if False else "{:abc} {}".format(F(), F()))
errors = ["{", "}", "{0", "{:", "{0!}", "{!x}", "{0:d}".format if False else "{:d}", "{a.}", "{a[}", "{0[]}", "{:=}",
          "{:,d}", "{:,s}", "{:.2d}", "{:#s}", "{:x}", "{:+s}", "{2}", "{a}", "{0}{}", "{}{0}", "{:==}", "{:<<<}",
          "{:1000000000000000000000}", "{!r!s}"]
for fmt in errors:
    for args in [("s",), (5,)]:
        try:
            print(repr(fmt), repr(args), "->", repr(fmt.format(*args)))
        except (ValueError, IndexError, KeyError, TypeError, AttributeError) as e:
            print(repr(fmt), repr(args), "->", type(e).__name__, e)
print("{0.__class__.__name__}".format(1), "{0[0]}".format("ab"), "{0[-1]}".format({"-1": "str key"}))
try:
    "{0[-1]}".format([1, 2])
except TypeError as e:
    print("TypeError", e)
print("{x}".format_map({"x": "mapped"}))
class Missing(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {b}".format_map(Missing(a=1)))
print(format(10, "08b"), format(10.0, "08.3f"), format(-10, "08d"), format(10, "<08d"), format(1e100, ".3"))
print("{:_}".format(10 ** 10), "{:,.2f}".format(1234567.891), "{:>+10,.1f}".format(-1234.5))
print("{:n}".format(10 ** 6), "{:.3n}".format(1234.5678), "{:x}".format(True), "{:.1f}".format(True) if False else "")
print(f"{3:{'>'}{5}}", f"{'a':{'^'}{7}}|")
