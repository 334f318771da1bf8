/* kiln numbers: helpers shared by int.c, float.c and complex.c.
 * Shortest float repr (CPython's 'r' mode), Python float-literal syntax checks
 * before glibc's correctly rounded strtod, Unicode digit/space folding for
 * int()/float()/complex() of str, and the format mini-language (spec parsing,
 * digit grouping, padding) as CPython's Python/formatter_unicode.c does it. */
#include "core.h"
#include <math.h>
#include <float.h>
#include <stdlib.h>
#include <string.h>

/* -- Unicode folding ---------------------------------------------------------- */

/* Code points of every Unicode Nd digit zero (Unicode 14, as CPython 3.11). */
static const uint32_t nd_zero[] = {
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6,
    0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0,
    0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0,
    0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136,
    0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

static bool nd_space(uint32_t c)
{
    return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

static int nd_digit(uint32_t c)
{
    for (size_t i = 0; i < ARRAY_LEN(nd_zero); i++)
        if (c >= nd_zero[i] && c < nd_zero[i] + 10) return (int)(c - nd_zero[i]);
    return -1;
}

char *num_fold_ascii(const char *s, size_t n, size_t *outlen)
{
    char *o = malloc(n + 1);
    size_t j = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { o[j++] = (char)c; i++; continue; }
        uint32_t cp; int k;
        if (c >= 0xf0) { cp = c & 7; k = 3; }
        else if (c >= 0xe0) { cp = c & 15; k = 2; }
        else { cp = c & 31; k = 1; }
        i++;
        while (k-- > 0 && i < n) cp = (cp << 6) | ((unsigned char)s[i++] & 63);
        int d = nd_digit(cp);
        if (d >= 0) o[j++] = (char)('0' + d);
        else if (nd_space(cp)) o[j++] = ' ';
        else o[j++] = '?';
    }
    o[j] = 0;
    *outlen = j;
    return o;
}

bool num_isspace(char c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f); }

/* -- Float parsing --------------------------------------------------------------- */

static bool ieq(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (n != k) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c != w[i]) return false;
    }
    return true;
}

/* Copy a run of digits with single underscores between digits into o. */
static bool digits_us(const char **pp, const char *e, char **oo, bool *any)
{
    const char *p = *pp; char *o = *oo;
    bool prev_digit = false;
    *any = false;
    while (p < e) {
        if (*p >= '0' && *p <= '9') { *o++ = *p++; prev_digit = true; *any = true; }
        else if (*p == '_' && prev_digit && p + 1 < e && p[1] >= '0' && p[1] <= '9') { p++; prev_digit = false; }
        else break;
    }
    *pp = p; *oo = o;
    return true;
}

/* Parse an ASCII float literal (no surrounding space) with Python's syntax. */
int num_parse_float(const char *s, size_t n, double *out)
{
    const char *p = s, *e = s + n;
    double sign = 1.0;
    if (p < e && (*p == '+' || *p == '-')) { if (*p == '-') sign = -1.0; p++; }
    size_t rest = (size_t)(e - p);
    if (ieq(p, rest, "inf") || ieq(p, rest, "infinity")) { *out = sign * INFINITY; return 0; }
    if (ieq(p, rest, "nan")) { *out = copysign(NAN, sign); return 0; }
    char *buf = malloc(n + 2), *o = buf;
    if (sign < 0) *o++ = '-';
    bool a1, a2 = false;
    digits_us(&p, e, &o, &a1);
    if (p < e && *p == '.') {
        *o++ = *p++;
        if (p < e && *p == '_') { free(buf); return -1; }
        digits_us(&p, e, &o, &a2);
    }
    if (!a1 && !a2) { free(buf); return -1; }
    if (p < e && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < e && (*p == '+' || *p == '-')) *o++ = *p++;
        bool a3;
        digits_us(&p, e, &o, &a3);
        if (!a3) { free(buf); return -1; }
    }
    if (p != e) { free(buf); return -1; }
    *o = 0;
    *out = strtod(buf, NULL);
    free(buf);
    return 0;
}

/* -- Grisu3 (Loitsch 2010, as in double-conversion) ----------------------------- */

/* Shortest digits for most doubles with 64-bit integer arithmetic; it reports
 * failure (~0.5% of inputs) when it cannot prove the result shortest and
 * closest, and the caller then falls back to the printf search below. */

