# list(iterable) and list.extend size the list from len() / __length_hint__()
# (operator.length_hint's rules): errors propagate, a lying hint is harmless.
import operator, itertools

class Hint:
    def __init__(self, items, hint):
        self.items = items
        self.hint = hint
    def __iter__(self):
        return iter(self.items)
    def __length_hint__(self):
        if isinstance(self.hint, BaseException):
            raise self.hint
        return self.hint

class Len(Hint):
    def __len__(self):
        if isinstance(self.hint, BaseException):
            raise self.hint
        return self.hint

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

for hint in [0, 1, 3, 5, 1000, 10**6]:
    show("hint %d" % hint, lambda: list(Hint([1, 2, 3], hint)))
    show("len %d" % hint, lambda: list(Len([1, 2, 3], hint)))
    show("extend %d" % hint, lambda: (lambda l: (l.extend(Hint("ab", hint)), l)[1])([0]))
    show("star %d" % hint, lambda: [*Hint((4, 5), hint)])
for bad in [-1, 1.5, "3", None, NotImplemented, True, ValueError("bad hint"),
            TypeError("no hint"), KeyError("k"), 2**64]:
    show("hint %r" % (bad,), lambda: list(Hint([1, 2], bad)))
    show("len %r" % (bad,), lambda: list(Len([1, 2], bad)))
    show("length_hint %r" % (bad,), lambda: operator.length_hint(Hint([1, 2], bad), 7))
    show("extend %r" % (bad,), lambda: [9].extend(Hint([1], bad)))

class NotIterable:
    def __length_hint__(self):
        raise ValueError("hint called")
show("not iterable", lambda: list(NotIterable()))

class Grows:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 50:
            raise StopIteration
        return self.n
    def __length_hint__(self):
        return 2
show("grows", lambda: sum(list(Grows())))

def gen():
    yield 1
    raise ZeroDivisionError("in the middle")
show("error mid-way", lambda: list(gen()))

print(len(list(itertools.repeat(0, 100000))), sum(map(abs, range(-500, 500))))
print(list(map(abs, [-1, 2, -3])), list(itertools.repeat("x", 3)), list(range(5)))
print(list({1: 2, 3: 4}), sorted(list({5, 6})), list("abc"), list(iter([1, 2])))
l = list(range(3)); l.extend(itertools.repeat(7, 4)); print(l)
print(operator.length_hint([1, 2]), operator.length_hint(iter(range(9))), operator.length_hint(object(), 5))
show("length_hint neg default", lambda: operator.length_hint(object(), -3))
