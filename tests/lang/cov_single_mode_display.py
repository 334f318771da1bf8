# compile(..., "single") prints expression statement values through sys.displayhook
import sys, builtins
def single(src, ns=None):
    ns = {} if ns is None else ns
    exec(compile(src, "<single>", "single"), ns)
    return ns
single("1 + 1")
single("None")
single("'text'")
single("x = 5")
single("[1, 2]")
single("for i in range(2): i\n")
single("if True:\n    7\n    8\n")
ns = single("y = 3")
single("y * 2", ns)
single("y;  y + 1", ns)
# the display hook stores the value in builtins._
single("40 + 2")
print(builtins._)
single("None")
print(builtins._)
# a custom displayhook
seen = []
old = sys.displayhook
sys.displayhook = seen.append
single("'hooked'")
single("1, 2")
sys.displayhook = old
print(seen)
try:
    del sys.displayhook
    single("1")
except RuntimeError as e:
    print("RuntimeError", e)
finally:
    sys.displayhook = old
# exec mode does not print
exec(compile("1 + 1", "<exec>", "exec"))
exec(compile("'no display'", "<exec>", "exec"))
# eval mode returns
print(eval(compile("2 ** 10", "<eval>", "eval")))
# single mode rejects multiple statements
for src in ["1\n2", "x = 1\ny = 2\n", "if 1:\n  pass\nx = 1\n", "def f(): pass\n", "class C: pass\n", "1;2;3\n", "\n\n1\n\n",
            "#comment\n5\n", "if 1:\n  pass\n\n", 'for i in range(2): i', 'if 1: 5', 'while 0: pass', 'def f(): pass',
            'if 1:\n  5', 'try: 1\nexcept: 2', 'with a: pass', 'class C: pass', 'for x in y:\n  pass\nelse: 3', '@d\ndef f(): pass',
            'async def f(): pass', 'match x:\n case 1: pass', 'import os', 'if 1:\n  if 2: 3', 'if 1:\n  5\nelse: 6', 'if 1:\n  5\n',
            'if 1: 5\n', 'if 1: pass\nelse:\n  4', 'if 1:\n  for x in y: pass', 'class C:\n  def f(self): pass', 'if 1: 5 # comment',
            'if 1: 5;', 'x = 1; y = 2', '5 # c', 'if 1: 5\n# c', 'if 1: (\n5)']:
    try:
        compile(src, "<single>", "single")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
# repr used by the display hook
class R:
    def __repr__(self): return "R-repr"
single("R()", {"R": R})
sys.displayhook(None)
sys.displayhook("direct")
print(repr(builtins._))
sys.__displayhook__(3)
