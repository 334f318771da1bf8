# keyword arguments: names matched after NFKC? no - exact str match; non-identifier names via **; positional-only names in **kwargs
def f(a, /, **kw):
    return a, kw
print(f(1, a=2))
print(f(1, **{"a": 3, "not an identifier": 4, "": 5}))
def g(*, x): return x
try:
    g(**{"x ": 1})
except TypeError as e:
    print("TypeError", e)
class StrSub(str):
    pass
print(g(**{StrSub("x"): "str subclass key"}))
def h(**kw): return [type(k).__name__ for k in kw]
print(h(**{StrSub("k"): 1}))
# keyword order preserved, duplicates rejected, positional-or-keyword given twice
def order(**kw): return list(kw.items())
print(order(z=1, a=2, m=3))
def both(a, b): return a, b
for call in ["both(1, a=2)", "both(1, 2, b=3)", "both(b=1, a=2)", "both(1, **{'b': 2, 'c': 3})", "both(*[1], **{'a': 1})"]:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "->", "TypeError", e)
# a function with many keyword-only parameters and defaults
def many(*, a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8):
    return a + b + c + d + e + f + g + h
print(many(), many(h=100, a=-1))
try:
    many(i=1)
except TypeError as e:
    print("TypeError", e)
try:
    many(1)
except TypeError as e:
    print("TypeError", e)
# methods and keyword arguments named self
class C:
    def m(self, **kw): return kw
print(C().m(self=1) if False else C().m(other=1))
try:
    C.m(self=C())
    print("self by keyword ok")
except TypeError as e:
    print("TypeError", e)
def takes_self(**kw): return kw
print(takes_self(self=1, cls=2))
# builtins that reject keywords
for call in ["len(obj=[])", "abs(x=1)", "divmod(a=1, b=2)", "isinstance(obj=1, class_or_tuple=int)", "sorted([3, 1], key=None, reverse=True)",
             "int('10', base=2)", "str(object=5)", "print('x', sep='', end='\\n', file=None, flush=False) or 'printed'"]:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "->", "TypeError", e)
