# SimpleNamespace, mappingproxy, cell, property, classmethod/staticmethod, super, range, slice.
import types, copy, pickle
ns = types.SimpleNamespace(a=1, b=[2])
print(ns, repr(types.SimpleNamespace()), ns == types.SimpleNamespace(b=[2], a=1), ns != types.SimpleNamespace(a=1))
ns.c = 3; del ns.a; print(ns, vars(ns))
print(copy.copy(ns), pickle.loads(pickle.dumps(ns)), ns.__reduce__()[1])
class NS(types.SimpleNamespace): pass
print(NS(x=1))
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, len(mp), mp['a'], mp.get('z', 0), list(mp), list(mp.keys()), list(mp.values()), list(mp.items()), 'a' in mp)
print(mp.copy(), mp | {'c': 3}, {'c': 3} | mp, list(reversed(mp)))
try: mp['a'] = 2
except TypeError as e: print(e)
try: del mp['a']
except TypeError as e: print(e)
try: mp |= {}
except TypeError as e: print(e)
print(mp == {'a': 1, 'b': 2}, str(mp))
try: types.MappingProxyType([])
except TypeError as e: print(e)
def f():
    x = 1
    def g(): return x
    return g.__closure__[0]
c = f()
print(type(c).__name__, c.cell_contents, c == f(), types.CellType(5).cell_contents)
c.cell_contents = 7; print(c.cell_contents); del c.cell_contents
try: c.cell_contents
except ValueError as e: print(e)
e = types.CellType()
try: e.cell_contents
except ValueError as ex: print(ex)
p = property(lambda s: 1, doc='d')
print(p.__doc__, p.fget(0), p.fset, p.fdel, p.__isabstractmethod__)
q = p.setter(lambda s, v: None); print(q is p, q.fset is not None, p.fset)
cm = classmethod(len); sm = staticmethod(len)
print(cm.__func__ is len, sm.__func__ is len, sm(['a']), cm.__isabstractmethod__)
class A:
    def m(self): return 'A'
class B(A):
    def m(self): return 'B' + super().m()
s = super(B, B())
print(B().m(), s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__, repr(super(B)) [:30])
print(types.NoneType, type(...), type(NotImplemented), repr(...), Ellipsis.__reduce__(), NotImplemented.__reduce__())
r = range(2, 20, 3)
print(r.count(5), r.index(8), r[::-1], r[1:3], len(r), 5 in r, r == range(2, 21, 3), hash(r) == hash(range(2, 21, 3)))
sl = slice(1, 10, 2); print(sl.indices(5), sl.start, sl.stop, sl.step, slice(3), sl == slice(1, 10, 2))
try: hash(sl)
except TypeError as ex: print(ex)
