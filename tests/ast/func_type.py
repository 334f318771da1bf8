# ast.parse(mode="func_type")
import ast
for s in ["(int, *str) -> bool", "() -> None", "(int) -> List[int]", "(x, **y) -> z", "(a, *b, **c) -> d",
          "((a, b)) -> c", "(Dict[str, 'x->y']) -> Tuple[int, ...]", "(int)", "int -> str", "(a) -> b -> c", "(a, b,) -> c"]:
    try:
        print(repr(s), ast.dump(ast.parse(s, mode="func_type"), include_attributes=True))
    except SyntaxError as e:
        print(repr(s), 'SyntaxError', e.msg)
