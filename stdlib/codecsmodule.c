/* _codecs: the codec registry (search functions, the lookup cache, error
 * handlers) and the per-codec functions of CPython's Modules/_codecsmodule.c,
 * which the encodings package and codecs.py call.  The codecs themselves are
 * kiln's str.encode/bytes.decode (str.c); this file adds the (result, consumed)
 * entry points, partial input, charmap codecs with any error handler, and the
 * builtin error handlers as functions.  The registry lives in the state dict:
 * "codecs_search" (list), "codecs_cache" (dict), "codecs_errors" (dict). */
#include "core.h"
#include <string.h>

/* -- Registry ------------------------------------------------------------------ */

static Value state_get(const char *key, bool list)
{
    Value st = kiln_state_dict();
    Value v = dict_get_cstr(st, key);
    if (v) return v;
    v = list ? list_new(0) : dict_new();
    if (dict_set_cstr(st, key, v) < 0) return 0;
    return v;
}

/* CPython's _Py_normalize_encoding: ASCII letters and digits lowered, '.' kept,
 * every other run of characters one '_' (none at the start). */
static Value normalize_encoding(Value enc)
{
    StrBuf b;
    sb_init(&b);
    bool punct = false;
    for (const char *p = STR_DATA(enc); *p; p++) {
        char c = *p;
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum || c == '.') {
            if (punct && b.len) sb_addc(&b, '_');
            punct = false;
            sb_addc(&b, (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c);
        } else {
            punct = true;
        }
    }
    return sb_finish(&b);
}

static Value c_register(Value self, const Value *args, size_t nargs, Value kw)
{
    if (!obj_is_callable(args[0])) return raise_TypeError("argument must be callable");
    Value l = state_get("codecs_search", true);
    if (!l || list_append(l, args[0]) < 0) return 0;
    return NONE;
}

static Value c_unregister(Value self, const Value *args, size_t nargs, Value kw)
{
    Value l = state_get("codecs_search", true), cache = state_get("codecs_cache", false);
    if (!l || !cache) return 0;
    for (int64_t i = 0; i < LIST_SIZE(l); i++) {
        if (LIST_ITEMS(l)[i] == args[0]) {
            Value r = obj_call_method(l, str_from_cstr("pop"), (Value[]){ MKSMALL(i) }, 1);
            if (!r || !obj_call_method(cache, str_from_cstr("clear"), NULL, 0)) return 0;
            break;
        }
    }
    return NONE;
}

/* _PyCodec_Lookup: the codec info tuple of an encoding name. */
static Value codec_lookup(Value encoding)
{
    if (!IS_STR(encoding)) return raise_TypeError("lookup() argument must be str, not %T", encoding);
    Value key = normalize_encoding(encoding);
    Value cache = state_get("codecs_cache", false);
    if (!key || !cache) return 0;
    Value hit = dict_get(cache, key);
    if (hit || exc_pending()) return hit;
    Value l = state_get("codecs_search", true);
    if (!l) return 0;
    if (LIST_SIZE(l) == 0 && !import_module(str_from_cstr("encodings"))) return 0;
    for (int64_t i = 0; i < LIST_SIZE(l); i++) {
        Value r = obj_call1(LIST_ITEMS(l)[i], key);
        if (!r) return 0;
        if (r == NONE) continue;
        if (!IS_TUPLE(r) || TUPLE_SIZE(r) != 4) return raise_TypeError("codec search functions must return 4-tuples");
        if (dict_set(cache, key, r) < 0) return 0;
        return r;
    }
    return raise_fmt(E(LookupError), "unknown encoding: %U", encoding);
}

static Value c_lookup(Value self, const Value *args, size_t nargs, Value kw) { return codec_lookup(args[0]); }

/* codecs.encode/decode: the codec's function, its result checked; an error the
 * codec raised is restated with the codec's name when its type allows (as
 * CPython's wrap_codec_error). */
static Value codec_call(bool encode, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "obj", "encoding", "errors", NULL };
    Value a[3];
    if (args_parse(encode ? "encode" : "decode", args, nargs, kw, names, 1, a) < 0) return 0;
    Value enc = a[1] ? a[1] : str_from_cstr("utf-8"), errors = a[2] ? a[2] : str_from_cstr("strict");
    if (!IS_STR(enc)) return raise_TypeError("%s() argument 'encoding' must be str, not %T", encode ? "encode" : "decode", enc);
    if (!IS_STR(errors)) return raise_TypeError("%s() argument 'errors' must be str, not %T", encode ? "encode" : "decode", errors);
    Value info = codec_lookup(enc);
    if (!info) return 0;
    Value r = obj_call2(TUPLE_ITEMS(info)[encode ? 0 : 1], a[0], errors);
    if (!r) {
        Value exc = exc_fetch();
        Type *t = TYPE(exc);
        Value eargs = AS(ExcObject, exc)->args;
        InstanceTail *tail = obj_instance_tail(exc);
        bool plain = t->init == E(BaseException)->init && t->new_ == E(BaseException)->new_ &&
                     (!tail || (!tail->dict && (!tail->slots || !tail->shape))) &&
                     IS_TUPLE(eargs) && TUPLE_SIZE(eargs) <= 1;
        if (!plain) { exc_restore(exc); return 0; }
        Value msg = str_fmt("%s with '%U' codec failed (%s: %S)", encode ? "encoding" : "decoding", enc, TYPE_NAME(exc), exc);
        if (!msg) return 0;
        Value nexc = exc_new(t, &msg, 1);
        if (!nexc) return 0;
        AS(ExcObject, nexc)->cause = exc;
        AS(ExcObject, nexc)->suppress_context = true;
        return raise_value(nexc);
    }
    if (!IS_TUPLE(r) || TUPLE_SIZE(r) != 2)
        return raise_TypeError(encode ? "encoder must return a tuple (object, integer)"
                                      : "decoder must return a tuple (object,integer)");
    return TUPLE_ITEMS(r)[0];
}

