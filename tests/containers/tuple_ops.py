t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t[::2], t[5:], ())
print((1,), (1, 2) + (3,), (0,) * 3, 2 * ('a', 'b'), () * 5, (1,) * -1)
print(t.count(2), (1, 1, 2).count(1), t.index(3), (1, 2, 1, 2).index(2, 2))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 5), () < (0,), (1, 2) >= (1, 2), (1, 'a') != (1, 'b'))
print(hash((1, 2, 3)), hash(()), hash((1,)), hash(('a',)) == hash(('a',)), hash((1, (2, 3))), hash((-1, -2)))
print(hash((1.5, True, None)) == hash((1.5, True, None)), hash((0, 0)), hash((2**70,)))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'k': 1}), tuple(x for x in (5, 6)))
print(3 in t, 4 in t, 'a' not in t)
a, b, c = t
print(a, b, c)
print(((1, 2), [3]), repr((1, 'x', None)), str(('a',)))
nested = ((1, 2), (3, 4))
print(nested, {nested: 'ok'}[((1, 2), (3, 4))])
try:
    hash((1, [2]))
except TypeError as exc:
    print('TypeError', exc)
try:
    t[3]
except IndexError as exc:
    print('IndexError', exc)
try:
    t['a']
except TypeError as exc:
    print('TypeError', exc)
try:
    t + [1]
except TypeError as exc:
    print('TypeError', exc)
try:
    t * 'a'
except TypeError as exc:
    print('TypeError', exc)
try:
    t.index(9)
except ValueError as exc:
    print('ValueError', exc)
try:
    t[0] = 1
except TypeError as exc:
    print('TypeError', exc)
print(list(iter(t)), list(reversed(t)), sorted((3, 1, 2)), max(t), min(t), sum(t))
print(tuple(t) is t, t[:] is t, t[0:3] is t)
x = ([],)
x[0].append(x)
print(x)
print(t.__getnewargs__(), type(t).__name__)
