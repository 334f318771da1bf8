def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(1, 2, *[3, 4], 5, *(6,)))
print(f(*range(3), a=1, **{"b": 2}, c=3, **{"d": 4}))
print(f(**{"x": 1}))
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
print([*"ab", *[1, 2], 3])
print((*"ab",))
print(sorted({*"aab", "c"}))
print({**{"a": 1}, "b": 2, **{"a": 3}})
def g(a, b, c):
    return a + b + c
print(g(*[1, 2], **{"c": 3}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    g(1, *[2], a=5)
except TypeError as e:
    print(e)
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
print(f(*[], **{}))
