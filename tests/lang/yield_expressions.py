def g():
    a = (yield 1) + 10
    b = [(yield 2), (yield 3)]
    c = yield
    print("got", a, b, c)
    yield 4
it = g()
print(next(it))
print(it.send(5))
print(it.send(6))
print(it.send(7))
print(it.send(8))
def gen_in_call():
    print("sum", sum([(yield), (yield)]))
    yield "end"
i2 = gen_in_call()
next(i2); i2.send(1)
print(i2.send(2))
def yield_in_cond():
    x = yield
    while x:
        x = yield x * 2
i3 = yield_in_cond()
next(i3)
print(i3.send(3), i3.send(4))
lam_gen = lambda: (yield "from lambda")
print(next(lam_gen()))
