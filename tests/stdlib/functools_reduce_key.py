# _functools.reduce and cmp_to_key (functools.KeyWrapper): values, messages
import functools, _functools
from functools import reduce, cmp_to_key
print(sorted(n for n in dir(_functools) if not n.startswith('__')), _functools.__doc__)
print(reduce is _functools.reduce, functools.cmp_to_key is _functools.cmp_to_key)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10),
      reduce(lambda a, b: a + b, ['x']), reduce(lambda a, b: a + b, iter('abc'), '>'))
for args in [(max, []), (max, 1), (max,), (max, [], 1, 2), (), (None, [1, 2])]:
    try: print(reduce(*args))
    except TypeError as e: print(e)
try: reduce(max, [1], initial=2)
except TypeError as e: print(e)
def gen():
    yield 1
    raise ValueError("in iterable")
try: reduce(max, gen())
except ValueError as e: print("ValueError", e)
try: reduce(lambda a, b: 1 / 0, [1, 2])
except ZeroDivisionError as e: print("ZeroDivisionError", e)
print(reduce.__doc__.splitlines()[0], reduce.__name__)

def cmp(a, b): return (a > b) - (a < b)
K = cmp_to_key(cmp)
print(type(K), type(K).__name__, type(K).__module__, K.obj)
print(sorted([3, 1, 2], key=K), sorted("hello", key=cmp_to_key(lambda a, b: cmp(b, a))))
print(K(3) < K(4), K(3) <= K(3), K(3) == K(3), K(3) != K(3), K(4) > K(3), K(3) >= K(4))
k = K(obj=5); print(k.obj); k.obj = 7; print(k.obj)
print(cmp_to_key(mycmp=cmp)(1).obj)
for expr in ("hash(K(1))", "K(1) < 3", "K()", "K(1, 2)", "K(x=1)", "cmp_to_key()", "cmp_to_key(cmp, cmp)"):
    try: print(eval(expr))
    except TypeError as e: print(expr, "->", e)
print(K(1).__eq__(3) if False else "", type(K(1)) is type(K))
del k.obj
try: k < K(1)
except AttributeError as e: print("AttributeError", e)
class Cmp:
    def __init__(self, r): self.r = r
    def __lt__(self, o): return "lt%r" % (o,)
    def __eq__(self, o): return "eq%r" % (o,)
R = cmp_to_key(lambda a, b: Cmp(a))
print(R(1) < R(2), R(1) == R(2))
print(sorted([(1, 'b'), (0, 'a'), (1, 'a')], key=cmp_to_key(lambda x, y: cmp(x[0], y[0]))))
