x = 1 if True else 2; print(x)
x = 1 if False else 2 if False else 3; print(x)
print((lambda: 1 if 0 else 2)())
print([a if a % 2 else -a for a in range(5)])
print(1 if 0 else 2 if 1 else 3)
f = lambda a: "neg" if a < 0 else "zero" if a == 0 else "pos"
print(f(-1), f(0), f(1))
calls = []
def c(v): calls.append(v); return v
print(c("t") if c(0) else c("f"), calls)
print(not 1 if 1 else 2)
print((1, 2) if [] else (3, 4))
y = 5 + 1 if True else 0
print(y)
print(1 if 1 else 2 + 10)
print([1 if 1 else 2, *((3,) if 0 else (4, 5))])
g = (i for i in range(3)) if True else None
print(list(g))
print({True: 'yes' if 1 else 'no'})
for src in ["x = 1 if 2", "x = 1 if 2 else", "x = if 1 else 2", "1 if 2 else 3 = 4",
            "(a if b else c) += 1", "x = a if b else c if d"]:
    try:
        compile(src, "<c>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.offset, e.end_offset)
