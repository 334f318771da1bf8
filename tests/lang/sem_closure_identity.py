# closure cells are shared between sibling closures and survive their frame
def make():
    x = 0
    def get(): return x
    def inc():
        nonlocal x
        x += 1
    return get, inc
get, inc = make()
print(get.__closure__[0] is inc.__closure__[0])
inc(); inc()
print(get())
get2, inc2 = make()
print(get2.__closure__[0] is get.__closure__[0], get2())

# recursive closure refers to itself through a cell
def outer():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
f = outer()
print(f(10), f.__code__.co_freevars, f.__closure__[0].cell_contents is f)

# cells compare by contents
import types
print(types.CellType(1) == types.CellType(1), types.CellType(1) < types.CellType(2))
print(types.CellType() == types.CellType())

# closures over loop variables in nested functions created at each iteration
def counters():
    out = []
    for i in range(3):
        def c(i=i):
            def inner():
                return i
            return inner
        out.append(c())
    return [g() for g in out]
print(counters())

# closure over a class attribute is impossible; over a method-local is fine
class K:
    v = 1
    def m(self):
        v = self.v + 1
        return lambda: v
print(K().m()())

# function copying: FunctionType with a new closure
def adder(n):
    def add(x): return x + n
    return add
a5 = adder(5)
a7 = types.FunctionType(a5.__code__, a5.__globals__, "add7", None, (types.CellType(7),))
print(a5(1), a7(1), a7.__name__)
try:
    types.FunctionType(a5.__code__, {}, "bad", None, ())
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)

# deeply nested closures: each level adds a free variable
def l1():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            def l4():
                return a + b + c
            return l4
        return l3
    return l2
fn = l1()()()
print(fn(), fn.__code__.co_freevars)
import types as _t
for bad in ((1,), None, [_t.CellType(1)], (_t.CellType(1), _t.CellType(2))):
    try:
        _t.FunctionType(a5.__code__, {}, "bad", None, bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for kw in ({"name": 1}, {"argdefs": [1]}):
    try:
        _t.FunctionType(get.__code__, {}, **kw)
    except TypeError as e:
        print(e)
print(_t.FunctionType(get.__code__, {}, closure=None) if not get.__code__.co_freevars else "needs closure")
