# 3.11 (no __future__): annotations are evaluated eagerly
log = []
def ann(tag):
    log.append(tag)
    return tag
x: ann("x") = 1
y: ann("y")
print(__annotations__, "y" in globals(), log)
(z): ann("paren name") = 2
obj = type("O", (), {})()
obj.attr: ann("attr") = 3
d = {}
d["k"]: ann("subscript") = 4
print(__annotations__, obj.attr, d, log)
def f(a: ann("a"), b: ann("b") = 5, *args: ann("args"), c: ann("c"), **kw: ann("kw")) -> ann("ret"):
    local: ann("never evaluated") = 1
    return local
print(f.__annotations__)
print(f(1, c=2), "never evaluated" in log)
class C:
    cls_attr: ann("cls") = 1
    only_ann: int
    def m(self) -> "str": pass
print(C.__annotations__, C.m.__annotations__)
lam = lambda q: q
print(lam.__annotations__, f.__code__.co_varnames)
def g(*, k: int = 0) -> None: pass
print(g.__annotations__, g.__kwdefaults__)
import typing
def h(p: typing.List[int], q: "forward", r: 1 + 2): pass
print(h.__annotations__)
for src in ["x: int, y: int = 1, 2", "(x, y): int", "[x]: int", "x.y: int", "x: int = yield", "f(): int",
            "x: *int = 1", "def f(*, **k: int): pass", "def f(a: int = 1, /, b): pass", "lambda x: int: 0",
            "x: int: str", "def f() -> int, str: pass", "x: yield = 1", "def f():\n  x: int\n  global x",
            "def f():\n  global x\n  x: int", "*a: int", "x: lambda: 1 = 2", "x: (yield) = 1"]:
    try:
        compile(src, "<a>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
