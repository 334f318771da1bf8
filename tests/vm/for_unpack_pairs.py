# `for a, b in <pairs>` over dict items, enumerate and zip (the interpreter
# unpacks these without making the pair tuples): values, order, errors.
import sys

d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
print([(k, v) for k, v in d.items()], {v: k for k, v in d.items()})
for k, v in reversed(d.items()):
    print("rev", k, v)
del d["b"]
d["z"] = 26
print(list((k, v) for k, v in d.items()))

# mutation while iterating: the same errors as the tuple-making path
try:
    for k, v in d.items():
        d["new" + k] = v
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        del d[k]
        d[k + 10] = v
except RuntimeError as e:
    print("RuntimeError", e)
print(d)

# enumerate: start values, big ints, a failing iterable, a subclass
for i, ch in enumerate("xyz", 5):
    print(i, ch)
big = sys.maxsize * 4 - 1
for i, ch in enumerate("abcd", big):
    print(i - big, i > sys.maxsize, ch)
for i, ch in enumerate("ab", 2**62 - 1):
    print(i, ch)
for i, ch in enumerate("ab", -2**62):
    print(i, ch)
def failing():
    yield 1
    raise ValueError("iterable failed")
try:
    for i, x in enumerate(failing()):
        print("got", i, x)
except ValueError as e:
    print("ValueError", e)
class MyEnum(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i * 100, x.upper()
for i, x in MyEnum("pq"):
    print(i, x)
e = enumerate("ab")
for i, x in e:
    pass
print(list(e), next(e, "done"))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)

# zip: two iterables, strict mismatches, three iterables, odd items
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
try:
    for a, b in zip([1, 2, 3], "ab", strict=True):
        print("strict", a, b)
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in zip([1], "ab", strict=True):
        print("strict", a, b)
except ValueError as e:
    print("ValueError", e)
for a, b in zip("ab", [1, 2], strict=True):
    print("ok", a, b)
for t in zip("ab", "cd", "ef"):
    print(t)
try:
    for a, b in zip("ab", "cd", "ef"):
        pass
except ValueError as e:
    print("ValueError", e)
for a, b in zip((), "xyz"):
    print("never")
def gen_stop():
    yield "g1"
    return "ret"
for a, b in zip(gen_stop(), "xyz"):
    print(a, b)

# loop else, break and continue
for i, x in enumerate("abc"):
    if i == 0: continue
    if x == "c": break
    print("body", i, x)
else:
    print("no break")
for k, v in {}.items():
    print("never")
else:
    print("empty else")
# a generic iterator yielding pairs and a wrong-size item still unpack as before
try:
    for a, b in iter([(1, 2), (3, 4, 5)]):
        print(a, b)
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in enumerate("x"), :
        pass
except ValueError as e:
    print("ValueError", e)
