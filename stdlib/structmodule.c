/* kiln: _struct — packing Python values into C structs (the struct module's
 * engine): byte order and alignment prefixes, every format code of CPython
 * 3.11, the Struct type, and its error messages. */
#include "core.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct FmtItem { char code; int64_t count; int64_t size, offset; } FmtItem;

typedef struct StructObj {
    Object hdr;
    Value format;       /* str */
    int64_t size;
    int64_t nitems;     /* number of FmtItem */
    int64_t nvalues;    /* values to pack */
    Value items;        /* RawBytes of FmtItem */
    int order;          /* '<', '>', or '=' (native little endian, no alignment) / '@' native */
} StructObj;

#define ST(v) ((StructObj *)(v))

static Value struct_error(const char *fmt, ...)
{
    Value mod = dict_get_cstr(R->modules, "_struct");
    Value err = mod ? dict_get_cstr(AS(Module, mod)->dict, "error") : 0;
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) return 0;
    Value e = err ? obj_call1(err, msg) : exc_new(E(Exception), &msg, 1);
    return e ? raise_value(e) : 0;
}

static int64_t native_size(char c)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    }
    return -1;
}

static int64_t std_size(char c)
{
    switch (c) {
    case 'l': case 'L': case 'i': case 'I': case 'f': return 4;
    case 'n': case 'N': case 'P': return -1;
    }
    return native_size(c);
}

/* Parse a format string into items. */
static Value struct_compile(Value format)
{
    const char *f;
    int64_t flen;
    if (IS_STR(format)) { f = STR_DATA(format); flen = STR_NBYTES(format); }
    else if (!bytes_like(format, &f, &flen))
        return raise_TypeError("Struct() argument 1 must be a str or bytes object, not %T", format);
    if (memchr(f, 0, (size_t)flen)) return struct_error("embedded null character");
    const char *p = f, *end = f + flen;
    int order = '@';
    if (p < end && strchr("@=<>!", *p)) { order = *p == '!' ? '>' : *p; p++; }
    FmtItem *items = malloc(sizeof(FmtItem) * (size_t)(flen + 1));
    int64_t n = 0, size = 0, nvalues = 0;
    while (p < end) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') { p++; continue; }
        int64_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (p < end && *p >= '0' && *p <= '9') {
                if (count > (INT64_MAX - 9) / 10) { free(items); return struct_error("total struct size too long"); }
                count = count * 10 + (*p++ - '0');
            }
            if (p >= end) { free(items); return struct_error("repeat count given without format specifier"); }
            c = *p;
        }
        p++;
        int64_t isz = order == '@' ? native_size(c) : std_size(c);
        if (isz < 0) {
            free(items);
            if (order != '@' && (c == 'n' || c == 'N' || c == 'P'))
                return struct_error("bad char in struct format");
            return struct_error("bad char in struct format");
        }
        if (order == '@' && c != 's' && c != 'p' && c != 'x' && isz > 1) size = (size + isz - 1) / isz * isz;
        bool raw = c == 's' || c == 'p' || c == 'x';      /* count is a byte count */
        if (raw ? count > INT64_MAX - size : count > (INT64_MAX - size) / isz) {
            free(items);
            return struct_error("total struct size too long");
        }
        FmtItem it = { c, count, isz, size };
        if (c == 's' || c == 'p') { size += count; nvalues += 1; }
        else if (c == 'x') size += count;
        else { size += isz * count; nvalues += count; }
        items[n++] = it;
    }
    StructObj *s = (StructObj *)gc_alloc(T(struct_obj), sizeof(StructObj));
    STORE(s, format, IS_STR(format) ? format : str_new(f, (size_t)flen));
    s->size = size;
    s->nitems = n;
    s->nvalues = nvalues;
    s->order = order;
    RawBytes *rb = raw_bytes_new((n ? n : 1) * (int64_t)sizeof(FmtItem));
    memcpy(rb->data, items, (size_t)n * sizeof(FmtItem));
    free(items);
    STORE(s, items, OBJ_VAL(rb));
    return OBJ_VAL(s);
}

static bool little(StructObj *s) { return s->order != '>'; }

