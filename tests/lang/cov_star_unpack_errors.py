# star-unpacking errors at runtime and compile time
def t(stmt, **ns):
    try:
        exec(stmt, ns)
        print(stmt, "->", {k: v for k, v in ns.items() if k != "__builtins__"})
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)

t("a, b = [1]")
t("a, b = [1, 2, 3]")
t("a, b = 1")
t("a, *b, c = [1]")
t("a, *b, c = [1, 2]")
t("*a, b = []")
t("a, *b = 'xyz'")
t("[a, [b, *c]] = [1, 'hi']")
t("[a, [b, *c]] = [1, 'h']")
t("a, b = {1: 2, 3: 4}")
t("a, b = iter([1])")
t("(a, b), c = [1, 2], 3")
t("a, b = None")
t("a, = ()")
t("a, *b = range(0)")
t("*a, = range(2)")
def gen():
    yield 1
    yield 2
    yield 3
t("a, b = g; del g", g=gen())
t("a, *b, c, d = g; del g", g=gen())
t("a, *b, c, d, e = g; del g", g=gen())
# iterator raising in the middle
class Bad:
    def __iter__(self): return self
    def __next__(self): raise KeyError("boom")
t("a, b = x", x=Bad())
t("f(*5)", f=print)
t("f(**5)", f=print)
t("f(**{1: 2})", f=print)
t("f(*None)", f=print)
t("f(a=1, **{'a': 2})", f=print)
t("f(**{'a': 1}, **{'a': 2})", f=print)
t("[*5]")
t("{**[1]}")
t("{*None}")
t("(*1,)")
t("print(*[], sep='')")
for src in [
    "*a = [1]",
    "a, *b, *c = d",
    "*a, *b = c",
    "del *a",
    "x = *a",
    "print(*a for a in b)",
    "[*a for a in b]",
    "{**a for a in b}",
    "f(**a, *b)",
    "f(a=1, b)",
    "f(**a, b)",
    "a = (*b)",
    "*a += 1",
    "for *x in y: pass",
    "for x, *y in z: pass",
    "return *a, *b",
    "a, *b = *c, d = e",
    "(*a) = b",
    "[a, *b, *c] = d",
    "a, *(b, c) = d",
]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg, e.offset)
