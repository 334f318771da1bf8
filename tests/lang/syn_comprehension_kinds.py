print([x for x in range(5)])
print([x * y for x in range(3) for y in range(3) if x != y if x + y > 1])
print({x % 3 for x in range(10)})
print({x: x ** 2 for x in range(4)})
print({k: v for k, v in zip("abc", range(3)) if v})
g = (x for x in range(3)); print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10)))
print(sorted(x for x in "cab"))
print([[y for y in range(x)] for x in range(4)])
print([(x, y) for x in range(3) for y in range(x)])
print([x for x, in [(1,), (2,)]])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([x for x in [1, 2, 3] if x if x > 1])
print([*(x for x in "ab")])
print([lambda: x for x in range(2)][0]())
print({x for x in ()}, {x: 1 for x in ()}, [x for x in ()])
# the first iterable is evaluated in the enclosing scope
class C:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
    try:
        bad = [d * y for d in data for y in data]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
# comprehension variables do not leak
x = "outer"
[x for x in range(3)]
print(x)
# nested comprehension scopes
print([[i + j for j in range(2)] for i in range(2)])
print({i: {j for j in range(i)} for i in range(3)})
# conditional expression in element and filter
print([a if a else "zero" for a in range(3) if (a or True)])
# generator expression as sole argument
print(max(len(w) for w in ["a", "bbb", "cc"]))
print(dict((k, 1) for k in "ab"))
for src in ["f(x for x in y, 1)", "[x for x in y, z]", "[x for x in]", "[for x in y]",
            "{x: for x in y}", "[x for 1 in y]", "[x for x in y if]", "f(1, x for x in y)",
            "[x, y for x in z]", "{**x for x in y}", "(x for x in y) = 1", "[x for x in y] = 1",
            "[x for x in lambda: 1]", "[x for x in y if lambda: 1]", "{a: b for a, b in c if d}"]:
    try:
        compile(src, "<c>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.offset, e.end_offset)
