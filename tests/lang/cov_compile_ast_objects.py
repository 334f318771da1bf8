# compile() of hand-built AST objects, and the errors for malformed trees
import ast
tree = ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name(id="print", ctx=ast.Load()),
                                                args=[ast.Constant(value="built by hand")], keywords=[]))],
                  type_ignores=[])
ast.fix_missing_locations(tree)
exec(compile(tree, "<ast>", "exec"))
expr = ast.Expression(body=ast.BinOp(left=ast.Constant(6), op=ast.Mult(), right=ast.Constant(7)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, "<ast>", "eval")))
# a tree from ast.parse, modified, then compiled
t = ast.parse("x = 1 + 2\ny = x * 10")
t.body[0].value.right = ast.copy_location(ast.Constant(40), t.body[0].value.right)
ns = {}
exec(compile(t, "<mod>", "exec"), ns)
print(ns["x"], ns["y"])
# NodeTransformer round trip
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t = Double().visit(ast.parse("r = [1, 2, 3]"))
ns = {}
exec(compile(t, "<dbl>", "exec"), ns)
print(ns["r"])
# malformed trees
bad_trees = [
    ("expr in exec", ast.fix_missing_locations(ast.Expression(body=ast.Constant(1))), "exec"),
    ("module in eval", ast.fix_missing_locations(ast.Module(body=[], type_ignores=[])), "eval"),
]
for label, tree, mode in bad_trees:
    try:
        co = compile(tree, "<bad>", mode)
        print(label, "compiled", eval(co) if mode == "eval" else "")
    except (TypeError, ValueError, SyntaxError) as e:
        print(label, type(e).__name__, e)
# PyCF_ONLY_AST returns trees for all modes
for mode, src in [("exec", "a = 1"), ("eval", "a + 1"), ("single", "a")]:
    print(mode, ast.dump(compile(src, "<o>", mode, ast.PyCF_ONLY_AST)))
print(ast.dump(ast.parse("(a, *b) = c", mode="exec").body[0]))
print(ast.unparse(ast.parse("f(*a, **k, x=1)")), ast.unparse(ast.parse("lambda: (yield)")))
print(ast.literal_eval("{'a': [1, 2.5, -3j, (True, None)], 'b': b'x'}"))
for bad in ["1 + x", "f()", "[1, 2] * 2", "{**a}"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e).split(" at 0x")[0])
