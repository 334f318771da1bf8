from __future__ import annotations
def f(a: int, b: list[str] = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
class C:
    x: Undefined = 1
    y: Optional[int]
print(C.__annotations__)
v: SomeType = 3
print(__annotations__)
