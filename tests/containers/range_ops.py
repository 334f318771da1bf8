r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), range(-3))
print(len(r), len(range(1, 10, 4)), len(range(10, 0, -3)), len(range(5, 5)), len(range(0, -5)))
print(list(r), list(range(2, 8, 2)), list(range(5, 0, -2)), list(range(0)))
print(r[0], r[-1], r[3], range(1, 10, 2)[2], range(10, 0, -1)[-1])
print(r[2:5], r[::2], r[::-1], r[1:8:3], range(0, 20, 2)[3:1:-1], r[100:])
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, 'a' in r, True in r)
print(r.index(4), range(0, 20, 5).index(15), r.count(3), r.count(11), range(0, 10, 2).count(4.0))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 1, 5) == range(0, 1, 7), range(1, 5) != range(1, 6))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2, 3)) == hash(range(1, 2, 9)), hash(range(10)) == hash(range(10)))
print(r.start, r.stop, r.step, range(1, 9, 2).step)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(bool(range(0)), bool(range(1)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(2**40, 2**40 + 3)[1], len(range(-2**50, 2**50, 2**40)))
big = range(0, 2**62, 2**55)
print(len(big), big[-1])
it = iter(range(3))
print(next(it), list(it))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)))
try:
    range(1, 2, 0)
except ValueError as exc:
    print('ValueError', exc)
try:
    range('a')
except TypeError as exc:
    print('TypeError', exc)
try:
    range()
except TypeError as exc:
    print('TypeError', exc)
try:
    r[10]
except IndexError as exc:
    print('IndexError', exc)
try:
    r.index(11)
except ValueError as exc:
    print('ValueError', exc)
try:
    r['x']
except TypeError as exc:
    print('TypeError', exc)
print(range(3).__len__(), type(iter(r)).__name__, type(r).__name__)
