# exception object behaviour: args, str, repr, attributes
for e in (ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(),
          OSError(2, "No such file"), OSError(2, "No such file", "path"), StopIteration(5),
          SystemExit(3), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")):
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(99999, "x")).__name__)
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, e.filename2)
print(StopIteration(1, 2).value, SystemExit().code, SystemExit(1, 2).code)
print(KeyError("a", "b"), str(KeyError(1)))

# args are settable; str follows args
e = ValueError("x")
e.args = ("new", 1)
print(e, repr(e))
e.args = [3]
print(e.args)

# user subclasses with custom __init__ and __str__
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
    def __str__(self):
        return "MyErr<%d>" % self.code
try:
    raise MyErr(7)
except MyErr as e:
    print(e, repr(e), e.args, e.code)

class NoInit(Exception):
    def __init__(self):
        pass
n = NoInit()
print(n.args, repr(n))
class WithNew(Exception):
    def __new__(cls, *a):
        self = super().__new__(cls, *a)
        self.extra = "from new"
        return self
print(WithNew(1).args, WithNew(1).extra)

# exceptions have a __dict__
ex = ValueError()
ex.custom = 1
print(ex.__dict__)

# raising non-exceptions
for bad in (1, "str", object, int):
    try:
        raise bad
    except TypeError as t:
        print(t)
# raising a class calls it
class Counting(Exception):
    made = 0
    def __init__(self, *a):
        Counting.made += 1
        super().__init__(*a)
try:
    raise Counting
except Counting as c:
    print(Counting.made, c.args)

# __repr__ of exceptions with one argument of various types
print(repr(ValueError(("tuple",))), repr(ValueError([1])), repr(Exception(None)))
