def f(exc):
    log = []
    try:
        raise exc
    except* ValueError as eg:
        log.append(("value", [str(e) for e in eg.exceptions]))
    except* (TypeError, KeyError) as eg:
        log.append(("type/key", sorted(type(e).__name__ for e in eg.exceptions)))
    except* OSError:
        log.append("os")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(f(ExceptionGroup("g", [ValueError("a"), TypeError("b"), KeyError("c")])))
print(f(ValueError("naked")))
print(f(ExceptionGroup("g", [OSError("x"), ValueError("y")])))
try:
    f(ExceptionGroup("g", [ValueError("a"), ZeroDivisionError("z")]))
except ExceptionGroup as eg:
    print("leftover", [type(e).__name__ for e in eg.exceptions])
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise TypeError("raised in handler")
except ExceptionGroup as eg:
    print("handler raised", [type(e).__name__ for e in eg.exceptions])
errs = ["try:\n  pass\nexcept* ValueError:\n  break\n", "for x in y:\n  try:\n    pass\n  except* ValueError:\n    continue\n",
        "def f():\n  try:\n    pass\n  except* ValueError:\n    return 1\n", "try:\n  pass\nexcept*:\n  pass\n",
        "try:\n  pass\nexcept* (ValueError, TypeError):\n  pass\n", "try:\n  pass\nexcept *ValueError:\n  pass\n",
        "try:\n  pass\nexcept* ValueError, TypeError:\n  pass\n", "try:\n  pass\nexcept ValueError:\n  pass\nexcept* TypeError:\n  pass\n",
        "for x in y:\n  try:\n    pass\n  except* ValueError:\n    for z in w:\n      break\n",
        "try:\n  pass\nexcept* ExceptionGroup:\n  pass\n"]
for src in errs:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