typedef struct { uint64_t f; int e; } DiyFp;

/* 10^k as a normalised 64-bit significand and binary exponent, k = -348 + 8i
 * (generated with exact rational arithmetic). */
static const struct { uint64_t f; int16_t e, k; } cached_pow10[] = {
    {0xfa8fd5a0081c0288ULL, -1220, -348}, {0xbaaee17fa23ebf76ULL, -1193, -340},
    {0x8b16fb203055ac76ULL, -1166, -332}, {0xcf42894a5dce35eaULL, -1140, -324},
    {0x9a6bb0aa55653b2dULL, -1113, -316}, {0xe61acf033d1a45dfULL, -1087, -308},
    {0xab70fe17c79ac6caULL, -1060, -300}, {0xff77b1fcbebcdc4fULL, -1034, -292},
    {0xbe5691ef416bd60cULL, -1007, -284}, {0x8dd01fad907ffc3cULL, -980, -276},
    {0xd3515c2831559a83ULL, -954, -268}, {0x9d71ac8fada6c9b5ULL, -927, -260},
    {0xea9c227723ee8bcbULL, -901, -252}, {0xaecc49914078536dULL, -874, -244},
    {0x823c12795db6ce57ULL, -847, -236}, {0xc21094364dfb5637ULL, -821, -228},
    {0x9096ea6f3848984fULL, -794, -220}, {0xd77485cb25823ac7ULL, -768, -212},
    {0xa086cfcd97bf97f4ULL, -741, -204}, {0xef340a98172aace5ULL, -715, -196},
    {0xb23867fb2a35b28eULL, -688, -188}, {0x84c8d4dfd2c63f3bULL, -661, -180},
    {0xc5dd44271ad3cdbaULL, -635, -172}, {0x936b9fcebb25c996ULL, -608, -164},
    {0xdbac6c247d62a584ULL, -582, -156}, {0xa3ab66580d5fdaf6ULL, -555, -148},
    {0xf3e2f893dec3f126ULL, -529, -140}, {0xb5b5ada8aaff80b8ULL, -502, -132},
    {0x87625f056c7c4a8bULL, -475, -124}, {0xc9bcff6034c13053ULL, -449, -116},
    {0x964e858c91ba2655ULL, -422, -108}, {0xdff9772470297ebdULL, -396, -100},
    {0xa6dfbd9fb8e5b88fULL, -369, -92}, {0xf8a95fcf88747d94ULL, -343, -84},
    {0xb94470938fa89bcfULL, -316, -76}, {0x8a08f0f8bf0f156bULL, -289, -68},
    {0xcdb02555653131b6ULL, -263, -60}, {0x993fe2c6d07b7facULL, -236, -52},
    {0xe45c10c42a2b3b06ULL, -210, -44}, {0xaa242499697392d3ULL, -183, -36},
    {0xfd87b5f28300ca0eULL, -157, -28}, {0xbce5086492111aebULL, -130, -20},
    {0x8cbccc096f5088ccULL, -103, -12}, {0xd1b71758e219652cULL, -77, -4},
    {0x9c40000000000000ULL, -50, 4}, {0xe8d4a51000000000ULL, -24, 12},
    {0xad78ebc5ac620000ULL, 3, 20}, {0x813f3978f8940984ULL, 30, 28},
    {0xc097ce7bc90715b3ULL, 56, 36}, {0x8f7e32ce7bea5c70ULL, 83, 44},
    {0xd5d238a4abe98068ULL, 109, 52}, {0x9f4f2726179a2245ULL, 136, 60},
    {0xed63a231d4c4fb27ULL, 162, 68}, {0xb0de65388cc8ada8ULL, 189, 76},
    {0x83c7088e1aab65dbULL, 216, 84}, {0xc45d1df942711d9aULL, 242, 92},
    {0x924d692ca61be758ULL, 269, 100}, {0xda01ee641a708deaULL, 295, 108},
    {0xa26da3999aef774aULL, 322, 116}, {0xf209787bb47d6b85ULL, 348, 124},
    {0xb454e4a179dd1877ULL, 375, 132}, {0x865b86925b9bc5c2ULL, 402, 140},
    {0xc83553c5c8965d3dULL, 428, 148}, {0x952ab45cfa97a0b3ULL, 455, 156},
    {0xde469fbd99a05fe3ULL, 481, 164}, {0xa59bc234db398c25ULL, 508, 172},
    {0xf6c69a72a3989f5cULL, 534, 180}, {0xb7dcbf5354e9beceULL, 561, 188},
    {0x88fcf317f22241e2ULL, 588, 196}, {0xcc20ce9bd35c78a5ULL, 614, 204},
    {0x98165af37b2153dfULL, 641, 212}, {0xe2a0b5dc971f303aULL, 667, 220},
    {0xa8d9d1535ce3b396ULL, 694, 228}, {0xfb9b7cd9a4a7443cULL, 720, 236},
    {0xbb764c4ca7a44410ULL, 747, 244}, {0x8bab8eefb6409c1aULL, 774, 252},
    {0xd01fef10a657842cULL, 800, 260}, {0x9b10a4e5e9913129ULL, 827, 268},
    {0xe7109bfba19c0c9dULL, 853, 276}, {0xac2820d9623bf429ULL, 880, 284},
    {0x80444b5e7aa7cf85ULL, 907, 292}, {0xbf21e44003acdd2dULL, 933, 300},
    {0x8e679c2f5e44ff8fULL, 960, 308}, {0xd433179d9c8cb841ULL, 986, 316},
    {0x9e19db92b4e31ba9ULL, 1013, 324}, {0xeb96bf6ebadf77d9ULL, 1039, 332},
    {0xaf87023b9bf0ee6bULL, 1066, 340},
};

