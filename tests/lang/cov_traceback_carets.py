# 3.11 traceback rendering with fine-grained positions (carets) via the traceback module
import traceback
def show(f):
    try:
        f()
    except BaseException:
        for line in traceback.format_exc().splitlines():
            print(line.replace(__file__, "FILE"))
    print("--")
def div():
    a = 1
    b = 0
    return a / b
def attr():
    obj = None
    return obj.missing_attribute
def sub():
    d = {"a": {"b": {}}}
    return d["a"]["b"]["c"]
def call():
    def inner(x):
        raise ValueError("bad %d" % x)
    return inner(1) + inner(2)
def multi():
    return (1 +
            "two")
def nested_call():
    return int(str(float("x")))
def binop():
    x = [1]
    return x + (3 * 4)
def whole_line():
    raise RuntimeError("whole line")
def method():
    return "abc".index("z")
def chained():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
def comp():
    return [1 / n for n in range(3, -1, -1)]
def lam():
    f = lambda v: v["k"]
    return f({})
for fn in [div, attr, sub, call, multi, nested_call, binop, whole_line, method, chained, comp, lam]:
    show(fn)
# format_exception_only and friends
try:
    compile("x = (1,\n2 3)", "<src>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
try:
    compile("def f():\n\treturn 1\n        return 2\n", "<tabs>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
try:
    raise ValueError("with\nnewline")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
e = KeyError("x"); e.add_note("a note") if hasattr(e, "add_note") else None
print(traceback.format_exception_only(type(e), e))
tb = None
try:
    div()
except ZeroDivisionError as exc:
    tb = exc.__traceback__
print([(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(tb)])
print([(fs.name, fs.colno, fs.end_colno) for fs in traceback.extract_tb(tb)])
