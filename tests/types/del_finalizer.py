# __del__: finalizers run for unreachable objects (by gc.collect() here; CPython
# runs most of them at once through reference counting), once per object; an
# object resurrected by its __del__ survives; errors are reported, not raised.
import gc, io, sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def step(label):
    # kiln's collector scans the C stack conservatively: a stale word there
    # can keep garbage one collection longer, so collect twice
    gc.collect()
    [0 for i in range(3)]
    gc.collect()
    print(label)


x = D(1)
del x
step('after plain')

a = D(2)
a.me = a
del a
step('after self cycle')

a = D(3)
b = [a]
a.b = b
del a, b
step('after list cycle')

keep = []


class R:
    count = 0

    def __del__(self):
        R.count += 1
        print('resurrect', R.count)
        keep.append(self)


r = R()
del r
step('after resurrect')
print(len(keep), type(keep[0]).__name__)
keep.clear()
step('no second __del__')
print(R.count)


class Bad:
    def __del__(self):
        raise ValueError('boom')


old = sys.stderr
sys.stderr = io.StringIO()
b = Bad()
del b
gc.collect()
text = sys.stderr.getvalue()
sys.stderr = old
lines = text.splitlines()
print(lines[0].startswith('Exception ignored in: <function Bad.__del__ at '), lines[1], lines[-1])
step('after bad')


class L(list):
    def __del__(self):
        print('list del', list(self))


l = L([1, 2])
del l
step('after list subclass')


class E(Exception):
    def __del__(self):
        print('exc del', self.args)


e = E(5)
del e
step('after exception subclass')


class S:
    __slots__ = ('v',)

    def __del__(self):
        print('slots del', self.v)


s = S()
s.v = 9
del s
step('after slots')


class Base:
    def __del__(self):
        print('base del', type(self).__name__)


class Derived(Base):
    pass


d = Derived()
del d
step('after inherited')

# explicit calls are ordinary method calls
d = D(4)
d.__del__()
del d
step('after explicit')


class Late:
    pass


Late.__del__ = lambda self: print('late del')
o = Late()
del o
step('after added later')

# finalizers run for objects left at exit, in the order of __main__'s globals
g1 = D('global 1')
g2 = D('global 2')


# ... with the globals still in place: a __del__ may use module-level names
PREFIX = 'exit:'
def log(msg):
    print(PREFIX, msg)
class UsesGlobals:
    def __del__(self):
        log('globals intact in __del__, %d in the list' % len(HELD))
HELD = [1, 2, 3]
uses_globals = UsesGlobals()
print('end of main')
