# for loops, iter() and the iteration protocols
class Counter:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)))

# the old __getitem__ protocol
class Old:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * i
print(list(Old()), 4 in Old(), 5 in Old())

# iter(callable, sentinel)
vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)))

# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for _ in 5: pass
except TypeError as e:
    print(e)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print(e)

# an exhausted iterator stays exhausted
it = iter([1])
print(list(it), list(it))

# StopIteration from __next__ ends a for loop; other exceptions propagate
class Boom:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
try:
    for _ in Boom(): pass
except ValueError as e:
    print(e)

# modifying a list while iterating over it
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
print(l)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print(e)

# __contains__ falls back to iteration; __reversed__ and reversed() with __len__/__getitem__
class Cont:
    def __iter__(self): return iter([1, 2])
print(2 in Cont(), 3 in Cont())
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())))
try:
    reversed(Cont())
except TypeError as e:
    print(e)

# for-else and break
for i in range(3):
    pass
else:
    print("else", i)
for i in range(3):
    if i == 1: break
else:
    print("not printed")
print(i)

# unpacking in for targets, iter on dict views, enumerate/zip laziness
for k, (a, *b) in {"x": (1, 2, 3)}.items():
    print(k, a, b)
z = zip([1, 2, 3], Counter(2))
print(list(z))
print(next(iter(range(5))), list(iter(iter([1, 2]))))