static Value c_encode(Value self, const Value *args, size_t nargs, Value kw) { return codec_call(true, args, nargs, kw); }
static Value c_decode(Value self, const Value *args, size_t nargs, Value kw) { return codec_call(false, args, nargs, kw); }

/* -- Error handlers ------------------------------------------------------------ */

static int exc_range(Value exc, int64_t *start, int64_t *end, Value *obj)
{
    Value s = obj_getattr_cstr(exc, "start"), e = s ? obj_getattr_cstr(exc, "end") : 0;
    Value o = e ? obj_getattr_cstr(exc, "object") : 0;
    if (!o || int_as_i64(s, start) < 0 || int_as_i64(e, end) < 0) return -1;
    *obj = o;
    if (IS_STR(o)) {
        int64_t n = STR_LEN(o);
        if (*start < 0) *start = 0;
        if (*start > n) *start = n;
        if (*end > n) *end = n;
        if (*end < *start) *end = *start;
    } else {
        const char *d; int64_t n;
        if (!bytes_like(o, &d, &n)) n = 0;
        if (*start < 0) *start = 0;
        if (*start > n) *start = n;
        if (*end > n) *end = n;
        if (*end < *start) *end = *start;
    }
    return 0;
}

enum { K_NONE, K_ENCODE, K_DECODE, K_TRANSLATE };
static int exc_kind(Value exc)
{
    if (obj_isinstance(exc, OBJ_VAL(E(UnicodeEncodeError))) > 0) return K_ENCODE;
    if (obj_isinstance(exc, OBJ_VAL(E(UnicodeDecodeError))) > 0) return K_DECODE;
    if (obj_isinstance(exc, OBJ_VAL(E(UnicodeTranslateError))) > 0) return K_TRANSLATE;
    return K_NONE;
}

static Value wrong_exc(Value exc)
{
    return raise_TypeError("don't know how to handle %T in error callback", exc);
}

static Value eh_result(Value repl, int64_t end) { return repl ? tuple_pack(2, repl, int_from_i64(end)) : 0; }

static Value eh_strict(Value self, const Value *args, size_t nargs, Value kw)
{
    if (IS_EXC(args[0])) return raise_value(args[0]);
    return raise_TypeError("codec must pass exception instance");
}

static Value eh_ignore(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t st, e; Value o;
    if (exc_kind(args[0]) == K_NONE) return wrong_exc(args[0]);
    if (exc_range(args[0], &st, &e, &o) < 0) return 0;
    return eh_result(R->empty_str, e);
}

static Value eh_replace(Value self, const Value *args, size_t nargs, Value kw)
{
    int kind = exc_kind(args[0]);
    int64_t st, e; Value o;
    if (kind == K_NONE) return wrong_exc(args[0]);
    if (exc_range(args[0], &st, &e, &o) < 0) return 0;
    StrBuf b;
    sb_init(&b);
    if (kind == K_DECODE) sb_add_cp(&b, 0xFFFD);
    else for (int64_t i = st; i < e; i++) sb_add_cp(&b, kind == K_ENCODE ? '?' : 0xFFFD);
    return eh_result(sb_finish(&b), e);
}

static void add_escape(StrBuf *b, uint32_t c)
{
    if (c < 0x100) sb_printf(b, "\\x%02x", c);
    else if (c < 0x10000) sb_printf(b, "\\u%04x", c);
    else sb_printf(b, "\\U%08x", c);
}

/* The replacement built char by char for encode errors: xmlcharrefreplace,
 * backslashreplace (also translate), namereplace. */
static Value eh_chars(const Value *args, int how)
{
    int kind = exc_kind(args[0]);
    int64_t st, e; Value o;
    if (kind == K_NONE || (kind != K_ENCODE && !(how == 1 && kind != K_NONE))) return wrong_exc(args[0]);
    if (exc_range(args[0], &st, &e, &o) < 0) return 0;
    StrBuf b;
    sb_init(&b);
    if (kind == K_DECODE) {
        const char *d; int64_t n;
        if (!bytes_like(o, &d, &n)) { sb_free(&b); return raise_TypeError("object attribute must be bytes"); }
        for (int64_t i = st; i < e; i++) sb_printf(&b, "\\x%02x", (unsigned char)d[i]);
        return eh_result(sb_finish(&b), e);
    }
    if (!IS_STR(o)) { sb_free(&b); return raise_TypeError("object attribute must be unicode"); }
    for (int64_t i = st; i < e; i++) {
        uint32_t c = str_char_at(o, i);
        char name[128];
        if (how == 0) sb_printf(&b, "&#%u;", c);
        else if (how == 2 && uninames_name(c, name, sizeof name) >= 0) sb_printf(&b, "\\N{%s}", name);
        else add_escape(&b, c);
    }
    return eh_result(sb_finish(&b), e);
}

static Value eh_xmlcharref(Value self, const Value *args, size_t nargs, Value kw) { return eh_chars(args, 0); }
static Value eh_backslash(Value self, const Value *args, size_t nargs, Value kw) { return eh_chars(args, 1); }
static Value eh_namereplace(Value self, const Value *args, size_t nargs, Value kw) { return eh_chars(args, 2); }

