/* kiln: the cmath module, mathematical functions of complex numbers with
 * CPython 3.11's results: the same formulas (accurate near the branch cuts,
 * no spurious overflow for large arguments), C99 Annex G values for
 * infinite and NaN parts (cmath_special.h, generated from CPython), and
 * ValueError "math domain error" / OverflowError "math range error" where
 * CPython raises them. */
#include "core.h"
#include <math.h>
#include <float.h>
#include <errno.h>
#include "cmath_special.h"

typedef struct Cx { double re, im; } Cx;
typedef Cx (*CxFn)(Cx z, int *err);

#define LARGE_DOUBLE      (DBL_MAX / 4.)
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153   /* sqrt(LARGE_DOUBLE) */
#define LOG_LARGE_DOUBLE  708.3964185322641        /* log(LARGE_DOUBLE) */
#define SQRT_DBL_MIN      1.4916681462400413e-154  /* sqrt(DBL_MIN) */
#define SCALE_UP   (2 * (DBL_MANT_DIG / 2) + 1)    /* 53: scales a subnormal into range */
#define SCALE_DOWN (-(SCALE_UP + 1) / 2)
#define LN2   0.6931471805599453
#define LN10  2.302585092994046
#define E_    2.718281828459045

/* The class of a double for the special-value tables: -inf, negative, -0,
 * +0, positive, +inf, nan. */
static int special_type(double d)
{
    if (isfinite(d)) {
        if (d != 0) return copysign(1., d) == 1. ? 4 : 1;
        return copysign(1., d) == 1. ? 3 : 2;
    }
    if (isnan(d)) return 6;
    return copysign(1., d) == 1. ? 5 : 0;
}

static bool special(Cx z) { return !isfinite(z.re) || !isfinite(z.im); }

static Cx table(const double t[7][7][2], Cx z)
{
    const double *v = t[special_type(z.re)][special_type(z.im)];
    return (Cx){ v[0], v[1] };
}

static Cx times_i(Cx z) { return (Cx){ -z.im, z.re }; }

static Cx c_sqrt(Cx z, int *err)
{
    *err = 0;
    if (special(z)) return table(sqrt_special, z);
    if (z.re == 0. && z.im == 0.) return (Cx){ 0., z.im };
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {     /* hypot(ax, ay) would be subnormal */
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    if (z.re >= 0.) return (Cx){ s, copysign(d, z.im) };
    return (Cx){ d, copysign(s, z.im) };
}

/* log(hypot(x, y)) for arguments too large to square */
static double log_hypot_large(double x, double y) { return log(hypot(x / 2., y / 2.)) + LN2 * 2.; }

static Cx c_acos(Cx z, int *err)
{
    *err = 0;
    if (special(z)) return table(acos_special, z);
    Cx r;
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        r.re = atan2(fabs(z.im), z.re);
        r.im = z.re < 0. ? -copysign(log_hypot_large(z.re, z.im), z.im)
                         : copysign(log_hypot_large(z.re, z.im), -z.im);
    } else {
        int e;
        Cx s1 = c_sqrt((Cx){ 1. - z.re, -z.im }, &e), s2 = c_sqrt((Cx){ 1. + z.re, z.im }, &e);
        r.re = 2. * atan2(s1.re, s2.re);
        r.im = asinh(s2.re * s1.im - s2.im * s1.re);
    }
    return r;
}

static Cx c_acosh(Cx z, int *err)
{
    *err = 0;
    if (special(z)) return table(acosh_special, z);
    Cx r;
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        r.re = log_hypot_large(z.re, z.im);
        r.im = atan2(z.im, z.re);
    } else {
        int e;
        Cx s1 = c_sqrt((Cx){ z.re - 1., z.im }, &e), s2 = c_sqrt((Cx){ z.re + 1., z.im }, &e);
        r.re = asinh(s1.re * s2.re + s1.im * s2.im);
        r.im = 2. * atan2(s1.im, s2.re);
    }
    return r;
}

