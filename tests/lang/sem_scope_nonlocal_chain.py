# nonlocal through several levels; each nonlocal binds the nearest enclosing function scope.
def a():
    x = 0
    def b():
        def c():
            nonlocal x
            x += 1
            return x
        return c
    def d():
        nonlocal x
        x += 10
    cc = b()
    print(cc(), cc())
    d()
    print(cc(), x)
a()

def a2():
    x = "a2"
    def b2():
        x = "b2"
        def c2():
            nonlocal x
            x = "c2 set"
        c2()
        return x
    r = b2()
    return r, x
print(a2())

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
inc2, get2 = counter()
print(get2(), inc2(), get())

# nonlocal in a method inside a function
def make():
    total = []
    class K:
        def add(self, v):
            nonlocal total
            total = total + [v]
            return total
    return K()
k = make()
k.add(1)
print(k.add(2))