static int get_int(Value v, char code, Value *out)
{
    if (!IS_INT(v)) {
        Value idx = obj_lookup_special(v, S(__index__));
        if (!idx) {
            if (!exc_pending()) struct_error("required argument is not an integer");
            return -1;
        }
        v = obj_index(v);
        if (!v) return -1;
    }
    *out = int_value_of(v);
    return 0;
}

/* CPython's messages for an integer that does not fit its format code. */
static int range_error(Value iv, char code, int64_t size)
{
    int64_t x;
    if (int_as_i64(iv, &x) < 0) {
        exc_clear();
        struct_error("argument out of range");
        return -1;
    }
    switch (code) {
    case 'b': struct_error("byte format requires -128 <= number <= 127"); break;
    case 'B': struct_error("ubyte format requires 0 <= number <= 255"); break;
    case 'h': struct_error("short format requires -32768 <= number <= 32767"); break;
    case 'H': struct_error("ushort format requires 0 <= number <= 65535"); break;
    case 'i': case 'l':
        if (size == 4) struct_error("'%c' format requires -2147483648 <= number <= 2147483647", code);
        else struct_error("argument out of range");
        break;
    case 'I': case 'L':
        if (size == 4 && x >= 0) struct_error("'%c' format requires 0 <= number <= 4294967295", code);
        else struct_error("argument out of range");
        break;
    default: struct_error("argument out of range");
    }
    return -1;
}

/* IEEE half precision from a double, round-half-even; -1 on overflow. */
static int pack_half(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) { *out = sign | 0x7e00; return 0; }
    double a = fabs(x);
    if (isinf(x)) { *out = sign | 0x7c00; return 0; }
    if (a == 0) { *out = sign; return 0; }
    int e;
    double m = frexp(a, &e);        /* a = m * 2^e, 0.5 <= m < 1 */
    int exp = e - 1 + 15;           /* biased exponent for 1.xxx */
    if (exp >= 31) return -1;
    uint32_t bits;
    if (exp <= 0) {                 /* subnormal */
        double f = ldexp(a, 24);    /* units of 2^-24 */
        double r = nearbyint(f);
        bits = (uint32_t)r;
    } else {
        double f = (m * 2 - 1) * 1024;  /* fraction in units of 2^-10 */
        double r = nearbyint(f);
        bits = ((uint32_t)exp << 10) + (uint32_t)r;  /* carry into the exponent is correct */
        if ((bits >> 10) >= 31) return -1;
    }
    *out = sign | (uint16_t)bits;
    return 0;
}

static double unpack_half(uint16_t h)
{
    int sign = h >> 15, exp = (h >> 10) & 31, frac = h & 1023;
    double r;
    if (exp == 0) r = ldexp(frac, -24);
    else if (exp == 31) r = frac ? NAN : INFINITY;
    else r = ldexp(frac + 1024, exp - 25);
    return sign ? -r : r;
}

static void put_bytes(unsigned char *dst, const void *src, int64_t n, bool le)
{
    const unsigned char *s = src;
    for (int64_t i = 0; i < n; i++) dst[i] = le ? s[i] : s[n - 1 - i];
}

static int pack_one(StructObj *s, const FmtItem *it, Value v, unsigned char *dst)
{
    bool le = little(s);
    char c = it->code;
    switch (c) {
    case 'c': {
        const char *d;
        int64_t n;
        if (!IS_TYPE(v, bytes) && !IS_TYPE(v, bytearray)) { struct_error("char format requires a bytes object of length 1"); return -1; }
        bytes_like(v, &d, &n);
        if (n != 1) { struct_error("char format requires a bytes object of length 1"); return -1; }
        dst[0] = (unsigned char)d[0];
        return 0;
    }
    case '?': {
        int t = obj_truthy(v);
        if (t < 0) return -1;
        dst[0] = (unsigned char)t;
        return 0;
    }
    case 'e': case 'f': case 'd': {
        double x;
        if (float_as_double(v, &x) < 0) {
            if (exc_matches(E(TypeError))) { exc_clear(); struct_error("required argument is not a float"); }
            return -1;
        }
        if (c == 'd') { put_bytes(dst, &x, 8, le); return 0; }
        if (c == 'f') {
            float fx = (float)x;
            if (isinf(fx) && !isinf(x)) { raise_OverflowError("float too large to pack with f format"); return -1; }
            put_bytes(dst, &fx, 4, le);
            return 0;
        }
        uint16_t h;
        if (pack_half(x, &h) < 0) { raise_OverflowError("float too large to pack with e format"); return -1; }
        put_bytes(dst, &h, 2, le);
        return 0;
    }
    default: {
        Value iv;
        if (get_int(v, c, &iv) < 0) return -1;
        bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
        int64_t size = it->size;
        unsigned char buf[8];
        if (int_to_bytes(iv, buf, (size_t)size, true, !is_unsigned) < 0) {
            exc_clear();
            return range_error(iv, c, size);
        }
        for (int64_t i = 0; i < size; i++) dst[i] = le ? buf[i] : buf[size - 1 - i];
        return 0;
    }
    }
}

