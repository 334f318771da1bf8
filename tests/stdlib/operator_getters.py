# operator.itemgetter / attrgetter / methodcaller (the _operator C types):
# calls, reprs, pickling, argument errors, recursion in reprs
import operator, pickle, copy
from operator import itemgetter, attrgetter, methodcaller

def err(f):
    try:
        r = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return 'ok %r' % (r,)

print(itemgetter(1)([1, 2]), itemgetter(-1)((1, 2)), itemgetter(0, 2)("abc"), itemgetter('k')({'k': 3}))
print(itemgetter(slice(1, None))([1, 2, 3]), itemgetter(5)(range(10)), itemgetter(1)((1, 2)))
print(err(lambda: itemgetter(5)((1, 2))), err(lambda: itemgetter(5)([1])), err(lambda: itemgetter('x')({})))
print(err(lambda: itemgetter(2 ** 70)([1])), err(lambda: itemgetter(0)(5)))
class L(list):
    def __getitem__(self, i):
        return ('sub', i)
print(itemgetter(0)(L([1])), itemgetter(0, 1)(L([1])))
print(sorted([(3, 'c'), (1, 'a'), (2, 'b')], key=itemgetter(0)), sorted(['bb', 'a', 'ccc'], key=len))
print(sorted([{'n': 2}, {'n': 1}], key=itemgetter('n')))

class A:
    pass
a = A(); a.b = A(); a.b.c = 5; a.x = 1; a.b.name = 'inner'
print(attrgetter('b.c', 'x')(a), attrgetter('b.c')(a), attrgetter('x')(a), attrgetter('b.name', 'b.c')(a))
print(err(lambda: attrgetter('b.zz')(a)), err(lambda: attrgetter('nope')(a)), err(lambda: attrgetter('x.')(a)))
print(err(lambda: attrgetter(1)), err(lambda: attrgetter('a', 2)), err(lambda: attrgetter()))
print(methodcaller('split', ',', maxsplit=1)('a,b,c'), methodcaller('upper')('x'), methodcaller('count', 'a')('banana'))
print(err(lambda: methodcaller('nope')(1)), err(lambda: methodcaller()), err(lambda: methodcaller(1)))
print(err(lambda: methodcaller(name='x')))

# call errors
print(err(lambda: itemgetter()), err(lambda: itemgetter(1)()), err(lambda: itemgetter(1)(1, 2)))
print(err(lambda: itemgetter(1)([1, 2], x=2)), err(lambda: itemgetter(a=1)), err(lambda: attrgetter('a')()))
print(err(lambda: attrgetter('a', x=1)), err(lambda: attrgetter('x')(a, x=1)))
print(err(lambda: methodcaller('a')()), err(lambda: methodcaller('a')(1, 2)), err(lambda: methodcaller('upper')('x', k=1)))

# reprs and pickling
gs = [itemgetter(1), itemgetter(1, 'a'), itemgetter((1, 2)), attrgetter('a.b'), attrgetter('a', 'b.c'),
      methodcaller('m'), methodcaller('m', 1, k=2), methodcaller('m', 'x', 2.5, a=[1], b=None)]
for g in gs:
    print(repr(g), g.__reduce__()[1] if not isinstance(g, methodcaller) else '')
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        g2 = pickle.loads(pickle.dumps(g, proto))
        assert repr(g2) == repr(g) and type(g2) is type(g), (g, g2)
    print(repr(copy.copy(g)), repr(copy.deepcopy(g)))
print(methodcaller('m', 1, k=2).__reduce__()[1])
print(pickle.loads(pickle.dumps(methodcaller('split', ',', maxsplit=1)))('a,b,c'))
print(pickle.loads(pickle.dumps(attrgetter('b.c', 'x')))(a))
ig = itemgetter(0)
print(err(lambda: setattr(ig, 'x', 1)), type(ig).__name__, type(ig).__module__)
for t in (itemgetter, attrgetter, methodcaller):
    print(err(lambda: type('X', (t,), {})))
    print(t.__doc__.splitlines()[0])
print(isinstance(itemgetter(1), itemgetter), callable(attrgetter('a')))

# a getter that contains itself
lst = []
g = itemgetter(lst)
lst.append(g)
print(repr(g))
d = {}
mc = methodcaller('f', d)
d['me'] = mc
print(repr(mc))
class Weird:
    def __repr__(self):
        raise ValueError('no repr')
print(err(lambda: repr(itemgetter(Weird()))), err(lambda: repr(methodcaller('f', Weird()))))
print(err(lambda: repr(methodcaller('f', k=Weird()))))
print(repr(itemgetter(1)))
