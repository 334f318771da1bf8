def f():
    try:
        return "try"
    finally:
        print("finally 1")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "end"
print(h())
def k():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(k())
def m():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
m()
def n():
    x = 0
    while True:
        try:
            x += 1
            if x > 2:
                return x
        finally:
            print("loop finally", x)
print(n())
def p():
    try:
        pass
    finally:
        print("normal path")
    return 1
print(p())
