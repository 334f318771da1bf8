g = {"a": 1}
exec("b = a + 1", g)
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
l = {}
exec("c = a * 10\nd = c + 1", g, l)
print(l, "c" in g)
print(eval("a + c", g, l))
class Mapping(dict):
    def __getitem__(self, k):
        if k == "magic": return 42
        return dict.__getitem__(self, k)
print(eval("magic + 1", {}, Mapping()))
exec("r = magic", {}, m := Mapping()); print(m["r"])
class Log:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if k in self.d: return self.d[k]
        raise KeyError(k)
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __delitem__(self, k): print("del", k); del self.d[k]
lg = Log()
exec("x = 1\ny = x + 1\ndel x", {}, lg)
print(lg.d)
try:
    exec("print(undefined_thing)", {}, lg)
except NameError as e:
    print("NameError", e)
# builtins can be replaced
print(eval("len('abc')", {"__builtins__": {"len": lambda s: -1}}))
try:
    eval("len('abc')", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
# eval of code objects and whitespace
print(eval("  1 + 1"), eval("\t2 * 3\n"), eval("(1,\n 2)"))
for bad in ["  ", "1 +", "x =", "def"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(repr(bad), e.msg, e.offset)
# exec returns None; eval of a statement-code object returns None
print(exec("1"), eval(compile("x = 5", "<s>", "exec"), {}))
# globals must be a dict, locals any mapping
for call in [lambda: exec("1", []), lambda: eval("1", None, 5), lambda: eval("1", {}, [])]:
    try:
        call()
        print("ok")
    except TypeError as e:
        print("TypeError", e)
# function bodies defined in exec see the exec globals
ns = {}
exec("def f():\n    return helper * 2\nhelper = 21", ns)
print(ns["f"]())
# class bodies in exec with a separate locals mapping
ns_l = {}
exec("class K:\n    v = 1\n", {}, ns_l)
print(ns_l["K"].v)
# locals() inside exec
exec("u = 1\nprint(sorted(locals()))", {}, {})
