# str.format / format_map / format() of strings
print("{} {}".format(1, "a"), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[0]}".format(["a", "b"]), "{d[key]}".format(d={"key": 5}), "{0.real}".format(3))
print("{:>6}|{:<6}|{:^6}|{:*^7}|{:.2}".format("ab", "ab", "ab", "ab", "abcdef"))
print("{:{w}}|{:{}}|{:>{w}.{p}}|".format("a", "b", 3, "xyz", w=4, p=2))
print("{{}} {{{}}}".format(7), "{!r:>8}".format("a"), "{0!s:^5}".format(1))
print("{:d} {:5.1f} {:x} {:#o} {:,} {:_b} {:e} {:%}".format(42, 3.14159, 255, 8, 1234567, 10, 1234.5, 0.25))
print("{:+d} {: d} {:08.3f} {:<5d}| {:^+9.2e}".format(5, 5, -3.14159, 12, 1234.5))
print("{0:s}".format("x"), "{:}".format("e"), "{:10}|".format("é"), "{:é>4}".format("x"))
print("{a[0]}{a[1]}".format(a="xy"), "{0}{0}".format("rep"))
print("{name}".format_map({"name": "map"}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))
class P:
    x = 10
    def __format__(self, spec):
        return "P(" + spec + ")"
print("{0.x} {0:abc} {0!s:.3}".format(P()) if False else "{0.x} {0:abc}".format(P()))
print(format("abc"), format("abc", "5"), format("abc", "^5"), format("ab", "05"), format(1, "05"))
print(format("héllo", ".3"), format("x", "<3") + "|", format(12.5, ">8.2f"))
for spec in ["d", "+", "=5", "#", ",", "_", "z", ".", "abc", "5.2x"]:
    try:
        print(spec, repr(format("ab", spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
for f, a, kw in [("{}{0}", (1,), {}), ("{0}{}", (1,), {}), ("{2}", (1,), {}), ("{a}", (), {}),
                 ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}), ("{0!}", (1,), {}),
                 ("{0:{1:{2}}}", (1, 2, 3), {}), ("{0[}", ([1],), {}), ("{0.}", (1,), {}),
                 ("x{0", (1,), {}), ("{0!rx}", (1,), {}), ("{0]}", (1,), {}), ("{0[0]x}", ([1],), {})]:
    try:
        print(repr(f), repr(f.format(*a, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(f), type(e).__name__ + ":", e)
