# Every method of str called with wrong arguments (see errcheck.py).
from errcheck import run

run([('str', str, lambda: 'abc')])
