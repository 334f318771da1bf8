# str() and repr() of exceptions with various args, and special exception attributes
cases = [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(1), ValueError(None), ValueError(("t",)),
         KeyError(), KeyError("k"), KeyError("a", "b"), KeyError(1), KeyError(""),
         OSError(), OSError("msg"), OSError(2, "No such file"), OSError(2, "No such file", "name.txt"),
         OSError(2, "No such file", "a", None, "b"), FileNotFoundError(2, "gone", "f"), OSError(1, 2, 3, 4, 5, 6),
         UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
         UnicodeEncodeError("ascii", "\xe9", 0, 1, "ordinal not in range"),
         UnicodeTranslateError("\xe9", 0, 1, "no"),
         SyntaxError(), SyntaxError("msg"), SyntaxError("msg", ("file.py", 3, 4, "text", 3, 5)),
         SyntaxError("msg", (None, 3, 4, "text")), SyntaxError("msg", ("f", None, None, None)),
         StopIteration(), StopIteration(5), StopIteration(1, 2), SystemExit(), SystemExit(3), SystemExit("bye"),
         ImportError(), ImportError("m", name="n", path="p"), ModuleNotFoundError("no mod", name="x"),
         AttributeError("attr"), NameError("nm"), BaseExceptionGroup("grp", [ValueError(1)]),
         ExceptionGroup("eg", [TypeError("t"), KeyError("k")]), UnicodeError("plain unicode error")]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = OSError(2, "No such file", "name.txt")
print(e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
e = OSError(2, "x", "a", None, "b")
print(e.errno, e.filename, e.filename2)
print(type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__, type(OSError(99999, "?")).__name__)
u = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "bad")
print(u.encoding, u.object, u.start, u.end, u.reason)
u.reason = "changed"
print(str(u))
s = SyntaxError("msg", ("file.py", 3, 4, "text\n", 3, 5))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, s.print_file_and_line)
i = ImportError("m", name="n", path="p")
print(i.msg, i.name, i.path)
try:
    ImportError("m", bogus=1)
except TypeError as ex:
    print("TypeError", ex)
st = StopIteration(1, 2)
print(st.value)
n = NameError("x", name="nm") if False else NameError("x")
print(n.name if hasattr(n, "name") else "no name attr")
a = AttributeError("a")
print(a.name, a.obj)
# args can be replaced; str follows
e = ValueError("orig")
e.args = ("new", 2)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
# __str__ that raises or returns non-str
class BadStr(Exception):
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as ex:
    print("TypeError", ex)
class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
c = Custom(1, 2)
print(str(c), repr(c), c.args, c.b)
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
print(repr(NoSuperInit(5)), NoSuperInit(5).args)
# exception with notes
e = ValueError("with notes")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print("TypeError", ex)
