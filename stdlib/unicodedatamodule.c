/* kiln: the unicodedata module (Unicode 14.0, CPython 3.11's database):
 * character properties, names, decompositions and the four normalization
 * forms.  The tables are generated (unicodedata_db.c, unicodedata_decomp.c;
 * names are core/uninames.c's).  unicodedata.UCD's one instance, ucd_3_2_0,
 * answers from the Unicode 3.2.0 database (for stringprep and the idna codec):
 * the same functions, called with that object as self, apply its changes
 * (unicodedata_32.c) as CPython's change records do. */
#include "core.h"
#include "unicodedata.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Hangul syllables decompose and compose algorithmically (Unicode 3.12). */
enum { S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7,
       L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT,
       S_COUNT = L_COUNT * N_COUNT };

/* The changes of cp in the 3.2.0 database when self is ucd_3_2_0 (false: as now;
 * self 0 is the current database, for the parser). */
static bool old32(Value self, uint32_t cp, Ucd32Change *c)
{
    return self && TYPE(self) != T(module) && ucd32_change(cp, c);
}

/* cp is not assigned in self's database. */
static bool unassigned(Value self, uint32_t cp)
{
    Ucd32Change c;
    return old32(self, cp, &c) && c.unassigned;
}

/* The one character of a function's argument (CPython's messages). */
static int char_arg(const char *fname, const Value *args, size_t nargs, Value kw,
                    size_t min, size_t max, uint32_t *cp)
{
    if (kw && TUPLE_SIZE(kw)) {
        raise_TypeError("unicodedata.%s() takes no keyword arguments", fname);
        return -1;
    }
    if (max == 1 && nargs != 1) {
        raise_TypeError("unicodedata.%s() takes exactly one argument (%d given)", fname, (int)nargs);
        return -1;
    }
    if (args_count(fname, nargs, min, max) < 0) return -1;
    if (!IS_STR(args[0]) || STR_LEN(args[0]) != 1) {
        raise_TypeError("%s() argument%s must be a unicode character, not %T", fname, max > 1 ? " 1" : "", args[0]);
        return -1;
    }
    *cp = str_char_at(args[0], 0);
    return 0;
}

/* category, bidirectional, east_asian_width (which: 0, 1, 2) of the character
 * argument: the current database's, or 3.2.0's where it differs. */
static Value str_prop(Value self, const Value *args, size_t nargs, Value kw, int which)
{
    static const char *const fnames[] = {"category", "bidirectional", "east_asian_width"};
    static const char *const if_unassigned[] = {"Cn", "", "F"};
    uint32_t cp;
    UcdRecord r;
    Ucd32Change c;
    if (char_arg(fnames[which], args, nargs, kw, 1, 1, &cp) < 0) return 0;
    ucd_record(cp, &r);
    const char *now[] = {r.category, r.bidirectional, r.east_asian_width};
    const char *v = now[which];
    if (old32(self, cp, &c)) {
        const char *then[] = {c.category, c.bidirectional, c.east_asian_width};
        v = c.unassigned ? if_unassigned[which] : then[which] ? then[which] : v;
    }
    return str_from_cstr(v);
}

static Value u_category(Value self, const Value *args, size_t nargs, Value kw)
{
    return str_prop(self, args, nargs, kw, 0);
}

static Value u_bidirectional(Value self, const Value *args, size_t nargs, Value kw)
{
    return str_prop(self, args, nargs, kw, 1);
}

static Value u_east_asian_width(Value self, const Value *args, size_t nargs, Value kw)
{
    return str_prop(self, args, nargs, kw, 2);
}

static Value u_mirrored(Value self, const Value *args, size_t nargs, Value kw)
{
    uint32_t cp;
    UcdRecord r;
    Ucd32Change c;
    if (char_arg("mirrored", args, nargs, kw, 1, 1, &cp) < 0) return 0;
    ucd_record(cp, &r);
    if (old32(self, cp, &c)) return MKSMALL(c.unassigned ? 0 : c.mirrored >= 0 ? c.mirrored : r.mirrored);
    return MKSMALL(r.mirrored);
}

static Value u_combining(Value self, const Value *args, size_t nargs, Value kw)
{
    uint32_t cp;
    if (char_arg("combining", args, nargs, kw, 1, 1, &cp) < 0) return 0;
    return MKSMALL(unassigned(self, cp) ? 0 : ucd_combining(cp));
}

