def a():
    pass
def b():
    return
def c():
    x = 1
def d(flag):
    if flag:
        return "yes"
def e():
    for i in range(3):
        if i > 5:
            return i
def f():
    try:
        pass
    finally:
        pass
def g():
    while False:
        return 1
print(a(), b(), c(), d(True), d(False), e(), f(), g())
print((lambda: None)())
class K:
    def m(self):
        "only a docstring"
print(K().m())
