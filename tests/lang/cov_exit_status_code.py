# an exit code from SystemExit inside nested calls and finally blocks
import sys, atexit
atexit.register(lambda: print("atexit handler"))
def inner():
    raise SystemExit(7)
def outer():
    try:
        inner()
    finally:
        print("outer finally")
try:
    outer()
finally:
    print("module finally")
