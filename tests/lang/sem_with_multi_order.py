# multiple context managers: entered left to right, exited right to left
log = []
class CM:
    def __init__(self, n, suppress=False): self.n, self.suppress = n, suppress
    def __enter__(self):
        log.append("enter " + self.n)
        return self.n
    def __exit__(self, t, v, tb):
        log.append("exit %s %s" % (self.n, t.__name__ if t else None))
        return self.suppress
with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append("body %s%s%s" % (a, b, c))
print(log); log.clear()
with (CM("p") as p,
      CM("q", suppress=True),
      CM("r")):
    raise ValueError
print(log); log.clear()
# the middle manager suppresses: outer ones see no exception
try:
    with CM("x"), CM("y"):
        raise KeyError
except KeyError:
    log.append("KeyError escaped")
print(log); log.clear()
# contextlib.ExitStack unwinds in reverse and can suppress
import contextlib
with contextlib.ExitStack() as st:
    for n in "uvw":
        st.enter_context(CM(n))
    st.callback(log.append, "callback")
print(log); log.clear()
@contextlib.contextmanager
def gen_cm(name):
    log.append("setup " + name)
    try:
        yield name.upper()
    except ZeroDivisionError:
        log.append("handled in " + name)
    finally:
        log.append("teardown " + name)
with gen_cm("g") as v:
    log.append("got " + v)
    1 / 0
print(log); log.clear()
try:
    with gen_cm("h"):
        raise TypeError("passes through")
except TypeError as e:
    log.append("outer caught " + str(e))
print(log); log.clear()
with contextlib.suppress(IndexError, KeyError):
    [][0]
print("suppressed")
