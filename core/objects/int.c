/* kiln int and bool: tagged small ints plus arbitrary-precision BigInt.
 * Invariants: every int that fits SMALL_MIN..SMALL_MAX is a tagged small int
 * (results are normalised), so a BigInt is never zero and always outside the
 * small range.  A BigInt is sign-magnitude, base 2^32 digits, least significant
 * first, with no leading zero digit.  bool instances are {hdr, int64 0/1} in the
 * Root; instances of int subclasses are IntSub {hdr, Value v} (v a plain int)
 * followed by the InstanceTail.  int_value_of() turns any of these into a plain
 * int.  Semantics and messages follow CPython 3.11's Objects/longobject.c. */
#include "core.h"
#include <math.h>
#include <float.h>
#include <stdlib.h>
#include <string.h>

/* sys.set_int_max_str_digits() keeps the limit in the runtime state dict
 * (sysmodule.c); 0 means unlimited.  Only consulted for > 640-digit values. */
int64_t int_max_str_digits(void)
{
    Value v = dict_get_cstr(kiln_state_dict(), "int_max_str_digits");
    if (!v || !IS_SMALL(v)) { if (!v) exc_clear(); return 4300; }
    return SMALL_VAL(v);
}
#define MAX_STR_DIGITS int_max_str_digits()
long long ast_int_max_str_digits(void) { return (long long)int_max_str_digits(); }

typedef struct BoolObj { Object hdr; int64_t v; } BoolObj;

/* -- Plain-int access ------------------------------------------------------- */

Value int_value_of(Value v)
{
    if (IS_SMALL(v)) return v;
    Type *t = AS_OBJ(v)->type;
    if (t == T(int)) return v;
    if (t == T(bool)) return MKSMALL(AS(BoolObj, v)->v);
    return AS(IntSub, v)->v;
}

static ALWAYS_INLINE bool is_int(Value v)
{
    return IS_SMALL(v) || (AS_OBJ(v)->type->flags & TF_INT_SUB);   /* inherited by subclasses */
}

/* A magnitude view of a plain int. */
typedef struct Mag { int64_t n; int neg; const uint32_t *d; uint32_t buf[2]; } Mag;

static void mag_of(Value v, Mag *m)
{
    if (IS_SMALL(v)) {
        int64_t i = SMALL_VAL(v);
        uint64_t u = i < 0 ? -(uint64_t)i : (uint64_t)i;
        m->neg = i < 0;
        m->buf[0] = (uint32_t)u; m->buf[1] = (uint32_t)(u >> 32);
        m->n = (u >> 32) ? 2 : (u ? 1 : 0);
        m->d = m->buf;
    } else {
        BigInt *b = AS(BigInt, v);
        m->neg = b->size < 0;
        m->n = b->size < 0 ? -b->size : b->size;
        m->d = b->digits;
    }
}

static BigInt *big_new(int64_t n)
{
    BigInt *b = (BigInt *)gc_alloc_kind(T(int), sizeof(BigInt) + sizeof(uint32_t) * (size_t)(n > 0 ? n : 1),
                                        HEAP_NOSCAN | HEAP_FROZEN);
    b->size = n;
    return b;
}

/* Strip leading zeros, apply the sign, and return a small int when it fits. */
static Value big_norm(BigInt *b, int neg)
{
    int64_t n = b->size < 0 ? -b->size : b->size;
    while (n > 0 && b->digits[n - 1] == 0) n--;
    if (n <= 2) {
        uint64_t u = n == 0 ? 0 : n == 1 ? b->digits[0] : ((uint64_t)b->digits[1] << 32 | b->digits[0]);
        if (u <= (uint64_t)SMALL_MAX) return MKSMALL(neg ? -(int64_t)u : (int64_t)u);
        if (neg && u == (uint64_t)SMALL_MAX + 1) return MKSMALL(SMALL_MIN);
    }
    b->size = neg ? -n : n;
    return OBJ_VAL(b);
}

static Value from_mag(const uint32_t *d, int64_t n, int neg)
{
    BigInt *b = big_new(n);
    memcpy(b->digits, d, sizeof(uint32_t) * (size_t)n);
    return big_norm(b, neg);
}

Value int_from_i64(int64_t i)
{
    if (LIKELY(SMALL_FITS(i))) return MKSMALL(i);
    uint64_t u = i < 0 ? -(uint64_t)i : (uint64_t)i;
    BigInt *b = big_new(2);
    b->digits[0] = (uint32_t)u; b->digits[1] = (uint32_t)(u >> 32);
    return big_norm(b, i < 0);
}

Value int_from_u64(uint64_t u)
{
    if (u <= (uint64_t)SMALL_MAX) return MKSMALL((int64_t)u);
    BigInt *b = big_new(2);
    b->digits[0] = (uint32_t)u; b->digits[1] = (uint32_t)(u >> 32);
    return big_norm(b, 0);
}

/* -- Magnitude arithmetic (raw digit arrays) ----------------------------------- */

static int m_cmp(const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb)
{
    if (na != nb) return na < nb ? -1 : 1;
    for (int64_t i = na - 1; i >= 0; i--)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* r = a + b, na >= nb; r has room for na + 1 digits. */
static void m_add(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb)
{
    uint64_t c = 0;
    int64_t i = 0;
    for (; i < nb; i++) { c += (uint64_t)a[i] + b[i]; r[i] = (uint32_t)c; c >>= 32; }
    for (; i < na; i++) { c += a[i]; r[i] = (uint32_t)c; c >>= 32; }
    r[na] = (uint32_t)c;
}

/* r = a - b, a >= b. */
static void m_sub(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb)
{
    int64_t br = 0;
    int64_t i = 0;
    for (; i < nb; i++) {
        int64_t t = (int64_t)a[i] - b[i] - br;
        br = t < 0; r[i] = (uint32_t)t;
    }
    for (; i < na; i++) {
        int64_t t = (int64_t)a[i] - br;
        br = t < 0; r[i] = (uint32_t)t;
    }
}

/* r += a (r has rn digits; the sum must fit). */
static void add_into(uint32_t *r, int64_t rn, const uint32_t *a, int64_t an)
{
    uint64_t c = 0;
    int64_t i = 0;
    for (; i < an && i < rn; i++) { c += (uint64_t)r[i] + a[i]; r[i] = (uint32_t)c; c >>= 32; }
    for (; c && i < rn; i++) { c += r[i]; r[i] = (uint32_t)c; c >>= 32; }
}

/* r -= a (r has rn digits; the difference must be >= 0). */
static void sub_into(uint32_t *r, int64_t rn, const uint32_t *a, int64_t an)
{
    int64_t br = 0, i = 0;
    for (; i < an && i < rn; i++) { int64_t t = (int64_t)r[i] - a[i] - br; br = t < 0; r[i] = (uint32_t)t; }
    for (; br && i < rn; i++) { int64_t t = (int64_t)r[i] - br; br = t < 0; r[i] = (uint32_t)t; }
}

#define KARATSUBA_CUTOFF 40

/* r = a * b, na >= nb; r has na + nb digits, zeroed by the caller.
 * Schoolbook below the cutoff, Karatsuba above; an unbalanced product is
 * done in nb-digit slices of a. */
static void m_mul(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb)
{
    if (nb < KARATSUBA_CUTOFF) {
        for (int64_t i = 0; i < nb; i++) {
            uint64_t c = 0, bi = b[i];
            if (!bi) continue;
            for (int64_t j = 0; j < na; j++) {
                c += bi * a[j] + r[i + j];
                r[i + j] = (uint32_t)c; c >>= 32;
            }
            r[i + na] = (uint32_t)c;
        }
        return;
    }
    int64_t h = (na + 1) / 2;
    if (nb <= h) {
        uint32_t *t = malloc(sizeof(uint32_t) * (size_t)(2 * nb));
        for (int64_t i = 0; i < na; i += nb) {
            int64_t n = na - i < nb ? na - i : nb;
            memset(t, 0, sizeof(uint32_t) * (size_t)(n + nb));
            if (n >= nb) m_mul(t, a + i, n, b, nb);
            else m_mul(t, b, nb, a + i, n);
            add_into(r + i, na + nb - i, t, n + nb);
        }
        free(t);
        return;
    }
    /* a = a1 B^h + a0, b = b1 B^h + b0 */
    const uint32_t *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    int64_t na1 = na - h, nb1 = nb - h;
    m_mul(r, a0, h, b0, h);                       /* z0 -> r[0, 2h) */
    m_mul(r + 2 * h, a1, na1, b1, nb1);           /* z2 -> r[2h, na+nb) */
    uint32_t *sa = calloc((size_t)(h + 1), 4), *sb = calloc((size_t)(h + 1), 4);
    uint32_t *z1 = calloc((size_t)(2 * h + 2), 4);
    memcpy(sa, a0, sizeof(uint32_t) * (size_t)h); add_into(sa, h + 1, a1, na1);
    memcpy(sb, b0, sizeof(uint32_t) * (size_t)h); add_into(sb, h + 1, b1, nb1);
    m_mul(z1, sa, h + 1, sb, h + 1);
    sub_into(z1, 2 * h + 2, r, 2 * h);
    sub_into(z1, 2 * h + 2, r + 2 * h, na1 + nb1);
    add_into(r + h, na + nb - h, z1, 2 * h + 2);
    free(sa); free(sb); free(z1);
}

/* In place: a = a * m + add. Returns the carry out. */
static uint32_t m_muladd1(uint32_t *a, int64_t n, uint32_t m, uint32_t add)
{
    uint64_t c = add;
    for (int64_t i = 0; i < n; i++) { c += (uint64_t)a[i] * m; a[i] = (uint32_t)c; c >>= 32; }
    return (uint32_t)c;
}

/* q = a / d (q may alias a); returns the remainder. */
static uint32_t m_divrem1(uint32_t *q, const uint32_t *a, int64_t n, uint32_t d)
{
    uint64_t r = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        r = (r << 32) | a[i];
        q[i] = (uint32_t)(r / d); r %= d;
    }
    return (uint32_t)r;
}

