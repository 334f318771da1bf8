# try/except/else/finally forms and handler matching
def run(f):
    try:
        print(f.__name__, "->", f())
    except BaseException as e:
        print(f.__name__, "-> escaped", type(e).__name__, e)
def t1():
    try:
        raise KeyError("k")
    except (ValueError, (TypeError, (KeyError,))) as e:
        return "nested tuple matched " + repr(e)
def t2():
    try:
        raise KeyError("k")
    except LookupError:
        return "base class matched"
def t3():
    excs = (ValueError, KeyError)
    try:
        raise KeyError
    except excs:
        return "tuple in a variable"
def t4():
    try:
        raise ValueError
    except ():
        return "empty tuple never matches"
def t5():
    try:
        pass
    except ValueError:
        return "not run"
    else:
        return "else runs without exception"
    finally:
        print("  finally of t5")
def t6():
    try:
        x = 1
    except Exception:
        pass
    else:
        raise RuntimeError("from else, not caught by the same try")
def t7():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("  inner finally")
    except ValueError as e:
        return "outer caught " + str(e)
def t8():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
        except ValueError:
            continue
        finally:
            print("  finally", i)
    return "loop done"
def t9():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as e2:
            return "inner handler sees context " + repr(e2.__context__)
def t10():
    e = None
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals()
def t11():
    try:
        raise StopIteration
    except Exception as e:
        return "StopIteration is an Exception: " + type(e).__name__
def t12():
    try:
        raise KeyboardInterrupt
    except Exception:
        return "not caught by Exception"
    except BaseException as e:
        return "caught by BaseException: " + type(e).__name__
def t13():
    import sys
    try:
        raise ValueError("info")
    except ValueError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), tb is v.__traceback__, sys.exception() is v
def t14():
    class MetaCheck(type):
        def __instancecheck__(cls, inst): return True
        def __subclasscheck__(cls, sub): return True
    class Anything(Exception, metaclass=MetaCheck): pass
    try:
        raise ValueError("v")
    except Anything:
        return "__subclasscheck__ used for except"
    except ValueError:
        return "plain ValueError handler"
for f in [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14]:
    run(f)
for src in ["try:\n    pass\n", "try:\n    pass\nelse:\n    pass\n", "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
            "try:\n    pass\nfinally:\n    pass\nelse:\n    pass\n", "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n",
            "try:\n    pass\nexcept ValueError as e.x:\n    pass\n", "try:\n    pass\nexcept ValueError as (a, b):\n    pass\n",
            "try:\n    pass\nexcept (ValueError, TypeError) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
            "try: pass\nexcept: pass\n", "try:\npass\nexcept:\n    pass\n", "try:\n    pass\nexcept ValueError as e:\n    del e\n"]:
    try:
        compile(src, "<t>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno)