static Value unpack_one(StructObj *s, const FmtItem *it, const unsigned char *src)
{
    bool le = little(s);
    char c = it->code;
    switch (c) {
    case 'c': return bytes_new((const char *)src, 1);
    case '?': return BOOL_V(src[0] != 0);
    case 'd': { double x; put_bytes((unsigned char *)&x, src, 8, le); return float_new(x); }
    case 'f': { float x; put_bytes((unsigned char *)&x, src, 4, le); return float_new(x); }
    case 'e': { uint16_t h; put_bytes((unsigned char *)&h, src, 2, le); return float_new(unpack_half(h)); }
    default: {
        bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
        return int_from_bytes(src, (size_t)it->size, le, !is_unsigned);
    }
    }
}

static int do_pack(StructObj *s, const Value *args, size_t nargs, unsigned char *buf)
{
    if ((int64_t)nargs != s->nvalues) {
        struct_error("pack expected %lld items for packing (got %zu)", (long long)s->nvalues, nargs);
        return -1;
    }
    const FmtItem *items = (const FmtItem *)((RawBytes *)s->items)->data;
    size_t k = 0;
    memset(buf, 0, (size_t)s->size);
    for (int64_t i = 0; i < s->nitems; i++) {
        const FmtItem *it = &items[i];
        unsigned char *dst = buf + it->offset;
        if (it->code == 'x') continue;
        if (it->code == 's' || it->code == 'p') {
            Value v = args[k++];
            const char *d;
            int64_t n;
            if (IS_STR(v) || !bytes_like(v, &d, &n)) {
                struct_error("argument for '%c' must be a bytes object", it->code);
                return -1;
            }
            if (it->code == 's') {
                memcpy(dst, d, (size_t)(n < it->count ? n : it->count));
            } else if (it->count > 0) {
                int64_t m = n < it->count - 1 ? n : it->count - 1;   /* data stored; the length byte saturates */
                dst[0] = (unsigned char)(m > 255 ? 255 : m);
                memcpy(dst + 1, d, (size_t)m);
            }
            continue;
        }
        for (int64_t j = 0; j < it->count; j++)
            if (pack_one(s, it, args[k++], dst + j * it->size) < 0) return -1;
    }
    return 0;
}

static Value do_unpack(StructObj *s, const unsigned char *buf)
{
    const FmtItem *items = (const FmtItem *)((RawBytes *)s->items)->data;
    Value t = tuple_new(s->nvalues);
    int64_t k = 0;
    for (int64_t i = 0; i < s->nitems; i++) {
        const FmtItem *it = &items[i];
        const unsigned char *src = buf + it->offset;
        if (it->code == 'x') continue;
        if (it->code == 's') { TUPLE_ITEMS(t)[k++] = bytes_new((const char *)src, (size_t)it->count); continue; }
        if (it->code == 'p') {
            int64_t n = it->count ? src[0] : 0;
            if (n >= it->count) n = it->count ? it->count - 1 : 0;
            TUPLE_ITEMS(t)[k++] = bytes_new((const char *)src + 1, (size_t)n);
            continue;
        }
        for (int64_t j = 0; j < it->count; j++) {
            Value v = unpack_one(s, it, src + j * it->size);
            if (!v) return 0;
            TUPLE_ITEMS(t)[k++] = v;
        }
    }
    return t;
}

