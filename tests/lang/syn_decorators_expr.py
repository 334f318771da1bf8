# PEP 614: decorators may be any expression
calls = []
def deco(tag):
    def wrap(f):
        calls.append((tag, f.__name__))
        return f
    return wrap

class Holder:
    def __init__(self):
        self.attr = [deco("list0"), {"k": deco("dict")}]
    def meth(self, t):
        return deco(t)

h = Holder()
decos = {"a": deco("subscr")}

@deco("plain")
def f1(): pass

@h.attr[0]
def f2(): pass

@h.attr[1]["k"]
def f3(): pass

@decos["a"]
def f4(): pass

@(lambda f: deco("lambda")(f))
def f5(): pass

@h.meth("method call")
def f6(): pass

@deco("x") if True else None
def f7(): pass

@(x := deco("walrus"))
def f8(): pass

@deco("outer")
@deco("inner")
class C: pass

print(calls)
print(x.__name__)

# decorators are evaluated top to bottom, applied bottom to top
order = []
def d(n):
    order.append(("eval", n))
    def w(f):
        order.append(("apply", n))
        return f
    return w

@d(1)
@d(2)
@d(3)
def g(): pass
print(order)

# a decorator may replace the function with anything
@lambda f: 42
def h(): pass
print(h)

@repr
def name(): pass
print(type(name), name.startswith('<function name'))

# decorated method with staticmethod/classmethod/property stacking
class K:
    @staticmethod
    def s(a): return a * 2
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self): return "prop"
    @p.setter
    def p(self, v): print("set", v)
print(K.s(4), K.c(), K().p)
K().p = 9
# line numbers: first decorator line is co_firstlineno
def dd(f): return f
@dd
@dd
def lined(): pass
print(lined.__code__.co_firstlineno)
