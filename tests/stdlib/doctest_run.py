# doctest runs examples (it saves and restores sys.gettrace()); sys's
# trace and profile hooks report no function and accept None.
import doctest, sys


def add(a, b):
    """Adds two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> add(1)
    Traceback (most recent call last):
        ...
    TypeError: add() missing 1 required positional argument: 'b'
    """
    return a + b


print(sys.gettrace(), sys.getprofile(), sys.settrace(None), sys.setprofile(None))
runner = doctest.DocTestRunner(verbose=False)
report = []
for test in doctest.DocTestFinder().find(add, 'add', globs={'add': add}):
    runner.run(test, out=report.append)
print(''.join(report).replace(__file__, 'doctest_run.py'), end='')
print(runner.summarize(verbose=False))
for f in (sys.settrace, sys.gettrace):
    try:
        f(1, 2)
    except TypeError as e:
        print(e)
