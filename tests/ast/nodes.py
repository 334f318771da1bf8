# the node classes: hierarchy, fields, construction, errors
import ast, _ast, copy

print(ast.AST, ast.AST.__mro__, ast.Module.__mro__, ast.Name.__mro__)
for name in ['AST', 'mod', 'Module', 'stmt', 'FunctionDef', 'expr', 'Constant', 'Name', 'expr_context', 'Load',
             'operator', 'Add', 'cmpop', 'In', 'arguments', 'arg', 'keyword', 'alias', 'withitem', 'match_case',
             'pattern', 'MatchAs', 'excepthandler', 'ExceptHandler', 'comprehension', 'type_ignore', 'TypeIgnore',
             'FunctionType', 'Interactive', 'Expression', 'TryStar']:
    c = getattr(ast, name)
    print(name, c.__bases__[0].__name__, c._fields, c._attributes, c.__match_args__, c.__module__)
print(ast.Module.__doc__)
print(ast.arguments.__doc__)
print(ast.expr_context.__doc__)
print(ast.Constant.kind, ast.FunctionDef.returns, ast.arguments.vararg, ast.expr.end_lineno, ast.arg.type_comment)
print(sorted(k for k in vars(_ast) if not k.startswith('_')) == sorted(k for k in vars(_ast) if not k.startswith('_')))
print(len([k for k in vars(_ast) if isinstance(getattr(_ast, k), type) and not k.startswith('_')]))
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.Module().__dict__, ast.Constant().__dict__)
n = ast.Name('x', ast.Load(), lineno=3, extra=5)
print(sorted(n.__dict__), n.id, n.lineno, n.extra, n.end_lineno)
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2))))
for args, kw in [((1, 2, 3), {}), ((1,), {'body': 2}), ((1,), {}), ((), {'foo': 1})]:
    try:
        m = ast.Module(*args, **kw)
        print('ok', m.__dict__)
    except TypeError as e:
        print('TypeError', e)
for cls, args in [(ast.Load, (1,)), (ast.AST, (1,)), (ast.Name, (1, 2, 3)), (ast.Return, (1, 2))]:
    try:
        cls(*args)
    except TypeError as e:
        print('TypeError', e)
print(ast.Load() is ast.Load(), type(ast.Load()) is ast.Load, isinstance(ast.Load(), ast.expr_context))
r = ast.Name('x', ast.Load()).__reduce__()
print(r[0], r[1], sorted(r[2]))
print(ast.Load().__reduce__()[:2])
t = ast.parse("a = [1, 2]\nprint(a)")
t2 = copy.deepcopy(t)
print(ast.dump(t2, include_attributes=True) == ast.dump(t, include_attributes=True), t2 is t)
t3 = copy.copy(t)
print(ast.dump(t3) == ast.dump(t))
a = ast.parse("x").body[0].value.ctx
b = ast.parse("y = 1").body[0].targets[0].ctx
c = ast.parse("z").body[0].value.ctx
print(type(a).__name__, type(b).__name__, a is c)
class MyNode(ast.AST):
    _fields = ('a', 'b')
m = MyNode(1, b=2)
print(m.a, m.b, isinstance(m, ast.AST))
try:
    MyNode(1, a=2)
except TypeError as e:
    print('TypeError', e)
match ast.parse("f(1)", mode="eval").body:
    case ast.Call(ast.Name(fn), [ast.Constant(v)]):
        print('matched', fn, v)
print(ast.Num(5).value, isinstance(ast.Constant(1), ast.Num), ast.Str('s').s)
try:
    ast.parse("def f(:\n  pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    ast.parse("if x:\npass", filename="f.py")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    ast.parse("a\0b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ast.parse(5)
except TypeError as e:
    print('TypeError', e)
# ast construction recursion guard (3 per frame, limit 3 x the recursion limit)
import sys
def deepest(build):
    lo, hi = 1, 8000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            ast.parse(build(mid))
            lo = mid
        except RecursionError as e:
            msg = str(e)
            hi = mid - 1
    return lo, msg
print(deepest(lambda n: "x" + ".a" * n))
def nested(k):
    return nested(k - 1) if k else deepest(lambda n: "x" + "[0]" * n)
print(nested(50))
# str sources: already decoded (no coding cookie), lone surrogates can't be encoded
for src in ["# coding: latin-1\nc = 'é'", b"# coding: latin-1\nd = '\xe9'", "x = '\udc80'"]:
    try:
        print(ast.dump(ast.parse(src)))
    except Exception as e:
        print(type(e).__name__, e)
for mode in ["bogus", "func_type"]:
    try:
        compile("x", "f", mode)
    except ValueError as e:
        print('ValueError', e)
try:
    ast.parse("x", mode="bogus")
except ValueError as e:
    print('ValueError', e)
