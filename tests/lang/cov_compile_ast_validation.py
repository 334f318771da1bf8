# compile() of malformed AST objects: the TypeErrors/ValueErrors of CPython's obj2ast and validator
import ast
L = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
def N(id, ctx=None): return ast.Name(id=id, ctx=ctx or ast.Load(), **L)
def C(v): return ast.Constant(value=v, **L)
def M(*stmts): return ast.Module(body=list(stmts), type_ignores=[])
def E(e): return ast.Expression(body=e)
cases = [
    ("missing lineno stmt", M(ast.Expr(value=C(1))), "exec"),
    ("missing col stmt", M(ast.Expr(value=C(1), lineno=1)), "exec"),
    ("missing lineno expr", E(ast.Constant(value=1)), "eval"),
    ("missing field", M(ast.Expr(**L)), "exec"),
    ("missing list field", M(ast.If(test=C(1), body=[ast.Pass(**L)], **L)), "exec"),
    ("missing optional", M(ast.Return(**L)), "exec"),
    ("None required", M(ast.Expr(value=None, **L)), "exec"),
    ("wrong ctx store", M(ast.Assign(targets=[N("x")], value=C(1), **L)), "exec"),
    ("wrong ctx load", E(N("x", ast.Store())), "eval"),
    ("wrong ctx del", M(ast.Delete(targets=[N("x")], **L)), "exec"),
    ("tuple ctx", M(ast.Assign(targets=[ast.Tuple(elts=[N("a", ast.Store())], ctx=ast.Load(), **L)], value=C(1), **L)), "exec"),
    ("empty if body", M(ast.If(test=C(1), body=[], orelse=[], **L)), "exec"),
    ("empty for body", M(ast.For(target=N("x", ast.Store()), iter=C(1), body=[], orelse=[], **L)), "exec"),
    ("empty def body", M(ast.FunctionDef(name="f", args=ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[], decorator_list=[], **L)), "exec"),
    ("empty class body", M(ast.ClassDef(name="C", bases=[], keywords=[], body=[], decorator_list=[], **L)), "exec"),
    ("empty try", M(ast.Try(body=[], handlers=[], orelse=[], finalbody=[], **L)), "exec"),
    ("try no handlers", M(ast.Try(body=[ast.Pass(**L)], handlers=[], orelse=[], finalbody=[], **L)), "exec"),
    ("bad constant", E(C([1])), "eval"),
    ("bad constant obj", E(C(object())), "eval"),
    ("None name", E(N("None")), "eval"),
    ("True name", E(N("True")), "eval"),
    ("wrong type field", M(ast.Expr(value=5, **L)), "exec"),
    ("stmt in expr slot", M(ast.Expr(value=ast.Pass(**L), **L)), "exec"),
    ("expr in body", M(C(1)), "exec"),
    ("body not list", ast.Module(body=ast.Pass(**L), type_ignores=[]), "exec"),
    ("empty Global", M(ast.Global(names=[], **L)), "exec"),
    ("empty Delete", M(ast.Delete(targets=[], **L)), "exec"),
    ("empty Assign", M(ast.Assign(targets=[], value=C(1), **L)), "exec"),
    ("BoolOp one value", E(ast.BoolOp(op=ast.And(), values=[C(1)], **L)), "eval"),
    ("Compare mismatch", E(ast.Compare(left=C(1), ops=[ast.Lt()], comparators=[], **L)), "eval"),
    ("Compare empty", E(ast.Compare(left=C(1), ops=[], comparators=[], **L)), "eval"),
    ("Dict mismatch", E(ast.Dict(keys=[C(1)], values=[], **L)), "eval"),
    ("empty With", M(ast.With(items=[], body=[ast.Pass(**L)], **L)), "exec"),
    ("ImportFrom neg level", M(ast.ImportFrom(module="x", names=[ast.alias(name="y", **L)], level=-1, **L)), "exec"),
    ("empty Import", M(ast.Import(names=[], **L)), "exec"),
    ("raise cause no exc", M(ast.Raise(exc=None, cause=C(1), **L)), "exec"),
    ("empty comprehension", E(ast.ListComp(elt=C(1), generators=[], **L)), "eval"),
    ("match no cases", M(ast.Match(subject=C(1), cases=[], **L)), "exec"),
    ("empty JoinedStr ok", E(ast.JoinedStr(values=[], **L)), "eval"),
    ("Starred load in assign", M(ast.Assign(targets=[ast.Starred(value=N("a"), ctx=ast.Store(), **L)], value=C(1), **L)), "exec"),
    ("nonlocal at module", M(ast.Nonlocal(names=["x"], **L)), "exec"),
    ("await outside", E(ast.Await(value=C(1), **L)), "eval"),
]
for label, tree, mode in cases:
    try:
        co = compile(tree, "<bad>", mode)
        print(label, "-> compiled")
    except (TypeError, ValueError, SyntaxError) as e:
        print(label, "->", type(e).__name__, str(e).split(" at 0x")[0])
