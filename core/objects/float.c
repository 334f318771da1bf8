/* kiln float: IEEE doubles boxed as Float {hdr, double}.  Subclass instances
 * share the layout (Float then the InstanceTail), so ((Float *)v)->v works for
 * any float.  Arithmetic, comparisons (exact against ints), hashing and
 * formatting follow CPython 3.11's Objects/floatobject.c. */
#include "core.h"
#include "heap.h"
#include <math.h>
#include <float.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define FV(x) (AS(Float, x)->v)

Value float_new(double d)
{
    STATIC_ASSERT(sizeof(Float) <= 64, "floats take the tiny allocation path");
    return heap_float_new(d);
}

Value float_repr_of(double d)
{
    char buf[40];
    num_repr_buf(d, buf, true);
    return str_new(buf, strlen(buf));
}

static ALWAYS_INLINE bool is_float(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == T(float) || type_is_subtype(AS_OBJ(v)->type, T(float)));
}

static ALWAYS_INLINE bool is_intv(Value v)
{
    return IS_SMALL(v) || (AS_OBJ(v)->type->flags & TF_INT_SUB);
}

int float_as_double(Value v, double *out)
{
    if (is_float(v)) { *out = FV(v); return 0; }
    /* int subclasses may override __float__ (PyFloat_AsDouble uses nb_float) */
    if (is_intv(v) && (IS_SMALL(v) || !(AS_OBJ(v)->type->flags & TF_HEAPTYPE))) {
        int ovf;
        *out = int_as_double(v, &ovf);
        if (ovf) { raise_OverflowError("int too large to convert to float"); return -1; }
        return 0;
    }
    Value m = obj_lookup_special(v, S(__float__));
    if (m) {
        Value r = obj_call0(m);
        if (!r) return -1;
        if (!is_float(r)) {
            raise_TypeError("%s.__float__ returned non-float (type %T)", TYPE_NAME(v), r);
            return -1;
        }
        *out = FV(r);
        return 0;
    }
    m = obj_lookup_special(v, S(__index__));
    if (m) {
        Value r = obj_call0(m);
        if (!r) return -1;
        if (!is_intv(r)) { raise_TypeError("__index__ returned non-int (type %T)", r); return -1; }
        return float_as_double(r, out);
    }
    raise_TypeError("must be real number, not %T", v);
    return -1;
}

int64_t float_hash_of(double v)
{
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    if (!isfinite(v)) return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & P) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= P) x -= P;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & P) | x >> (61 - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1) x = (uint64_t)-2;
    return (int64_t)x;
}

/* Operand conversion for the binary slots: 1 ok, 0 NotImplemented, -1 error. */
static int operand(Value v, double *d)
{
    if (is_float(v)) { *d = FV(v); return 1; }
    if (is_intv(v)) {
        int ovf;
        *d = int_as_double(v, &ovf);
        if (ovf) { raise_OverflowError("int too large to convert to float"); return -1; }
        return 1;
    }
    return 0;
}

#define FLOAT_PROLOGUE \
    double x, y; int ok_; \
    if ((ok_ = operand(a, &x)) <= 0) return ok_ < 0 ? 0 : NOTIMPL; \
    if ((ok_ = operand(b, &y)) <= 0) return ok_ < 0 ? 0 : NOTIMPL

static Value f_add(Value a, Value b)
{
    if (LIKELY(IS_TYPE(a, float) && IS_TYPE(b, float))) return float_new(FV(a) + FV(b));
    FLOAT_PROLOGUE;
    return float_new(x + y);
}

static Value f_sub(Value a, Value b)
{
    if (LIKELY(IS_TYPE(a, float) && IS_TYPE(b, float))) return float_new(FV(a) - FV(b));
    FLOAT_PROLOGUE;
    return float_new(x - y);
}

static Value f_mul(Value a, Value b)
{
    if (LIKELY(IS_TYPE(a, float) && IS_TYPE(b, float))) return float_new(FV(a) * FV(b));
    FLOAT_PROLOGUE;
    return float_new(x * y);
}

