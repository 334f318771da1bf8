# At exit, generators still suspended in a try/finally or with block are
# closed (CPython clears __main__'s globals, dropping the last references).
def counter(name):
    try:
        yield 1
        yield 2
    finally:
        print('closed at exit:', name)


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print('exit at exit:', exc[0].__name__)


def withgen():
    with CM():
        yield 'w'


first = counter('first')
next(first)
second = withgen()
next(second)
done = counter('finished')
list(done)
print('end of script')