static int clz32(uint32_t x) { return x ? __builtin_clz(x) : 32; }

/* Knuth's algorithm D: q = a / b, r = a % b.  nb >= 2, na >= nb.
 * q has na - nb + 1 digits, r has nb digits (either may be NULL). */
static void m_divmod(uint32_t *q, uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb)
{
    int s = clz32(b[nb - 1]);
    uint32_t *vn = malloc(sizeof(uint32_t) * (size_t)nb);
    uint32_t *un = malloc(sizeof(uint32_t) * (size_t)(na + 1));
    for (int64_t i = nb - 1; i > 0; i--)
        vn[i] = (b[i] << s) | (s ? (uint32_t)((uint64_t)b[i - 1] >> (32 - s)) : 0);
    vn[0] = b[0] << s;
    un[na] = s ? (uint32_t)((uint64_t)a[na - 1] >> (32 - s)) : 0;
    for (int64_t i = na - 1; i > 0; i--)
        un[i] = (a[i] << s) | (s ? (uint32_t)((uint64_t)a[i - 1] >> (32 - s)) : 0);
    un[0] = a[0] << s;
    for (int64_t j = na - nb; j >= 0; j--) {
        uint64_t num = ((uint64_t)un[j + nb] << 32) | un[j + nb - 1];
        uint64_t qhat = num / vn[nb - 1], rhat = num % vn[nb - 1];
        while (qhat >= ((uint64_t)1 << 32) ||
               qhat * vn[nb - 2] > ((rhat << 32) | un[j + nb - 2])) {
            qhat--; rhat += vn[nb - 1];
            if (rhat >= ((uint64_t)1 << 32)) break;
        }
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (int64_t i = 0; i < nb; i++) {
            uint64_t p = qhat * vn[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)un[i + j] - (int64_t)(uint32_t)p - borrow;
            un[i + j] = (uint32_t)t;
            borrow = t < 0;
        }
        int64_t t = (int64_t)un[j + nb] - (int64_t)carry - borrow;
        un[j + nb] = (uint32_t)t;
        if (t < 0) {
            qhat--;
            uint64_t c = 0;
            for (int64_t i = 0; i < nb; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)c; c >>= 32;
            }
            un[j + nb] += (uint32_t)c;
        }
        if (q) q[j] = (uint32_t)qhat;
    }
    if (r) {
        for (int64_t i = 0; i < nb - 1; i++)
            r[i] = (un[i] >> s) | (s ? (uint32_t)((uint64_t)un[i + 1] << (32 - s)) : 0);
        r[nb - 1] = un[nb - 1] >> s;
    }
    free(vn); free(un);
}

/* -- Signed operations on plain ints ---------------------------------------------- */

static Value add_mags(const Mag *a, int aneg, const Mag *b, int bneg)
{
    if (aneg == bneg) {
        const Mag *x = a, *y = b;
        if (x->n < y->n) { x = b; y = a; }
        BigInt *r = big_new(x->n + 1);
        m_add(r->digits, x->d, x->n, y->d, y->n);
        return big_norm(r, aneg);
    }
    int c = m_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) return MKSMALL(0);
    if (c < 0) { const Mag *t = a; a = b; b = t; aneg = bneg; }
    BigInt *r = big_new(a->n);
    m_sub(r->digits, a->d, a->n, b->d, b->n);
    return big_norm(r, aneg);
}

Value int_add(Value a, Value b)
{
    if (LIKELY(IS_SMALL(a) && IS_SMALL(b))) return int_from_i64(SMALL_VAL(a) + SMALL_VAL(b));
    Mag x, y;
    mag_of(a, &x); mag_of(b, &y);
    return add_mags(&x, x.neg, &y, y.neg);
}

Value int_sub(Value a, Value b)
{
    if (LIKELY(IS_SMALL(a) && IS_SMALL(b))) return int_from_i64(SMALL_VAL(a) - SMALL_VAL(b));
    Mag x, y;
    mag_of(a, &x); mag_of(b, &y);
    return add_mags(&x, x.neg, &y, !y.neg);
}

Value int_mul(Value a, Value b)
{
    if (LIKELY(IS_SMALL(a) && IS_SMALL(b))) {
        int64_t r;
        if (!__builtin_mul_overflow(SMALL_VAL(a), SMALL_VAL(b), &r)) return int_from_i64(r);
    }
    Mag x, y;
    mag_of(a, &x); mag_of(b, &y);
    if (x.n == 0 || y.n == 0) return MKSMALL(0);
    BigInt *r = big_new(x.n + y.n);
    memset(r->digits, 0, sizeof(uint32_t) * (size_t)(x.n + y.n));
    if (x.n >= y.n) m_mul(r->digits, x.d, x.n, y.d, y.n);
    else m_mul(r->digits, y.d, y.n, x.d, x.n);
    return big_norm(r, x.neg != y.neg);
}

Value int_neg(Value a)
{
    if (IS_SMALL(a)) return int_from_i64(-SMALL_VAL(a));
    Mag x;
    mag_of(a, &x);
    return from_mag(x.d, x.n, !x.neg);
}

static Value int_absval(Value a)
{
    if (IS_SMALL(a)) return SMALL_VAL(a) < 0 ? int_from_i64(-SMALL_VAL(a)) : a;
    Mag x;
    mag_of(a, &x);
    return x.neg ? from_mag(x.d, x.n, 0) : a;
}

