print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], type(list[int]))
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a([1, 2]), a.append, set[int] | None, frozenset[str])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class My(list[int]):
    pass
print(My.__mro__, My([3]))
def f(x: list[int]) -> dict[str, int]: pass
print(f.__annotations__)
