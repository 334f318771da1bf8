g = lambda x: x[3]
print(g([1, 2]))
