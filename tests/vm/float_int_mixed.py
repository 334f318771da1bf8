# BINARY_OP / COMPARE_OP on a float and a small int: same results as the
# generic paths (rounding of big ints, division by zero, NaN, -0.0).
import math
ints = [0, 1, -1, 7, -3, 2**52 + 1, 2**53, 2**53 + 1, -(2**53) - 1, 2**61, -(2**61), 2**62 - 1]
floats = [0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, float("inf"), float("-inf"), float("nan"), 9007199254740992.0,
          9007199254740993.0, 2.0**61]
def r(x):
    return "nan" if isinstance(x, float) and math.isnan(x) else repr(x)
for i in ints:
    for f in floats:
        out = []
        for a, b in ((i, f), (f, i)):
            for op in ("+", "-", "*", "/"):
                try:
                    out.append(r(eval("a %s b" % op)))
                except ZeroDivisionError as e:
                    out.append("ZDE:" + str(e))
            out.append("".join("1" if c else "0" for c in (a < b, a <= b, a == b, a != b, a > b, a >= b)))
        x = f
        x += i
        y = i
        y *= f
        out.append(r(x) + "," + r(y))
        print(i, r(f), " ".join(out))
