# 3.11's limit on int <-> str conversion of huge numbers (sys.int_info.default_max_str_digits)
import sys
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 4299)), int("9" * 4300) % 1000)
try:
    repr(big)
except ValueError as e:
    print("ValueError", e)
try:
    f"{big}"
except ValueError as e:
    print("ValueError", e)
# powers of two bases are not limited
print(len(hex(big)), len(bin(big)) > 16000, len(oct(big)), int("f" * 5000, 16) > 0)
# the limit can be changed and disabled
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
for bad in [1, 100, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
        print("set", bad)
    except ValueError as e:
        print("ValueError", e)
sys.set_int_max_str_digits(640)
try:
    int("1" * 641)
except ValueError as e:
    print("ValueError", e)
print(len(str(int("1" * 640))))
sys.set_int_max_str_digits(4300)
# underscores and whitespace count as digits? only digits are counted after stripping
s = "1_" * 2200 + "1"
try:
    print(len(str(int(s))))
except ValueError as e:
    print("ValueError", e)
# int literals in source code are limited too
try:
    eval("1" * 5000)
except (ValueError, SyntaxError) as e:
    print(type(e).__name__, e)
# float, decimal-like conversions are not affected
print(float("1" * 5000 + "e-4990") > 0)
