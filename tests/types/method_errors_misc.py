# Every method of memoryview, the iterator types, function-like and other
# small builtin types called with wrong arguments (see errcheck.py).
from errcheck import run

# Calls where kiln still differs from CPython (left out).
KNOWN = [
    'memoryview.__exit__(spam=1)',
    'memoryview.__iter__()',
]

# (function, method and property objects are left out: calls among these break
# CPython 3.11's reference count of None, which aborts it at exit)


run([
    ('memoryview', memoryview, lambda: memoryview(b'abc')),
    ('enumerate', enumerate, lambda: enumerate('ab')),
    ('zip', zip, lambda: zip('ab', 'cd')),
    ('map', map, lambda: map(str, [1, 2])),
    ('filter', filter, lambda: filter(None, [0, 1])),
    ('reversed', reversed, lambda: reversed([1, 2])),
    ('list_iterator', type(iter([])), lambda: iter([1, 2])),
    ('range_iterator', type(iter(range(3))), lambda: iter(range(3))),
    ('str_iterator', type(iter('')), lambda: iter('ab')),
    ('complex', complex, lambda: 1 + 2j),
    ('bool', bool, lambda: True),
], KNOWN)
