# Every method of the containers and small builtin types called with wrong
# arguments (see errcheck.py).
from errcheck import run

# Calls where kiln still differs from CPython (left out).
KNOWN = [
    'range.__reduce__(spam=1)',
]

d = {1: 2}
run([
    ('list', list, lambda: [3, 1, 2]),
    ('tuple', tuple, lambda: (3, 1, 2)),
    ('dict', dict, lambda: {1: 2, 3: 4}),
    ('set', set, lambda: {1, 2}),
    ('frozenset', frozenset, lambda: frozenset({1, 2})),
    ('range', range, lambda: range(5)),
    ('slice', slice, lambda: slice(1, 5, 2)),
    ('dict_keys', type(d.keys()), lambda: {1: 2}.keys()),
    ('dict_items', type(d.items()), lambda: {1: 2}.items()),
    ('dict_values', type(d.values()), lambda: {1: 2}.values()),
    ('object', object, lambda: object()),
    ('type', type, lambda: int),
], KNOWN)
