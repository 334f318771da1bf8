# introspecting cells and free variables
def outer(a):
    b = 2
    def inner():
        return a + b
    return inner
f = outer(1)
print(f.__code__.co_freevars)
print(outer.__code__.co_cellvars)
print([c.cell_contents for c in f.__closure__])
print(f())

def noclosure():
    return 1
print(noclosure.__closure__)

def outer2():
    def inner():
        return x
    try:
        inner.__closure__[0].cell_contents
    except ValueError as e:
        print("ValueError", e)
    x = 5
    print(inner.__closure__[0].cell_contents)
    return inner
outer2()

import types
c = types.CellType(3)
print(c.cell_contents)
c.cell_contents = 4
print(c.cell_contents)
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print(e)
e = types.CellType()
print(repr(e).startswith("<cell at"), "empty" in repr(e))

# argument that is also a cell
def argcell(x):
    def g():
        return x
    x = x * 2
    return g()
print(argcell(4))
print(argcell.__code__.co_cellvars, argcell.__code__.co_varnames)
