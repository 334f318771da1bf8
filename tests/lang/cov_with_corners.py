# with statement corners
log = []
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        if self.fail_exit:
            raise KeyError("exit failed: " + self.name)
        return self.suppress
def run(label, f):
    log.clear()
    try:
        r = f()
        print(label, "->", r, log)
    except Exception as e:
        print(label, "->", type(e).__name__, e, "| context:", repr(e.__context__), log)
def t1():
    with CM("a") as x, CM("b") as y:
        return x + y
def t2():
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        return "unreached"
def t3():
    with CM("a", suppress=True), CM("b"):
        raise ValueError("v")
    return "after suppressed"
def t4():
    with CM("a"), CM("b", fail_exit=True):
        raise ValueError("v")
def t5():
    with CM("a", suppress=True):
        with CM("b", fail_exit=True):
            pass
    return "outer suppressed exit error"
def t6():
    with (CM("p") as p, CM("q") as q,):
        return p, q
def t7():
    with (CM("single")):
        return "parenthesised single"
def t8():
    d = {}
    class O: pass
    o = O()
    with CM("sub") as d["k"], CM("attr") as o.attr, CM("x") as d["j"]:
        pass
    return d, o.attr
def t9():
    a = [None, None]
    with CM("u") as (a[0], a[1]):
        pass
    return a
def t10():
    with CM("a", suppress=True):
        return "return inside suppressing with"
def t11():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                break
    return i
def t12():
    class Truthy:
        def __bool__(self):
            log.append("bool called")
            return True
    class Sup(CM):
        def __exit__(self, *a):
            super().__exit__(*a)
            return Truthy()
    with Sup("t"):
        raise ValueError("suppressed by truthy object")
    return "ok"
for i, f in enumerate([t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12], 1):
    run("t%d" % i, f)
# objects lacking the protocol
class OnlyEnter:
    def __enter__(self): return 1
class OnlyExit:
    def __exit__(self, *a): pass
for obj in [OnlyEnter(), OnlyExit(), 5]:
    try:
        with obj:
            pass
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
# __enter__ looked up on the type, not the instance
class Inst:
    pass
i = Inst()
i.__enter__ = lambda: 1
i.__exit__ = lambda *a: None
try:
    with i:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
# exit receives the traceback object, and exceptions from the body are the same object
class Inspect:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        self.got = (t, v, tb is v.__traceback__ if v else None)
        return True
with Inspect() as ins:
    raise IndexError("ix")
print(ins.got[0].__name__, repr(ins.got[1]), ins.got[2])
# with on the same object twice, and nested contextlib helpers
import contextlib
@contextlib.contextmanager
def gen_cm(tag):
    log.append("gen enter " + tag)
    try:
        yield tag
    except ZeroDivisionError:
        log.append("gen handled")
    finally:
        log.append("gen exit " + tag)
log.clear()
with gen_cm("g1") as t, gen_cm("g2") as u:
    1 / 0
print(t, u, log)
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed KeyError")
with contextlib.ExitStack() as st:
    for n in "abc":
        st.callback(log.append, "callback " + n)
print(log[-3:])
