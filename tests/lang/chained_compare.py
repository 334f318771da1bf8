print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
x = 5
print(0 <= x < 10, 0 < x == 5, x == 5 != 6)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
print(1 in [1] in [[1]], None is None is not False)
if 1 < x < 10:
    print("in range")
if not (1 < x < 3):
    print("not in small range")
print(1 < 2 > 1 == 1 in (1,) not in [(2,)])
a = [1, 2]
print(a == [1, 2] is not None)
while 0 < x < 10:
    x += 3
print(x)