static Value u_decimal(Value self, const Value *args, size_t nargs, Value kw)
{
    uint32_t cp;
    Ucd32Change c;
    if (char_arg("decimal", args, nargs, kw, 1, 2, &cp) < 0) return 0;
    int d = uni_decimal(cp);
    if (old32(self, cp, &c)) d = c.unassigned ? -1 : c.decimal >= 0 ? c.decimal : d;
    if (d >= 0) return MKSMALL(d);
    return nargs > 1 ? args[1] : raise_ValueError("not a decimal");
}

static Value u_digit(Value self, const Value *args, size_t nargs, Value kw)
{
    uint32_t cp;
    if (char_arg("digit", args, nargs, kw, 1, 2, &cp) < 0) return 0;
    int d = uni_digit(cp);
    if (d >= 0) return MKSMALL(d);
    return nargs > 1 ? args[1] : raise_ValueError("not a digit");
}

static Value u_numeric(Value self, const Value *args, size_t nargs, Value kw)
{
    uint32_t cp;
    int64_t num, den;
    Ucd32Change c;
    if (char_arg("numeric", args, nargs, kw, 1, 2, &cp) < 0) return 0;
    if (old32(self, cp, &c) && (c.unassigned || !isnan(c.numeric))) {
        if (!c.unassigned) return float_new(c.numeric);
    } else if (ucd_numeric(cp, &num, &den)) {
        return float_new((double)num / (double)den);
    }
    return nargs > 1 ? args[1] : raise_ValueError("not a numeric character");
}

static Value u_decomposition(Value self, const Value *args, size_t nargs, Value kw)
{
    uint32_t cp;
    int n;
    const char *tag;
    if (char_arg("decomposition", args, nargs, kw, 1, 1, &cp) < 0) return 0;
    const uint32_t *d = unassigned(self, cp) ? NULL : ucd_decomposition(cp, &n, &tag);
    StrBuf b;
    sb_init(&b);
    if (d) {
        sb_adds(&b, tag);
        for (int i = 0; i < n; i++) sb_printf(&b, "%s%04X", i || *tag ? " " : "", d[i]);
    }
    return sb_finish(&b);
}

/* -- normalization ------------------------------------------------------------ */

typedef struct CpBuf { uint32_t *p; size_t n, cap; } CpBuf;

static void cb_push(CpBuf *b, uint32_t cp)
{
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 64;
        b->p = realloc(b->p, b->cap * sizeof *b->p);
    }
    b->p[b->n++] = cp;
}

static void decompose_one(Value self, CpBuf *out, uint32_t cp, bool compat)
{
    if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
        uint32_t s = cp - S_BASE;
        cb_push(out, L_BASE + s / N_COUNT);
        cb_push(out, V_BASE + (s % N_COUNT) / T_COUNT);
        if (s % T_COUNT) cb_push(out, T_BASE + s % T_COUNT);
        return;
    }
    uint32_t other = self && TYPE(self) != T(module) ? ucd32_normalization(cp) : 0;
    if (other) {
        decompose_one(self, out, other, compat);
        return;
    }
    int n;
    const char *tag;
    const uint32_t *d = unassigned(self, cp) ? NULL : ucd_decomposition(cp, &n, &tag);
    if (!d || (*tag && !compat)) {
        cb_push(out, cp);
        return;
    }
    for (int i = 0; i < n; i++) decompose_one(self, out, d[i], compat);
}

/* Full decomposition of in[0..n), then the canonical ordering of combining
 * marks (a stable sort of each run of non-starters by combining class). */
static void decompose(Value self, const uint32_t *in, size_t n, bool compat, CpBuf *out)
{
    for (size_t i = 0; i < n; i++) decompose_one(self, out, in[i], compat);
    for (size_t i = 1; i < out->n; i++) {
        uint32_t c = out->p[i];
        int cc = ucd_combining(c);
        if (!cc) continue;
        size_t j = i;
        while (j > 0) {
            int pc = ucd_combining(out->p[j - 1]);
            if (pc <= cc) break;
            out->p[j] = out->p[j - 1];
            j--;
        }
        out->p[j] = c;
    }
}

static uint32_t compose_pair(uint32_t a, uint32_t b)
{
    if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT)
        return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 &&
        b > T_BASE && b < T_BASE + T_COUNT)
        return a + (b - T_BASE);
    return ucd_compose(a, b);
}