static Value eh_surrogateescape(Value self, const Value *args, size_t nargs, Value kw)
{
    int kind = exc_kind(args[0]);
    int64_t st, e; Value o;
    if (kind != K_ENCODE && kind != K_DECODE) return wrong_exc(args[0]);
    if (exc_range(args[0], &st, &e, &o) < 0) return 0;
    StrBuf b;
    sb_init(&b);
    if (kind == K_DECODE) {
        const char *d; int64_t n;
        if (!bytes_like(o, &d, &n)) { sb_free(&b); return raise_value(args[0]); }
        int64_t i = st;
        for (; i < e && i < st + 4; i++) {
            unsigned char c = (unsigned char)d[i];
            if (c < 128) break;
            sb_add_cp(&b, 0xDC00 + c);
        }
        if (i == st) { sb_free(&b); return raise_value(args[0]); }
        return eh_result(sb_finish(&b), i);
    }
    for (int64_t i = st; i < e; i++) {
        uint32_t c = str_char_at(o, i);
        if (c < 0xDC80 || c > 0xDCFF) { sb_free(&b); return raise_value(args[0]); }
        sb_addc(&b, (char)(c - 0xDC00));
    }
    Value r = bytes_new(b.data ? b.data : "", b.len);
    sb_free(&b);
    return eh_result(r, e);
}

/* The UTF flavour named by an exception's encoding: 8, 16 or 32 bits, and its byte order. */
static int utf_kind(Value exc, bool *be)
{
    Value enc = obj_getattr_cstr(exc, "encoding");
    if (!enc || !IS_STR(enc)) { exc_clear(); return 0; }
    Value n = normalize_encoding(enc);
    const char *s = STR_DATA(n);
    *be = strstr(s, "be") != NULL;
    if (!strcmp(s, "utf_8") || !strcmp(s, "utf8")) return 8;
    if (!strncmp(s, "utf_16", 6) || !strncmp(s, "utf16", 5)) return 16;
    if (!strncmp(s, "utf_32", 6) || !strncmp(s, "utf32", 5)) return 32;
    return 0;
}

static Value eh_surrogatepass(Value self, const Value *args, size_t nargs, Value kw)
{
    int kind = exc_kind(args[0]);
    int64_t st, e; Value o;
    if (kind != K_ENCODE && kind != K_DECODE) return wrong_exc(args[0]);
    if (exc_range(args[0], &st, &e, &o) < 0) return 0;
    bool be = false;
    int w = utf_kind(args[0], &be);
    if (!w) return raise_value(args[0]);
    if (kind == K_ENCODE) {
        StrBuf b;
        sb_init(&b);
        for (int64_t i = st; i < e; i++) {
            uint32_t c = str_char_at(o, i);
            if (c < 0xD800 || c > 0xDFFF) { sb_free(&b); return raise_value(args[0]); }
            if (w == 8) { sb_addc(&b, (char)(0xE0 | (c >> 12))); sb_addc(&b, (char)(0x80 | ((c >> 6) & 0x3F))); sb_addc(&b, (char)(0x80 | (c & 0x3F))); }
            else for (int k = 0; k < w / 8; k++) sb_addc(&b, (char)(be ? c >> (w - 8 - 8 * k) : c >> (8 * k)));
        }
        Value r = bytes_new(b.data ? b.data : "", b.len);
        sb_free(&b);
        return eh_result(r, e);
    }
    const char *d; int64_t n;
    if (!bytes_like(o, &d, &n)) return raise_value(args[0]);
    const unsigned char *p = (const unsigned char *)d + st;
    int len = w == 8 ? 3 : w / 8;
    if (st + len > n) return raise_value(args[0]);
    uint32_t c = 0;
    if (w == 8) {
        if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return raise_value(args[0]);
        c = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    } else {
        for (int k = 0; k < len; k++) c |= (uint32_t)p[k] << (be ? 8 * (len - 1 - k) : 8 * k);
    }
    if (c < 0xD800 || c > 0xDFFF) return raise_value(args[0]);
    return eh_result(str_from_codepoint(c), st + len);
}

static const MethodDef handler_defs[] = {
    { "strict_errors", eh_strict, METH_O, "Implements the 'strict' error handling, which raises a UnicodeError on coding errors." },
    { "ignore_errors", eh_ignore, METH_O, "Implements the 'ignore' error handling, which ignores malformed data and continues." },
    { "replace_errors", eh_replace, METH_O, "Implements the 'replace' error handling, which replaces malformed data with a replacement marker." },
    { "xmlcharrefreplace_errors", eh_xmlcharref, METH_O, "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference." },
    { "backslashreplace_errors", eh_backslash, METH_O, "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence." },
    { "namereplace_errors", eh_namereplace, METH_O, "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence." },
    { "surrogateescape", eh_surrogateescape, METH_O, NULL },
    { "surrogatepass", eh_surrogatepass, METH_O, NULL },
};
static const char *const handler_names[] = { "strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
                                             "namereplace", "surrogateescape", "surrogatepass" };

static Value error_registry(void)
{
    Value d = state_get("codecs_errors", false);
    if (!d || dict_size(d)) return d;
    for (size_t i = 0; i < ARRAY_LEN(handler_defs); i++) {
        Value f = builtin_function_new(&handler_defs[i], 0, 0);
        if (!f || dict_set_cstr(d, handler_names[i], f) < 0) return 0;
    }
    return d;
}

