x = 1
def read():
    return x
def write():
    global x
    x = 2
print(read()); write(); print(read(), x)
def deleter():
    global x
    del x
deleter()
try:
    read()
except NameError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
len = lambda s: 'shadowed'
print(len([1]))
del len
print(len([1]))
import builtins
builtins.my_builtin = 'from builtins'
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(e)
# global cache invalidation in a loop
def loop():
    out = []
    for i in range(3):
        out.append(gv)
        globals()['gv'] = i
    return out
gv = 'start'
print(loop())
print(globals()['gv'])
g = {'__builtins__': builtins}
exec('y = 5\nz = y + 1', g)
print(g['y'], g['z'])
l = {}
exec('a = 1', {}, l)
print(l)
print(eval('x + 1', {'x': 41}))
def f():
    q = 3
    return locals()
print(f())
print(sorted(k for k in vars() if not k.startswith('_'))[:5])
def with_exec():
    ns = {}
    exec('r = 2 * 21', globals(), ns)
    return ns['r']
print(with_exec())
class K:
    a = 1
    b = a + 1
    print(sorted(k for k in locals() if not k.startswith('__')))
print(K.b)
def deleting_global():
    global never
    try:
        del never
    except NameError as e:
        print(e)
deleting_global()
print(__name__)
