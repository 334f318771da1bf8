class P:
    pass
p = P()
print(p.name.upper())
