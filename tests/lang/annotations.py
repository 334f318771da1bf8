x: int = 5
y: "str"
print(x, __annotations__)
def f(a: int, b: str = "s", *args: float, c: bool, **kw: dict) -> list:
    return []
print(f.__annotations__)
class C:
    v: int = 1
    w: list[int]
    def m(self) -> None: pass
print(C.__annotations__, C.v)
def g():
    z: int = 3
    q: float
    return z
print(g(), g.__annotations__)
obj = C()
obj.attr: int = 7
print(obj.attr)
d = {}
d["k"]: str = "v"
print(d)
