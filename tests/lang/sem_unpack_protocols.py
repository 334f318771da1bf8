# unpacking uses the iteration protocol: __iter__, __getitem__, and errors from them
class ByIter:
    def __iter__(self):
        yield "a"
        yield "b"
x, y = ByIter()
print(x, y)
class ByGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
a, *b = ByGetitem()
print(a, b)
class Len3NoIter:
    def __len__(self): return 3
try:
    p, q, r = Len3NoIter()
except TypeError as e:
    print(e)
# dict unpacking gives keys, and ** requires a mapping with keys()
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
class KeysOnly:
    def keys(self): return ["z"]
    def __getitem__(self, k): return k.upper()
print(dict(**KeysOnly()), {**KeysOnly()})
def kw(**kws): return kws
print(kw(**KeysOnly()))
# strings and bytes unpack into characters/ints
s1, s2 = "hi"
b1, b2 = b"hi"
print(s1, s2, b1, b2)
# unpacking a set of one element and a generator
(only,) = {42}
print(only)
first, *rest = (i * i for i in range(4))
print(first, rest)
# nested unpacking errors name the right counts
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as e:
    print(e)
try:
    (a, b), c = [1], 3
except ValueError as e:
    print(e)
