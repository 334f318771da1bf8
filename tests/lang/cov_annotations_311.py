# annotations as evaluated by 3.11 (no __future__ import)
log = []
def ev(x):
    log.append(x)
    return x
x: ev("module x") = 1
y: ev("module y")
print(__annotations__, log, "y" in globals())
log.clear()
class C:
    a: ev("class a") = 1
    b: ev("class b")
    (c): ev("class c paren") = 3
    d.attr if False else None
print(C.__annotations__, log, hasattr(C, "b"))
log.clear()
class NoAnn:
    pass
print("__annotations__" in NoAnn.__dict__, NoAnn.__annotations__ if hasattr(NoAnn, "__annotations__") else "none")
# annotations on attribute and subscript targets are evaluated but not stored
class T: pass
t = T()
t.attr: ev("attr ann") = 5
lst = [0]
lst[0]: ev("subscript ann") = 9
print(log, t.attr, lst, "t.attr" in __annotations__)
log.clear()
# function annotations are evaluated at definition time, in order
def f(a: ev("a"), b: ev("b") = ev("b default"), *args: ev("args"), c: ev("c"), **kw: ev("kw")) -> ev("return"):
    pass
print(log)
print(f.__annotations__)
log.clear()
# local variable annotations in functions are not evaluated or stored
def g():
    local: ev("never") = 1
    other: undefined_name
    return local
print(g(), log, g.__annotations__)
# lambdas have no annotations; __annotations__ is settable and deletable
print((lambda: 0).__annotations__)
def h(): pass
h.__annotations__ = {"x": int}
print(h.__annotations__)
del h.__annotations__
print(h.__annotations__)
try:
    h.__annotations__ = 5
except TypeError as e:
    print("TypeError", e)
# annotated assignment without value in a class leaves no attribute; with value does
class D:
    only: int
    both: str = "v"
print(D.__annotations__, hasattr(D, "only"), D.both)
# annotations on nested classes and inheritance
class E(D):
    extra: float
print(E.__annotations__, D.__annotations__)
# annotation names: mangling in classes
class M:
    __private: int
    def m(self, __p: int): pass
print(M.__annotations__, M.m.__annotations__)
# annotation errors happen at the annotated statement
try:
    z: undefined_annotation = 3
except NameError as e:
    print("NameError", e, "z" in globals())
# __annotations__ modified by the user in a module
__annotations__["manual"] = "added"
w: int = 0
print(list(__annotations__))
# annotations with complex expressions
class F:
    a: list[int]
    b: "forward"
    c: dict[str, tuple[int, ...]]
    d: int | None
print(F.__annotations__)
# star annotation syntax in 3.11
def star(*args: "*Ts"): pass
print(star.__annotations__)
for src in ["x: int = 1, 2", "x: int, = 1", "(x): int", "x, y: int", "a.b: int = 1", "a[0]: int", "f(): int",
            "x: yield", "def f(): x: (yield)", "lambda x: int: 0", "def f(*, x: int = 1, **k: str) -> None: pass",
            "def f(x: int = 1, /): pass", "x: *a", "def f(*a: *b): pass", "def f(a: *b): pass"]:
    try:
        compile(src, "<a>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