/* Canonical composition in place (UAX #15): a character combines with the
 * last starter unless a character between them blocks it. */
static void compose(CpBuf *b)
{
    size_t n = 0;
    ssize_t starter = -1;
    int prev_cc = -1;                  /* class of the last kept character after the starter */
    for (size_t i = 0; i < b->n; i++) {
        uint32_t c = b->p[i];
        int cc = ucd_combining(c);
        if (starter >= 0 && (prev_cc == -1 || (prev_cc != 0 && prev_cc < cc))) {
            uint32_t k = compose_pair(b->p[starter], c);
            if (k) {
                b->p[starter] = k;
                continue;
            }
        }
        if (cc == 0) {
            starter = (ssize_t)n;
            prev_cc = -1;
        } else {
            prev_cc = cc;
        }
        b->p[n++] = c;
    }
    b->n = n;
}

/* The normal form in self's database (0: the current one). */
static uint32_t *normalize_in(Value self, const uint32_t *in, size_t n, int form, size_t *outn)
{
    CpBuf b = { 0 };
    decompose(self, in, n, form == UCD_NFKC || form == UCD_NFKD, &b);
    if (form == UCD_NFC || form == UCD_NFKC) compose(&b);
    *outn = b.n;
    return b.p ? b.p : malloc(sizeof(uint32_t));
}

uint32_t *ucd_normalize(const uint32_t *in, size_t n, int form, size_t *outn)
{
    return normalize_in(0, in, n, form, outn);
}

/* form: 0 NFC, 1 NFKC, 2 NFD, 3 NFKD; -1 with ValueError otherwise. */
static int form_of(Value f, const char *fname)
{
    if (!IS_STR(f)) {
        raise_TypeError("%s() argument 1 must be str, not %T", fname, f);
        return -1;
    }
    static const char *const forms[] = { "NFC", "NFKC", "NFD", "NFKD" };
    for (int i = 0; i < 4; i++)
        if (str_eq_cstr(f, forms[i])) return i;
    raise_ValueError("invalid normalization form");
    return -1;
}

static Value normalize(Value self, const char *fname, const Value *args, size_t nargs, Value kw, bool *same)
{
    if (kw && TUPLE_SIZE(kw)) return raise_TypeError("unicodedata.%s() takes no keyword arguments", fname);
    if (args_count(fname, nargs, 2, 2) < 0) return 0;
    int form = form_of(args[0], fname);
    if (form < 0) return 0;
    Value s = args[1];
    if (!IS_STR(s)) return raise_TypeError("%s() argument 2 must be str, not %T", fname, s);
    if (((Str *)s)->flags & STR_ASCII) {   /* ASCII is in every form */
        *same = true;
        return s;
    }
    CpBuf in = { 0 };
    const unsigned char *p = (const unsigned char *)STR_DATA(s), *end = p + STR_NBYTES(s);
    while (p < end) {
        uint32_t cp;
        p += utf8_decode1(p, end, &cp);
        cb_push(&in, cp);
    }
    size_t n;
    uint32_t *out = normalize_in(self, in.p, in.n, form, &n);
    free(in.p);
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < n; i++) sb_add_cp(&sb, out[i]);
    free(out);
    *same = sb.len == (size_t)STR_NBYTES(s) && !memcmp(sb.data, STR_DATA(s), sb.len);
    if (*same) {
        sb_free(&sb);
        return s;
    }
    return sb_finish(&sb);
}

static Value u_normalize(Value self, const Value *args, size_t nargs, Value kw)
{
    bool same;
    return normalize(self, "normalize", args, nargs, kw, &same);
}

static Value u_is_normalized(Value self, const Value *args, size_t nargs, Value kw)
{
    bool same;
    return normalize(self, "is_normalized", args, nargs, kw, &same) ? BOOL_V(same) : 0;
}

/* -- names ------------------------------------------------------------------- */

static Value u_name(Value self, const Value *args, size_t nargs, Value kw)
{
    uint32_t cp;
    char buf[128];
    if (char_arg("name", args, nargs, kw, 1, 2, &cp) < 0) return 0;
    int n = unassigned(self, cp) ? -1 : uninames_name(cp, buf, sizeof buf);
    if (n >= 0) return str_new(buf, (size_t)n);
    return nargs > 1 ? args[1] : raise_ValueError("no such name");
}

