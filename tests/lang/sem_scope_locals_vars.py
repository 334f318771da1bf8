# locals() and vars() snapshots
def f(a, b=2):
    c = 3
    d = locals()
    print(sorted(d.items()))
    e = 5
    print(sorted(locals()))
    return d
d = f(1)
print("e" in d)

def g():
    x = 1
    def h():
        return x
    print(sorted(locals()))
    return h
g()

def h2():
    x = 1
    def inner():
        y = 2
        print(sorted(locals()))   # x is free but used -> appears
        return x + y
    return inner()
print(h2())

class C:
    a = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
    b = vars()
    print("a" in b, "__module__" in b, "__qualname__" in b)

print(vars(C)["a"])
print(locals() is globals())

def m():
    loc = locals()
    loc["zz"] = 1
    try:
        zz
    except NameError as e:
        print(e)
m()

class O: pass
o = O()
o.q = 1
print(vars(o))
try:
    vars(1)
except TypeError as e:
    print(e)
