# except* splitting, nesting and re-raise
def show(eg, indent=0):
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(pad + "%s(%r) [%d]" % (type(eg).__name__, eg.message, len(eg.exceptions)))
        for e in eg.exceptions:
            show(e, indent + 2)
    else:
        print(pad + repr(eg))
def run(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("escaped:")
        show(e, 2)
def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
    except* ValueError as e:
        print("ValueError group:"); show(e, 2)
    except* TypeError as e:
        print("TypeError group:"); show(e, 2)
run(a)
def b():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run(b)
def c():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
run(c)
def d():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked wrapped:", type(e).__name__, repr(e.message), e.exceptions)
run(d)
def e():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("not reached")
run(e)
def f():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
        except* TypeError as te:
            print("inner handler"); show(te, 2)
            raise
    except* ValueError as ve:
        print("outer handler"); show(ve, 2)
run(f)
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, TypeError) as e:
        print("tuple match"); show(e, 2)
run(g)
def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        raise e
run(h)
def i():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        print("handled ValueError")
    except* KeyboardInterrupt:
        print("handled KeyboardInterrupt")
run(i)
def j():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise TypeError("from handler 1")
    except* TypeError:
        raise KeyError("from handler 2")
run(j)
def k():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        pass
    else:
        print("else not reached")
    finally:
        print("finally runs")
run(k)
def l():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else runs")
run(l)
# errors in except* clauses
for src in ["try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept* ExceptionGroup:\n    pass\n",
            "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
            "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
            "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
            "try:\n    pass\nexcept* (A, B):\n    pass\n",
            "try:\n    pass\nexcept *E:\n    pass\n",
            "try:\n    pass\nexcept KeyError:\n    pass\nexcept* ValueError:\n    pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as ex:
        print("SyntaxError:", ex.msg, ex.lineno)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as ex:
    print("TypeError", ex)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        pass
except TypeError as ex:
    print("TypeError", ex)
# the traceback and context of the matched exceptions
try:
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ValueError as ve:
        raise RuntimeError("wrapper") from ve
except ExceptionGroup as group:
    ex = group.exceptions[0]
    print(repr(group.message), repr(ex), type(ex.__cause__).__name__, ex.__cause__.exceptions)
    print(ex.__context__ is ex.__cause__, ex.__suppress_context__, group.__context__)
