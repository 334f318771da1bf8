# SystemExit(None) and SystemExit(True) exit statuses; the last one wins
import sys
try:
    sys.exit(None)
except SystemExit as e:
    print("None ->", e.code)
try:
    sys.exit(False)
except SystemExit as e:
    print("False ->", e.code)
print("exiting with True")
sys.exit(True)
