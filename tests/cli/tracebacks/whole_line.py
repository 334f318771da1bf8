def f():
    raise KeyError("x")
f()