int int_sign(Value v)
{
    v = int_value_of(v);
    if (IS_SMALL(v)) return SMALL_VAL(v) < 0 ? -1 : SMALL_VAL(v) > 0;
    return AS(BigInt, v)->size < 0 ? -1 : 1;
}

int int_compare(Value a, Value b)
{
    a = int_value_of(a); b = int_value_of(b);
    if (IS_SMALL(a) && IS_SMALL(b)) return SMALL_VAL(a) < SMALL_VAL(b) ? -1 : SMALL_VAL(a) > SMALL_VAL(b);
    Mag x, y;
    mag_of(a, &x); mag_of(b, &y);
    if (x.neg != y.neg) return x.neg ? -1 : 1;
    int c = m_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

/* Truncating division of magnitudes: q and r (both non-negative, as Values). */
static void divmod_mag(const Mag *x, const Mag *y, Value *q, Value *r)
{
    if (m_cmp(x->d, x->n, y->d, y->n) < 0) {
        if (q) *q = MKSMALL(0);
        if (r) *r = from_mag(x->d, x->n, 0);
        return;
    }
    if (y->n == 1) {
        BigInt *qb = big_new(x->n);
        uint32_t rem = m_divrem1(qb->digits, x->d, x->n, y->d[0]);
        if (q) *q = big_norm(qb, 0);
        if (r) *r = MKSMALL(rem);
        return;
    }
    BigInt *qb = big_new(x->n - y->n + 1), *rb = big_new(y->n);
    m_divmod(qb->digits, rb->digits, x->d, x->n, y->d, y->n);
    if (q) *q = big_norm(qb, 0);
    if (r) *r = big_norm(rb, 0);
}

/* Floor division and modulo (Python semantics); b != 0. */
static void int_divmod_floor(Value a, Value b, Value *q, Value *r)
{
    if (IS_SMALL(a) && IS_SMALL(b)) {
        int64_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) { qq--; rr += y; }
        if (q) *q = int_from_i64(qq);
        if (r) *r = MKSMALL(rr);
        return;
    }
    Mag x, y;
    mag_of(a, &x); mag_of(b, &y);
    Value qq, rr;
    divmod_mag(&x, &y, &qq, &rr);
    if (x.neg != y.neg) {
        qq = int_neg(qq);
        if (rr != MKSMALL(0)) {
            qq = int_sub(qq, MKSMALL(1));
            rr = int_sub(int_absval(b), rr);
        }
    }
    if (y.neg) rr = int_neg(rr);
    if (q) *q = qq;
    if (r) *r = rr;
}

Value int_floordiv(Value a, Value b)
{
    if (b == MKSMALL(0)) return raise_ZeroDivisionError("integer division or modulo by zero");
    Value q;
    int_divmod_floor(a, b, &q, NULL);
    return q;
}

Value int_mod(Value a, Value b)
{
    if (b == MKSMALL(0)) return raise_ZeroDivisionError("integer modulo by zero");
    Value r;
    int_divmod_floor(a, b, NULL, &r);
    return r;
}

int64_t int_bit_length(Value v)
{
    v = int_value_of(v);
    if (IS_SMALL(v)) {
        int64_t i = SMALL_VAL(v);
        uint64_t u = i < 0 ? -(uint64_t)i : (uint64_t)i;
        return u ? 64 - __builtin_clzll(u) : 0;
    }
    Mag x;
    mag_of(v, &x);
    return (x.n - 1) * 32 + (32 - clz32(x.d[x.n - 1]));
}

/* Magnitude shifted: |a| << n or |a| >> n (truncating), sign restored later. */
static Value mag_shl(const Mag *x, int64_t n, int neg)
{
    int64_t w = n / 32; int s = (int)(n % 32);
    BigInt *r = big_new(x->n + w + 1);
    memset(r->digits, 0, sizeof(uint32_t) * (size_t)(x->n + w + 1));
    for (int64_t i = 0; i < x->n; i++) {
        uint64_t t = (uint64_t)x->d[i] << s;
        r->digits[i + w] |= (uint32_t)t;
        r->digits[i + w + 1] |= (uint32_t)(t >> 32);
    }
    return big_norm(r, neg);
}

Value int_lshift(Value a, int64_t n)
{
    if (IS_SMALL(a)) {
        int64_t i = SMALL_VAL(a);
        if (i == 0) return a;
        if (n < 62) {
            int64_t r = (int64_t)((uint64_t)i << n);
            if ((r >> n) == i && SMALL_FITS(r)) return MKSMALL(r);
        }
    }
    Mag x;
    mag_of(a, &x);
    if (n > (int64_t)1 << 40) return raise_OverflowError("too many digits in integer");
    return mag_shl(&x, n, x.neg);
}

static Value int_rshift_by(Value a, int64_t n)
{
    if (IS_SMALL(a)) {
        if (n >= 63) return MKSMALL(SMALL_VAL(a) < 0 ? -1 : 0);
        return MKSMALL(SMALL_VAL(a) >> n);
    }
    Mag x;
    mag_of(a, &x);
    int64_t w = n / 32; int s = (int)(n % 32);
    if (w >= x.n) return MKSMALL(x.neg ? -1 : 0);
    int64_t rn = x.n - w;
    BigInt *r = big_new(rn);
    bool lost = false;
    for (int64_t i = 0; i < w; i++) if (x.d[i]) lost = true;
    if (s && (x.d[w] & ((1u << s) - 1))) lost = true;
    for (int64_t i = 0; i < rn; i++) {
        uint64_t t = x.d[i + w] >> s;
        if (s && i + w + 1 < x.n) t |= (uint64_t)x.d[i + w + 1] << (32 - s);
        r->digits[i] = (uint32_t)t;
    }
    Value v = big_norm(r, x.neg);
    if (x.neg && lost) v = int_sub(v, MKSMALL(1));   /* floor for negatives */
    return v;
}

