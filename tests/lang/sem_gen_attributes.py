# gi_frame, gi_running, gi_code, gi_yieldfrom, gi_suspended
def inner():
    yield "i1"
    yield "i2"
def outer():
    r = yield from inner()
    yield "o"
def watch():
    print("running inside:", w.gi_running)
    yield w.gi_running
w = watch()
print(w.gi_running)
print(next(w), w.gi_running)

g = outer()
print(g.gi_frame is not None, g.gi_frame.f_lasti >= -1, g.gi_yieldfrom)
print(g.gi_code.co_name, g.__name__, g.__qualname__)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name)
next(g); next(g)
print(g.gi_yieldfrom)
print(g.gi_frame.f_code.co_name, g.gi_frame.f_lineno)
list(g)
print(g.gi_frame, g.gi_running)

def nm():
    yield
x = nm()
x.__name__ = "renamed"
print(x.__name__, x.__qualname__)
try:
    x.__name__ = 1
except TypeError as e:
    print(e)
print(type(x).__name__, repr(x).startswith("<generator object nm at"))
import inspect
print(inspect.getgeneratorstate(x))
next(x)
print(inspect.getgeneratorstate(x))
x.close()
print(inspect.getgeneratorstate(x))
print(g.gi_suspended if hasattr(g, "gi_suspended") else "n/a")
