# marshal.dumps: the exact bytes CPython writes (format version 4 and older).
import marshal

def show(v, *version):
    text = repr(sorted(v, key=repr)) if isinstance(v, (set, frozenset)) else repr(v)
    print(type(v).__name__, text[:60], marshal.dumps(v, *version))

for v in (None, True, False, ..., StopIteration, 0, 1, -1, 255, 256, 2**31 - 1, -2**31,
          2**31, -2**31 - 1, 2**62, -2**62, 2**63, 2**64 - 1, 10**30, -10**30,
          0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, float('inf'), -float('inf'),
          1j, 2.5 - 3j, b'', b'abc', b'\x00\xff', '', 'abc', 'hello world', 'é', 'snow ☃',
          '\U0001f600', 'with space ' * 30, (), (1,), (1, 'a', b'b'), ((1, 2), (3, 4))):
    show(v)

show([1, 2, 3])
show([])
show({})
show({'a': 1, 'b': [2], 3: (4,)})
show({3, 1, 2})
show({'b', 'a', 'c'})
show(frozenset())
show(frozenset({1, 2}))
show(frozenset({'b', 'a'}))
show(frozenset({(1, 2), 3.5, None}))
show(bytearray(b'ab'))
mv = memoryview(b'cd')
print(marshal.dumps(mv))
a = [1]
show([a, a])
d = {'k': 'v'}
show([d, [d]])
show((tuple(range(300)))[:3])
show(tuple(range(256)) + (256,) * 4)

for version in range(5):
    print('version', version)
    for v in (1, 1.5, 2 - 1j, 'abc', 'é', (1, 'abc'), ['x', 'x'], 2**40):
        show(v, version)