static Value f_truediv(Value a, Value b)
{
    FLOAT_PROLOGUE;
    if (y == 0.0) return raise_ZeroDivisionError("float division by zero");
    return float_new(x / y);
}

static double f_modv(double vx, double wx)
{
    double mod = fmod(vx, wx);
    if (mod) {
        if ((wx < 0) != (mod < 0)) mod += wx;
    } else mod = copysign(0.0, wx);
    return mod;
}

static Value f_mod(Value a, Value b)
{
    FLOAT_PROLOGUE;
    if (y == 0.0) return raise_ZeroDivisionError("float modulo");
    return float_new(f_modv(x, y));
}

static void f_divmodv(double vx, double wx, double *fd, double *md)
{
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
    } else mod = copysign(0.0, wx);
    double floordiv;
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else floordiv = copysign(0.0, vx / wx);
    *fd = floordiv; *md = mod;
}

static Value f_floordiv(Value a, Value b)
{
    FLOAT_PROLOGUE;
    if (y == 0.0) return raise_ZeroDivisionError("float floor division by zero");
    double q, r;
    f_divmodv(x, y, &q, &r);
    return float_new(q);
}

static Value f_divmod(Value a, Value b)
{
    FLOAT_PROLOGUE;
    if (y == 0.0) return raise_ZeroDivisionError("float divmod()");
    double q, r;
    f_divmodv(x, y, &q, &r);
    return tuple_pack(2, float_new(q), float_new(r));
}

#define IS_ODD_INT(x) (fmod(fabs(x), 2.0) == 1.0)

