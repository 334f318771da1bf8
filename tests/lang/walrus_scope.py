def f():
    [(y := i) for i in range(3)]
    return y
print(f())
def g():
    if any((hit := v) > 2 for v in [1, 5, 3]):
        return hit
print(g())
x = [(z := n * 2) for n in range(3)]
print(z)
class C:
    pass
def nested():
    out = []
    for i in range(2):
        out.append([(last := j + i) for j in range(2)])
    return out, last
print(nested())
print((n := 3, n + 1))
def h():
    total = 0
    while (total := total + 1) < 5:
        pass
    return total
print(h())
