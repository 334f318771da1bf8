try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    except ValueError as v:
        raise KeyError("second") from v
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise ValueError("x")
    except ValueError:
        raise KeyError("y") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
def reraise():
    try:
        raise IndexError("orig")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e)
try:
    raise TypeError
except TypeError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError("in finally")
except ValueError:
    try:
        pass
    finally:
        pass
    print("still handling")
