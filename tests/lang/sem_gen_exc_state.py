# exception state isolation between generators and their callers
import sys
def cur():
    e = sys.exc_info()[1]
    return repr(e) if e else None

def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield cur()
        yield cur()
    yield cur()

it = g()
print(next(it), cur())       # generator's exception does not leak to the caller
try:
    raise KeyError("caller")
except KeyError:
    print(next(it), cur())   # generator still sees its own exception; caller sees its own
print(next(it))               # after the generator's handler: None (nothing outer)

# a generator resumed from different handlers sees each caller's exception
def watcher():
    while True:
        yield cur()
w = watcher()
print(next(w))
for exc in (TypeError("a"), IndexError("b")):
    try:
        raise exc
    except Exception:
        print(next(w))
print(next(w))

# raise inside generator while caller handles: context chaining
def raiser():
    yield
    raise RuntimeError("from gen")
r = raiser(); next(r)
try:
    try:
        raise OSError("outer")
    except OSError:
        next(r)
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# generator that handles a thrown exception and yields: exc_info inside
def handler():
    try:
        yield "ready"
    except ZeroDivisionError:
        yield cur()
h = handler(); next(h)
print(h.throw(ZeroDivisionError("thrown")))
print(cur())

# exception state after generator exhaustion with pending handlers
def nested():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            yield cur()
        finally:
            pass
        yield cur()
print(list(nested()))
print(cur())

# coroutines keep their own exception state too
async def co():
    try:
        raise LookupError("co")
    except LookupError:
        await Suspend()
        return cur()
class Suspend:
    def __await__(self):
        yield
c = co()
c.send(None)
try:
    raise NameError("caller2")
except NameError:
    try:
        c.send(None)
    except StopIteration as e:
        print("coroutine saw", e.value)
