# generator expressions: the first iterable is evaluated at once, the rest lazily
log = []
def src(name, items):
    log.append("iter " + name)
    return items
g = (x + y for x in src("outer", [1, 2]) for y in src("inner", [10, 20]))
print(log)
print(next(g), log)
print(list(g), log)

# an error in the first iterable is raised at creation; in later ones, on iteration
try:
    (x for x in 5)
except TypeError as e:
    print("creation:", e)
g = (y for x in [1] for y in 5)
try:
    next(g)
except TypeError as e:
    print("iteration:", e)

# the loop variable does not leak
x = "outer x"
list(x for x in range(3))
[x for x in range(3)]
print(x)

# class-level first iterable is allowed, later references are not
class C:
    data = [1, 2]
    factor = 10
    firsts = list(d for d in data)
    try:
        scaled = list(d * factor for d in data)
    except NameError as e:
        scaled = str(e)
print(C.firsts, C.scaled)

# generator expression closures capture the variable, evaluated when resumed
n = 1
g = (n * i for i in range(3))
n = 100
print(list(g))

# walrus inside a comprehension binds in the containing function
def w():
    [last := v for v in range(4)]
    return last
print(w())
def w2():
    total = 0
    vals = [total := total + v for v in range(4)]
    return vals, total
print(w2())

# nested comprehensions see outer comprehension variables
print([[i * j for j in range(i)] for i in range(4)])
print({i: {j for j in range(i)} for i in range(3)})

# comprehension variables are cells when captured by lambdas
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [(lambda i=i: i) for i in range(3)]
print([f() for f in fs])
