import sys
def f():
    x = 1
    raise ValueError("here")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
def g():
    return (1 +
            undefined_name)
try:
    g()
except NameError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("NameError at line", tb.tb_lineno)
def h():
    for i in range(3):
        if i == 2:
            {}["missing"]
try:
    h()
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("KeyError at line", tb.tb_lineno)
print(sys._getframe().f_lineno)
def cur():
    return sys._getframe().f_lineno
print(cur())
