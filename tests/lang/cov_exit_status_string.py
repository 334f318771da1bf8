# sys.exit with a string: printed to stderr, exit status 1
import sys
print("before exit")
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e.code), e.args)
try:
    sys.exit(1, 2) if False else sys.exit((1, 2))
except SystemExit as e:
    print("caught", repr(e.code), e.args)
try:
    raise SystemExit(3, "extra")
except SystemExit as e:
    print("caught", repr(e.code), e.args)
try:
    exit(4)
except SystemExit as e:
    print("caught", repr(e.code))
try:
    quit()
except SystemExit as e:
    print("caught", repr(e.code))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not caught by Exception")
except SystemExit:
    print("caught by SystemExit")
def cleanup():
    try:
        sys.exit("final message")
    finally:
        print("finally runs on exit", flush=True)
cleanup()
print("not reached")
