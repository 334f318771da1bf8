# Every method of bytes and bytearray called with wrong arguments (see errcheck.py).
from errcheck import run

# Calls where kiln still differs from CPython (left out).
KNOWN = []

run([
    ('bytes', bytes, lambda: b'abc'),
    ('bytearray', bytearray, lambda: bytearray(b'abc')),
], KNOWN)