static Value u_lookup(Value self, const Value *args, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) return raise_TypeError("unicodedata.lookup() takes no keyword arguments");
    if (args_count("lookup", nargs, 1, 1) < 0) return 0;
    const char *s;
    int64_t n;
    if (IS_STR(args[0])) {
        s = STR_DATA(args[0]);
        n = STR_NBYTES(args[0]);
    } else if (!bytes_like(args[0], &s, &n) || IS_TYPE(args[0], bytearray)) {
        return raise_TypeError("lookup() argument must be str or a read-only bytes-like object, not %T", args[0]);
    }
    if (n > 256) return raise_fmt(E(KeyError), "name too long");
    bool old = TYPE(self) != T(module);
    int cp = uninames_lookup(s, (size_t)n, !old);
    bool algorithmic = (n > 22 && !memcmp(s, "CJK UNIFIED IDEOGRAPH-", 22)) || (n > 16 && !memcmp(s, "HANGUL SYLLABLE ", 16));
    if (cp < 0 && !old) {                 /* a named sequence (not in the 3.2.0 database) */
        char up[257];
        for (int64_t i = 0; i < n; i++) up[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
        uint32_t seq[4];
        int k = ucd_named_sequence(up, (size_t)n, seq);
        if (k) {
            StrBuf b;
            sb_init(&b);
            for (int i = 0; i < k; i++) sb_add_cp(&b, seq[i]);
            return sb_finish(&b);
        }
    }
    if (cp < 0 || (!algorithmic && unassigned(self, (uint32_t)cp)))   /* as CPython: only table names are versioned */
        return raise_KeyError(str_fmt("undefined character name '%s'", s));
    return str_from_codepoint((uint32_t)cp);
}

static const MethodDef unicodedata_methods[] = {
    { "name", u_name, 0, "Returns the name assigned to the character chr as a string." },
    { "lookup", u_lookup, 0, "Look up character by name." },
    { "category", u_category, 0, "Returns the general category assigned to the character chr as string." },
    { "bidirectional", u_bidirectional, 0, "Returns the bidirectional class assigned to the character chr as string." },
    { "east_asian_width", u_east_asian_width, 0, "Returns the east asian width assigned to the character chr as string." },
    { "mirrored", u_mirrored, 0, "Returns the mirrored property assigned to the character chr as integer." },
    { "combining", u_combining, 0, "Returns the canonical combining class assigned to the character chr as integer." },
    { "decimal", u_decimal, 0, "Converts a Unicode character into its equivalent decimal value." },
    { "digit", u_digit, 0, "Converts a Unicode character into its equivalent digit value." },
    { "numeric", u_numeric, 0, "Converts a Unicode character into its equivalent numeric value." },
    { "decomposition", u_decomposition, 0, "Returns the character decomposition mapping assigned to the character chr as string." },
    { "normalize", u_normalize, 0, "Return the normal form 'form' for the Unicode string unistr." },
    { "is_normalized", u_is_normalized, 0, "Return whether the Unicode string unistr is in the normal form 'form'." },
    { NULL, NULL, 0, NULL },
};

/* unicodedata.UCD, the class of ucd_3_2_0: the module's functions as methods. */
static int unicodedata_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (dict_set_cstr(d, "unidata_version", str_from_cstr("14.0.0")) < 0) return -1;
    Value ns = dict_new();
    if (!ns || dict_set(ns, S(__module__), str_from_cstr("unicodedata")) < 0) return -1;
    Value ucd = type_new_class(OBJ_VAL(T(type)), str_from_cstr("UCD"), tuple_new(0), ns, 0);
    if (!ucd) return -1;
    Type *t = AS(Type, ucd);
    for (const MethodDef *md = unicodedata_methods; md->name; md++)
        if (dict_set(t->dict, str_intern_cstr(md->name), descr_new_method(t, md)) < 0) return -1;
    type_modified(t);
    Value old = instance_new(t);
    if (!old || obj_setattr(old, str_intern_cstr("unidata_version"), str_from_cstr("3.2.0")) < 0) return -1;
    if (dict_set_cstr(d, "UCD", ucd) < 0 || dict_set_cstr(d, "ucd_3_2_0", old) < 0) return -1;
    return 0;
}

const ModuleDef unicodedata_module = {
    "unicodedata", "This module provides access to the Unicode Character Database.",
    unicodedata_methods, unicodedata_exec,
};
