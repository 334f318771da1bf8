# assignment statements: order of evaluation and targets
log = []
class L(list):
    def __setitem__(self, k, v):
        log.append("set[%r]=%r" % (k, v))
        super().__setitem__(k, v)
class O:
    def __setattr__(self, k, v):
        log.append("setattr %s=%r" % (k, v))
        object.__setattr__(self, k, v)
def ev(tag, v):
    log.append("eval " + tag)
    return v
# chained assignment assigns left to right, value evaluated first
a = L([0, 0, 0])
o = O()
ev("t1", a)[ev("i1", 0)] = ev("t2", o).x = ev("value", 7)
print(log); log.clear()
# target lists: the index uses the value assigned just before
i = 0
a = L([10, 20, 30])
i, a[i] = 2, 99
print(i, a, log); log.clear()
x = [0, 1, 2]
x[0], x[x[0]] = 2, 5
print(x)
# swap and rotation
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
# star target in the middle, nested targets
(first, *mid, last), tail = [1, 2, 3, 4], "t"
print(first, mid, last, tail)
[[d1, d2], [d3]] = ["ab", "c"]
print(d1, d2, d3)
# same name assigned twice in a target list: last wins
n, n = 1, 2
print(n)
# attribute targets evaluated left to right
o1, o2 = O(), O()
ev("a", o1).v, ev("b", o2).v = ev("rhs", (1, 2))
print(log); log.clear()
# assignment to a slice with an iterator/generator
s = L([1, 2, 3, 4])
s[1:3] = "xyz"
print(s, log); log.clear()
s = [1, 2, 3, 4, 5]
s[::2] = "abc"
print(s)
try:
    s[::2] = "ab"
except ValueError as e:
    print("ValueError", e)
s[1:1] = [9, 9]
print(s)
s[:] = []
print(s)
# extended slice deletion-by-assignment forms
t = list(range(10))
t[8:2:-2] = [0, 0, 0]
print(t)
# assignment expression values used as targets are not allowed; values are
d = {}
try:
    d[(k := "key")] = k.upper()
except NameError as e:
    print("NameError", e)
d[(k := "key")] = "value"
print(d, k)
# multiple targets each get the same object
m1 = m2 = []
m1.append(1)
print(m2, m1 is m2)
# augmented-assign cannot be chained; unpacking a dict gives keys
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
# assignment to __debug__ and keywords is refused at compile time
for src in ["__debug__ = 1", "x.__debug__ = 1", "x[__debug__] = 1", "(a, __debug__) = 1, 2", "del __debug__",
            "for __debug__ in []: pass", "with a as __debug__: pass", "import __debug__", "import a as __debug__",
            "from a import __debug__", "def __debug__(): pass", "class __debug__: pass", "lambda __debug__: 0",
            "f(__debug__=1)", "__debug__: int", "(__debug__ := 1)", "print(__debug__)"]:
    try:
        compile(src, "<a>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
