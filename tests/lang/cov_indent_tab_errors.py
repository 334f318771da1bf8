# IndentationError and TabError details from compile()
srcs = [
    "if x:\npass\n",
    "if x:\n    a\n   b\n",
    "if x:\n    a\n        b\n",
    "def f():\n\tif x:\n\t\ta\n        \tb\n",
    "if x:\n\ta\n        b\n",
    "if x:\n        a\n\tb\n",
    "if x:\n    \ta\n\t    b\n",
    "class C:\n",
    "class C:\n\n\n",
    "def f():\n# comment only\n",
    "for x in y:\nx\n",
    "while x:\n  pass\n else:\n  pass\n",
    "try:\n  pass\nexcept:\npass\n",
    "try:\nfinally:\n  pass\n",
    "with a:\n",
    "if x:\n  pass\nelif y:\nz\n",
    "if x:\n  pass\nelse:\nz\n",
    "match x:\n  case 1:\n  pass\n",
    "match x:\ncase 1:\n  pass\n",
    "async def f():\nreturn\n",
    "def f():\n  x = 1\n    y = 2\n",
    " x = 1\n",
    "\tx = 1\n",
    "x = 1\n\ty = 2\n",
    "if 1:\n  x\n \ty\n",
    "if 1:\n\tx\n\t y\n",
    "if 1:\n\t\tx\n\t \ty\n",
    "def f():\n    '''doc\n  continues'''\n    return 1\n",
    "if 1:\n    x = (1,\n2)\n",
    "if 1:\n    x = 1 \\\n+ 2\n",
    "if 1:\n  x\n\n\n y\n",
    "if 1:\n  # c\n    x\n",
    "@d\n  def f(): pass\n",
    "if 1:\n    pass\n  \n",
    "if 1: pass\n    x\n",
    "lambda: \\\n  1\n",
    "if True:\n\x0c    x = 1\n",
    "if True:\n    x = 1\n\x0c  y = 2\n",
]
for s in srcs:
    try:
        compile(s, "<ind>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print("%-14s %-60s %s %s %s %s %r" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text))
# the exception classes
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
e = IndentationError("msg", ("f.py", 3, 4, "  text\n", 3, 5))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
print(str(TabError("t")), repr(IndentationError()), SyntaxError("m", ("f", 1, 2, "t")).args)
