print(eval("1 + 2"))
print(eval("x * 2", {"x": 21}))
ns = {}
exec("a = 1\nb = a + 1\ndef f(): return b * 10", ns)
print(ns["a"], ns["b"], ns["f"]())
code = compile("[i * i for i in range(n)]", "<expr>", "eval")
print(eval(code, {"n": 4}))
exec(compile("print('exec mode')", "<s>", "exec"))
exec(compile("1 + 1", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("for i in range(2): i\n", "<single>", "single"))
loc = {}
exec("y = 5", {}, loc)
print(loc)
g = {"v": 1}
exec("def k():\n    global v\n    v = 99\nk()", g)
print(g["v"])
print(eval("(lambda q: q + 1)(1)"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    exec("return 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
print(compile("x", "f.py", "eval").co_filename)
