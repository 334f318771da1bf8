# 3.11 star expressions: subscripts (PEP 646), return/yield/for targets without parentheses
class Show:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
s = Show()
a, b = [1, 2], (3,)
print(s[*a], s[*a, *b], s[0, *a], s[*a, 9], s[*()], s[*[]], s[*"ab"])
s[*a] = "v"
del s[*b, 7]
print(s[1:2, *a])
def ret():
    return *a, *b
def yld():
    yield *a, 0
print(ret(), list(yld()))
for x in *a, *b:
    print(x, end=" ")
print()
t = *a, *b
print(t)
print([*a, *b], {*a, *b}, (*a,), {**{"k": 1}, **{"j": 2}})
# starred in various invalid places
for src in ["s[*a:2]", "s[a:*b]", "s[**a]", "x = *a", "*a", "print(*)", "s[*a] += 1", "del *a", "(*a) = 1",
            "f(*a for a in b)", "[*a for a in b]", "s[*a for a in b]", "a[*b] = 1", "return *a", "x = yield *a, b",
            "for *a in b: pass", "with a as *b: pass",  "lambda: *a", "assert *a", "if *a: pass", "s[*a, b:c]",
            "s[(*a)]", "s[*a,]", "s[(*a,)]"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
