# SystemExit passes through finally blocks and except Exception; code sets exit status
import sys
try:
    try:
        sys.exit(3)
    except Exception:
        print("not caught by Exception")
    finally:
        print("finally runs")
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    raise SystemExit("message")
except SystemExit as e:
    print(e.code)
try:
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)
def cleanup():
    print("atexit handler")
import atexit
atexit.register(cleanup)
print("exiting")
sys.exit(4)