static DiyFp diy_mul(DiyFp x, DiyFp y)
{
    const uint64_t M32 = 0xffffffffu;
    uint64_t a = x.f >> 32, b = x.f & M32, c = y.f >> 32, d = y.f & M32;
    uint64_t ac = a * c, bc = b * c, ad = a * d, bd = b * d;
    uint64_t tmp = (bd >> 32) + (ad & M32) + (bc & M32) + (1u << 31);
    return (DiyFp){ac + (ad >> 32) + (bc >> 32) + (tmp >> 32), x.e + y.e + 64};
}

static DiyFp diy_norm(DiyFp x)
{
    int s = __builtin_clzll(x.f);
    return (DiyFp){x.f << s, x.e - s};
}

static bool round_weed(char *buf, int len, uint64_t dist_high_w, uint64_t unsafe, uint64_t rest,
                       uint64_t ten_kappa, uint64_t unit)
{
    uint64_t small = dist_high_w - unit, big = dist_high_w + unit;
    while (rest < small && unsafe - rest >= ten_kappa &&
           (rest + ten_kappa < small || small - rest >= rest + ten_kappa - small)) {
        buf[len - 1]--;
        rest += ten_kappa;
    }
    if (rest < big && unsafe - rest >= ten_kappa &&
        (rest + ten_kappa < big || big - rest > rest + ten_kappa - big))
        return false;
    return 2 * unit <= rest && rest <= unsafe - 4 * unit;
}

/* d > 0, finite.  Digits into buf, returns their count (0 on failure);
 * *dexp is the decimal exponent of the last digit. */
