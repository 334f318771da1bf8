"""Functional tools for creating and using iterators (kiln overlay: CPython
implements this module in C; this is an equivalent written in Python until
kiln's C version lands)."""


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first:
            try:
                x = next(self._it)
                self._saved.append(x)
                return x
            except StopIteration:
                self._first = False
        if not self._saved:
            raise StopIteration
        x = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return x


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        self._times = None if times is None else max(0, times)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def _gen_type(name, gen_func):
    """A class whose instances iterate like gen_func(*args)."""
    class _it:
        __slots__ = ('_g',)

        def __init__(self, *args, **kwargs):
            self._g = gen_func(*args, **kwargs)

        def __iter__(self):
            return self

        def __next__(self):
            return next(self._g)
    _it.__name__ = _it.__qualname__ = name
    _it.__module__ = 'itertools'
    return _it


def _accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def _chain(*iterables):
    for it in iterables:
        yield from it


def _chain_from_iterable(iterables):
    for it in iterables:
        yield from it


def _compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def _dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def _filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def _islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
    for name, v in (('start', start), ('stop', stop)):
        if v is not None and (not isinstance(v, int) or v < 0):
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if not isinstance(step, int) or step <= 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    it = iter(iterable)
    i = 0
    nexti = start
    while stop is None or nexti < stop:
        try:
            x = next(it)
        except StopIteration:
            return
        if i == nexti:
            yield x
            nexti += step
        i += 1
    # consume up to stop as CPython does
    while i < (stop or 0) and i < nexti:
        try:
            next(it)
        except StopIteration:
            return
        i += 1


def _pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def _starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def _zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def _product(*args, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def _permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError('r must be non-negative')
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def _combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def _combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


accumulate = _gen_type('accumulate', _accumulate)
chain = _gen_type('chain', _chain)
chain.from_iterable = staticmethod(lambda iterables: _from_iterable(iterables))
compress = _gen_type('compress', _compress)
dropwhile = _gen_type('dropwhile', _dropwhile)
filterfalse = _gen_type('filterfalse', _filterfalse)
islice = _gen_type('islice', _islice)
pairwise = _gen_type('pairwise', _pairwise)
starmap = _gen_type('starmap', _starmap)
takewhile = _gen_type('takewhile', _takewhile)
zip_longest = _gen_type('zip_longest', _zip_longest)
product = _gen_type('product', _product)
permutations = _gen_type('permutations', _permutations)
combinations = _gen_type('combinations', _combinations)
combinations_with_replacement = _gen_type('combinations_with_replacement', _combinations_with_replacement)


def _from_iterable(iterables):
    c = chain()
    c._g = _chain_from_iterable(iterables)
    return c


class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


class _tee_link:
    __slots__ = ('value', 'next')


class _tee_source:
    # the underlying iterator, shared by every copy; `running` refuses a
    # re-entrant next() (another thread, or the iterator's own __next__)
    __slots__ = ('it', 'running')

    def __init__(self, it):
        self.it = it
        self.running = False


class _tee:
    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            source = self._source
            if source.running:
                raise RuntimeError("cannot re-enter the tee iterator")
            source.running = True
            try:
                value = next(source.it)
            finally:
                source.running = False
            if link.next is None:
                new = _tee_link()
                new.next = None
                link.value = value
                link.next = new
        value = link.value
        self._link = link.next
        return value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it
        return tuple([first] + [first.__copy__() for _ in range(n - 1)]) if n else ()
    link = _tee_link()
    link.next = None
    source = _tee_source(it)
    return tuple(_tee(source, link) for _ in range(n))


for _c in (count, cycle, repeat, groupby):
    _c.__module__ = 'itertools'
del _c
