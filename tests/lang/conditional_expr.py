for v in range(4):
    print("even" if v % 2 == 0 else "odd", "big" if v > 2 else "small" if v > 0 else "zero")
f = lambda n: 1 if n <= 1 else n * f(n - 1)
print(f(10))
print([("a" if i else "b") for i in range(3)])
x = None
print(x.attr if x is not None else "no attr")
if (1 if x else 0):
    print("no")
else:
    print("cond false")
