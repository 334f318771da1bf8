# types.CodeType(...) and code.replace(...): argument handling and checks as CPython's.
import types

def t(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, types.CodeType) else 'code ' + r.co_name)
    except Exception as e:
        print(type(e).__name__ + ':', e)

def f(a, b=2, *args, k=1, **kw):
    x = a + b
    def inner():
        return x + a
    return inner()

c = f.__code__
args16 = lambda **o: [o.get(n, d) for n, d in [
    ('argcount', 1), ('posonly', 0), ('kwonly', 0), ('nlocals', 1), ('stacksize', 1), ('flags', 0),
    ('code', b''), ('consts', ()), ('names', ()), ('varnames', ('x',)), ('filename', 'f'), ('name', 'n'),
    ('qualname', 'q'), ('firstlineno', 1), ('linetable', b''), ('exctable', b'')]]
t(lambda: types.CodeType())
t(lambda: types.CodeType(1))
t(lambda: types.CodeType(*range(19)))
t(lambda: types.CodeType(*args16(argcount='a')))
t(lambda: types.CodeType(*args16(code='x')))
t(lambda: types.CodeType(*args16(consts=[])))
t(lambda: types.CodeType(*args16(filename=1)))
t(lambda: types.CodeType(*args16(firstlineno=2 ** 40)))
t(lambda: types.CodeType(*args16(argcount=-1)))
t(lambda: types.CodeType(*args16(kwonly=-1)))
t(lambda: types.CodeType(*args16(nlocals=-1)))
t(lambda: types.CodeType(*args16(names=(1,))))
t(lambda: types.CodeType(*args16(), x=1))
t(lambda: types.CodeType(*args16(), (), 5))
t(lambda: types.CodeType(*args16(varnames=())))
t(lambda: types.CodeType(*args16(code=b'abc')))
t(lambda: c.replace(1))
t(lambda: c.replace(co_name=1))
t(lambda: c.replace(co_argcount='a'))
t(lambda: c.replace(co_consts=[]))
t(lambda: c.replace(co_names=(1,)))
t(lambda: c.replace(spam=1))
t(lambda: c.replace(co_firstlineno=2 ** 40))
t(lambda: c.replace(co_argcount=-1))
t(lambda: c.replace(co_firstlineno=-1))
t(lambda: c.replace(co_code=b'abc'))
t(lambda: c.replace(co_varnames=()))
t(lambda: c.replace(co_linetable=1))
c2 = c.replace(co_name='g', co_qualname='G.g', co_filename='other.py', co_firstlineno=40)
print(c2.co_name, c2.co_qualname, c2.co_filename, c2.co_firstlineno, c2.co_varnames, c2.co_argcount)
print(c2 is c, c.co_name, c.replace() is c)
g = types.FunctionType(c2, globals(), None, (2,))
g.__kwdefaults__ = {'k': 1}
print(g.__name__, g(1), g(1, 5), g.__code__.co_filename)
c3 = c.replace(co_consts=tuple(c.co_consts), co_names=c.co_names, co_varnames=c.co_varnames)
f3 = types.FunctionType(c3, globals(), None, (2,))
f3.__kwdefaults__ = {'k': 1}
print(f3(3))
h = types.FunctionType(types.CodeType(*[getattr(c, n) for n in (
    'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags',
    'co_code', 'co_consts', 'co_names', 'co_varnames', 'co_filename', 'co_name', 'co_qualname',
    'co_firstlineno', 'co_linetable', 'co_exceptiontable', 'co_freevars', 'co_cellvars')]), globals(), None, (2,))
h.__kwdefaults__ = {'k': 1}
print(h(2), h(2, 3))
