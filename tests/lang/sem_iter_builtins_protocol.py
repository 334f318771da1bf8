# builtins consuming iterators: stop at StopIteration, propagate other errors, laziness
def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError("fail at %d" % i)
        yield i
print(sum(gen(5)), max(gen(5)), min(gen(5)), sorted(gen(3), reverse=True), any(gen(3)), all(gen(3)))
for fn in (sum, list, tuple, set, sorted, max):
    try:
        fn(gen(5, fail_at=2))
    except ValueError as e:
        print(fn.__name__, e)
# any/all short-circuit
it = gen(10)
print(any(x > 2 for x in it), next(it))
it = gen(10)
print(all(x < 2 for x in it), next(it))
# map/filter/zip/enumerate are lazy
log = []
def noisy(x):
    log.append(x)
    return x
m = map(noisy, range(3))
print(log, next(m), log)
z = zip(gen(2), gen(10))
print(list(z))
print(list(enumerate("ab", start=10)), list(reversed(range(3))))
# min/max with default and key on empty iterables
print(max([], default="empty"), min((), key=len, default=None))
try:
    max([])
except ValueError as e:
    print(e)
# iter() on an iterator returns itself; next() with default
i = iter([1])
print(iter(i) is i, next(i), next(i, "done"))
try:
    next(i)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print(e)
# dict and str join take any iterable
print(dict(zip("ab", gen(2))), "-".join(str(x) for x in gen(3)))
