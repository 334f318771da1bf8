# cmath against CPython: every function on a grid of real and imaginary
# parts (signed zeros, subnormals, huge values, values near the overflow
# threshold, infinities, NaN), results compared by repr (exact to the last
# bit) or by the exception raised.  One line per function gives a digest of
# all its results plus a sample; `kiln cmath_values.py --full` prints them all.
import cmath, hashlib, math, sys

VALS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -3.5, 1e-310, -1e-310, 1e-200, 1e300, -1e300, 1.7e308,
        710.0, -710.0, 0.71, 1.73, 1e-20, math.inf, -math.inf, math.nan]
FULL = '--full' in sys.argv


def result(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


def report(name, lines):
    if FULL:
        print('\n'.join(lines))
    digest = hashlib.sha256('\n'.join(lines).encode()).hexdigest()[:16]
    print(name, len(lines), digest, lines[len(lines) // 3], '|', lines[-5])


for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
             'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    report(name, ['%r %s' % (complex(a, b), result(f, complex(a, b))) for a in VALS for b in VALS])
report('rect', ['%r %r %s' % (a, b, result(cmath.rect, a, b)) for a in VALS for b in VALS])
report('log_base', ['%r %r %s' % (a, b, result(cmath.log, complex(a, 1.5), complex(b, 0.5)))
                    for a in VALS for b in VALS])
