# types.GenericAlias and types.UnionType: attributes, repr, equality, hashing,
# substitution, unpacking, isinstance, pickling, error messages.
import types, typing, pickle, copy
from typing import TypeVar, Generic

T = TypeVar('T'); S = TypeVar('S')

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

g = list[int]
print(type(g) is types.GenericAlias, g, g.__origin__, g.__args__, g.__parameters__, g.__unpacked__)
print(dict[str, list[int]], tuple[()], tuple[int, ...], list[[int, str]] if False else '')
print(g == list[int], g != list[int], g == list[str], g == list, hash(g) == hash(list[int]))
print(g.__doc__ == list.__doc__, g.append is list.append, g.__class__)
show(lambda: g.__copy__)
show(lambda: g.nonexistent)
print(sorted(set(dir(g)) - set(dir(list))))
print(g.__mro_entries__(()), g(), g([1, 2]))
show(lambda: isinstance([], list[int]))
show(lambda: issubclass(list, list[int]))
show(lambda: types.GenericAlias(list))
show(lambda: types.GenericAlias(list, int, x=1))
show(lambda: types.GenericAlias(list, int))
show(lambda: types.GenericAlias(list, (int, str)))
d = dict[T, list[S]]
print(d.__parameters__, d[str, int], d[str, int].__parameters__)
show(lambda: d[int])
show(lambda: d[int, str, bytes])
show(lambda: list[int][int])
print(list[T][int], list[T] | None)
star = next(iter(tuple[int, str]))
print(star, star.__unpacked__, star.__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__)
print(tuple[int, *tuple[str, bytes]] if hasattr(typing, 'TypeVarTuple') else '')
print(pickle.loads(pickle.dumps(dict[str, int])), copy.deepcopy(list[int]) == list[int])
print(pickle.loads(pickle.dumps(star)) == star, copy.copy(star))
class MyList(list): pass
print(MyList[int], MyList[int]().__orig_class__)
class Sub(types.GenericAlias): pass
print(type(Sub(list, int)).__name__, Sub(list, int))

u = int | str
print(type(u) is types.UnionType, u, u.__args__, u.__parameters__, u.__module__)
print(int | None, None | int, int | int, int | str | int, (int | str) | (str | bytes))
print(u == (str | int), u == int, hash(u) == hash(str | int), list[int] | list[int], list[int] | dict[str, int])
print(isinstance(1, u), isinstance(b'', u), issubclass(str, u), isinstance(None, int | None))
show(lambda: isinstance([], int | list[int]))
show(lambda: issubclass(list, int | list[int]))
show(lambda: int | 3)
show(lambda: 3 | int)
show(lambda: types.UnionType())
show(lambda: u[int])
show(lambda: u.foo)
v = int | list[T]
print(v.__parameters__, v[str], (T | None)[int] if hasattr(T, '__or__') else '')
print(typing.get_args(int | str), typing.get_origin(int | str), typing.Optional[int] == (int | None))
print(typing.Union[int, str] == (int | str), pickle.loads(pickle.dumps(int | str)))
show(lambda: type('X', (types.UnionType,), {}))
print(types.GenericAlias.__module__, types.UnionType.__module__, types.GenericAlias.__doc__.splitlines()[0])
