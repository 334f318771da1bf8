print(set().__reduce__(), {1}.__reduce__(), range(1, 5, 2).__reduce__(), slice(1, 2).__reduce__())
class S(set): pass
x = S([1]); x.attr = 5
print(x.__reduce__(), frozenset().__reduce__())
