from __future__ import barry_as_FLUFL
# code compiled by eval/exec/compile inherits this module's barry_as_FLUFL flag
print(eval("1 <> 2"), eval("3 <> 3"))
try:
    eval("1 != 2")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.offset)
ns = {}
exec("r = [x for x in range(5) if x <> 2]", ns)
print(ns["r"])
# dont_inherit turns it off
print(eval(compile("1 != 2", "<n>", "eval", dont_inherit=True)))
try:
    compile("1 <> 2", "<n>", "eval", dont_inherit=True)
except SyntaxError as e:
    print("SyntaxError", e.msg)
def f():
    return eval("'a' <> 'b'")
print(f())
