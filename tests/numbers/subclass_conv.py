# conversions honour __int__/__float__ overrides on subclasses (nb_int/nb_float)
class I(int):
    def __int__(self): return 99
    def __float__(self): return 1.25
class J(int):
    pass
class F(float):
    def __float__(self): return 7.5
print(int(I(5)), float(I(5)), I(5) + 1.0, int(J(3)), float(J(3)), float(F(2.0)), F(2.0) + 0, complex(I(1)))
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
try:
    int('1' * 1001)
except ValueError as e:
    print(e)
try:
    str(10 ** 1000)
except ValueError as e:
    print(e)
print(len(str(10 ** 999)), hex(10 ** 2000)[:10])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)), int('7' * 6000) % 1000)
