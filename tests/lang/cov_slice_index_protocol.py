# slicing protocol: slice objects, __index__, indices(), extended slices on builtins
class Rec:
    def __getitem__(self, k): return k
r = Rec()
print(r[1:2], r[::], r[:], r[1:], r[:2:-1], r[1:2, 3], r[..., 1:], r[None:None:None])
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(5).indices(10))
for bad in [slice(0, 1, 0)]:
    try:
        bad.indices(5)
    except ValueError as e:
        print("ValueError", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), repr(slice("a", [1])), hash(slice(1, 2)) if False else "")
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = list(range(10))
print(lst[Idx(2):Idx(5)], lst[Idx(-1)], "abcdef"[Idx(1)::Idx(2)], range(10)[Idx(3)], bytes(range(5))[Idx(1):])
for bad in ["a", 1.5, None]:
    try:
        lst[bad]
    except TypeError as e:
        print("TypeError", e)
for bad in ["a", 1.5]:
    try:
        lst[bad:2]
    except TypeError as e:
        print("TypeError", e)
# huge indices are clamped in slices, rejected in item access
print(lst[-10 ** 30: 10 ** 30: 3], lst[10 ** 30:])
try:
    lst[10 ** 30]
except IndexError as e:
    print("IndexError", e)
# slice assignment and deletion on lists with steps
a = list(range(8))
a[::3] = ["x", "y", "z"]
print(a)
del a[::-2]
print(a)
a[1:3] = []
print(a)
a[len(a):] = [100]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a[1:2] = 5
except TypeError as e:
    print("TypeError", e)
# string/tuple/bytes/range negative steps
print("hello"[::-1], (1, 2, 3)[::-2], b"abc"[::-1], list(range(10)[::-3]), range(10)[2:8:2])
# memoryview and bytearray slicing
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
print(ba, memoryview(b"abcdef")[1:4].tobytes(), memoryview(b"abcdef")[-2:].tobytes())
# __getitem__ receiving tuples of slices vs a single slice
print(r[1:2,], r[(1, 2)], r[()], type(r[:]).__name__)
# __index__ returning non-int
class BadIdx:
    def __index__(self): return 1.5
try:
    lst[BadIdx()]
except TypeError as e:
    print("TypeError", e)