static Value lookup_error(Value name)
{
    Value d = error_registry();
    if (!d) return 0;
    Value h = dict_get(d, name);
    if (h || exc_pending()) return h;
    return raise_fmt(E(LookupError), "unknown error handler name '%U'", name);
}

static Value c_lookup_error(Value self, const Value *args, size_t nargs, Value kw)
{
    if (!IS_STR(args[0])) return raise_TypeError("lookup_error() argument must be str, not %T", args[0]);
    return lookup_error(args[0]);
}

static Value c_register_error(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("register_error", nargs, 2, 2) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("register_error() argument 1 must be str, not %T", args[0]);
    if (!obj_is_callable(args[1])) return raise_TypeError("handler must be callable");
    Value d = error_registry();
    if (!d || dict_set(d, args[0], args[1]) < 0) return 0;
    return NONE;
}

/* -- Arguments of the codec functions ------------------------------------------- */

static int get_str(const char *fname, Value v, int pos)
{
    if (IS_STR(v)) return 0;
    raise_TypeError("%s() argument %d must be str, not %T", fname, pos, v);
    return -1;
}

/* A bytes-like argument (str too for the escape decoders, as its UTF-8). */
static int get_data(Value v, bool str_ok, const char **d, int64_t *n)
{
    if (str_ok && IS_STR(v)) { *d = STR_DATA(v); *n = STR_NBYTES(v); return 0; }
    if (bytes_like(v, d, n)) return 0;
    raise_TypeError("a bytes-like object is required, not '%T'", v);
    return -1;
}

static int get_errors(const char *fname, const Value *args, size_t nargs, size_t pos, const char **out)
{
    *out = "strict";
    if (nargs <= pos || args[pos] == NONE) return 0;
    if (!IS_STR(args[pos])) {
        raise_TypeError("%s() argument %zu must be str or None, not %T", fname, pos + 1, args[pos]);
        return -1;
    }
    *out = STR_DATA(args[pos]);
    return 0;
}

static int get_flag(const Value *args, size_t nargs, size_t pos, bool dflt, bool *out)
{
    *out = dflt;
    if (nargs <= pos) return 0;
    Value i = obj_index(args[pos]);
    if (!i) return -1;
    *out = int_sign(i) != 0;
    return 0;
}

static Value pair(Value r, int64_t n) { return r ? tuple_pack(2, r, int_from_i64(n)) : 0; }

/* -- UTF-8, Latin-1, ASCII, UTF-16/32, escapes ---------------------------------------- */

/* X(name, python encoding, decode takes final) for the plain codecs. */
#define SIMPLE_CODECS(X) \
    X(utf_8, "utf-8", true) X(latin_1, "latin-1", false) X(ascii, "ascii", false) \
    X(utf_16_le, "utf-16-le", true) X(utf_16_be, "utf-16-be", true) \
    X(utf_32_le, "utf-32-le", true) X(utf_32_be, "utf-32-be", true) \
    X(unicode_escape, "unicode_escape", true) X(raw_unicode_escape, "raw_unicode_escape", true)

static Value do_encode(const char *fname, const char *enc, const Value *args, size_t nargs, size_t max)
{
    const char *errors;
    if (args_count(fname, nargs, 1, max) < 0 || get_str(fname, args[0], 1) < 0 ||
        get_errors(fname, args, nargs, 1, &errors) < 0)
        return 0;
    return pair(str_encode(args[0], enc, errors), STR_LEN(args[0]));
}

/* How many bytes of an escape-encoded input form whole escapes (the rest waits for more input). */
static size_t escapes_complete(const char *d, size_t n, bool raw)
{
    size_t i = 0;
    while (i < n) {
        if (d[i] != '\\') { i++; continue; }
        if (i + 1 >= n) return i;
        char t = d[i + 1];
        size_t need = 0;
        if (t == 'u') need = 4;
        else if (t == 'U') need = 8;
        else if (!raw && t == 'x') need = 2;
        else if (!raw && t == 'N') {
            const char *close = memchr(d + i, '}', n - i);
            if (!close) return i;
            i = (size_t)(close - d) + 1;
            continue;
        } else if (raw) { i++; continue; }
        if (i + 2 + need > n) return i;
        i += 2 + need;
    }
    return n;
}

static Value do_decode(const char *fname, const char *enc, bool has_final, bool final_default,
                       const Value *args, size_t nargs)
{
    const char *errors, *d;
    int64_t n;
    bool final;
    bool esc = !strcmp(enc, "unicode_escape") || !strcmp(enc, "raw_unicode_escape");
    if (args_count(fname, nargs, 1, has_final ? 3 : 2) < 0 || get_data(args[0], esc, &d, &n) < 0 ||
        get_errors(fname, args, nargs, 1, &errors) < 0 || get_flag(args, nargs, 2, final_default, &final) < 0)
        return 0;
    size_t consumed = (size_t)n;
    if (esc) {
        if (!final) consumed = escapes_complete(d, (size_t)n, enc[0] == 'r');
        return pair(str_decode_ex(d, consumed, enc, errors, true, NULL), (int64_t)consumed);
    }
    Value r = str_decode_ex(d, (size_t)n, enc, errors, final || !has_final, &consumed);
    return pair(r, (int64_t)consumed);
}