static Cx c_asinh(Cx z, int *err)
{
    *err = 0;
    if (special(z)) return table(asinh_special, z);
    Cx r;
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        r.re = z.im >= 0. ? copysign(log_hypot_large(z.re, z.im), z.re)
                          : -copysign(log_hypot_large(z.re, z.im), -z.re);
        r.im = atan2(z.im, fabs(z.re));
    } else {
        int e;
        Cx s1 = c_sqrt((Cx){ 1. + z.im, -z.re }, &e), s2 = c_sqrt((Cx){ 1. - z.im, z.re }, &e);
        r.re = asinh(s1.re * s2.im - s2.re * s1.im);
        r.im = atan2(z.im, s1.re * s2.re - s1.im * s2.im);
    }
    return r;
}

/* asin(z) = -i asinh(iz) */
static Cx c_asin(Cx z, int *err)
{
    Cx s = c_asinh(times_i(z), err);
    return (Cx){ s.im, -s.re };
}

static Cx c_atanh(Cx z, int *err)
{
    *err = 0;
    if (special(z)) return table(atanh_special, z);
    if (z.re < 0.) {        /* atanh(z) = -atanh(-z): work with z.re >= 0 */
        Cx r = c_atanh((Cx){ -z.re, -z.im }, err);
        return (Cx){ -r.re, -r.im };
    }
    double ay = fabs(z.im);
    Cx r;
    if (z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        /* atanh(z) ~ 1/z +/- i pi/2 for large z */
        double h = hypot(z.re / 2., z.im / 2.);
        r.re = z.re / 4. / h / h;
        r.im = -copysign(M_PI / 2., -z.im);
    } else if (z.re == 1. && ay < SQRT_DBL_MIN) {
        if (ay == 0.) {         /* atanh(1 +/- 0i) = inf +/- 0i, a domain error */
            r.re = INFINITY;
            r.im = z.im;
            *err = EDOM;
        } else {
            r.re = -log(sqrt(ay) / sqrt(hypot(ay, 2.)));
            r.im = copysign(atan2(2., -ay) / 2, z.im);
        }
    } else {
        r.re = log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.;
        r.im = -atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.;
    }
    return r;
}

/* atan(z) = -i atanh(iz) */
static Cx c_atan(Cx z, int *err)
{
    Cx s = c_atanh(times_i(z), err);
    return (Cx){ s.im, -s.re };
}

/* cosh, sinh and exp share the infinite-real-part case: the signs of the
 * infinities come from cos(y) and sin(y). */
enum { HYP_COSH, HYP_SINH, HYP_EXP };

static Cx c_hyp(Cx z, int *err, int which)
{
    static const double (*const tables[])[7][2] = { cosh_special, sinh_special, exp_special };
    if (special(z)) {
        Cx r;
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            double c = cos(z.im), s = sin(z.im);
            if (which == HYP_EXP && z.re < 0) r = (Cx){ copysign(0., c), copysign(0., s) };
            else if (z.re > 0 || which == HYP_EXP) r = (Cx){ copysign(INFINITY, c), copysign(INFINITY, s) };
            else if (which == HYP_COSH) r = (Cx){ copysign(INFINITY, c), -copysign(INFINITY, s) };
            else r = (Cx){ -copysign(INFINITY, c), copysign(INFINITY, s) };
        } else r = table(tables[which], z);
        /* an infinite imaginary part is a domain error, unless the real part
           is a NaN (or, for exp, -inf) */
        bool dom = which == HYP_EXP ? isinf(z.im) && (isfinite(z.re) || (isinf(z.re) && z.re > 0))
                                    : isinf(z.im) && !isnan(z.re);
        *err = dom ? EDOM : 0;
        return r;
    }
    /* beyond LOG_LARGE_DOUBLE, e**x overflows where the result may not:
       work with x - 1 and multiply by e last, in CPython's order */
    bool big = which == HYP_EXP ? z.re > LOG_LARGE_DOUBLE : fabs(z.re) > LOG_LARGE_DOUBLE;
    double x = big ? z.re - copysign(1., z.re) : z.re, scale = big ? E_ : 1.;
    double a, b;
    if (which == HYP_EXP) a = b = exp(x);
    else {
        a = which == HYP_COSH ? cosh(x) : sinh(x);
        b = which == HYP_COSH ? sinh(x) : cosh(x);
    }
    Cx r;
    if (which == HYP_EXP) r = (Cx){ a * cos(z.im), b * sin(z.im) };
    else r = (Cx){ cos(z.im) * a, sin(z.im) * b };
    if (big) r = (Cx){ r.re * scale, r.im * scale };
    *err = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

