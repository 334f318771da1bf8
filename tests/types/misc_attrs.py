# Attributes of builtin types that dir() lists: their behaviour.
import sys, types, warnings

# OSError.characters_written
e = BlockingIOError(11, 'busy', 5)
print(e.characters_written, e.args, str(e), e.filename)
e = BlockingIOError(11, 'busy', 'name')
print(e.filename, e.args)
for e in [BlockingIOError(1, 'x'), OSError(1, 'x', 7)]:
    try:
        e.characters_written
    except AttributeError as x:
        print('AttributeError', x)
    e.characters_written = 3
    print(e.characters_written)
    del e.characters_written
    try:
        del e.characters_written
    except AttributeError as x:
        print('AttributeError', x)
    try:
        e.characters_written = 'a'
    except TypeError as x:
        print('TypeError', x)

# module.__annotations__
m = types.ModuleType('m')
print('__annotations__' in m.__dict__, m.__annotations__, '__annotations__' in m.__dict__)
m.__annotations__ = {'x': int}
print(m.__annotations__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as x:
    print('AttributeError', x)
x: int = 1
print(sys.modules[__name__].__annotations__)

# bool(NotImplemented) warns
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(bool(NotImplemented), not NotImplemented)
    print([(c.category.__name__, str(c.message)) for c in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        bool(NotImplemented)
    except DeprecationWarning as x:
        print('DeprecationWarning', x)

# generator.__del__ closes it
def g():
    try:
        yield 1
        yield 2
    finally:
        print('finally')
it = g()
next(it)
it.__del__()
print(it.gi_frame, list(it))
g2 = g()
g2.__del__()
print(list(g2))

# code attributes
def f(a, b):
    c = a
    def inner():
        return c
    return inner
co = f.__code__
print(co._co_code_adaptive == co.co_code, [co._varname_from_oparg(i) for i in range(4)])
try:
    co._varname_from_oparg(10)
except IndexError as x:
    print('IndexError', x)

# frame tracing flags
fr = sys._getframe()
print(fr.f_trace_lines, fr.f_trace_opcodes)
try:
    fr.f_trace_lines = 1
except TypeError as x:
    print('TypeError', x)
fr.f_trace_opcodes = False

# ExceptionGroup is made as a class
print(ExceptionGroup.__module__, ExceptionGroup.__dict__['__module__'], '__weakref__' in ExceptionGroup.__dict__)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError], types.MappingProxyType[str, int])
print(types.AsyncGeneratorType[int, None])

# __dictoffset__/__weakrefoffset__: nonzero exactly when instances have them
class C:
    pass
class S:
    __slots__ = ('a',)
class SW:
    __slots__ = ('a', '__weakref__')
class L(list):
    pass
for t in [object, int, list, C, S, SW, L, Exception]:
    print(t.__name__, bool(t.__dictoffset__), bool(t.__weakrefoffset__))

# method objects are not descriptors; sequence types have no __radd__
class K:
    pass
K.m = types.MethodType(lambda self: 42, 1)
print(K().m(), hasattr(types.MethodType, '__get__'))
print([hasattr(t, '__radd__') for t in (str, bytes, bytearray, list, tuple, int, float)])
print(2 in {1: 2}.values(), 3 in {1: 2}.values(), float('nan') in {1: float('nan')}.values())
n = float('nan')
print(n in {1: n}.values())
print(sorted(set(dir(StopAsyncIteration)) - set(dir(Exception))))
print(type(iter('abc')).__name__, type(iter('é')).__name__, type(iter(range(2**64))).__name__)
print(iter.__reduce__(), [].append.__reduce__()[1][1], len.__reduce__())