static int grisu3(double d, char *buf, int *dexp)
{
    uint64_t bits;
    memcpy(&bits, &d, 8);
    int be = (int)((bits >> 52) & 0x7ff);
    uint64_t f = bits & (((uint64_t)1 << 52) - 1);
    int e;
    if (be) { f |= (uint64_t)1 << 52; e = be - 1075; } else e = -1074;
    DiyFp w = diy_norm((DiyFp){f, e});
    DiyFp mp = diy_norm((DiyFp){(f << 1) + 1, e - 1});
    DiyFp mm;
    if (f == ((uint64_t)1 << 52) && be > 1) mm = (DiyFp){(f << 2) - 1, e - 2};
    else mm = (DiyFp){(f << 1) - 1, e - 1};
    mm.f <<= mm.e - mp.e;
    mm.e = mp.e;
    /* a cached power bringing the exponent into [-60, -32] */
    int min_e = -60 - (w.e + 64);
    int k = (int)ceil((min_e + 63) * 0.30102999566398114);
    int idx = (348 + k - 1) / 8 + 1;
    DiyFp c = {cached_pow10[idx].f, cached_pow10[idx].e};
    int mk = cached_pow10[idx].k;
    DiyFp sw = diy_mul(w, c), lo = diy_mul(mm, c), hi = diy_mul(mp, c);
    /* digit generation */
    uint64_t unit = 1;
    DiyFp too_low = {lo.f - unit, lo.e}, too_high = {hi.f + unit, hi.e};
    uint64_t unsafe = too_high.f - too_low.f;
    int sh = -sw.e;
    uint64_t one = (uint64_t)1 << sh;
    uint32_t integrals = (uint32_t)(too_high.f >> sh);
    uint64_t fractionals = too_high.f & (one - 1);
    uint32_t divisor = 1;
    int kappa = 0;
    while (kappa < 10 && (uint64_t)divisor * 10 <= integrals) { divisor *= 10; kappa++; }
    if (integrals) kappa++;
    else divisor = 0;
    int len = 0;
    while (kappa > 0) {
        buf[len++] = (char)('0' + integrals / divisor);
        integrals %= divisor;
        kappa--;
        uint64_t rest = ((uint64_t)integrals << sh) + fractionals;
        if (rest < unsafe) {
            *dexp = -mk + kappa;
            return round_weed(buf, len, too_high.f - sw.f, unsafe, rest, (uint64_t)divisor << sh, unit) ? len : 0;
        }
        divisor /= 10;
    }
    for (;;) {
        fractionals *= 10; unit *= 10; unsafe *= 10;
        buf[len++] = (char)('0' + (fractionals >> sh));
        fractionals &= one - 1;
        kappa--;
        if (fractionals < unsafe) {
            *dexp = -mk + kappa;
            return round_weed(buf, len, (too_high.f - sw.f) * unit, unsafe, fractionals, one, unit) ? len : 0;
        }
        if (len > 18) return 0;
    }
}

/* -- Shortest repr ---------------------------------------------------------------- */

/* Shortest digits that round-trip: digits (no point) into dig, returns count,
 * *dexp = decimal exponent of the first digit (d = 0.DIGITS * 10^(dexp)). */
static bool round_trips(double d, int p, char *buf)
{
    snprintf(buf, 64, "%.*e", p - 1, d);
    return strtod(buf, NULL) == d;
}

/* The correctly rounded p-digit form of d (p < 17) derived from its 17-digit
 * form b17 (one printf instead of three); when the dropped digits are exactly
 * a half, b17 was itself rounded, so ask printf.  Returns whether it
 * round-trips, leaving it in buf. */
static bool round_from17(double d, const char *b17, int p, char *buf)
{
    char dig[20];
    int k = 0;
    const char *ep = strchr(b17, 'e');
    for (const char *q = b17; q < ep; q++) if (*q != '.') dig[k++] = *q;
    int ex = atoi(ep + 1);
    bool half = dig[p] == '5';
    for (int i = p + 1; i < k && half; i++) if (dig[i] != '0') half = false;
    if (half) return round_trips(d, p, buf);
    if (dig[p] >= '5') {
        int i = p - 1;
        while (i >= 0 && dig[i] == '9') dig[i--] = '0';
        if (i < 0) { dig[0] = '1'; ex++; }
        else dig[i]++;
    }
    snprintf(buf, 64, "%c.%.*se%+03d", dig[0], p - 1, dig + 1, ex);
    return strtod(buf, NULL) == d;
}

int num_shortest_digits(double d, char *dig, int *dexp)
{
    char buf[64];
    d = fabs(d);
    if (d == 0) { dig[0] = '0'; *dexp = 1; return 1; }
    {
        int last;
        int k = grisu3(d, dig, &last);
        if (k > 0) {
            while (k > 1 && dig[k - 1] == '0') { k--; last++; }
            dig[k] = 0;
            *dexp = k + last;
            return k;
        }
    }
    int e2;
    if (d >= DBL_MIN && frexp(d, &e2) != 0.5) {
        /* Normal, not a power of two: any q <= 15 digit string that round-trips
           lies within half an ulp (< half a 15-digit step) of d, so it is the
           15-digit rounding with its trailing zeros stripped. */
        char b17[64];
        snprintf(b17, sizeof b17, "%.16e", d);
        for (int p = 15; p <= 16; p++)
            if (round_from17(d, b17, p, buf)) goto digits;
        memcpy(buf, b17, sizeof b17);
        goto digits;
    }
    /* A correctly rounded p-digit string that round-trips stays one for
       every larger p, so binary-search the shortest. */
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (round_trips(d, mid, buf)) hi = mid;
        else lo = mid + 1;
    }
    round_trips(d, lo, buf);
    /* At a power of two the rounding interval is lopsided: the nearest
       (p-1)-digit value may miss while the next one up still round-trips. */
    if (lo > 1 && frexp(d, &e2) == 0.5) {
        char b1[64];
        round_trips(d, lo - 1, b1);
        char *ep = strchr(b1, 'e');
        char mant[40]; int k = 0;
        for (char *q = b1; q < ep; q++) if (*q != '.') mant[k++] = *q;
        int i = k - 1;
        while (i >= 0 && mant[i] == '9') mant[i--] = '0';
        if (i >= 0) {
            mant[i]++;
            char b2[64];
            snprintf(b2, sizeof b2, "%c.%.*se%d", mant[0], k - 1, mant + 1, atoi(ep + 1));
            if (strtod(b2, NULL) == d) memcpy(buf, b2, sizeof b2);
        }
    }
