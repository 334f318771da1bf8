# except* semantics: matching, partial handling, reraise, nesting
def run(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as g:
        print("ValueError handler:", repr(g))
    except* TypeError as g:
        print("TypeError handler:", repr(g))

run([ValueError(1), TypeError(2)])
try:
    run([ValueError(1), KeyError(3)])
except ExceptionGroup as e:
    print("unhandled:", repr(e))

# a naked exception is wrapped
try:
    raise ValueError("naked")
except* ValueError as g:
    print(type(g).__name__, repr(g.exceptions))

# reraise in handler keeps the original structure
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("in", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(repr(e))

# raising a new exception in a handler
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))

# each handler runs at most once, first match wins
try:
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
except* (ValueError, TypeError) as g:
    print("first", repr(g))
except* ValueError as g:
    print("never")

# else and finally with except*
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")

# can't catch ExceptionGroup with except*
try:
    try:
        raise ExceptionGroup("e", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)

# exceptions raised in several handlers are grouped together
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise IndexError("from v")
    except* TypeError:
        raise KeyError("from t")
except ExceptionGroup as e:
    print(repr(e))

# sys.exc_info inside except*
import sys
try:
    raise ExceptionGroup("eg", [OSError("o")])
except* OSError:
    print(repr(sys.exc_info()[1]))