#define CODEC_FNS(name, enc, fin) \
    static Value name##_encode(Value self, const Value *args, size_t nargs, Value kw) \
    { return do_encode(#name "_encode", enc, args, nargs, 2); } \
    static Value name##_decode(Value self, const Value *args, size_t nargs, Value kw) \
    { return do_decode(#name "_decode", enc, fin, !strcmp(enc, "unicode_escape") || !strcmp(enc, "raw_unicode_escape"), args, nargs); }
SIMPLE_CODECS(CODEC_FNS)

static const char *utf_by_order(int w, int64_t bo)
{
    if (w == 16) return bo == 0 ? "utf-16" : bo < 0 ? "utf-16-le" : "utf-16-be";
    return bo == 0 ? "utf-32" : bo < 0 ? "utf-32-le" : "utf-32-be";
}

static Value utf_encode_bo(int w, const char *fname, const Value *args, size_t nargs)
{
    int64_t bo = 0;
    if (args_count(fname, nargs, 1, 3) < 0) return 0;
    if (nargs > 2) {
        Value i = obj_index(args[2]);
        if (!i || int_as_i64(i, &bo) < 0) return 0;
    }
    return do_encode(fname, utf_by_order(w, bo), args, nargs > 2 ? 2 : nargs, 2);
}

static Value utf_16_encode(Value self, const Value *args, size_t nargs, Value kw) { return utf_encode_bo(16, "utf_16_encode", args, nargs); }
static Value utf_32_encode(Value self, const Value *args, size_t nargs, Value kw) { return utf_encode_bo(32, "utf_32_encode", args, nargs); }
static Value utf_16_decode(Value self, const Value *args, size_t nargs, Value kw) { return do_decode("utf_16_decode", "utf-16", true, false, args, nargs); }
static Value utf_32_decode(Value self, const Value *args, size_t nargs, Value kw) { return do_decode("utf_32_decode", "utf-32", true, false, args, nargs); }

/* utf_16_ex_decode(data, errors, byteorder, final) -> (str, consumed, byteorder):
 * with byteorder 0 a BOM picks the order (and is consumed). */
static Value utf_ex_decode(int w, const char *fname, const Value *args, size_t nargs)
{
    const char *errors, *d;
    int64_t n, bo = 0;
    bool final;
    if (args_count(fname, nargs, 1, 4) < 0 || get_data(args[0], false, &d, &n) < 0 ||
        get_errors(fname, args, nargs, 1, &errors) < 0 || get_flag(args, nargs, 3, false, &final) < 0)
        return 0;
    if (nargs > 2) {
        Value i = obj_index(args[2]);
        if (!i || int_as_i64(i, &bo) < 0) return 0;
    }
    int64_t skip = 0, width = w / 8;
    if (bo == 0) {
        static const char le16[] = "\xff\xfe", be16[] = "\xfe\xff", le32[] = "\xff\xfe\0\0", be32[] = "\0\0\xfe\xff";
        if (n >= width && !memcmp(d, w == 16 ? le16 : le32, (size_t)width)) { bo = -1; skip = width; }
        else if (n >= width && !memcmp(d, w == 16 ? be16 : be32, (size_t)width)) { bo = 1; skip = width; }
        else if (n < width && !final) return tuple_pack(3, R->empty_str, MKSMALL(0), MKSMALL(0));
    }
    size_t consumed = 0;
    Value r = str_decode_ex(d + skip, (size_t)(n - skip), utf_by_order(w, bo ? bo : -1), errors, final, &consumed);
    if (!r) return 0;
    return tuple_pack(3, r, int_from_i64(skip + (int64_t)consumed), int_from_i64(bo));
}

static Value utf_16_ex_decode(Value self, const Value *args, size_t nargs, Value kw) { return utf_ex_decode(16, "utf_16_ex_decode", args, nargs); }
static Value utf_32_ex_decode(Value self, const Value *args, size_t nargs, Value kw) { return utf_ex_decode(32, "utf_32_ex_decode", args, nargs); }

static Value c_readbuffer_encode(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *d, *errors;
    int64_t n;
    if (args_count("readbuffer_encode", nargs, 1, 2) < 0 || get_data(args[0], true, &d, &n) < 0 ||
        get_errors("readbuffer_encode", args, nargs, 1, &errors) < 0)
        return 0;
    return pair(bytes_new(d, (size_t)n), n);
}

/* escape_encode: bytes as repr() writes them inside b'...', every single quote escaped. */
static Value c_escape_encode(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *errors;
    if (args_count("escape_encode", nargs, 1, 2) < 0) return 0;
    if (!IS_OBJ(args[0]) || !type_is_subtype(TYPE(args[0]), T(bytes)))
        return raise_TypeError("escape_encode() argument 1 must be bytes, not %T", args[0]);
    if (get_errors("escape_encode", args, nargs, 1, &errors) < 0) return 0;
    int64_t n = BYTES_SIZE(args[0]);
    Value r = bytes_repr_ex(BYTES_DATA(args[0]), (size_t)n, 0, true);   /* '...' or "...": the quotes go */
    return pair(r ? bytes_new(STR_DATA(r) + 1, (size_t)STR_NBYTES(r) - 2) : 0, n);
}

/* escape_decode: the escapes of a bytes literal (CPython's _PyBytes_DecodeEscape). */
static Value c_escape_decode(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *errors, *data;
    int64_t n;
    if (args_count("escape_decode", nargs, 1, 2) < 0 || get_data(args[0], true, &data, &n) < 0 ||
        get_errors("escape_decode", args, nargs, 1, &errors) < 0)
        return 0;
    const unsigned char *d = (const unsigned char *)data;
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < n;) {
        if (d[i] != '\\') { sb_addc(&b, (char)d[i++]); continue; }
        if (++i >= n) { sb_free(&b); return raise_ValueError("Trailing \\ in string"); }
        unsigned char c = d[i++];
        switch (c) {
        case '\n': break;
        case '\\': case '\'': case '"': sb_addc(&b, (char)c); break;
        case 'b': sb_addc(&b, '\b'); break;
        case 'f': sb_addc(&b, '\f'); break;
        case 't': sb_addc(&b, '\t'); break;
        case 'n': sb_addc(&b, '\n'); break;
        case 'r': sb_addc(&b, '\r'); break;
        case 'v': sb_addc(&b, '\v'); break;
        case 'a': sb_addc(&b, '\a'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int v = c - '0';
            if (i < n && d[i] >= '0' && d[i] <= '7') {
                v = v * 8 + d[i++] - '0';
                if (i < n && d[i] >= '0' && d[i] <= '7') v = v * 8 + d[i++] - '0';
            }
            if (v > 0377) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%o'", v);
                if (exc_warn(E(DeprecationWarning), msg, 1) < 0) { sb_free(&b); return 0; }
            }
            sb_addc(&b, (char)v);
            break;
        }
        case 'x':
            if (i + 1 < n && hex_digit_value(d[i]) >= 0 && hex_digit_value(d[i + 1]) >= 0) {
                sb_addc(&b, (char)(hex_digit_value(d[i]) * 16 + hex_digit_value(d[i + 1])));
                i += 2;
                break;
            }
            if (!strcmp(errors, "strict")) {
                sb_free(&b);
                return raise_ValueError("invalid \\x escape at position %lld", (long long)(i - 2));
            }
            if (!strcmp(errors, "replace")) sb_addc(&b, '?');
            else if (strcmp(errors, "ignore")) {
                sb_free(&b);
                return raise_ValueError("decoding error; unknown error handling code: %s", errors);
            }
            while (i < n && hex_digit_value(d[i]) >= 0 && i < n) i++;   /* the bad escape's hex digits go too */
            break;
        default: {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid escape sequence '\\%c'", c);
            if (exc_warn(E(DeprecationWarning), msg, 1) < 0) { sb_free(&b); return 0; }
            sb_addc(&b, '\\');
            i--;
        }
        }
    }
    Value r = bytes_new(b.data ? b.data : "", b.len);
    sb_free(&b);
    return pair(r, n);
}

/* -- Charmap ---------------------------------------------------------------------------- */

/* What mapping maps key to: 0 (no exception) if nothing. */
static Value map_get(Value mapping, Value key)
{
    Value v = obj_getitem(mapping, key);
    if (!v) {
        if (!exc_matches(E(LookupError))) return 0;
        exc_clear();
        return 0;
    }
    return v == NONE ? 0 : v;
}

static Value c_charmap_decode(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *errors, *data;
    int64_t n;
    if (args_count("charmap_decode", nargs, 1, 3) < 0 || get_data(args[0], false, &data, &n) < 0 ||
        get_errors("charmap_decode", args, nargs, 1, &errors) < 0)
        return 0;
    Value mapping = nargs > 2 ? args[2] : NONE;
    if (mapping == NONE) return pair(str_decode_ex(data, (size_t)n, "latin-1", errors, true, NULL), n);
    const unsigned char *d = (const unsigned char *)data;
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < n;) {
        uint32_t cp = 0xFFFE;
        if (IS_STR(mapping)) {
            if (d[i] < STR_LEN(mapping)) cp = str_char_at(mapping, d[i]);
        } else {
            Value v = map_get(mapping, MKSMALL(d[i]));
            if (!v && exc_pending()) goto error;
            if (v && IS_INT(v)) {
                int64_t x;
                if (int_as_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
                    exc_clear();
                    raise_TypeError("character mapping must be in range(0x110000)");
                    goto error;
                }
                cp = (uint32_t)x;
            } else if (v && IS_STR(v)) {
                if (STR_LEN(v) != 1 || str_char_at(v, 0) != 0xFFFE) { sb_add(&b, STR_DATA(v), (size_t)STR_NBYTES(v)); i++; continue; }
            } else if (v) {
                raise_TypeError("character mapping must return integer, None or str");
                goto error;
            }
        }
        if (cp != 0xFFFE) { sb_add_cp(&b, cp); i++; continue; }
        if (!strcmp(errors, "ignore") || !strcmp(errors, "replace")) {
            if (errors[0] == 'r') sb_add_cp(&b, 0xFFFD);
            i++;
            continue;
        }
        size_t pos;
        if (codec_decode_error(errors, "charmap", d, (size_t)n, (size_t)i, (size_t)i + 1, "character maps to <undefined>", &b, &pos) < 0)
            goto error;
        i = (int64_t)pos;
    }
    return pair(sb_finish(&b), n);
error:
    sb_free(&b);
    return 0;
}

/* Append the bytes mapping gives code point c; 0 if unmapped, -1 on error. */
static int charmap_put(Value mapping, uint32_t c, StrBuf *out)
{
    Value v = map_get(mapping, int_from_i64(c));
    if (!v) return exc_pending() ? -1 : 0;
    if (IS_INT(v)) {
        int64_t x;
        if (int_as_i64(v, &x) < 0 || x < 0 || x > 255) {
            exc_clear();
            raise_TypeError("character mapping must be in range(256)");
            return -1;
        }
        sb_addc(out, (char)x);
        return 1;
    }
    const char *d; int64_t n;
    if (IS_OBJ(v) && type_is_subtype(TYPE(v), T(bytes)) && bytes_like(v, &d, &n)) { sb_add(out, d, (size_t)n); return 1; }
    raise_TypeError("character mapping must return integer, bytes or None, not %T", v);
    return -1;
}

static Value c_charmap_encode(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *errors;
    if (args_count("charmap_encode", nargs, 1, 3) < 0 || get_str("charmap_encode", args[0], 1) < 0 ||
        get_errors("charmap_encode", args, nargs, 1, &errors) < 0)
        return 0;
    Value s = args[0], mapping = nargs > 2 ? args[2] : NONE;
    if (mapping == NONE) return pair(str_encode(s, "latin-1", errors), STR_LEN(s));
    int64_t n = STR_LEN(s);
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < n;) {
        int r = charmap_put(mapping, str_char_at(s, i), &b);
        if (r < 0) goto error;
        if (r) { i++; continue; }
        int64_t j = i + 1;                 /* the run of unmappable characters */
        for (; j < n; j++) {
            StrBuf probe;
            sb_init(&probe);
            int k = charmap_put(mapping, str_char_at(s, j), &probe);
            sb_free(&probe);
            if (k < 0) goto error;
            if (k) break;
        }
        if (!strcmp(errors, "ignore")) { i = j; continue; }
        Value eargs[5] = { str_from_cstr("charmap"), s, int_from_i64(i), int_from_i64(j),
                           str_from_cstr("character maps to <undefined>") };
        Value exc = exc_new(E(UnicodeEncodeError), eargs, 5);
        if (!exc) goto error;
        if (!strcmp(errors, "strict")) { raise_value(exc); goto error; }
        Value repl;
        int64_t pos;
        if (codec_error_handler(errors, exc, n, true, &repl, &pos) < 0) goto error;
        if (IS_STR(repl)) {
            for (int64_t k = 0; k < STR_LEN(repl); k++) {
                int q = charmap_put(mapping, str_char_at(repl, k), &b);
                if (q < 0) goto error;
                if (!q) { raise_value(exc); goto error; }
            }
        } else {
            const char *d; int64_t dn;
            if (!bytes_like(repl, &d, &dn)) {
                raise_TypeError("encoding error handler must return (str/bytes, int) tuple");
                goto error;
            }
            sb_add(&b, d, (size_t)dn);
        }
        i = pos;
    }
    Value out = bytes_new(b.data ? b.data : "", b.len);
    sb_free(&b);
    return pair(out, n);
error:
    sb_free(&b);
    return 0;
}

