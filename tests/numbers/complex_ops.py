vals = [0j, 1j, -1j, 1 + 2j, -3.5 - 0.5j, complex(0, -0.0), complex(-0.0, -1), complex(1, float('nan')), complex(0, 1e16),
        complex(float('inf'), 0), 2 + 0j, complex(1e300, 1e300)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), -v, +v, bool(v), v == v, hash(v) if v == v else 'nan')
for a in vals[:6]:
    for b in [1, 2.5, 1j, 2 - 3j, 0.5 + 0.5j]:
        print(a, b, a + b, a - b, a * b, a / b, b - a, b / (a if a else 1))
print(abs(3 + 4j), abs(-1j), (1 + 2j) ** 2, (1 + 2j) ** 0.5, 2 ** 0.5j, (1j) ** 2, (2 + 0j) ** -2, (1 + 1j) ** 100)
print(complex(1, 2), complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-j'), complex('1e5j'), complex('inf+nanj'))
print(complex(), complex(2), complex(2.5), complex(1j, 1j), complex(1 + 1j, 2), complex('1.5'), complex(real=3, imag=4))
print(1 + 2j == complex(1, 2), 1j == 1, 2 + 0j == 2, 2 + 0j == 2.0, (2 + 0j) != 3, hash(2 + 0j) == hash(2))
print(format(1 + 2j, ''), format(1 + 2j, '.2f'), format(1j, ''), format(1 + 2j, '10'), format(1 + 2j, '^20.1e'), format(-1j, '+'))
print(format(1.5 + 2.25j, 'g'), format(1 + 1j, '+'), format(0j, ''), format(1e20 + 1j, ''), format(1 + 2j, '.3'), format(3 - 4j, '<15'))
for expr in ["complex('1+')", "complex('')", "complex('1', 2)", "complex(1, '2')", "1j // 1", "1j % 1", "1j < 1j",
             "1 / 0j", "0j ** -1", "divmod(1j, 1)", "complex(None)", "format(1j, '010')", "format(1j, '=10')", "abs(complex(1e308, 1e308))",
             "pow(1j, 2, 3)", "int(1j)", "float(1j)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
