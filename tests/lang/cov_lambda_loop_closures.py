# closures created in loops: late binding, default capture, cells per iteration
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs = []
for i in range(3):
    fs.append(lambda: i)
i = 10
print([f() for f in fs])
fs = []
for j in range(3):
    def g(j=j): return j * 2
    fs.append(g)
print([f() for f in fs])

def make():
    out = []
    for k in range(3):
        out.append(lambda: k)
    k = "changed"
    return out
print([f() for f in make()])

def per_call():
    res = []
    for n in range(3):
        def cell(n=n):
            return lambda: n
        res.append(cell())
    return res
print([f() for f in per_call()])

# lambda defaults evaluated once, at definition
counter = [0]
def nxt():
    counter[0] += 1
    return counter[0]
f = lambda a=nxt(): a
print(f(), f(), counter)
g = lambda a=[]: (a.append(1), len(a))[1]
print(g(), g(), g([]))

# keyword-only lambda defaults and their order of evaluation
order = []
def v(x):
    order.append(x)
    return x
h = lambda a=v("a"), *, b=v("b"), c=v("c"): (a, b, c)
print(h(), order)
print(h.__defaults__, h.__kwdefaults__)

# nested lambdas share the enclosing cell
def adder():
    total = 0
    inc = lambda n: (lambda: total + n)
    total = 100
    return inc
print(adder()(5)())

# lambda in a comprehension inside a class body cannot see class names
class K:
    base = 10
    try:
        fs = [lambda: base for _ in range(1)]
        fs[0]()
    except NameError as e:
        err = str(e)
print(K.err)

# closures over the loop variable of a while loop
fs = []
n = 0
while n < 3:
    fs.append(lambda n=n: n * n)
    n += 1
print([f() for f in fs])
# generator expressions bind the first iterable eagerly
x = [1, 2]
gen = (a + b for a in x for b in x)
x = [10]
print(list(gen))
print((lambda: (yield 1))().__class__.__name__)
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, /, b: (a, b))(1, b=2))
