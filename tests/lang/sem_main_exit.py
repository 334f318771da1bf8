# an uncaught exception after output: stdout flushed, exit status 1
import sys
print("before")
sys.stdout.flush()
def f():
    raise KeyError("uncaught")
try:
    f()
finally:
    print("finally still runs")
