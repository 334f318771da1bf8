# traceback line numbers in assorted statements
import traceback, sys
def lines(fn):
    try:
        fn()
    except BaseException as e:
        out = []
        for fs in traceback.extract_tb(e.__traceback__)[1:]:
            out.append((fs.name, fs.lineno, fs.line))
        print(type(e).__name__, out)

def multi_line_call():
    return dict(
        a=1,
        b=undefined,
    )
def in_finally():
    try:
        pass
    finally:
        raise ValueError
def reraise_finally():
    try:
        raise KeyError
    finally:
        x = 1
def with_exit():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            raise RuntimeError
    with CM():
        y = 2
def in_gen():
    def g():
        yield 1
        raise IndexError
    for _ in g():
        pass
def assert_fail():
    assert 1 == 2, "msg"
def comp():
    return [1 / x
            for x in (1, 0)]
def attr_chain():
    a = None
    return (a
            .b
            .c)
def subscript_multiline():
    d = {}
    return d[
        "missing"
    ]
def reraise_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
def decorator_fail():
    def deco(f): raise TypeError("deco")
    @deco
    def h(): pass
def lambda_fail():
    f = lambda: 1 / 0
    f()
def nested_fn():
    def a():
        b()
    def b():
        raise LookupError
    a()
for fn in (multi_line_call, in_finally, reraise_finally, with_exit, in_gen, assert_fail, comp,
           attr_chain, subscript_multiline, reraise_in_except, decorator_fail, lambda_fail, nested_fn):
    lines(fn)
# format_stack and extract_stack from a nested function
def outer():
    return inner()
def inner():
    return [(f.name, f.lineno) for f in traceback.extract_stack()[-3:]]
print(outer())
# walk_tb
try:
    nested_fn()
except LookupError as e:
    print([(f.f_code.co_name, ln) for f, ln in traceback.walk_tb(e.__traceback__)])
# StackSummary formatting
try:
    lambda_fail()
except ZeroDivisionError as e:
    for l in traceback.format_tb(e.__traceback__):
        print(l.replace(__file__, "FILE"), end="")
