# types.SimpleNamespace: construction errors, repr (recursive, subclasses), comparison, hashing, pickling.
import types, pickle, copy
NS = types.SimpleNamespace
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
show(lambda: NS(1))
show(lambda: NS(1, 2))
show(lambda: NS({'a': 1}))
show(lambda: NS({'a': 1}, b=2))
show(lambda: NS(**{'a': 1, 'b': [1]}))
show(lambda: NS(**{1: 2}))
n = NS(a=1)
show(lambda: n.b)
def d(): del n.b
show(d)
n.self = n
show(lambda: n)
show(lambda: NS())
class Sub(NS): pass
show(lambda: Sub(x=1))
show(lambda: NS(a=1) == NS(a=1))
show(lambda: NS(a=1) == Sub(a=1))
show(lambda: NS(a=1) != 3)
show(lambda: NS(a=1) < NS(a=1))
show(lambda: hash(NS()))
show(lambda: pickle.loads(pickle.dumps(NS(a=1, b=[2]))))
show(lambda: copy.copy(NS(a=1)))
show(lambda: NS.__init__(NS(), 1))
show(lambda: NS.__new__(NS, 1, 2))
show(lambda: NS(a=1).__reduce__())
show(lambda: NS(a=1).__dict__)
show(lambda: NS(**{'x y': 1}))
show(lambda: vars(NS(q=2)))
show(lambda: NS.__doc__)
show(lambda: repr(NS(a=NS(b=1))))
show(lambda: NS(a=1).__reduce_ex__(2))
n2 = NS(z=3); n2.__dict__['w'] = 4
show(lambda: n2)
show(lambda: NS(a='x', **{'b': 2}))
show(lambda: sorted(set(dir(NS(a=1))) - set(dir(object))))
