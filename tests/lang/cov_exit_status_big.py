# exit status is taken modulo 256 by the OS; objects that are not ints print and give 1
import sys
print("exit 258")
sys.stdout.flush()
sys.exit(258)