digits:;
    char *ep = strchr(buf, 'e');
    int k = 0;
    for (char *q = buf; q < ep; q++) if (*q != '.') dig[k++] = *q;
    while (k > 1 && dig[k - 1] == '0') k--;
    dig[k] = 0;
    *dexp = atoi(ep + 1) + 1;
    return k;
}

/* Decimal text of v into buf (>= 21 bytes, not terminated); returns the length. */
int num_i64_text(int64_t v, char *buf)
{
    char tmp[24];
    int k = sizeof tmp;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do { tmp[--k] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) tmp[--k] = '-';
    memcpy(buf, tmp + k, sizeof tmp - (size_t)k);
    return (int)sizeof tmp - k;
}

/* printf's "%.*f" of a finite a >= 0 with prec digits after the point, exact
 * (half-even on the binary value, as glibc and CPython's dtoa round) but
 * without printf's multi-precision path: a = m * 2^-s with m < 2^53, and
 * m * 10^prec fits 128 bits.  buf needs 40 bytes (not terminated); returns
 * the length, or -1 when a >= 2^53 or prec > 17 (use printf). */
int num_fixed_text(double a, int prec, char *buf)
{
    static const uint64_t p10[18] = {
        1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
        100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
        10000000000000ULL, 100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
        100000000000000000ULL,
    };
    if (!(a >= 0 && a < 9007199254740992.0) || prec < 0 || prec > 17) return -1;
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    unsigned ex = (unsigned)(bits >> 52) & 0x7ff;
    uint64_t m = bits & ((1ULL << 52) - 1);
    int s;
    if (ex == 0) s = 1074;
    else { m |= 1ULL << 52; s = 1075 - (int)ex; }         /* a < 2^53: s >= 0 */
    unsigned __int128 n = (unsigned __int128)m * p10[prec], q;  /* < 2^110 */
    if (s == 0) q = n;
    else if (s > 110) q = 0;                                /* n / 2^s < 1/2 */
    else {
        q = n >> s;
        unsigned __int128 r = n - (q << s), half = (unsigned __int128)1 << (s - 1);
        if (r > half || (r == half && (q & 1))) q++;
    }
    char tmp[48];
    int k = sizeof tmp;
    uint64_t lo = (uint64_t)q, hi = 0;
    if (q > UINT64_MAX) {
        lo = (uint64_t)(q % 10000000000000000000ULL);
        hi = (uint64_t)(q / 10000000000000000000ULL);
        for (int i = 0; i < 19; i++) { tmp[--k] = (char)('0' + lo % 10); lo /= 10; }
        lo = hi;
    }
    do { tmp[--k] = (char)('0' + lo % 10); lo /= 10; } while (lo);
    while ((int)sizeof tmp - k < prec + 1) tmp[--k] = '0';
    int nd = (int)sizeof tmp - k, ip = nd - prec;
    memcpy(buf, tmp + k, (size_t)ip);
    if (prec == 0) return ip;
    buf[ip] = '.';
    memcpy(buf + ip + 1, tmp + k + ip, (size_t)prec);
    return nd + 1;
}

/* CPython's repr of a float into buf: 'r' mode, exponent when the decimal
 * exponent is < -4 or >= 16; add_dot0 appends ".0" to integral fixed forms. */
