/* kiln complex: Complex {hdr, re, im}; subclass instances share the layout.
 * Arithmetic, repr, parsing and formatting follow CPython 3.11's
 * Objects/complexobject.c (Smith's division, integer powers by squaring). */
#include "core.h"
#include <math.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct { double re, im; } Cx;

Value complex_new(double re, double im)
{
    Complex *c = (Complex *)gc_alloc_kind(T(complex), sizeof(Complex), HEAP_NOSCAN | HEAP_FROZEN);
    c->re = re; c->im = im;
    return OBJ_VAL(c);
}

static bool is_complex(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == T(complex) || type_is_subtype(AS_OBJ(v)->type, T(complex)));
}

static bool is_real(Value v)
{
    return IS_INT(v) || IS_FLOAT(v);
}

int complex_as_parts(Value v, double *re, double *im)
{
    if (is_complex(v)) { *re = AS(Complex, v)->re; *im = AS(Complex, v)->im; return 1; }
    if (is_real(v)) {
        *im = 0.0;
        return float_as_double(v, re) < 0 ? -1 : 1;
    }
    return 0;
}

/* -- Arithmetic ---------------------------------------------------------------------- */

static Cx c_prod(Cx a, Cx b) { return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

static Cx c_quot(Cx a, Cx b, int *err)
{
    Cx r;
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0.0) { *err = EDOM; r.re = r.im = 0.0; }
        else {
            double ratio = b.im / b.re, denom = b.re + b.im * ratio;
            r.re = (a.re + a.im * ratio) / denom;
            r.im = (a.im - a.re * ratio) / denom;
        }
    } else if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else r.re = r.im = NAN;
    return r;
}

static Cx c_pow(Cx a, Cx b, int *err)
{
    Cx r;
    if (b.re == 0.0 && b.im == 0.0) { r.re = 1.0; r.im = 0.0; }
    else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) *err = EDOM;
        r.re = r.im = 0.0;
    } else {
        double vabs = hypot(a.re, a.im), len = pow(vabs, b.re);
        double at = atan2(a.im, a.re), phase = at * b.re;
        if (b.im != 0.0) { len /= exp(at * b.im); phase += b.im * log(vabs); }
        r.re = len * cos(phase);
        r.im = len * sin(phase);
    }
    return r;
}

