s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(2, 100).indices(10))
print(slice(-100, 100, 3).indices(7), slice(None, None, -2).indices(0), slice(10, -10, -1).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) != slice(2))
print('abcdef'[slice(1, 4)], [0, 1, 2, 3][slice(None, None, 2)], (1, 2, 3)[slice(-1, None)])
print(slice('a', 'b', 'c'), slice(1.5, None))
class I:
    def __index__(self): return 2
print([0, 1, 2, 3, 4][I():], [0, 1, 2, 3, 4][:I()], slice(I(), None).indices(4))
try:
    slice(None, None, 0).indices(5)
except ValueError as exc:
    print('ValueError', exc)
try:
    slice(1, 2).indices(-1)
except ValueError as exc:
    print('ValueError', exc)
try:
    hash(slice(1))
except TypeError as exc:
    print('TypeError', exc)
try:
    slice()
except TypeError as exc:
    print('TypeError', exc)
try:
    [1, 2][1.5:]
except TypeError as exc:
    print('TypeError', exc)
print(slice(2**80, -2**80).indices(10), [1, 2, 3][-2**80:2**80])
print(slice(None, None, -1).indices(2**70), slice(-5, 2**80, 2).indices(2**65), slice(3).indices(True))
try:
    slice(1).indices(-2**70)
except ValueError as e:
    print(e)