/* Two's complement bitwise op: op is '&', '|' or '^'. */
static Value int_bitop(Value a, Value b, char op)
{
    if (IS_SMALL(a) && IS_SMALL(b)) {
        int64_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        return MKSMALL(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    Mag x, y;
    mag_of(a, &x); mag_of(b, &y);
    int64_t n = (x.n > y.n ? x.n : y.n) + 1;
    uint32_t *ta = calloc((size_t)n, 4), *tb = calloc((size_t)n, 4);
    const Mag *ms[2] = {&x, &y};
    uint32_t *ts[2] = {ta, tb};
    for (int k = 0; k < 2; k++) {
        memcpy(ts[k], ms[k]->d, sizeof(uint32_t) * (size_t)ms[k]->n);
        if (ms[k]->neg) {   /* negate: invert and add one */
            uint64_t c = 1;
            for (int64_t i = 0; i < n; i++) { c += (uint32_t)~ts[k][i]; ts[k][i] = (uint32_t)c; c >>= 32; }
        }
    }
    BigInt *r = big_new(n);
    for (int64_t i = 0; i < n; i++)
        r->digits[i] = op == '&' ? (ta[i] & tb[i]) : op == '|' ? (ta[i] | tb[i]) : (ta[i] ^ tb[i]);
    bool neg = (r->digits[n - 1] >> 31) != 0;
    if (neg) {
        uint64_t c = 1;
        for (int64_t i = 0; i < n; i++) { c += (uint32_t)~r->digits[i]; r->digits[i] = (uint32_t)c; c >>= 32; }
    }
    free(ta); free(tb);
    return big_norm(r, neg);
}

/* -- Conversions ------------------------------------------------------------------ */

double int_as_double(Value v, int *overflow)
{
    v = int_value_of(v);
    *overflow = 0;
    if (IS_SMALL(v)) return (double)SMALL_VAL(v);
    Mag x;
    mag_of(v, &x);
    int64_t bits = (x.n - 1) * 32 + (32 - clz32(x.d[x.n - 1]));
    if (bits > DBL_MAX_EXP) { *overflow = 1; return x.neg ? -HUGE_VAL : HUGE_VAL; }
    /* top 64 bits with a sticky bit for everything below */
    int64_t shift = bits - 64;
    uint64_t top = 0;
    bool sticky = false;
    if (shift <= 0) {
        for (int64_t i = x.n - 1; i >= 0; i--) top = (top << 32) | x.d[i];
        double d = (double)top;
        return x.neg ? -d : d;
    }
    for (int64_t b = 0; b < 64; b++) {
        int64_t pos = shift + b;
        if ((x.d[pos / 32] >> (pos % 32)) & 1) top |= (uint64_t)1 << b;
    }
    for (int64_t i = 0; i < shift / 32; i++) if (x.d[i]) { sticky = true; break; }
    if (!sticky && (shift % 32) && (x.d[shift / 32] & ((1u << (shift % 32)) - 1))) sticky = true;
    if (sticky) top |= 1;
    double d = ldexp((double)top, (int)shift);
    if (isinf(d)) { *overflow = 1; }
    return x.neg ? -d : d;
}

Value int_from_double(double d)
{
    if (isnan(d)) return raise_ValueError("cannot convert float NaN to integer");
    if (isinf(d)) return raise_OverflowError("cannot convert float infinity to integer");
    d = trunc(d);
    if (fabs(d) < 9.2e18) return int_from_i64((int64_t)d);
    int e;
    double m = frexp(fabs(d), &e);   /* d = m * 2^e, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    Value v = int_from_u64(mant);
    v = int_lshift(v, e - 53);
    return d < 0 ? int_neg(v) : v;
}

int int_as_i64(Value v, int64_t *out)
{
    v = int_value_of(v);
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    Mag x;
    mag_of(v, &x);
    if (x.n <= 2) {
        uint64_t u = ((uint64_t)x.d[1] << 32) | x.d[0];
        if (!x.neg && u <= (uint64_t)INT64_MAX) { *out = (int64_t)u; return 0; }
        if (x.neg && u <= (uint64_t)INT64_MAX + 1) { *out = (int64_t)(0 - u); return 0; }
    }
    raise_OverflowError("Python int too large to convert to C long");
    return -1;
}

int64_t int_hash_of(Value v)
{
    v = int_value_of(v);
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    if (IS_SMALL(v)) {
        int64_t i = SMALL_VAL(v);
        uint64_t u = i < 0 ? -(uint64_t)i : (uint64_t)i;
        int64_t h = (int64_t)(u % P);
        if (i < 0) h = -h;
        return h == -1 ? -2 : h;
    }
    Mag x;
    mag_of(v, &x);
    uint64_t h = 0;
    for (int64_t i = x.n - 1; i >= 0; i--) {
        h = ((h << 32) & P) | (h >> (61 - 32));
        h += x.d[i];
        if (h >= P) h -= P;
    }
    int64_t r = x.neg ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

/* -- Strings ------------------------------------------------------------------------ */

static Value limit_error_out(void)
{
    return raise_ValueError("Exceeds the limit (%lld digits) for integer string conversion; "
                            "use sys.set_int_max_str_digits() to increase the limit", (long long)MAX_STR_DIGITS);
}

/* Decimal digits of |v| into a malloc'd NUL-terminated string (no sign). */
static char *dec_digits(Value v, int64_t *len)
{
    Mag x;
    mag_of(v, &x);
    if (x.n == 0) { char *s = malloc(2); s[0] = '0'; s[1] = 0; *len = 1; return s; }
    uint32_t *t = malloc(sizeof(uint32_t) * (size_t)x.n);
    memcpy(t, x.d, sizeof(uint32_t) * (size_t)x.n);
    int64_t n = x.n;
    size_t cap = (size_t)x.n * 10 + 16;
    char *s = malloc(cap);
    size_t pos = cap - 1;
    s[pos] = 0;
    while (n > 0) {
        uint32_t r = m_divrem1(t, t, n, 1000000000u);
        while (n > 0 && t[n - 1] == 0) n--;
        for (int k = 0; k < 9; k++) {
            s[--pos] = (char)('0' + r % 10); r /= 10;
            if (n == 0 && r == 0) break;
        }
    }
    free(t);
    *len = (int64_t)(cap - 1 - pos);
    memmove(s, s + pos, (size_t)*len + 1);
    return s;
}

/* Digits of |v| in base 2, 8 or 16 (lowercase). */
static char *pow2_digits(Value v, int base, int64_t *len)
{
    Mag x;
    mag_of(v, &x);
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    int64_t nbits = x.n ? (x.n - 1) * 32 + (32 - clz32(x.d[x.n - 1])) : 1;
    int64_t nd = (nbits + bits - 1) / bits;
    char *s = malloc((size_t)nd + 1);
    for (int64_t k = 0; k < nd; k++) {
        int dv = 0;
        for (int b = 0; b < bits; b++) {
            int64_t pos = k * bits + b;
            if (pos / 32 < x.n && ((x.d[pos / 32] >> (pos % 32)) & 1)) dv |= 1 << b;
        }
        s[nd - 1 - k] = "0123456789abcdef"[dv];
    }
    s[nd] = 0;
    *len = nd;
    return s;
}

Value int_repr(Value v)
{
    v = int_value_of(v);
    if (IS_SMALL(v)) {
        char buf[32];
        int n = num_i64_text(SMALL_VAL(v), buf);
        return str_new(buf, (size_t)n);
    }
    int64_t lim = MAX_STR_DIGITS;
    if (lim && int_bit_length(v) > lim * 3.33 + 32) return limit_error_out();
    int64_t len;
    char *d = dec_digits(v, &len);
    if (lim && len > lim) { free(d); return limit_error_out(); }
    StrBuf b;
    sb_init(&b);
    if (AS(BigInt, v)->size < 0) sb_addc(&b, '-');
    sb_add(&b, d, (size_t)len);
    free(d);
    return sb_finish(&b);
}

Value int_to_base_str(Value v, int base)
{
    v = int_value_of(v);
    if (base == 10) return int_repr(v);
    int64_t len;
    char *d = pow2_digits(v, base, &len);
    StrBuf b;
    sb_init(&b);
    if (int_sign(v) < 0) sb_addc(&b, '-');
    sb_adds(&b, base == 2 ? "0b" : base == 8 ? "0o" : "0x");
    sb_add(&b, d, (size_t)len);
    free(d);
    return sb_finish(&b);
}

static int digit_val(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Parse ASCII text s[0..n) as an int literal in base (0 or 2..36).  Returns 0
 * on a syntax error WITHOUT an exception (*bad set), or raises the digit
 * limit error. */
static Value parse_int_ascii(const char *s, size_t n, int base, bool *bad)
{
    *bad = false;
    const char *p = s, *e = s + n;
    while (p < e && num_isspace(*p)) p++;
    while (e > p && num_isspace(e[-1])) e--;
    int neg = 0;
    if (p < e && (*p == '+' || *p == '-')) { neg = *p == '-'; p++; }
    if (p >= e) { *bad = true; return 0; }
    if (base == 0) {
        if (*p == '0' && p + 1 < e && (p[1] == 'x' || p[1] == 'X')) base = 16;
        else if (*p == '0' && p + 1 < e && (p[1] == 'o' || p[1] == 'O')) base = 8;
        else if (*p == '0' && p + 1 < e && (p[1] == 'b' || p[1] == 'B')) base = 2;
        else if (*p == '0') {
            /* only zeros (with underscores) allowed */
            bool prev_us = false;
            for (const char *q = p; q < e; q++) {
                if (*q == '0') prev_us = false;
                else if (*q == '_' && !prev_us && q != p) prev_us = true;
                else { *bad = true; return 0; }
            }
            if (prev_us) { *bad = true; return 0; }
            return MKSMALL(0);
        } else base = 10;
        if (base != 10) {
            p += 2;
            if (p < e && *p == '_') p++;   /* 0x_1f is allowed */
        }
    } else if (p + 1 < e && *p == '0') {
        char c = p[1] | 32;
        if ((base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b')) {
            p += 2;
            if (p < e && *p == '_') p++;
        }
    }
    /* collect digit values */
    size_t cap = (size_t)(e - p);
    unsigned char *dv = malloc(cap + 1);
    size_t nd = 0;
    bool prev_digit = false;
    for (const char *q = p; q < e; q++) {
        if (*q == '_') {
            if (!prev_digit) { free(dv); *bad = true; return 0; }
            prev_digit = false;
            continue;
        }
        int d = digit_val(*q);
        if (d >= base) { free(dv); *bad = true; return 0; }
        dv[nd++] = (unsigned char)d;
        prev_digit = true;
    }
    if (nd == 0 || !prev_digit) { free(dv); *bad = true; return 0; }
    if (base == 10 || (base & (base - 1))) {
        int64_t lim = nd > 640 ? MAX_STR_DIGITS : 0;
        if (lim && (int64_t)nd > lim) {
            free(dv);
            return raise_ValueError("Exceeds the limit (%lld digits) for integer string conversion: "
                                    "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                                    (long long)lim, nd);
        }
    }
    if (nd <= 12 && base <= 36) {
        int64_t acc = 0;
        for (size_t i = 0; i < nd; i++) acc = acc * base + dv[i];
        free(dv);
        return int_from_i64(neg ? -acc : acc);
    }
    /* chunked multiply-add: base^k < 2^32 */
    uint32_t chunk_mul = (uint32_t)base;
    int k = 1;
    while ((uint64_t)chunk_mul * (uint64_t)base < ((uint64_t)1 << 32)) { chunk_mul *= (uint32_t)base; k++; }
    double bits = (double)nd * log2((double)base);
    int64_t cap_d = (int64_t)(bits / 32) + 3;
    BigInt *r = big_new(cap_d);
    memset(r->digits, 0, sizeof(uint32_t) * (size_t)cap_d);
    int64_t used = 0;
    size_t i = 0;
    size_t first = nd % (size_t)k;
    if (first == 0) first = (size_t)k;
    while (i < nd) {
        size_t take = i == 0 ? first : (size_t)k;
        uint32_t m = 1, add = 0;
        for (size_t j = 0; j < take; j++) { add = add * (uint32_t)base + dv[i + j]; m *= (uint32_t)base; }
        i += take;
        uint32_t c = m_muladd1(r->digits, used, m, add);
        if (c) r->digits[used++] = c;
    }
    free(dv);
    r->size = cap_d;
    return big_norm(r, neg);
}

Value int_from_str(const char *s, size_t len, int base)
{
    size_t n;
    char *a = num_fold_ascii(s, len, &n);
    bool bad;
    Value v = parse_int_ascii(a, n, base, &bad);
    free(a);
    if (bad) {
        Value sv = str_new(s, len);
        if (!sv) return 0;
        return raise_ValueError("invalid literal for int() with base %d: %R", base, sv);
    }
    return v;
}

Value int_from_str_obj(Value s, int base)
{
    if (IS_STR(s)) return int_from_str(STR_DATA(s), (size_t)STR_NBYTES(s), base);
    const char *data; int64_t size;
    if (!bytes_like(s, &data, &size)) return raise_TypeError("int() can't convert non-string with explicit base");
    bool bad;
    Value v = parse_int_ascii(data, (size_t)size, base, &bad);
    if (bad) {
        Value b = bytes_new(data, (size_t)size);
        return raise_ValueError("invalid literal for int() with base %d: %R", base, b);
    }
    return v;
}

/* -- Bytes --------------------------------------------------------------------------- */

Value int_from_bytes(const unsigned char *p, size_t n, bool little, bool is_signed)
{
    size_t nd = (n + 3) / 4;
    BigInt *r = big_new((int64_t)nd + 1);
    memset(r->digits, 0, sizeof(uint32_t) * (nd + 1));
    for (size_t i = 0; i < n; i++) {
        unsigned char c = little ? p[i] : p[n - 1 - i];
        r->digits[i / 4] |= (uint32_t)c << (8 * (i % 4));
    }
    bool neg = is_signed && n > 0 && ((little ? p[n - 1] : p[0]) & 0x80);
    if (neg) {   /* value - 2^(8n): magnitude = two's complement negation */
        uint64_t c = 1;
        for (size_t i = 0; i < nd; i++) {
            uint32_t m = i + 1 < nd || n % 4 == 0 ? 0xffffffffu : ((1u << (8 * (n % 4))) - 1);
            c += (~r->digits[i]) & m;
            r->digits[i] = (uint32_t)c; c >>= 32;
        }
    }
    r->size = (int64_t)nd + 1;
    return big_norm(r, neg);
}

int int_to_bytes(Value v, unsigned char *p, size_t n, bool little, bool is_signed)
{
    v = int_value_of(v);
    Mag x;
    mag_of(v, &x);
    if (x.neg && !is_signed) { raise_OverflowError("can't convert negative int to unsigned"); return -1; }
    int64_t bits = int_bit_length(v);
    /* bytes needed */
    bool fits;
    if (!is_signed) fits = (uint64_t)bits <= 8 * (uint64_t)n;
    else if (!x.neg) fits = (uint64_t)bits + 1 <= 8 * (uint64_t)n;
    else {
        /* -2^(8n-1) <= v: bits <= 8n-1, or |v| == 2^(8n-1) exactly */
        fits = (uint64_t)bits <= 8 * (uint64_t)n - 1 && n > 0;
        if (!fits && n > 0 && (uint64_t)bits == 8 * (uint64_t)n) {
            bool pow2 = true;
            for (int64_t i = 0; i < x.n - 1; i++) if (x.d[i]) pow2 = false;
            if (pow2 && (x.d[x.n - 1] & (x.d[x.n - 1] - 1)) == 0) fits = true;
        }
        if (n == 0) fits = false;
    }
    if (!fits) { raise_OverflowError("int too big to convert"); return -1; }
    uint64_t c = 1;
    for (size_t i = 0; i < n; i++) {
        size_t di = i / 4;
        uint32_t w = (int64_t)di < x.n ? x.d[di] : 0;
        unsigned char byte = (unsigned char)(w >> (8 * (i % 4)));
        if (x.neg) {
            c += (unsigned char)~byte;
            byte = (unsigned char)c; c >>= 8;
        }
        p[little ? i : n - 1 - i] = byte;
    }
    return 0;
}

/* -- Division and powers ------------------------------------------------------------- */

double int_true_divide(Value a, Value b, int *err)
{
    *err = 0;
    a = int_value_of(a); b = int_value_of(b);
    if (b == MKSMALL(0)) { *err = 1; raise_ZeroDivisionError("division by zero"); return 0; }
    if (IS_SMALL(a) && IS_SMALL(b)) {
        int64_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        if (llabs(x) <= ((int64_t)1 << 53) && llabs(y) <= ((int64_t)1 << 53)) return (double)x / (double)y;
    }
    int neg = int_sign(a) * int_sign(b) < 0;
    if (a == MKSMALL(0)) return int_sign(b) < 0 ? -0.0 : 0.0;
    Value x = int_absval(a), y = int_absval(b);
    int64_t na = int_bit_length(x), nb = int_bit_length(y);
    int64_t diff = na - nb;
    if (diff > DBL_MAX_EXP) { *err = 1; raise_OverflowError("integer division result too large for a float"); return 0; }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return neg ? -0.0 : 0.0;
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    if (shift < 0) x = int_lshift(x, -shift);
    else y = int_lshift(y, shift);
    Value q, r;
    Mag mx, my;
    mag_of(x, &mx); mag_of(y, &my);
    divmod_mag(&mx, &my, &q, &r);
    int64_t qv = 0;
    int_as_i64(q, &qv);
    uint64_t uq = (uint64_t)qv;
    if (r != MKSMALL(0)) uq |= 1;
    int qbits = 64 - __builtin_clzll(uq);
    int64_t extra = (qbits > DBL_MIN_EXP - shift ? qbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    if (extra > 0) {
        uint64_t mask = (uint64_t)1 << (extra - 1);
        if ((uq & mask) && (uq & (3 * mask - 1))) uq += mask;
        uq &= ~(2 * mask - 1);
    }
    double d = ldexp((double)uq, (int)shift);
    if (isinf(d)) { *err = 1; raise_OverflowError("integer division result too large for a float"); return 0; }
    return neg ? -d : d;
}

/* Modular inverse of a mod m (m > 0), or 0 with ValueError. */
static Value mod_inverse(Value a, Value m)
{
    Value r0 = m, r1 = int_mod(a, m), s0 = MKSMALL(0), s1 = MKSMALL(1);
    while (r1 != MKSMALL(0)) {
        Value q, r;
        int_divmod_floor(r0, r1, &q, &r);
        Value s2 = int_sub(s0, int_mul(q, s1));
        r0 = r1; r1 = r; s0 = s1; s1 = s2;
    }
    if (r0 != MKSMALL(1)) return raise_ValueError("base is not invertible for the given modulus");
    return int_mod(s0, m);
}

Value int_pow(Value a, Value b, Value mod)
{
    a = int_value_of(a); b = int_value_of(b);
    if (mod == NONE || mod == 0) {
        if (int_sign(b) < 0) {
            int err;
            double x = int_as_double(a, &err);
            if (err) return raise_OverflowError("int too large to convert to float");
            double y = int_as_double(b, &err);
            if (x == 0) return raise_ZeroDivisionError("0.0 cannot be raised to a negative power");
            double r = pow(x, y);
            if (isinf(r)) return raise_OverflowError("(34, 'Numerical result out of range')");
            return float_new(r);
        }
        if (IS_SMALL(a) && IS_SMALL(b)) {
            int64_t x = SMALL_VAL(a), e = SMALL_VAL(b), r = 1;
            bool ok = true;
            while (e > 0 && ok) {
                if (e & 1) ok = !__builtin_mul_overflow(r, x, &r);
                e >>= 1;
                if (e && ok) ok = !__builtin_mul_overflow(x, x, &x);
            }
            if (ok) return int_from_i64(r);
        }
        if (a == MKSMALL(0) || a == MKSMALL(1)) return b == MKSMALL(0) ? MKSMALL(1) : a;
        if (a == MKSMALL(-1)) return (int_sign(int_bitop(b, MKSMALL(1), '&'))) ? a : MKSMALL(1);
        if (!IS_SMALL(b)) return raise_memory();
        int64_t e = SMALL_VAL(b);
        Value r = MKSMALL(1), x = a;
        while (e > 0) {
            if (e & 1) r = int_mul(r, x);
            e >>= 1;
            if (e) x = int_mul(x, x);
        }
        return r;
    }
    mod = int_value_of(mod);
    if (mod == MKSMALL(0)) return raise_ValueError("pow() 3rd argument cannot be 0");
    int mneg = int_sign(mod) < 0;
    Value m = int_absval(mod);
    if (int_sign(b) < 0) {
        a = mod_inverse(a, m);
        if (!a) return 0;
        b = int_neg(b);
    }
    Value base = int_mod(a, m), r = MKSMALL(1);
    if (m == MKSMALL(1)) r = MKSMALL(0);
    int64_t nbits = int_bit_length(b);
    Mag eb;
    mag_of(b, &eb);
    for (int64_t i = nbits - 1; i >= 0; i--) {
        r = int_mod(int_mul(r, r), m);
        if ((eb.d[i / 32] >> (i % 32)) & 1) r = int_mod(int_mul(r, base), m);
    }
    if (mneg && r != MKSMALL(0)) r = int_sub(r, m);
    return r;
}

/* -- Number slots ---------------------------------------------------------------------- */

#define BINARY_PROLOGUE \
    if (UNLIKELY(!is_int(a) || !is_int(b))) return NOTIMPL; \
    a = int_value_of(a); b = int_value_of(b)

static Value nb_add(Value a, Value b)
{
    if (LIKELY(IS_SMALL(a) && IS_SMALL(b))) return int_from_i64(SMALL_VAL(a) + SMALL_VAL(b));
    BINARY_PROLOGUE;
    return int_add(a, b);
}

static Value nb_sub(Value a, Value b)
{
    if (LIKELY(IS_SMALL(a) && IS_SMALL(b))) return int_from_i64(SMALL_VAL(a) - SMALL_VAL(b));
    BINARY_PROLOGUE;
    return int_sub(a, b);
}

static Value nb_mul(Value a, Value b)
{
    if (LIKELY(IS_SMALL(a) && IS_SMALL(b))) {
        int64_t r;
        if (!__builtin_mul_overflow(SMALL_VAL(a), SMALL_VAL(b), &r)) return int_from_i64(r);
    }
    BINARY_PROLOGUE;
    return int_mul(a, b);
}

static Value nb_floordiv(Value a, Value b) { BINARY_PROLOGUE; return int_floordiv(a, b); }
static Value nb_mod(Value a, Value b) { BINARY_PROLOGUE; return int_mod(a, b); }

static Value nb_divmod(Value a, Value b)
{
    BINARY_PROLOGUE;
    if (b == MKSMALL(0)) return raise_ZeroDivisionError("integer division or modulo by zero");
    Value q, r;
    int_divmod_floor(a, b, &q, &r);
    return tuple_pack(2, q, r);
}

static Value nb_truediv(Value a, Value b)
{
    BINARY_PROLOGUE;
    int err;
    double d = int_true_divide(a, b, &err);
    if (err) return 0;
    return float_new(d);
}

static int shift_count(Value b, int64_t *n)
{
    if (int_sign(b) < 0) { raise_ValueError("negative shift count"); return -1; }
    if (!IS_SMALL(b)) { *n = INT64_MAX; return 0; }
    *n = SMALL_VAL(b);
    return 0;
}

static Value nb_lshift(Value a, Value b)
{
    BINARY_PROLOGUE;
    int64_t n;
    if (shift_count(b, &n) < 0) return 0;
    if (a == MKSMALL(0)) return a;
    if (n == INT64_MAX) return raise_OverflowError("too many digits in integer");
    return int_lshift(a, n);
}

static Value nb_rshift(Value a, Value b)
{
    BINARY_PROLOGUE;
    int64_t n;
    if (shift_count(b, &n) < 0) return 0;
    return int_rshift_by(a, n);
}

static Value nb_and(Value a, Value b) { BINARY_PROLOGUE; return int_bitop(a, b, '&'); }
static Value nb_or(Value a, Value b) { BINARY_PROLOGUE; return int_bitop(a, b, '|'); }
static Value nb_xor(Value a, Value b) { BINARY_PROLOGUE; return int_bitop(a, b, '^'); }

static Value nb_pow(Value a, Value b, Value c)
{
    BINARY_PROLOGUE;
    if (c != NONE && c != 0) {
        if (!is_int(c)) return NOTIMPL;
        c = int_value_of(c);
    }
    return int_pow(a, b, c);
}

static Value nb_neg(Value a) { return int_neg(int_value_of(a)); }
static Value nb_pos(Value a) { return int_value_of(a); }
static Value nb_abs(Value a) { return int_absval(int_value_of(a)); }
static Value nb_invert(Value a) { return int_sub(MKSMALL(-1), int_value_of(a)); }
static Value nb_int(Value a) { return int_value_of(a); }

static Value nb_float(Value a)
{
    int ovf;
    double d = int_as_double(a, &ovf);
    if (ovf) return raise_OverflowError("int too large to convert to float");
    return float_new(d);
}

static int nb_bool(Value a) { return int_value_of(a) != MKSMALL(0); }

static Value int_richcompare(Value a, Value b, int op)
{
    if (!is_int(a) || !is_int(b)) return NOTIMPL;
    int c = int_compare(a, b);
    switch (op) {
    case CMP_LT: return BOOL_V(c < 0);
    case CMP_LE: return BOOL_V(c <= 0);
    case CMP_EQ: return BOOL_V(c == 0);
    case CMP_NE: return BOOL_V(c != 0);
    case CMP_GT: return BOOL_V(c > 0);
    default: return BOOL_V(c >= 0);
    }
}

static int int_hash(Value a, int64_t *out) { *out = int_hash_of(a); return 0; }
static Value int_repr_slot(Value a) { return int_repr(a); }


/* -- Construction -------------------------------------------------------------------- */

/* int(x): the plain int value of any object, CPython's PyNumber_Long. */
static Value int_of_object(Value x)
{
    /* subclasses may override __int__ (PyNumber_Long calls nb_int) */
    if (is_int(x) && (IS_SMALL(x) || !(AS_OBJ(x)->type->flags & TF_HEAPTYPE))) return int_value_of(x);
    if (IS_FLOAT(x)) return int_from_double(AS(Float, x)->v);
    Value m = obj_lookup_special(x, S(__int__));
    if (m) {
        Value r = obj_call0(m);
        if (!r) return 0;
        if (!is_int(r)) return raise_TypeError("__int__ returned non-int (type %T)", r);
        return int_value_of(r);
    }
    m = obj_lookup_special(x, S(__index__));
    if (m) {
        Value r = obj_call0(m);
        if (!r) return 0;
        if (!is_int(r)) return raise_TypeError("__index__ returned non-int (type %T)", r);
        return int_value_of(r);
    }
    m = obj_lookup_special(x, S(__trunc__));
    if (m) {
        Value r = obj_call0(m);
        if (!r) return 0;
        if (is_int(r)) return int_value_of(r);
        Value r2 = obj_lookup_special(r, S(__index__));
        if (!r2) return raise_TypeError("__trunc__ returned non-Integral (type %T)", r);
        r = obj_call0(r2);
        if (!r) return 0;
        if (!is_int(r)) return raise_TypeError("__index__ returned non-int (type %T)", r);
        return int_value_of(r);
    }
    if (IS_STR(x)) return int_from_str_obj(x, 10);
    const char *data; int64_t size;
    if (bytes_like(x, &data, &size)) return int_from_str_obj(x, 10);
    return raise_TypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", TYPE_NAME(x));
}

static Value wrap_sub(Type *t, Value v)
{
    if (t == T(int) || !v) return v;
    Value o = instance_new(t);
    if (!o) return 0;
    STORE(AS(IntSub, o), v, v);
    return o;
}

static Value int_new(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    Value x = 0, base = 0;
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    if (nargs > 2) return raise_TypeError("int() takes at most 2 arguments (%zu given)", nargs + nkw);
    if (nargs >= 1) x = args[0];
    if (nargs >= 2) base = args[1];
    for (size_t i = 0; i < nkw; i++) {
        Value k = TUPLE_ITEMS(kwnames)[i];
        if (str_eq_cstr(k, "base")) {
            if (base) return raise_TypeError("argument for int() given by name ('base') and position (2)");
            base = args[nargs + i];
        } else return raise_TypeError("%R is an invalid keyword argument for int()", k);
    }
    if (!x) {
        if (base) return raise_TypeError("int() missing string argument");
        return wrap_sub(t, MKSMALL(0));
    }
    if (!base) return wrap_sub(t, int_of_object(x));
    int64_t b;
    Value bi = obj_index(base);
    if (!bi) return 0;
    if (int_as_i64(bi, &b) < 0) { exc_clear(); b = 99; }
    if ((b != 0 && b < 2) || b > 36) return raise_ValueError("int() base must be >= 2 and <= 36, or 0");
    /* with a base: str, bytes or bytearray only (not memoryview or other buffers) */
    if (!IS_STR(x) && !(IS_OBJ(x) && (type_is_subtype(TYPE(x), T(bytes)) || type_is_subtype(TYPE(x), T(bytearray)))))
        return raise_TypeError("int() can't convert non-string with explicit base");
    return wrap_sub(t, int_from_str_obj(x, (int)b));
}

/* -- Methods ---------------------------------------------------------------------------- */

static Value m_bit_length(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("bit_length", nargs, 0, 0) < 0 || args_no_kw("bit_length", kw) < 0) return 0;
    return int_from_i64(int_bit_length(self));
}

static Value m_bit_count(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("bit_count", nargs, 0, 0) < 0 || args_no_kw("bit_count", kw) < 0) return 0;
    Mag x;
    Value v = int_value_of(self);
    mag_of(v, &x);
    int64_t c = 0;
    for (int64_t i = 0; i < x.n; i++) c += __builtin_popcount(x.d[i]);
    return MKSMALL(c);
}

static int parse_byteorder(const char *fname, Value bo, bool *little)
{
    if (!IS_STR(bo)) { raise_TypeError("%s() argument 'byteorder' must be str, not %A", fname, bo); return -1; }
    if (str_eq_cstr(bo, "little")) *little = true;
    else if (str_eq_cstr(bo, "big")) *little = false;
    else { raise_ValueError("byteorder must be either 'little' or 'big'"); return -1; }
    return 0;
}

static Value m_to_bytes(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    Value a[3] = {0, 0, 0};
    if (args_parse("to_bytes", args, nargs, kw, names, 0, a) < 0) return 0;
    if (nargs > 2) return raise_TypeError("to_bytes() takes at most 2 positional arguments (%zu given)", nargs);
    int64_t len = 1;
    bool little = false, sgn = false;
    if (a[0] && obj_as_ssize(a[0], &len, E(OverflowError)) < 0) return 0;
    if (len < 0) return raise_ValueError("length argument must be non-negative");
    if (a[1] && parse_byteorder("to_bytes", a[1], &little) < 0) return 0;
    if (a[2]) { int t = obj_truthy(a[2]); if (t < 0) return 0; sgn = t; }
    unsigned char *buf = malloc((size_t)len + 1);
    if (int_to_bytes(self, buf, (size_t)len, little, sgn) < 0) { free(buf); return 0; }
    Value r = bytes_new((const char *)buf, (size_t)len);
    free(buf);
    return r;
}

static Value m_from_bytes(Value cls, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    Value a[3] = {0, 0, 0};
    if (args_parse("from_bytes", args, nargs, kw, names, 1, a) < 0) return 0;
    bool little = false, sgn = false;
    if (a[1] && parse_byteorder("from_bytes", a[1], &little) < 0) return 0;
    if (a[2]) { int t = obj_truthy(a[2]); if (t < 0) return 0; sgn = t; }
    const char *data; int64_t size;
    Value src = a[0];
    if (!bytes_like(src, &data, &size)) {
        if (IS_INT(src) || IS_STR(src)) return raise_TypeError("cannot convert '%s' object to bytes", TYPE_NAME(src));
        src = obj_call1(OBJ_VAL(T(bytes)), a[0]);
        if (!src) return 0;
        bytes_like(src, &data, &size);
    }
    Value v = int_from_bytes((const unsigned char *)data, (size_t)size, little, sgn);
    if (cls != OBJ_VAL(T(int))) return obj_call1(cls, v);
    return v;
}

static Value m_as_integer_ratio(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("as_integer_ratio", nargs, 0, 0) < 0) return 0;
    return tuple_pack(2, int_value_of(self), MKSMALL(1));
}

static Value m_self_int(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__trunc__", nargs, 0, 0) < 0) return 0;
    return int_value_of(self);
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kw)
{
    return tuple_pack(1, int_value_of(self));
}

static Value m_round(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__round__", nargs, 0, 1) < 0) return 0;
    Value v = int_value_of(self);
    if (nargs == 0) return v;
    Value nd = obj_index(args[0]);   /* int.__round__(None) is a TypeError, as in CPython */
    if (!nd) return 0;
    if (int_sign(nd) >= 0) return v;
    /* round to 10**-nd with ties to even */
    Value p = int_pow(MKSMALL(10), int_neg(int_value_of(nd)), NONE);
    if (!p) return 0;
    Value q, r;
    int_divmod_floor(v, p, &q, &r);
    int c = int_compare(int_lshift(r, 1), p);
    if (c > 0 || (c == 0 && (int_bitop(q, MKSMALL(1), '&') != MKSMALL(0)))) q = int_add(q, MKSMALL(1));
    return int_mul(q, p);
}

static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kw)
{
    Value v = int_value_of(self);
    int64_t bits = int_bit_length(v);
    return MKSMALL(24 + 4 * (bits ? (bits + 29) / 30 : 0));
}

/* format(int, spec) */
static Value int_format_spec(Value self, Value spec)
{
    if (STR_NBYTES(spec) == 0) return obj_str(self);
    Value v = int_value_of(self);
    FmtSpec f;
    if (fmt_parse(spec, &f, TYPE_NAME(self)) < 0) return 0;
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        int ovf;
        double d = int_as_double(v, &ovf);
        if (ovf) return raise_OverflowError("int too large to convert to float");
        return fmt_float(d, &f);
    }
    case 0: case 'd': case 'n': case 'x': case 'X': case 'o': case 'b': case 'c': break;
    default: fmt_unknown(f.type, TYPE_NAME(self)); return 0;
    }
    if (f.prec >= 0) return raise_ValueError("Precision not allowed in integer format specifier");
    if (f.z) return raise_ValueError("Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign) return raise_ValueError("Sign not allowed with integer format specifier 'c'");
        if (f.alt) return raise_ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (int_as_i64(v, &cp) < 0) return 0;
        if (cp < 0 || cp > 0x10ffff)
            return raise_OverflowError("%%c arg not in range(0x110000)");
        StrBuf b;
        sb_init(&b);
        sb_add_cp(&b, (uint32_t)cp);
        Value r = fmt_pad_str(&f, b.data, b.len, 1, f.align == '<' ? '<' : '>');
        sb_free(&b);
        return r;
    }
    int base = 10;
    const char *prefix = "";
    switch (f.type) {
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'b': base = 2; prefix = "0b"; break;
    default: break;
    }
    if (!f.alt || base == 10) prefix = "";
    int64_t len;
    char *d;
    if (base == 10) {
        int64_t lim = IS_SMALL(v) ? 0 : MAX_STR_DIGITS;
        if (lim && int_bit_length(v) > lim * 3.33 + 32) return limit_error_out();
        d = dec_digits(v, &len);
        if (lim && len > lim) { free(d); return limit_error_out(); }
    } else d = pow2_digits(v, base, &len);
    if (f.type == 'X') for (int64_t i = 0; i < len; i++) if (d[i] >= 'a') d[i] -= 32;
    Value r = fmt_number(&f, int_sign(v) < 0, prefix, d, len, "", base == 10 ? 3 : 4);
    free(d);
    return r;
}

static Value m_format(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__format__", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("__format__() argument must be str, not %A", args[0]);
    return int_format_spec(self, args[0]);
}

static Value g_self(Value self) { return int_value_of(self); }
static Value g_zero(Value self) { return MKSMALL(0); }
static Value g_one(Value self) { return MKSMALL(1); }

static Value m_conjugate(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("conjugate", nargs, 0, 0) < 0) return 0;
    return int_value_of(self);
}

