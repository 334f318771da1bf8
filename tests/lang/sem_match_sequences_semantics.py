# sequence patterns: what counts as a sequence, star positions, length checks
def kind(v):
    match v:
        case []: return "empty"
        case [_]: return "one"
        case [a, *mid, b]: return "ends %r %r mid %r" % (a, b, mid)
        case _: return "not a sequence"
for v in ([], (), [1], (1, 2), [1, 2, 3, 4], "ab", b"ab", bytearray(b"ab"), range(3), {1, 2}, iter([1])):
    print(type(v).__name__, kind(v))

import collections
print(kind(collections.deque([1, 2, 3])))
print(kind(memoryview(b"xy")))

# a user-defined Sequence registered through the ABC
from collections.abc import Sequence
class S(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self):
        print("len called")
        return self.n
    def __getitem__(self, i):
        if i >= self.n or i < -self.n: raise IndexError(i)
        return i * 10
print(kind(S(3)))

# a class with __getitem__ only is not a sequence for match
class G:
    def __getitem__(self, i): return i
print(kind(G()))

# nested star
match [1, [2, 3, 4], 5]:
    case [x, [y, *zs], w]:
        print(x, y, zs, w)

# star captures a list even from a tuple
match (1, 2, 3):
    case (first, *others):
        print(first, others, type(others).__name__)
match (1, 2, 3):
    case (*_, last):
        print("last", last)
