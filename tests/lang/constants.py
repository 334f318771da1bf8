def f():
    a = 1
    b = 1.0
    c = True
    d = 0.0
    e = -0.0
    g = (1, 2)
    h = (1.0, 2)
    return a, b, c, d, e, g, h
r = f()
print(r, [type(x).__name__ for x in r])
print(-0.0, 0.0, (0.0, -0.0))
def k():
    return "x", b"x", 0, False, None, ...
print(k())
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(t1 == t2, (1, (2, 3)) == (1, (2, 3)))
print(-5, -5.5, -(5), - 5, -2j)
print(2**10, 10 // 3, -7 // 2, -7 % 3)
big = 10 ** 30
print(big, -big)
print(1 if True else 2, [1, 2][-1])
