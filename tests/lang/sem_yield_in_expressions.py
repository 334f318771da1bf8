# yield inside expressions: evaluation order and sent values
def g():
    a = [(yield "first"), (yield "second")]
    b = {"k": (yield "third")}
    c = (yield "fourth") + (yield "fifth")
    print("locals:", a, b, c)
    d = yield
    return d
it = g()
print(next(it))
print(it.send("A"))
print(it.send("B"))
print(it.send("C"))
print(it.send(10))
print(it.send(20))
try:
    it.send("final")
except StopIteration as e:
    print("returned", e.value)
# yield in function-call arguments and in conditions
def h():
    print("called with", (yield 1), (yield 2))
    if (yield 3):
        print("true branch")
    while (yield "loop"):
        print("looping")
x = h()
print(next(x), x.send("p"), x.send("q"), x.send(True), x.send(1))
try:
    x.send(0)
except StopIteration:
    print("finished")
# yield inside a lambda; yield inside a comprehension is a SyntaxError
gen_lambda = lambda: (yield "lam")
print(next(gen_lambda()))
try:
    compile("def f():\n    return [(yield i) for i in range(2)]", "<y>", "exec")
except SyntaxError as e:
    print(e.msg)
# a bare yield produces None and receives the sent value
def bare():
    v = yield
    print("bare got", v)
    yield v
b = bare()
print(next(b))
print(b.send(42))
