def inner(v):
    return int(v)
def outer(v):
    return str(inner(v))
print(len(outer("abc")))
