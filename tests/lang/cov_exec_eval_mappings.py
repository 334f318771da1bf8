# exec/eval with globals and locals mappings
import collections
class LogMap(dict):
    def __getitem__(self, k):
        print("  getitem", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("  setitem", k, v)
        super().__setitem__(k, v)
    def __missing__(self, k):
        print("  missing", k)
        raise KeyError(k)
# locals may be any mapping; globals must be a real dict
loc = LogMap(a=1)
print(eval("a + 1", {}, loc))
exec("b = a * 10", {}, loc)
print(dict(loc))
class Default(dict):
    def __missing__(self, k):
        return k.upper()
print(eval("hello + world", {}, Default()))
try:
    eval("x", Default())
except TypeError as e:
    print("TypeError", e)
print(eval("x", {"x": "dict globals"}))
class GDict(dict):
    def __missing__(self, k): return "missing-" + k
print(eval("nm", GDict()) if False else "skip")
# globals that is a dict subclass: LOAD_GLOBAL does not call __getitem__ overrides for builtins
g = GDict(y=1)
try:
    print(eval("y + 1", g))
    print(eval("undefined_thing", g))
except NameError as e:
    print("NameError", e)
# a non-mapping locals
for bad in [5, [1], "s"]:
    try:
        eval("1", {}, bad)
    except TypeError as e:
        print("TypeError", e)
try:
    exec("1", [])
except TypeError as e:
    print("TypeError", e)
# __builtins__ is inserted into globals
g = {}
exec("pass", g)
print("__builtins__" in g, g["__builtins__"] is __builtins__ or type(g["__builtins__"]).__name__)
# custom __builtins__ restricts names
g = {"__builtins__": {"len": len}}
print(eval("len('abc')", g))
try:
    eval("print", g)
except NameError as e:
    print("NameError", e)
# functions defined by exec see the exec globals, not locals
g, l = {"G": "global"}, {"L": "local"}
exec("def f():\n    try:\n        return G, L\n    except NameError as e:\n        return str(e)\n", g, l)
print(l["f"]())
# class bodies in exec with separate locals
try:
    exec("class K:\n    v = L\n", g, l)
except NameError as e:
    print("NameError", e)
exec("class K2:\n    v = G\n", g, l)
print(l["K2"].v)
# comprehension in exec with separate locals cannot see locals in its body
try:
    exec("r = [L for _ in range(1)]", g, l)
except NameError as e:
    print("NameError", e)
exec("r = [x for x in L]", g, l)
print(l["r"])
# eval of code objects, with closures rejected
def outer():
    v = 1
    def inner(): return v
    return inner.__code__
try:
    eval(outer())
except TypeError as e:
    print("TypeError", e)
co = compile("q = 5", "<c>", "exec")
ns = {}
print(eval(co, ns), ns["q"])
# exec returns None, eval of statements fails
print(exec("1 + 1"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
# keyword forms (3.11 accepts globals/locals as keywords for exec only partially)
print(eval("a", {"a": 3}, None), eval("a", None, {"a": 4}))
exec("z = 9", globals())
print(z)
for c in ['exec("1", closure=None)', 'exec("1", locals={})', 'exec("1", {}, {}, None)', 'eval("1", {}, {}, None)',
          'exec("1", bad=1)', 'exec("1", None, None, closure=None, x=1)', 'eval("1", locals={})', 'exec()', 'eval()',
          'exec("1", {}, {}, closure=None, globals=None)', 'exec("1", closure=(1,))', 'exec(closure=None)',
          'exec(source="1")', 'eval(source=1)', 'eval(1, 2, 3, 4, 5)', 'eval("1", globals=None)']:
    try:
        print(c, eval(c))
    except TypeError as e:
        print(c, "TypeError", e)
# source as bytes, with leading whitespace and with a coding cookie
print(eval(b"  1 + 2"), eval("\t3"), eval("  \n 4" if False else "5"))
exec(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", ns)
print(ascii(ns["s"]))
try:
    eval("\x00")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
# locals() and vars() inside exec
ns = {}
exec("a = 1\nb = locals()\nc = sorted(vars())", ns)
print(ns["b"] is ns, ns["c"][:3])
# nested exec sees outer exec's namespace when passed
exec("exec('inner = 1')", ns)
print(ns["inner"])
# ChainMap as locals
cm = collections.ChainMap({}, {"base": 2})
exec("top = base + 1", {}, cm)
print(cm.maps)
