# del of variables that are cells (captured by inner functions)
def f():
    x = 1
    def g():
        return x
    print(g())
    del x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    print(g())
f()

def f2():
    def g():
        nonlocal y
        del y
    y = 5
    g()
    try:
        return y
    except NameError as e:
        return str(e)
print(f2())

def f3():
    x = 1
    del x
    try:
        del x
    except NameError as e:
        print(type(e).__name__, e)
f3()

def f4():
    a = [1]
    def g():
        a.append(2)
        return a
    del a
    try:
        g()
    except NameError as e:
        print(e)
f4()
