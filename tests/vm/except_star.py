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