static Cx c_cosh(Cx z, int *err) { return c_hyp(z, err, HYP_COSH); }
static Cx c_sinh(Cx z, int *err) { return c_hyp(z, err, HYP_SINH); }
static Cx c_exp(Cx z, int *err) { return c_hyp(z, err, HYP_EXP); }

/* cos(z) = cosh(iz) */
static Cx c_cos(Cx z, int *err) { return c_cosh(times_i(z), err); }

/* sin(z) = -i sinh(iz) */
static Cx c_sin(Cx z, int *err)
{
    Cx s = c_sinh(times_i(z), err);
    return (Cx){ s.im, -s.re };
}

static Cx c_tanh(Cx z, int *err)
{
    *err = 0;
    if (special(z)) {
        Cx r;
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.)
            r = (Cx){ z.re > 0 ? 1.0 : -1.0, copysign(0., 2. * sin(z.im) * cos(z.im)) };
        else r = table(tanh_special, z);
        *err = isinf(z.im) && isfinite(z.re) ? EDOM : 0;
        return r;
    }
    if (fabs(z.re) > LOG_LARGE_DOUBLE)      /* 2 * z.re would overflow */
        return (Cx){ copysign(1., z.re), 4. * sin(z.im) * cos(z.im) * exp(-2. * fabs(z.re)) };
    double tx = tanh(z.re), ty = tan(z.im), cx = 1. / cosh(z.re), txty = tx * ty;
    double denom = 1. + txty * txty;
    return (Cx){ tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx };
}

/* tan(z) = -i tanh(iz) */
static Cx c_tan(Cx z, int *err)
{
    Cx s = c_tanh(times_i(z), err);
    return (Cx){ s.im, -s.re };
}

static Cx c_log(Cx z, int *err)
{
    *err = 0;
    if (special(z)) return table(log_special, z);
    double ax = fabs(z.re), ay = fabs(z.im);
    Cx r;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        r.re = log(hypot(ax / 2., ay / 2.)) + LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {       /* hypot(ax, ay) would be subnormal */
            r.re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
        } else {                        /* log(+/-0 +/- 0i) */
            *err = EDOM;
            return (Cx){ -INFINITY, atan2(z.im, z.re) };
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.re = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else r.re = log(h);
    }
    r.im = atan2(z.im, z.re);
    return r;
}

static Cx c_log10(Cx z, int *err)
{
    Cx r = c_log(z, err);
    return (Cx){ r.re / LN10, r.im / LN10 };
}

/* abs(z) with C99's rules for infinities and NaNs; *err ERANGE on overflow */
static double c_abs(Cx z, int *err)
{
    *err = 0;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re)) return fabs(z.re);
        if (isinf(z.im)) return fabs(z.im);
        return NAN;
    }
    double r = hypot(z.re, z.im);
    if (!isfinite(r)) *err = ERANGE;
    return r;
}

/* a / b as complex division does; *err EDOM for a zero divisor */
static Cx c_quot(Cx a, Cx b, int *err)
{
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0.0) {
            *err = EDOM;
            return (Cx){ 0., 0. };
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cx){ (a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom };
    }
    if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cx){ (a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom };
    }
    return (Cx){ NAN, NAN };
}

/* -- Arguments and results ------------------------------------------------------ */

/* A complex argument as CPython's PyComplex_AsCComplex takes it: a complex,
 * __complex__, or a real number (__float__/__index__). */
static int cx_arg(Value v, Cx *out)
{
    double re;
    if (IS_OBJ(v) && type_is_subtype(TYPE(v), T(complex)))
        return complex_as_parts(v, &out->re, &out->im) < 0 ? -1 : 0;
    Value m = obj_lookup_special(v, str_intern_cstr("__complex__"));
    if (m) {
        Value r = obj_call0(m);
        if (!r) return -1;
        if (!IS_OBJ(r) || !type_is_subtype(TYPE(r), T(complex))) {
            raise_TypeError("__complex__ returned non-complex (type %T)", r);
            return -1;
        }
        return complex_as_parts(r, &out->re, &out->im) < 0 ? -1 : 0;
    }
    if (exc_pending() || float_as_double(v, &re) < 0) return -1;   /* "must be real number, not X" */
    *out = (Cx){ re, 0. };
    return 0;
}

