def f(n):
    assert 0 < n < 5, "range"
f(9)
