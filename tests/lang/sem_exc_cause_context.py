# __cause__, __context__, __suppress_context__
def show(e):
    print(repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__),
          "suppress:", e.__suppress_context__)

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
except KeyError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    except ValueError as v:
        raise KeyError("b") from v
except KeyError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b") from None
except KeyError as e:
    show(e)

# from a class: instantiated
try:
    raise KeyError("x") from IndexError
except KeyError as e:
    show(e)

# from something invalid
try:
    raise KeyError("x") from 5
except TypeError as e:
    print("TypeError", e)

# setting attributes by hand
e = ValueError()
e.__cause__ = KeyError()
print(e.__suppress_context__)
try:
    e.__cause__ = 1
except TypeError as t:
    print(t)
try:
    e.__context__ = "x"
except TypeError as t:
    print(t)
try:
    e.__suppress_context__ = 1
except TypeError as t:
    print(t)
try:
    del e.__suppress_context__
except TypeError as t:
    print(t)
e.__suppress_context__ = False
print(e.__suppress_context__)

# context is not set to itself (no cycles)
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    print("self-context:", e.__context__)

# cycle breaking: raising an old exception inside handler of a newer one
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise KeyError("B")
        except KeyError as b:
            raise a
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
