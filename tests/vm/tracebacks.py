import sys

def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def a():
    b()
def b():
    c = 1
    raise ValueError('deep')

try:
    a()
except ValueError as e:
    print(lines(e.__traceback__))
    print(type(e.__traceback__).__name__)

# re-raise keeps the traceback, adds the catching frame only once
def reraiser():
    try:
        a()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print(lines(e.__traceback__))

# raise e again from another place adds entries
saved = None
try:
    a()
except ValueError as e:
    saved = e
def raise_saved():
    raise saved
try:
    raise_saved()
except ValueError as e:
    print(lines(e.__traceback__))

# implicit chaining
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}['missing']
except KeyError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

# explicit chaining
try:
    try:
        int('x')
    except ValueError as v:
        raise TypeError('t') from v
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    raise TypeError('none') from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)

# no cycle when re-raising the handled exception
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)

# frames
def fr():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno
def caller():
    return fr()
print(caller())
print(sys._getframe().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)

def locs():
    x = 1
    y = 'two'
    return sys._getframe().f_locals
print(sorted(locs().items()))

# traceback through a generator
def gen():
    yield 1
    raise KeyError('g')
try:
    for _ in gen():
        pass
except KeyError as e:
    print(lines(e.__traceback__))

# exception in a C-called Python function (map)
def boom(x):
    raise IndexError(x)
try:
    list(map(boom, [1]))
except IndexError as e:
    print(lines(e.__traceback__))

# bare raise without active exception
try:
    raise
except RuntimeError as e:
    print(e)

# with_traceback and tb_next writable
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_lasti >= 0)
    e2 = ValueError('x').with_traceback(tb)
    print(lines(e2.__traceback__))

# exception context through a finally
try:
    try:
        raise ValueError('first')
    finally:
        pass
except ValueError as e:
    print(e, e.__context__)

def nested_handler():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise ValueError('inner')
        except ValueError as v:
            return v
v = nested_handler()
print(repr(v), repr(v.__context__))
print(sys.exc_info())
