# formatting exception groups with the traceback module
import traceback, sys
def fail(exc):
    raise exc
def make():
    excs = []
    for e in (ValueError("v"), TypeError("t")):
        try:
            fail(e)
        except Exception as x:
            excs.append(x)
    return ExceptionGroup("several", excs)
try:
    raise make()
except ExceptionGroup:
    out = traceback.format_exc()
print(out.replace(__file__, "FILE"))

# nested groups and notes
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError("k")])])
eg.add_note("a note")
print("".join(traceback.format_exception(eg)))
# exception with notes
e = ValueError("with notes")
e.add_note("first")
e.add_note("second")
print("".join(traceback.format_exception_only(e)))
try:
    e.add_note(5)
except TypeError as t:
    print(t)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as t:
    print(t)
