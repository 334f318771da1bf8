# f-strings and format(): the parts joined, the types of the results, and
# __format__ / __str__ of subclasses still called.
class S(str):
    pass
class Fmt:
    def __format__(self, spec):
        return S("fmt[" + spec + "]")
class I(int):
    def __format__(self, spec):
        return "I.__format__(%r)" % spec
    def __str__(self):
        return "I.__str__"
class F(float):
    def __str__(self):
        return "F.__str__"
    def __repr__(self):
        return "F.__repr__"

x, e, u = 42, "", "héllo wörld €"
cases = [
    f"{x}", f"{x}-{x!r}", f"{e}", f"{e}{e}", f"a{e}", f"{e}b", f"{u}", f"{u}|{x}|{u}",
    f"{x:>5}|{x:x}|{-x}|{2**100}|{True}|{False}|{None}", f"{1.5}|{1e300}|{-0.0}|{float('nan')}",
    f"{Fmt()}", f"{Fmt():spec}", f"<{Fmt()}>", f"{I(3)}", f"{I(3):>4}", f"{I(3)!s}", f"{F(2.5)}",
    f"{F(2.5)!r}", f"{F(2.5):.2f}", f"{S('sub')}", f"[{S('sub')}]", f"{'é'}", f"{'€'}{'x'}",
    f"{1}", f"{'a'}{'b'}{'c'}",
]
for c in cases:
    print(type(c).__name__, repr(c), len(c), c.isascii())
print(type(f"{Fmt()}").__name__, type(format(Fmt())).__name__)
print(format(7), format(7, ""), format(2.5), format(True), format(I(1)), format(F(1.0)), repr(format("s", "")))
print(format(10**30), format(-3), format(1e16), format(1/3))
# a string made from many parts
parts = [f"{i}:{chr(0x41 + i % 26)}{'é' if i % 7 == 0 else ''}" for i in range(60)]
joined = f"{parts[0]}{parts[1]}{parts[2]}{parts[3]}{parts[4]}{parts[5]}{parts[6]}{parts[7]}"
print(joined, len(joined), joined[::-1][:10], joined.index("é"))
