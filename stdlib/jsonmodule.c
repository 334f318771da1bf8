/* kiln: the _json accelerator json uses when it imports (as CPython's
 * Modules/_json.c, 3.11): scanstring, encode_basestring(_ascii),
 * make_scanner and make_encoder.  Same results and error messages as the
 * pure-Python json.decoder / json.encoder paths they replace. */
#include "core.h"
#include "vm.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* -- the subject string: ASCII read in place, else decoded code points ----- */

typedef struct Src { const uint8_t *s8; uint32_t *s32; int64_t n; Value str; } Src;

static void src_open(Src *s, Value str)
{
    s->str = str;
    s->n = STR_LEN(str);
    s->s32 = NULL;
    s->s8 = NULL;
    if (((Str *)str)->flags & STR_ASCII) { s->s8 = (const uint8_t *)STR_DATA(str); return; }
    uint32_t *c = malloc((size_t)(s->n ? s->n : 1) * sizeof *c);
    const unsigned char *d = (const unsigned char *)STR_DATA(str), *e = d + STR_NBYTES(str);
    for (int64_t i = 0; i < s->n; i++) d += utf8_decode1(d, e, &c[i]);
    s->s32 = c;
}

static void src_close(Src *s) { free(s->s32); s->s32 = NULL; }

#define SCH(s, i) ((s)->s8 ? (uint32_t)(s)->s8[i] : (s)->s32[i])

static Value src_slice(Src *s, int64_t a, int64_t b)
{
    if (s->s8) return str_new((const char *)s->s8 + a, (size_t)(b - a));
    StrBuf sb;
    sb_init(&sb);
    for (int64_t i = a; i < b; i++) sb_add_cp(&sb, s->s32[i]);
    return sb_finish(&sb);
}

/* json.decoder.JSONDecodeError(msg, s, pos), raised */
static Value raise_errmsg(const char *msg, Value s, int64_t pos)
{
    Value mod = import_module(str_intern_cstr("json.decoder"));
    if (!mod) return 0;
    Value cls = obj_getattr_cstr(mod, "JSONDecodeError");
    if (!cls) return 0;
    Value a[3] = { str_from_cstr(msg), s, int_from_i64(pos) };
    Value e = obj_call(cls, a, 3, 0);
    if (!e) return 0;
    exc_restore(e);
    return 0;
}

/* -- scanstring ------------------------------------------------------------------ */

/* The string whose body starts at end (just after the quote); *next: index
 * after the closing quote. */
static Value scanstring(Src *s, int64_t end, bool strict, int64_t *next_out)
{
    int64_t len = s->n, begin = end - 1, next;
    if (end < 0 || len < end) return raise_ValueError("end is out of bounds");
    StrBuf sb;
    bool have_sb = false;
    for (;;) {
        uint32_t c = 0;
        for (next = end; next < len; next++) {
            c = SCH(s, next);
            if (c == '"' || c == '\\') break;
            if (c <= 0x1f && strict) {
                if (have_sb) sb_free(&sb);
                return raise_errmsg("Invalid control character at", s->str, next);
            }
        }
        if (next >= len || !(c == '"' || c == '\\')) {
            if (have_sb) sb_free(&sb);
            return raise_errmsg("Unterminated string starting at", s->str, begin);
        }
        if (c == '"' && !have_sb) {         /* no escapes: one slice */
            *next_out = next + 1;
            return src_slice(s, end, next);
        }
        if (!have_sb) { sb_init(&sb); have_sb = true; }
        if (s->s8) sb_add(&sb, (const char *)s->s8 + end, (size_t)(next - end));
        else for (int64_t i = end; i < next; i++) sb_add_cp(&sb, s->s32[i]);
        next++;
        if (c == '"') { end = next; break; }
        if (next == len) {
            sb_free(&sb);
            return raise_errmsg("Unterminated string starting at", s->str, begin);
        }
        c = SCH(s, next);
        if (c != 'u') {
            end = next + 1;
            switch (c) {
            case '"': case '\\': case '/': break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            default: c = 0;
            }
            if (c == 0) { sb_free(&sb); return raise_errmsg("Invalid \\escape", s->str, end - 2); }
        } else {
            c = 0;
            next++;
            end = next + 4;
            if (end >= len) { sb_free(&sb); return raise_errmsg("Invalid \\uXXXX escape", s->str, next - 1); }
            for (; next < end; next++) {
                int h = hex_digit_value(SCH(s, next));
                if (h < 0) { sb_free(&sb); return raise_errmsg("Invalid \\uXXXX escape", s->str, end - 5); }
                c = (c << 4) | (uint32_t)h;
            }
            if (c >= 0xd800 && c <= 0xdbff && end + 6 < len &&
                SCH(s, next) == '\\' && SCH(s, next + 1) == 'u') {
                next += 2;
                uint32_t c2 = 0;
                end += 6;
                for (; next < end; next++) {
                    int h = hex_digit_value(SCH(s, next));
                    if (h < 0) { sb_free(&sb); return raise_errmsg("Invalid \\uXXXX escape", s->str, end - 5); }
                    c2 = (c2 << 4) | (uint32_t)h;
                }
                if (c2 >= 0xdc00 && c2 <= 0xdfff) c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00));
                else end -= 6;
            }
        }
        sb_add_cp(&sb, c);
    }
    *next_out = end;
    return sb_finish(&sb);
}

