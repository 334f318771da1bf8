# __text_signature__ of builtin functions, methods and slot wrappers, and
# inspect.signature() of them, as CPython's.
import inspect, math, re, types

def sig(f):
    try:
        return str(inspect.signature(f))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, re.sub(r'0x[0-9a-f]+', 'ADDR', str(e)))

for f in [len, print, sorted, max, iter, next, getattr, divmod, pow, round, isinstance, open,
          str.split, str.join, str.replace, str.format, str.maketrans, 'a'.split, list.append, list.sort,
          [].pop, dict.get, dict.fromkeys, {}.update, dict.pop, int.to_bytes, int.from_bytes, (5).bit_length,
          float.fromhex, bytes.decode, b''.hex, set.add, frozenset.union, tuple.index, range.count,
          object.__init__, object.__new__, int.__add__, (1).__add__, int.__pow__, object.__setattr__,
          list.__getitem__, str.__getitem__, type.__call__, math.sqrt, math.log, math.hypot, math.isclose,
          types.SimpleNamespace.__reduce__, dict.__class_getitem__, object.__init_subclass__, int.__new__,
          str.__format__, complex.conjugate, slice.indices, zip.__reduce__]:
    print(getattr(f, '__qualname__', f), repr(getattr(f, '__text_signature__', 'no attr')), sig(f))
