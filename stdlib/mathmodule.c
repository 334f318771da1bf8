/* kiln: the math module, CPython 3.11's functions, errors and special cases. */
#include "core.h"
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* -- argument helpers --------------------------------------------------------- */

static int arg_double(Value v, double *out)
{
    if (IS_SMALL(v)) { *out = (double)SMALL_VAL(v); return 0; }
    if (IS_TYPE(v, float)) { *out = FLOAT_VAL(v); return 0; }
    if (float_as_double(v, out) < 0) {
        if (exc_matches(E(TypeError))) {
            exc_clear();
            raise_TypeError("must be real number, not %T", v);
        }
        return -1;
    }
    return 0;
}

static Value domain_error(void) { return raise_ValueError("math domain error"); }
static Value range_error(void) { return raise_OverflowError("math range error"); }

/* Result check in the manner of CPython's math_1: nan from non-nan input is a
 * domain error, inf from finite input a range error (unless the function can
 * legitimately overflow to inf, can_overflow). */
static Value checked(double x, double r, bool can_overflow)
{
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return float_new(r);
}

#define MATH1(name, fn, ovf)                                                                 \
    static Value m_##name(Value self, const Value *args, size_t nargs, Value kw)            \
    {                                                                                        \
        double x;                                                                            \
        if (args_count(#name, nargs, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;   \
        errno = 0;                                                                           \
        return checked(x, fn(x), ovf);                                                       \
    }
MATH1(acos, acos, false) MATH1(acosh, acosh, false) MATH1(asin, asin, false)
MATH1(asinh, asinh, false) MATH1(atan, atan, false) MATH1(atanh, atanh, false)
MATH1(cbrt, cbrt, false) MATH1(cos, cos, false) MATH1(cosh, cosh, true) MATH1(erf, erf, false)
MATH1(erfc, erfc, false) MATH1(exp, exp, true) MATH1(exp2, exp2, true) MATH1(expm1, expm1, true)
MATH1(fabs, fabs, false) MATH1(sin, sin, false) MATH1(sinh, sinh, true) MATH1(tan, tan, false)
MATH1(tanh, tanh, false) MATH1(lgamma, lgamma, true)
#undef MATH1

static Value m_sqrt(Value self, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (args_count("sqrt", nargs, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;
    if (x < 0) return domain_error();
    return float_new(sqrt(x));
}

static Value m_gamma(Value self, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (args_count("gamma", nargs, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;
    if (isnan(x)) return float_new(x);
    if (x == -INFINITY || (x <= 0 && x == floor(x))) return domain_error();
    double r = tgamma(x);
    if (isinf(r) && isfinite(x)) return range_error();
    return float_new(r);
}

/* log of any positive int, also past the double range. */
static int log_of(Value v, double *out)
{
    if (IS_INT(v) && !IS_SMALL(v)) {
        Value iv = int_value_of(v);
        if (int_sign(iv) <= 0) { domain_error(); return -1; }
        int ovf = 0;
        double d = int_as_double(iv, &ovf);
        if (!ovf) { *out = log(d); return 0; }
        int64_t bits = int_bit_length(iv);
        int64_t shift = bits - 60;
        Value top = obj_binop(iv, MKSMALL(shift), BINOP_RSHIFT);
        if (!top) return -1;
        *out = log((double)SMALL_VAL(top)) + (double)shift * M_LN2;
        return 0;
    }
    double x;
    if (arg_double(v, &x) < 0) return -1;
    if (isnan(x)) { *out = x; return 0; }
    if (x <= 0) { domain_error(); return -1; }
    *out = log(x);
    return 0;
}

static Value m_log(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("log", nargs, 1, 2) < 0) return 0;
    double a, b;
    if (log_of(args[0], &a) < 0) return 0;
    if (nargs == 2) {
        if (log_of(args[1], &b) < 0) return 0;
        if (b == 0) return raise_ZeroDivisionError("float division by zero");
        return float_new(a / b);
    }
    return float_new(a);
}

static Value m_log2(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("log2", nargs, 1, 1) < 0) return 0;
    double x;
    if (IS_SMALL(args[0]) || IS_FLOAT(args[0])) {
        if (arg_double(args[0], &x) < 0) return 0;
        if (isnan(x)) return float_new(x);
        if (x <= 0) return domain_error();
        return float_new(log2(x));
    }
    double a;
    if (log_of(args[0], &a) < 0) return 0;
    return float_new(a / M_LN2);
}

static Value m_log10(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("log10", nargs, 1, 1) < 0) return 0;
    double x;
    if (IS_SMALL(args[0]) || IS_FLOAT(args[0])) {
        if (arg_double(args[0], &x) < 0) return 0;
        if (isnan(x)) return float_new(x);
        if (x <= 0) return domain_error();
        return float_new(log10(x));
    }
    double a;
    if (log_of(args[0], &a) < 0) return 0;
    return float_new(a / M_LN10);
}

static Value m_log1p(Value self, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (args_count("log1p", nargs, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;
    if (x <= -1) return domain_error();
    return float_new(log1p(x));
}

#define MATH2(name, body)                                                                    \
    static Value m_##name(Value self, const Value *args, size_t nargs, Value kw)            \
    {                                                                                        \
        double x, y;                                                                         \
        if (args_count(#name, nargs, 2, 2) < 0 || arg_double(args[0], &x) < 0 ||           \
            arg_double(args[1], &y) < 0) return 0;                                          \
        body                                                                                 \
    }
MATH2(atan2, return float_new(atan2(x, y));)
MATH2(copysign, return float_new(copysign(x, y));)
MATH2(fmod, if (isinf(x) && !isnan(y)) return domain_error();
      if (y == 0 && !isnan(x)) return domain_error(); return float_new(fmod(x, y));)
MATH2(remainder, if (isnan(x) || isnan(y)) return float_new(NAN);
      if (isinf(x) || y == 0) return domain_error(); return float_new(remainder(x, y));)
MATH2(nextafter, return float_new(nextafter(x, y));)
MATH2(pow, {
    if (x == 0 && y < 0 && isfinite(y)) return domain_error();
    if (x < 0 && isfinite(x) && isfinite(y) && y != floor(y)) return domain_error();
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return float_new(r);
})
#undef MATH2

static Value m_ldexp(Value self, const Value *args, size_t nargs, Value kw)
{
    double x;
    int64_t e;
    if (args_count("ldexp", nargs, 2, 2) < 0 || arg_double(args[0], &x) < 0) return 0;
    if (!IS_INT(args[1])) return raise_TypeError("Expected an int as second argument to ldexp.");
    if (int_as_i64(args[1], &e) < 0) {
        exc_clear();
        e = int_sign(int_value_of(args[1])) > 0 ? 100000 : -100000;
    }
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    double r = ldexp(x, (int)e);
    if (isinf(r) && isfinite(x)) return range_error();
    return float_new(r);
}

static Value m_frexp(Value self, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (args_count("frexp", nargs, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    return tuple_pack(2, float_new(m), MKSMALL(e));
}

static Value m_modf(Value self, const Value *args, size_t nargs, Value kw)
{
    double x, ip;
    if (args_count("modf", nargs, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;
    if (isinf(x)) return tuple_pack(2, float_new(copysign(0.0, x)), float_new(x));
    double fp = modf(x, &ip);
    return tuple_pack(2, float_new(fp), float_new(ip));
}

static Value round_via(const char *name, Value v, Value dunder, double (*fn)(double))
{
    if (IS_TYPE(v, float)) return int_from_double(fn(FLOAT_VAL(v)));
    if (IS_INT(v)) return int_value_of(v);
    Value m = obj_lookup_special(v, dunder);
    if (m) return obj_call0(m);
    if (exc_pending()) return 0;
    double d;
    if (arg_double(v, &d) < 0) return 0;
    return int_from_double(fn(d));
}

static Value m_floor(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("floor", nargs, 1, 1) < 0) return 0;
    return round_via("floor", args[0], S(__floor__), floor);
}

static Value m_ceil(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("ceil", nargs, 1, 1) < 0) return 0;
    return round_via("ceil", args[0], S(__ceil__), ceil);
}

static Value m_trunc(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("trunc", nargs, 1, 1) < 0) return 0;
    if (IS_TYPE(args[0], float)) return int_from_double(trunc(FLOAT_VAL(args[0])));
    Value m = obj_lookup_special(args[0], S(__trunc__));
    if (m) return obj_call0(m);
    if (exc_pending()) return 0;
    return raise_TypeError("type %T doesn't define __trunc__ method", args[0]);
}

#define PRED(name, test)                                                                     \
    static Value m_##name(Value self, const Value *args, size_t nargs, Value kw)            \
    {                                                                                        \
        double x;                                                                            \
        if (args_count(#name, nargs, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;   \
        return BOOL_V(test);                                                                 \
    }
PRED(isnan, isnan(x)) PRED(isinf, isinf(x)) PRED(isfinite, isfinite(x))
#undef PRED

static Value m_isclose(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", "", "rel_tol", "abs_tol", NULL };
    Value a[4];
    if (args_parse("isclose", args, nargs, kw, names, 2, a) < 0) return 0;
    double x, y, rel = 1e-9, abs_ = 0.0;
    if (arg_double(a[0], &x) < 0 || arg_double(a[1], &y) < 0) return 0;
    if (a[2] && arg_double(a[2], &rel) < 0) return 0;
    if (a[3] && arg_double(a[3], &abs_) < 0) return 0;
    if (rel < 0 || abs_ < 0) return raise_ValueError("tolerances must be non-negative");
    if (x == y) return TRUE_V;
    if (isinf(x) || isinf(y)) return FALSE_V;
    double diff = fabs(y - x);
    return BOOL_V((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || diff <= abs_);
}

static Value m_degrees(Value self, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (args_count("degrees", nargs, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;
    return float_new(x * (180.0 / M_PI));
}

static Value m_radians(Value self, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (args_count("radians", nargs, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;
    return float_new(x * (M_PI / 180.0));
}

/* Neumaier-compensated sum; exact enough for CPython's fsum examples. */
static Value m_fsum(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("fsum", nargs, 1, 1) < 0) return 0;
    Value it = obj_iter(args[0]);
    if (!it) return 0;
    /* Shewchuk's algorithm (exact partial sums), as CPython's msum */
    double partials[64];
    int n = 0;
    double special = 0, inf_sum = 0;
    for (;;) {
        Value v = obj_next(it);
        if (!v) { if (exc_pending()) return 0; break; }
        double x;
        if (arg_double(v, &x) < 0) return 0;
        if (!isfinite(x)) {
            if (isinf(x)) inf_sum += x;
            special += x;
            continue;
        }
        int i = 0;
        for (int j = 0; j < n; j++) {
            double y = partials[j];
            if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        n = i;
        if (n < 64) partials[n++] = x;
        else return raise_OverflowError("fsum: too many partials");
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) return raise_ValueError("-inf + inf in fsum");
        return float_new(special);
    }
    double hi = 0.0;
    if (n > 0) {
        hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi, y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return float_new(hi);
}

/* The Euclidean norm of the n magnitudes in v (inf wins over nan, as CPython). */
static Value vector_norm(double *v, size_t n)
{
    double acc = 0.0, mx = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        v[i] = fabs(v[i]);
        if (isnan(v[i])) found_nan = true;
        if (v[i] > mx) mx = v[i];
    }
    if (isinf(mx)) return float_new(INFINITY);
    if (found_nan) return float_new(NAN);
    if (mx == 0 || n <= 1) return float_new(mx);
    for (size_t i = 0; i < n; i++) { double t = v[i] / mx; acc += t * t; }
    return float_new(mx * sqrt(acc));
}

static Value m_hypot(Value self, const Value *args, size_t nargs, Value kw)
{
    double *v = malloc((nargs ? nargs : 1) * sizeof *v);
    for (size_t i = 0; i < nargs; i++)
        if (arg_double(args[i], &v[i]) < 0) { free(v); return 0; }
    Value r = vector_norm(v, nargs);
    free(v);
    return r;
}

static Value m_dist(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("dist", nargs, 2, 2) < 0) return 0;
    Value p = tuple_from_iter(args[0]), q = tuple_from_iter(args[1]);
    if (!p || !q) return 0;
    if (TUPLE_SIZE(p) != TUPLE_SIZE(q)) return raise_ValueError("both points must have the same number of dimensions");
    int64_t n = TUPLE_SIZE(p);
    /* the differences stay doubles: no Value is kept in malloc'd memory */
    double *d = malloc((n ? n : 1) * sizeof *d);
    for (int64_t i = 0; i < n; i++) {
        double a, b;
        if (arg_double(TUPLE_ITEMS(p)[i], &a) < 0 || arg_double(TUPLE_ITEMS(q)[i], &b) < 0) { free(d); return 0; }
        d[i] = a - b;
    }
    Value r = vector_norm(d, (size_t)n);
    free(d);
    return r;
}

static Value int_arg(const char *fname, Value v)
{
    if (IS_FLOAT(v)) return raise_TypeError("'float' object cannot be interpreted as an integer");
    return obj_index(v);
}

static Value m_factorial(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("factorial", nargs, 1, 1) < 0) return 0;
    Value n = int_arg("factorial", args[0]);
    if (!n) return 0;
    if (int_sign(n) < 0) return raise_ValueError("factorial() not defined for negative values");
    int64_t k;
    if (int_as_i64(n, &k) < 0) return raise_OverflowError("factorial() argument should not exceed 9223372036854775807");
    /* product of a balanced binary split keeps big-int multiplies small */
    Value acc = MKSMALL(1);
    for (int64_t i = 2; i <= k; i++) {
        acc = obj_binop(acc, MKSMALL(i), BINOP_MULTIPLY);
        if (!acc) return 0;
    }
    return acc;
}

static Value gcd2(Value a, Value b)
{
    a = obj_abs(a);
    b = obj_abs(b);
    if (!a || !b) return 0;
    while (int_sign(b) != 0) {
        Value t = obj_binop(a, b, BINOP_REMAINDER);
        if (!t) return 0;
        a = b;
        b = t;
    }
    return a;
}

static Value m_gcd(Value self, const Value *args, size_t nargs, Value kw)
{
    Value g = MKSMALL(0);
    for (size_t i = 0; i < nargs; i++) {
        Value v = int_arg("gcd", args[i]);
        if (!v || !(g = gcd2(g, v))) return 0;
    }
    return g;
}

static Value m_lcm(Value self, const Value *args, size_t nargs, Value kw)
{
    Value l = MKSMALL(1);
    for (size_t i = 0; i < nargs; i++) {
        Value v = int_arg("lcm", args[i]);
        if (!v) return 0;
        if (int_sign(v) == 0 || int_sign(l) == 0) { l = MKSMALL(0); continue; }
        Value g = gcd2(l, v);
        if (!g) return 0;
        Value q = obj_binop(obj_abs(v), g, BINOP_FLOOR_DIVIDE);
        if (!q || !(l = obj_binop(obj_abs(l), q, BINOP_MULTIPLY))) return 0;
    }
    return l;
}

static Value m_isqrt(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("isqrt", nargs, 1, 1) < 0) return 0;
    Value n = int_arg("isqrt", args[0]);
    if (!n) return 0;
    if (int_sign(n) < 0) return raise_ValueError("isqrt() argument must be nonnegative");
    if (int_sign(n) == 0) return MKSMALL(0);
    /* Newton's method from an upper bound: x = 2^ceil(bits/2) */
    int64_t bits = int_bit_length(n);
    Value x = obj_binop(MKSMALL(1), int_from_i64((bits + 1) / 2), BINOP_LSHIFT);
    for (;;) {
        Value q = obj_binop(n, x, BINOP_FLOOR_DIVIDE);
        if (!q) return 0;
        Value y = obj_binop(obj_binop(x, q, BINOP_ADD), MKSMALL(1), BINOP_RSHIFT);
        if (!y) return 0;
        if (int_compare(y, x) >= 0) return x;
        x = y;
    }
}

static Value comb_perm(const char *name, const Value *args, size_t nargs, bool comb)
{
    if (args_count(name, nargs, comb ? 2 : 1, 2) < 0) return 0;
    Value n = int_arg(name, args[0]);
    if (!n) return 0;
    Value k = (nargs == 2 && args[1] != NONE) ? int_arg(name, args[1]) : n;
    if (!k) return 0;
    if (int_sign(n) < 0) return raise_ValueError("n must be a non-negative integer");
    if (int_sign(k) < 0) return raise_ValueError("k must be a non-negative integer");
    if (int_compare(k, n) > 0) return MKSMALL(0);
    int64_t kk;
    if (comb) {
        Value nk = obj_binop(n, k, BINOP_SUBTRACT);
        if (int_compare(nk, k) < 0) k = nk;
    }
    if (int_as_i64(k, &kk) < 0) return raise_OverflowError("min(n - k, k) must not exceed 9223372036854775807");
    Value acc = MKSMALL(1);
    for (int64_t i = 0; i < kk; i++) {
        acc = obj_binop(acc, obj_binop(n, int_from_i64(i), BINOP_SUBTRACT), BINOP_MULTIPLY);
        if (!acc) return 0;
        if (comb && !(acc = obj_binop(acc, int_from_i64(i + 1), BINOP_FLOOR_DIVIDE))) return 0;
    }
    return acc;
}

static Value m_comb(Value self, const Value *args, size_t nargs, Value kw) { return comb_perm("comb", args, nargs, true); }
static Value m_perm(Value self, const Value *args, size_t nargs, Value kw) { return comb_perm("perm", args, nargs, false); }

static Value m_prod(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", "start", NULL };
    Value a[2];
    if (args_parse("prod", args, nargs, kw, names, 1, a) < 0) return 0;
    Value acc = a[1] ? a[1] : MKSMALL(1);
    Value it = obj_iter(a[0]);
    if (!it) return 0;
    for (;;) {
        Value v = obj_next(it);
        if (!v) return exc_pending() ? 0 : acc;
        if (!(acc = obj_binop(acc, v, BINOP_MULTIPLY))) return 0;
    }
}

static Value m_ulp(Value self, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (args_count("ulp", nargs, 1, 1) < 0 || arg_double(args[0], &x) < 0) return 0;
    if (isnan(x)) return float_new(x);
    x = fabs(x);
    if (isinf(x)) return float_new(x);
    double y = nextafter(x, INFINITY);
    if (isinf(y)) return float_new(x - nextafter(x, -INFINITY));
    return float_new(y - x);
}

static const MethodDef math_methods[] = {
#define M(n) { #n, m_##n, 0, NULL },
    M(acos) M(acosh) M(asin) M(asinh) M(atan) M(atan2) M(atanh) M(cbrt) M(ceil) M(comb)
    M(copysign) M(cos) M(cosh) M(degrees) M(dist) M(erf) M(erfc) M(exp) M(exp2) M(expm1)
    M(fabs) M(factorial) M(floor) M(fmod) M(frexp) M(fsum) M(gamma) M(gcd) M(hypot)
    M(isclose) M(isfinite) M(isinf) M(isnan) M(isqrt) M(lcm) M(ldexp) M(lgamma) M(log)
    M(log10) M(log1p) M(log2) M(modf) M(nextafter) M(perm) M(pow) M(prod) M(radians)
    M(remainder) M(sin) M(sinh) M(sqrt) M(tan) M(tanh) M(trunc) M(ulp)
#undef M
    { NULL, NULL, 0, NULL },
};

static int math_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (dict_set_cstr(d, "pi", float_new(M_PI)) < 0 || dict_set_cstr(d, "e", float_new(M_E)) < 0 ||
        dict_set_cstr(d, "tau", float_new(2 * M_PI)) < 0 || dict_set_cstr(d, "inf", float_new(INFINITY)) < 0 ||
        dict_set_cstr(d, "nan", float_new(NAN)) < 0)
        return -1;
    return 0;
}

const ModuleDef math_module = { "math", "This module provides access to the mathematical functions\n"
                                "defined by the C standard.", math_methods, math_exec };