static Value j_scanstring(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "string", "end", "strict", NULL };
    Value a[3];
    if (args_parse("scanstring", args, nargs, kw, names, 2, a) < 0) return 0;
    if (!IS_STR(a[0])) return raise_TypeError("first argument must be a string, not %s", TYPE_NAME(a[0]));
    int64_t end;
    if (obj_as_ssize(a[1], &end, E(OverflowError)) < 0) return 0;
    bool strict = true;
    if (a[2]) {
        int t = obj_truthy(a[2]);
        if (t < 0) return 0;
        strict = t;
    }
    Src s;
    src_open(&s, a[0]);
    int64_t next = 0;
    Value r = scanstring(&s, end, strict, &next);
    src_close(&s);
    if (!r) return 0;
    return tuple_pack(2, r, int_from_i64(next));
}

/* -- encode_basestring(_ascii) ---------------------------------------------------- */

static void esc_u(StrBuf *b, uint32_t c)
{
    static const char hex[] = "0123456789abcdef";
    char t[6] = { '\\', 'u', hex[(c >> 12) & 15], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15] };
    sb_add(b, t, 6);
}

/* Append the JSON string literal of str v to b. */
static void encode_str(StrBuf *b, Value v, bool ascii)
{
    const unsigned char *d = (const unsigned char *)STR_DATA(v), *e = d + STR_NBYTES(v);
    sb_addc(b, '"');
    const unsigned char *run = d;
    while (d < e) {
        unsigned char ch = *d;
        if (ch >= 0x20 && ch != '"' && ch != '\\' && (ch < 0x7f || (!ascii && ch >= 0x80) || (!ascii && ch == 0x7f))) {
            d++;
            continue;
        }
        if (d > run) sb_add(b, (const char *)run, (size_t)(d - run));
        uint32_t c;
        if (ch >= 0x80) d += utf8_decode1(d, e, &c);
        else { c = ch; d++; }
        run = d;
        switch (c) {
        case '\\': sb_add(b, "\\\\", 2); break;
        case '"': sb_add(b, "\\\"", 2); break;
        case '\b': sb_add(b, "\\b", 2); break;
        case '\f': sb_add(b, "\\f", 2); break;
        case '\n': sb_add(b, "\\n", 2); break;
        case '\r': sb_add(b, "\\r", 2); break;
        case '\t': sb_add(b, "\\t", 2); break;
        default:
            if (c >= 0x10000) {
                uint32_t v2 = c - 0x10000;
                esc_u(b, 0xd800 | ((v2 >> 10) & 0x3ff));
                esc_u(b, 0xdc00 | (v2 & 0x3ff));
            } else esc_u(b, c);
        }
    }
    if (d > run) sb_add(b, (const char *)run, (size_t)(d - run));
    sb_addc(b, '"');
}

static Value j_encode_basestring_ascii(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs != 1 || kw) return raise_TypeError("encode_basestring_ascii() takes exactly one argument (%zu given)", nargs);
    if (!IS_STR(args[0])) return raise_TypeError("first argument must be a string, not %s", TYPE_NAME(args[0]));
    StrBuf b;
    sb_init(&b);
    encode_str(&b, args[0], true);
    return sb_finish(&b);
}