void num_repr_buf(double d, char *buf, bool add_dot0)
{
    if (isnan(d)) { strcpy(buf, "nan"); return; }
    if (isinf(d)) { strcpy(buf, d < 0 ? "-inf" : "inf"); return; }
    char dig[32];
    int dexp;
    int k = num_shortest_digits(d, dig, &dexp);
    char *o = buf;
    if (signbit(d)) *o++ = '-';
    int x = dexp - 1;   /* scientific exponent */
    if (x < -4 || x >= 16) {
        *o++ = dig[0];
        if (k > 1) { *o++ = '.'; memcpy(o, dig + 1, (size_t)k - 1); o += k - 1; }
        o += sprintf(o, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    } else if (dexp <= 0) {
        *o++ = '0'; *o++ = '.';
        for (int i = 0; i < -dexp; i++) *o++ = '0';
        memcpy(o, dig, (size_t)k); o += k;
    } else if (k <= dexp) {
        memcpy(o, dig, (size_t)k); o += k;
        for (int i = k; i < dexp; i++) *o++ = '0';
        if (add_dot0) { *o++ = '.'; *o++ = '0'; }
    } else {
        memcpy(o, dig, (size_t)dexp); o += dexp;
        *o++ = '.';
        memcpy(o, dig + dexp, (size_t)(k - dexp)); o += k - dexp;
    }
    *o = 0;
}

/* -- Format mini-language ------------------------------------------------------- */

static int fmt_error_type(char type, const char *tname)
{
    if (type > 32 && type < 127)
        raise_ValueError("Unknown format code '%c' for object of type '%s'", type, tname);
    else
        raise_ValueError("Unknown format code '\\x%x' for object of type '%s'", (unsigned)(unsigned char)type, tname);
    return -1;
}

int fmt_unknown(char type, const char *tname) { return fmt_error_type(type, tname); }

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

int fmt_parse(Value spec, FmtSpec *f, const char *tname)
{
    const char *s = STR_DATA(spec), *e = s + STR_NBYTES(spec), *p = s;
    memset(f, 0, sizeof *f);
    f->fill[0] = ' '; f->fill_len = 1;
    f->width = -1; f->prec = -1;
    /* fill: one code point, any UTF-8 length */
    int cl = 1;
    if (p < e) {
        unsigned char c = (unsigned char)*p;
        cl = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    }
    if (p + cl < e && is_align(p[cl])) {
        memcpy(f->fill, p, (size_t)cl); f->fill_len = cl; f->fill_given = true;
        f->align = p[cl]; p += cl + 1;
    } else if (p < e && is_align(*p)) {
        f->align = *p++;
    }
    if (p < e && (*p == '+' || *p == '-' || *p == ' ')) f->sign = *p++;
    if (p < e && *p == 'z') { f->z = true; p++; }
    if (p < e && *p == '#') { f->alt = true; p++; }
    if (p < e && *p == '0') {
        f->zero = true;
        if (!f->fill_given) { f->fill[0] = '0'; f->fill_len = 1; }
        if (!f->align) f->align = '=';
        p++;
    }
    const char *q = p;
    int64_t w = 0;
    while (p < e && *p >= '0' && *p <= '9') {
        if (w > (INT64_MAX - 9) / 10 / 1000000) { raise_ValueError("Too many decimal digits in format string"); return -1; }
        w = w * 10 + (*p++ - '0');
    }
    if (p > q) f->width = w;
    if (p < e && *p == ',') { f->grouping = ','; p++; }
    if (p < e && *p == '_') {
        if (f->grouping) { raise_ValueError("Cannot specify both ',' and '_'."); return -1; }
        f->grouping = '_'; p++;
    }
    if (p < e && *p == ',') {
        if (f->grouping == '_') raise_ValueError("Cannot specify both ',' and '_'.");
        else raise_ValueError("Cannot specify ',' with ','.");
        return -1;
    }
    if (p < e && *p == '.') {
        p++;
        q = p; w = 0;
        while (p < e && *p >= '0' && *p <= '9') {
            if (w > (INT64_MAX - 9) / 10 / 1000000) { raise_ValueError("Too many decimal digits in format string"); return -1; }
            w = w * 10 + (*p++ - '0');
        }
        if (p == q) { raise_ValueError("Format specifier missing precision"); return -1; }
        f->prec = w;
    }
    if (e - p > 1) {
        raise_ValueError("Invalid format specifier '%s' for object of type '%s'", s, tname);
        return -1;
    }
    if (p < e) f->type = *p;
    if (f->grouping) {
        switch (f->type) {
        case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') break;
            /* fall through */
        default:
            if (f->type > 32 && f->type < 127)
                raise_ValueError("Cannot specify '%c' with '%c'.", f->grouping, f->type);
            else
                raise_ValueError("Cannot specify '%c' with '\\x%x'.", f->grouping, (unsigned)(unsigned char)f->type);
            return -1;
        }
    }
    return 0;
}

/* Group digits from the right (CPython's InsertThousandsGrouping with a
 * minimum width: pads with zeros, inserting separators, until min_width). */
static void group_digits(StrBuf *out, const char *d, int64_t nd, int g, char sep, int64_t min_width)
{
    /* Build right-to-left into a temporary buffer. */
    size_t cap = (size_t)(nd + (min_width > 0 ? min_width : 0)) * 2 + 8;
    char *tmp = malloc(cap);
    size_t pos = cap;
    int64_t remaining = nd;
    bool use_sep = false;
    for (;;) {
        int64_t mx = remaining > min_width ? remaining : min_width;
        if (mx < 1) mx = 1;
        int64_t l = g < mx ? g : mx;
        int64_t nz = l - remaining > 0 ? l - remaining : 0;
        int64_t nc = remaining < l ? remaining : l;
        if (nc < 0) nc = 0;
        if (use_sep) tmp[--pos] = sep;
        for (int64_t i = 0; i < nc; i++) tmp[--pos] = d[remaining - 1 - i];
        for (int64_t i = 0; i < nz; i++) tmp[--pos] = '0';
        use_sep = true;
        remaining -= nc;
        min_width -= g;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;
    }
    sb_add(out, tmp + pos, cap - pos);
    free(tmp);
}

Value fmt_number(const FmtSpec *f, bool neg, const char *prefix, const char *digits,
                 int64_t nd, const char *rest, int g)
{
    char signc = 0;
    if (neg) signc = '-';
    else if (f->sign == '+') signc = '+';
    else if (f->sign == ' ') signc = ' ';
    int64_t npre = (int64_t)strlen(prefix), nrest = (int64_t)strlen(rest);
    char align = f->align ? f->align : '>';
    int64_t width = f->width < 0 ? 0 : f->width;
    StrBuf num;
    sb_init(&num);
    int64_t fixed = (signc ? 1 : 0) + npre + nrest;
    bool zero_group = align == '=' && f->fill_len == 1 && f->fill[0] == '0';
    if (f->grouping)
        group_digits(&num, digits, nd, g, f->grouping, zero_group ? width - fixed : 0);
    else if (zero_group && width - fixed > nd) {
        for (int64_t i = 0; i < width - fixed - nd; i++) sb_addc(&num, '0');
        sb_add(&num, digits, (size_t)nd);
    } else sb_add(&num, digits, (size_t)nd);
    int64_t total = fixed + (int64_t)num.len;
    int64_t pad = width > total ? width - total : 0;
    int64_t left = 0, right = 0, mid = 0;
    if (align == '<') right = pad;
    else if (align == '>') left = pad;
    else if (align == '^') { left = pad / 2; right = pad - left; }
    else mid = pad;
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < left; i++) sb_add(&b, f->fill, (size_t)f->fill_len);
    if (signc) sb_addc(&b, signc);
    sb_adds(&b, prefix);
    for (int64_t i = 0; i < mid; i++) sb_add(&b, f->fill, (size_t)f->fill_len);
    sb_add(&b, num.data ? num.data : "", num.len);
    sb_adds(&b, rest);
    for (int64_t i = 0; i < right; i++) sb_add(&b, f->fill, (size_t)f->fill_len);
    sb_free(&num);
    return sb_finish(&b);
}

