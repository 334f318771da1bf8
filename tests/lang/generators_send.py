def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "done"
g = echo()
print(next(g))
print(g.send(1))
print(g.send("two"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)
def acc():
    total = 0
    while True:
        v = yield total
        total += v
a = acc()
next(a)
for i in range(4):
    print(a.send(i))
def g2():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g2()
print(next(it))
it.close()
def g3():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
it = g3()
next(it)
print(it.throw(ValueError("boom")))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b
print(list(fib(10)))
def ret():
    yield 1
    return 5
print(list(ret()))
