x = 1 + \
    2
print(x)
if x == 3 and \
   True:
    print("joined if")
y = [1,
     2,   # comment inside brackets
# a comment on its own line
     3]
print(y)
z = {
    'a': 1,
        'b': 2,  # odd indentation is fine inside brackets
}
print(z)
def f(a,
      b):
    return (a
            + b)
print(f(1,
        2))
s = """multi
line"""
print(s)
print(1 + \
2 + \
3)
t = (1,
)
print(t)
w = 1; v = 2; print(w + v)
if True: print("one-liner")
for i in range(2): print(i); print(-i)
class C: pass
def g(): return 5
print(g())
while False: pass
with open(__file__) as fh: print(bool(fh.read(1)))
# backslash continuation in the middle of an expression and of a statement
assert \
    True, \
    "msg"
a = b = \
    4
print(a, b)
errs = ["x = 1 + \\ 2", "x = \\", "\\", "x = (1,\n 2", "x = 1 \\\n\n", "if True:\n\\\n  pass",
        "x = [1,\n2]\n  y = 3", "x = 1\\ # c\n", "x = 'a' \\\n 'b'", "x = \\\n\\\n1"]
for src in errs:
    try:
        compile(src, "<j>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
