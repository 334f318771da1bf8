def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: 1 / 0)
attempt(lambda: [][1])
attempt(lambda: {}["k"])
attempt(lambda: int("x"))
attempt(lambda: undefined_name)
attempt(lambda: "a" + 1)
attempt(lambda: None.attr)
attempt(lambda: len(5))
try:
    raise ValueError("boom")
except ValueError as e:
    print("caught", repr(e))
finally:
    print("finally")
class MyError(Exception):
    pass
try:
    try:
        raise MyError("inner")
    except MyError:
        raise KeyError("outer")
except KeyError as e:
    print(repr(e), repr(e.__context__))
