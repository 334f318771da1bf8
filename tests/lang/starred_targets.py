first, *middle, last = range(5)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = "hello"
print(head, rest)
[a, *b] = (1, 2, 3)
print(a, b)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
for x, *ys in [(1, 2, 3), (4, 5)]:
    print(x, ys)
*a, = [7, 8]
print(a)
a, *b, c, d = range(10)
print(a, b, c, d)
d = {}
d["x"], *d["y"] = [1, 2, 3]
print(d)
