sq = lambda x: x * x
print(sq(4), sq.__name__, sq.__qualname__)
add = lambda *a, **k: (a, k)
print(add(1, 2, k=3))
print((lambda: "no args")())
print(sorted([3, 1, 2], key=lambda v: -v))
def f():
    return lambda y: y + 1
print(f()(1), f().__qualname__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(3))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
gen = lambda: (yield 1)
print(list(gen()))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
