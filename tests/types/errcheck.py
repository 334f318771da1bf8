# Helper for the method_errors_*.py tests: call every method defined by a
# builtin type with wrong argument counts, types and keywords, and print either
# the result's type or "ExceptionType: message", one line per call.  A test may
# leave out calls where kiln is known to differ (its KNOWN list, by label).

class Odd:
    def __repr__(self):
        return 'Odd()'


SKIP = {'__new__', '__init__', '__getattribute__', '__setattr__', '__delattr__',
        '__init_subclass__', '__subclasshook__', '__class_getitem__', '__reduce_ex__',
        '__sizeof__', '__getstate__', '__dir__'}

CASES = [
    ('()', (), {}),
    ('(Odd)', (Odd(),), {}),
    ('(Odd, Odd)', (Odd(), Odd()), {}),
    ('(None)', (None,), {}),
    ('(-1)', (-1,), {}),
    ('(1, 2, 3, 4, 5)', (1, 2, 3, 4, 5), {}),
    ('(spam=1)', (), {'spam': 1}),
]


def outcome(f, args, kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return '-> ' + type(r).__name__


def check(tname, T, make, known):
    names = sorted(n for n, v in vars(T).items()
                   if n not in SKIP and (callable(v) or isinstance(v, (classmethod, staticmethod))))
    for n in names:
        d = vars(T)[n]
        if not callable(getattr(make(), n, None)):
            continue
        for label, args, kw in CASES:
            key = '%s.%s%s' % (tname, n, label)
            if key not in known:
                print(key, outcome(getattr(make(), n), args, kw))
        if not isinstance(d, (classmethod, staticmethod)) and type(d).__name__ != 'classmethod_descriptor':
            if '%s.%s unbound' % (tname, n) not in known:
                print('%s.%s unbound() %s' % (tname, n, outcome(getattr(T, n), (), {})))
                print('%s.%s unbound(Odd) %s' % (tname, n, outcome(getattr(T, n), (Odd(),), {})))


def run(samples, known=()):
    known = set(known)
    for tname, T, make in samples:
        check(tname, T, make, known)
