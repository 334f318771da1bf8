# cmath: argument conversion (__complex__, __float__, __index__, bad types), isclose, log with a base,
# rect, the constants, signatures and errors, compared with CPython.
import cmath, math
print(sorted(dir(cmath)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
class C:
    def __complex__(self): return 1+2j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
class Bad:
    def __complex__(self): return 5
for args in [(), (1, 2), ('a',), (C(),), (F(),), (I(),), (Bad(),), (None,), (2**2000,), (True,)]:
    for f in (cmath.sqrt, cmath.log, cmath.phase, cmath.isnan, cmath.polar):
        try:
            print(f.__name__, f(*args))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for args, kw in [((1, 2), {}), ((1,), {}), ((1, 2, 3), {}), ((1, 1), {'rel_tol': -1}), ((1, 1.0000000001), {}),
                 ((1, 1.1), {'abs_tol': 0.2}), ((1, 'a'), {}), ((1, 2), {'x': 1}), ((complex('nan'), complex('nan')), {}),
                 ((complex('inf'), complex('inf')), {}), ((1,), {'b': 1})]:
    try:
        print(cmath.isclose(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (1,), (1, 2, 3), ('a', 1), (1, 'a'), (0, 0), (1, 1)]:
    try:
        print(cmath.log(*args) if len(args) != 1 else cmath.rect(*args))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(cmath.rect(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    cmath.sqrt(z=1)
except TypeError as e:
    print(e)
print(cmath.log.__text_signature__, cmath.isclose.__text_signature__, cmath.sqrt.__doc__)
for z in (1000, 710 + 1j, complex(1e308, 1e308)):
    for f in (cmath.exp, cmath.cosh, cmath.sinh, cmath.polar):
        try:
            print(f(z))
        except OverflowError as e:
            print(f.__name__, e)
