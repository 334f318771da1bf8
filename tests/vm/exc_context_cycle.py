# Cycles in __context__ chains: raising walks them without hanging, and the
# printed chain stops at an exception it has already shown.
import sys, traceback

def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)

a, b = ValueError('a'), KeyError('b')
a.__context__, b.__context__ = b, a
try:
    try:
        raise a
    except ValueError:
        raise RuntimeError('c')
except RuntimeError as e:
    print(repr(e.__context__), repr(e.__context__.__context__), repr(e.__context__.__context__.__context__))
    lines = traceback.format_exception(e)
    print(len(lines), [l for l in lines if not l.startswith(' ')])
# the interpreter's own report (sys.excepthook), captured from sys.stderr
import io, os
sys.stderr = io.StringIO()
sys.excepthook(type(exc), exc, exc.__traceback__)
report, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
print(report.replace(os.path.abspath(__file__), 'FILE'))
