# iteration protocol fallbacks: __getitem__ sequences, __iter__ = None, iterator misuse
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()], tuple(iter(Seq())))
it = iter(Seq())
print(type(it).__name__, next(it), next(it), next(it), next(it, "done"))
class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopSeq()))
class KeyErrSeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrSeq())
except KeyError as e:
    print("KeyError", e)
# __len__ is not required; __reversed__ fallback needs __len__ and __getitem__
try:
    reversed(Seq())
except TypeError as e:
    print("TypeError", e)
class LenSeq(Seq):
    def __len__(self): return 3
print(list(reversed(LenSeq())))
# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self): return [1, 2]
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
try:
    for x in BadIter(): pass
except TypeError as e:
    print("TypeError", e)
# __next__ without __iter__ is not iterable but works with next()
class OnlyNext:
    def __next__(self): return 1
try:
    iter(OnlyNext())
except TypeError as e:
    print("TypeError", e)
print(next(OnlyNext()))
try:
    next(Seq())
except TypeError as e:
    print("TypeError", e)
# callable-sentinel form of iter
vals = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(vals), None)))
try:
    iter(5, None)
except TypeError as e:
    print("TypeError", e)
# an iterator is exhausted once; a container is re-iterable
g = (i for i in range(3))
print(list(g), list(g))
r = range(3)
print(list(r), list(r))
# modification during iteration
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError", e)
s = {1}
try:
    for k in s:
        s.add(k + 1)
except RuntimeError as e:
    print("RuntimeError", e)
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.remove(x)
print(l)
# iterators returned by builtins report length hints
import operator
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(10))), operator.length_hint(Seq(), 7))
# unpacking uses the same protocol
a, b, c = Seq()
print(a, b, c)
print(*Seq(), sep=",")
print(dict.fromkeys(Seq()), set(Seq()) == {0, 10, 20}, sorted(Seq(), reverse=True), sum(Seq()), max(Seq()))
# a generator raising inside a for loop propagates after partial consumption
def g2():
    yield 1
    raise ValueError("mid-iteration")
out = []
try:
    for v in g2():
        out.append(v)
except ValueError as e:
    print(out, "ValueError", e)
# iterating a closed file, and str iterating by characters
print(list("ab"), list(b"ab"), list(bytearray(b"c")), list(memoryview(b"d")))
