# ExceptionGroup / BaseExceptionGroup API
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
def tree(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        return pad + "%s(%r)\n" % (type(e).__name__, e.message) + "".join(tree(x, depth + 1) for x in e.exceptions)
    return pad + repr(e) + "\n"
print(tree(eg), end="")
match, rest = eg.split(ValueError)
print(tree(match), tree(rest), end="")
print(tree(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))), end="")
print(eg.subgroup(OSError), eg.split(OSError)[0], tree(eg.split(OSError)[1]) == tree(eg))
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(ExceptionGroup) is eg)
# split by a predicate that is called on groups and leaves
seen = []
def pred(e):
    seen.append(type(e).__name__)
    return isinstance(e, KeyError)
eg.split(pred)
print(seen)
# constructor validation
for args in [("m", []), ("m", [1]), (5, [ValueError()]), ("m", ValueError()), ("m", (ValueError(),)), ("m",), ("m", [ValueError()], 3)]:
    try:
        g = ExceptionGroup(*args)
        print("ok", repr(g))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# BaseExceptionGroup picks ExceptionGroup when all are Exceptions
g = BaseExceptionGroup("b", [ValueError()])
print(type(g).__name__)
g = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(g).__name__)
try:
    ExceptionGroup("e", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
# derive, and subclasses that keep extra state
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
m = MyEG("mine", [ValueError(1), TypeError(2)], 42)
print(m.args, m.message, m.exceptions)
a, b = m.split(ValueError)
print(type(a).__name__, a.code, type(b).__name__, b.code, tree(a), end="")
class NoDerive(ExceptionGroup):
    pass
n = NoDerive("nd", [ValueError(1), TypeError(2)])
a, b = n.split(ValueError)
print(type(a).__name__, type(b).__name__)
# split copies traceback, context, cause and notes
try:
    raise ExceptionGroup("with tb", [ValueError("v"), TypeError("t")])
except ExceptionGroup as e:
    e.add_note("a note")
    e.__cause__ = KeyError("cause")
    part, _ = e.split(ValueError)
    print(part.__traceback__ is e.__traceback__, part.__cause__ is e.__cause__, part.__notes__, part.__notes__ is e.__notes__)
# exceptions attribute is a tuple; message must be str
print(type(eg.exceptions).__name__, ExceptionGroup("x", [ValueError()]).args)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
