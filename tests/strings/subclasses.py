# str/bytes/bytearray subclasses: attributes, methods, hashing, __str__/__format__ overrides
class S(str):
    def extra(self):
        return self.upper() + "!"
class B(bytes):
    pass
class BA(bytearray):
    pass
s = S(b"abc", "ascii"); s.attr = 5
print(type(s).__name__, s, s.extra(), s.attr, s + "x", s * 2, s[1:], repr(s), hash(s) == hash("abc"), s == "abc")
print({s: 1}["abc"], "abc" in {s}, str(s) is not s, type(str(s)).__name__, len(s), list(s))
b = B(b"xyz"); b.tag = "t"
print(type(b).__name__, b, b.tag, b + b"!", b[0], b[1:], B.fromhex("6162"), type(B.fromhex("61")).__name__, bytes(b), b == b"xyz")
ba = BA(b"qq"); ba.n = 1; ba.append(33)
print(type(ba).__name__, ba, ba.n, ba + b"z", len(ba), BA.fromhex("41"))
class E(str):
    def __str__(self):
        return "E!"
    def __format__(self, spec):
        return "F" + spec
e = E("x")
print(str(e), "%s" % e, "{}".format(e), "{:>3}".format(e), format(e, "q"), f"{e}", repr(e))
for i in range(3000):
    S("long" * (i % 50))
print("ok")
