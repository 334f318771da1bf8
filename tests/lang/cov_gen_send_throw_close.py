# generator send/throw/close corner cases
def g():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    finally:
        print("cleanup")
it = g()
try:
    it.send(5)
except TypeError as e:
    print("TypeError", e)
print(it.send(None), it.send("a"))
it.close()
it.close()
print(it.gi_frame, it.gi_running)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
# throw into a not-started generator: no cleanup runs, exception propagates
it = g()
try:
    it.throw(ValueError("early"))
except ValueError as e:
    print("ValueError", e, it.gi_frame)
# throw with a type, a type and value, and an instance
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", repr(e), e.__traceback__ is not None)
c = catcher(); next(c)
c.throw(KeyError)
c.throw(KeyError, "val")
c.throw(KeyError("inst"))
c.throw(KeyError, KeyError("inst2"))
try:
    c.throw(KeyError("a"), "b")
except TypeError as e:
    print("TypeError", e)
try:
    c.throw(42)
except TypeError as e:
    print("TypeError", e)
try:
    c.throw(object)
except TypeError as e:
    print("TypeError", e)
# close() when the generator yields in finally
def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
# close() when generator catches GeneratorExit and returns
def returner():
    try:
        yield 1
    except GeneratorExit:
        return "ret"
r = returner(); next(r)
print(r.close())
# close() when generator raises another exception
def raiser():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
r = raiser(); next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError", e)
# throw that the generator converts to a return
def conv():
    try:
        yield 1
    except KeyError:
        return "converted"
cv = conv(); next(cv)
try:
    cv.throw(KeyError)
except StopIteration as e:
    print("StopIteration value", e.value)
# throw GeneratorExit directly
def ge():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
g2 = ge(); next(g2)
try:
    g2.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
# re-entrancy
def reent():
    yield me.send(None)
me = reent()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
# send returning from a yield from on the inner generator
def inner():
    v = yield "i1"
    return "inner got %s" % v
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.send("X"))
# throw into yield from delegates to the inner generator
def inner2():
    try:
        yield 1
    except ValueError as e:
        yield "inner handled %s" % e
def outer2():
    yield from inner2()
    yield "outer continues"
o = outer2(); next(o)
print(o.throw(ValueError("v")), next(o))
# close propagates to the inner generator
def inner3():
    try:
        yield 1
    finally:
        print("inner3 finally")
def outer3():
    try:
        yield from inner3()
    finally:
        print("outer3 finally")
o = outer3(); next(o); o.close()
# gi_yieldfrom and gi_suspended-like state
o = outer3(); print(o.gi_yieldfrom); next(o); print(type(o.gi_yieldfrom).__name__); o.close()
# yield inside try/except with send of exceptions as values
def vals():
    while True:
        v = yield
        print("value", repr(v))
vv = vals(); next(vv); vv.send(ValueError("just a value")); vv.close()
# StopIteration raised inside a generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
# return value of exhausted generator only once
def rv():
    return 5
    yield
x = rv()
for _ in range(2):
    try:
        next(x)
    except StopIteration as e:
        print("StopIteration", e.value)
