# __reduce__/__setstate__ of the builtin iterators, and copy/pickle round trips.
import pickle, copy


def show(it):
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__, [type(a).__name__ if 'iterator' in type(a).__name__ else a for a in r[1]], r[2:])


for make in [lambda: iter([1, 2, 3]), lambda: reversed([1, 2, 3]), lambda: iter((1, 2, 3)),
             lambda: iter('abc'), lambda: iter('hé€'), lambda: iter(b'abc'),
             lambda: iter(bytearray(b'abc')), lambda: iter(range(3)), lambda: iter(range(5, 20, 4)),
             lambda: reversed('abc'), lambda: enumerate('abc', 7), lambda: iter(range(2**70, 2**70 + 5))]:
    it = make()
    show(it)
    next(it)
    show(it)
    for x in it:
        pass
    show(it)

for make in [lambda: iter([1, 2, 3]), lambda: reversed([1, 2, 3]), lambda: iter((1, 2, 3)),
             lambda: iter('héllo'), lambda: iter(b'abc'), lambda: iter(bytearray(b'abc')),
             lambda: iter(range(10)), lambda: reversed('abcd')]:
    for state in [-5, 0, 1, 2, 99]:
        it = make()
        it.__setstate__(state)
        print(type(it).__name__, state, list(it))
    it = make()
    for bad in [(), ('x',), (1, 2), (2**80,), (1.5,)]:
        try:
            it.__setstate__(*bad)
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)

print(pickle.loads(pickle.dumps(iter([1, 2, 3]))).__next__())
it = iter([1, 2, 3]); next(it)
print(list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)))
it = iter('hello'); next(it); next(it)
print(list(pickle.loads(pickle.dumps(it))))
for it in [zip([1, 2], 'ab'), map(str, [1, 2]), filter(None, [0, 1, 2]), enumerate('xy'),
           iter(range(4)), reversed([1, 2, 3])]:
    print(type(it).__name__, list(pickle.loads(pickle.dumps(it))))
z = zip([1, 2], [3], strict=True)
r = z.__reduce__()
print(r[0].__name__, len(r[1]), r[2:])
z2 = pickle.loads(pickle.dumps(z))
try:
    list(z2)
except ValueError as e:
    print(e)
z = zip([1], [2])
z.__setstate__(True)
print(z.__reduce__()[2:])
m = map(pow, [2, 3], [4, 5])
print(m.__reduce__()[0].__name__, m.__reduce__()[1][0].__name__)
print(iter(int, 1).__reduce__()[1])
c = iter(int, 0)
print(list(c), c.__reduce__()[1])
f = filter(None, [1])
print(f.__reduce__()[1][0])
