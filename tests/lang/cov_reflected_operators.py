# binary operator dispatch: reflected methods, subclass priority, NotImplemented, error messages
log = []
class A:
    def __add__(self, o):
        log.append("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        log.append("A.__radd__")
        return "A.radd"
    def __lt__(self, o):
        log.append("A.__lt__")
        return NotImplemented
    def __gt__(self, o):
        log.append("A.__gt__")
        return NotImplemented
    def __eq__(self, o):
        log.append("A.__eq__")
        return NotImplemented
    __hash__ = object.__hash__
class B(A):
    def __radd__(self, o):
        log.append("B.__radd__")
        return "B.radd"
    def __gt__(self, o):
        log.append("B.__gt__")
        return "B.gt"
def run(label, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = "TypeError: %s" % e
    print(label, "->", r, log)
a, b = A(), B()
run("a + b", lambda: a + b)
run("b + a", lambda: b + a)
run("a + a", lambda: a + a)
run("1 + a", lambda: 1 + a)
run("a + 1", lambda: a + 1)
run("a < b", lambda: a < b)
run("b < a", lambda: b < a)
run("a < a", lambda: a < a)
run("a < 1", lambda: a < 1)
run("a == b", lambda: a == b)
run("a == a", lambda: a == a)
run("a != 1", lambda: a != 1)
# the reflected method of the same type is not tried
class Same:
    def __radd__(self, o):
        log.append("Same.__radd__")
        return "radd"
run("Same() + Same()", lambda: Same() + Same())
run("1 + Same()", lambda: 1 + Same())
# subclass of a builtin overriding the reflected method wins
class MyInt(int):
    def __radd__(self, o):
        return "MyInt.radd"
    def __rsub__(self, o):
        return NotImplemented
print(1 + MyInt(2), MyInt(2) + 1, type(MyInt(2) + 1).__name__)
try:
    1 - MyInt(1)
except TypeError as e:
    print("TypeError", e)
print(5 - MyInt(1) if False else "")
# in-place operators fall back to binary, then reflected
class I:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "I.radd"
x = 1
x += I()
print(x)
y = I()
try:
    y += 1
except TypeError as e:
    print("TypeError", e)
# error messages for every operator
class Z: pass
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", "<=", ">", ">="]:
    try:
        eval("Z() %s 1" % op)
    except TypeError as e:
        print(op, "TypeError", e)
for op in ["+=", "-=", "*=", "@=", "**=", "|="]:
    try:
        z = Z()
        exec("z %s 1" % op)
    except TypeError as e:
        print(op, "TypeError", e)
for expr in ["-Z()", "+Z()", "~Z()", "abs(Z())", "pow(Z(), 2, 3)", "divmod(Z(), 1)", "round(Z())", "Z()[0]",
             "len(Z())", "Z()()", "1 in Z()", "iter(Z())", "hash([])", "[] < ()", "None < None", "'a' * 'b'", "[1] * 1.5"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "TypeError", e)