static Value j_encode_basestring(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs != 1 || kw) return raise_TypeError("encode_basestring() takes exactly one argument (%zu given)", nargs);
    if (!IS_STR(args[0])) return raise_TypeError("first argument must be a string, not %s", TYPE_NAME(args[0]));
    StrBuf b;
    sb_init(&b);
    encode_str(&b, args[0], false);
    return sb_finish(&b);
}

/* -- the scanner ------------------------------------------------------------------ */

/* make_scanner(context) -> a scan_once(string, idx) callable whose self is
 * the tuple (strict, object_hook, object_pairs_hook, parse_float, parse_int,
 * parse_constant). */
enum { SC_STRICT, SC_OHOOK, SC_PHOOK, SC_PFLOAT, SC_PINT, SC_PCONST, SC_N };

typedef struct Scan { Src src; const Value *ctx; bool strict; int depth; Value memo; } Scan;

/* Object keys repeat (every record of a list has the same ones): an ASCII
 * key without escapes is looked up by its bytes in a small table of the keys
 * this call has made, and the same str (its hash cached) is used again, as
 * CPython's scanner reuses keys through its memo dict. */
enum { MEMO_SLOTS = 64 };
static Value scan_key(Scan *sc, int64_t idx, int64_t *next)
{
    Src *s = &sc->src;
    if (s->s8) {
        const uint8_t *p = s->s8 + idx, *q = p, *e = s->s8 + s->n;
        uint32_t h = 2166136261u;
        while (q < e && *q != '"' && *q != '\\' && *q > 0x1f) h = (h ^ *q++) * 16777619u;
        if (q < e && *q == '"') {
            size_t n = (size_t)(q - p);
            if (!sc->memo) sc->memo = tuple_new(MEMO_SLOTS);
            Value *slot = &TUPLE_ITEMS(sc->memo)[h & (MEMO_SLOTS - 1)];
            *next = idx + (int64_t)n + 1;
            if (*slot && (size_t)STR_NBYTES(*slot) == n && memcmp(STR_DATA(*slot), p, n) == 0) return *slot;
            Value k = str_new((const char *)p, n);
            STORE_AT((Object *)sc->memo, slot, k);
            return k;
        }
    }
    return scanstring(s, idx, sc->strict, next);
}

/* CPython's _Py_EnterRecursiveCall: the Python recursion depth counts nesting. */
static bool enter_recursive(const char *where)
{
    ThreadState *ts = TS;
    if (ts->depth >= ts->recursion_limit || c_stack_exhausted()) {
        if (!exc_pending()) raise_fmt(E(RecursionError), "maximum recursion depth exceeded%s", where);
        return false;
    }
    ts->depth++;
    return true;
}
static void leave_recursive(void) { TS->depth--; }

#define IS_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r')

static Value scan_once(Scan *sc, int64_t idx, int64_t *next);

static Value parse_object(Scan *sc, int64_t idx, int64_t *next_out)
{
    Src *s = &sc->src;
    int64_t end_idx = s->n - 1, next = 0;
    bool pairs = sc->ctx[SC_PHOOK] != NONE;
    Value rval = pairs ? list_new(0) : dict_new();
    while (idx <= end_idx && IS_WS(SCH(s, idx))) idx++;
    if (idx > end_idx || SCH(s, idx) != '}') {
        for (;;) {
            if (idx > end_idx || SCH(s, idx) != '"')
                return raise_errmsg("Expecting property name enclosed in double quotes", s->str, idx);
            Value key = scan_key(sc, idx + 1, &next);
            if (!key) return 0;
            idx = next;
            while (idx <= end_idx && IS_WS(SCH(s, idx))) idx++;
            if (idx > end_idx || SCH(s, idx) != ':') return raise_errmsg("Expecting ':' delimiter", s->str, idx);
            idx++;
            while (idx <= end_idx && IS_WS(SCH(s, idx))) idx++;
            Value val = scan_once(sc, idx, &next);
            if (!val) return 0;
            if (pairs) {
                if (list_append(rval, tuple_pack(2, key, val)) < 0) return 0;
            } else if (dict_set(rval, key, val) < 0) return 0;
            idx = next;
            while (idx <= end_idx && IS_WS(SCH(s, idx))) idx++;
            if (idx <= end_idx && SCH(s, idx) == '}') break;
            if (idx > end_idx || SCH(s, idx) != ',') return raise_errmsg("Expecting ',' delimiter", s->str, idx);
            idx++;
            while (idx <= end_idx && IS_WS(SCH(s, idx))) idx++;
        }
    }
    *next_out = idx + 1;
    if (pairs) return obj_call1(sc->ctx[SC_PHOOK], rval);
    if (sc->ctx[SC_OHOOK] != NONE) return obj_call1(sc->ctx[SC_OHOOK], rval);
    return rval;
}

