x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    def inner():
        return x
    x = "enclosing"
    return inner()
print(f(), g(), h())
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.x, C.y)
def shadow():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
shadow()
def builtin_shadow():
    len = lambda s: 42
    return len("abc")
print(builtin_shadow(), len("abc"))
