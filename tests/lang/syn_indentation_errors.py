errs = ["if 1:\npass\n", "  x = 1\n", "x = 1\n    y = 2\n", "if 1:\n    x\n  y\n", "if 1:\n  x\n    y\n",
        "def f():\n\treturn 1\n        return 2\n", "if 1:\n        x\n\ty\n", "def f():\n", "class C:\n", "for x in y:\n",
        "while x:\n", "with a:\n", "try:\n", "try:\n  pass\nexcept:\n", "try:\n  pass\nfinally:\n", "if x:\n  pass\nelse:\n",
        "if x:\n  pass\nelif y:\n", "match x:\n  case 1:\n", "async def f():\n", "def f():\n# comment\n",
        "if 1:\n    x\n   y\n", "if 1:\n  if 2:\n    x\n y\n", "if 1:\n\tx\n\ty\n", "if 1:\n \tx\n\t y\n",
        "\tx = 1\n", "if 1:\n  x = 1\n\n\n    y = 2\n", "x = (\n  1,\n    2)\n  y\n", "def f():\n  '''doc'''\n    x\n",
        "if True:\n  pass\n  else:\n    pass\n", "for x in y:\n  pass\nelse:\npass\n", "def f():\n    pass\n  pass\n",
        "if 1:\n\n  x\n", "if x:\n  pass\n elif y:\n  pass\n"]
for src in errs:
    try:
        compile(src, "<i>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