static Value parse_array(Scan *sc, int64_t idx, int64_t *next_out)
{
    Src *s = &sc->src;
    int64_t end_idx = s->n - 1, next = 0;
    Value rval = list_new(0);
    while (idx <= end_idx && IS_WS(SCH(s, idx))) idx++;
    if (idx > end_idx || SCH(s, idx) != ']') {
        for (;;) {
            Value val = scan_once(sc, idx, &next);
            if (!val) return 0;
            if (list_append(rval, val) < 0) return 0;
            idx = next;
            while (idx <= end_idx && IS_WS(SCH(s, idx))) idx++;
            if (idx <= end_idx && SCH(s, idx) == ']') break;
            if (idx > end_idx || SCH(s, idx) != ',') return raise_errmsg("Expecting ',' delimiter", s->str, idx);
            idx++;
            while (idx <= end_idx && IS_WS(SCH(s, idx))) idx++;
        }
    }
    *next_out = idx + 1;
    return rval;
}

static Value parse_constant(Scan *sc, const char *name, int64_t idx, int64_t *next)
{
    *next = idx + (int64_t)strlen(name);
    return obj_call1(sc->ctx[SC_PCONST], str_from_cstr(name));
}

static Value match_number(Scan *sc, int64_t start, int64_t *next)
{
    Src *s = &sc->src;
    int64_t end_idx = s->n - 1, idx = start;
    bool is_float = false;
    if (SCH(s, idx) == '-') {
        idx++;
        if (idx > end_idx) return raise_StopIteration(int_from_i64(start));
    }
    uint32_t c = SCH(s, idx);
    if (c >= '1' && c <= '9') {
        idx++;
        while (idx <= end_idx && SCH(s, idx) >= '0' && SCH(s, idx) <= '9') idx++;
    } else if (c == '0') {
        idx++;
    } else {
        return raise_StopIteration(int_from_i64(start));
    }
    if (idx < end_idx && SCH(s, idx) == '.' && SCH(s, idx + 1) >= '0' && SCH(s, idx + 1) <= '9') {
        is_float = true;
        idx += 2;
        while (idx <= end_idx && SCH(s, idx) >= '0' && SCH(s, idx) <= '9') idx++;
    }
    if (idx < end_idx && (SCH(s, idx) == 'e' || SCH(s, idx) == 'E')) {
        int64_t e_start = idx;
        idx++;
        if (idx < end_idx && (SCH(s, idx) == '-' || SCH(s, idx) == '+')) idx++;
        while (idx <= end_idx && SCH(s, idx) >= '0' && SCH(s, idx) <= '9') idx++;
        if (SCH(s, idx - 1) >= '0' && SCH(s, idx - 1) <= '9') is_float = true;
        else idx = e_start;
    }
    *next = idx;
    Value custom = 0;
    if (is_float && sc->ctx[SC_PFLOAT] != OBJ_VAL(T(float))) custom = sc->ctx[SC_PFLOAT];
    else if (!is_float && sc->ctx[SC_PINT] != OBJ_VAL(T(int))) custom = sc->ctx[SC_PINT];
    Value numstr = src_slice(s, start, idx);
    if (custom) return obj_call1(custom, numstr);
    char buf[64];
    int64_t n = idx - start;
    if (!is_float) {
        if (n < 19) {                   /* fits an int64: no big-int parse */
            int64_t v = 0;
            int64_t i = start;
            bool neg = SCH(s, i) == '-';
            if (neg) i++;
            for (; i < idx; i++) v = v * 10 + (int64_t)(SCH(s, i) - '0');
            return int_from_i64(neg ? -v : v);
        }
        return int_from_str_obj(numstr, 10);
    }
    if (n < (int64_t)sizeof buf) {
        for (int64_t i = 0; i < n; i++) buf[i] = (char)SCH(s, start + i);
        buf[n] = 0;
        char *endp;
        double d = strtod(buf, &endp);
        if (endp == buf + n) return float_new(d);
    }
    return float_from_str_obj(numstr);
}

