import sys
# return in finally during exception in generator
def f1():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(f1())
# nested with + exception in __exit__ of inner suppressed by outer
class CM:
    def __init__(s, n, sup=False, exc=None): s.n, s.sup, s.exc = n, sup, exc
    def __enter__(s): return s
    def __exit__(s, t, v, tb):
        print("exit", s.n, t and t.__name__)
        if s.exc: raise s.exc
        return s.sup
with CM("outer", sup=True):
    with CM("inner", exc=KeyError("k")):
        raise ValueError
print("after")
# __exit__ receives the exception with traceback; exception attributes
class Insp:
    def __enter__(s): return s
    def __exit__(s, t, v, tb):
        print(t.__name__, v.args, tb.tb_lineno, v.__traceback__ is tb)
        return True
with Insp():
    raise ValueError("v")
# with in a loop with break/continue and exit returning True over break
for i in range(2):
    with CM("loop"):
        if i == 0:
            continue
        break
# exception in __enter__ -> __exit__ not called
class BadEnter:
    def __enter__(s): raise RuntimeError("enter")
    def __exit__(s, *a): print("never"); return True
try:
    with BadEnter(): pass
except RuntimeError as e:
    print(e)
# __exit__ suppressing exception in generator
def gen():
    with CM("g", sup=True):
        yield 1
        raise ValueError
    yield 2
print(list(gen()))
# sys.exc_info inside __exit__
class EI:
    def __enter__(s): return s
    def __exit__(s, t, v, tb):
        print("exc_info in exit:", sys.exc_info()[0])
        return True
with EI():
    raise KeyError
with EI():
    pass
# exception context when __exit__ raises while handling
class RaiseExit:
    def __enter__(s): return s
    def __exit__(s, *a): raise TypeError("from exit")
try:
    with RaiseExit():
        pass
except TypeError as e:
    print("no context:", e.__context__)
# try/except/else/finally with return in else
def tr():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return "else %d" % x
    finally:
        print("fin")
print(tr())
# except clause with a tuple built at runtime and non-exception class
excs = (KeyError, IndexError)
try:
    [][1]
except excs as e:
    print("tuple match", type(e).__name__)
try:
    try:
        1/0
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    try:
        1/0
    except (ValueError, 5):
        pass
except TypeError as e:
    print(e)
# exception variable is deleted after except, even if shadowing
e = "outer"
try:
    raise ValueError
except ValueError as e:
    pass
print("e" in dir())
# raise in except with bare raise after another handled exception
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError:
            pass
        raise
except ValueError as e:
    print("re-raised", e)
# continue in finally inside while
n = 0
while n < 3:
    n += 1
    try:
        raise ValueError
    finally:
        continue
print("n", n)
# break in try inside finally-protected loop with else
for i in range(3):
    try:
        break
    finally:
        print("finally before break")
else:
    print("no")
print("done")
