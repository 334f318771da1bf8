def f(a, b=2, *args, c=3, **kw):
    "docstring"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print(f.__code__.co_name, f.__code__.co_flags & 0xf, f.__code__.co_posonlyargcount)
print(f.__globals__ is globals(), f.__closure__)
print(f.__dict__)
f.attr = 5
print(f.attr, f.__dict__)
del f.attr
try:
    f.attr
except AttributeError as e:
    print(e)
def ann(x: int, y: 'str' = '') -> bool: pass
print(ann.__annotations__)
print(repr(f).startswith('<function f at 0x'))
class C:
    def m(self): pass
    class D:
        def n(self): pass
print(C.m.__qualname__, C.D.n.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, repr(outer()).startswith('<function outer.<locals>.inner at'))
f.__defaults__ = (10,)
print(f(1), f.__defaults__)
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print(e)
f.__name__ = 'renamed'
print(f.__name__)
try:
    f.__name__ = 1
except TypeError as e:
    print(e)
g = lambda: 0
print(g.__name__, g.__doc__)
def nodoc(): pass
print(nodoc.__doc__)
print(type(f).__name__, type(len).__name__, type([].append).__name__, type(list.append).__name__)
print(len.__name__, len.__qualname__, len.__self__.__name__ if hasattr(len.__self__, '__name__') else len.__self__, len.__module__)
print([].append.__name__, [].append.__qualname__, [].append.__self__)
print(repr(len), repr(list.append), repr(dict.fromkeys)[:40])
print(list.append.__qualname__, list.append.__objclass__, list.append.__name__)
try:
    list.append(1, 2)
except TypeError as e:
    print(e)
try:
    list.append()
except TypeError as e:
    print(e)
print(dict.fromkeys([1, 2]), type(dict.__dict__['fromkeys']).__name__)
print(type(type.__dict__['__name__']).__name__, repr(type.__dict__['__name__']))
print(int.real, type(int.real).__name__)
print(f.__get__(1)() if False else f.__get__(1).__func__ is f)
print(f.__code__.co_filename.endswith('func_attrs.py'), f.__code__.co_firstlineno)
FunctionType = type(f)
fn2 = FunctionType(ann.__code__, {'x': 1}, 'newname')
print(fn2.__name__, fn2.__globals__)
print(f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else True)
