# assigning and deleting read-only attributes of builtin objects: CPython's two messages
# ("readonly attribute" for members, "... is not writable" for getters without a setter)
import sys, types
def f(): pass
class C:
    def m(self): pass
objs = {"function": f, "method": C().m, "code": f.__code__, "property": property(), "staticmethod": staticmethod(f),
        "classmethod": classmethod(f), "range": range(3), "slice": slice(1), "complex": 1j, "int": 1, "float": 1.0,
        "str": "s", "list": [], "type": C, "module": types, "exception": ValueError(), "generator": (x for x in ""),
        "frame": sys._getframe(), "cell": types.CellType(1), "builtin": len, "none": None}
skip = {("staticmethod", "__dict__"), ("classmethod", "__dict__"), ("exception", "__dict__"), ("frame", "f_lineno"),
        ("builtin", "__module__")}
keep = ("__doc__", "__name__", "__qualname__", "__dict__", "__module__", "__class__", "__self__", "__func__", "__wrapped__",
        "__closure__", "__globals__", "__defaults__", "__code__")
for name, o in objs.items():
    for a in sorted(n for n in dir(o) if not (n.startswith("__") and n.endswith("__")) or n in keep):
        if (name, a) in skip:
            continue
        try:
            old = getattr(o, a)
        except Exception:
            continue
        try:
            setattr(o, a, old)
            r = "set ok"
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(name, a, r)
for o, a in [(f.__code__, "co_name"), (f.__code__, "co_varnames"), (property(), "fget"), (range(1), "start"), (1j, "real"),
             (C().m, "__func__"), (slice(1), "stop")]:
    try:
        delattr(o, a)
    except AttributeError as e:
        print("del", type(o).__name__, a, e)
