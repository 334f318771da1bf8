g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), list(g))
print(sum(x for x in range(101)))
print(list(x + y for x in range(3) for y in range(2) if x != y))
def lazy():
    print("evaluating")
    return [1, 2, 3]
g = (x for x in lazy())
print("created")
print(list(g))
try:
    (1 / x for x in 5)
except TypeError as e:
    print("TypeError", e)
g = (i for i in range(3))
print(g.__name__, g.__qualname__)
def f():
    return (i for i in range(2))
print(f().__qualname__)
print(max((len(w), w) for w in "a quick brown fox".split()))
