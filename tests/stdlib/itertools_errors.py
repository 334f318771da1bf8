# itertools: argument errors with CPython's messages, re-entrancy, failing inputs
import itertools as I

I_ = I
tests = [
    'I.accumulate(1,2,3)', 'I.accumulate([1],None,None,x=1)', 'I.accumulate()', 'I.accumulate([1], foo=1)',
    'I.accumulate(5)', 'I.product(foo=1)', 'I.product(repeat="a")', 'I.product(repeat=-1)',
    'I.product([1],repeat=2, x=3)', 'I.product(1)', 'I.zip_longest(foo=1)', 'I.zip_longest(fillvalue=1, foo=2)',
    'I.zip_longest(1)', 'I.count(1,2,3)', 'I.count("a")', 'I.count(x=1)', 'I.count(1,"a")', 'I.count([])',
    'I.count(start=1.5,step=1)', 'I.count(step=2)', 'I.repeat()', 'I.repeat(1,2,3)', 'I.repeat(1,"a")',
    'I.repeat(1,10**30)', 'I.repeat(times=2)', 'I.repeat(1, None)', 'I.repeat(1).__length_hint__()',
    'I.cycle()', 'I.cycle(1)', 'I.cycle([],x=1)', 'I.tee()', 'I.tee([],n=2)', 'I.tee([],-1)', 'I.tee([],"a")',
    'I.tee(1)', 'I.tee(1, 0)', 'I.tee([], 1, 2)', 'I.groupby()', 'I.groupby([],None,1)', 'I.groupby(1)',
    'I.permutations([],"a")', 'I.permutations([],-1)', 'I.permutations([], 1.0)', 'I.permutations(1)',
    'I.combinations([])', 'I.combinations([],"a")', 'I.combinations([],-1)', 'I.combinations_with_replacement([],-2)',
    'I.combinations_with_replacement("ab")', 'I.islice()', 'I.islice([])', 'I.islice([],1,2,3,4)',
    'I.islice([],-1)', 'I.islice([],-2)', 'I.islice([],"a")', 'I.islice([],1.5)', 'I.islice([],-1,3)',
    'I.islice([],"a",3)', 'I.islice([],1,-1)', 'I.islice([],1,3,0)', 'I.islice([],1,3,"a")', 'I.islice([],x=1)',
    'I.islice([],10**30)', 'I.islice([],1,10**30)', 'I.islice([],10**30,5)', 'I.islice([],1,5,10**30)',
    'I.islice([],-10**30,5)', 'I.islice(1, 2)', 'I.chain(x=1)', 'I.chain.from_iterable()', 'I.chain.from_iterable(1)',
    'list(I.chain([1], 2))', 'I.compress()', 'I.compress([],[],[])', 'I.compress(1, [])', 'I.starmap(pow)',
    'I.dropwhile(1)', 'I.takewhile(1, 2, 3)', 'I.filterfalse(None)', 'I.pairwise()', 'I.pairwise(1)',
    'I._grouper(1,2)', 'I._grouper()', 'I._tee()', 'I._tee(1)', 'I._tee_dataobject(1,2,3)',
    'I._tee_dataobject([],[],3)', 'I._tee_dataobject([],[1]*58,None)', 'next(I.starmap(pow,[1]))',
    'next(I.starmap(pow,[(1,)]))', 'I.chain().__setstate__(1)', 'I.chain().__setstate__(())',
    'I.chain().__setstate__((1,))', 'I.chain().__setstate__((iter([]), 1))', 'I.chain().__setstate__((1, 2, 3))',
    'I.cycle([]).__setstate__(1)', 'I.cycle([]).__setstate__(([],))', 'I.cycle([]).__setstate__(((),1))',
    'I.cycle([]).__setstate__(([], "a"))', 'I.groupby([]).__setstate__(1)', 'I.groupby([]).__setstate__((1,))',
    'I.product([1]).__setstate__(1)', 'I.product([1]).__setstate__(("a",))', 'I.permutations([1]).__setstate__(1)',
    'I.permutations([1]).__setstate__((1,))', 'I.permutations([1]).__setstate__((1,2))',
    'I.permutations([1]).__setstate__(((), ()))', 'I.islice([],1).__setstate__("a")',
    'I.islice([],1).__setstate__(10**30)', 'I.combinations([1],1).__setstate__(("a",))',
    'I.combinations([1],1).__setstate__((1, 2))', 'I._tee([]).__setstate__(1)', 'I._tee([]).__setstate__((1,2))',
    'I._tee([]).__setstate__((I._tee([]).__reduce__()[2][0], 58))', 'I.cycle([]).__setstate__()',
    'I.count().__reduce__(1)', 'I.tee([])[0].__copy__(1)',
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r) if not hasattr(r, '__next__') else type(r).__name__)
    except Exception as e:
        print(t, '!!', type(e).__name__, e)

# subclasses may take keywords when they define __init__
class C(I.cycle):
    def __init__(self, it, extra=None):
        self.extra = extra
c = C('ab', extra=5)
print(c.extra, list(I.islice(c, 3)))
class D(I.islice):
    pass
try:
    D('ab', 1, x=1)
except TypeError as e:
    print('TypeError:', e)

# exceptions from inputs propagate
def boom():
    yield 1
    raise ZeroDivisionError('boom')
for name, f in [('chain', lambda: I.chain(boom())), ('islice', lambda: I.islice(boom(), 5)),
                ('zip_longest', lambda: I.zip_longest(boom(), 'abc')), ('pairwise', lambda: I.pairwise(boom())),
                ('groupby', lambda: (k for k, _ in I.groupby(boom()))), ('cycle', lambda: I.cycle(boom())),
                ('accumulate', lambda: I.accumulate(boom())), ('tee', lambda: I.tee(boom())[0]),
                ('compress', lambda: I.compress(boom(), I.repeat(1))), ('takewhile', lambda: I.takewhile(bool, boom()))]:
    it = f()
    got = []
    try:
        for x in it:
            got.append(x)
    except ZeroDivisionError as e:
        print(name, got, 'ZeroDivisionError', e)
def bad_key(x):
    raise KeyError(x)
try:
    next(I.groupby('a', bad_key))
except KeyError as e:
    print('groupby key', repr(e))
try:
    list(I.accumulate([1, 'a']))
except TypeError as e:
    print('accumulate', e)
try:
    list(I.islice(I.count(0.5, 'x'), 3))
except TypeError as e:
    print('count', e)
# a tee whose source re-enters the same tee
class Self:
    def __iter__(self):
        return self
    def __next__(self):
        return next(t0)
t0, t1 = I.tee(Self())
try:
    next(t0)
except RuntimeError as e:
    print('RuntimeError:', e)
# groupby: a group that outlives its turn yields nothing
g = I.groupby([1, 1, 2, 2, 3])
_, first = next(g)
_, second = next(g)
print(list(first), list(second), [k for k, _ in g])