static Cx c_powu(Cx x, long n)
{
    Cx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static Cx c_powi(Cx x, long n, int *err)
{
    if (n > 0) return c_powu(x, n);
    return c_quot((Cx){1.0, 0.0}, c_powu(x, -n), err);
}

#define CX_PROLOGUE \
    Cx x, y; int ok_; \
    if ((ok_ = complex_as_parts(a, &x.re, &x.im)) <= 0) return ok_ < 0 ? 0 : NOTIMPL; \
    if ((ok_ = complex_as_parts(b, &y.re, &y.im)) <= 0) return ok_ < 0 ? 0 : NOTIMPL

static Value cx_add(Value a, Value b) { CX_PROLOGUE; return complex_new(x.re + y.re, x.im + y.im); }
static Value cx_sub(Value a, Value b) { CX_PROLOGUE; return complex_new(x.re - y.re, x.im - y.im); }
static Value cx_mul(Value a, Value b) { CX_PROLOGUE; Cx r = c_prod(x, y); return complex_new(r.re, r.im); }

static Value cx_div(Value a, Value b)
{
    CX_PROLOGUE;
    int err = 0;
    Cx r = c_quot(x, y, &err);
    if (err) return raise_ZeroDivisionError("complex division by zero");
    return complex_new(r.re, r.im);
}

static Value cx_pow(Value a, Value b, Value c)
{
    CX_PROLOGUE;
    if (c != NONE && c != 0) return raise_ValueError("complex modulo");
    /* libm reports through errno (cos(inf) -> EDOM, overflow -> ERANGE) and
       CPython's messages follow it, so do the same */
    int err = 0;
    Cx r;
    errno = 0;
    if (y.im == 0.0 && y.re == floor(y.re) && fabs(y.re) <= 100.0) r = c_powi(x, (long)y.re, &err);
    else r = c_pow(x, y, &err);
    if (err) errno = err;
    if (isinf(r.re) || isinf(r.im)) { if (errno == 0) errno = ERANGE; }
    else if (errno == ERANGE) errno = 0;
    if (errno == EDOM) return raise_ZeroDivisionError("0.0 to a negative or complex power");
    if (errno == ERANGE) return raise_OverflowError("complex exponentiation");
    return complex_new(r.re, r.im);
}

static Value cx_neg(Value a) { Complex *c = AS(Complex, a); return complex_new(-c->re, -c->im); }
static Value cx_pos(Value a) { Complex *c = AS(Complex, a); return IS_TYPE(a, complex) ? a : complex_new(c->re, c->im); }

static Value cx_abs(Value a)
{
    Complex *c = AS(Complex, a);
    double r;
    if (isinf(c->re) || isinf(c->im)) r = INFINITY;
    else if (isnan(c->re) || isnan(c->im)) r = NAN;
    else {
        r = hypot(c->re, c->im);
        if (isinf(r)) return raise_OverflowError("absolute value too large");
    }
    return float_new(r);
}

static int cx_bool(Value a) { return AS(Complex, a)->re != 0.0 || AS(Complex, a)->im != 0.0; }

static Value cx_richcompare(Value a, Value b, int op)
{
    if (op != CMP_EQ && op != CMP_NE) return NOTIMPL;
    if (!is_complex(a)) return NOTIMPL;
    Complex *c = AS(Complex, a);
    bool eq;
    if (IS_INT(b) || IS_FLOAT(b)) {
        if (c->im != 0.0) eq = false;
        else {
            Value r = obj_richcompare(float_new(c->re), b, CMP_EQ);
            if (!r) return 0;
            eq = r == TRUE_V;
        }
    } else if (is_complex(b)) {
        eq = c->re == AS(Complex, b)->re && c->im == AS(Complex, b)->im;
    } else return NOTIMPL;
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static int cx_hash(Value a, int64_t *out)
{
    Complex *c = AS(Complex, a);
    /* NaN parts hash by identity (of the complex), as CPython 3.10+ */
    uint64_t p = (uint64_t)a;
    int64_t ph = (int64_t)((p >> 4) | (p << 60));
    int64_t hr = isnan(c->re) ? ph : float_hash_of(c->re);
    int64_t hi = isnan(c->im) ? ph : float_hash_of(c->im);
    uint64_t h = (uint64_t)hr + 1000003ULL * (uint64_t)hi;
    if (h == (uint64_t)-1) h = (uint64_t)-2;
    *out = (int64_t)h;
    return 0;
}

/* -- repr -------------------------------------------------------------------------- */

static void part_repr(double d, char *buf, bool force_sign)
{
    if (isnan(d)) { strcpy(buf, force_sign ? "+nan" : "nan"); return; }
    if (force_sign && !signbit(d)) { buf[0] = '+'; num_repr_buf(d, buf + 1, false); }
    else num_repr_buf(d, buf, false);
}

static Value cx_repr(Value a)
{
    Complex *c = AS(Complex, a);
    char re[48], im[48], out[128];
    if (c->re == 0.0 && !signbit(c->re)) {
        part_repr(c->im, im, false);
        snprintf(out, sizeof out, "%sj", im);
    } else {
        part_repr(c->re, re, false);
        part_repr(c->im, im, true);
        snprintf(out, sizeof out, "(%s%sj)", re, im);
    }
    return str_from_cstr(out);
}

/* -- Construction ------------------------------------------------------------------ */

/* Length of the longest float literal prefix of s[0..n) (0 if none). */
static size_t float_prefix(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        size_t k = strlen(words[w]);
        if (n - i >= k && !strncasecmp(s + i, words[w], k)) return i + k;
    }
    size_t start = i;
    bool any = false;
    while (i < n && ((s[i] >= '0' && s[i] <= '9') || (s[i] == '_' && any && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9'))) { any = true; i++; }
    if (i < n && s[i] == '.') {
        size_t j = i + 1;
        bool fany = false;
        while (j < n && ((s[j] >= '0' && s[j] <= '9') || (s[j] == '_' && fany && j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9'))) { fany = true; j++; }
        if (any || fany) { i = j; any = true; }
    }
    if (!any) return 0;
    (void)start;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-')) j++;
        size_t d0 = j;
        while (j < n && ((s[j] >= '0' && s[j] <= '9') || (s[j] == '_' && j > d0 && j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9'))) j++;
        if (j > d0) i = j;
    }
    return i;
}

static int parse_complex(const char *s, size_t n, double *re, double *im)
{
    size_t i = 0;
    while (i < n && num_isspace(s[i])) i++;
    while (n > i && num_isspace(s[n - 1])) n--;
    if (i < n && s[i] == '(') {
        if (s[n - 1] != ')') return -1;
        i++; n--;
        while (i < n && num_isspace(s[i])) i++;
        while (n > i && num_isspace(s[n - 1])) n--;
    }
    if (i >= n) return -1;
    *re = 0.0; *im = 0.0;
    size_t k = float_prefix(s + i, n - i);
    double x;
    if (k > 0) {
        if (num_parse_float(s + i, k, &x) < 0) return -1;
        i += k;
        if (i == n) { *re = x; return 0; }
        if (s[i] == 'j' || s[i] == 'J') { *im = x; i++; return i == n ? 0 : -1; }
        if (s[i] != '+' && s[i] != '-') return -1;
        *re = x;
        size_t k2 = float_prefix(s + i, n - i);
        if (k2 > 0) {
            if (num_parse_float(s + i, k2, &x) < 0) return -1;
            i += k2;
        } else {
            x = s[i] == '-' ? -1.0 : 1.0;
            i++;
        }
        if (i < n && (s[i] == 'j' || s[i] == 'J')) { *im = x; i++; return i == n ? 0 : -1; }
        return -1;
    }
    /* j, +j, -j */
    x = 1.0;
    if (s[i] == '+' || s[i] == '-') { if (s[i] == '-') x = -1.0; i++; }
    if (i < n && (s[i] == 'j' || s[i] == 'J') && i + 1 == n) { *im = x; return 0; }
    return -1;
}

static Value complex_from_string(Value s, double *re, double *im)
{
    const char *data; int64_t size;
    char *a; size_t n;
    if (IS_STR(s)) a = num_fold_ascii(STR_DATA(s), (size_t)STR_NBYTES(s), &n);
    else if (bytes_like(s, &data, &size)) {
        return raise_TypeError("complex() first argument must be a string or a number, not '%s'", TYPE_NAME(s));
    } else return 0;
    int r;
    if (memchr(a, '_', n)) {
        /* CPython's _Py_string_to_number_with_underscores: '_' only between
           digits, stripped before parsing; a misplaced one is reported
           differently from a malformed number */
        char *o = a, prev = 0;
        bool bad = false;
        for (size_t i = 0; i < n; i++) {
            char ch = a[i];
            if (ch == '_') { if (!(prev >= '0' && prev <= '9')) bad = true; }
            else {
                if (prev == '_' && !(ch >= '0' && ch <= '9')) bad = true;
                *o++ = ch;
            }
            prev = ch;
        }
        if (prev == '_' || memchr(a, 0, n)) bad = true;
        if (bad) { free(a); return raise_ValueError("could not convert string to complex: %R", s); }
        n = (size_t)(o - a);
    }
    r = memchr(a, 0, n) ? -1 : parse_complex(a, n, re, im);
    free(a);
    if (r < 0) return raise_ValueError("complex() arg is a malformed string");
    return TRUE_V;
}

static Value cx_new(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const names[] = {"real", "imag", NULL};
    Value a[2] = {0, 0};
    if (args_parse("complex", args, nargs, kwnames, names, 0, a) < 0) return 0;
    Value r = a[0], i = a[1];
    double cr_re = 0, cr_im = 0, ci_re = 0, ci_im = 0;
    bool r_is_complex = false, i_is_complex = false;
    if (!r) r = MKSMALL(0);
    if (IS_STR(r)) {
        if (i) return raise_TypeError("complex() can't take second arg if first is a string");
        double re = 0, im = 0;
        if (!complex_from_string(r, &re, &im)) return 0;
        Value v = complex_new(re, im);
        goto finish_v;
    finish_v:
        if (t == T(complex)) return v;
        {
            Value o = instance_new(t);
            if (!o) return 0;
            AS(Complex, o)->re = AS(Complex, v)->re; AS(Complex, o)->im = AS(Complex, v)->im;
            return o;
        }
    }
    if (i && IS_STR(i)) return raise_TypeError("complex() second arg can't be a string");
    if (IS_TYPE(r, complex) && !i && t == T(complex)) return r;
    /* __complex__ */
    Value m = IS_TYPE(r, complex) ? 0 : obj_lookup_special(r, S(__complex__));
    if (m) {
        Value c = obj_call0(m);
        if (!c) return 0;
        if (!is_complex(c)) return raise_TypeError("__complex__ returned non-complex (type %T)", c);
        cr_re = AS(Complex, c)->re; cr_im = AS(Complex, c)->im;
        r_is_complex = true;
    } else if (is_complex(r)) {
        cr_re = AS(Complex, r)->re; cr_im = AS(Complex, r)->im;
        r_is_complex = true;
    } else {
        if (!is_real(r) && !obj_lookup_special(r, S(__float__)) && !obj_lookup_special(r, S(__index__)))
            return raise_TypeError("complex() first argument must be a string or a number, not '%s'", TYPE_NAME(r));
        if (float_as_double(r, &cr_re) < 0) return 0;
    }
    if (i) {
        if (is_complex(i)) {
            ci_re = AS(Complex, i)->re; ci_im = AS(Complex, i)->im;
            i_is_complex = true;
        } else {
            if (!is_real(i) && !obj_lookup_special(i, S(__float__)) && !obj_lookup_special(i, S(__index__)))
                return raise_TypeError("complex() second argument must be a number, not '%s'", TYPE_NAME(i));
            if (float_as_double(i, &ci_re) < 0) return 0;
        }
    }
    /* CPython: im = ci.real (cr.imag without i), corrected by the parts that
       are not real, without adding zeros that would lose a -0.0 */
    double re = cr_re, im;
    if (!i) im = r_is_complex ? cr_im : 0.0;
    else {
        im = ci_re;
        if (i_is_complex) re -= ci_im;
        if (r_is_complex) im += cr_im;
    }
    Value v = complex_new(re, im);
    if (t == T(complex)) return v;
    Value o = instance_new(t);
    if (!o) return 0;
    AS(Complex, o)->re = re; AS(Complex, o)->im = im;
    return o;
}

/* -- Methods ------------------------------------------------------------------------- */

static Value m_conjugate(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("conjugate", nargs, 0, 0) < 0) return 0;
    return complex_new(AS(Complex, self)->re, -AS(Complex, self)->im);
}

static Value m_complex(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__complex__", nargs, 0, 0) < 0) return 0;
    return IS_TYPE(self, complex) ? self : complex_new(AS(Complex, self)->re, AS(Complex, self)->im);
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kw)
{
    return tuple_pack(2, float_new(AS(Complex, self)->re), float_new(AS(Complex, self)->im));
}

static Value m_format(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__format__", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("__format__() argument must be str, not %A", args[0]);
    if (STR_NBYTES(args[0]) == 0) return obj_str(self);
    FmtSpec f;
    if (fmt_parse(args[0], &f, TYPE_NAME(self)) < 0) return 0;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: fmt_unknown(f.type, TYPE_NAME(self)); return 0;
    }
    if (f.fill_len == 1 && f.fill[0] == '0')
        return raise_ValueError("Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return raise_ValueError("'=' alignment flag is not allowed in complex format specifier");
    double re = AS(Complex, self)->re, im = AS(Complex, self)->im;
    bool skip_re = false, parens = false;
    FmtSpec pf = f;
    if (f.type == 0) {
        if (re == 0.0 && !signbit(re)) skip_re = true;
        else parens = true;
        if (f.prec >= 0) pf.type = 'g';
    }
    size_t cap = (size_t)(f.prec > 0 ? f.prec : 0) + 400;
    char *rb = malloc(cap), *ib = malloc(cap);
    bool rneg, ineg;
    fmt_float_text(re, &pf, rb, cap, &rneg, true);
    fmt_float_text(im, &pf, ib, cap, &ineg, true);
    StrBuf b;
    sb_init(&b);
    if (parens) sb_addc(&b, '(');
    if (!skip_re) {
        if (rneg) sb_addc(&b, '-');
        else if (f.sign == '+') sb_addc(&b, '+');
        else if (f.sign == ' ') sb_addc(&b, ' ');
        sb_adds(&b, rb);
        sb_addc(&b, ineg ? '-' : '+');
    } else {
        if (ineg) sb_addc(&b, '-');
        else if (f.sign == '+') sb_addc(&b, '+');
        else if (f.sign == ' ') sb_addc(&b, ' ');
    }
    sb_adds(&b, ib);
    sb_addc(&b, 'j');
    if (parens) sb_addc(&b, ')');
    free(rb); free(ib);
    Value r = fmt_pad_str(&f, b.data, b.len, (int64_t)b.len, '>');
    sb_free(&b);
    return r;
}

static Value g_real(Value self) { return float_new(AS(Complex, self)->re); }
static Value g_imag(Value self) { return float_new(AS(Complex, self)->im); }

static const MethodDef complex_methods[] = {
    {"conjugate", m_conjugate, METH_NOARGS, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", m_complex, METH_NOARGS, "Convert this value to exact type complex."},
    {"__getnewargs__", m_getnewargs, METH_NOARGS, NULL},
    {"__format__", m_format, METH_O, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef complex_getsets[] = {
    {"real", g_real, NULL, "the real part of a complex number", true},
    {"imag", g_imag, NULL, "the imaginary part of a complex number", true},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec complex_spec = {
    .name = "complex",
    .base = -1,
    .basicsize = sizeof(Complex),
    .flags = TF_BASETYPE | TF_IMMUTABLE,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
    .trace = NULL,
    .repr = cx_repr,
    .hash = cx_hash,
    .richcompare = cx_richcompare,
    .new_ = cx_new,
    .nb_add = cx_add, .nb_sub = cx_sub, .nb_mul = cx_mul, .nb_truediv = cx_div,
    .nb_pow = cx_pow, .nb_neg = cx_neg, .nb_pos = cx_pos, .nb_abs = cx_abs, .nb_bool = cx_bool,
    .methods = complex_methods,
    .getsets = complex_getsets,
};