static Value math_error(int err)
{
    if (err == EDOM) return raise_fmt(E(ValueError), "math domain error");
    return raise_fmt(E(OverflowError), "math range error");
}

static Value cx_result(Cx r, int err)
{
    return err ? math_error(err) : complex_new(r.re, r.im);
}

static Value apply(Value arg, CxFn f)
{
    Cx z;
    if (cx_arg(arg, &z) < 0) return 0;
    int err;
    Cx r = f(z, &err);
    return cx_result(r, err);
}

#define CMATH_FUNCS(X) X(acos) X(acosh) X(asin) X(asinh) X(atan) X(atanh) X(cos) X(cosh) \
    X(exp) X(log10) X(sin) X(sinh) X(sqrt) X(tan) X(tanh)
#define DEF_WRAPPER(n) \
    static Value m_##n(Value self, const Value *args, size_t nargs, Value kw) { return apply(args[0], c_##n); }
CMATH_FUNCS(DEF_WRAPPER)

static Value m_log(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 1 || nargs > 2)
        return raise_TypeError("log expected %s%s, got %zu", nargs < 1 ? "at least 1 argument" : "at most 2 arguments",
                               "", nargs);
    Cx x, y;
    if (cx_arg(args[0], &x) < 0) return 0;
    int err;
    x = c_log(x, &err);
    if (nargs == 2) {
        if (cx_arg(args[1], &y) < 0) return 0;
        y = c_log(y, &err);
        x = c_quot(x, y, &err);
    }
    return cx_result(x, err);
}

static Value m_phase(Value self, const Value *args, size_t nargs, Value kw)
{
    Cx z;
    if (cx_arg(args[0], &z) < 0) return 0;
    errno = 0;          /* atan2 reports an underflowing result (a range error here, as in CPython) */
    double phi = atan2(z.im, z.re);
    return errno ? math_error(errno) : float_new(phi);
}

static Value m_polar(Value self, const Value *args, size_t nargs, Value kw)
{
    Cx z;
    if (cx_arg(args[0], &z) < 0) return 0;
    double phi = atan2(z.im, z.re);
    int err;
    double r = c_abs(z, &err);
    if (err) return math_error(err);
    return tuple_pack(2, float_new(r), float_new(phi));
}

static Value m_rect(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs != 2) return raise_TypeError("rect expected 2 arguments, got %zu", nargs);
    double r, phi;
    if (float_as_double(args[0], &r) < 0 || float_as_double(args[1], &phi) < 0) return 0;
    Cx z;
    int err = 0;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.) {
            double c = cos(phi), s = sin(phi);
            z = r > 0 ? (Cx){ copysign(INFINITY, c), copysign(INFINITY, s) }
                      : (Cx){ -copysign(INFINITY, c), -copysign(INFINITY, s) };
        } else {
            const double *v = rect_special[special_type(r)][special_type(phi)];
            z = (Cx){ v[0], v[1] };
        }
        if (r != 0. && !isnan(r) && isinf(phi)) err = EDOM;
    } else if (phi == 0.0) {
        z = (Cx){ r, r * phi };
    } else {
        z = (Cx){ r * cos(phi), r * sin(phi) };
    }
    return cx_result(z, err);
}

static Value m_isfinite(Value self, const Value *args, size_t nargs, Value kw)
{
    Cx z;
    if (cx_arg(args[0], &z) < 0) return 0;
    return BOOL_V(isfinite(z.re) && isfinite(z.im));
}

static Value m_isnan(Value self, const Value *args, size_t nargs, Value kw)
{
    Cx z;
    if (cx_arg(args[0], &z) < 0) return 0;
    return BOOL_V(isnan(z.re) || isnan(z.im));
}

static Value m_isinf(Value self, const Value *args, size_t nargs, Value kw)
{
    Cx z;
    if (cx_arg(args[0], &z) < 0) return 0;
    return BOOL_V(isinf(z.re) || isinf(z.im));
}

