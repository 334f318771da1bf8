# sys.exc_info() / sys.exception() in nested handlers, after handlers and in generators
import sys
def cur():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

print(cur())
try:
    raise ValueError
except ValueError:
    print(cur())
    try:
        raise KeyError
    except KeyError:
        print(cur())
    print(cur())
print(cur())

# a function called from a handler sees the exception
def inside():
    return cur()
try:
    raise TypeError
except TypeError:
    print(inside())

# the handler restores the previous exception even when left by return
def leave():
    try:
        raise OSError
    except OSError:
        return cur()
try:
    raise IndexError
except IndexError:
    print(leave(), cur())

# finally blocks see the in-flight exception
try:
    try:
        raise LookupError
    finally:
        print("in finally:", cur())
except LookupError:
    pass

# exc_info in generator is the generator's own state when resumed
def gen():
    print("gen start", cur())
    try:
        raise ZeroDivisionError
    except ZeroDivisionError:
        yield cur()
        print("gen resumed", cur())
    yield cur()
g = gen()
try:
    raise NameError
except NameError:
    print(next(g))
print(next(g))
print(next(g, "end"))

print(sys.exception() if hasattr(sys, "exception") else None)
try:
    raise ValueError("x")
except ValueError:
    e = sys.exc_info()
    print(e[1].args, e[2].tb_lineno, e[2] is e[1].__traceback__)

# exc_info during except with 'as' deletion
try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)

# a generator started inside a handler sees the caller's exception as context
def raiser():
    raise KeyError("in gen")
    yield
def reraiser():
    raise
    yield
try:
    raise ValueError("outer")
except ValueError:
    try:
        next(raiser())
    except KeyError as e:
        print(repr(e), repr(e.__context__))
    try:
        next(reraiser())
    except ValueError as e:
        print("bare raise in generator:", repr(e))
def nested_gens():
    yield cur()
    def innerg():
        yield cur()
    yield from innerg()
try:
    raise OSError
except OSError:
    print(list(nested_gens()))
