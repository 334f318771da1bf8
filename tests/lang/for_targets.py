class O:
    pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
d = {}
for d["k"] in "ab":
    pass
print(d)
l = [0, 0]
for l[1] in [5, 6]:
    pass
print(l)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for i, (x, *y) in enumerate([(1, 2, 3), (4,)]):
    print(i, x, y)
for _ in ():
    print("never")
it = iter([1, 2, 3, 4])
for v in it:
    if v == 2:
        break
print(list(it))
total = 0
for n in range(100000):
    total += n
print(total)
