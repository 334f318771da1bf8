# explicit finalisation paths of generators: close() runs finally/with exits
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finalised", tag)

it = g("a")
next(it)
it.close()
print("after close a")

def use():
    gen = g("b")
    for x in gen:
        break
    gen.close()
    print("after loop b")
use()

# a generator never started: close does not run finally
it = g("c")
it.close()
print("after close c")

# exhausting runs finally once
print(list(g("d")))

class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
def withgen():
    with CM():
        yield 1
        yield 2
w = withgen(); next(w); w.close()
w = withgen(); next(w)
try:
    w.throw(ValueError("x"))
except ValueError:
    print("ValueError propagated")

# finally that yields during close -> RuntimeError
def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2
y = yields_in_finally(); next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    next(y)
except GeneratorExit:
    print("GeneratorExit resumes after the finally")
