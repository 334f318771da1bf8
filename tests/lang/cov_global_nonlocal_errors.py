# global/nonlocal problems detected at compile time
cases = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    global x\n    def x(): pass\n",
    "nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    class C:\n        nonlocal y\n",
    "def f():\n    y = 1\n    class C:\n        nonlocal y\n        y = 2\n    return y\n",
    "def f():\n    global x\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        nonlocal x\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
    "def f():\n    for x in []: pass\n    global x\n",
    "def f():\n    import x\n    global x\n",
    "def f():\n    del x\n    global x\n",
    "def f():\n    [x for x in []]\n    global x\n",
    "def f():\n    (x := 1)\n    global x\n",
    "def f():\n    with a as x: pass\n    global x\n",
    "def f():\n    try: pass\n    except E as x: pass\n    global x\n",
    "global __class__\n",
    "def f():\n    nonlocal __class__\n",
    "class C:\n    def f(self):\n        nonlocal __class__\n",
    "def f():\n    x = 1\n    lambda: (nonlocal_x := 1)\n",
    "x = 1\nglobal x\n",
    "def f():\n    def g():\n        nonlocal x\n    x = 1\n",
    "def f(a, /, b, *, c):\n    global c\n",
    "def f():\n    x = 1\n    def g(*, x):\n        nonlocal x\n",
    "def f():\n    global x; x = 1\n",
    "async def f():\n    global x\n    async for x in y: pass\n",
]
for src in cases:
    try:
        compile(src, "<g>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
# the class body nonlocal works at runtime
def f():
    y = 1
    class C:
        nonlocal y
        y = 2
    return y
print(f())
# global declared in a class body
class D:
    global made_in_class
    made_in_class = "yes"
print(made_in_class, hasattr(D, "made_in_class"))
# global statement in exec'd code with separate locals
g, l = {}, {}
exec("global q\nq = 1\nr = 2", g, l)
print("q" in g, "q" in l, "r" in l)
