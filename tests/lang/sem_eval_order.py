# evaluation order of calls, dicts, comparisons, assignments
log = []
def t(name, v=None):
    log.append(name)
    return v if v is not None else name

def f(*a, **k): return None
f(t("a"), t("b"), *[t("c")], k=t("d"), **{t("e"): t("f")})
print(log); log.clear()

t("func", f)(t("arg1"), t("arg2"))
print(log); log.clear()

d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
{t("k", 1): t("v", 2) for _ in range(1)}
print(log); log.clear()

# chained comparison: each operand evaluated at most once, short-circuits
t("x", 1) < t("y", 2) < t("z", 3)
print(log); log.clear()
t("x", 3) < t("y", 2) < t("z", 3)
print(log); log.clear()

# assignment: right side first, then targets left to right
class Rec:
    def __setitem__(self, k, v): log.append("set %s" % k)
r = Rec()
r[t("i1")] = r[t("i2")] = t("value")
print(log); log.clear()

a = {}
a[t("key")] = t("val")
print(log); log.clear()

# attribute call: object, then method lookup, then args
class O:
    def m(self, x): return x
    def __getattribute__(self, n):
        log.append("getattr " + n)
        return object.__getattribute__(self, n)
t("obj", O()).m(t("argument"))
print(log); log.clear()

# binary operators: left operand fully before right
t("l", 1) + t("r", 2) * t("r2", 3)
print(log); log.clear()
# boolean ops short-circuit
t("p", 0) or t("q", 0) or t("s", 5)
print(log); log.clear()
(t("p", 1) and t("q", 0)) and t("never", 1)
print(log); log.clear()
# conditional expression
t("a", 1) if t("cond", 0) else t("b", 2)
print(log); log.clear()
# subscripts and slices
[1, 2, 3][t("lo", 0):t("hi", 2):t("step", 1)]
print(log); log.clear()
# f-string parts left to right
f"{t('f1')}{t('f2')!r}{t('f3'):>5}"
print(log); log.clear()
# walrus inside comprehension condition
[y for x in range(3) if (y := t("w%d" % x, x))]
print(log); log.clear()
