# frames: sys._getframe, f_back, f_lineno, f_locals, f_globals, f_code, tracebacks' frames
import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
def caller():
    return where()
print(caller())
def outer():
    def inner():
        fr = sys._getframe()
        return fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_back.f_code.co_name
    return inner()
print(outer())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)
print(sys._getframe().f_code.co_name, sys._getframe().f_globals is globals(), sys._getframe().f_back)
# f_locals snapshots
def locs(a, b=2):
    c = a + b
    fl = sys._getframe().f_locals
    return sorted(fl.items())
print(locs(1))
# writing to f_locals of a function frame does not change the local
def write():
    x = 1
    sys._getframe().f_locals["x"] = 2
    return x
print(write())
# module-level f_locals is the globals dict
print(sys._getframe().f_locals is globals())
# f_lineno of frames in a traceback
def fail():
    raise ValueError("tb")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno))
        tb = tb.tb_next
    print(frames)
# generator frames
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
g = gen()
print(next(g), next(g), g.gi_frame.f_code.co_name)
# f_trace, f_builtins, f_lasti exist
fr = sys._getframe()
print(fr.f_trace, fr.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else type(fr.f_builtins).__name__,
      isinstance(fr.f_lasti, int))
# frame repr does not crash; frame.clear on an executing frame
try:
    fr.clear()
except RuntimeError as e:
    print("RuntimeError", e)
# code object basics
def sample(a, b, *args, c, **kw):
    local = 1
    return local
co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_nlocals,
      co.co_filename == __file__, co.co_firstlineno)
print(type(co.co_code).__name__, co.co_names, sorted(co.co_consts, key=repr)[:2] if False else "")
print([l for l in co.co_lines()][:1] != [], co.replace(co_name="renamed").co_name)
