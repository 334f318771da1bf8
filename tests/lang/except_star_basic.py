def run(exc):
    try:
        raise exc
    except* ValueError as eg:
        print("ValueError part:", [repr(e) for e in eg.exceptions])
    except* (TypeError, KeyError) as eg:
        print("Type/Key part:", [repr(e) for e in eg.exceptions])
try:
    run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)]))
except Exception as e:
    print("escaped", repr(e))
try:
    run(ExceptionGroup("g", [ValueError(1), OSError(4)]))
except ExceptionGroup as e:
    print("rest:", [repr(x) for x in e.exceptions])
try:
    run(ValueError("naked"))
except Exception as e:
    print("escaped", e)
def no_match():
    try:
        raise ExceptionGroup("g", [IndexError(1)])
    except* ValueError:
        print("never")
try:
    no_match()
except ExceptionGroup as e:
    print("unmatched:", [repr(x) for x in e.exceptions])
def raise_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
try:
    raise_in_handler()
except Exception as e:
    print("raised in handler:", type(e).__name__, repr(e.__context__) if e.__context__ else None)
for t in ["try:\n  pass\nexcept* ValueError:\n  break\n",
          "def f():\n  try:\n    pass\n  except* ValueError:\n    return 1\n",
          "for x in y:\n  try:\n    pass\n  except* ValueError:\n    continue\n"]:
    try:
        compile(t, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno)
