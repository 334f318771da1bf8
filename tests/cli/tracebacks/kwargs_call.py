def f(a, b):
    return a
opts = {"a": 1, "c": 2}
f(**opts)
