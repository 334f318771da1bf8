# ast.literal_eval
import ast
for s in ["1", "-1", "+2.5", "1+2j", "-3-4j", "'abc'", "b'xy'", "None", "True", "(1, 2, (3,))",
          "[1, [2, 3]]", "{'a': 1, 'b': [2]}", "{1, 2, 3}", "set()", "()", "[]", "{}", "0x10", "1_000",
          "'a' 'b'", "  42  ", "\t\n7", "...", "10**2", "x", "f(1)", "[1, 2 + x]", "{**a}", "-'s'", "1 if 2 else 3"]:
    try:
        print(repr(s), '->', repr(ast.literal_eval(s)))
    except Exception as e:
        print(repr(s), '!!', type(e).__name__, str(e).split(':')[0])
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(value=5)))
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