static const MethodDef int_methods[] = {
    {"conjugate", m_conjugate, METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"bit_length", m_bit_length, METH_NOARGS, "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, METH_NOARGS, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", m_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", m_from_bytes, METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", m_as_integer_ratio, METH_NOARGS, "Return integer ratio."},
    {"__trunc__", m_self_int, METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", m_self_int, METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", m_self_int, METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", m_round, METH_NOKW, "Rounding an Integral returns itself.\nRounding with an ndigits argument also returns an integer."},
    {"__getnewargs__", m_getnewargs, METH_NOARGS, NULL},
    {"__format__", m_format, METH_O, "Convert to a string according to format_spec."},
    {"__sizeof__", m_sizeof, METH_NOARGS, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef int_getsets[] = {
    {"real", g_self, NULL, "the real part of a complex number"},
    {"imag", g_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", g_self, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", g_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec int_spec = {
    .name = "int",
    .base = -1,
    .basicsize = sizeof(IntSub),
    .flags = TF_BASETYPE | TF_INT_SUB | TF_IMMUTABLE,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.  If x is a number, return x.__int__().  For floating point\n"
           "numbers, this truncates towards zero.",
    .trace = NULL,   /* BigInts are noscan cells; IntSub + InstanceTail scanned conservatively */
    .repr = int_repr_slot,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .new_ = int_new,
    .nb_add = nb_add, .nb_sub = nb_sub, .nb_mul = nb_mul, .nb_truediv = nb_truediv,
    .nb_floordiv = nb_floordiv, .nb_mod = nb_mod, .nb_divmod = nb_divmod,
    .nb_lshift = nb_lshift, .nb_rshift = nb_rshift, .nb_and = nb_and, .nb_or = nb_or,
    .nb_xor = nb_xor, .nb_pow = nb_pow,
    .nb_neg = nb_neg, .nb_pos = nb_pos, .nb_abs = nb_abs, .nb_invert = nb_invert,
    .nb_int = nb_int, .nb_float = nb_float, .nb_index = nb_int, .nb_bool = nb_bool,
    .methods = int_methods,
    .getsets = int_getsets,
};

/* -- bool ---------------------------------------------------------------------------------- */

static Value bool_repr(Value a) { return str_from_cstr(a == TRUE_V ? "True" : "False"); }

static Value bool_new(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("bool", kwnames) < 0) return 0;
    if (nargs > 1) return raise_TypeError("bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return FALSE_V;
    int r = obj_truthy(args[0]);
    if (r < 0) return 0;
    return BOOL_V(r);
}

static Value bool_and(Value a, Value b)
{
    if (IS_BOOL(a) && IS_BOOL(b)) return BOOL_V(a == TRUE_V && b == TRUE_V);
    return nb_and(a, b);
}

static Value bool_or(Value a, Value b)
{
    if (IS_BOOL(a) && IS_BOOL(b)) return BOOL_V(a == TRUE_V || b == TRUE_V);
    return nb_or(a, b);
}

static Value bool_xor(Value a, Value b)
{
    if (IS_BOOL(a) && IS_BOOL(b)) return BOOL_V(a != b);
    return nb_xor(a, b);
}

const TypeSpec bool_spec = {
    .name = "bool",
    .base = TYPE_ID_int,
    .basicsize = sizeof(BoolObj),
    .flags = TF_INT_SUB | TF_IMMUTABLE,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
    .trace = trace_leaf,
    .repr = bool_repr,
    .new_ = bool_new,
    .nb_and = bool_and, .nb_or = bool_or, .nb_xor = bool_xor,
};
