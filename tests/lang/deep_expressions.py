x = ((((((((((1 + 2) * 3) - 4) / 5) + 6) * 7) - 8) + 9) * 10) - 11)
print(x)
l = [[[[[[1]]]]]]
print(l[0][0][0][0][0][0])
def f(*a):
    return sum(a)
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40))
print(f(*[1, 2], 3, *[4, 5], *range(6, 40)))
s = {"a": {"b": {"c": {"d": [1, (2, {3: [4]})]}}}}
print(s["a"]["b"]["c"]["d"][1][1][3][0])
v = 1 + (2 + (3 + (4 + (5 + (6 + (7 + (8 + (9 + (10 + (11 + (12 + 13)))))))))))
print(v)
def g(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z):
    return a + z
print(g(*range(26)))
print([[(i, j) for j in range(2)] for i in range(2)])
w = lambda: (lambda: (lambda: (lambda: "deep lambda")()))()
print(w()())