static Value c_charmap_build(Value self, const Value *args, size_t nargs, Value kw)
{
    if (get_str("charmap_build", args[0], 1) < 0) return 0;
    Value d = dict_new();
    for (int64_t i = 0; i < STR_LEN(args[0]); i++)
        if (dict_set(d, int_from_i64(str_char_at(args[0], i)), int_from_i64(i)) < 0) return 0;
    return d;
}

/* -- UTF-7 (RFC 2152, as CPython: set O and whitespace written directly) -------------- */

/* 0: direct, 1: optional direct (set O), 2: whitespace, 3: special */
static const char utf7_category[128] = {
    3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
};
static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static bool utf7_direct(uint32_t c) { return c > 0 && c < 128 && utf7_category[c] < 3; }
static bool is_b64(uint32_t c) { return c < 128 && c && strchr(b64chars, (int)c); }
static int from_b64(unsigned char c) { return (int)(strchr(b64chars, c) - b64chars); }

static void utf7_bits(StrBuf *b, uint32_t unit, uint32_t *buf, int *bits)
{
    *bits += 16;
    *buf = (*buf << 16) | unit;
    while (*bits >= 6) { sb_addc(b, b64chars[(*buf >> (*bits - 6)) & 0x3F]); *bits -= 6; }
}

static Value utf_7_encode(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *errors;
    if (args_count("utf_7_encode", nargs, 1, 2) < 0 || get_str("utf_7_encode", args[0], 1) < 0 ||
        get_errors("utf_7_encode", args, nargs, 1, &errors) < 0)
        return 0;
    Value s = args[0];
    StrBuf b;
    sb_init(&b);
    bool shift = false;
    uint32_t buf = 0;
    int bits = 0;
    const unsigned char *p = (const unsigned char *)STR_DATA(s), *end = p + STR_NBYTES(s);
    while (p < end) {
        uint32_t c;
        p += utf8_decode1(p, end, &c);
        if (shift && utf7_direct(c)) {
            if (bits) { sb_addc(&b, b64chars[(buf << (6 - bits)) & 0x3F]); buf = 0; bits = 0; }
            shift = false;
            if (is_b64(c) || c == '-') sb_addc(&b, '-');
            sb_addc(&b, (char)c);
            continue;
        }
        if (!shift) {
            if (c == '+') { sb_adds(&b, "+-"); continue; }
            if (utf7_direct(c)) { sb_addc(&b, (char)c); continue; }
            sb_addc(&b, '+');
            shift = true;
        }
        if (c >= 0x10000) {
            utf7_bits(&b, 0xD800 | ((c - 0x10000) >> 10), &buf, &bits);
            c = 0xDC00 | ((c - 0x10000) & 0x3FF);
        }
        utf7_bits(&b, c, &buf, &bits);
    }
    if (bits) sb_addc(&b, b64chars[(buf << (6 - bits)) & 0x3F]);
    if (shift) sb_addc(&b, '-');
    Value r = bytes_new(b.data ? b.data : "", b.len);
    sb_free(&b);
    return pair(r, STR_LEN(s));
}

