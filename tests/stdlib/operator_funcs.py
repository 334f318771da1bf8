# the functions of _operator (operator.py imports them from C): results, errors, docs
import operator, _operator

def err(f):
    try:
        r = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return 'ok %r' % (r,)

print(operator.add is _operator.add, operator.__add__ is _operator.add, operator.__iadd__ is _operator.iadd)
print(operator.__doc__.splitlines()[0], _operator.__name__)
names = [n for n in dir(_operator) if not n.startswith('__')]
print(names)
for n in names:
    f = getattr(_operator, n)
    if not isinstance(f, type):
        print(n, repr(f.__doc__.splitlines()[0]))
print(sorted(set(operator.__all__) - set(names)))

print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.matmul.__name__)
print(operator.floordiv(7, 2), operator.truediv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.lshift(1, 4), operator.rshift(256, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
print(operator.neg(5), operator.pos(-5), operator.abs(-5), operator.inv(5), operator.invert(0), operator.index(7))
print(operator.truth([]), operator.truth([0]), operator.not_(0), operator.not_('x'))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt('b', 'a'), operator.ge(1, 2))
print(operator.is_(None, None), operator.is_not(None, 0), operator.contains([1, 2], 2), operator.contains('abc', 'd'))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf((3, 4, 5), 5), operator.countOf(iter('aab'), 'a'))
nan = float('nan')
print(operator.countOf([nan, nan], nan), operator.indexOf([nan], nan))
print(operator.getitem([1, 2, 3], 1), operator.getitem('abc', slice(1, None)))
d = {}
print(operator.setitem(d, 'a', 1), d, operator.delitem(d, 'a'), d)
l = [1]
r = operator.iadd(l, [2])
print(r is l, l, operator.iconcat(l, [3]), operator.concat((1,), (2,)), operator.concat('a', 'b'))
print(operator.imul([1], 2), operator.isub(5, 1), operator.ipow(2, 5), operator.imod(7, 4), operator.ior({1}, {2}))
print(operator.iand(6, 3), operator.ixor(6, 3), operator.ilshift(1, 2), operator.irshift(8, 1))
print(operator.ifloordiv(9, 2), operator.itruediv(9, 2))
s = {1}
print(operator.ior(s, {3}) is s, s, operator.isub(s, {1}) is s, s)
print(operator.call(max, 1, 2, key=lambda x: -x), operator.call(dict, a=1), operator.call(list))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2])), operator.length_hint(5, 7), operator.length_hint(5))
class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self):
        if isinstance(self.v, Exception): raise self.v
        return self.v
class BadLen:
    def __len__(self): raise TypeError('no len')
    def __length_hint__(self): return 4
print(operator.length_hint(Hint(3)), operator.length_hint(Hint(NotImplemented), 9), operator.length_hint(BadLen()))
print(err(lambda: operator.length_hint(Hint(-1))), err(lambda: operator.length_hint(Hint('x'))))
print(err(lambda: operator.length_hint(Hint(ValueError('v')))), err(lambda: operator.length_hint(Hint(TypeError('t')), 2)))
print(err(lambda: operator.length_hint([], 'x')), err(lambda: operator.length_hint(1, 2 ** 70)), err(lambda: operator.length_hint()))

print(_operator._compare_digest(b'abc', b'abc'), _operator._compare_digest('abc', 'abd'),
      _operator._compare_digest(bytearray(b'x'), b'x'), _operator._compare_digest(b'ab', b'abc'),
      _operator._compare_digest(memoryview(b'xy'), b'xy'), _operator._compare_digest('', ''))
import hmac
print(hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'))
for f in [lambda: _operator._compare_digest('a', b'a'), lambda: _operator._compare_digest(b'a', 'a'),
          lambda: _operator._compare_digest(1, 2), lambda: _operator._compare_digest('é', 'a'),
          lambda: _operator._compare_digest(b'a', 1), lambda: _operator._compare_digest(1, b'a')]:
    print(err(f))

# argument errors and type errors
for f in [lambda: operator.add(1), lambda: operator.add(1, 2, 3), lambda: operator.add(a=1, b=2),
          lambda: operator.neg(), lambda: operator.neg(1, 2), lambda: operator.neg(a=1),
          lambda: operator.setitem(1, 2), lambda: operator.truth(), lambda: operator.call(),
          lambda: operator.concat(1, 2), lambda: operator.iconcat(1, 2), lambda: operator.concat({}, {}),
          lambda: operator.concat([1], (2,)), lambda: operator.indexOf([1], 2), lambda: operator.index('a'),
          lambda: operator.index(1.5), lambda: operator.countOf(1, 1), lambda: operator.indexOf(None, 1),
          lambda: operator.add(1, 'a'), lambda: operator.iadd(1, 'a'), lambda: operator.ipow(1, 'a'),
          lambda: operator.neg('a'), lambda: operator.lt(1, 'a'), lambda: operator.getitem(1, 1),
          lambda: operator.delitem([], 0), lambda: operator.contains(1, 1), lambda: operator.truediv(1, 0)]:
    print(err(f))
class Boom:
    def __bool__(self): raise RuntimeError('boom')
    def __eq__(self, o): raise RuntimeError('eq')
print(err(lambda: operator.truth(Boom())), err(lambda: operator.not_(Boom())), err(lambda: operator.countOf([Boom()], 1)))
import inspect
print([str(inspect.signature(getattr(_operator, n))) for n in ('add', 'neg', 'setitem', 'length_hint', 'call', '_compare_digest')])
print(_operator.truth.__text_signature__, operator.itemgetter.__text_signature__ if hasattr(operator.itemgetter, '__text_signature__') else '-')
