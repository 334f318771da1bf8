# every binary operator over a pool of ints, bools, floats and complexes;
# prints the result repr or the exception type and message
pool = [0, 1, -7, 2**62, -(10**25), True, 0.0, -0.0, 0.5, -2.5, 1e300, float('inf'),
        float('-inf'), float('nan'), 0j, 2 - 3j, complex(float('inf'), 1), complex(-0.0, 2.5)]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', lambda a, b: divmod(a, b)), ('**', lambda a, b: a ** b if abs(b) < 200 else 'skip'),
       ('<<', lambda a, b: a << b if abs(b) < 200 else 'skip'), ('>>', lambda a, b: a >> b),
       ('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b),
       ('<', lambda a, b: a < b), ('==', lambda a, b: a == b), ('>=', lambda a, b: a >= b)]
for a in pool:
    for name, f in ops:
        out = []
        for b in pool:
            try:
                r = f(a, b)
                out.append(repr(r))
            except Exception as e:
                out.append(type(e).__name__ + ':' + str(e))
        print(repr(a), name, ' | '.join(out))
for a in pool:
    row = []
    for f in (lambda x: -x, lambda x: +x, abs, lambda x: ~x, int, float, complex, bool, lambda x: hash(x) if x == x else 'nan', str,
              lambda x: round(x), lambda x: round(x, 1), lambda x: round(x, -1), lambda x: pow(x, 3, 5)):
        try:
            row.append(repr(f(a)))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(a), ' | '.join(row))
