# One-byte needles take memchr instead of memmem; results must not change.
s = "a<b>&c<<d&&é<"
for needle in ["<", "&", "é", ">", "x", "<<", "&&", "é<", ""]:
    print(repr(needle), s.find(needle), s.rfind(needle), s.count(needle), needle in s,
          s.replace(needle, "[]"), s.replace(needle, "", 1), s.split(needle) if needle else None,
          s.partition(needle) if needle else None, s.rpartition(needle) if needle else None)
print(s.find("<", 3), s.find("<", 3, 6), s.index("&", 5), s.count("<", 2, 9))
print("".replace("<", "x"), "<".replace("<", "&lt;"), "<<<".replace("<", "&lt;", 2))


class S(str):
    pass


class X:
    def __str__(self):
        return S("from X")


class Y:
    def __str__(self):
        return 5


print(str("abc"), str(12), str(b"b"), str(), type(str(X())).__name__, str(X()))
print(str(b"\xc3\xa9", "utf-8"), str(object=7), type(S(3)).__name__, S(3))
try:
    str(Y())
except TypeError as e:
    print("TypeError:", e)