/* The Struct object for a format, cached in the state dict. */
static Value cached_struct(Value format)
{
    if (IS_TYPE(format, struct_obj)) return format;
    Value cache = dict_get_cstr(kiln_state_dict(), "struct_cache");
    if (!cache) {
        cache = dict_new();
        dict_set_cstr(kiln_state_dict(), "struct_cache", cache);
    }
    Value s = dict_get(cache, format);
    if (s) return s;
    exc_clear();
    s = struct_compile(format);
    if (!s) return 0;
    if (dict_size(cache) > 100) {
        Value clear = obj_getattr_cstr(cache, "clear");
        if (clear) obj_call0(clear);
    }
    dict_set(cache, format, s);
    return s;
}

static Value s_pack(Value self, const Value *args, size_t nargs, Value kw)
{
    StructObj *s = ST(self);
    unsigned char *buf = malloc((size_t)(s->size ? s->size : 1));
    if (do_pack(s, args, nargs, buf) < 0) { free(buf); return 0; }
    Value r = bytes_new((const char *)buf, (size_t)s->size);
    free(buf);
    return r;
}

static Value s_unpack(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("unpack", nargs, 1, 1) < 0) return 0;
    StructObj *s = ST(self);
    const char *d;
    int64_t n;
    if (!bytes_like(args[0], &d, &n)) return raise_TypeError("a bytes-like object is required, not '%T'", args[0]);
    if (n != s->size) return struct_error("unpack requires a buffer of %lld bytes", (long long)s->size);
    return do_unpack(s, (const unsigned char *)d);
}

/* Where pack_into/unpack_from work in an n-byte buffer: a negative offset counts
 * from the end; -1 + struct.error with CPython's messages when s does not fit. */
static int buffer_offset(StructObj *s, int64_t *off, int64_t n, bool pack)
{
    if (*off < 0) {
        if (*off + s->size > 0) {
            struct_error(pack ? "no space to pack %lld bytes at offset %lld" : "not enough data to unpack %lld bytes at offset %lld",
                         (long long)s->size, (long long)*off);
            return -1;
        }
        if (*off + n < 0) {
            struct_error("offset %lld out of range for %lld-byte buffer", (long long)*off, (long long)n);
            return -1;
        }
        *off += n;
    }
    if (n - *off < s->size) {
        struct_error("%s requires a buffer of at least %zu bytes for %s %lld bytes at offset %lld (actual buffer size is %lld)",
                     pack ? "pack_into" : "unpack_from", (size_t)s->size + (size_t)*off, pack ? "packing" : "unpacking",
                     (long long)s->size, (long long)*off, (long long)n);
        return -1;
    }
    return 0;
}

static Value s_unpack_from(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "buffer", "offset", NULL };
    Value a[2];
    if (args_parse("unpack_from", args, nargs, kw, names, 1, a) < 0) return 0;
    StructObj *s = ST(self);
    int64_t off = 0;
    if (a[1] && obj_as_ssize(a[1], &off, NULL) < 0) return 0;
    const char *d;
    int64_t n;
    if (!bytes_like(a[0], &d, &n)) return raise_TypeError("a bytes-like object is required, not '%T'", a[0]);
    if (buffer_offset(s, &off, n, false) < 0) return 0;
    return do_unpack(s, (const unsigned char *)d + off);
}

static Value s_pack_into(Value self, const Value *args, size_t nargs, Value kw)
{
    StructObj *s = ST(self);
    if (nargs < 2) return raise_TypeError("pack_into expected buffer argument");
    char *dst;
    int64_t size;
    if (!writable_buffer(args[0], &dst, &size))
        return raise_TypeError("argument must be read-write bytes-like object, not %T", args[0]);
    int64_t off;
    if (obj_as_ssize(args[1], &off, NULL) < 0 || buffer_offset(s, &off, size, true) < 0) return 0;
    unsigned char *buf = malloc((size_t)(s->size ? s->size : 1));
    if (do_pack(s, args + 2, nargs - 2, buf) < 0) { free(buf); return 0; }
    if (!writable_buffer(args[0], &dst, &size) || size - off < s->size) {  /* packing ran Python code */
        free(buf);
        return raise_fmt(E(BufferError), "pack_into: the buffer changed size while packing");
    }
    memcpy(dst + off, buf, (size_t)s->size);
    free(buf);
    return NONE;
}

