x = 'global'
def f():
    print(x)
    x = 'local'
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def g():
    y = 1
    del y
    return y
try:
    g()
except UnboundLocalError as e:
    print(e)
def h():
    z = 1
    del z
    del z
try:
    h()
except UnboundLocalError as e:
    print(e)
def k(flag):
    if flag:
        v = 1
    return v
print(k(True))
try:
    k(False)
except UnboundLocalError as e:
    print(e)
def loopvar():
    for i in []:
        pass
    return i
try:
    loopvar()
except UnboundLocalError as e:
    print(e)
def exc_name():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    exc_name()
except UnboundLocalError as e:
    print(e)
def cellvar():
    c = 1
    del c
    return lambda: c
try:
    cellvar()()
except NameError as e:
    print(type(e).__name__, e)
