print([x * x for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print([[y for y in range(x)] for x in range(4)])
x = "outer"
print([x for x in "ab"], x)
def f():
    n = 3
    return [i * n for i in range(n)]
print(f())
print(sorted({(a, b) for a in range(2) for b in "xy"}))
print([i for i in range(3) for i in "ab"])
class A:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(A.doubled)
print({i: [j for j in range(i)] for i in range(3)})
print([(lambda: i)() for i in range(3)])
