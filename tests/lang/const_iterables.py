print(3 in [1,2,3], 4 not in {1,2}, "a" in ["a"])
for x in [1, 2.5, "s"]:
    print(x)
for y in {3, 1, 2}:
    print(y)
l = [1, 2]
print(l in [[1, 2]], 2 in [1, l[1]])
