# Class bodies: names are not visible to nested functions; lookups fall to globals.
x = "global"
class A:
    x = "class"
    def f(self):
        return x
    y = x
    g = lambda self: x
print(A().f(), A.y, A().g())

def outer():
    x = "outer"
    class B:
        print("in B body, x =", x)
        x = "B"
        print("after assign, x =", x)
        def m(self):
            return x
    return B
B = outer()
print(B.x, B().m())

def outer2():
    y = 1
    class C:
        # y is free in the class body: reads the enclosing cell
        z = y + 1
    y = 5
    return C
print(outer2().z)

# class body sees its own names in order, globals otherwise
class D:
    a = 1
    b = a + 1
    try:
        c = undefined_name
    except NameError as e:
        c = str(e)
print(D.a, D.b, D.c)

# a global declaration in a class body
g = 0
class E:
    global g
    g = 42
print(g, hasattr(E, "g"))
