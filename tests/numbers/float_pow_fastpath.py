# float ** float and -float take inline paths in the interpreter; they must match float.__pow__/__neg__.
for x, y in [(2.0, -1074), (1.5, -1800.3), (0.5, 1074.5), (1e308, 2), (2.0, 0.5), (10.0, 308.2), (10.0, 308.3), (1.0000001, 1e10), (0.9999, 1e12), (3, 0.5), (2.5, 3), (7.0, -2), (1e-300, 1.01)]:
    try:
        print(x, y, x ** y)
    except Exception as e:
        print(x, y, type(e).__name__, e)
x = 1.5
print(-x, -(-x), -0.0, -(0.0))
