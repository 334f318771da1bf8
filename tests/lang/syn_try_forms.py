def t(n):
    out = []
    try:
        out.append("body")
        if n == 1: raise ValueError("v")
        if n == 2: raise KeyError("k")
        if n == 3: raise TypeError("t")
    except ValueError:
        out.append("value")
    except (KeyError, IndexError) as e:
        out.append("lookup " + type(e).__name__)
    except Exception as e:
        out.append("other " + str(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
for n in range(4): print(t(n))
try:
    pass
finally:
    print("bare try/finally")
try:
    raise RuntimeError
except:
    print("bare except")
try:
    x = 1
except ValueError:
    pass
else:
    print("else without finally", x)
excs = (ValueError, TypeError)
try:
    raise TypeError("from tuple var")
except excs as e:
    print("tuple variable", e)
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise KeyError(2) from e
except KeyError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError
except ValueError as e:
    pass
try:
    e
except NameError as ne:
    print("as-target deleted:", ne)
def gen_exc():
    return IndexError
try:
    [][1]
except gen_exc() as e:
    print("expression in except", type(e).__name__)
# nested one-line forms
try: 1/0
except ZeroDivisionError: print("one-line except")
try: pass
finally: print("one-line finally")
errs = ["try:\n  pass\n", "try:\n  pass\nelse:\n  pass\n", "try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass\n",
        "try:\n  pass\nfinally:\n  pass\nexcept:\n  pass\n", "try:\n  pass\nexcept ValueError, TypeError:\n  pass\n",
        "try:\n  pass\nexcept ValueError as e.x:\n  pass\n", "try:\n  pass\nexcept ValueError as (a, b):\n  pass\n",
        "try:\n  pass\nexcept* ValueError:\n  pass\nexcept TypeError:\n  pass\n", "try:\npass\nexcept:\n  pass\n",
        "try pass\n", "try:\n  pass\nexcept\n  pass\n", "try:\n  pass\nexcept ValueError as:\n  pass\n",
        "try:\n  pass\nexcept (A, B) as e:\n  pass\nelse:\n  pass\nelse:\n  pass\n", "except ValueError:\n  pass\n",
        "finally:\n  pass\n", "try:\n  pass\nexcept*:\n  pass\n"]
for src in errs:
    try:
        compile(src, "<t>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
