# 3.11 "Did you mean" suggestions (shown by the traceback module) and NameError/AttributeError attributes
import traceback
def only(e):
    return "".join(traceback.format_exception_only(type(e), e)).rstrip()
variable_name = 1
try:
    variable_nam
except NameError as e:
    print(only(e), "| name:", e.name)
def f():
    local_value = 2
    return local_valu
try:
    f()
except NameError as e:
    print(only(e))
try:
    lenn([])
except NameError as e:
    print(only(e))
try:
    completely_unrelated_xyz
except NameError as e:
    print(only(e))
class C:
    attribute_one = 1
    def method(self): pass
try:
    C().attribute_onr
except AttributeError as e:
    print(only(e), "| name:", e.name, "| obj is C:", type(e.obj).__name__)
try:
    C().metod()
except AttributeError as e:
    print(only(e))
try:
    "str".uper()
except AttributeError as e:
    print(only(e))
try:
    [].apend(1)
except AttributeError as e:
    print(only(e))
import math
try:
    math.sqr(4)
except AttributeError as e:
    print(only(e))
try:
    None.x
except AttributeError as e:
    print(only(e))
# ImportError suggestions
try:
    from math import sqr
except ImportError as e:
    print(only(e))
try:
    from collections import OrderDict
except ImportError as e:
    print(only(e))
# a NameError for something in self: "Did you mean: 'self.x'?"
class D:
    def __init__(self):
        self.blech = 1
    def m(self):
        return blech
try:
    D().m()
except NameError as e:
    print(only(e))
# suggestions are not part of str(e)
try:
    variable_nam
except NameError as e:
    print(str(e))
# raising NameError/AttributeError by hand: no name, no suggestion
try:
    raise NameError("manual")
except NameError as e:
    print(only(e), e.name)
try:
    raise AttributeError("manual")
except AttributeError as e:
    print(only(e), e.name, e.obj)