static Value scan_once(Scan *sc, int64_t idx, int64_t *next)
{
    Src *s = &sc->src;
    int64_t length = s->n;
    if (idx < 0) return raise_ValueError("idx cannot be negative");
    if (idx >= length) return raise_StopIteration(int_from_i64(idx));
    Value r;
    switch (SCH(s, idx)) {
    case '"':
        return scanstring(s, idx + 1, sc->strict, next);
    case '{':
    case '[':
        if (!enter_recursive(SCH(s, idx) == '{' ? " while decoding a JSON object from a unicode string"
                                                : " while decoding a JSON array from a unicode string"))
            return 0;
        r = SCH(s, idx) == '{' ? parse_object(sc, idx + 1, next) : parse_array(sc, idx + 1, next);
        leave_recursive();
        return r;
    case 'n':
        if (idx + 3 < length && SCH(s, idx + 1) == 'u' && SCH(s, idx + 2) == 'l' && SCH(s, idx + 3) == 'l') {
            *next = idx + 4;
            return NONE;
        }
        break;
    case 't':
        if (idx + 3 < length && SCH(s, idx + 1) == 'r' && SCH(s, idx + 2) == 'u' && SCH(s, idx + 3) == 'e') {
            *next = idx + 4;
            return TRUE_V;
        }
        break;
    case 'f':
        if (idx + 4 < length && SCH(s, idx + 1) == 'a' && SCH(s, idx + 2) == 'l' && SCH(s, idx + 3) == 's' &&
            SCH(s, idx + 4) == 'e') {
            *next = idx + 5;
            return FALSE_V;
        }
        break;
    case 'N':
        if (idx + 2 < length && SCH(s, idx + 1) == 'a' && SCH(s, idx + 2) == 'N')
            return parse_constant(sc, "NaN", idx, next);
        break;
    case 'I':
        if (idx + 7 < length && SCH(s, idx + 1) == 'n' && SCH(s, idx + 2) == 'f' && SCH(s, idx + 3) == 'i' &&
            SCH(s, idx + 4) == 'n' && SCH(s, idx + 5) == 'i' && SCH(s, idx + 6) == 't' && SCH(s, idx + 7) == 'y')
            return parse_constant(sc, "Infinity", idx, next);
        break;
    case '-':
        if (idx + 8 < length && SCH(s, idx + 1) == 'I' && SCH(s, idx + 2) == 'n' && SCH(s, idx + 3) == 'f' &&
            SCH(s, idx + 4) == 'i' && SCH(s, idx + 5) == 'n' && SCH(s, idx + 6) == 'i' && SCH(s, idx + 7) == 't' &&
            SCH(s, idx + 8) == 'y')
            return parse_constant(sc, "-Infinity", idx, next);
        break;
    }
    return match_number(sc, idx, next);
}

static Value scanner_call(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "string", "idx", NULL };
    Value a[2];
    if (args_parse("scan_once", args, nargs, kw, names, 2, a) < 0) return 0;
    if (!IS_STR(a[0])) return raise_TypeError("first argument must be a string, not %s", TYPE_NAME(a[0]));
    int64_t idx;
    if (obj_as_ssize(a[1], &idx, E(OverflowError)) < 0) return 0;
    Scan sc;
    sc.ctx = TUPLE_ITEMS(self);
    sc.strict = sc.ctx[SC_STRICT] == TRUE_V;
    sc.depth = 0;
    sc.memo = 0;
    src_open(&sc.src, a[0]);
    int64_t next = 0;
    Value r = scan_once(&sc, idx, &next);
    src_close(&sc.src);
    if (!r) return 0;
    return tuple_pack(2, r, int_from_i64(next));
}

static const MethodDef scanner_def = { "scan_once", scanner_call, 0, NULL };

static Value j_make_scanner(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs != 1 || kw) return raise_TypeError("make_scanner() takes exactly one argument (%zu given)", nargs);
    static const char *const attrs[SC_N] = { "strict", "object_hook", "object_pairs_hook", "parse_float",
                                             "parse_int", "parse_constant" };
    Value t = tuple_new(SC_N);
    for (int i = 0; i < SC_N; i++) {
        Value v = obj_getattr_cstr(args[0], attrs[i]);
        if (!v) return 0;
        if (i == SC_STRICT) {
            int b = obj_truthy(v);
            if (b < 0) return 0;
            v = BOOL_V(b);
        }
        TUPLE_ITEMS(t)[i] = v;
    }
    return builtin_function_new(&scanner_def, t, 0);
}

