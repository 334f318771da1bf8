from __future__ import annotations
# postponed evaluation: annotations are stored as strings
import typing

def f(a: int, b: "str" = "x", *args: List[int], c: undefined_name = 1, **kw: dict) -> Optional[int]:
    pass
print(f.__annotations__)

class C:
    x: int
    y: SomeUndefined = 3
    z: list[int]
    def m(self) -> C: ...
print(C.__annotations__)
print(C.m.__annotations__)
print(C.y)

# annotations on local variables are not stored or evaluated
def g():
    v: undefined_thing = 5
    return v
print(g())

# complex expressions are unparsed
def h(x: a.b[c, d] | None = None, y: lambda: 1 = 2) -> dict[str, tuple[int, ...]]:
    pass
print(h.__annotations__)

# module-level annotations
mod_var: Tuple[int, int] = (1, 2)
print(__annotations__)

# typing.get_type_hints resolves strings when possible
class D:
    a: int
    b: list[str]
print(typing.get_type_hints(D))
import __future__
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
