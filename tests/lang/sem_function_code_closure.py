# function attributes, code objects with free variables, and exec(..., closure=)
def outer():
    x = 1
    def inner(): return x
    return inner
inner = outer()
try:
    exec(inner.__code__)
except TypeError as e:
    print(e)
try:
    eval(inner.__code__)
except TypeError as e:
    print(e)
def plain(): return 5
try:
    plain.__code__ = inner.__code__
except ValueError as e:
    print(e)
try:
    inner.__code__ = plain.__code__
except ValueError as e:
    print(e)
plain.__code__ = (lambda: 6).__code__
print(plain())
try:
    plain.__code__ = 5
except TypeError as e:
    print(e)
try:
    plain.__globals__ = {}
except AttributeError as e:
    print(e)
try:
    plain.__closure__ = ()
except AttributeError as e:
    print(e)
try:
    plain.__defaults__ = [1]
except TypeError as e:
    print(e)
try:
    plain.__kwdefaults__ = [1]
except TypeError as e:
    print(e)
try:
    plain.__name__ = 5
except TypeError as e:
    print(e)
try:
    plain.__qualname__ = None
except TypeError as e:
    print(e)
plain.__doc__ = 5
print(plain.__doc__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print(e)
try:
    del plain.__name__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
# code object replace and co_ attributes
c = plain.__code__.replace(co_name="renamed")
print(c.co_name, plain.__code__.co_name)
print(inner.__code__.co_freevars, outer.__code__.co_cellvars, outer.__code__.co_nlocals)
# exec with a closure (3.11)
import types
def mk():
    val = "captured"
    def g():
        print("closure sees", val)
    return g
g = mk()
exec(g.__code__, {}, None, closure=g.__closure__) if False else exec(g.__code__, {}, closure=g.__closure__)
exec(g.__code__, {}, closure=(types.CellType("replaced"),))
for bad in ((), (1,), [types.CellType(1)], None):
    try:
        exec(g.__code__, {}, closure=bad)
    except TypeError as e:
        print(e)
try:
    exec("1", {}, closure=(types.CellType(1),))
except TypeError as e:
    print(e)
try:
    exec(plain.__code__, {}, closure=(types.CellType(1),))
except TypeError as e:
    print(e)
try:
    exec("1", {}, {}, ())
except TypeError as e:
    print(e)
try:
    del plain.__globals__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
