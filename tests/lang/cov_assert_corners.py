# assert statement corners
def check(f):
    try:
        f()
        print(f.__name__, "passed")
    except AssertionError as e:
        print(f.__name__, "AssertionError", repr(e), e.args)
def a1(): assert True
def a2(): assert False
def a3(): assert 0, "message"
def a4(): assert [], ["list", "message"]
def a5(): assert None, None
def a6():
    x = 5
    assert x < 3, f"x is {x}"
def a7():
    calls = []
    def msg():
        calls.append(1)
        return "lazy"
    assert True, msg()
    return calls
for f in [a1, a2, a3, a4, a5, a6]:
    check(f)
print("message not evaluated when true:", a7())
# assert with a tuple is always true (and a SyntaxWarning at compile time)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("assert (False, 'msg')", "<a>", "exec")
    compile("assert ()", "<a>", "exec")
    print([(x.category.__name__, str(x.message)) for x in w])
exec("assert (0, 'tuple is truthy')")
print("tuple assert passed")
# AssertionError can be replaced through builtins? No: assert uses the real class
import builtins
orig = builtins.AssertionError
class Fake(Exception): pass
builtins.AssertionError = Fake
try:
    assert False, "real one"
except orig as e:
    print("real AssertionError raised:", type(e).__name__)
except Fake:
    print("fake raised")
finally:
    builtins.AssertionError = orig
# __debug__ is True without -O and cannot be assigned
print(__debug__)
for src in ["assert", "assert x,", "assert x, y, z", "assert (x, y) = 1", "assert *x", "assert x, *y", "assert x if y"]:
    try:
        compile(src, "<a>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
# assertion message can be any object
try:
    assert False, {"k": 1}
except AssertionError as e:
    print(e.args[0]["k"])
# assertion inside a generator and a lambda
def g():
    yield 1
    assert False, "in generator"
try:
    list(g())
except AssertionError as e:
    print("generator:", e)
