# Requests no heap can hold raise MemoryError (a program can catch it), and
# format arguments read as C ints overflow as in CPython; empty repeats stay cheap.
import sys
for make in (lambda: 'a' * 2**40, lambda: [0] * 2**40, lambda: (1, 2) * 2**40, lambda: b'ab' * 2**40,
             lambda: '%*d' % (2**50, 1), lambda: b'%*d' % (2**50, 1)):
    try:
        make()
    except MemoryError as e:
        print('MemoryError', repr(e))
for fmt in ('%.*d', '%.*f'):
    try:
        fmt % (sys.maxsize, 1)
    except OverflowError as e:
        print('OverflowError', e)
print([] * 2**62, () * 2**62, '' * 2**62, b'' * 2**62, 'ab' * 3, [1] * 3)
