import ast
co = compile("x = 1\ny = x + 1", "<exec>", "exec")
ns = {}
print(exec(co, ns), ns["y"], co.co_filename, co.co_name, co.co_firstlineno)
co = compile("1 + 2", "<eval>", "eval")
print(eval(co), co.co_name)
co = compile("print('single', 40 + 2)", "<single>", "single")
exec(co)
co = compile(b"z = 'bytes source'", b"bytes-name".decode(), "exec")
exec(co, ns); print(ns["z"])
co = compile(bytearray(b"w = 5"), "<ba>", "exec"); exec(co, ns); print(ns["w"])
try:
    compile(co, "ignored", "exec")
except TypeError as e:
    print("TypeError", e)
# mode errors and argument errors
for args in [("1", "<x>", "bad"), ("1", "<x>", "func_type"), (1, "<x>", "exec"), ("x = 1\0", "<x>", "exec"),
             ("1", 5, "exec"), ("1", "<x>", 5)]:
    try:
        compile(*args)
        print("ok", args)
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
# statements are not expressions in eval mode; single mode needs one statement
for src, mode in [("x = 1", "eval"), ("import os", "eval"), ("1; 2", "eval"), ("1\n2", "single"),
                  ("if 1:\n  pass\n", "single"), ("x = 1; y = 2", "single"), ("", "exec"), ("", "eval"),
                  ("\n\n", "single"), ("# only a comment", "eval"), ("yield", "eval"), ("lambda: 1", "eval"),
                  ("1,", "eval"), ("*a", "eval"), ("*a,", "eval"), ("(yield)", "eval")]:
    try:
        compile(src, "<m>", mode)
        print("ok", repr(src), mode)
    except SyntaxError as e:
        print(repr(src), mode, "->", e.msg, e.lineno, e.offset)
# flags: PyCF_ONLY_AST gives a tree; unknown flags are rejected
tree = compile("a + b", "<ast>", "eval", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(type(compile("x", "<ast>", "exec", flags=ast.PyCF_ONLY_AST)).__name__)
print(eval(compile(tree, "<ast>", "eval"), {"a": 1, "b": 2}))
try:
    compile("1", "<f>", "exec", 0x7fff0000)
except ValueError as e:
    print("ValueError", e)
# optimize levels: docstrings dropped at 2, asserts at 1
src = 'def f():\n    "doc"\n    assert False\n    return __debug__\n'
for opt in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, "<o>", "exec", optimize=opt), ns)
    try:
        r = ns["f"]()
    except AssertionError:
        r = "AssertionError"
    print(opt, ns["f"].__doc__, r)
# keyword arguments
co = compile(source="q = 3", filename="<kw>", mode="exec", flags=0, dont_inherit=True, optimize=0)
exec(co, ns); print(ns["q"])