/* -- the encoder ------------------------------------------------------------------ */

/* make_encoder(markers, default, encoder, indent, key_separator,
 * item_separator, sort_keys, skipkeys, allow_nan) -> a callable
 * (obj, current_indent_level) returning a 1-tuple of the encoded str. */
enum { EN_MARKERS, EN_DEFAULT, EN_ENCODER, EN_INDENT, EN_KEYSEP, EN_ITEMSEP, EN_SORT, EN_SKIP, EN_NAN, EN_N };

/* anc: the containers being encoded, innermost last, while the markers dict
 * (empty when the call began) needs to hold only the deeper ones. */
enum { ENC_ANC = 64 };
typedef struct Enc {
    const Value *ctx; StrBuf b; int fast; bool sort, skip, allow_nan; int depth;
    bool use_anc; int nanc; Value anc[ENC_ANC];
} Enc;

static int enc_obj(Enc *e, Value o);

static int enc_string(Enc *e, Value s)
{
    if (e->fast) { encode_str(&e->b, s, e->fast == 1); return 0; }
    Value r = obj_call1(e->ctx[EN_ENCODER], s);
    if (!r) return -1;
    if (!IS_STR(r)) { raise_TypeError("encoder() must return a string, not %s", TYPE_NAME(r)); return -1; }
    sb_add(&e->b, STR_DATA(r), STR_NBYTES(r));
    return 0;
}

static void add_str(Enc *e, Value s) { sb_add(&e->b, STR_DATA(s), STR_NBYTES(s)); }

