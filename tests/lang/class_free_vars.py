def outer():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
        y = x
    return C
C = outer()
print(C().m(), C.x, C.y)
def outer2():
    x = "cell"
    class D:
        print(x)
        x = "local"
        print(x)
    return D
pass
def outer3():
    y = "free"
    class E:
        def f(self):
            return y
        print(y)
    return E
print(outer3()().f())
