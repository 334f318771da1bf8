# generators abandoned or closed inside loops, with try/finally and with blocks (explicit close only)
log = []
def numbers():
    try:
        for i in range(10):
            log.append("yield %d" % i)
            yield i
    finally:
        log.append("numbers finally")
g = numbers()
for n in g:
    if n == 2:
        break
print(log)
g.close()
print(log[-1])
log.clear()
# zip stops pulling from the second iterator when the first ends
a = numbers()
print(list(zip(range(2), a)), log)
a.close()
log.clear()
# generator closed while suspended inside a with block
class CM:
    def __enter__(self):
        log.append("enter")
        return self
    def __exit__(self, t, v, tb):
        log.append("exit %s" % (t.__name__ if t else None))
        return False
def in_with():
    with CM():
        yield 1
        yield 2
g = in_with()
next(g)
g.close()
print(log)
log.clear()
# nested generators: closing the outer closes the inner via yield from
def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        log.append("inner closed")
def outer():
    try:
        yield from inner()
    finally:
        log.append("outer closed")
g = outer()
next(g)
g.close()
print(log)
log.clear()
# a generator catching GeneratorExit in a loop and yielding again -> RuntimeError
give_up = False
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            log.append("ignored exit")
            if give_up:
                return
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e, log)
give_up = True
g.close()
print(log)
log.clear()
# throw() a StopIteration into a generator: converted to RuntimeError
def plain():
    yield 1
    yield 2
g = plain()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
# generator in a for loop that raises: the loop sees the exception once
def raiser():
    yield 1
    raise KeyError("inside")
try:
    for v in raiser():
        log.append(v)
except KeyError as e:
    print("KeyError", e, log)
# close() on a generator that has finished returns None; on one that returns a value in 3.11 too
def ret():
    try:
        yield
    except GeneratorExit:
        return "ignored value"
g = ret()
next(g)
print(g.close())
