# Compile-time warnings: category, message and line, and the SyntaxError they become when the
# warnings filters turn them into errors
import warnings

def show(src, mode="exec"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<w>", mode)
        except SyntaxError as e:
            print("  error:", e.msg)
    for x in w:
        print("  %s line %d: %s" % (x.category.__name__, x.lineno, x.message))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<w>", mode)
            print("  as error: compiles")
        except SyntaxError as e:
            print("  as error:", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

cases = [
    'x is 1', 'x is not "a"', '"a" is x', 'x is -1', 'x is ()', 'x is (1, 2)', 'x is (1, y)',
    'x is None', 'x is True', 'x is ...', 'x == 1 is 2', 'if x is 1: pass', 'y = 1 if x is 2.5 else 0',
    'assert (x, "msg")', 'assert ()', 'assert (x)', 'assert x, (1, 2)',
    '1()', '[1]()', '(1, 2)()', '-1()', 'f"x"()', '{}()', '{1: 2}()', '[x for x in y]()', '(x for x in y)()',
    '1j()', '...()', 'None()', '(x)()', 'x()()',
    '{1}[0]', 'None[0]', 'True[0]', '1.5[0]', '(lambda: 0)[0]', '(x for x in y)[0]', '...[0]',
    '"ab"[1.5]', '[1]["a"]', '(1, 2)[(1,)]', 'b"x"[None]', '"s"[True]', '"ab"[1:2]', 'x[1.5]', '{1: 2}["a"]',
    'x = [1, 2] [3, 4]', 'x = [(1, 2) (3, 4)]',
    '"\\d"', 'b"\\q"', '"\\777"', 'b"\\N{X}"', '"\\8"', '"\\d\\e"', '"ok" "\\d"', 'f"\\d{x}"', 'rf"\\d{x}"',
    '"""\n\\d"""', '"\\é"', 'f"\\{x}"',
    '1if x else y', 'x = 1or 2', '[0x1for x in y]', '0o7and 1', '1else', '1jif x else y',
    'x = 1 is 1\ny = 2 is not 2\nz = (3, 4)()',
]
for src in cases:
    print(repr(src))
    show(src)
print(repr('"\\d"'), "eval")
show('"\\d"', "eval")
print(repr('x is 1'), "eval")
show('x is 1', "eval")
# an "ignore" filter silences them
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    compile('x is 1\n"\\d"', "<w>", "exec")
print(len(w))
# a filter on the message only
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", message="assertion")
    compile('x is 1', "<w>", "exec")
    try:
        compile('assert (1, 2)', "<w>", "exec")
    except SyntaxError as e:
        print("filtered:", e.msg)
print([str(x.message) for x in w])
