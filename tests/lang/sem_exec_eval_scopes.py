# exec/eval with explicit globals and locals; scoping inside exec'd code
g = {"x": 1}
l = {"y": 2}
exec("z = x + y", g, l)
print(sorted(l), "z" in g)
print(eval("x + y + z", g, l))

# functions defined in exec see the globals dict, not the locals
exec("def f():\n    return x\nv = f()", g, l)
print(l["v"], l["f"].__globals__ is g)
exec("def f2():\n    return y", g, l)
try:
    l["f2"]()
except NameError as e:
    print(e)

# class body inside exec with separate locals
exec("class K:\n    a = x\n", g, l)
print(l["K"].a)
try:
    exec("class K2:\n    a = y\n", g, l)
except NameError as e:
    print("class body:", e)

# comprehension in exec with separate locals cannot see locals (it is a function scope)
try:
    exec("r = [y for _ in range(1)]", g, l)
except NameError as e:
    print("comprehension:", e)
exec("r = [x for _ in range(1)]", g, l)
print(l["r"])

# __builtins__ is inserted into globals
g2 = {}
exec("pass", g2)
print("__builtins__" in g2)
# custom builtins
try:
    exec("r = len([1])", {"__builtins__": {}}, l)
except NameError as e:
    print(e)
print(eval("abs(-3)", {"__builtins__": {"abs": lambda v: "fake abs"}}))

# locals mapping can be any mapping for exec/eval
class Logging(dict):
    def __getitem__(self, k):
        print("lookup", k)
        return dict.__getitem__(self, k)
print(eval("a + 1", {}, Logging(a=41)))
try:
    eval("missing", {}, Logging())
except NameError as e:
    print(e)

# eval of expressions only
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(eval(" 1 + 1 \n"))
code = compile("a * 2", "<expr>", "eval")
print(eval(code, {"a": 21}))
# exec returns None and globals() inside exec
print(exec("1"))
ns = {}
exec("import math\nq = math.floor(2.5)\nglobs = sorted(k for k in globals() if not k.startswith('__'))", ns)
print(ns["q"], ns["globs"])

# nonlocal/global inside exec
ns = {"counter": 0}
exec("def inc():\n    global counter\n    counter += 1\ninc(); inc()", ns)
print(ns["counter"])
try:
    exec("nonlocal q")
except SyntaxError as e:
    print(e.msg)
