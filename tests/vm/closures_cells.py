def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = make_counter()
print(c(), c(), c())
print(c.__closure__[0].cell_contents)
print(c.__code__.co_freevars, make_counter.__code__.co_cellvars)

def arg_captured(x, y):
    def get():
        return x + y
    x += 10
    return get
print(arg_captured(1, 2)())

def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())

def empty_cell():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(empty_cell())

def local_cell():
    try:
        print(w)
    except UnboundLocalError as e:
        print(e)
    w = 5
    return lambda: w
print(local_cell()())

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())

CellType = type(make_counter().__closure__[0])
cell = CellType()
try:
    cell.cell_contents
except ValueError as e:
    print(e)
cell.cell_contents = 4
print(cell.cell_contents, CellType(3).cell_contents)
print(CellType(1) == CellType(1), CellType(1) < CellType(2))

def del_cell():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print(e)
del_cell()

class K:
    x = 'class x'
    def m(self):
        return x
x = 'global x'
print(K().m())

def class_in_func():
    y = 'func y'
    class C:
        y = 'class y'
        z = y
        def m(self):
            return y
    return C.z, C().m()
print(class_in_func())

def classderef():
    v = 'outer'
    class C:
        print(v)
        w = v + '!'
        print(w)
    return C
classderef()
