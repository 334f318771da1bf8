# implicit chaining in except and finally blocks
def show(e):
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))

try:
    try:
        1 / 0
    finally:
        raise KeyError("in finally")
except KeyError as e:
    show(e)

try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            raise IndexError(3)
except IndexError as e:
    show(e)

# an exception handled before a new one is raised does not become context
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise KeyError("fresh")
except KeyError as e:
    show(e)

# context inside a with __exit__
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with CM():
        raise ValueError("body")
except RuntimeError as e:
    show(e)

# explicit cause keeps context too
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        raise KeyError("k") from TypeError("cause")
except KeyError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# exception in a function called from a handler
def fails():
    raise OSError("inner")
try:
    try:
        raise ValueError("outer")
    except ValueError:
        fails()
except OSError as e:
    show(e)

# context of a generator exception
def gen():
    try:
        yield
    except ValueError:
        raise KeyError("in gen")
g = gen(); next(g)
try:
    g.throw(ValueError("thrown"))
except KeyError as e:
    show(e)
