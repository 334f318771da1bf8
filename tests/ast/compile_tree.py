# compile() of ast trees: line numbers follow the tree's locations
import ast, traceback
src = '''
import sys

@staticmethod
def f(x):
    """doc
    string"""
    y = x + 1
    return 1 / x

try:
    pass
except ValueError:
    pass
class C:

    def m(self): return f(0)
if True:
    a = 1; b = 2
    try:
        C().m()
    except ZeroDivisionError as e:
        tb = e.__traceback__
        while tb.tb_next: tb = tb.tb_next
        print('line', tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_firstlineno)
'''
exec(compile(ast.parse(src), "<ast>", "exec"), {})
print(ast.unparse(ast.parse(src)))
x = compile(ast.parse("x = 1", mode="single"), "<ast>", "single")
exec(x, {})
t = ast.Module([ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built')], []))], [])
exec(compile(ast.fix_missing_locations(t), "<ast>", "exec"))
