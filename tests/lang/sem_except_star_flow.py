# except* together with functions, generators and finally
def handler_order():
    log = []
    try:
        raise ExceptionGroup("g", [KeyError(1), ValueError(2), KeyError(3)])
    except* KeyError as g:
        log.append(("key", [e.args[0] for e in g.exceptions]))
    except* ValueError as g:
        log.append(("val", [e.args[0] for e in g.exceptions]))
    finally:
        log.append("finally")
    return log
print(handler_order())

# unhandled part propagates with the original tracebacks; handled part disappears
def partial():
    try:
        raise ExceptionGroup("g", [KeyError(1), OSError(2)])
    except* KeyError:
        pass
try:
    partial()
except ExceptionGroup as e:
    print(repr(e), e.__traceback__ is not None)

# except* inside a generator
def gen():
    try:
        yield 1
        raise ExceptionGroup("in gen", [ValueError("x")])
    except* ValueError as g:
        yield "handled " + repr(g.exceptions)
print(list(gen()))

# raise from inside except* with an explicit cause
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as g:
        raise RuntimeError("wrapped") from g
except ExceptionGroup as e:
    r = e.exceptions[0]
    print(repr(e), repr(r), repr(r.__cause__))

# the matched group is bound only inside the handler
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as bound:
    pass
try:
    bound
except NameError as e:
    print(e)

# exceptions that are not BaseExceptions / a match on an empty split
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* TypeError:
        print("not reached")
except ExceptionGroup as e:
    print("passed through:", repr(e))

# BaseExceptionGroup with KeyboardInterrupt caught by except* KeyboardInterrupt
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt as g:
    print("KI group", type(g).__name__)
except* ValueError as g:
    print("VE group", type(g).__name__)
