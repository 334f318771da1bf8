import _weakref
import weakref


class A:
    pass


def churn():
    # a tracing collector frees garbage only when it runs: allocate enough to make it run
    for i in range(12):
        x = [[j] for j in range(100000)]


def refs():
    a = A()
    r = _weakref.ref(a)
    print(r() is a, _weakref.getweakrefcount(a))
    died = []
    r2 = _weakref.ref(a, lambda ref: died.append(ref is r2))
    return r, r2, died


r, r2, died = refs()
churn()
print(r(), died, r2() is None)


def wvd():
    d = weakref.WeakValueDictionary()
    b = A()
    d['k'] = b
    print(len(d), 'k' in d)
    return d


d = wvd()
# (whether the entry is gone now depends on when the collector runs and on the
# conservative stack scan, so only the mapping's behaviour is checked)
print(list(d.keys()) in (['k'], []))
s = weakref.WeakSet()
keep = A()
s.add(keep)
print(len(s), keep in s)
try:
    _weakref.ref(1)
except TypeError as e:
    print(e)
