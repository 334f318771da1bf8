a, *b = range(4); print(a, b)
*a, b = "xyz"; print(a, b)
a, *b, c = [1, 2]; print(a, b, c)
[a, *b] = (1, 2, 3); print(a, b)
(a, b), *c = (1, 2), 3, 4; print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
*a, = [9, 8]; print(a)
print([*range(3), *"ab", 0])
print((*[1], *(2,)))
print({*"aab", *[1]} == {"a", "b", 1})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw): return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"j": 2}, **{"l": 3}))
print(f(**{"a": 1}, b=2))
print(f(*"ab", *"cd"))
print(*[1, 2], sep="-")
x = 1, *[2, 3]
print(x)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    f(**{"k": 1}, **{"k": 2})
except TypeError as e:
    print(e)
try:
    f(*1)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
for src in ["*a = 1", "a, *b, *c = d", "print(*a for a in b)", "[*a for a in b]", "{**a for a in b}",
            "del *a, b", "*a", "x = *a", "return *a, b", "f(**a, *b)", "f(a=1, *b)", "f(**a, b)",
            "(*a)", "a = (*b)", "{**a: 1}", "for *x in y: pass", "*a, b += 1", "print(*)",
            "x = *a, *b", "def f(): return *a, *b", "a[*b]"]:
    try:
        compile(src, "<u>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.offset, e.end_offset)
# evaluation order of starred pieces
log = []
def t(v):
    log.append(v); return [v]
print([*t(1), t(2), *t(3)], log)
