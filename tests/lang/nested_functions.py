def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()()
print(outer())
def counter_factory():
    counts = {}
    def count(k):
        counts[k] = counts.get(k, 0) + 1
        return counts[k]
    return count
cnt = counter_factory()
cnt("a"); cnt("a")
print(cnt("a"), cnt("b"))
def defaults_capture():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
print(defaults_capture())
def rebinding():
    x = 1
    def get():
        return x
    x = 2
    return get()
print(rebinding())
def param_cell(p):
    def get():
        return p
    p = p + 1
    return get()
print(param_cell(10))
def recursive_inner(n):
    def fact(k):
        return 1 if k == 0 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(5))