static int enc_float(Enc *e, Value o)
{
    double d = FLOAT_VAL(o);
    if (!isfinite(d)) {
        if (!e->allow_nan) { raise_ValueError("Out of range float values are not JSON compliant"); return -1; }
        sb_adds(&e->b, d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN");
        return 0;
    }
    Value r = float_repr_of(d);
    if (!r) return -1;
    add_str(e, r);
    return 0;
}

static int enc_int(Enc *e, Value o)
{
    if (IS_SMALL(o)) { sb_printf(&e->b, "%lld", (long long)SMALL_VAL(o)); return 0; }
    Value r = int_repr(o);
    if (!r) return -1;
    add_str(e, r);
    return 0;
}

/* markers: id(o) -> o while o is being encoded; 1 entered in markers, 2 in
 * e->anc, 0 no markers, -1 error */
static int mark_enter(Enc *e, Value o, Value *ident)
{
    Value m = e->ctx[EN_MARKERS];
    if (m == NONE) return 0;
    if (e->use_anc) {
        for (int i = 0; i < e->nanc; i++)
            if (e->anc[i] == o) { raise_ValueError("Circular reference detected"); return -1; }
        if (e->nanc < ENC_ANC) { e->anc[e->nanc++] = o; return 2; }
    }
    *ident = int_from_u64((uint64_t)o);
    int has = obj_contains(m, *ident);
    if (has < 0) return -1;
    if (has) { raise_ValueError("Circular reference detected"); return -1; }
    if (obj_setitem(m, *ident, o) < 0) return -1;
    return 1;
}

static int mark_leave(Enc *e, int mk, Value ident)
{
    if (mk == 2) { e->nanc--; return 0; }
    return mk ? obj_delitem(e->ctx[EN_MARKERS], ident) : 0;
}

static int enc_enter(Enc *e)
{
    if (!enter_recursive(" while encoding a JSON object")) return -1;
    e->depth++;
    return 0;
}

static int enc_list(Enc *e, Value seq)
{
    Value items = IS_LIST(seq) || IS_TUPLE(seq) ? seq : 0;
    int64_t n = IS_LIST(seq) ? LIST_SIZE(seq) : TUPLE_SIZE(seq);
    (void)items;
    if (n == 0) { sb_add(&e->b, "[]", 2); return 0; }
    Value ident = 0;
    int mk = mark_enter(e, seq, &ident);
    if (mk < 0) return -1;
    sb_addc(&e->b, '[');
    for (int64_t i = 0; ; i++) {
        int64_t cur = IS_LIST(seq) ? LIST_SIZE(seq) : TUPLE_SIZE(seq);
        if (i >= cur) break;
        if (i) add_str(e, e->ctx[EN_ITEMSEP]);
        Value it = IS_LIST(seq) ? LIST_ITEMS(seq)[i] : TUPLE_ITEMS(seq)[i];
        if (enc_enter(e) < 0) return -1;
        int r = enc_obj(e, it);
        e->depth--; leave_recursive();
        if (r < 0) return -1;
    }
    if (mark_leave(e, mk, ident) < 0) return -1;
    sb_addc(&e->b, ']');
    return 0;
}

static int enc_dict(Enc *e, Value d)
{
    if (TYPE(d) == T(dict) && dict_size(d) == 0) { sb_add(&e->b, "{}", 2); return 0; }
    if (TYPE(d) != T(dict)) {
        int64_t n = obj_len(d);
        if (n < 0) return -1;
        if (n == 0) { sb_add(&e->b, "{}", 2); return 0; }
    }
    Value ident = 0;
    int mk = mark_enter(e, d, &ident);
    if (mk < 0) return -1;
    sb_addc(&e->b, '{');
    /* A dict's items are taken first (as CPython's list of item tuples):
     * keys and values in two lists; with sort_keys and only exact str keys,
     * the keys alone are sorted (the same order: no two are equal) and the
     * values looked up again before any encoding can run code. */
    Value items = 0, keys = 0, vals = 0;
    if (TYPE(d) == T(dict)) {
        keys = list_new(0);
        vals = list_new(0);
        int64_t pos = 0;
        Value k, v;
        bool strs = true;
        while (dict_next(d, &pos, &k, &v)) {
            if (list_append(keys, k) < 0 || list_append(vals, v) < 0) return -1;
            strs = strs && TYPE(k) == T(str);
        }
        if (e->sort && strs) {
            if (list_sort(keys, 0, false) < 0) return -1;
            for (int64_t i = 0; i < LIST_SIZE(keys); i++)
                STORE_AT((Object *)vals, &LIST_ITEMS(vals)[i], dict_get_str(d, LIST_ITEMS(keys)[i]));
        } else if (e->sort) {
            items = list_new(0);
            for (int64_t i = 0; i < LIST_SIZE(keys); i++)
                if (list_append(items, tuple_pack(2, LIST_ITEMS(keys)[i], LIST_ITEMS(vals)[i])) < 0) return -1;
            if (list_sort(items, 0, false) < 0) return -1;
        }
    } else {
        Value it = obj_call_method(d, str_intern_cstr("items"), NULL, 0);
        if (!it) return -1;
        items = list_from_iter(it);
        if (!items) return -1;
        if (e->sort && list_sort(items, 0, false) < 0) return -1;
    }
    bool first = true;
    for (int64_t i = 0; i < LIST_SIZE(items ? items : keys); i++) {
        Value k, v;
        if (items) {
            Value item = LIST_ITEMS(items)[i];
            if (!IS_TUPLE(item) || TUPLE_SIZE(item) != 2) {
                raise_ValueError("items must return 2-tuples");
                return -1;
            }
            k = TUPLE_ITEMS(item)[0];
            v = TUPLE_ITEMS(item)[1];
        } else {
            k = LIST_ITEMS(keys)[i];
            v = LIST_ITEMS(vals)[i];
        }
        Value kstr = 0;
        if (IS_STR(k)) kstr = k;
        else if (IS_FLOAT(k)) {
            double x = FLOAT_VAL(k);
            if (!isfinite(x)) {
                if (!e->allow_nan) { raise_ValueError("Out of range float values are not JSON compliant"); return -1; }
                kstr = str_from_cstr(x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN");
            } else kstr = float_repr_of(x);
        } else if (k == TRUE_V) kstr = str_from_cstr("true");
        else if (k == FALSE_V) kstr = str_from_cstr("false");
        else if (k == NONE) kstr = str_from_cstr("null");
        else if (IS_INT(k)) kstr = int_repr(k);
        else if (e->skip) continue;
        else {
            raise_TypeError("keys must be str, int, float, bool or None, not %s", TYPE_NAME(k));
            return -1;
        }
        if (!kstr) return -1;
        if (!first) add_str(e, e->ctx[EN_ITEMSEP]);
        first = false;
        if (enc_string(e, kstr) < 0) return -1;
        add_str(e, e->ctx[EN_KEYSEP]);
        if (enc_enter(e) < 0) return -1;
        int r = enc_obj(e, v);
        e->depth--; leave_recursive();
        if (r < 0) return -1;
    }
    if (mark_leave(e, mk, ident) < 0) return -1;
    sb_addc(&e->b, '}');
    return 0;
}

static int enc_obj(Enc *e, Value o)
{
    if (o == NONE) { sb_add(&e->b, "null", 4); return 0; }
    if (o == TRUE_V) { sb_add(&e->b, "true", 4); return 0; }
    if (o == FALSE_V) { sb_add(&e->b, "false", 5); return 0; }
    if (IS_STR(o)) return enc_string(e, o);
    if (IS_INT(o)) return enc_int(e, o);
    if (IS_FLOAT(o)) return enc_float(e, o);
    if (IS_LIST(o) || IS_TUPLE(o)) return enc_list(e, o);
    if (IS_DICT(o)) return enc_dict(e, o);
    Value ident = 0;
    int mk = mark_enter(e, o, &ident);
    if (mk < 0) return -1;
    Value n = obj_call1(e->ctx[EN_DEFAULT], o);
    if (!n) return -1;
    if (enc_enter(e) < 0) return -1;
    int r = enc_obj(e, n);
    e->depth--; leave_recursive();
    if (r < 0) return -1;
    if (mark_leave(e, mk, ident) < 0) return -1;
    return 0;
}

static Value encoder_call(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "obj", "_current_indent_level", NULL };
    Value a[2];
    if (args_parse("_iterencode", args, nargs, kw, names, 2, a) < 0) return 0;
    Enc e;
    e.ctx = TUPLE_ITEMS(self);
    e.sort = e.ctx[EN_SORT] == TRUE_V;
    e.skip = e.ctx[EN_SKIP] == TRUE_V;
    e.allow_nan = e.ctx[EN_NAN] == TRUE_V;
    e.depth = 0;
    e.nanc = 0;
    e.use_anc = TYPE(e.ctx[EN_MARKERS]) == T(dict) && dict_size(e.ctx[EN_MARKERS]) == 0;
    Value enc = e.ctx[EN_ENCODER];
    e.fast = 0;
    if (IS_TYPE(enc, builtin_function)) {
        CallFn fn = ((BuiltinFunction *)AS_OBJ(enc))->def->fn;
        if (fn == j_encode_basestring_ascii) e.fast = 1;
        else if (fn == j_encode_basestring) e.fast = 2;
    }
    sb_init(&e.b);
    if (enc_obj(&e, a[0]) < 0) { sb_free(&e.b); return 0; }
    Value s = sb_finish(&e.b);
    if (!s) return 0;
    return tuple_pack(1, s);
}

static const MethodDef encoder_def = { "_iterencode", encoder_call, 0, NULL };

static Value j_make_encoder(Value self, const Value *args, size_t nargs, Value kw)
{
    if (kw || nargs != EN_N) return raise_TypeError("make_encoder() takes exactly %d arguments (%zu given)", EN_N, nargs);
    if (args[EN_INDENT] != NONE)
        return raise_TypeError("make_encoder() argument 4 must be None, not %s", TYPE_NAME(args[EN_INDENT]));
    if (!IS_STR(args[EN_KEYSEP]))
        return raise_TypeError("make_encoder() argument 5 must be str, not %s", TYPE_NAME(args[EN_KEYSEP]));
    if (!IS_STR(args[EN_ITEMSEP]))
        return raise_TypeError("make_encoder() argument 6 must be str, not %s", TYPE_NAME(args[EN_ITEMSEP]));
    Value t = tuple_new(EN_N);
    for (int i = 0; i < EN_N; i++) {
        Value v = args[i];
        if (i == EN_SORT || i == EN_SKIP || i == EN_NAN) {
            int b = obj_truthy(v);
            if (b < 0) return 0;
            v = BOOL_V(b);
        }
        TUPLE_ITEMS(t)[i] = v;
    }
    return builtin_function_new(&encoder_def, t, 0);
}

static const MethodDef json_methods[] = {
    { "scanstring", j_scanstring, 0, NULL },
    { "encode_basestring_ascii", j_encode_basestring_ascii, 0, NULL },
    { "encode_basestring", j_encode_basestring, 0, NULL },
    { "make_scanner", j_make_scanner, 0, NULL },
    { "make_encoder", j_make_encoder, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const ModuleDef _json_module = { "_json", "json speedups", json_methods, NULL };
