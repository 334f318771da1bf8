# the builtins scope: shadowing, deleting shadows, __builtins__ replacement, builtins module changes
import builtins
print(len("abc"))
len = lambda x: "module-level shadow"
print(len("abc"))
def uses_len():
    return len("abc")
print(uses_len())
del len
print(len("abc"), uses_len())
def local_shadow():
    len = lambda x: "local shadow"
    return len("abc")
print(local_shadow(), len("abc"))
# adding a builtin makes it visible everywhere
builtins.my_new_builtin = lambda: "new builtin"
print(my_new_builtin())
def sees_it():
    return my_new_builtin()
print(sees_it())
del builtins.my_new_builtin
try:
    sees_it()
except NameError as e:
    print("NameError", e)
# replacing a builtin in the builtins module
orig_abs = builtins.abs
builtins.abs = lambda x: "patched abs"
print(abs(-1))
builtins.abs = orig_abs
print(abs(-1))
# functions keep the builtins of their globals at creation
g = {"__builtins__": {"len": lambda x: "custom builtins len"}}
exec("def f():\n    return len('x')\n", g)
print(g["f"]())
g2 = {"__builtins__": {}}
try:
    exec("print('no print')", g2)
except NameError as e:
    print("NameError", e)
# __builtins__ as a module works too
g3 = {"__builtins__": builtins}
exec("r = len('four')", g3)
print(g3["r"])
# builtin names can be used as attribute and parameter names
class C:
    def list(self, type=None, id=0): return (type, id)
print(C().list(type="t", id=5))
# True/False/None are keywords, not builtins
print("True" in dir(builtins), hasattr(builtins, "None"), "__debug__" in dir(builtins))
for src in ["True = 1", "builtins.True = 1", "None.x = 1", "def f(None): pass", "class None: pass", "import None"]:
    try:
        compile(src, "<b>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
