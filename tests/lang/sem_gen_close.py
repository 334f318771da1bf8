# close() throws GeneratorExit; ignoring it is a RuntimeError
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")
it = g()
next(it)
print(it.close())
print(it.close())   # idempotent
print(list(it))

done = False
def stubborn():
    while not done:
        try:
            yield
        except GeneratorExit:
            print("ignoring")
st = stubborn(); next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError", e)
done = True
print(list(st))   # finish it explicitly

def returns_on_exit():
    try:
        yield
    except GeneratorExit:
        return 5
it = returns_on_exit(); next(it)
print(it.close())

def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("other")
it = raises_other(); next(it)
try:
    it.close()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)

# closing an unstarted generator does not run its body
def never():
    print("never printed")
    yield
n = never()
n.close()
print(n.gi_frame)

# closing while the generator is running
def selfclose():
    me.close()
    yield
me = selfclose()
try:
    next(me)
except ValueError as e:
    print(e)
