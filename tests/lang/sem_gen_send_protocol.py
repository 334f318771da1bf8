# generator send(): first send must be None; values flow both ways
def echo():
    got = []
    try:
        while True:
            v = yield len(got)
            got.append(v)
    finally:
        print("echo closing with", got)

g = echo()
try:
    g.send(1)
except TypeError as e:
    print(e)
print(g.send(None))
print(g.send("a"), g.send("b"))
print(next(g))
g.close()
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.args)

def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
a = acc()
next(a)
for i in range(5):
    a.send(i)
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)

# yield as expression in various positions
def exprs():
    x = (yield 1) + (yield 2)
    y = [(yield 3), (yield 4)]
    return x, y
g = exprs()
print(next(g), g.send(10), g.send(20), g.send("p"))
try:
    g.send("q")
except StopIteration as e:
    print(e.value)
