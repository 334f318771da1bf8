# marshal.loads / load / dump: round trips, CPython's bytes, references, errors.
import io
import marshal
import sys

values = [None, True, False, ..., StopIteration, 0, -1, 7, 2**31, -2**31 - 1, 2**100, -3**70,
          1.5, -0.0, float('inf'), 1e-310, 3j, -1.5 + 2j, '', 'abc', 'a b', 'é☃\U0001f600',
          '\ud800x', 'z' * 1000, b'', b'\x00\x01', (), (1, (2, (3,))), [1, [2, []]],
          {'a': 1, 2: 'b', (3,): [4]}, {1, 2, 3}, frozenset({'x', 'y'}), tuple(range(300)),
          list(range(70000, 70100)), {i: str(i) for i in range(50)}]
for v in values:
    for version in range(5):
        w = marshal.loads(marshal.dumps(v, version))
        assert w == v or (v != v and w != w), (v, version, w)
        assert type(w) is type(v), (v, version)
    print('ok', type(v).__name__, repr(v)[:50] if not isinstance(v, (set, frozenset)) else sorted(v))

nan = marshal.loads(marshal.dumps(float('nan')))
print(nan != nan)
print(marshal.loads(marshal.dumps(-0.0)), marshal.loads(marshal.dumps(complex(-0.0, -0.0))))

# interning survives
s = marshal.loads(marshal.dumps(('abc_def', 'abc_def')))
print(s[0] is s[1], s[0] is sys.intern('abc_def'))

# shared and recursive containers
a = [1, 2]
t = marshal.loads(marshal.dumps([a, a, {'k': a}]))
print(t, t[0] is t[1], t[0] is t[2]['k'])
r = []
r.append(r)
rr = marshal.loads(marshal.dumps(r))
print(rr, rr[0] is rr)
dd = {}
dd['self'] = dd
print(marshal.loads(marshal.dumps(dd)))

# bytes written by CPython 3.11
for data in (b'\xdb\x03\x00\x00\x00\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00\xe9\x03\x00\x00\x00',
             b')\x02\xfa\x0bhello worldr\x00\x00\x00\x00',
             b'{\xda\x01a[\x01\x00\x00\x00\xe9\x01\x00\x00\x00\xda\x01b\xa9\x01\xe9\x02\x00\x00\x000',
             b'l\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04',
             b'\xec\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00',
             b'\xf5\x02\x00\x00\x00\xc3\xa9', b'z\x02\xe9x', b'f\x031.5', b'x\x010\x011',
             b'>\x02\x00\x00\x00\xda\x01a\xda\x01b', b'<\x00\x00\x00\x00', b'(\x02\x00\x00\x00NT',
             b'i\x01\x00\x00\x00trailing data is ignored'):
    v = marshal.loads(data)
    print(type(v).__name__, sorted(v) if isinstance(v, frozenset) else repr(v))

# errors
for data in (b'', b'i\x01', b'q', b'(', b')', b')\x01', b'r\x00\x00\x00\x00', b'\xe9\x01\x00\x00\x00',
             b'l\x01\x00\x00\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x80', b'l\x02\x00\x00\x00\x01\x00',
             b'[\xff\xff\xff\xff', b's\xff\xff\xff\xff', b'u\xff\xff\xff\xff', b'<\xff\xff\xff\xff',
             b'(\xff\xff\xff\xff', b'0', b'(\x01\x00\x00\x000', b'[\x01\x00\x00\x000',
             b'<\x01\x00\x00\x000', b'{0', b'{i', b'{N', b'z', b'z\x05ab', b'g\x00\x00',
             b'[\x05\x00\x00\x00N'):
    try:
        print(repr(marshal.loads(data)))
    except Exception as e:
        print(data, type(e).__name__, e)

for v in (object(), int, [object()], {1: sys}, type('I', (int,), {})(3), print, {1: {2: {3: len}}}):
    try:
        marshal.dumps(v)
    except Exception as e:
        print(type(e).__name__, e)

deep = []
for i in range(3000):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as e:
    print('ValueError', e)
ok = []
for i in range(400):
    ok = [ok]
print(marshal.loads(marshal.dumps(ok)) == ok)

for bad in ('str', 12):
    try:
        marshal.loads(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    marshal.dumps(1, 'x')
except TypeError as e:
    print('TypeError', e)
print(marshal.loads(bytearray(marshal.dumps((1, 2)))), marshal.loads(memoryview(marshal.dumps('m'))))

# files
f = io.BytesIO()
print(marshal.dump([1, 'two', 3.0], f), marshal.dump({'x': None}, f, 2), marshal.dump(b'end', f))
f.seek(0)
print(marshal.load(f), marshal.load(f), marshal.load(f))
for data in (b'', b'i\x01', b'(\x02\x00\x00\x00N'):
    try:
        marshal.load(io.BytesIO(data))
    except EOFError as e:
        print('EOFError', e)
try:
    marshal.load(io.StringIO('x'))
except TypeError as e:
    print('TypeError', e)

# code objects round-trip (kiln and CPython each read their own)
src = '''
def f(a, b=2, *args, c, **kw):
    """doc of f"""
    def g(x):
        return x + a
    return [g(i) for i in range(b)], c, sorted(kw), args
print(f(10, 3, 4, c='c', z=1))
print(f.__doc__, f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
class K:
    x = {1, 2} | {3}
    def m(self): return frozenset({'a'}), (1.5, 2j, b'b', None, ...)
print(K.x, K().m(), K.m.__qualname__)
'''
code = compile(src, '<marshal test>', 'exec')
data = marshal.dumps(code)
back = marshal.loads(data)
print(type(back).__name__, back.co_filename, back.co_name, back.co_firstlineno)
exec(back, {})
print(marshal.loads(marshal.dumps([code, code]))[1].co_filename)
print(marshal.version)
