x = 10
class A:
    x = 5
    a = [x for _ in range(2)]
    b = [y for y in range(x)]
    c = {k: x for k in "ab"}
print(A.a, A.b, A.c)
def f():
    y = 1
    return [lambda: y + i for i in range(3)]
print([g() for g in f()])
def g():
    vals = [1, 2, 3]
    return sum(v for v in vals if v > min(vals))
print(g())
def h():
    return [[i * j for j in range(i)] for i in range(4)]
print(h())
i = "untouched"
[i for i in range(3)]
print(i)
def k():
    items = [(1, 2), (3, 4)]
    return {a: b for a, b in items}, [a + b for a, b in items]
print(k())
def first_iter_eager():
    it = iter([1, 2])
    gen = (v for v in it)
    next(it)
    return list(gen)
print(first_iter_eager())
