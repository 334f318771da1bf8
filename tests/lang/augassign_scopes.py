g = 1
def f():
    global g
    g += 10
    g *= 2
f()
print(g)
def outer():
    n = 1
    def inner():
        nonlocal n
        n **= 3
        n += 1
    inner()
    return n
print(outer())
class C:
    v = 1
    v += 1
    lst = []
    lst += [v]
print(C.v, C.lst)
d = {"a": [1]}
d["a"] += [2]
d["a"][0] -= 1
print(d)
class P:
    def __init__(self):
        self.x = 1
    def __iadd__(self, o):
        self.x += o
        return self
p = P()
q = p
p += 5
print(p is q, p.x)
s = {1}
s |= {2}
s &= {2, 3}
print(s)
def unbound():
    try:
        u += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    u = 0
unbound()
