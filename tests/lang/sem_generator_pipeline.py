# chained generators: laziness, early termination, explicit cleanup order
log = []
def source(n):
    try:
        for i in range(n):
            log.append("produce %d" % i)
            yield i
    finally:
        log.append("source closed")
def double(it):
    try:
        for x in it:
            log.append("double %d" % x)
            yield x * 2
    finally:
        log.append("double closed")
def take(it, k):
    for x in it:
        if k <= 0:
            return
        k -= 1
        yield x
src = source(10)
dbl = double(src)
pipe = take(dbl, 2)
print(list(pipe))
dbl.close()
src.close()
print(log)
log.clear()

# yield from propagates close to the inner generator
def wrap(it):
    yield from it
w = wrap(source(5))
next(w)
w.close()
print(log)
log.clear()

# generator expressions are lazy and single-use
g = (x * x for x in source(3))
print(log)
print(sum(g), sum(g))
print(log)
log.clear()

import itertools
print(list(itertools.chain(source(2), (c for c in "ab"))))
s3 = source(3)
print(list(zip(s3, "xy")))
s3.close()
print(log)
