if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
def f():
    [last := i for i in range(5)]
    return last
print(f())
while (chunk := data.pop()) > 2:
    print("chunk", chunk)
print(data)
print((z := 5) + z)
def g():
    total = 0
    vals = [total := total + v for v in range(4)]
    return vals, total
print(g())
print([(a := i, a * 2) for i in range(2)])
