g1 = g2 = 0
def setg():
    global g1, g2
    g1, g2 = 1, 2
    global g3
    g3 = 3
setg(); print(g1, g2, g3)
def outer():
    a = b = 0
    def inner():
        nonlocal a, b
        a += 1; b -= 1
    inner(); inner()
    return a, b
print(outer())
def deep():
    v = "outer"
    def mid():
        def leaf():
            nonlocal v
            v = "leaf"
        leaf()
    mid()
    return v
print(deep())
class K:
    global g4
    g4 = "from class"
print(g4)
def gl_in_class():
    x = 1
    class In:
        nonlocal x
        x = 2
    return x
print(gl_in_class())
errs = ["global x\nglobal x", "def f():\n  x = 1\n  global x", "def f():\n  global x\n  nonlocal x",
        "def f(x):\n  global x", "def f(x):\n  nonlocal x", "nonlocal x", "def f():\n  nonlocal x",
        "def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x", "def f():\n  print(x)\n  global x",
        "def f():\n  global x, \n", "def f():\n  global\n", "def f():\n  global x.y\n", "def f():\n  global (x)\n",
        "def f():\n  x: int\n  global x", "def f():\n  global x\n  x: int = 1", "def f():\n  for x in y: pass\n  global x",
        "def f():\n  import x\n  global x", "def f():\n  def x(): pass\n  global x", "def f():\n  global __class__",
        "class C:\n  def f(self):\n    nonlocal __class__", "def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x",
        "def f():\n  (x := 1)\n  global x", "def f():\n  del x\n  global x", "def f():\n  global x\n  del x"]
for src in errs:
    try:
        compile(src, "<g>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
