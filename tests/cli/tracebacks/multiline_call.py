def f(a, b, c):
    raise ValueError(a + b + c)
result = f(
    1,
    2,
    3,
)
