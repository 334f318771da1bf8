# nonlocal semantics across several levels and with loops, generators, classes
def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    f = middle()
    f(); f()
    return x
print(outer())
# nonlocal binds to the nearest enclosing function that has the name
def a():
    v = "a"
    def b():
        v = "b"
        def c():
            nonlocal v
            v = "c changed b"
        c()
        return v
    return b(), v
print(a())
# nonlocal in a generator
def counter():
    n = 0
    def gen():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return list(gen()), n
print(counter())
# nonlocal of a parameter
def param(p):
    def set_p(v):
        nonlocal p
        p = v
    set_p("new")
    return p
print(param("old"))
# nonlocal in a method refers to the enclosing function, not the class
def make():
    count = 0
    class C:
        count = 100
        def bump(self):
            nonlocal count
            count += 1
            return count
    c = C()
    c.bump(); c.bump()
    return count, C.count
print(make())
# nonlocal and del
def deleter():
    x = 1
    def d():
        nonlocal x
        del x
    d()
    try:
        return x
    except NameError as e:
        return "NameError: %s" % e
print(deleter())
# nonlocal inside a comprehension-containing function
def comp():
    total = 0
    def add_all(xs):
        nonlocal total
        [None for _ in xs]
        total = sum(xs)
    add_all([1, 2, 3])
    return total
print(comp())
# nonlocal with lambda closures created after rebinding
def late():
    val = 1
    get = lambda: val
    def setv():
        nonlocal val
        val = 2
    setv()
    return get()
print(late())
# multiple names in one statement, and repeated nonlocal in different inner functions
def multi():
    a = b = 0
    def f():
        nonlocal a, b
        a, b = 1, 2
    def g():
        nonlocal a
        a += 10
    f(); g()
    return a, b
print(multi())
# nonlocal at various invalid places is a SyntaxError (checked elsewhere); binding without assignment
def read_only():
    x = "read"
    def r():
        nonlocal x
        return x
    return r()
print(read_only())
