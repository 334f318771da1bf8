# generator throw() semantics
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield "recovered"
    yield "after"

it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))

# throw into an unstarted generator: raised at the start, generator is finished
it = g()
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(it))

# throw with type only / with type and value
def h():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)
it = h(); next(it)
it.throw(ValueError)
it.throw(TypeError, "msg")
it.throw(TypeError("inst"))
try:
    it.throw(1)
except TypeError as e:
    print(e)

# throw into a finished generator
def one():
    yield 1
it = one()
list(it)
try:
    it.throw(IndexError("x"))
except IndexError as e:
    print("finished gen re-raises", repr(e))

# throw StopIteration inside -> RuntimeError
def s():
    yield 1
it = s(); next(it)
try:
    it.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# traceback from throw shows the yield line
import traceback
def tb():
    yield 1
it = tb(); next(it)
try:
    it.throw(ValueError("v"))
except ValueError as e:
    t = e.__traceback__
    while t.tb_next:
        t = t.tb_next
    print(t.tb_frame.f_code.co_name, t.tb_lineno)
