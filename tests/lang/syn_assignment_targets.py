a = b = c = 1; print(a, b, c)
(a, b), c = (1, 2), 3; print(a, b, c)
[a, [b, c]] = 1, (2, 3); print(a, b, c)
a, = [9]; print(a)
x = [0, 0, 0]; x[0], x[1:] = 5, [6, 7]; print(x)
class O: pass
o = O(); o.p, o.q = 1, 2; print(o.p, o.q)
i = 0; l = [10, 20]; i, l[i] = 1, 99; print(i, l)
a = 1; a += 2; a -= 1; a *= 3; a //= 2; a %= 2; a **= 3; a <<= 2; a >>= 1; a |= 8; a &= 12; a ^= 5; print(a)
f = 2.0; f /= 4; print(f)
class M:
    def __imatmul__(self, o): return ("imatmul", o)
m = M(); m @= 3; print(m)
s = "a"; s += "b" * 2; print(s)
lst = [1]; lst += (2, 3); lst *= 2; print(lst)
d = {}; d["k"] = d.get("k", 0) + 1; d["k"] += 1; print(d)
errs = ["1 = x", "f() = 1", "a + b = 1", "(a, b) += 1", "[a] += 1", "a, b += 1", "f() += 1", "x.y += 1",
        "x[0] += 1", "*a += 1", "a if b else c = 1", "lambda: 1 = 1", "not a = 1", "a < b = 1", "-a = 1",
        "(yield) = 1", "{a: b} = 1", "{a} = 1", "f'' = 1", "... = 1", "a = yield = 1", "x = *y = 1",
        "[a, b()] = 1", "(a, (b, c + 1)) = 1", "a.b.c() = 1", "await x = 1", "(a := 1) = 2", "x[1:2] = 1",
        "a, *b, c = d", "[*a] = b", "*a, = b", "a = b = *c", "print(x) = 1", "None += 1", "f(x for x in y) = 1"]
for src in errs:
    try:
        compile(src, "<t>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
