# builtin functions and methods of builtin types called with no arguments, too many, and an
# unknown keyword: CPython's messages
import builtins
def attempt(label, f, *args, **kw):
    try:
        f(*args, **kw)
        r = "ok"
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, r)
def sweep(prefix, f):
    attempt(prefix + " 0", f)
    attempt(prefix + " 6", f, 1, 2, 3, 4, 5, 6)
    attempt(prefix + " kw", f, bogus_kw=1)
skip = ("input", "breakpoint", "help", "exit", "quit", "license", "credits", "copyright", "print", "open")
for n in sorted(n for n in dir(builtins) if not n.startswith("_") and n[0].islower() and n not in skip):
    if callable(getattr(builtins, n)):
        sweep(n, getattr(builtins, n))
samples = {"str": "abc", "bytes": b"abc", "bytearray": bytearray(b"abc"), "list": [1, 2], "tuple": (1, 2), "dict": {"a": 1},
           "set": {1}, "frozenset": frozenset({1}), "int": 5, "float": 1.5, "complex": 1j, "range": range(3)}
for tname, obj in samples.items():
    for m in sorted(n for n in dir(obj) if not n.startswith("_") and n != "maketrans"):
        if callable(getattr(obj, m)):
            sweep("%s.%s" % (tname, m), getattr(obj, m))