/* The decoder of CPython's PyUnicode_DecodeUTF7Stateful, with its error positions. */
static Value utf_7_decode(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *errors, *data;
    int64_t n;
    bool final;
    if (args_count("utf_7_decode", nargs, 1, 3) < 0 || get_data(args[0], false, &data, &n) < 0 ||
        get_errors("utf_7_decode", args, nargs, 1, &errors) < 0 || get_flag(args, nargs, 2, false, &final) < 0)
        return 0;
    const unsigned char *d = (const unsigned char *)data;
    StrBuf b;
    sb_init(&b);
    bool shift = false;
    uint32_t buf = 0, surrogate = 0;
    int bits = 0;
    int64_t i = 0, start = 0;
    size_t shift_out = 0;
    const char *msg;
    while (i < n) {
    restart:;
        unsigned char c = d[i];
        if (shift) {
            if (is_b64(c)) {
                buf = (buf << 6) | (uint32_t)from_b64(c);
                bits += 6;
                i++;
                if (bits >= 16) {
                    uint32_t u = (buf >> (bits - 16)) & 0xFFFF;
                    bits -= 16;
                    buf &= (1u << bits) - 1;
                    if (surrogate) {
                        if (u >= 0xDC00 && u <= 0xDFFF) {
                            sb_add_cp(&b, 0x10000 + ((surrogate - 0xD800) << 10) + (u - 0xDC00));
                            surrogate = 0;
                            continue;
                        }
                        sb_add_cp(&b, surrogate);
                        surrogate = 0;
                    }
                    if (u >= 0xD800 && u <= 0xDBFF) surrogate = u;
                    else sb_add_cp(&b, u);
                }
                continue;
            }
            shift = false;
            if (bits >= 6) { i++; msg = "partial character in shift sequence"; goto error; }
            if (buf != 0) { i++; msg = "non-zero padding bits in shift sequence"; goto error; }
            if (surrogate && c < 128 && c != '+') sb_add_cp(&b, surrogate);
            surrogate = 0;
            if (c == '-') i++;
            continue;
        }
        if (c == '+') {
            start = i++;
            if (i < n && d[i] == '-') { i++; sb_addc(&b, '+'); }
            else if (i < n && !is_b64(d[i])) { i++; msg = "ill-formed sequence"; goto error; }
            else { shift = true; surrogate = 0; shift_out = b.len; bits = 0; buf = 0; }
            continue;
        }
        if (c < 128) { sb_addc(&b, (char)c); i++; continue; }
        start = i++;
        msg = "unexpected special character";
    error: {
            size_t pos;
            if (codec_decode_error(errors, "utf7", d, (size_t)n, (size_t)start, (size_t)i, msg, &b, &pos) < 0) goto fail;
            i = (int64_t)pos;
        }
    }
    if (shift && final) {
        shift = false;
        if (surrogate || bits >= 7 || (bits > 0 && buf != 0)) {
            size_t pos;
            if (codec_decode_error(errors, "utf7", d, (size_t)n, (size_t)start, (size_t)n, "unterminated shift sequence", &b, &pos) < 0)
                goto fail;
            i = (int64_t)pos;
            if (i < n) goto restart;
        }
    }
    int64_t consumed = i;
    if (!final && shift) { consumed = start; b.len = shift_out; }
    return pair(sb_finish(&b), consumed);
fail:
    sb_free(&b);
    return 0;
}

