# line numbers: co_firstlineno with decorators, tb_lineno for multi-line expressions and statements
import sys, traceback
def deco(f): return f
@deco
@deco
def decorated():
    pass
print(decorated.__code__.co_firstlineno - deco.__code__.co_firstlineno)
@deco
class K:
    def m(self): return sys._getframe().f_lineno
print(K().m() - deco.__code__.co_firstlineno)
base = sys._getframe().f_lineno
def lines_of(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__.tb_next
        out = []
        while tb:
            out.append(tb.tb_lineno - base)
            tb = tb.tb_next
        return out
def multi_line_call():
    return int(
        "x"
    )
def multi_line_binop():
    a = 1
    return (a +
            None)
def attr_chain():
    obj = None
    return (obj
            .attr)
def in_comprehension():
    return [
        1 / x
        for x in [1, 0]
    ]
def in_fstring():
    v = None
    return f"value: {v.missing}"
def subscript():
    d = {}
    return d[
        "key"
    ]
def with_exit():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): raise KeyError("exit")
    with CM():
        pass
def assert_multi():
    assert (1 ==
            2), "msg"
def raise_from():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError(
            "wrapped") from e
def dict_display():
    return {
        "a": 1,
        "b": 1 / 0,
    }
def lambda_body():
    f = (lambda x:
         x / 0)
    return f(1)
for f in [multi_line_call, multi_line_binop, attr_chain, in_comprehension, in_fstring, subscript, with_exit,
          assert_multi, raise_from, dict_display, lambda_body]:
    print(f.__name__, lines_of(f))
# f_lineno while running and in generators
def gen():
    yield sys._getframe().f_lineno - base
    yield sys._getframe().f_lineno - base
print(list(gen()))
# line numbers of code objects in nested functions and class bodies
def outer():
    def inner():
        pass
    return inner
print(outer().__code__.co_firstlineno - base, outer.__code__.co_firstlineno - base)
# extract_tb positions for a chained call
def level3(): raise LookupError("deep")
def level2(): level3()
def level1(): level2()
try:
    level1()
except LookupError as e:
    print([(fs.name, fs.lineno - base, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
