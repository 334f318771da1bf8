# traceback objects: tb_lineno, tb_frame, tb_next, f_back, f_lineno
import sys
def level3():
    x = 1
    raise ValueError("deep")
def level2():
    level3()
def level1():
    try:
        level2()
    except ValueError as e:
        return e
e = level1()
tb = e.__traceback__
while tb:
    f = tb.tb_frame
    print(f.f_code.co_name, tb.tb_lineno, f.f_lineno, tb.tb_lasti >= 0)
    tb = tb.tb_next

def locals_in_tb():
    secret = "value"
    raise KeyError
try:
    locals_in_tb()
except KeyError as e:
    t = e.__traceback__.tb_next
    print(t.tb_frame.f_locals["secret"], t.tb_frame.f_globals is globals())

# the traceback grows as the exception propagates
def a(): b()
def b(): c()
def c(): raise IndexError
try:
    a()
except IndexError as e:
    n = 0; t = e.__traceback__
    while t: n += 1; t = t.tb_next
    print("frames", n)

# re-raise appends; with_traceback replaces
try:
    try:
        c()
    except IndexError as e:
        raise
except IndexError as e:
    lines = []
    t = e.__traceback__
    while t: lines.append(t.tb_lineno); t = t.tb_next
    print(lines)
try:
    raise ValueError().with_traceback(None)
except ValueError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_lineno)

# frame navigation
def who():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name
def caller():
    return who()
print(caller())

# multi-line statement: the line of the failing sub-expression
def multi():
    return (1 +
            2 +
            undefined_thing)
try:
    multi()
except NameError as e:
    print(e.__traceback__.tb_next.tb_lineno)

# traceback from a lambda and a comprehension
try:
    (lambda: [1 / 0 for _ in range(1)])()
except ZeroDivisionError as e:
    names = []
    t = e.__traceback__
    while t: names.append(t.tb_frame.f_code.co_name); t = t.tb_next
    print(names)
