def f():
    x = 1
    del x
    x = 2
    return x
print(f())
def g():
    a = [1, 2, 3]
    del a[0], a[-1]
    return a
print(g())
class C:
    tmp = 1
    del tmp
print(hasattr(C, "tmp"))
def h():
    v = 1
    def inner():
        return v
    del v
    return inner
try:
    h()()
except NameError as e:
    print(e)
for i in range(2):
    pass
del i
print("i" in globals())
def unbound_del():
    try:
        del q
    except UnboundLocalError as e:
        print(e)
    q = 1
unbound_del()
try:
    del undefined_global_name
except NameError as e:
    print(e)
