import types
print(int | str, int | None, None | int, (int | str) | bytes, int | int, type(int | str) is types.UnionType)
print(list[int] | None, int | list[str])
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | None))
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str).__args__)
def f(x: int | None = None) -> list[int] | None: pass
print(f.__annotations__)
try:
    isinstance(1, list[int] | None)
except TypeError as e:
    print(e)
try:
    int | 1
except TypeError as e:
    print(e)
class M(type):
    def mro(cls):
        return [cls, object]
class A: x = 1
class B(A, metaclass=M): pass
print(B.__mro__, hasattr(B, "x"))
