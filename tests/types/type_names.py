# type(x).__name__ / __qualname__ / __module__ and repr of the type of builtin
# iterators, views, wrappers and other objects reachable from Python.
import types, sys

def gen():
    yield 1

async def co():
    pass

async def ag():
    yield 1

d = {1: 2}
c = co()
a = ag()
objs = [
    iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.keys()),
    reversed(d.values()), reversed(d.items()), d.keys(), d.values(), d.items(),
    iter([]), reversed([]), iter(()), iter(''), iter('\xe9'), iter(b''), iter(bytearray()),
    iter(set()), iter(frozenset()), iter(range(3)), iter(range(2 ** 70)), reversed(range(3)),
    iter(int, 1), reversed('ab'), enumerate([]), zip(), map(len, []),
    filter(None, []), gen(), c, c.__await__(), a, a.asend(None), a.athrow(ValueError), a.aclose(),
    list[int], iter(list[int]), int | str, types.SimpleNamespace(), type.__dict__,
    (1).__add__, int.__add__, str.join, dict.fromkeys, int.real, types.FunctionType.__code__,
    len, [].append, None, NotImplemented, ..., sys._getframe(), gen.__code__,
    (lambda: d).__closure__, memoryview(b''), slice(1), property(), staticmethod(len), super(int),
]
for o in objs:
    t = type(o)
    print(t.__name__, t.__qualname__, t.__module__, repr(t))
c.close()
print(types.CellType, types.EllipsisType, types.NoneType, types.NotImplementedType)
print(types.MethodWrapperType, types.WrapperDescriptorType, types.MethodDescriptorType,
      types.ClassMethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType)
print(types.FrameType, types.TracebackType, types.CodeType, types.MappingProxyType)