/* -- The module -------------------------------------------------------------------------- */

#define CODEC_DEFS(name, enc, fin) \
    { #name "_encode", name##_encode, METH_NOKW, NULL }, { #name "_decode", name##_decode, METH_NOKW, NULL },
static const MethodDef codecs_functions[] = {
    { "register", c_register, METH_O, "Register a codec search function." },
    { "unregister", c_unregister, METH_O, "Unregister a codec search function and clear the registry's cache." },
    { "lookup", c_lookup, METH_O, "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object." },
    { "encode", c_encode, 0, "Encodes obj using the codec registered for encoding." },
    { "decode", c_decode, 0, "Decodes obj using the codec registered for encoding." },
    { "lookup_error", c_lookup_error, METH_O, "lookup_error(errors) -> handler" },
    { "register_error", c_register_error, METH_NOKW, "Register the specified error handler under the name errors." },
    SIMPLE_CODECS(CODEC_DEFS)
    { "utf_16_encode", utf_16_encode, METH_NOKW, NULL }, { "utf_16_decode", utf_16_decode, METH_NOKW, NULL },
    { "utf_32_encode", utf_32_encode, METH_NOKW, NULL }, { "utf_32_decode", utf_32_decode, METH_NOKW, NULL },
    { "utf_16_ex_decode", utf_16_ex_decode, METH_NOKW, NULL }, { "utf_32_ex_decode", utf_32_ex_decode, METH_NOKW, NULL },
    { "escape_encode", c_escape_encode, METH_NOKW, NULL }, { "escape_decode", c_escape_decode, METH_NOKW, NULL },
    { "charmap_encode", c_charmap_encode, METH_NOKW, NULL }, { "charmap_decode", c_charmap_decode, METH_NOKW, NULL },
    { "charmap_build", c_charmap_build, METH_O, NULL },
    { "readbuffer_encode", c_readbuffer_encode, METH_NOKW, NULL },
    { "utf_7_encode", utf_7_encode, METH_NOKW, NULL }, { "utf_7_decode", utf_7_decode, METH_NOKW, NULL },
    { NULL, NULL, 0, NULL },
};

const ModuleDef _codecs_module = { "_codecs", NULL, codecs_functions, NULL };