Value fmt_pad_str(const FmtSpec *f, const char *s, size_t n, int64_t nchars, char default_align)
{
    char align = f->align ? f->align : default_align;
    int64_t width = f->width < 0 ? 0 : f->width;
    int64_t pad = width > nchars ? width - nchars : 0;
    int64_t left = 0, right = 0;
    if (align == '<') right = pad;
    else if (align == '^') { left = pad / 2; right = pad - left; }
    else left = pad;
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < left; i++) sb_add(&b, f->fill, (size_t)f->fill_len);
    sb_add(&b, s, n);
    for (int64_t i = 0; i < right; i++) sb_add(&b, f->fill, (size_t)f->fill_len);
    return sb_finish(&b);
}

/* Format a double per spec into body parts: the unsigned text in buf (digits,
 * point, exponent, '%'), *neg set.  type is the effective type ('r' for repr
 * mode).  Returns -1 with an exception on a bad type. */
int fmt_float_text(double d, const FmtSpec *f, char *buf, size_t cap, bool *neg, bool complex_part)
{
    char type = f->type;
    int64_t prec = f->prec;
    bool add_dot0 = false;
    if (type == 0) {
        if (prec < 0) { type = 'r'; add_dot0 = !complex_part; }
        else { type = 'g'; add_dot0 = !complex_part; }
    } else if (type == 'n') type = 'g';
    if (prec < 0) prec = 6;
    *neg = signbit(d) != 0;
    double a = fabs(d);
    if (type == '%') a *= 100;
    if (type == 'r') {
        num_repr_buf(a, buf, add_dot0);
        if (f->alt && isfinite(a) && !strchr(buf, '.')) {
            char *ep = strchr(buf, 'e');
            size_t at = ep ? (size_t)(ep - buf) : strlen(buf);
            memmove(buf + at + 1, buf + at, strlen(buf + at) + 1);
            buf[at] = '.';
        }
    } else {
        int n = -1;
        if ((type == 'f' || type == 'F' || type == '%') && isfinite(a) && prec <= 17)
            n = num_fixed_text(a, (int)prec, buf);
        if (n >= 0) {
            if (f->alt && prec == 0) buf[n++] = '.';
            buf[n] = 0;
        } else {
            char fm[16];
            snprintf(fm, sizeof fm, "%%%s.*%c", f->alt ? "#" : "", type == '%' ? 'f' : type);
            if (prec > 1000000) prec = 1000000;
            snprintf(buf, cap, fm, (int)prec, a);
        }
        if (type == 'g' && add_dot0 && isfinite(a)) {
            /* CPython switches to exponent form one digit earlier when it
               will append ".0" (format_float_short's precision - 1) */
            int p = prec == 0 ? 1 : (int)prec;
            char eb[64];
            snprintf(eb, sizeof eb, f->alt ? "%#.*e" : "%.*e", p - 1, a);
            int x = atoi(strchr(eb, 'e') + 1);
            if (x == p - 1 && x >= -4) {
                char *ep = strchr(eb, 'e'), *m = ep;
                if (!f->alt && strchr(eb, '.')) {
                    while (m[-1] == '0') m--;
                    if (m[-1] == '.') m--;
                }
                snprintf(buf, cap, "%.*s%s", (int)(m - eb), eb, ep);
            }
        }
        if (type == '%') strcat(buf, "%");
        if (add_dot0 && isfinite(a) && !strchr(buf, '.') && !strchr(buf, 'e')) strcat(buf, ".0");
    }
    if (f->z && *neg) {
        /* negative zero coercion: drop the sign if the text is all zeros */
        bool allzero = true;
        for (char *q = buf; *q && *q != 'e' && *q != 'E'; q++)
            if (*q >= '1' && *q <= '9') allzero = false;
        if (allzero && isfinite(d)) *neg = false;
    }
    if (isnan(d)) *neg = false;
    return 0;
}

Value fmt_float(double d, const FmtSpec *f)
{
    switch (f->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: fmt_unknown(f->type, "float"); return 0;
    }
    char sbuf[480];
    size_t cap = (size_t)(f->prec > 0 ? f->prec : 0) + 400;
    char *buf = cap <= sizeof sbuf ? sbuf : malloc(cap);
    bool neg;
    fmt_float_text(d, f, buf, cap, &neg, false);
    /* split integer digits from the rest */
    size_t nd = 0;
    while (buf[nd] >= '0' && buf[nd] <= '9') nd++;
    Value r;
    if (nd == 0) {   /* inf / nan: no grouping */
        FmtSpec g = *f;
        g.grouping = 0;
        r = fmt_number(&g, neg, "", "", 0, buf, 3);
    } else {
        r = fmt_number(f, neg, "", buf, (int64_t)nd, buf + nd, 3);
    }
    if (buf != sbuf) free(buf);
    return r;
}