static Value s_iter_unpack(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("iter_unpack", nargs, 1, 1) < 0) return 0;
    StructObj *s = ST(self);
    const char *d;
    int64_t n;
    if (!bytes_like(args[0], &d, &n)) return raise_TypeError("a bytes-like object is required, not '%T'", args[0]);
    if (s->size == 0) return struct_error("cannot iteratively unpack with a struct of length 0");
    if (n % s->size) return struct_error("iterative unpacking requires a buffer of a multiple of %lld bytes", (long long)s->size);
    Value l = list_new(0);
    for (int64_t off = 0; off < n; off += s->size) {
        Value t = do_unpack(s, (const unsigned char *)d + off);
        if (!t || list_append(l, t) < 0) return 0;
    }
    return obj_iter(l);
}

static Value s_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "format", NULL };
    Value a[1];
    if (args_parse("Struct", args, nargs, kw, names, 1, a) < 0) return 0;
    return struct_compile(a[0]);
}

static Value s_get_format(Value self) { return ST(self)->format; }
static Value s_get_size(Value self) { return int_from_i64(ST(self)->size); }
static void s_trace(Object *o, Visitor v, void *ctx) { v(((StructObj *)o)->format, ctx); v(((StructObj *)o)->items, ctx); }

static const MethodDef s_methods[] = {
    { "pack", s_pack, 0, NULL }, { "unpack", s_unpack, 0, NULL }, { "unpack_from", s_unpack_from, 0, NULL },
    { "pack_into", s_pack_into, 0, NULL }, { "iter_unpack", s_iter_unpack, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef s_getsets[] = {
    { "format", s_get_format, NULL, NULL }, { "size", s_get_size, NULL, NULL }, { NULL, NULL, NULL, NULL },
};
const TypeSpec struct_obj_spec = {
    .name = "_struct.Struct", .base = -1, .basicsize = sizeof(StructObj), .flags = TF_BASETYPE,
    .trace = s_trace, .new_ = s_new, .methods = s_methods, .getsets = s_getsets,
};

/* module-level functions take the format first */
#define MODFN(name)                                                                         \
    static Value m_##name(Value self, const Value *args, size_t nargs, Value kw)           \
    {                                                                                       \
        if (nargs < 1) return raise_TypeError(#name "() missing required argument 'format' (pos 1)"); \
        Value s = cached_struct(args[0]);                                                   \
        if (!s) return 0;                                                                   \
        return s_##name(s, args + 1, nargs - 1, kw);                                        \
    }
MODFN(pack) MODFN(unpack) MODFN(unpack_from) MODFN(pack_into) MODFN(iter_unpack)
#undef MODFN

static Value m_calcsize(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("calcsize", nargs, 1, 1) < 0) return 0;
    Value s = cached_struct(args[0]);
    return s ? int_from_i64(ST(s)->size) : 0;
}

static Value m_clearcache(Value self, const Value *args, size_t nargs, Value kw)
{
    dict_set_cstr(kiln_state_dict(), "struct_cache", dict_new());
    return NONE;
}

static const MethodDef struct_methods[] = {
    { "pack", m_pack, 0, NULL }, { "unpack", m_unpack, 0, NULL }, { "unpack_from", m_unpack_from, 0, NULL },
    { "pack_into", m_pack_into, 0, NULL }, { "iter_unpack", m_iter_unpack, 0, NULL },
    { "calcsize", m_calcsize, 0, NULL }, { "_clearcache", m_clearcache, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static int struct_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    Value name = str_from_cstr("struct.error");
    Value bases = tuple_pack(1, OBJ_VAL(E(Exception)));
    Value ns = dict_new();
    dict_set(ns, S(__module__), str_from_cstr("struct"));
    Value err = type_new_class(OBJ_VAL(T(type)), str_from_cstr("error"), bases, ns, 0);
    (void)name;
    if (!err) return -1;
    if (dict_set_cstr(d, "error", err) < 0 || dict_set_cstr(d, "Struct", OBJ_VAL(T(struct_obj))) < 0) return -1;
    return 0;
}

const ModuleDef _struct_module = { "_struct", "Functions to convert between Python values and C structs.",
                                   struct_methods, struct_exec };