static Value f_pow(Value a, Value b, Value c)
{
    if (c != NONE && c != 0)   /* before the operands are looked at, as CPython */
        return raise_TypeError("pow() 3rd argument not allowed unless all arguments are integers");
    FLOAT_PROLOGUE;
    double iv = x, iw = y;
    if (iw == 0) return float_new(1.0);
    if (isnan(iv)) return float_new(iv);
    if (isnan(iw)) return float_new(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return float_new(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return float_new(fabs(iw));
        return float_new(0.0);
    }
    if (isinf(iv)) {
        bool odd = IS_ODD_INT(iw);
        if (iw > 0.0) return float_new(odd ? iv : fabs(iv));
        return float_new(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = IS_ODD_INT(iw);
        if (iw < 0.0) return raise_ZeroDivisionError("0.0 cannot be raised to a negative power");
        return float_new(odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            Value ca = complex_new(iv, 0.0), cb = complex_new(iw, 0.0);
            return T(complex)->nb_pow(ca, cb, NONE);
        }
        iv = -iv;
        negate = IS_ODD_INT(iw);
    }
    if (iv == 1.0) return float_new(negate ? -1.0 : 1.0);
    errno = 0;
    double ix = pow(iv, iw);
    if (negate) ix = -ix;
    if (isinf(ix)) return raise_OverflowError("(34, 'Numerical result out of range')");
    return float_new(ix);
}

static Value f_neg(Value a) { return float_new(-FV(a)); }
static Value f_pos(Value a) { return IS_TYPE(a, float) ? a : float_new(FV(a)); }
static Value f_abs(Value a) { return float_new(fabs(FV(a))); }
static int f_bool(Value a) { return FV(a) != 0.0; }
static Value f_int(Value a) { return int_from_double(FV(a)); }
static Value f_float(Value a) { return IS_TYPE(a, float) ? a : float_new(FV(a)); }

static Value cmp_result(int c, int op)
{
    switch (op) {
    case CMP_LT: return BOOL_V(c < 0);
    case CMP_LE: return BOOL_V(c <= 0);
    case CMP_EQ: return BOOL_V(c == 0);
    case CMP_NE: return BOOL_V(c != 0);
    case CMP_GT: return BOOL_V(c > 0);
    default: return BOOL_V(c >= 0);
    }
}

/* Compare a double with an int exactly: -1/0/1 (d is not NaN). */
static int cmp_double_int(double d, Value i)
{
    i = int_value_of(i);
    if (isinf(d)) return d > 0 ? 1 : -1;
    if (IS_SMALL(i) && llabs(SMALL_VAL(i)) <= ((int64_t)1 << 53)) {
        double e = (double)SMALL_VAL(i);
        return d < e ? -1 : d > e;
    }
    double fl = floor(d);
    Value fi = int_from_double(fl);
    int c = int_compare(fi, i);
    if (c == 0 && d != fl) c = 1;
    return c;
}

static Value f_richcompare(Value a, Value b, int op)
{
    if (!is_float(a)) return NOTIMPL;
    double x = FV(a);
    if (is_float(b)) {
        double y = FV(b);
        switch (op) {
        case CMP_LT: return BOOL_V(x < y);
        case CMP_LE: return BOOL_V(x <= y);
        case CMP_EQ: return BOOL_V(x == y);
        case CMP_NE: return BOOL_V(x != y);
        case CMP_GT: return BOOL_V(x > y);
        default: return BOOL_V(x >= y);
        }
    }
    if (!is_intv(b)) return NOTIMPL;
    if (isnan(x)) return BOOL_V(op == CMP_NE);
    return cmp_result(cmp_double_int(x, b), op);
}

static int f_hash(Value a, int64_t *out)
{
    double d = FV(a);
    if (isnan(d)) {
        uint64_t p = (uint64_t)a;
        p = (p >> 4) | (p << 60);
        *out = (int64_t)p == -1 ? -2 : (int64_t)p;
        return 0;
    }
    *out = float_hash_of(d);
    return 0;
}

static Value f_repr(Value a) { return float_repr_of(FV(a)); }

/* -- Construction ---------------------------------------------------------------------- */

Value float_from_str_obj(Value s)
{
    const char *data; int64_t size;
    char *a; size_t n;
    if (IS_STR(s)) a = num_fold_ascii(STR_DATA(s), (size_t)STR_NBYTES(s), &n);
    else if (bytes_like(s, &data, &size)) {
        a = malloc((size_t)size + 1);
        memcpy(a, data, (size_t)size); a[size] = 0; n = (size_t)size;
    } else return raise_TypeError("float() argument must be a string or a real number, not '%s'", TYPE_NAME(s));
    size_t i = 0, j = n;
    while (i < j && num_isspace(a[i])) i++;
    while (j > i && num_isspace(a[j - 1])) j--;
    double d;
    bool ok = j > i && memchr(a + i, 0, j - i) == NULL && num_parse_float(a + i, j - i, &d) == 0;
    free(a);
    if (!ok) {
        Value shown = s;
        if (!IS_STR(s) && !IS_TYPE(s, bytes)) shown = bytes_new(data, (size_t)size);
        return raise_ValueError("could not convert string to float: %R", shown);
    }
    return float_new(d);
}

static Value float_of_object(Value x)
{
    if (IS_TYPE(x, float)) return x;
    if (is_float(x) && (AS_OBJ(x)->type->flags & TF_HEAPTYPE)) {
        Value m = obj_lookup_special(x, S(__float__));
        if (m) {
            Value r = obj_call0(m);
            if (!r) return 0;
            if (!is_float(r)) return raise_TypeError("%s.__float__ returned non-float (type %T)", TYPE_NAME(x), r);
            return IS_TYPE(r, float) ? r : float_new(FV(r));
        }
    }
    if (IS_STR(x)) return float_from_str_obj(x);
    const char *data; int64_t size;
    if (bytes_like(x, &data, &size)) return float_from_str_obj(x);
    if (!is_float(x) && !is_intv(x) && !obj_lookup_special(x, S(__float__)) && !obj_lookup_special(x, S(__index__)))
        return raise_TypeError("float() argument must be a string or a real number, not '%s'", TYPE_NAME(x));
    double d;
    if (float_as_double(x, &d) < 0) return 0;
    return float_new(d);
}

static Value float_new_slot(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && TUPLE_SIZE(kwnames)) return raise_TypeError("float() takes no keyword arguments");
    if (nargs > 1) return raise_TypeError("float expected at most 1 argument, got %zu", nargs);
    Value v = nargs ? float_of_object(args[0]) : float_new(0.0);
    if (!v || t == T(float)) return v;
    Value o = instance_new(t);
    if (!o) return 0;
    AS(Float, o)->v = FV(v);
    return o;
}

/* -- Methods ----------------------------------------------------------------------------- */

static Value m_is_integer(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("is_integer", nargs, 0, 0) < 0) return 0;
    double d = FV(self);
    return BOOL_V(isfinite(d) && floor(d) == d);
}

