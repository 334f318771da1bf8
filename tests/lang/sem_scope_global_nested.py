# global declared in nested functions, and interplay with enclosing locals.
x = "g"
def outer():
    x = "outer"
    def inner():
        global x
        x = "set by inner"
        return x
    r = inner()
    return r, x
print(outer(), x)

def outer2():
    x = "outer2"
    def mid():
        def inner():
            return x
        return inner()
    return mid()
print(outer2())

def outer3():
    global y
    y = 1
    def inner():
        return y
    return inner()
print(outer3(), y)

def outer4():
    x = "enclosing"
    def inner():
        global x
        def innermost():
            return x   # sees global, because inner declared global? no: innermost's x is free -> enclosing outer4
        return innermost()
    return inner()
print(outer4())

def del_global():
    global z
    z = 5
    del z
del_global()
print("z" in globals())

def read_then_assign():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
read_then_assign()
