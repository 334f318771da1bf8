# scoping corner cases
def f():
    x = 1
    class C:
        x = 2
        def g(self): return x
        y = [x for _ in range(1)]
        z = (lambda: x)()
    return C().g(), C.y, C.z
print(f())
# nonlocal referring to a variable assigned later in the enclosing function
def outer():
    def inner():
        nonlocal v
        v = "set"
    inner()
    return v
    v = None
print(outer())
# global in class method affecting module
def setg():
    class K:
        global GG
        GG = "from class"
    return GG
print(setg(), GG)
# class body assigning a name that is also free in a method
def h():
    a = "enclosing"
    class K:
        a = "class"
        def m(self): return a
        b = a
    return K().m(), K.b
print(h())
# __class__ as a regular name in class body
class Q:
    __class__ = "shadow"
print(Q.__dict__.get("__class__"), Q().__class__)
# locals() in comprehension
print([sorted(locals()) for q in range(1)])
# locals() in class body nested in function includes free vars?
def lf():
    free = 1
    class K:
        v = free
        names = sorted(k for k in locals() if not k.startswith("__"))
    return K.names
print(lf())
# del then closure refers
def dc():
    x = 1
    def g(): return x
    del x
    try:
        g()
    except NameError as e:
        return str(e)
print(dc())
# exec modifies locals? no
def ex():
    y = 1
    exec("y = 2")
    return y
print(ex())
# eval sees enclosing locals only if referenced
def ev():
    a = 5
    return eval("a")
print(ev())
def ev2():
    a = 5
    def inner():
        try:
            return eval("a")
        except NameError as e:
            return str(e)
    return inner()
print(ev2())
# lambda default referencing a later-shadowed name
def ld():
    fs = []
    for i in range(2):
        fs.append(lambda j=i: (i, j))
    return [g() for g in fs]
print(ld())
# name resolution in decorators and default args of methods (class scope)
class D:
    k = 3
    def deco(fn): return fn
    @deco
    def m(self, v=k): return v
    del deco
print(D().m(), hasattr(D, "deco"))
# global declared after use is a syntax error; nonlocal at module level is syntax error
for src in ("def f():\n    x = 1\n    global x", "nonlocal x", "def f():\n    global x\n    nonlocal x",
            "def f(a):\n    global a", "def f():\n    nonlocal y"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno)
# builtins can be shadowed at module level and then restored by del
len = lambda x: "shadowed"
print(len([1]))
del len
print(len([1]))
import builtins
builtins.my_builtin = "custom"
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(e)
