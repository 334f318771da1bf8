total = 0
for w in ["a"]:
    total += w
