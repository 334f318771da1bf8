# the traceback module renders chains like the interpreter does
import traceback
def f():
    raise ValueError("inner problem")
def g():
    try:
        f()
    except ValueError as e:
        raise RuntimeError("outer problem") from e
try:
    g()
except RuntimeError:
    text = traceback.format_exc()
for line in text.splitlines():
    print(line.replace(__file__, "FILE"))

print("----")
try:
    try:
        {}["missing"]
    except KeyError:
        None.attr
except AttributeError:
    text = traceback.format_exc()
for line in text.splitlines():
    print(line.replace(__file__, "FILE"))

print("----")
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError("t") from None
except TypeError as e:
    for line in traceback.format_exception(e):
        print(line.rstrip().replace(__file__, "FILE"))
print(traceback.format_exception_only(KeyError, KeyError("k")))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 4, "x = (1\n", 3, 5))))
