# yields inside try/finally and except blocks
def g():
    try:
        yield "try"
        return "ret"
    finally:
        yield "finally"
it = g()
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)

def h():
    try:
        raise ValueError("in h")
    except ValueError:
        yield "in except"
        raise
try:
    for v in h():
        print(v)
except ValueError as e:
    print("propagated", e)

def exc_state():
    import sys
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
import sys
e = exc_state()
print(next(e))
print(sys.exc_info()[0])
try:
    raise TypeError
except TypeError:
    print(next(e), sys.exc_info()[0].__name__)
print(next(e))

# finally that overrides return in a generator
def f2():
    try:
        return 1
    finally:
        return 2
    yield
try:
    next(f2())
except StopIteration as e:
    print(e.value)

# break out of for loop over generator closes nothing until collected; explicit close runs finally
def counted():
    try:
        for i in range(10):
            yield i
    finally:
        print("counted finally")
c = counted()
for x in c:
    if x == 2:
        break
print("broke at", x)
c.close()
