# closures capture variables, not values
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])

fs = [lambda: i for i in range(3)]
print([f() for f in fs])

fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 100
    return fs
print([f() for f in make()])

def make2():
    out = []
    for i in range(3):
        def scope(j):
            return lambda: j
        out.append(scope(i))
    return out
print([f() for f in make2()])

gens = [(lambda: x for x in range(2))]
print([g() for g in gens[0]])

# while loop + closure
def w():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print(w())

# closure cell shared among siblings
def sib():
    v = 0
    def get(): return v
    def set(x):
        nonlocal v
        v = x
    return get, set
g, s = sib()
s(9)
print(g())
print(g.__closure__[0].cell_contents, g.__code__.co_freevars)
