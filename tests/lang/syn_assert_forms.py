assert True
assert 1, "never"
try:
    assert 0
except AssertionError as e:
    print("no message:", e.args)
try:
    assert 0, "message"
except AssertionError as e:
    print("message:", e.args)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print("tuple message:", e.args)
calls = []
def side(v): calls.append(v); return v
try:
    assert side(0), side("msg evaluated only on failure")
except AssertionError:
    pass
assert side(1), side("not evaluated")
print(calls)
print(__debug__)
# under -O asserts are removed entirely (and __debug__ is False)
code = "assert False, 'x'\nprint('no assert', __debug__)\nif __debug__:\n    print('debug block')\n"
for opt in (0, 1, 2):
    try:
        exec(compile(code, "<o>", "exec", optimize=opt), {})
    except AssertionError as e:
        print(opt, "AssertionError", e)
print(compile("assert x", "<a>", "exec", optimize=2).co_code == compile("pass", "<a>", "exec", optimize=2).co_code)
ns = {}
exec(compile("assert False\nok = 1", "<a>", "exec", optimize=1), ns)
print(ns["ok"])
exec(compile("d = __debug__", "<a>", "exec", optimize=1), ns)
print(ns["d"])
for src in ["assert", "assert x,", "assert x, y, z", "assert (x, y)", "assert *x", "assert x = 1", "assert x := 1",
            "assert (x := 1)", "assert x, (y := 2)", "assert yield"]:
    try:
        compile(src, "<a>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.offset, e.end_offset)
