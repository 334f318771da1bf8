def key():
    return "zz"
d = {}
print(d[key()])
