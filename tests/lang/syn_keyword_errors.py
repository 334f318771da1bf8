errs = ["True = 1", "None = 1", "False += 1", "x.True = 1", "def None(): pass", "class True: pass", "import None",
        "from x import None", "import x as None", "for None in x: pass", "with a as None: pass", "lambda None: 0",
        "def f(None): pass", "def f(*, True): pass", "f(None=1)", "f(True=1)", "__debug__ = 1", "x.__debug__ = 1",
        "def f(__debug__): pass", "def __debug__(): pass", "class __debug__: pass", "import __debug__",
        "from x import y as __debug__", "del __debug__", "(a, __debug__) = 1, 2", "for __debug__ in x: pass",
        "f(__debug__=1)", "lambda __debug__: 0", "__debug__: int", "__debug__ += 1", "[__debug__ for __debug__ in x]",
        "if = 1", "pass = 1", "x = pass", "def if(): pass", "import if", "print(if)", "a.if = 1", "f(in=1)",
        "x = not", "x = and y", "else = 1", "x = yield = 1", "await = 1", "async = 1", "nonlocal = 1",
        "match = case = _ = type = 1", "print(match, case, _)"]
for src in errs:
    try:
        compile(src, "<k>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
