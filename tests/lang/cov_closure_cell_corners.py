# closures and cells: corner cases
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__closure__[0] is get.__closure__[0], inc.__code__.co_freevars, counter.__code__.co_cellvars)
# cell contents and empty cells
def make_empty():
    if False:
        v = 1
    def inner():
        return v
    return inner
f = make_empty()
try:
    f()
except NameError as e:
    print("NameError", e)
try:
    f.__closure__[0].cell_contents
except ValueError as e:
    print("ValueError", e)
# cells can be set directly
f.__closure__[0].cell_contents = "set later"
print(f())
del f.__closure__[0].cell_contents
try:
    f()
except NameError as e:
    print("NameError", e)
import types
c = types.CellType(5)
print(c.cell_contents, types.CellType().__class__.__name__)
print(types.CellType(1) == types.CellType(1), types.CellType(1) < types.CellType(2))
# a parameter that is also a cell variable
def param_cell(x):
    def get(): return x
    x = x * 2
    return get
print(param_cell(4)())
# closures over loop variables in nested functions of a class method
class K:
    def methods(self):
        return [lambda i=i: (self.__class__.__name__, i) for i in range(2)]
print([m() for m in K().methods()])
# three levels of nesting with intermediate function not using the variable
def level1():
    x = "deep"
    def level2():
        def level3():
            return x
        return level3
    return level2()()
print(level1(), level1.__code__.co_cellvars)
# free variable that is global in the middle scope
g = "global g"
def m1():
    g = "m1 g"
    def m2():
        global g
        def m3():
            return g
        return m3()
    return m2()
print(m1())
# class scope skips to the enclosing function for free variables in methods
def fn():
    y = "fn y"
    class C:
        y = "class y"
        def m(self): return y
    return C().m(), C.y
print(fn())
# function defaults are evaluated in the enclosing scope, closures later
def defaults():
    v = "early"
    def f(a=v, b=lambda: v):
        return a, b()
    v = "late"
    return f()
print(defaults())
# recursion through a closure cell
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(make_fact()(10), make_fact().__code__.co_freevars)
# __closure__ of functions without free variables
def plain(): pass
print(plain.__closure__, (lambda: 0).__closure__)
# exec with a code object that has free variables requires closure
def outer():
    z = 1
    def inner(): return z
    return inner
code = outer().__code__
try:
    exec(code)
except TypeError as e:
    print("TypeError", e)
print(types.FunctionType(code, {}, None, None, outer().__closure__)())
try:
    types.FunctionType(code, {})
except TypeError as e:
    print("TypeError", e)
try:
    types.FunctionType(code, {}, None, None, (1,))
except TypeError as e:
    print("TypeError", e)
