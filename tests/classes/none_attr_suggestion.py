# "Did you mean" for attributes of None, shown by sys.excepthook as in CPython 3.11;
# an AttributeError whose .obj was never set offers nothing, an explicit obj=None does.
import sys, io

def hook_text(e):
    old = sys.stderr
    e.__traceback__ = None      # no file paths in the output
    sys.stderr = buf = io.StringIO()
    try:
        sys.excepthook(type(e), e, None)
    finally:
        sys.stderr = old
    return buf.getvalue()

for expr in ["None.__clas__", "None.__bool_", "None.__repr", "None.xyz", "(1).real_", "'s'.uper"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, "->", hook_text(e), end="")
        print("  obj:", repr(e.obj), "name:", repr(e.name))

e = AttributeError("plain", name="__clas__")
print(repr(hook_text(e)), e.obj)
e = AttributeError("explicit", name="__clas__", obj=None)
print(repr(hook_text(e)), e.obj)
del e.obj
print(repr(hook_text(e)), e.obj)
e.obj = None
print(repr(hook_text(e)), e.obj)

class Holder:
    value = None
try:
    Holder().value.__clas__
except AttributeError as e:
    print(hook_text(e), end="")
