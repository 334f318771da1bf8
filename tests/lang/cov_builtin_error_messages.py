# common runtime TypeErrors/ValueErrors of builtins and operators, with their messages
import warnings
warnings.simplefilter("ignore", SyntaxWarning)
tests = ["None()", "1()", "'s'()", "[]()", "None[0]", "1[0]", "len[0]", "object()[0]", "{}[[]]", "[][[]]", "[]['a']", "'abc'['a']",
         "(1,2)[5]", "'abc'[10]", "[1][1:'a']", "del [][0]", "x = {}; x[[]] = 1", "iter(None)", "next([])", "reversed(5)",
         "sum(['a'])", "sum([1], 'a')", "min([])", "max()", "sorted(5)", "sorted([1, 'a'])", "[1, 'a'].sort()", "abs('a')",
         "round('a')", "int(None)", "int([])", "float('x')", "float([])", "complex('x')", "chr(-1)", "ord('ab')", "ord('')",
         "divmod(1, 'a')", "pow(2, 3, 0)", "pow(2.0, 3, 5)", "bytes(-1)", "bytes('a')", "bytearray('a')", "str(b'a', 'bogus')",
         "'a' + 1", "1 + 'a'", "[] + ()", "'a' * 'b'", "'abc'.index('z')", "[1].index(2)", "(1,).index(2)", "{}.pop('k')",
         "set().pop()", "[].pop()", "frozenset().add", "dict([1])", "dict([(1,)])", "dict(1)", "hash({})", "getattr(1)",
         "setattr(1, 'a')", "isinstance()", "range(1.5)", "range(0, 10, 0)", "list(range(3))[::0]", "'%d' % 'a'", "format(1, 'z')",
         "'{:d}'.format('a')", "int('1', 1)", "int('1', 37)", "int(1, 2)", "memoryview('a')", "zip(1)", "map(None, 1)",
         "enumerate(1)", "filter(None, 5)", "super()", "vars()", "locals(1)", "id()", "callable()", "type()", "object(1)"]
for t in tests:
    try:
        exec(t, {})
        print(t, "ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
