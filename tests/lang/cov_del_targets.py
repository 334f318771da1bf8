# del of every target kind
log = []
class A:
    def __delattr__(self, k):
        log.append("delattr " + k)
        object.__delattr__(self, k)
class M:
    def __init__(self): self.d = {}
    def __delitem__(self, k):
        log.append("delitem %r" % (k,))
x = 1
del x
try:
    x
except NameError as e:
    print("NameError", e)
a = A(); a.p = 1; a.q = 2
del a.p, a.q
print(log, vars(a)); log.clear()
try:
    del a.p
except AttributeError as e:
    print("AttributeError", e, log); log.clear()
m = M()
del m[1], m[1:2], m[::3], m[1, 2], m[...], m[:, 1]
print(log); log.clear()
lst = list(range(10))
del lst[::3]
print(lst)
del lst[-1], lst[0]
print(lst)
del lst[1:3]
print(lst)
try:
    del lst[100]
except IndexError as e:
    print("IndexError", e)
d = {"a": 1, "b": 2}
del d["a"]
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
print(d)
# tuple and list targets
p, q, r = 1, 2, 3
del (p, q), [r]
print([n in globals() for n in "pqr"])
s, t = 1, 2
del [s, [t]]
print("s" in globals(), "t" in globals())
# del in a function makes the name local
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: %s" % e
print(f())
def f2():
    del w
    w = 2
try:
    f2()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
# del of a cell variable
def f3():
    c = 1
    def inner(): return c
    del c
    try:
        inner()
    except NameError as e:
        return "NameError: %s" % e
print(f3())
# del of a global from a function
gv = 5
def f4():
    global gv
    del gv
f4(); print("gv" in globals())
try:
    f4()
except NameError as e:
    print("NameError", e)
# del of a nonlocal
def f5():
    n = 1
    def inner():
        nonlocal n
        del n
    inner()
    try:
        n
    except NameError as e:
        return str(e)
print(f5())
# del inside class body
class C:
    tmp = 1
    del tmp
    try:
        del tmp
    except NameError as e:
        err = str(e)
print(hasattr(C, "tmp"), C.err)
# del of immutable items and unsupported targets
for src, ns in [("del t[0]", {"t": (1,)}), ("del s[0]", {"s": "ab"}), ("del n.real", {"n": 1}), ("del o.x", {"o": object()}),
                ("del f.__name__", {"f": f}), ("del f.__dict__", {"f": f}), ("del T.__name__", {"T": int})]:
    try:
        exec(src, ns)
        print(src, "ok")
    except (TypeError, AttributeError) as e:
        print(src, type(e).__name__, e)
for src in ["del f()", "del a + b", "del (a, b + 1)", "del [a, 1]", "del *a", "del (*a, b)", "del a if b else c",
            "del (a := 1)", "del -a", "del a, ", "del ()", "del []", "del (a), [b], ((c))", "del f'x'", "del None",
            "del a.b.c[d](e)"]:
    try:
        compile(src, "<d>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg, e.offset)
# del of a loop variable and then reuse
for i in range(2):
    pass
del i
print("i" in globals())
# del exception variable is implicit at end of except
try:
    1 / 0
except ZeroDivisionError as exc:
    pass
print("exc" in globals())
