# del of names, attributes, items, slices; global/del interplay
x = 1
del x
try:
    x
except NameError as e:
    print(e)
try:
    del x
except NameError as e:
    print(e)

def f():
    global y
    y = 10
    del y
    try:
        del y
    except NameError as e:
        print("inner", e)
f()
print("y" in globals())

def local_del():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(local_del())

# del in a loop target / tuple targets
a, b, c = 1, 2, 3
del a, (b, c)
print([n in globals() for n in "abc"])
lst = list(range(10))
del lst[::2], lst[0]
print(lst)
d = {"k": 1, "j": 2}
del d["k"]
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
print(d)

class O:
    cls_attr = 1
o = O()
o.x = 1
del o.x
try:
    del o.x
except AttributeError as e:
    print(e)
try:
    del o.cls_attr
except AttributeError as e:
    print(e)
del O.cls_attr
print(hasattr(O, "cls_attr"))

class P:
    @property
    def p(self): return 1
try:
    del P().p
except AttributeError as e:
    print(e)

class Deleter:
    def __delitem__(self, k): print("delitem", k)
    def __delattr__(self, n): print("delattr", n)
dd = Deleter()
del dd[1:2], dd["z"], dd.attr

# del in class body
class K:
    tmp = 1
    del tmp
print(hasattr(K, "tmp"))

# deleting a name that is global in a function without a declaration is local
z = 5
def bad():
    del z
try:
    bad()
except UnboundLocalError as e:
    print(e)
