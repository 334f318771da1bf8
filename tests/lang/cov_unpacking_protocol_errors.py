# unpacking uses the iterator protocol: messages for wrong counts and non-iterables, laziness
class Counted:
    def __init__(self, n): self.n = n; self.pulled = 0
    def __iter__(self):
        for i in range(self.n):
            self.pulled += 1
            yield i
c = Counted(10)
try:
    a, b = c
except ValueError as e:
    print("ValueError", e, "pulled", c.pulled)
c = Counted(1)
try:
    a, b, d = c
except ValueError as e:
    print("ValueError", e, "pulled", c.pulled)
c = Counted(100)
first, *rest = c
print(first, len(rest), c.pulled)
for obj in [None, 5, 3.5, object()]:
    try:
        x, y = obj
    except TypeError as e:
        print("TypeError", e)
    try:
        x, *y = obj
    except TypeError as e:
        print("TypeError", e)
# unpacking strings, dicts, sets, ranges and generators
a, b = "xy"
k1, k2 = {"a": 1, "b": 2}
s1, = {42}
r1, r2, r3 = range(3)
g1, g2 = (i * i for i in (3, 4))
print(a, b, k1, k2, s1, r1, r3, g1, g2)
# nested unpacking errors report the inner count
try:
    (a, b), c = [1, 2, 3], 4
except ValueError as e:
    print("ValueError", e)
try:
    [a, [b, c]] = [1, [2]]
except ValueError as e:
    print("ValueError", e)
# starred with minimum counts
for n in range(4):
    try:
        a, b, *c, d = range(n)
        print(n, a, b, c, d)
    except ValueError as e:
        print(n, "ValueError", e)
# for-loop targets unpack each item
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
try:
    for x, y in [(1, 2), (3,)]:
        pass
except ValueError as e:
    print("ValueError", e, x, y)
# unpacking into attributes and items happens left to right after full iteration
class Obj: pass
o = Obj()
lst = [0, 0]
o.a, lst[1], *o.rest = "abcd"
print(o.a, lst, o.rest)
# iterator that fails during unpacking
def failing():
    yield 1
    raise RuntimeError("during unpack")
try:
    a, b = failing()
except RuntimeError as e:
    print("RuntimeError", e)
