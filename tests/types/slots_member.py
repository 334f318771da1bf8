class C:
    __slots__ = ('x', 'y', '__z')
d = C.__dict__['x']
print(type(d), repr(d), d.__name__, d.__qualname__, d.__objclass__, d.__doc__)
print(sorted(k for k in C.__dict__ if not k.startswith('__')), repr(C.__dict__['_C__z']))
c = C()
try: c.x
except AttributeError as e: print(e)
c.x = 1; print(c.x, d.__get__(c, C), d.__get__(c))
del c.x
try: del c.x
except AttributeError as e: print('del', e)
for bad in [lambda: d.__set__(1, 2), lambda: d.__get__(1), lambda: d.__delete__(1), lambda: d.__get__(None, None),
            ]:
    try: bad()
    except TypeError as e: print(e)
print(d.__get__(None, C) is d)
d.__set__(c, 5); print(c.x); d.__delete__(c); print(hasattr(c, 'x'))
try: c.w = 1
except AttributeError as e: print(e)
class D(C):
    pass
o = D(); o.x = 3; o.w = 4; print(o.x, o.w, o.__dict__)
class E(C):
    __slots__ = ('x',)
e = E(); e.x = 7; print(e.x, E.x is C.x, type(E.__dict__['x']).__name__)
import types
print(isinstance(d, types.MemberDescriptorType))

def f(a):
    def g():
        return a
    return g
print(f(1).__closure__ is not None, type(type(f).__dict__['__closure__']).__name__, f.__closure__)
for attr in ['__globals__', '__closure__', '__builtins__']:
    try:
        setattr(f, attr, None)
    except AttributeError as e:
        print(attr, e)
    try:
        delattr(f, attr)
    except AttributeError as e:
        print(attr, e)
import inspect
print(inspect.ismemberdescriptor(C.x), inspect.isgetsetdescriptor(type(f).__dict__['__code__']))
