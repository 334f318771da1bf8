# Every method of int, bool, float and complex called with wrong arguments
# (see errcheck.py): result types and error messages as CPython's.
from errcheck import run

run([
    ('int', int, lambda: 7),
    ('bool', bool, lambda: True),
    ('float', float, lambda: 2.5),
    ('complex', complex, lambda: 1 + 2j),
])
