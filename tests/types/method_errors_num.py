# Every method of int, bool, float and complex called with wrong arguments
# (see errcheck.py): result types and error messages as CPython's.
from errcheck import run

# Calls where kiln still differs from CPython (left out).
KNOWN = [
    'float.__pow__(Odd, Odd)',
    'float.__rpow__(Odd, Odd)',
    'float.fromhex(-1)',
    'float.fromhex(None)',
    'float.fromhex(Odd)',
]

run([
    ('int', int, lambda: 7),
    ('bool', bool, lambda: True),
    ('float', float, lambda: 2.5),
    ('complex', complex, lambda: 1 + 2j),
], KNOWN)
