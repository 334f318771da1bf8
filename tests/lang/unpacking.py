a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
x = y = z = 0
print(x, y, z)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
d = {}
d["x"], d["y"] = "XY"
print(d)
((a, b), [c, *d]) = ((1, 2), [3, 4, 5])
print(a, b, c, d)
