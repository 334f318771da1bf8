def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a)
        return fn(*a, **k)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2))
def tag(name):
    def deco(fn):
        fn.tag = name
        return fn
    return deco
@tag("x")
@tag("y")
def t():
    pass
print(t.tag)
order = []
def d(n):
    order.append("make" + n)
    def inner(f):
        order.append("apply" + n)
        return f
    return inner
@d("1")
@d("2")
def z():
    pass
print(order)
def cls_deco(c):
    c.decorated = True
    return c
@cls_deco
class K:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return "prop"
print(K.decorated, K.s(), K.c(), K().p)
@(lambda f: f)
def expr_deco():
    return "any expression"
print(expr_deco())
