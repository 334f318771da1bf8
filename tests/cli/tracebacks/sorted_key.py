items = [3, "a", 1]
print(sorted(items, key=lambda v: v + 0))
