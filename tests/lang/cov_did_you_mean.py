# 3.11 "Did you mean" suggestions printed by the default excepthook (captured from sys.stderr)
import io, sys
def report(thunk):
    try:
        thunk()
    except BaseException as e:
        old = sys.stderr
        sys.stderr = io.StringIO()
        try:
            sys.__excepthook__(type(e), e, e.__traceback__)
            text = sys.stderr.getvalue()
        finally:
            sys.stderr = old
        print(text.rstrip().splitlines()[-1])
variable_name = 1
report(lambda: variable_nam)
def local_case():
    local_value = 2
    return local_valu
report(local_case)
report(lambda: lenn([]))
class C:
    attribute_one = 1
    def method_two(self): pass
report(lambda: C().attribute_onr)
report(lambda: C().method_tow())
report(lambda: C.atribute_one)
import math
report(lambda: math.sqr(4))
report(lambda: "s".uper())
report(lambda: [].apend(1))
report(lambda: {}.item())
report(lambda: completely_unrelated_name_xyz)
report(lambda: C().zzzzzzzzzz)
def raise_unbound():
    del_me = 1
    del del_me
    return del_me
report(raise_unbound)
class E(AttributeError): pass
report(lambda: (_ for _ in ()).throw(E("subclass: no suggestion", name="appendd", obj=[])))
def manual():
    raise AttributeError("manual", name="appendd", obj=[])
report(manual)
def manual_name():
    raise NameError("no name attribute")
report(manual_name)
# long names and many candidates
long_name_abcdefghijklmnopqrstuvwxyz_0123456789_abcdef = 1
report(lambda: long_name_abcdefghijklmnopqrstuvwxyz_0123456789_abcdeg)
class Many:
    pass
for i in range(800):
    setattr(Many, "attr%d" % i, i)
report(lambda: Many.attr8000)
report(lambda: Many().atr1)
# case-only differences are cheap
Capitalized = 1
report(lambda: capitalized)