static Value m_isclose(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol", NULL };
    if (nargs > 2) return raise_TypeError("isclose() takes exactly 2 positional arguments (%zu given)", nargs);
    Value a[4] = { 0 };
    if (args_parse("isclose", args, nargs, kw, names, 2, a) < 0) return 0;
    Cx x, y;
    double rel = 1e-09, abs_ = 0.0;
    if (cx_arg(a[0], &x) < 0 || cx_arg(a[1], &y) < 0) return 0;
    if (a[2] && float_as_double(a[2], &rel) < 0) return 0;
    if (a[3] && float_as_double(a[3], &abs_) < 0) return 0;
    if (rel < 0.0 || abs_ < 0.0) return raise_fmt(E(ValueError), "tolerances must be non-negative");
    if (x.re == y.re && x.im == y.im) return TRUE_V;
    if (isinf(x.re) || isinf(x.im) || isinf(y.re) || isinf(y.im)) return FALSE_V;
    int err;
    double diff = c_abs((Cx){ x.re - y.re, x.im - y.im }, &err);
    return BOOL_V(diff <= rel * c_abs(y, &err) || diff <= rel * c_abs(x, &err) || diff <= abs_);
}

static const MethodDef cmath_methods[] = {
    { "acos", m_acos, METH_O, "Return the arc cosine of z." },
    { "acosh", m_acosh, METH_O, "Return the inverse hyperbolic cosine of z." },
    { "asin", m_asin, METH_O, "Return the arc sine of z." },
    { "asinh", m_asinh, METH_O, "Return the inverse hyperbolic sine of z." },
    { "atan", m_atan, METH_O, "Return the arc tangent of z." },
    { "atanh", m_atanh, METH_O, "Return the inverse hyperbolic tangent of z." },
    { "cos", m_cos, METH_O, "Return the cosine of z." },
    { "cosh", m_cosh, METH_O, "Return the hyperbolic cosine of z." },
    { "exp", m_exp, METH_O, "Return the exponential value e**z." },
    { "isclose", m_isclose, 0,
      "Determine whether two complex numbers are close in value.\n\n"
      "  rel_tol\n    maximum difference for being considered \"close\", relative to the\n"
      "    magnitude of the input values\n"
      "  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n"
      "    magnitude of the input values\n\n"
      "Return True if a is close in value to b, and False otherwise.\n\n"
      "For the values to be considered close, the difference between them must be\n"
      "smaller than at least one of the tolerances.\n\n"
      "-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\n"
      "not close to anything, even itself. inf and -inf are only close to themselves." },
    { "isfinite", m_isfinite, METH_O, "Return True if both the real and imaginary parts of z are finite, else False." },
    { "isinf", m_isinf, METH_O, "Checks if the real or imaginary part of z is infinite." },
    { "isnan", m_isnan, METH_O, "Checks if the real or imaginary part of z not a number (NaN)." },
    { "log", m_log, METH_NOKW,
      "log(z[, base]) -> the logarithm of z to the given base.\n\n"
      "If the base not specified, returns the natural logarithm (base e) of z." },
    { "log10", m_log10, METH_O, "Return the base-10 logarithm of z." },
    { "phase", m_phase, METH_O, "Return argument, also known as the phase angle, of a complex." },
    { "polar", m_polar, METH_O,
      "Convert a complex from rectangular coordinates to polar coordinates.\n\n"
      "r is the distance from 0 and phi the phase angle." },
    { "rect", m_rect, METH_NOKW, "Convert from polar coordinates to rectangular coordinates." },
    { "sin", m_sin, METH_O, "Return the sine of z." },
    { "sinh", m_sinh, METH_O, "Return the hyperbolic sine of z." },
    { "sqrt", m_sqrt, METH_O, "Return the square root of z." },
    { "tan", m_tan, METH_O, "Return the tangent of z." },
    { "tanh", m_tanh, METH_O, "Return the hyperbolic tangent of z." },
    { NULL, NULL, 0, NULL },
};

static int cmath_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    return dict_set_cstr(d, "pi", float_new(M_PI)) < 0 || dict_set_cstr(d, "e", float_new(E_)) < 0 ||
           dict_set_cstr(d, "tau", float_new(2 * M_PI)) < 0 || dict_set_cstr(d, "inf", float_new(INFINITY)) < 0 ||
           dict_set_cstr(d, "infj", complex_new(0., INFINITY)) < 0 || dict_set_cstr(d, "nan", float_new(NAN)) < 0 ||
           dict_set_cstr(d, "nanj", complex_new(0., NAN)) < 0 ? -1 : 0;
}

const ModuleDef cmath_module = {
    "cmath",
    "This module provides access to mathematical functions for complex\nnumbers.",
    cmath_methods, cmath_exec,
};
