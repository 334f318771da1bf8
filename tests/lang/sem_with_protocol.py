# with-statement protocol details
class CM:
    def __init__(self, name, suppress=False, enter_raises=None, exit_raises=None):
        self.name, self.suppress = name, suppress
        self.enter_raises, self.exit_raises = enter_raises, exit_raises
    def __enter__(self):
        print("enter", self.name)
        if self.enter_raises:
            raise self.enter_raises
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et and et.__name__, ev, tb is not None)
        if self.exit_raises:
            raise self.exit_raises
        return self.suppress

with CM("a") as x:
    print("body", x)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("continued")

try:
    with CM("a"), CM("b", enter_raises=KeyError("enter b")):
        print("not reached")
except KeyError as e:
    print("caught", repr(e))

try:
    with CM("x", exit_raises=TypeError("in exit")):
        raise ValueError("body")
except TypeError as e:
    print("caught", repr(e), "context", repr(e.__context__))

# suppressing return value: any truthy value
class Truthy(CM):
    def __exit__(self, *a):
        super().__exit__(*a)
        return [1]
with Truthy("t"):
    1 / 0
print("truthy suppressed")

# __exit__ is looked up on the type, before __enter__ is called
class NoExit:
    def __enter__(self): print("should not run")
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
o = CM("inst")
o.__exit__ = lambda *a: True   # instance attribute is ignored
try:
    with o:
        raise ValueError("not suppressed")
except ValueError as e:
    print("instance __exit__ ignored:", e)

# with and return/break
def f():
    for i in range(3):
        with CM("loop%d" % i):
            if i == 1:
                break
            continue
    with CM("ret"):
        return "returned"
print(f())

# target assignment happens after __enter__; nested targets
with CM("tup") as (p, *q):
    print(p, q)
d = {}
with CM("sub") as d["k"]:
    pass
print(d)
