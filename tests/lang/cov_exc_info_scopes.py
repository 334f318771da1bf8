# sys.exc_info()/sys.exception() across function calls, generators, finally blocks and nested handlers
import sys
def current():
    e = sys.exception()
    return type(e).__name__ if e else None
def show(label):
    print(label, current(), sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
show("top")
try:
    raise ValueError("v")
except ValueError:
    show("in handler")
    def called(): show("in called function")
    called()
    try:
        raise KeyError("k")
    except KeyError:
        show("nested handler")
    show("after nested handler")
show("after handler")
# generators see the exception state of the code that resumes them
def gen():
    show("gen start")
    yield
    show("gen resumed")
    try:
        raise TypeError("t")
    except TypeError:
        yield
        show("gen inside its own handler")
g = gen()
next(g)
try:
    raise IndexError("i")
except IndexError:
    next(g)
show("caller while gen is suspended in its handler")
try:
    next(g)
except StopIteration:
    pass
# finally blocks see the in-flight exception
def fin():
    try:
        raise LookupError("l")
    finally:
        show("in finally")
try:
    fin()
except LookupError:
    pass
# after a handler that re-raises, the outer handler sees the new one
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise RuntimeError("b")
except RuntimeError:
    show("outer")
    print(repr(sys.exception().__context__))
# with statement __exit__ sees the exception via arguments and exc_info
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        show("in __exit__")
        return True
with CM():
    raise OSError("o")
show("after with")
# exc_info inside an except* handler
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    show("except*")
