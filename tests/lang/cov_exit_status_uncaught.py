# an uncaught exception: traceback on stderr, exit status 1, finally blocks and atexit run
import atexit
atexit.register(lambda: print("atexit ran"))
class Custom(Exception):
    pass
def fail():
    try:
        raise Custom("boom")
    finally:
        print("finally in fail")
print("start")
fail()
print("not reached")
