# Fixed-point float formatting ("%.Nf", "{:.Nf}", "%" type) and small-int
# formatting: exact rounding of the binary value, half-even ties, widths,
# flags, and values at the limits of the fast paths.
import random

r = random.Random(7)
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-300, 5e-324, 2.0**52, 2.0**53 - 1,
        2.0**53, 2.0**53 + 2, 1e22, 123456789.987654321, 0.1, 0.7, 1/3, 2/3, 9.995, 9.9995,
        0.045, 1.005, 1e16, 4503599627370495.5, 999999999999.9999, 0.0005, 0.00049999999999999999,
        float("inf"), float("-inf"), float("nan")]
for i in range(400):
    k = r.random()
    if k < 0.3: vals.append(r.uniform(-1000, 1000))
    elif k < 0.5: vals.append(r.randint(-10**6, 10**6) / 8)
    elif k < 0.7: vals.append(r.random() * 10 ** r.randint(-20, 20))
    else: vals.append(r.randint(0, 10**5) / 10**r.randint(0, 6))

for v in vals[:32]:
    print(repr(v), "%.0f|%.1f|%.2f|%.3f|%#.0f|%+.2F|%10.4f|%-10.2f|%010.3f" % ((v,) * 9))
    print("  ", "{:.17f}|{:.18f}|{:.2%}|{:#.0f}|{:>12.3f}|{:+.1f}|{:08.2f}|{:,.2f}|{:_.1f}".format(*(v,) * 9))

lines = []
for v in vals[32:]:
    for p in (0, 1, 2, 3, 6, 10, 17, 18):
        lines.append("%.*f|%s|%s" % (p, v, format(v, ".%df" % p), format(v, "#.%df" % p)))
    lines.append(format(v, ".2%") + "{:>12.3f}|{:+.1f}|{:08.2f}".format(v, v, v))
for i, l in enumerate(lines):
    if i % 37 == 0:
        print(l)
print(len(lines), sum(len(l) for l in lines), sum(l.count("5") for l in lines))

for n in [0, 1, -1, 7, -7, 10, 99, 100, -100, 2**31, -2**31, 2**62 - 1, -2**62, 2**62, 2**63 - 1,
          -2**63, 2**64, -2**64, 10**19, 10**20]:
    print(str(n), repr(n), "%d|%5d|%-6d|%+d|%.4d|%05d|% d|%i|%u" % ((n,) * 9),
          "{}|{:>8}|{:<8}|{:+}".format(n, n, n, n), "%s" % n, f"{n}")
print("%d %d" % (True, 3.99), "%.3d" % -5, "%5.3d|" % 42, "{}".format(False))
