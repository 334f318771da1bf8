# augmented assignment through properties, __getattr__, slots and class attributes
class P:
    def __init__(self): self._v = 1
    @property
    def v(self):
        print("get v"); return self._v
    @v.setter
    def v(self, val):
        print("set v", val); self._v = val
p = P()
p.v += 5
print(p._v)
# class attribute read, instance attribute written
class K:
    items = [1]
    count = 0
k = K()
k.count += 1
k.items += [2]
print(K.count, k.count, K.items, k.items is K.items, "items" in k.__dict__)
# slots
class S:
    __slots__ = ("n",)
s = S()
try:
    s.n += 1
except AttributeError as e:
    print(e)
s.n = 1
s.n *= 7
print(s.n)
# __getattr__ supplies the value, normal setattr stores it
class G:
    def __getattr__(self, name):
        print("getattr", name)
        return 10
g = G()
g.x += 1
g.x += 1
print(g.x, vars(g))
# augmented assignment on a read-only property fails after the read
class RO:
    @property
    def r(self): return 1
try:
    o = RO()
    o.r += 1
except AttributeError as e:
    print(e)
# augmented assignment of a tuple element of a list inside a dict
d = {"k": [(1, 2)]}
d["k"][0] += (3,)
print(d)
