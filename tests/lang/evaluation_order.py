log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, k
f(v(1), v(2), *[v(3)], k=v(4), **{"z": v(5)})
print(log); log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log); log.clear()
v("a")[0:0] if False else None
x = [0, 0]
x[v(0)] = v("rhs")
print(log); log.clear()
o = type("O", (), {})()
v("obj") and None; o.attr = v("val")
print(log); log.clear()
a = v(1) + v(2) * v(3)
print(log); log.clear()
v("base") if v("cond") else v("other")
print(log); log.clear()
[v(i) for i in range(2)]
print(log); log.clear()
t = v("t1"), v("t2")
print(log); log.clear()
y = v("first") < v("second") < v("third")
print(log); log.clear()
x[v(1)] += v(10)
print(log, x); log.clear()
