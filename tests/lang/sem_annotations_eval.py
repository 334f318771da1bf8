# without the future import, annotations are evaluated at definition time, in order
log = []
def ann(name):
    log.append(name)
    return name
def f(a: ann("a"), b: ann("b") = ann("default b"), *args: ann("args"), k: ann("k"), **kw: ann("kw")) -> ann("ret"):
    pass
print(log)
print(f.__annotations__)

class C:
    x: ann("x")
    y: ann("y") = 1
print(C.__annotations__, log[-2:])

# local variable annotations are not evaluated
def g():
    z: ann("never") = 1
    return z
g()
print(log[-1])

# annotated assignment targets: attributes/subscripts evaluate the target, not stored
class O: pass
o = O()
o.attr: ann("attr") = 5
d = {}
d["k"]: ann("sub") = 6
print(o.attr, d, log[-2:])
try:
    print(__annotations__)
except NameError as e:
    print(e)

# bare annotations without value at module level
undefined_var: int
try:
    undefined_var
except NameError as e:
    print(e)
print(__annotations__["undefined_var"])

# annotations dict is mutable and per-function
def h(p: int): pass
h.__annotations__["p"] = str
print(h.__annotations__)
h.__annotations__ = {"q": float}
print(h.__annotations__)
del h.__annotations__
print(h.__annotations__)
