# except* groups
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except* ValueError as e:
    print('star value', repr(e.exceptions))
except* TypeError as e:
    print('star type', repr(e.exceptions))

try:
    raise ValueError('naked')
except* ValueError as e:
    print('naked wrapped', type(e).__name__, repr(e.exceptions))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('handled value part')
except ExceptionGroup as rest:
    print('rest', repr(rest.exceptions))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* TypeError:
        print('no')
except ExceptionGroup as e:
    print('unmatched passes through', repr(e.exceptions))

def mixed():
    try:
        raise ExceptionGroup('eg', [ValueError('v'), TypeError('t'), KeyError('k')])
    except* ValueError:
        raise RuntimeError('new from handler')
    except* TypeError:
        raise
try:
    mixed()
except ExceptionGroup as e:
    print(type(e).__name__, repr(e.message), [type(x).__name__ for x in e.exceptions])
    for x in e.exceptions:
        if isinstance(x, ExceptionGroup):
            print(' inner', x.message, [type(y).__name__ for y in x.exceptions])
def reraise_all():
    try:
        raise ExceptionGroup('eg', [ValueError(1), ValueError(2)])
    except* ValueError:
        raise
try:
    reraise_all()
except ExceptionGroup as e:
    print('reraised', e.message, e.exceptions)
def nested():
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print('values', repr(e))
    except* TypeError as e:
        print('types', repr(e))
nested()
