def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
        except GeneratorExit:
            print("closing")
            return
it = g()
next(it)
print(it.throw(ValueError("v1")))
print(it.throw(ValueError, "v2") if False else it.throw(ValueError("v2")))
it.close()
def g2():
    yield 1
it2 = g2()
try:
    it2.throw(KeyError("before start"))
except KeyError as e:
    print("propagated", e)
def g3():
    try:
        yield
    finally:
        yield "bad"
it3 = g3()
next(it3)
try:
    it3.close()
except RuntimeError as e:
    print("RuntimeError", e)
def g4():
    yield from g()
it4 = g4()
next(it4)
print(it4.throw(ValueError("through yield from")))
it4.close()
print("end")
