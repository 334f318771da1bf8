# NodeVisitor, NodeTransformer, walk and helpers
import ast

src = '''
"""module doc"""
def f(x):
    """func doc"""
    y = x + 1
    return g(y, 2)

class K:
    def m(self):
        return self.a
'''
tree = ast.parse(src)
print(sorted({type(n).__name__ for n in ast.walk(tree)}))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)
    def visit_Constant(self, node):
        self.names.append(('const', node.value))

v = Names()
v.visit(tree)
print(v.names)

class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'y':
            return ast.copy_location(ast.Name(id='renamed', ctx=node.ctx), node)
        return node
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(node.value * 100)
        return node
    def visit_Return(self, node):
        self.generic_visit(node)
        return [ast.Expr(ast.Constant('before')), node]

t2 = ast.fix_missing_locations(Rename().visit(tree))
print(ast.unparse(t2))
print(ast.dump(t2.body[1].body[1], include_attributes=True))
ast.increment_lineno(t2, 10)
print([n.lineno for n in ast.walk(t2) if isinstance(n, ast.stmt)])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse('a + 1', mode='eval').body)])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[1])])
print(ast.get_source_segment(src, ast.parse(src).body[1].body[1]))
code = compile(ast.parse("print('compiled from a tree', 6 * 7)"), "<ast>", "exec")
exec(code)
e = compile(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(21)))), "<ast>", "eval")
print(eval(e))
try:
    compile(ast.parse("x"), "<ast>", "eval")
except TypeError as ex:
    print("TypeError", ex)
print(compile(tree, "<ast>", "exec", ast.PyCF_ONLY_AST) is tree)
try:
    compile(5, "<ast>", "exec")
except TypeError as ex:
    print("TypeError", ex)
ns = {}
exec(compile(ast.parse("def sq(v):\n    return v * v\n"), "<ast>", "exec"), ns)
print(ns['sq'](9))
