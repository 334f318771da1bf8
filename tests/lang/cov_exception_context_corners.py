# exception chaining corners
def info(e):
    return "%r cause=%r context=%r suppress=%s" % (e, e.__cause__, e.__context__, e.__suppress_context__)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    print(info(e))
try:
    try:
        raise ValueError("a")
    except ValueError as v:
        raise TypeError("b") from v
except TypeError as e:
    print(info(e))
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as e:
    print(info(e))
# raise from a class instantiates it
try:
    raise TypeError("x") from KeyError
except TypeError as e:
    print(info(e))
# invalid cause
for cause in [5, "s", object()]:
    try:
        raise TypeError("x") from cause
    except TypeError as e:
        print("TypeError", e)
# setting __cause__ sets __suppress_context__
e = ValueError("m")
e.__cause__ = KeyError("k")
print(e.__suppress_context__)
e.__cause__ = None
print(e.__suppress_context__, e.__cause__)
try:
    e.__cause__ = 5
except TypeError as ex:
    print("TypeError", ex)
try:
    e.__context__ = "s"
except TypeError as ex:
    print("TypeError", ex)
# context is set for exceptions raised in finally and __exit__
try:
    try:
        raise ValueError("body")
    finally:
        raise KeyError("finally")
except KeyError as ex:
    print(info(ex))
# context of an exception raised while handling, after the handler ended, is not set
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise KeyError("later")
except KeyError as ex:
    print(info(ex))
# bare raise with no active exception
try:
    raise
except RuntimeError as ex:
    print("RuntimeError", ex)
def reraiser():
    raise
try:
    try:
        raise ValueError("active")
    except ValueError:
        reraiser()
except ValueError as ex:
    print("bare raise in called function:", repr(ex))
# raise non-exceptions
for bad in [5, "str", object, type, None]:
    try:
        raise bad
    except TypeError as ex:
        print("TypeError", ex)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as ex:
    print("TypeError", ex)
# exception class whose __init__ fails during raise
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("init failed")
try:
    raise BadInit
except RuntimeError as ex:
    print("RuntimeError", ex)
# except clause with a non-class
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as ex:
    print("TypeError", ex)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print("tuple with invalid second element still matches first")
except TypeError as ex:
    print("TypeError", ex)
# exception variable is deleted after the handler, even if reassigned
try:
    raise ValueError
except ValueError as err:
    err = "reassigned"
print("err" in dir())
def f():
    err = "before"
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as ex:
        return "UnboundLocalError: %s" % ex
print(f())
# __traceback__ chaining and with_traceback
try:
    raise ValueError("tb")
except ValueError as ex:
    tb = ex.__traceback__
    e2 = KeyError("k").with_traceback(tb)
    print(e2.__traceback__ is tb, tb.tb_lineno > 0, tb.tb_next)
try:
    ValueError().with_traceback(5)
except TypeError as ex:
    print("TypeError", ex)
