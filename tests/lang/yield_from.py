def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def delegating():
    yield from (i * i for i in range(4))
print(list(delegating()))
def thrower():
    try:
        yield from inner()
    except KeyError:
        yield "handled"
t = thrower()
next(t)
print(t.throw(KeyError))