static Value m_conjugate(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("conjugate", nargs, 0, 0) < 0) return 0;
    return f_float(self);
}

static Value m_trunc(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__trunc__", nargs, 0, 0) < 0) return 0;
    return int_from_double(FV(self));
}

static Value m_floor(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__floor__", nargs, 0, 0) < 0) return 0;
    return int_from_double(floor(FV(self)));
}

static Value m_ceil(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__ceil__", nargs, 0, 0) < 0) return 0;
    return int_from_double(ceil(FV(self)));
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kw)
{
    return tuple_pack(1, float_new(FV(self)));
}

static Value m_as_integer_ratio(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("as_integer_ratio", nargs, 0, 0) < 0) return 0;
    double d = FV(self);
    if (isinf(d)) return raise_OverflowError("cannot convert Infinity to integer ratio");
    if (isnan(d)) return raise_ValueError("cannot convert NaN to integer ratio");
    int e;
    double fp = frexp(d, &e);
    for (int i = 0; i < 300 && fp != floor(fp); i++) { fp *= 2.0; e--; }
    Value num = int_from_double(fp), den = MKSMALL(1);
    if (e > 0) num = int_lshift(num, e);
    else den = int_lshift(den, -e);
    return tuple_pack(2, num, den);
}

static Value m_hex(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("hex", nargs, 0, 0) < 0) return 0;
    double x = FV(self);
    if (isnan(x) || isinf(x)) return float_repr_of(x);
    if (x == 0.0) return str_from_cstr(copysign(1.0, x) == -1.0 ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char s[64];
    int si = 0;
    s[si++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    s[si] = 0;
    char out[96];
    snprintf(out, sizeof out, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e);
    return str_from_cstr(out);
}

static Value m_fromhex(Value cls, const Value *args, size_t nargs, Value kw)
{
    if (args_count("fromhex", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("bad argument type for built-in operation");
    const char *s = STR_DATA(args[0]), *e = s + STR_NBYTES(args[0]);
    while (s < e && num_isspace(*s)) s++;
    while (e > s && num_isspace(e[-1])) e--;
    double sign = 1.0, result;
    const char *p = s;
    if (p < e && (*p == '+' || *p == '-')) { if (*p == '-') sign = -1.0; p++; }
    size_t rest = (size_t)(e - p);
    char low[16] = {0};
    for (size_t i = 0; i < rest && i < 15; i++) low[i] = (char)(p[i] | 32);
    if (rest <= 8 && (!strcmp(low, "inf") || !strcmp(low, "infinity"))) { result = sign * INFINITY; goto done; }
    if (rest == 3 && !strcmp(low, "nan")) { result = NAN; goto done; }
    if (p + 1 < e && p[0] == '0' && (p[1] | 32) == 'x') p += 2;
    /* mantissa digits */
    const char *ds = p;
    while (p < e && hex_digit_value(*p) >= 0) p++;
    const char *de = p, *fs = NULL, *fe = NULL;
    if (p < e && *p == '.') {
        p++; fs = p;
        while (p < e && hex_digit_value(*p) >= 0) p++;
        fe = p;
    }
    size_t ndig = (size_t)(de - ds) + (fs ? (size_t)(fe - fs) : 0);
    if (ndig == 0) goto invalid;
    int64_t exp = 0;
    if (p < e && (*p | 32) == 'p') {
        p++;
        int esign = 1;
        if (p < e && (*p == '+' || *p == '-')) { if (*p == '-') esign = -1; p++; }
        if (p >= e || *p < '0' || *p > '9') goto invalid;
        while (p < e && *p >= '0' && *p <= '9') {
            if (exp < ((int64_t)1 << 40)) exp = exp * 10 + (*p - '0');
            p++;
        }
        exp *= esign;
    }
    if (p != e) goto invalid;
    {
        /* value = digits * 16^-(frac digits) * 2^exp; keep the top 60 bits + sticky */
        uint64_t top = 0;
        bool sticky = false;
        int64_t bexp = exp - 4 * (fs ? (int64_t)(fe - fs) : 0);
        int nbits = 0;   /* bits in top */
        for (size_t k = 0; k < ndig; k++) {
            char c = k < (size_t)(de - ds) ? ds[k] : fs[k - (size_t)(de - ds)];
            int v = hex_digit_value(c);
            if (nbits == 0 && v == 0) continue;
            if (nbits <= 56) {
                top = (top << 4) | (uint64_t)v;
                nbits = nbits == 0 ? (v >= 8 ? 4 : v >= 4 ? 3 : v >= 2 ? 2 : 1) : nbits + 4;
            } else {
                if (v) sticky = true;
                bexp += 4;
            }
        }
        if (top == 0) { result = sign * 0.0; goto done; }
        if (sticky) top |= 1;
        /* top * 2^bexp; check magnitude first */
        int64_t msb = 63 - __builtin_clzll(top) + bexp;
        if (msb >= DBL_MAX_EXP) goto overflow;
        if (msb < DBL_MIN_EXP - DBL_MANT_DIG - 1) { result = sign * 0.0; goto done; }
        /* round to the precision available at this exponent */
        int64_t lsb = msb - (DBL_MANT_DIG - 1);
        if (lsb < DBL_MIN_EXP - DBL_MANT_DIG) lsb = DBL_MIN_EXP - DBL_MANT_DIG;
        int64_t drop = lsb - bexp;
        if (drop > 0) {
            uint64_t half = drop <= 64 ? (uint64_t)1 << (drop - 1) : 0;
            uint64_t mask = drop < 64 ? ((uint64_t)1 << drop) - 1 : ~(uint64_t)0;
            uint64_t r = top & mask;
            top = drop < 64 ? top >> drop : 0;
            if (r > half || (r == half && (top & 1))) top++;
            bexp += drop;
        }
        result = ldexp((double)top, (int)bexp);
        if (isinf(result)) goto overflow;
        result *= sign;
    }
done:;
    Value v = float_new(result);
    if (cls != OBJ_VAL(T(float))) return obj_call1(cls, v);
    return v;
invalid:
    return raise_ValueError("invalid hexadecimal floating-point string");
overflow:
    return raise_OverflowError("hexadecimal value too large to represent as a float");
}

/* round(x, ndigits) for finite nonzero x, correctly rounded (half-even on
 * the exact binary value), as CPython's dtoa-based double_round. */
static Value double_round(double x, int64_t nd)
{
    double r;
    if (nd >= 0) {
        char *buf = malloc(700);
        snprintf(buf, 700, "%.*f", (int)nd, x);
        r = strtod(buf, NULL);
        free(buf);
    } else {
        /* exact: |x| = ip + frac; round ip to a multiple of p = 10^-nd */
        double ax = fabs(x), ipd = floor(ax);
        bool frac = ax != ipd;
        Value ip = int_from_double(ipd);
        Value p = int_pow(MKSMALL(10), MKSMALL(-nd), NONE);
        Value q = int_floordiv(ip, p), rem = int_mod(ip, p);
        int c = int_compare(int_lshift(rem, 1), p);
        if (c > 0 || (c == 0 && (frac || int_mod(q, MKSMALL(2)) != MKSMALL(0)))) q = int_add(q, MKSMALL(1));
        int ovf;
        r = int_as_double(int_mul(q, p), &ovf);
        if (ovf) r = INFINITY;
        r = copysign(r, x);
    }
    if (isinf(r)) return raise_OverflowError("rounded value too large to represent");
    return float_new(r);
}

static Value m_round(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__round__", nargs, 0, 1) < 0) return 0;
    double x = FV(self);
    if (nargs == 0 || args[0] == NONE) {
        double r = nearbyint(x);
        return int_from_double(r);
    }
    int64_t nd;
    if (obj_as_ssize(args[0], &nd, NULL) < 0) return 0;
    if (nd > 323) return float_new(x);
    if (nd < -308) return float_new(0.0 * x);
    if (x == 0.0 || !isfinite(x)) return float_new(x);
    return double_round(x, nd);
}

static Value m_format(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__format__", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("__format__() argument must be str, not %A", args[0]);
    if (STR_NBYTES(args[0]) == 0) return obj_str(self);
    FmtSpec f;
    if (fmt_parse(args[0], &f, TYPE_NAME(self)) < 0) return 0;
    return fmt_float(FV(self), &f);
}

static Value m_getformat(Value cls, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__getformat__", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("__getformat__() argument must be str, not %A", args[0]);
    if (!str_eq_cstr(args[0], "double") && !str_eq_cstr(args[0], "float"))
        return raise_ValueError("__getformat__() argument 1 must be 'double' or 'float'");
    return str_from_cstr("IEEE, little-endian");
}

static Value g_real(Value self) { return f_float(self); }
static Value g_imag(Value self) { return float_new(0.0); }

static const MethodDef float_methods[] = {
    {"conjugate", m_conjugate, METH_NOARGS, "Return self, the complex conjugate of any float."},
    {"__trunc__", m_trunc, METH_NOARGS, "Return the Integral closest to x between 0 and x."},
    {"__floor__", m_floor, METH_NOARGS, "Return the floor as an Integral."},
    {"__ceil__", m_ceil, METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", m_round, METH_NOKW, "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)."},
    {"as_integer_ratio", m_as_integer_ratio, METH_NOARGS, "Return integer ratio."},
    {"fromhex", m_fromhex, METH_CLASS | METH_O, "Create a floating-point number from a hexadecimal string."},
    {"hex", m_hex, METH_NOARGS, "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", m_is_integer, METH_NOARGS, "Return True if the float is an integer."},
    {"__getnewargs__", m_getnewargs, METH_NOARGS, NULL},
    {"__getformat__", m_getformat, METH_CLASS | METH_O, "You probably don't want to use this function."},
    {"__format__", m_format, METH_O, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef float_getsets[] = {
    {"real", g_real, NULL, "the real part of a complex number"},
    {"imag", g_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec float_spec = {
    .name = "float",
    .base = -1,
    .basicsize = sizeof(Float),
    .flags = TF_BASETYPE | TF_IMMUTABLE,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .trace = NULL,   /* subclass instances carry an InstanceTail: scan conservatively */
    .repr = f_repr,
    .hash = f_hash,
    .richcompare = f_richcompare,
    .new_ = float_new_slot,
    .nb_add = f_add, .nb_sub = f_sub, .nb_mul = f_mul, .nb_truediv = f_truediv,
    .nb_floordiv = f_floordiv, .nb_mod = f_mod, .nb_divmod = f_divmod, .nb_pow = f_pow,
    .nb_neg = f_neg, .nb_pos = f_pos, .nb_abs = f_abs, .nb_bool = f_bool,
    .nb_int = f_int, .nb_float = f_float,
    .methods = float_methods,
    .getsets = float_getsets,
};
