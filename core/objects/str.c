/* kiln: the str type.  Immutable UTF-8 text with a cached code-point length,
 * hash and an is-ASCII flag; non-ASCII strings get a lazily built index (the
 * byte offset of every 64th code point) so indexing is O(1)-ish.  Lone
 * surrogates are stored in their 3-byte generalized UTF-8 form.  Also: the
 * intern table, StrBuf, str_fmt, %-formatting, str.format and the codecs. */
#define _GNU_SOURCE
#include "core.h"
#include <string.h>
#include <stdlib.h>
#include <math.h>

#define IDX_STEP 64

/* -- Allocation and UTF-8 -------------------------------------------------- */

static void str_trace(Object *o, Visitor visit, void *ctx) { visit(((Str *)o)->index, ctx); }

/* ASCII strings of the exact type never get an index, so they hold no Values
 * and go to no-scan pages; the collector never traces them. */
static Str *str_alloc(Type *t, size_t nbytes, bool ascii)
{
    size_t base = sizeof(Str);
    if (t != T(str) && t->basicsize > base) base = t->basicsize;
    Str *s = (Str *)gc_alloc_kind(t, base + nbytes + 1,
                                  t != T(str) ? 0 : ascii ? HEAP_NOSCAN | HEAP_FROZEN : HEAP_FROZEN);
    s->nbytes = (int64_t)nbytes;
    s->hash = -1;
    return s;
}

static inline int u8len(unsigned char b)
{
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

static int64_t count_cps(const char *p, size_t n)
{
    /* code points = bytes that are not continuation bytes (10xxxxxx), eight at a time */
    int64_t cont = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        uint64_t x = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;   /* 1 per continuation byte */
        cont += (int64_t)((x * 0x0101010101010101ULL) >> 56);
    }
    for (; i < n; i++) cont += ((unsigned char)p[i] & 0xC0) == 0x80;
    return (int64_t)n - cont;
}

/* Build a str from bytes whose code point count is known. */
static Value str_make(const char *p, size_t n, int64_t len)
{
    if (n == 0 && R->empty_str) return R->empty_str;
    if (n == 1 && R->char_cache[(unsigned char)p[0]]) return R->char_cache[(unsigned char)p[0]];
    Str *s = str_alloc(T(str), n, (int64_t)n == len);
    memcpy(s->data, p, n);
    s->length = len;
    if ((int64_t)n == len) s->flags = STR_ASCII;
    return OBJ_VAL(s);
}

Value str_new(const char *utf8, size_t nbytes)
{
    return str_make(utf8, nbytes, count_cps(utf8, nbytes));
}

Value str_from_cstr(const char *s) { return str_new(s, strlen(s)); }

/* The concatenation of n strs (BUILD_STRING: f-strings), made in one piece:
 * the lengths are known, nothing is scanned again. */
Value str_build(const Value *items, int64_t n)
{
    size_t nbytes = 0;
    int64_t len = 0;
    Value only = 0;
    for (int64_t i = 0; i < n; i++) {
        Str *x = (Str *)items[i];
        nbytes += (size_t)x->nbytes;
        len += x->length;
        if (x->nbytes) only = only ? MKSMALL(0) : items[i];
    }
    if (only && IS_OBJ(only) && TYPE(only) == T(str)) return only;   /* one non-empty part */
    if (nbytes <= 1) return str_make(nbytes ? ((Str *)only)->data : "", nbytes, (int64_t)nbytes);
    Str *r = str_alloc(T(str), nbytes, (int64_t)nbytes == len);
    char *p = r->data;
    for (int64_t i = 0; i < n; i++) {
        Str *x = (Str *)items[i];
        memcpy(p, x->data, (size_t)x->nbytes);
        p += x->nbytes;
    }
    r->length = len;
    if ((int64_t)nbytes == len) r->flags = STR_ASCII;
    return OBJ_VAL(r);
}

int utf8_decode1(const unsigned char *p, const unsigned char *end, uint32_t *cp)
{
    unsigned char b = p[0];
    if (b < 0x80) { *cp = b; return 1; }
    int n = u8len(b);
    if (p + n > end) { *cp = 0xFFFD; return 1; }
    if (n == 2) *cp = ((uint32_t)(b & 0x1F) << 6) | (p[1] & 0x3F);
    else if (n == 3) *cp = ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    else *cp = ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return n;
}

static inline int enc_cp(char *o, uint32_t cp)
{
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xC0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12)); o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18)); o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F)); return 4;
}

/* The lazily built index: int64 byte offsets of code points 0, 64, 128, ... */
static const int64_t *str_index(Str *s)
{
    if (!s->index) {
        int64_t n = s->length / IDX_STEP + 1;
        RawBytes *rb = raw_bytes_new(n * (int64_t)sizeof(int64_t));
        int64_t *ix = (int64_t *)rb->data;
        const unsigned char *p = (const unsigned char *)s->data;
        int64_t off = 0, cp = 0, k = 0;
        while (cp <= s->length && k < n) {
            if (cp % IDX_STEP == 0) ix[k++] = off;
            if (off >= s->nbytes) break;
            off += u8len(p[off]);
            cp++;
        }
        STORE(s, index, OBJ_VAL(rb));
    }
    return (const int64_t *)((RawBytes *)s->index)->data;
}

int64_t str_byte_offset(Value v, int64_t i)
{
    Str *s = (Str *)v;
    if (s->flags & STR_ASCII) return i;
    if (i >= s->length) return s->nbytes;
    int64_t off = 0, k = i;
    if (i >= IDX_STEP) {
        off = str_index(s)[i / IDX_STEP];
        k = i % IDX_STEP;
    }
    const unsigned char *p = (const unsigned char *)s->data;
    while (k-- > 0) off += u8len(p[off]);
    return off;
}

uint32_t str_char_at(Value v, int64_t i)
{
    Str *s = (Str *)v;
    if (s->flags & STR_ASCII) return (unsigned char)s->data[i];
    int64_t off = str_byte_offset(v, i);
    uint32_t cp;
    utf8_decode1((const unsigned char *)s->data + off, (const unsigned char *)s->data + s->nbytes, &cp);
    return cp;
}

Value str_substr(Value v, int64_t start, int64_t end)
{
    Str *s = (Str *)v;
    if (start >= end) return str_make("", 0, 0);
    if (start == 0 && end == s->length && TYPE(v) == T(str)) return v;
    int64_t a = str_byte_offset(v, start);
    int64_t b = (s->flags & STR_ASCII) ? end : a;
    if (!(s->flags & STR_ASCII)) {
        const unsigned char *p = (const unsigned char *)s->data;
        for (int64_t k = start; k < end; k++) b += u8len(p[b]);
    }
    return str_make(s->data + a, (size_t)(b - a), end - start);
}

Value str_from_codepoint(uint32_t cp)
{
    if (cp < 256 && R->char_cache[cp]) return R->char_cache[cp];
    char b[4];
    int n = enc_cp(b, cp);
    Value v = str_make(b, (size_t)n, 1);
    if (cp < 256) STORE(R, char_cache[cp], v);
    return v;
}

void str_init_caches(void)
{
    if (!R->empty_str) {
        Str *s = str_alloc(T(str), 0, true);
        s->flags = STR_ASCII;
        STORE(R, empty_str, OBJ_VAL(s));
    }
    for (uint32_t c = 0; c < 256; c++) {
        if (!R->char_cache[c]) {
            char b[4];
            int n = enc_cp(b, c);
            Str *s = str_alloc(T(str), (size_t)n, c < 128);
            memcpy(s->data, b, (size_t)n);
            s->length = 1;
            if (c < 128) s->flags = STR_ASCII;
            STORE(R, char_cache[c], OBJ_VAL(s));
        }
    }
    if (!R->empty_bytes) STORE(R, empty_bytes, bytes_new("", 0));
    for (int c = 0; c < 256; c++)
        if (!R->byte_cache[c]) { char ch = (char)c; STORE(R, byte_cache[c], bytes_new(&ch, 1)); }
}

/* -- Hashing: SipHash-1-3 keyed by the image's secret ----------------------- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND do { v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32); \
    v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2; v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0; \
    v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32); } while (0)

int64_t kiln_siphash(const void *data, size_t n)
{
    uint64_t k0 = R->hash_k0, k1 = R->hash_k1;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL, v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL, v3 = k1 ^ 0x7465646279746573ULL;
    const unsigned char *p = data;
    uint64_t b = (uint64_t)n << 56;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t m;
        memcpy(&m, p + i, 8);
        v3 ^= m; SIPROUND; v0 ^= m;
    }
    uint64_t t = 0;
    for (size_t j = 0; i + j < n; j++) t |= (uint64_t)p[i + j] << (8 * j);
    b |= t;
    v3 ^= b; SIPROUND; v0 ^= b;
    v2 ^= 0xff;
    SIPROUND; SIPROUND; SIPROUND;
    int64_t h = (int64_t)(v0 ^ v1 ^ v2 ^ v3);
    return h == -1 ? -2 : h;
}

int64_t str_hash_of(Value v)
{
    Str *s = (Str *)v;
    if (s->hash != -1) return s->hash;
    int64_t h = s->nbytes == 0 ? 0 : kiln_siphash(s->data, (size_t)s->nbytes);
    s->hash = h;
    return h;
}

bool str_eq(Value a, Value b)
{
    if (a == b) return true;
    Str *x = (Str *)a, *y = (Str *)b;
    if (x->nbytes != y->nbytes) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
}

bool str_eq_cstr(Value a, const char *s)
{
    size_t n = strlen(s);
    return (size_t)STR_NBYTES(a) == n && memcmp(STR_DATA(a), s, n) == 0;
}

/* -- Interning --------------------------------------------------------------- */

Value str_intern(Value s)
{
    Str *o = (Str *)s;
    if (o->flags & STR_INTERNED) return s;
    if (!R->interned) STORE(R, interned, dict_new());
    Value v = dict_get_str(R->interned, s);
    if (v) return v;
    if (TYPE(s) != T(str)) s = str_make(o->data, (size_t)o->nbytes, o->length);
    if (((Str *)s)->flags & STR_INTERNED) return s;
    str_hash_of(s);
    if (dict_set(R->interned, s, s) < 0) return 0;
    ((Str *)s)->flags |= STR_INTERNED;
    return s;
}

/* C code interns the same literals over and over (obj_getattr_cstr(o,
 * "sort"), repr(None)): a direct-mapped cache by the C pointer, checked
 * against the text (the pointer may be a reused buffer), skips making a str
 * and hashing it.  Interned strs are never freed, so the cache needs no tracing. */
#define CSTR_CACHE 256
Value str_intern_cstr(const char *s)
{
    if (UNLIKELY(!R->cstr_cache)) {
        RawBytes *b = raw_bytes_new(sizeof(Value) * CSTR_CACHE);
        memset(b->data, 0, sizeof(Value) * CSTR_CACHE);
        R->cstr_cache = OBJ_VAL(b);
    }
    Value *e = (Value *)(void *)((RawBytes *)R->cstr_cache)->data + (((uintptr_t)s >> 3) ^ ((uintptr_t)s >> 11)) % CSTR_CACHE;
    size_t n = strlen(s);
    Value v = *e;
    if (v && STR_NBYTES(v) == (int64_t)n && memcmp(STR_DATA(v), s, n) == 0) return v;
    v = str_intern(str_from_cstr(s));
    if (v) *e = v;
    return v;
}

Value str_concat(Value a, Value b)
{
    Str *x = (Str *)a, *y = (Str *)b;
    if (x->nbytes == 0 && TYPE(b) == T(str)) return b;
    if (y->nbytes == 0 && TYPE(a) == T(str)) return a;
    size_t n = (size_t)(x->nbytes + y->nbytes);
    Str *s = str_alloc(T(str), n, (x->flags & y->flags & STR_ASCII) != 0);
    memcpy(s->data, x->data, (size_t)x->nbytes);
    memcpy(s->data + x->nbytes, y->data, (size_t)y->nbytes);
    s->length = x->length + y->length;
    if ((x->flags & y->flags) & STR_ASCII) s->flags = STR_ASCII;
    return OBJ_VAL(s);
}

/* a + b for ADD_FAST (opcodes.h), both exact str.  When the frame slot owns a
 * (nothing else refers to it), b goes into the spare room of a's cell if it
 * fits, else the result gets half as much again as spare room; an ASCII a may
 * sit on a no-scan page, so non-ASCII text is never appended to it in place. */
Value str_add_owned(Value a, Value b, bool owned)
{
    Str *x = (Str *)a, *y = (Str *)b;
    if (!owned) return str_concat(a, b);
    bool ascii = (x->flags & y->flags & STR_ASCII) != 0;
    size_t n = (size_t)(x->nbytes + y->nbytes);
    if ((ascii || !(x->flags & STR_ASCII)) && n < gc_cell_size(x) - sizeof(Str)) {
        memcpy(x->data + x->nbytes, y->data, (size_t)y->nbytes);
        x->data[n] = 0;
        x->nbytes = (int64_t)n;
        x->length += y->length;
        x->hash = -1;
        STORE(x, index, 0);
        return a;
    }
    Str *s = str_alloc(T(str), n + n / 2 + 16, ascii);
    memcpy(s->data, x->data, (size_t)x->nbytes);
    memcpy(s->data + x->nbytes, y->data, (size_t)y->nbytes);
    s->nbytes = (int64_t)n;
    s->length = x->length + y->length;
    if (ascii) s->flags = STR_ASCII;
    return OBJ_VAL(s);
}

/* memmem, with memchr for a one-byte needle (memmem's set-up costs more than
 * the search in short strings). */
static inline const char *find_bytes(const char *h, size_t hn, const char *n, size_t nn)
{
    return nn == 1 ? memchr(h, n[0], hn) : memmem(h, hn, n, nn);
}

/* -- StrBuf ------------------------------------------------------------------ */

void sb_init(StrBuf *b) { b->data = NULL; b->len = b->cap = 0; }
void sb_free(StrBuf *b) { free(b->data); b->data = NULL; b->len = b->cap = 0; }

static void sb_grow(StrBuf *b, size_t need)
{
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + need + 1) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) kiln_fatal("out of memory in StrBuf");
    b->data = d;
    b->cap = cap;
}

void sb_add(StrBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) sb_grow(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
}
void sb_adds(StrBuf *b, const char *s) { sb_add(b, s, strlen(s)); }
void sb_addc(StrBuf *b, char c)
{
    if (b->len + 2 > b->cap) sb_grow(b, 1);
    b->data[b->len++] = c;
}
void sb_add_cp(StrBuf *b, uint32_t cp)
{
    if (b->len + 5 > b->cap) sb_grow(b, 4);
    b->len += (size_t)enc_cp(b->data + b->len, cp);
}
static void sb_addn(StrBuf *b, char c, int64_t n)
{
    if (n <= 0) return;
    if (b->len + (size_t)n + 1 > b->cap) sb_grow(b, (size_t)n);
    memset(b->data + b->len, c, (size_t)n);
    b->len += (size_t)n;
}
static void sb_addv(StrBuf *b, Value s) { sb_add(b, STR_DATA(s), (size_t)STR_NBYTES(s)); }

void sb_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, aq);
    va_end(aq);
    if (n < 0) { va_end(ap); return; }
    if ((size_t)n < sizeof tmp) sb_add(b, tmp, (size_t)n);
    else {
        if (b->len + (size_t)n + 1 > b->cap) sb_grow(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        b->len += (size_t)n;
    }
    va_end(ap);
}

/* ", repr(a)" for each item of the tuple args, then ", k=repr(v)" for each
 * item of the dict kwds (0: none), as the reprs of partial and methodcaller
 * show a call.  -1 on error. */
int sb_add_call_args(StrBuf *b, Value args, Value kwds)
{
    for (int64_t i = 0; i < TUPLE_SIZE(args); i++) {
        Value r = obj_repr(TUPLE_ITEMS(args)[i]);
        if (!r) return -1;
        sb_adds(b, ", ");
        sb_add(b, STR_DATA(r), (size_t)STR_NBYTES(r));
    }
    int64_t pos = 0;
    Value k, v;
    while (kwds && dict_next(kwds, &pos, &k, &v)) {
        Value ks = obj_str(k), r = ks ? obj_repr(v) : 0;
        if (!r) return -1;
        sb_adds(b, ", ");
        sb_add(b, STR_DATA(ks), (size_t)STR_NBYTES(ks));
        sb_addc(b, '=');
        sb_add(b, STR_DATA(r), (size_t)STR_NBYTES(r));
    }
    return 0;
}

Value sb_finish(StrBuf *b)
{
    Value v = str_new(b->data ? b->data : "", b->len);
    sb_free(b);
    return v;
}

/* CPython's tp_name of t: the module prefix for a builtin type outside builtins. */
static void sb_add_tp_name(StrBuf *b, Type *t)
{
    if (!(t->flags & TF_HEAPTYPE) && t->module && !str_eq_cstr(t->module, "builtins")) {
        sb_addv(b, t->module);
        sb_addc(b, '.');
    }
    sb_addv(b, t->name);
}

/* -- str_fmt: printf plus %S %R %T %U %N ------------------------------------- */

Value str_vfmt(const char *fmt, va_list ap)
{
    StrBuf b;
    sb_init(&b);
    const char *p = fmt;
    while (*p) {
        if (*p != '%') {
            const char *q = strchr(p, '%');
            size_t n = q ? (size_t)(q - p) : strlen(p);
            sb_add(&b, p, n);
            p += n;
            continue;
        }
        const char *start = p++;
        if (*p == '%') { sb_addc(&b, '%'); p++; continue; }
        char spec[32];
        int sl = 0;
        spec[sl++] = '%';
        int star_w = -1, star_p = -1, have_w = 0, have_p = 0;
        while (*p && strchr("-+ #0", *p) && sl < 20) spec[sl++] = *p++;
        if (*p == '*') { star_w = va_arg(ap, int); have_w = 1; spec[sl++] = '*'; p++; }
        else while (*p >= '0' && *p <= '9' && sl < 24) spec[sl++] = *p++;
        if (*p == '.') {
            spec[sl++] = *p++;
            if (*p == '*') { star_p = va_arg(ap, int); have_p = 1; spec[sl++] = '*'; p++; }
            else while (*p >= '0' && *p <= '9' && sl < 26) spec[sl++] = *p++;
        }
        int lmod = 0; /* 1 l, 2 ll, 3 z, 4 h, 5 hh, 6 t, 7 j */
        if (*p == 'l') { p++; lmod = 1; if (*p == 'l') { p++; lmod = 2; } }
        else if (*p == 'z') { p++; lmod = 3; }
        else if (*p == 'h') { p++; lmod = 4; if (*p == 'h') { p++; lmod = 5; } }
        else if (*p == 't') { p++; lmod = 6; }
        else if (*p == 'j') { p++; lmod = 7; }
        char conv = *p ? *p++ : 0;
        Value v, t;
        switch (conv) {
        case 'S': case 'R':
            v = va_arg(ap, Value);
            if (!v) { sb_adds(&b, "<NULL>"); continue; }
            t = conv == 'S' ? obj_str(v) : obj_repr(v);
            if (!t) { sb_free(&b); return 0; }
            sb_addv(&b, t);
            continue;
        case 'A':   /* an argument's type as CPython's argument parsers name it: "None" for None */
        case 'T':   /* CPython's tp_name: "types.SimpleNamespace" for a builtin outside builtins */
            v = va_arg(ap, Value);
            if (conv == 'A' && v == NONE) { sb_adds(&b, "None"); continue; }
            if (!v) { sb_adds(&b, "NULL"); continue; }
            sb_add_tp_name(&b, TYPE(v));
            continue;
        case 'U':
            v = va_arg(ap, Value);
            if (!v) sb_adds(&b, "(null)");
            else if (IS_STR(v)) sb_addv(&b, v);
            else {  /* tolerate a non-str: use str() */
                t = obj_str(v);
                if (!t) { sb_free(&b); return 0; }
                sb_addv(&b, t);
            }
            continue;
        case 'N':
            sb_add_tp_name(&b, va_arg(ap, Type *));
            continue;
        default: break;
        }
        /* a C conversion: rebuild a clean spec with the right length modifier */
        static const char *const mods[] = {"", "l", "ll", "z", "h", "hh", "t", "j"};
        spec[sl] = 0;
        char full[48];
        snprintf(full, sizeof full, "%s%s%c", spec, mods[lmod], conv);
        char tmp[512];
        int n = 0;
#define EMIT(T) do { T x = va_arg(ap, T); \
        if (have_w && have_p) n = snprintf(tmp, sizeof tmp, full, star_w, star_p, x); \
        else if (have_w) n = snprintf(tmp, sizeof tmp, full, star_w, x); \
        else if (have_p) n = snprintf(tmp, sizeof tmp, full, star_p, x); \
        else n = snprintf(tmp, sizeof tmp, full, x); } while (0)
        switch (conv) {
        case 'd': case 'i':
            if (lmod == 1) EMIT(long); else if (lmod == 2) EMIT(long long);
            else if (lmod == 3) EMIT(ptrdiff_t); else if (lmod == 6) EMIT(ptrdiff_t);
            else if (lmod == 7) EMIT(intmax_t); else EMIT(int);
            break;
        case 'u': case 'x': case 'X': case 'o':
            if (lmod == 1) EMIT(unsigned long); else if (lmod == 2) EMIT(unsigned long long);
            else if (lmod == 3) EMIT(size_t); else if (lmod == 6) EMIT(size_t);
            else if (lmod == 7) EMIT(uintmax_t); else EMIT(unsigned);
            break;
        case 'c': EMIT(int); break;
        case 'p': EMIT(void *); break;
        case 'f': case 'g': case 'e': case 'F': case 'G': case 'E': EMIT(double); break;
        case 's': {
            const char *x = va_arg(ap, const char *);
            if (!x) x = "(null)";
            if (!have_w && !have_p && sl == 1) { sb_adds(&b, x); continue; }
            if (have_w && have_p) n = snprintf(tmp, sizeof tmp, full, star_w, star_p, x);
            else if (have_w) n = snprintf(tmp, sizeof tmp, full, star_w, x);
            else if (have_p) n = snprintf(tmp, sizeof tmp, full, star_p, x);
            else n = snprintf(tmp, sizeof tmp, full, x);
            break;
        }
        default:
            sb_add(&b, start, (size_t)(p - start));
            continue;
        }
#undef EMIT
        if (n > 0) sb_add(&b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
    }
    return sb_finish(&b);
}

Value str_fmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value v = str_vfmt(fmt, ap);
    va_end(ap);
    return v;
}

/* -- repr -------------------------------------------------------------------- */

static void repr_into(StrBuf *b, Value v, bool ascii_only)
{
    Str *s = (Str *)v;
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->nbytes;
    bool sq = memchr(s->data, '\'', (size_t)s->nbytes) != NULL;
    bool dq = memchr(s->data, '"', (size_t)s->nbytes) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    sb_addc(b, q);
    while (p < end) {
        uint32_t c;
        int n = utf8_decode1(p, end, &c);
        if (c == (uint32_t)q || c == '\\') { sb_addc(b, '\\'); sb_addc(b, (char)c); }
        else if (c == '\t') sb_adds(b, "\\t");
        else if (c == '\n') sb_adds(b, "\\n");
        else if (c == '\r') sb_adds(b, "\\r");
        else if (c < 0x20 || c == 0x7f) sb_printf(b, "\\x%02x", c);
        else if (c < 0x7f) sb_addc(b, (char)c);
        else if (!ascii_only && (uni_props(c) & UNI_PRINTABLE)) sb_add(b, (const char *)p, (size_t)n);
        else if (c < 0x100) sb_printf(b, "\\x%02x", c);
        else if (c < 0x10000) sb_printf(b, "\\u%04x", c);
        else sb_printf(b, "\\U%08x", c);
        p += n;
    }
    sb_addc(b, q);
}

Value str_repr(Value s)
{
    StrBuf b;
    sb_init(&b);
    repr_into(&b, s, false);
    return sb_finish(&b);
}

Value str_ascii_of(Value s)
{
    StrBuf b;
    sb_init(&b);
    repr_into(&b, s, true);
    return sb_finish(&b);
}

/* -- join ------------------------------------------------------------------- */

Value str_join(Value sep, Value iterable)
{
    Value seq = iterable;
    if (!IS_LIST(seq) && !IS_TUPLE(seq)) {
        if (!TYPE(iterable)->iter && !TYPE(iterable)->getitem) return raise_TypeError("can only join an iterable");
        seq = list_from_iter(iterable);
        if (!seq) return 0;
    }
    int64_t n = IS_LIST(seq) ? LIST_SIZE(seq) : TUPLE_SIZE(seq);
    if (n == 0) return str_make("", 0, 0);
    Str *sp = (Str *)sep;
    size_t total = 0;
    int64_t len = 0;
    bool ascii = (sp->flags & STR_ASCII) != 0;
    for (int64_t i = 0; i < n; i++) {
        Value it = IS_LIST(seq) ? LIST_ITEMS(seq)[i] : TUPLE_ITEMS(seq)[i];
        if (!IS_STR(it))
            return raise_TypeError("sequence item %ld: expected str instance, %s found", (long)i, TYPE_NAME(it));
        total += (size_t)STR_NBYTES(it);
        len += STR_LEN(it);
        if (!(((Str *)it)->flags & STR_ASCII)) ascii = false;
    }
    if (n == 1) {
        Value it = IS_LIST(seq) ? LIST_ITEMS(seq)[0] : TUPLE_ITEMS(seq)[0];
        if (TYPE(it) == T(str)) return it;
    }
    total += (size_t)sp->nbytes * (size_t)(n - 1);
    len += sp->length * (n - 1);
    Str *r = str_alloc(T(str), total, ascii);
    char *o = r->data;
    for (int64_t i = 0; i < n; i++) {
        /* a list may have changed length if an item's __str__... not here: items are str */
        Value it = IS_LIST(seq) ? LIST_ITEMS(seq)[i] : TUPLE_ITEMS(seq)[i];
        if (i && sp->nbytes) { memcpy(o, sp->data, (size_t)sp->nbytes); o += sp->nbytes; }
        memcpy(o, STR_DATA(it), (size_t)STR_NBYTES(it));
        o += STR_NBYTES(it);
    }
    r->length = len;
    if (ascii) r->flags = STR_ASCII;
    return OBJ_VAL(r);
}

/* -- The format mini-language for str (format(s, spec)) --------------------- */

typedef struct StrSpec {
    uint32_t fill;
    char align, sign, grouping, type;
    bool alt, zero, z, fill_given;
    int64_t width, prec;      /* -1: absent */
} StrSpec;

static int parse_spec(Value spec, StrSpec *f, char default_align)
{
    const unsigned char *p = (const unsigned char *)STR_DATA(spec), *end = p + STR_NBYTES(spec);
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->width = f->prec = -1;
    uint32_t c0 = 0;
    int n0 = 0;
    if (p < end) n0 = utf8_decode1(p, end, &c0);
    if (p + n0 < end && strchr("<>=^", p[n0])) {
        f->fill = c0; f->fill_given = true; f->align = (char)p[n0]; p += n0 + 1;
    } else if (p < end && strchr("<>=^", *p)) {
        f->align = (char)*p++;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) f->sign = (char)*p++;
    if (p < end && *p == 'z') { f->z = true; p++; }
    if (p < end && *p == '#') { f->alt = true; p++; }
    if (!f->fill_given && p < end && *p == '0') {
        f->fill = '0';
        f->zero = true;
        if (!f->align && default_align == '>') f->align = '=';
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        int64_t w = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (w > (INT64_MAX - 9) / 10) { raise_ValueError("Too many decimal digits in format string"); return -1; }
            w = w * 10 + (*p++ - '0');
        }
        f->width = w;
    }
    if (p < end && (*p == ',' || *p == '_')) {
        f->grouping = (char)*p++;
        if (p < end && (*p == ',' || *p == '_')) { raise_ValueError("Cannot specify both ',' and '_'."); return -1; }
    }
    if (p < end && *p == '.') {
        p++;
        if (!(p < end && *p >= '0' && *p <= '9')) { raise_ValueError("Format specifier missing precision"); return -1; }
        int64_t w = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (w > (INT64_MAX - 9) / 10) { raise_ValueError("Too many decimal digits in format string"); return -1; }
            w = w * 10 + (*p++ - '0');
        }
        f->prec = w;
    }
    if (end - p > 1) {
        raise_ValueError("Invalid format specifier '%s' for object of type 'str'", STR_DATA(spec));
        return -1;
    }
    if (p < end) f->type = (char)*p;
    return 0;
}

/* Pad text (len code points) into b according to width/align/fill. */
static void pad_into(StrBuf *b, const char *text, size_t nbytes, int64_t len, const StrSpec *f, char dflt)
{
    int64_t w = f->width > len ? f->width : len;
    int64_t padn = w - len, left = 0, right = 0;
    char a = f->align ? f->align : dflt;
    if (a == '>') left = padn;
    else if (a == '^') { left = padn / 2; right = padn - left; }
    else right = padn;
    char fb[4];
    int fl = enc_cp(fb, f->fill);
    for (int64_t i = 0; i < left; i++) sb_add(b, fb, (size_t)fl);
    sb_add(b, text, nbytes);
    for (int64_t i = 0; i < right; i++) sb_add(b, fb, (size_t)fl);
}

Value str_format_spec(Value v, Value spec)
{
    if (STR_NBYTES(spec) == 0) return TYPE(v) == T(str) ? v : str_make(STR_DATA(v), (size_t)STR_NBYTES(v), STR_LEN(v));
    StrSpec f;
    if (parse_spec(spec, &f, '<') < 0) return 0;
    if (f.type && f.type != 's')
        return raise_ValueError("Unknown format code '%c' for object of type 'str'", f.type);
    if (f.sign == ' ') return raise_ValueError("Space not allowed in string format specifier");
    if (f.sign) return raise_ValueError("Sign not allowed in string format specifier");
    if (f.z) return raise_ValueError("Negative zero coercion (z) not allowed in string format specifier");
    if (f.alt) return raise_ValueError("Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') return raise_ValueError("'=' alignment not allowed in string format specifier");
    if (f.grouping) return raise_ValueError("Cannot specify '%c' with 's'.", f.grouping);
    int64_t len = STR_LEN(v);
    size_t nb = (size_t)STR_NBYTES(v);
    if (f.prec >= 0 && f.prec < len) { nb = (size_t)str_byte_offset(v, f.prec); len = f.prec; }
    if (f.width <= len && nb == (size_t)STR_NBYTES(v) && TYPE(v) == T(str)) return v;
    StrBuf b;
    sb_init(&b);
    pad_into(&b, STR_DATA(v), nb, len, &f, '<');
    return sb_finish(&b);
}

/* -- str.format / format_map ------------------------------------------------ */

typedef struct FmtArgs {
    const Value *args;
    int64_t nargs;
    Value kwnames;        /* tuple or 0 */
    const Value *kwvals;
    Value mapping;        /* format_map, or 0 */
    int64_t auto_idx;     /* next automatic index; -1 once manual numbering was used */
    bool manual;
} FmtArgs;

static Value lookup_kw(FmtArgs *fa, Value key)
{
    if (fa->mapping) return obj_getitem(fa->mapping, key);
    if (fa->kwnames)
        for (int64_t i = 0; i < TUPLE_SIZE(fa->kwnames); i++)
            if (str_eq(TUPLE_ITEMS(fa->kwnames)[i], key)) return fa->kwvals[i];
    return raise_KeyError(key);
}

static bool all_digits(const char *p, const char *e)
{
    if (p == e) return false;
    for (; p < e; p++) if (*p < '0' || *p > '9') return false;
    return true;
}

static Value get_field(FmtArgs *fa, const char *p, const char *e)
{
    const char *q = p;
    while (q < e && *q != '.' && *q != '[') q++;
    Value obj;
    if (fa->mapping && (q == p || all_digits(p, q)))
        return raise_ValueError("Format string contains positional fields");
    if (q == p) {
        if (fa->manual)
            return raise_ValueError("cannot switch from manual field specification to automatic field numbering");
        int64_t i = fa->auto_idx++;
        if (i >= fa->nargs)
            return raise_IndexError("Replacement index %ld out of range for positional args tuple", (long)i);
        obj = fa->args[i];
    } else if (all_digits(p, q)) {
        if (fa->auto_idx > 0)
            return raise_ValueError("cannot switch from automatic field numbering to manual field specification");
        fa->manual = true;
        int64_t i = 0;
        for (const char *r = p; r < q; r++) {
            if (i > INT64_MAX / 10 - 10) return raise_ValueError("Too many decimal digits in format string");
            i = i * 10 + (*r - '0');
        }
        if (i >= fa->nargs)
            return raise_IndexError("Replacement index %ld out of range for positional args tuple", (long)i);
        obj = fa->args[i];
    } else {
        Value key = str_new(p, (size_t)(q - p));
        obj = lookup_kw(fa, key);
        if (!obj) return 0;
    }
    p = q;
    while (p < e) {
        if (*p == '.') {
            p++;
            q = p;
            while (q < e && *q != '.' && *q != '[') q++;
            if (q == p) return raise_ValueError("Empty attribute in format string");
            obj = obj_getattr(obj, str_new(p, (size_t)(q - p)));
            if (!obj) return 0;
            p = q;
        } else if (*p == '[') {
            p++;
            q = p;
            while (q < e && *q != ']') q++;
            if (q >= e) return raise_ValueError("Missing ']' in format string");
            if (q == p) return raise_ValueError("Empty attribute in format string");
            Value key;
            if (all_digits(p, q)) key = int_from_str(p, (size_t)(q - p), 10);
            else key = str_new(p, (size_t)(q - p));
            if (!key) return 0;
            obj = obj_getitem(obj, key);
            if (!obj) return 0;
            p = q + 1;
            if (p < e && *p != '.' && *p != '[')
                return raise_ValueError("Only '.' or '[' may follow ']' in format field specifier");
        } else {
            return raise_ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

/* Render one replacement field: name [begin,name_end), conversion, spec [spec,spec_end). */
static int render_field(StrBuf *b, FmtArgs *fa, const char *name, const char *name_end, uint32_t conv,
                        const char *spec, const char *spec_end, bool expand, int depth);

/* CPython's MarkupIterator + parse_field (Objects/stringlib/unicode_format.h). */
static int format_into(StrBuf *b, FmtArgs *fa, const char *p, const char *end, int depth)
{
    if (depth <= 0) { raise_ValueError("Max string recursion exceeded"); return -1; }
    while (p < end) {
        const char *q = p;
        char c = 0;
        while (q < end && *q != '{' && *q != '}') q++;
        if (q < end) c = *q++;
        bool at_end = q >= end;
        if (c == '}' && (at_end || *q != '}')) { raise_ValueError("Single '}' encountered in format string"); return -1; }
        if (at_end && c == '{') { raise_ValueError("Single '{' encountered in format string"); return -1; }
        size_t len = (size_t)(q - p);
        bool markup = c == '{' || c == '}';
        if (!at_end && markup) {
            if (*q == c) { q++; markup = false; }   /* '{{' or '}}': keep one */
            else len--;
        }
        sb_add(b, p, len);
        p = q;
        if (!markup) continue;
        /* parse_field */
        const char *name = p;
        c = 0;
        while (p < end) {
            c = *p++;
            if (c == '{') { raise_ValueError("unexpected '{' in field name"); return -1; }
            if (c == '[') { while (p < end && *p != ']') p++; c = 0; continue; }
            if (c == '}' || c == ':' || c == '!') break;
            c = 0;
        }
        const char *name_end = (c == '}' || c == ':' || c == '!') ? p - 1 : p;
        uint32_t conv = 0;
        const char *spec = p, *spec_end = p;
        bool expand = false;
        if (c == '!' || c == ':') {
            if (c == '!') {
                if (p >= end) { raise_ValueError("end of string while looking for conversion specifier"); return -1; }
                p += utf8_decode1((const unsigned char *)p, (const unsigned char *)end, &conv);
                if (p < end) {
                    char d = *p++;
                    if (d == '}') {
                        if (render_field(b, fa, name, name_end, conv, p, p, false, depth) < 0) return -1;
                        continue;
                    }
                    if (d != ':') { raise_ValueError("expected ':' after conversion specifier"); return -1; }
                }
            }
            spec = p;
            int count = 1;
            bool closed = false;
            while (p < end) {
                char d = *p++;
                if (d == '{') { expand = true; count++; }
                else if (d == '}' && --count == 0) { spec_end = p - 1; closed = true; break; }
            }
            if (!closed) { raise_ValueError("unmatched '{' in format spec"); return -1; }
        } else if (c != '}') {
            raise_ValueError("expected '}' before end of string");
            return -1;
        }
        if (render_field(b, fa, name, name_end, conv, spec, spec_end, expand, depth) < 0) return -1;
    }
    return 0;
}

static int render_field(StrBuf *b, FmtArgs *fa, const char *name, const char *name_end, uint32_t conv,
                        const char *spec, const char *spec_end, bool expand, int depth)
{
    Value obj = get_field(fa, name, name_end);
    if (!obj) return -1;
    switch (conv) {
    case 0: break;
    case 'r': obj = obj_repr(obj); break;
    case 's': obj = obj_str(obj); break;
    case 'a': obj = obj_ascii(obj); break;
    default:
        if (conv > 32 && conv < 127) raise_ValueError("Unknown conversion specifier %c", (int)conv);
        else raise_ValueError("Unknown conversion specifier \\x%x", (unsigned)conv);
        return -1;
    }
    if (!obj) return -1;
    if (spec == spec_end) {   /* the common "{}": no spec string to build */
        if (IS_TYPE(obj, str)) { sb_addv(b, obj); return 0; }
        if (IS_SMALL(obj)) {
            char tmp[24];
            int n = num_i64_text(SMALL_VAL(obj), tmp);
            sb_add(b, tmp, (size_t)n);
            return 0;
        }
    }
    Value specv;
    if (expand) {
        StrBuf sb;
        sb_init(&sb);
        if (format_into(&sb, fa, spec, spec_end, depth - 1) < 0) { sb_free(&sb); return -1; }
        specv = sb_finish(&sb);
    } else {
        specv = str_new(spec, (size_t)(spec_end - spec));
    }
    Value r;
    if (IS_TYPE(obj, str)) r = str_format_spec(obj, specv);
    else r = obj_format(obj, specv);
    if (!r) return -1;
    if (!IS_STR(r)) { raise_TypeError("__format__ must return a str, not %s", TYPE_NAME(r)); return -1; }
    sb_addv(b, r);
    return 0;
}

static Value str_format_m(Value self, const Value *args, size_t nargs, Value kw)
{
    FmtArgs fa = {args, (int64_t)nargs, kw, args + nargs, 0, 0, false};
    if (kw && TUPLE_SIZE(kw) == 0) fa.kwnames = 0;
    StrBuf b;
    sb_init(&b);
    if (format_into(&b, &fa, STR_DATA(self), STR_DATA(self) + STR_NBYTES(self), 2) < 0) { sb_free(&b); return 0; }
    return sb_finish(&b);
}

static Value str_format_map_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) return raise_TypeError("str.format_map() takes no keyword arguments");
    if (nargs != 1) return raise_TypeError("str.format_map() takes exactly one argument (%zu given)", nargs);
    FmtArgs fa = {NULL, 0, 0, NULL, args[0], 0, false};
    StrBuf b;
    sb_init(&b);
    if (format_into(&b, &fa, STR_DATA(self), STR_DATA(self) + STR_NBYTES(self), 2) < 0) { sb_free(&b); return 0; }
    return sb_finish(&b);
}

/* -- printf-style % formatting ---------------------------------------------- */


/* Write a number's text (sign handled here) with %-flags and width. */
static void pct_emit_num(StrBuf *b, bool neg, const char *prefix, const char *digits, size_t nd, int flags, int64_t width)
{
    char sign = neg ? '-' : (flags & PF_SIGN) ? '+' : (flags & PF_SPACE) ? ' ' : 0;
    int64_t len = (int64_t)nd + (sign ? 1 : 0) + (int64_t)strlen(prefix);
    int64_t pad = width > len ? width - len : 0;
    if (!(flags & PF_LEFT) && !(flags & PF_ZERO)) sb_addn(b, ' ', pad);
    if (sign) sb_addc(b, sign);
    sb_adds(b, prefix);
    if (!(flags & PF_LEFT) && (flags & PF_ZERO)) sb_addn(b, '0', pad);
    sb_add(b, digits, nd);
    if (flags & PF_LEFT) sb_addn(b, ' ', pad);
}

/* Integer conversions d i u x X o for % (str and bytes share this). */
int pct_format_int(StrBuf *b, Value v, char c, int flags, int64_t width, int64_t prec)
{
    Value iv;
    if (c == 'd' || c == 'i' || c == 'u') {
        if (IS_INT(v)) iv = v;
        else if (IS_FLOAT(v)) { iv = int_from_double(FLOAT_VAL(v)); if (!iv) return -1; }
        else if (TYPE(v)->nb_index) { iv = obj_index(v); if (!iv) return -1; }
        else if (TYPE(v)->nb_int) { iv = TYPE(v)->nb_int(v); if (!iv) return -1; }
        else { raise_TypeError("%%%c format: a real number is required, not %s", c, TYPE_NAME(v)); return -1; }
    } else {
        if (IS_INT(v)) iv = v;
        else if (TYPE(v)->nb_index) { iv = obj_index(v); if (!iv) return -1; }
        else { raise_TypeError("%%%c format: an integer is required, not %s", c, TYPE_NAME(v)); return -1; }
    }
    if (IS_SMALL(iv) && (c == 'd' || c == 'i' || c == 'u') && prec < 24) {
        char tmp[48];
        int64_t x = SMALL_VAL(iv);
        unsigned n = (unsigned)num_i64_text(x < 0 ? -x : x, tmp + 24);
        char *d = tmp + 24;
        while ((int64_t)n < prec) { *--d = '0'; n++; }
        pct_emit_num(b, x < 0, "", d, (size_t)n, flags, width);
        return 0;
    }
    Value s = (c == 'd' || c == 'i' || c == 'u') ? int_repr(iv) : int_to_base_str(iv, c == 'o' ? 8 : 16);
    if (!s) return -1;
    const char *d = STR_DATA(s);
    size_t n = (size_t)STR_NBYTES(s);
    bool neg = false;
    if (*d == '-') { neg = true; d++; n--; }
    if (c != 'd' && c != 'i' && c != 'u') { d += 2; n -= 2; }
    char prefix[3] = "";
    if ((flags & PF_ALT) && c != 'd' && c != 'i' && c != 'u') { prefix[0] = '0'; prefix[1] = c; }
    StrBuf t;
    sb_init(&t);
    if (prec > (int64_t)n) sb_addn(&t, '0', prec - (int64_t)n);
    sb_add(&t, d, n);
    if (c == 'X') for (size_t i = 0; i < t.len; i++) if (t.data[i] >= 'a' && t.data[i] <= 'f') t.data[i] -= 32;
    pct_emit_num(b, neg, prefix, t.data, t.len, flags, width);
    sb_free(&t);
    return 0;
}

/* Float conversions e E f F g G for %. */
int pct_format_float(StrBuf *b, Value v, char c, int flags, int64_t width, int64_t prec)
{
    double d;
    if (IS_FLOAT(v)) d = FLOAT_VAL(v);
    else if (IS_INT(v) || TYPE(v)->nb_float || TYPE(v)->nb_index) {
        if (float_as_double(v, &d) < 0) return -1;
    } else { raise_TypeError("must be real number, not %s", TYPE_NAME(v)); return -1; }
    if (prec < 0) prec = 6;
    bool neg = signbit(d) && !isnan(d);
    double a = fabs(d);
    if ((c == 'f' || c == 'F') && isfinite(a) && prec <= 17) {
        char tmp[48];
        int n = num_fixed_text(a, (int)prec, tmp);
        if (n >= 0) {
            if ((flags & PF_ALT) && prec == 0) tmp[n++] = '.';
            pct_emit_num(b, neg, "", tmp, (size_t)n, flags, width);
            return 0;
        }
    }
    char fmt[16];
    snprintf(fmt, sizeof fmt, "%%%s.*%c", (flags & PF_ALT) ? "#" : "", c);
    StrBuf t;
    sb_init(&t);
    if (isnan(d) || isinf(d)) {
        const char *txt = isnan(d) ? "nan" : "inf";
        if (c == 'E' || c == 'F' || c == 'G') txt = isnan(d) ? "NAN" : "INF";
        sb_adds(&t, txt);
        pct_emit_num(b, neg, "", t.data, t.len, flags, width);
    } else {
        if (prec > 10000) prec = 10000;
        int n = snprintf(NULL, 0, fmt, (int)prec, a);
        if (t.len + (size_t)n + 1 > t.cap) sb_grow(&t, (size_t)n + 1);
        snprintf(t.data, (size_t)n + 1, fmt, (int)prec, a);
        t.len = (size_t)n;
        pct_emit_num(b, neg, "", t.data, t.len, flags, width);
    }
    sb_free(&t);
    return 0;
}

static void pad_text(StrBuf *b, Value s, int flags, int64_t width, int64_t prec)
{
    int64_t len = STR_LEN(s);
    size_t nb = (size_t)STR_NBYTES(s);
    if (prec >= 0 && prec < len) { nb = (size_t)str_byte_offset(s, prec); len = prec; }
    int64_t pad = width > len ? width - len : 0;
    if (!(flags & PF_LEFT)) sb_addn(b, ' ', pad);
    sb_add(b, STR_DATA(s), nb);
    if (flags & PF_LEFT) sb_addn(b, ' ', pad);
}

Value str_format_percent(Value fmtv, Value args)
{
    const char *p = STR_DATA(fmtv), *end = p + STR_NBYTES(fmtv);
    const char *base = p;
    int64_t arglen, argidx;
    Value dict = 0;
    if (IS_TUPLE(args)) { arglen = TUPLE_SIZE(args); argidx = 0; }
    else { arglen = -1; argidx = -2; }
    if (TYPE(args)->getitem && !IS_TUPLE(args) && !IS_STR(args)) dict = args;
    StrBuf b;
    sb_init(&b);
#define NEXTARG(dst) do { \
        if (argidx < arglen) { argidx++; dst = arglen < 0 ? args : TUPLE_ITEMS(args)[argidx - 1]; } \
        else { raise_TypeError("not enough arguments for format string"); goto fail; } } while (0)
    while (p < end) {
        const char *q = memchr(p, '%', (size_t)(end - p));
        if (!q) { sb_add(&b, p, (size_t)(end - p)); break; }
        sb_add(&b, p, (size_t)(q - p));
        p = q + 1;
        Value v = 0;
        bool have_key = false;
        if (p < end && *p == '(') {
            if (!dict) { raise_TypeError("format requires a mapping"); goto fail; }
            const char *ks = ++p;
            int level = 1;
            while (p < end && level > 0) {
                if (*p == '(') level++;
                else if (*p == ')') level--;
                if (level > 0) p++;
            }
            if (p >= end) { raise_ValueError("incomplete format key"); goto fail; }
            Value key = str_new(ks, (size_t)(p - ks));
            p++;
            v = obj_getitem(dict, key);
            if (!v) goto fail;
            have_key = true;
            arglen = -1;
            argidx = -1;    /* CPython: the looked-up value was the one argument; none is left */
        }
        int flags = 0;
        for (; p < end; p++) {
            if (*p == '-') flags |= PF_LEFT;
            else if (*p == '+') flags |= PF_SIGN;
            else if (*p == ' ') flags |= PF_SPACE;
            else if (*p == '#') flags |= PF_ALT;
            else if (*p == '0') flags |= PF_ZERO;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (p < end && *p == '*') {
            Value w;
            NEXTARG(w);
            if (!IS_INT(w)) { raise_TypeError("* wants int"); goto fail; }
            if (int_as_i64(w, &width) < 0) goto fail;
            if (width < 0) { flags |= PF_LEFT; width = -width; }
            if (heap_too_big(width, 1)) goto fail;
            p++;
        } else {
            while (p < end && *p >= '0' && *p <= '9') {
                if (width < 0) width = 0;
                width = width * 10 + (*p++ - '0');
                if (width > INT32_MAX) { raise_ValueError("width too big"); goto fail; }
            }
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            if (p < end && *p == '*') {
                Value w;
                NEXTARG(w);
                if (!IS_INT(w)) { raise_TypeError("* wants int"); goto fail; }
                if (int_as_i64(w, &prec) < 0) goto fail;
                if (prec > INT32_MAX || prec < INT32_MIN) { /* CPython reads it as a C int */
                    raise_fmt(E(OverflowError), "Python int too large to convert to C int");
                    goto fail;
                }
                if (prec < 0) prec = 0;
                p++;
            } else {
                while (p < end && *p >= '0' && *p <= '9') {
                    prec = prec * 10 + (*p++ - '0');
                    if (prec > INT32_MAX) { raise_ValueError("precision too big"); goto fail; }
                }
            }
        }
        if (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
        if (p >= end) { raise_ValueError("incomplete format"); goto fail; }
        char c = *p++;
        if (c == '%' && p == q + 2) { sb_addc(&b, '%'); continue; }
        if (!have_key) NEXTARG(v);
        switch (c) {
        case 's': case 'r': case 'a': {
            Value s = c == 's' ? obj_str(v) : c == 'r' ? obj_repr(v) : obj_ascii(v);
            if (!s) goto fail;
            pad_text(&b, s, flags, width, prec);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            if (pct_format_int(&b, v, c, flags, width, prec) < 0) goto fail;
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (pct_format_float(&b, v, c, flags, width, prec) < 0) goto fail;
            break;
        case 'c': {
            Value s;
            if (IS_STR(v)) {
                if (STR_LEN(v) != 1) { raise_TypeError("%%c requires int or char"); goto fail; }
                s = v;
            } else if (IS_INT(v) || TYPE(v)->nb_index) {
                Value iv = obj_index(v);
                if (!iv) goto fail;
                int64_t cp;
                if (int_as_i64(iv, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
                    exc_clear();
                    raise_OverflowError("%%c arg not in range(0x110000)");
                    goto fail;
                }
                s = str_from_codepoint((uint32_t)cp);
            } else { raise_TypeError("%%c requires int or char"); goto fail; }
            pad_text(&b, s, flags, width, -1);
            break;
        }
        default: {
            uint32_t cp;
            utf8_decode1((const unsigned char *)p - 1, (const unsigned char *)end, &cp);
            int64_t idx = count_cps(base, (size_t)(p - 1 - base));
            raise_ValueError("unsupported format character '%c' (0x%x) at index %ld",
                             (cp >= 31 && cp <= 126) ? (int)cp : '?', (unsigned)cp, (long)idx);
            goto fail;
        }
        }
    }
    if (argidx < arglen && !dict) {
        raise_TypeError("not all arguments converted during string formatting");
        goto fail;
    }
    return sb_finish(&b);
fail:
    sb_free(&b);
    return 0;
#undef NEXTARG
}

/* -- Argument helpers --------------------------------------------------------- */

/* Argument Clinic style: "center expected at least 1 argument, got 0". */
static int nargs_chk(const char *name, size_t nargs, Value kw, size_t min, size_t max)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("%s() takes no keyword arguments", name); return -1; }
    if (nargs < min) {
        raise_TypeError("%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at least ",
                        min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        raise_TypeError("%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at most ",
                        max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* Old style: "find() takes at least 1 argument (0 given)". */
static int nargs_old(const char *name, size_t nargs, Value kw, size_t min, size_t max)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("%s() takes no keyword arguments", name); return -1; }
    if (nargs < min) {
        raise_TypeError("%s() takes at least %zu argument%s (%zu given)", name, min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        raise_TypeError("%s() takes at most %zu argument%s (%zu given)", name, max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static int noargs(const char *name, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("str.%s() takes no keyword arguments", name); return -1; }
    if (nargs) { raise_TypeError("str.%s() takes no arguments (%zu given)", name, nargs); return -1; }
    return 0;
}

static int onearg(const char *name, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("str.%s() takes no keyword arguments", name); return -1; }
    if (nargs != 1) { raise_TypeError("str.%s() takes exactly one argument (%zu given)", name, nargs); return -1; }
    return 0;
}

/* A slice index argument: None keeps *out; big ints clamp. */
static int slice_idx(Value v, int64_t *out)
{
    if (!v || v == NONE) return 0;
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    if (!IS_INT(v) && !TYPE(v)->nb_index) {
        raise_TypeError("slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Value i = obj_index(v);
    if (!i) return -1;
    if (int_as_i64(i, out) < 0) { exc_clear(); *out = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2; }
    return 0;
}

static void adjust(int64_t *start, int64_t *end, int64_t len)
{
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

static int as_index_i64(Value v, int64_t *out)
{
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    if (!IS_INT(v) && !TYPE(v)->nb_index) {
        raise_TypeError("'%s' object cannot be interpreted as an integer", TYPE_NAME(v));
        return -1;
    }
    Value i = obj_index(v);
    if (!i) return -1;
    if (int_as_i64(i, out) < 0) {
        exc_clear();
        raise_OverflowError("Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

static Value need_str(Value v)
{
    if (!IS_STR(v)) return raise_TypeError("must be str, not %s", TYPE_NAME(v));
    return v;
}

static inline bool is_space(uint32_t c)
{
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    return (uni_props(c) & UNI_SPACE) != 0;
}

static inline bool is_linebreak(uint32_t c)
{
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) ||
           c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* Decode a str to a malloc'd code point array. */
static uint32_t *to_cps(Value s)
{
    Str *o = (Str *)s;
    uint32_t *a = malloc(sizeof(uint32_t) * (size_t)(o->length + 1));
    if (!a) kiln_fatal("out of memory");
    const unsigned char *p = (const unsigned char *)o->data, *e = p + o->nbytes;
    int64_t i = 0;
    while (p < e) p += utf8_decode1(p, e, &a[i++]);
    return a;
}

static Value exact(Value s)
{
    if (TYPE(s) == T(str)) return s;
    return str_make(STR_DATA(s), (size_t)STR_NBYTES(s), STR_LEN(s));
}

/* -- Searching ---------------------------------------------------------------- */

static const char *memrmem(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn > hn) return NULL;
    if (nn == 0) return h + hn;
    for (const char *p = h + hn - nn;; p--) {
        if (*p == *n && memcmp(p, n, nn) == 0) return p;
        if (p == h) return NULL;
    }
}

/* find in s[start:end] (code point indices already adjusted); dir 1 or -1. */
static int64_t str_find_in(Value s, Value sub, int64_t start, int64_t end, int dir)
{
    int64_t len = STR_LEN(s), sl = STR_LEN(sub);
    if (start > len || end - start < sl) return -1;
    int64_t bs = str_byte_offset(s, start), be = str_byte_offset(s, end);
    const char *h = STR_DATA(s) + bs;
    const char *r;
    if (dir > 0) r = STR_NBYTES(sub) == 0 ? h : find_bytes(h, (size_t)(be - bs), STR_DATA(sub), (size_t)STR_NBYTES(sub));
    else r = memrmem(h, (size_t)(be - bs), STR_DATA(sub), (size_t)STR_NBYTES(sub));
    if (!r) return -1;
    return start + (((Str *)s)->flags & STR_ASCII ? (int64_t)(r - h) : count_cps(h, (size_t)(r - h)));
}

static int64_t count_in(const char *h, size_t hn, const char *n, size_t nn, int64_t maxc)
{
    int64_t c = 0;
    const char *e = h + hn;
    while (c < maxc) {
        const char *r = find_bytes(h, (size_t)(e - h), n, nn);
        if (!r) break;
        c++;
        h = r + nn;
    }
    return c;
}

static int find_args(const char *name, Value self, const Value *args, size_t nargs, Value kw,
                     Value *sub, int64_t *start, int64_t *end)
{
    if (nargs_old(name, nargs, kw, 1, 3) < 0) return -1;
    *sub = args[0];
    *start = 0;
    *end = INT64_MAX;
    /* the bounds are converted before the substring is checked, as CPython */
    if (nargs > 1 && slice_idx(args[1], start) < 0) return -1;
    if (nargs > 2 && slice_idx(args[2], end) < 0) return -1;
    if (!need_str(args[0])) return -1;
    adjust(start, end, STR_LEN(self));
    return 0;
}

static Value m_find(Value self, const Value *args, size_t nargs, Value kw)
{
    Value sub; int64_t s, e;
    if (find_args("find", self, args, nargs, kw, &sub, &s, &e) < 0) return 0;
    return MKSMALL(str_find_in(self, sub, s, e, 1));
}
static Value m_rfind(Value self, const Value *args, size_t nargs, Value kw)
{
    Value sub; int64_t s, e;
    if (find_args("rfind", self, args, nargs, kw, &sub, &s, &e) < 0) return 0;
    return MKSMALL(str_find_in(self, sub, s, e, -1));
}
static Value m_index(Value self, const Value *args, size_t nargs, Value kw)
{
    Value sub; int64_t s, e;
    if (find_args("index", self, args, nargs, kw, &sub, &s, &e) < 0) return 0;
    int64_t r = str_find_in(self, sub, s, e, 1);
    if (r < 0) return raise_ValueError("substring not found");
    return MKSMALL(r);
}
static Value m_rindex(Value self, const Value *args, size_t nargs, Value kw)
{
    Value sub; int64_t s, e;
    if (find_args("rindex", self, args, nargs, kw, &sub, &s, &e) < 0) return 0;
    int64_t r = str_find_in(self, sub, s, e, -1);
    if (r < 0) return raise_ValueError("substring not found");
    return MKSMALL(r);
}
static Value m_count(Value self, const Value *args, size_t nargs, Value kw)
{
    Value sub; int64_t s, e;
    if (find_args("count", self, args, nargs, kw, &sub, &s, &e) < 0) return 0;
    int64_t len = STR_LEN(self);
    if (s > len || e < s) return MKSMALL(0);
    if (STR_LEN(sub) == 0) return MKSMALL(e - s + 1);
    int64_t bs = str_byte_offset(self, s), be = str_byte_offset(self, e);
    return MKSMALL(count_in(STR_DATA(self) + bs, (size_t)(be - bs), STR_DATA(sub), (size_t)STR_NBYTES(sub), INT64_MAX));
}

static int tailmatch(Value self, Value sub, int64_t start, int64_t end, int dir)
{
    int64_t sl = STR_LEN(sub);
    if (start > STR_LEN(self)) return 0;
    if (end - start < sl) return 0;
    if (sl == 0) return 1;
    int64_t at = dir < 0 ? start : end - sl;
    int64_t b = str_byte_offset(self, at);
    return b + STR_NBYTES(sub) <= STR_NBYTES(self) &&
           memcmp(STR_DATA(self) + b, STR_DATA(sub), (size_t)STR_NBYTES(sub)) == 0;
}

static Value starts_ends(const char *name, Value self, const Value *args, size_t nargs, Value kw, int dir)
{
    if (nargs_old(name, nargs, kw, 1, 3) < 0) return 0;
    int64_t s = 0, e = INT64_MAX;
    if (nargs > 1 && slice_idx(args[1], &s) < 0) return 0;
    if (nargs > 2 && slice_idx(args[2], &e) < 0) return 0;
    adjust(&s, &e, STR_LEN(self));
    Value x = args[0];
    if (IS_TUPLE(x)) {
        for (int64_t i = 0; i < TUPLE_SIZE(x); i++) {
            Value it = TUPLE_ITEMS(x)[i];
            if (!IS_STR(it))
                return raise_TypeError("tuple for %s must only contain str, not %s", name, TYPE_NAME(it));
            if (tailmatch(self, it, s, e, dir)) return TRUE_V;
        }
        return FALSE_V;
    }
    if (!IS_STR(x))
        return raise_TypeError("%s first arg must be str or a tuple of str, not %s", name, TYPE_NAME(x));
    return BOOL_V(tailmatch(self, x, s, e, dir));
}
static Value m_startswith(Value self, const Value *args, size_t nargs, Value kw)
{ return starts_ends("startswith", self, args, nargs, kw, -1); }
static Value m_endswith(Value self, const Value *args, size_t nargs, Value kw)
{ return starts_ends("endswith", self, args, nargs, kw, 1); }

/* -- Case mapping ------------------------------------------------------------- */

static inline bool cased(uint32_t c) { return (uni_props(c) & (UNI_LOWER | UNI_UPPER | UNI_TITLE)) != 0; }

/* Greek capital sigma lowercases to final sigma at the end of a cased word. */
static uint32_t sigma_lower(const uint32_t *a, int64_t n, int64_t i)
{
    int64_t j = i - 1;
    while (j >= 0 && (uni_props(a[j]) & UNI_CASE_IGN)) j--;
    bool final = j >= 0 && cased(a[j]);
    if (final) {
        j = i + 1;
        while (j < n && (uni_props(a[j]) & UNI_CASE_IGN)) j++;
        final = !(j < n && cased(a[j]));
    }
    return final ? 0x3C2 : 0x3C3;
}

static void add_lower(StrBuf *b, const uint32_t *a, int64_t n, int64_t i)
{
    if (a[i] == 0x3A3) { sb_add_cp(b, sigma_lower(a, n, i)); return; }
    uint32_t o[3];
    int k = uni_case_full(a[i], 0, o);
    for (int j = 0; j < k; j++) sb_add_cp(b, o[j]);
}
static void add_map(StrBuf *b, uint32_t c, int kind)
{
    uint32_t o[3];
    int k = uni_case_full(c, kind, o);
    for (int j = 0; j < k; j++) sb_add_cp(b, o[j]);
}

enum { CM_LOWER, CM_UPPER, CM_TITLE, CM_FOLD, CM_SWAP, CM_CAP };

static Value case_map(Value self, int mode)
{
    Str *s = (Str *)self;
    if (s->flags & STR_ASCII) {
        Str *r = str_alloc(T(str), (size_t)s->nbytes, true);
        r->length = s->length;
        r->flags = STR_ASCII;
        bool prev = false;
        for (int64_t i = 0; i < s->nbytes; i++) {
            char c = s->data[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (mode) {
            case CM_LOWER: case CM_FOLD: if (up) c += 32; break;
            case CM_UPPER: if (lo) c -= 32; break;
            case CM_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
            case CM_TITLE:
                if (prev) { if (up) c += 32; } else if (lo) c -= 32;
                prev = up || lo;
                break;
            case CM_CAP:
                if (i == 0) { if (lo) c -= 32; } else if (up) c += 32;
                break;
            }
            r->data[i] = c;
        }
        return OBJ_VAL(r);
    }
    uint32_t *a = to_cps(self);
    int64_t n = s->length;
    StrBuf b;
    sb_init(&b);
    bool prev = false;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = a[i];
        unsigned pr = uni_props(c);
        switch (mode) {
        case CM_LOWER: add_lower(&b, a, n, i); break;
        case CM_UPPER: add_map(&b, c, 1); break;
        case CM_FOLD: add_map(&b, c, 3); break;
        case CM_SWAP:
            if (pr & UNI_UPPER) add_lower(&b, a, n, i);
            else if (pr & UNI_LOWER) add_map(&b, c, 1);
            else sb_add_cp(&b, c);
            break;
        case CM_TITLE:
            if (prev) add_lower(&b, a, n, i); else add_map(&b, c, 2);
            prev = (pr & (UNI_LOWER | UNI_UPPER | UNI_TITLE)) != 0;
            break;
        case CM_CAP:
            if (i == 0) add_map(&b, c, 2); else add_lower(&b, a, n, i);
            break;
        }
    }
    free(a);
    return sb_finish(&b);
}

#define CASE_METHOD(fn, pyname, mode) \
    static Value fn(Value self, const Value *args, size_t nargs, Value kw) \
    { if (noargs(pyname, nargs, kw) < 0) return 0; return case_map(self, mode); }
CASE_METHOD(m_lower, "lower", CM_LOWER)
CASE_METHOD(m_upper, "upper", CM_UPPER)
CASE_METHOD(m_title, "title", CM_TITLE)
CASE_METHOD(m_casefold, "casefold", CM_FOLD)
CASE_METHOD(m_swapcase, "swapcase", CM_SWAP)
CASE_METHOD(m_capitalize, "capitalize", CM_CAP)

/* -- Predicates ---------------------------------------------------------------- */

enum { P_ALNUM, P_ALPHA, P_DECIMAL, P_DIGIT, P_NUMERIC, P_SPACE, P_PRINTABLE, P_ASCII,
       P_LOWER, P_UPPER, P_TITLE, P_IDENT };

static int pred(Value self, int kind)
{
    Str *s = (Str *)self;
    const unsigned char *p = (const unsigned char *)s->data, *e = p + s->nbytes;
    if (kind == P_ASCII) return (s->flags & STR_ASCII) != 0;
    if (kind == P_PRINTABLE && s->length == 0) return 1;
    if (s->length == 0) return 0;
    bool cas = false, prev = false;
    int64_t i = 0;
    while (p < e) {
        uint32_t c;
        p += utf8_decode1(p, e, &c);
        unsigned f = uni_props(c);
        switch (kind) {
        case P_ALNUM: if (!(f & (UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC))) return 0; break;
        case P_ALPHA: if (!(f & UNI_ALPHA)) return 0; break;
        case P_DECIMAL: if (!(f & UNI_DECIMAL)) return 0; break;
        case P_DIGIT: if (!(f & UNI_DIGIT)) return 0; break;
        case P_NUMERIC: if (!(f & UNI_NUMERIC)) return 0; break;
        case P_SPACE: if (!is_space(c)) return 0; break;
        case P_PRINTABLE: if (!(f & UNI_PRINTABLE)) return 0; break;
        case P_LOWER: if (f & (UNI_UPPER | UNI_TITLE)) return 0; if (f & UNI_LOWER) cas = true; break;
        case P_UPPER: if (f & (UNI_LOWER | UNI_TITLE)) return 0; if (f & UNI_UPPER) cas = true; break;
        case P_TITLE:
            if (f & (UNI_UPPER | UNI_TITLE)) { if (prev) return 0; prev = cas = true; }
            else if (f & UNI_LOWER) { if (!prev) return 0; prev = cas = true; }
            else prev = false;
            break;
        case P_IDENT:
            if (i == 0 ? !(f & UNI_XID_START) : !(f & UNI_XID_CONT)) return 0;
            break;
        }
        i++;
    }
    if (kind == P_LOWER || kind == P_UPPER || kind == P_TITLE) return cas;
    return 1;
}

#define PRED_METHOD(fn, pyname, kind) \
    static Value fn(Value self, const Value *args, size_t nargs, Value kw) \
    { if (noargs(pyname, nargs, kw) < 0) return 0; return BOOL_V(pred(self, kind)); }
PRED_METHOD(m_isalnum, "isalnum", P_ALNUM)
PRED_METHOD(m_isalpha, "isalpha", P_ALPHA)
PRED_METHOD(m_isdecimal, "isdecimal", P_DECIMAL)
PRED_METHOD(m_isdigit, "isdigit", P_DIGIT)
PRED_METHOD(m_isnumeric, "isnumeric", P_NUMERIC)
PRED_METHOD(m_isspace, "isspace", P_SPACE)
PRED_METHOD(m_isprintable, "isprintable", P_PRINTABLE)
PRED_METHOD(m_isascii, "isascii", P_ASCII)
PRED_METHOD(m_islower, "islower", P_LOWER)
PRED_METHOD(m_isupper, "isupper", P_UPPER)
PRED_METHOD(m_istitle, "istitle", P_TITLE)
PRED_METHOD(m_isidentifier, "isidentifier", P_IDENT)

/* -- Padding, stripping ----------------------------------------------------- */

static int fill_arg(Value v, uint32_t *fill)
{
    if (!IS_STR(v)) { raise_TypeError("The fill character must be a unicode character, not %s", TYPE_NAME(v)); return -1; }
    if (STR_LEN(v) != 1) { raise_TypeError("The fill character must be exactly one character long"); return -1; }
    *fill = str_char_at(v, 0);
    return 0;
}

static Value pad(Value self, int64_t left, int64_t right, uint32_t fill)
{
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return exact(self);
    char fb[4];
    int fl = enc_cp(fb, fill);
    size_t n = (size_t)STR_NBYTES(self) + (size_t)(left + right) * (size_t)fl;
    Str *r = str_alloc(T(str), n, (((Str *)self)->flags & STR_ASCII) && fill < 128);
    char *o = r->data;
    if (fl == 1) { memset(o, fb[0], (size_t)left); o += left; }
    else for (int64_t i = 0; i < left; i++) { memcpy(o, fb, (size_t)fl); o += fl; }
    memcpy(o, STR_DATA(self), (size_t)STR_NBYTES(self));
    o += STR_NBYTES(self);
    if (fl == 1) memset(o, fb[0], (size_t)right);
    else for (int64_t i = 0; i < right; i++) { memcpy(o, fb, (size_t)fl); o += fl; }
    r->length = STR_LEN(self) + left + right;
    if ((((Str *)self)->flags & STR_ASCII) && fill < 128) r->flags = STR_ASCII;
    return OBJ_VAL(r);
}

static Value justify(const char *name, Value self, const Value *args, size_t nargs, Value kw, int how)
{
    if (nargs_chk(name, nargs, kw, 1, 2) < 0) return 0;
    int64_t w;
    uint32_t fill = ' ';
    if (as_index_i64(args[0], &w) < 0) return 0;
    if (nargs > 1 && fill_arg(args[1], &fill) < 0) return 0;
    int64_t len = STR_LEN(self);
    if (w <= len) return exact(self);
    int64_t marg = w - len;
    if (how < 0) return pad(self, 0, marg, fill);
    if (how > 0) return pad(self, marg, 0, fill);
    int64_t left = marg / 2 + (marg & w & 1);
    return pad(self, left, marg - left, fill);
}
static Value m_ljust(Value self, const Value *args, size_t nargs, Value kw) { return justify("ljust", self, args, nargs, kw, -1); }
static Value m_rjust(Value self, const Value *args, size_t nargs, Value kw) { return justify("rjust", self, args, nargs, kw, 1); }
static Value m_center(Value self, const Value *args, size_t nargs, Value kw) { return justify("center", self, args, nargs, kw, 0); }

static Value m_zfill(Value self, const Value *args, size_t nargs, Value kw)
{
    if (onearg("zfill", nargs, kw) < 0) return 0;
    int64_t w;
    if (as_index_i64(args[0], &w) < 0) return 0;
    int64_t len = STR_LEN(self);
    if (w <= len) return exact(self);
    Value r = pad(self, w - len, 0, '0');
    Str *rs = (Str *)r;
    char *d = rs->data;
    if (d[w - len] == '+' || d[w - len] == '-') { d[0] = d[w - len]; d[w - len] = '0'; }
    return r;
}

static bool in_chars(uint32_t c, Value chars)
{
    if (!chars) return is_space(c);
    const unsigned char *p = (const unsigned char *)STR_DATA(chars), *e = p + STR_NBYTES(chars);
    while (p < e) {
        uint32_t d;
        p += utf8_decode1(p, e, &d);
        if (d == c) return true;
    }
    return false;
}

static Value do_strip(const char *name, Value self, const Value *args, size_t nargs, Value kw, int which)
{
    if (nargs_chk(name, nargs, kw, 0, 1) < 0) return 0;
    Value chars = 0;
    if (nargs && args[0] != NONE) {
        if (!IS_STR(args[0])) return raise_TypeError("%s arg must be None or str", name);
        chars = args[0];
    }
    const unsigned char *base = (const unsigned char *)STR_DATA(self);
    const unsigned char *p = base, *e = base + STR_NBYTES(self);
    if (which & 1) {
        while (p < e) {
            uint32_t c;
            int n = utf8_decode1(p, e, &c);
            if (!in_chars(c, chars)) break;
            p += n;
        }
    }
    if (which & 2) {
        while (e > p) {
            const unsigned char *q = e - 1;
            while (q > p && (*q & 0xC0) == 0x80) q--;
            uint32_t c;
            utf8_decode1(q, e, &c);
            if (!in_chars(c, chars)) break;
            e = q;
        }
    }
    if (p == base && e == base + STR_NBYTES(self)) return exact(self);
    return str_new((const char *)p, (size_t)(e - p));
}
static Value m_strip(Value self, const Value *args, size_t nargs, Value kw) { return do_strip("strip", self, args, nargs, kw, 3); }
static Value m_lstrip(Value self, const Value *args, size_t nargs, Value kw) { return do_strip("lstrip", self, args, nargs, kw, 1); }
static Value m_rstrip(Value self, const Value *args, size_t nargs, Value kw) { return do_strip("rstrip", self, args, nargs, kw, 2); }

static Value m_removeprefix(Value self, const Value *args, size_t nargs, Value kw)
{
    if (onearg("removeprefix", nargs, kw) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("removeprefix() argument must be str, not %A", args[0]);
    Value p = args[0];
    if (STR_NBYTES(p) <= STR_NBYTES(self) && memcmp(STR_DATA(self), STR_DATA(p), (size_t)STR_NBYTES(p)) == 0)
        return str_make(STR_DATA(self) + STR_NBYTES(p), (size_t)(STR_NBYTES(self) - STR_NBYTES(p)), STR_LEN(self) - STR_LEN(p));
    return exact(self);
}
static Value m_removesuffix(Value self, const Value *args, size_t nargs, Value kw)
{
    if (onearg("removesuffix", nargs, kw) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("removesuffix() argument must be str, not %A", args[0]);
    Value p = args[0];
    if (STR_NBYTES(p) > 0 && STR_NBYTES(p) <= STR_NBYTES(self) &&
        memcmp(STR_DATA(self) + STR_NBYTES(self) - STR_NBYTES(p), STR_DATA(p), (size_t)STR_NBYTES(p)) == 0)
        return str_make(STR_DATA(self), (size_t)(STR_NBYTES(self) - STR_NBYTES(p)), STR_LEN(self) - STR_LEN(p));
    return exact(self);
}

/* -- split / join / replace / partition ----------------------------------------- */

static int split_args(const char *name, const Value *args, size_t nargs, Value kw, Value *sep, int64_t *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value out[2] = {0, 0};
    if (args_parse(name, args, nargs, kw, names, 0, out) < 0) return -1;
    *sep = (out[0] && out[0] != NONE) ? out[0] : 0;
    *maxsplit = -1;
    if (out[1] && as_index_i64(out[1], maxsplit) < 0) return -1;
    if (*sep && !IS_STR(*sep)) { raise_TypeError("must be str or None, not %s", TYPE_NAME(*sep)); return -1; }
    if (*sep && STR_NBYTES(*sep) == 0) { raise_ValueError("empty separator"); return -1; }
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return 0;
}

static Value piece(const char *p, const char *e, bool ascii)
{
    return ascii ? str_make(p, (size_t)(e - p), e - p) : str_new(p, (size_t)(e - p));
}

static Value m_split(Value self, const Value *args, size_t nargs, Value kw)
{
    Value sep; int64_t maxs;
    if (split_args("split", args, nargs, kw, &sep, &maxs) < 0) return 0;
    Value list = list_new(0);
    const char *p = STR_DATA(self), *e = p + STR_NBYTES(self);
    bool ascii = ((Str *)self)->flags & STR_ASCII;
    if (!sep) {
        int64_t n = 0;
        while (p < e) {
            uint32_t c;
            int k;
            while (p < e && (k = utf8_decode1((const unsigned char *)p, (const unsigned char *)e, &c), is_space(c))) p += k;
            if (p >= e) break;
            if (n >= maxs) {
                const char *q = e;
                if (list_append(list, piece(p, q, ascii)) < 0) return 0;
                break;
            }
            const char *q = p;
            while (q < e && (k = utf8_decode1((const unsigned char *)q, (const unsigned char *)e, &c), !is_space(c))) q += k;
            if (p == STR_DATA(self) && q == e && TYPE(self) == T(str)) { if (list_append(list, self) < 0) return 0; }
            else if (list_append(list, piece(p, q, ascii)) < 0) return 0;
            n++;
            p = q;
        }
        return list;
    }
    const char *sd = STR_DATA(sep);
    size_t sn = (size_t)STR_NBYTES(sep);
    int64_t n = 0;
    while (n < maxs) {
        const char *r = find_bytes(p, (size_t)(e - p), sd, sn);
        if (!r) break;
        if (list_append(list, piece(p, r, ascii)) < 0) return 0;
        p = r + sn;
        n++;
    }
    if (n == 0 && TYPE(self) == T(str)) { if (list_append(list, self) < 0) return 0; }
    else if (list_append(list, piece(p, e, ascii)) < 0) return 0;
    return list;
}

static int list_reverse_inplace(Value list)
{
    int64_t n = LIST_SIZE(list);
    Value *it = LIST_ITEMS(list);
    for (int64_t i = 0; i < n / 2; i++) { Value t = it[i]; it[i] = it[n - 1 - i]; it[n - 1 - i] = t; }
    return 0;
}

static Value m_rsplit(Value self, const Value *args, size_t nargs, Value kw)
{
    Value sep; int64_t maxs;
    if (split_args("rsplit", args, nargs, kw, &sep, &maxs) < 0) return 0;
    Value list = list_new(0);
    const char *b = STR_DATA(self), *e = b + STR_NBYTES(self);
    bool ascii = ((Str *)self)->flags & STR_ASCII;
    if (!sep) {
        int64_t n = 0;
        while (e > b) {
            const char *q;
            uint32_t c;
            /* skip trailing whitespace */
            while (e > b) {
                q = e - 1;
                while (q > b && ((unsigned char)*q & 0xC0) == 0x80) q--;
                utf8_decode1((const unsigned char *)q, (const unsigned char *)e, &c);
                if (!is_space(c)) break;
                e = q;
            }
            if (e <= b) break;
            if (n >= maxs) { if (list_append(list, piece(b, e, ascii)) < 0) return 0; break; }
            const char *s = e;
            while (s > b) {
                q = s - 1;
                while (q > b && ((unsigned char)*q & 0xC0) == 0x80) q--;
                utf8_decode1((const unsigned char *)q, (const unsigned char *)e, &c);
                if (is_space(c)) break;
                s = q;
            }
            if (list_append(list, piece(s, e, ascii)) < 0) return 0;
            n++;
            e = s;
        }
        list_reverse_inplace(list);
        return list;
    }
    const char *sd = STR_DATA(sep);
    size_t sn = (size_t)STR_NBYTES(sep);
    int64_t n = 0;
    while (n < maxs) {
        const char *r = memrmem(b, (size_t)(e - b), sd, sn);
        if (!r) break;
        if (list_append(list, piece(r + sn, e, ascii)) < 0) return 0;
        e = r;
        n++;
    }
    if (list_append(list, piece(b, e, ascii)) < 0) return 0;
    list_reverse_inplace(list);
    return list;
}

static Value m_splitlines(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"keepends", NULL};
    Value out[1] = {0};
    if (args_parse("splitlines", args, nargs, kw, names, 0, out) < 0) return 0;
    int keep = 0;
    if (out[0]) {   /* an int, as CPython's bool(accept={int}) */
        Value i = obj_index(out[0]);
        if (!i) {
            if (exc_matches(E(TypeError)))
                { exc_clear(); return raise_TypeError("'%T' object cannot be interpreted as an integer", out[0]); }
            return 0;
        }
        keep = obj_truthy(i);
        if (keep < 0) return 0;
    }
    Value list = list_new(0);
    const char *p = STR_DATA(self), *e = p + STR_NBYTES(self);
    bool ascii = ((Str *)self)->flags & STR_ASCII;
    while (p < e) {
        const char *q = p;
        uint32_t c = 0;
        int k = 0;
        while (q < e) {
            k = utf8_decode1((const unsigned char *)q, (const unsigned char *)e, &c);
            if (is_linebreak(c)) break;
            q += k;
        }
        const char *eol = q;
        if (q < e) {
            q += k;
            if (c == '\r' && q < e && *q == '\n') q++;
            if (keep) eol = q;
        }
        if (p == STR_DATA(self) && eol == e && TYPE(self) == T(str)) { if (list_append(list, self) < 0) return 0; }
        else if (list_append(list, piece(p, eol, ascii)) < 0) return 0;
        p = q;
    }
    return list;
}

static Value m_join(Value self, const Value *args, size_t nargs, Value kw)
{
    if (onearg("join", nargs, kw) < 0) return 0;
    return str_join(self, args[0]);
}

static Value str_replace(Value self, Value old, Value new_, int64_t maxc)
{
    Str *s = (Str *)self;
    if (maxc < 0) maxc = INT64_MAX;
    size_t on = (size_t)STR_NBYTES(old), nn = (size_t)STR_NBYTES(new_);
    if (maxc == 0) return exact(self);
    if (on == 0) {
        /* insert new before every code point and at the end */
        int64_t ins = s->length + 1 < maxc ? s->length + 1 : maxc;
        StrBuf b;
        sb_init(&b);
        const char *p = s->data, *e = p + s->nbytes;
        int64_t k = 0;
        while (k < ins) {
            sb_add(&b, STR_DATA(new_), nn);
            k++;
            if (p >= e) break;
            int l = u8len((unsigned char)*p);
            sb_add(&b, p, (size_t)l);
            p += l;
        }
        if (p < e) sb_add(&b, p, (size_t)(e - p));
        return sb_finish(&b);
    }
    int64_t cnt = count_in(s->data, (size_t)s->nbytes, STR_DATA(old), on, maxc);
    if (cnt == 0) return exact(self);
    size_t total = (size_t)s->nbytes + (size_t)cnt * nn - (size_t)cnt * on;
    Str *r = str_alloc(T(str), total, false);
    const char *p = s->data, *e = p + s->nbytes;
    char *o = r->data;
    for (int64_t i = 0; i < cnt; i++) {
        const char *q = find_bytes(p, (size_t)(e - p), STR_DATA(old), on);
        memcpy(o, p, (size_t)(q - p)); o += q - p;
        memcpy(o, STR_DATA(new_), nn); o += nn;
        p = q + on;
    }
    memcpy(o, p, (size_t)(e - p));
    r->length = s->length + cnt * (STR_LEN(new_) - STR_LEN(old));
    if ((s->flags & ((Str *)new_)->flags) & STR_ASCII) r->flags = STR_ASCII;
    else if ((int64_t)total == r->length) r->flags = STR_ASCII;
    return OBJ_VAL(r);
}

static Value m_replace(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs_chk("replace", nargs, kw, 2, 3) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("replace() argument 1 must be str, not %A", args[0]);
    if (!IS_STR(args[1])) return raise_TypeError("replace() argument 2 must be str, not %A", args[1]);
    int64_t c = -1;
    if (nargs > 2 && as_index_i64(args[2], &c) < 0) return 0;
    return str_replace(self, args[0], args[1], c);
}

static Value do_partition(Value self, Value sep, int dir)
{
    if (!need_str(sep)) return 0;
    if (STR_NBYTES(sep) == 0) return raise_ValueError("empty separator");
    const char *p = STR_DATA(self), *e = p + STR_NBYTES(self);
    const char *r = dir > 0 ? find_bytes(p, (size_t)(e - p), STR_DATA(sep), (size_t)STR_NBYTES(sep))
                            : memrmem(p, (size_t)(e - p), STR_DATA(sep), (size_t)STR_NBYTES(sep));
    Value empty = str_make("", 0, 0);
    if (!r) return dir > 0 ? tuple_pack(3, exact(self), empty, empty) : tuple_pack(3, empty, empty, exact(self));
    return tuple_pack(3, str_new(p, (size_t)(r - p)), exact(sep),
                      str_new(r + STR_NBYTES(sep), (size_t)(e - r - STR_NBYTES(sep))));
}
static Value m_partition(Value self, const Value *args, size_t nargs, Value kw)
{
    if (onearg("partition", nargs, kw) < 0) return 0;
    return do_partition(self, args[0], 1);
}
static Value m_rpartition(Value self, const Value *args, size_t nargs, Value kw)
{
    if (onearg("rpartition", nargs, kw) < 0) return 0;
    return do_partition(self, args[0], -1);
}

static Value m_expandtabs(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"tabsize", NULL};
    Value out[1] = {0};
    if (args_parse("expandtabs", args, nargs, kw, names, 0, out) < 0) return 0;
    int64_t ts = 8;
    if (out[0] && as_index_i64(out[0], &ts) < 0) return 0;
    if (!memchr(STR_DATA(self), '\t', (size_t)STR_NBYTES(self))) return exact(self);
    StrBuf b;
    sb_init(&b);
    int64_t col = 0;
    const char *p = STR_DATA(self), *e = p + STR_NBYTES(self);
    while (p < e) {
        int l = u8len((unsigned char)*p);
        if (*p == '\t') {
            if (ts > 0) { int64_t n = ts - col % ts; sb_addn(&b, ' ', n); col += n; }
        } else {
            sb_add(&b, p, (size_t)l);
            col++;
            if (*p == '\n' || *p == '\r') col = 0;
        }
        p += l;
    }
    return sb_finish(&b);
}

/* -- translate / maketrans ------------------------------------------------------ */

static Value m_translate(Value self, const Value *args, size_t nargs, Value kw)
{
    if (onearg("translate", nargs, kw) < 0) return 0;
    Value table = args[0];
    StrBuf b;
    sb_init(&b);
    const unsigned char *p = (const unsigned char *)STR_DATA(self), *e = p + STR_NBYTES(self);
    while (p < e) {
        uint32_t c;
        int n = utf8_decode1(p, e, &c);
        Value r = obj_getitem(table, MKSMALL(c));
        if (!r) {
            if (exc_matches(E(LookupError))) { exc_clear(); sb_add(&b, (const char *)p, (size_t)n); p += n; continue; }
            sb_free(&b);
            return 0;
        }
        if (r == NONE) {}
        else if (IS_INT(r)) {
            int64_t v;
            if (int_as_i64(r, &v) < 0 || v < 0 || v > 0x10FFFF) {
                exc_clear();
                sb_free(&b);
                return raise_ValueError("character mapping must be in range(0x110000)");
            }
            sb_add_cp(&b, (uint32_t)v);
        } else if (IS_STR(r)) sb_addv(&b, r);
        else { sb_free(&b); return raise_TypeError("character mapping must return integer, None or str"); }
        p += n;
    }
    return sb_finish(&b);
}

static Value m_maketrans(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs_chk("maketrans", nargs, kw, 1, 3) < 0) return 0;
    /* the optional arguments are checked first, as CPython's argument clinic does */
    if (nargs > 1 && !IS_STR(args[1])) return raise_TypeError("maketrans() argument 2 must be str, not %A", args[1]);
    if (nargs > 2 && !IS_STR(args[2])) return raise_TypeError("maketrans() argument 3 must be str, not %A", args[2]);
    Value d = dict_new();
    if (nargs == 1) {
        Value x = args[0];
        if (!IS_DICT(x)) return raise_TypeError("if you give only one argument to maketrans it must be a dict");
        int64_t pos = 0;
        Value k, v;
        while (dict_next(x, &pos, &k, &v)) {
            if (IS_STR(k)) {
                if (STR_LEN(k) != 1) return raise_ValueError("string keys in translate table must be of length 1");
                if (dict_set(d, MKSMALL(str_char_at(k, 0)), v) < 0) return 0;
            } else if (IS_INT(k)) {
                if (dict_set(d, k, v) < 0) return 0;
            } else return raise_TypeError("keys in translate table must be strings or integers");
        }
        return d;
    }
    if (!IS_STR(args[0])) return raise_TypeError("first maketrans argument must be a string if there is a second argument");
    if (STR_LEN(args[0]) != STR_LEN(args[1]))
        return raise_ValueError("the first two maketrans arguments must have equal length");
    for (int64_t i = 0; i < STR_LEN(args[0]); i++)
        if (dict_set(d, MKSMALL(str_char_at(args[0], i)), MKSMALL(str_char_at(args[1], i))) < 0) return 0;
    if (nargs == 3) {
        if (!IS_STR(args[2])) return raise_TypeError("maketrans() argument 3 must be str, not %A", args[2]);
        for (int64_t i = 0; i < STR_LEN(args[2]); i++)
            if (dict_set(d, MKSMALL(str_char_at(args[2], i)), NONE) < 0) return 0;
    }
    return d;
}

/* -- encode ---------------------------------------------------------------------- */

static Value m_encode(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    Value out[2] = {0, 0};
    if (args_parse("encode", args, nargs, kw, names, 0, out) < 0) return 0;
    if (out[0] && !IS_STR(out[0])) return raise_TypeError("encode() argument 'encoding' must be str, not %A", out[0]);
    if (out[1] && !IS_STR(out[1])) return raise_TypeError("encode() argument 'errors' must be str, not %A", out[1]);
    return str_encode(self, out[0] ? STR_DATA(out[0]) : "utf-8", out[1] ? STR_DATA(out[1]) : "strict");
}

/* -- dunders --------------------------------------------------------------------- */

static Value m_format(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs_chk("__format__", nargs, kw, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("__format__() argument must be str, not %A", args[0]);
    return str_format_spec(self, args[0]);
}
static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("__sizeof__", nargs, kw) < 0) return 0;
    return MKSMALL((int64_t)sizeof(Str) + STR_NBYTES(self) + 1);
}
static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("__getnewargs__", nargs, kw) < 0) return 0;
    return tuple_pack(1, exact(self));
}

static Value str_repr_slot(Value v) { return str_repr(v); }
static Value str_str_slot(Value v) { return exact(v); }
static int str_hash_slot(Value v, int64_t *out) { *out = str_hash_of(v); return 0; }
static int64_t str_len_slot(Value v) { return STR_LEN(v); }

static Value str_richcompare(Value a, Value b, int op)
{
    if (!IS_STR(a) || !IS_STR(b)) return NOTIMPL;
    if (op == CMP_EQ) return BOOL_V(str_eq(a, b));
    if (op == CMP_NE) return BOOL_V(!str_eq(a, b));
    int64_t na = STR_NBYTES(a), nb = STR_NBYTES(b);
    int c = memcmp(STR_DATA(a), STR_DATA(b), (size_t)(na < nb ? na : nb));
    if (c == 0) c = na < nb ? -1 : na > nb;
    switch (op) {
    case CMP_LT: return BOOL_V(c < 0);
    case CMP_LE: return BOOL_V(c <= 0);
    case CMP_GT: return BOOL_V(c > 0);
    default: return BOOL_V(c >= 0);
    }
}

static Value str_add(Value a, Value b)
{
    if (IS_STR(a) && IS_STR(b)) return str_concat(a, b);
    if (IS_STR(a) && !(TYPE(b)->flags & TF_HEAPTYPE))
        return raise_TypeError("can only concatenate str (not \"%s\") to str", TYPE_NAME(b));
    return NOTIMPL;
}

static Value str_repeat(Value s, int64_t n)
{
    Str *o = (Str *)s;
    if (n <= 0 || o->nbytes == 0) return str_make("", 0, 0);
    if (n == 1) return exact(s);
    if (n > INT64_MAX / o->nbytes) return raise_OverflowError("repeated string is too long");
    if (heap_too_big(n, (size_t)o->nbytes)) return 0;
    size_t total = (size_t)(o->nbytes * n);
    Str *r = str_alloc(T(str), total, (o->flags & STR_ASCII) != 0);
    if (o->nbytes == 1) memset(r->data, o->data[0], total);
    else {
        memcpy(r->data, o->data, (size_t)o->nbytes);
        size_t done = (size_t)o->nbytes;
        while (done < total) {
            size_t c = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, c);
            done += c;
        }
    }
    r->length = o->length * n;
    r->flags = o->flags & STR_ASCII;
    return OBJ_VAL(r);
}

static Value str_mul(Value a, Value b)
{
    Value s = IS_STR(a) ? a : b, n = IS_STR(a) ? b : a;
    if (IS_INT(n) || TYPE(n)->nb_index) {
        int64_t k;
        Value i = obj_index(n);
        if (!i) return 0;
        if (int_as_i64(i, &k) < 0) {
            exc_clear();
            if (int_sign(i) < 0) return str_make("", 0, 0);
            return raise_OverflowError("cannot fit 'int' into an index-sized integer");
        }
        return str_repeat(s, k);
    }
    if (!(TYPE(n)->flags & TF_HEAPTYPE))
        return raise_TypeError("can't multiply sequence by non-int of type '%s'", TYPE_NAME(n));
    return NOTIMPL;
}

static Value str_mod(Value a, Value b)
{
    if (!IS_STR(a)) return NOTIMPL;
    return str_format_percent(a, b);
}

static int str_contains(Value self, Value item)
{
    if (!IS_STR(item)) {
        raise_TypeError("'in <string>' requires string as left operand, not %s", TYPE_NAME(item));
        return -1;
    }
    if (STR_NBYTES(item) == 0) return 1;
    return find_bytes(STR_DATA(self), (size_t)STR_NBYTES(self), STR_DATA(item), (size_t)STR_NBYTES(item)) != NULL;
}

static Value str_getitem(Value self, Value key)
{
    int64_t len = STR_LEN(self);
    if (IS_SMALL(key) || (IS_OBJ(key) && (IS_INT(key) || TYPE(key)->nb_index) && !IS_TYPE(key, slice))) {
        int64_t i;
        if (IS_SMALL(key)) i = SMALL_VAL(key);
        else {
            Value iv = obj_index(key);
            if (!iv) return 0;
            if (int_as_i64(iv, &i) < 0) {
                exc_clear();
                return raise_IndexError("cannot fit 'int' into an index-sized integer");
            }
        }
        if (i < 0) i += len;
        if (i < 0 || i >= len) return raise_IndexError("string index out of range");
        if (((Str *)self)->flags & STR_ASCII) return str_from_codepoint((unsigned char)STR_DATA(self)[i]);
        return str_from_codepoint(str_char_at(self, i));
    }
    if (IS_TYPE(key, slice)) {
        int64_t start, stop, step, n;
        if (slice_indices(key, len, &start, &stop, &step, &n) < 0) return 0;
        if (step == 1) return str_substr(self, start, start + n);
        if (n <= 0) return str_make("", 0, 0);
        if (((Str *)self)->flags & STR_ASCII) {
            Str *r = str_alloc(T(str), (size_t)n, true);
            for (int64_t k = 0, i = start; k < n; k++, i += step) r->data[k] = STR_DATA(self)[i];
            r->length = n;
            r->flags = STR_ASCII;
            return OBJ_VAL(r);
        }
        uint32_t *a = to_cps(self);
        StrBuf b;
        sb_init(&b);
        for (int64_t k = 0, i = start; k < n; k++, i += step) sb_add_cp(&b, a[i]);
        free(a);
        return sb_finish(&b);
    }
    return raise_TypeError("string indices must be integers, not '%s'", TYPE_NAME(key));
}

/* str(object='') / str(object=b'', encoding='utf-8', errors='strict') */
static Value str_new_slot(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    if (t == T(str) && nargs == 1 && !kw) return obj_str(args[0]);   /* str(x), the common call */
    Value out[3] = {0, 0, 0};
    if (args_parse("str", args, nargs, kw, names, 0, out) < 0) return 0;
    Value r;
    if (!out[0] && !out[1] && !out[2]) r = str_make("", 0, 0);
    else if (!out[1] && !out[2]) r = obj_str(out[0]);
    else {
        if (out[1] && !IS_STR(out[1])) return raise_TypeError("str() argument 'encoding' must be str, not %A", out[1]);
        if (out[2] && !IS_STR(out[2])) return raise_TypeError("str() argument 'errors' must be str, not %A", out[2]);
        Value o = out[0] ? out[0] : R->empty_bytes;
        const char *d;
        int64_t n;
        if (IS_STR(o)) return raise_TypeError("decoding str is not supported");
        if (!bytes_like(o, &d, &n))
            return raise_TypeError("decoding to str: need a bytes-like object, %s found", TYPE_NAME(o));
        r = str_decode(d, (size_t)n, out[1] ? STR_DATA(out[1]) : "utf-8", out[2] ? STR_DATA(out[2]) : "strict");
    }
    if (!r || t == T(str)) return r;
    Str *s = str_alloc(t, (size_t)STR_NBYTES(r), (((Str *)r)->flags & STR_ASCII) != 0);
    memcpy(s->data, STR_DATA(r), (size_t)STR_NBYTES(r));
    s->length = STR_LEN(r);
    s->flags = ((Str *)r)->flags & STR_ASCII;
    return OBJ_VAL(s);
}

/* -- str_iter ----------------------------------------------------------------------- */

typedef struct StrIter { Object hdr; Value s; int64_t off; } StrIter;

static void str_iter_trace(Object *o, Visitor visit, void *ctx) { visit(((StrIter *)o)->s, ctx); }

static Value str_iter_new(Value s)
{
    /* CPython names the iterator of an ASCII string differently */
    StrIter *it = (StrIter *)gc_alloc((((Str *)s)->flags & STR_ASCII) ? T(str_iter) : T(str_uiter), sizeof(StrIter));
    STORE(it, s, s);
    return OBJ_VAL(it);
}

static Value str_iter_next(Value v)
{
    StrIter *it = (StrIter *)v;
    if (!it->s) return 0;
    Str *s = (Str *)it->s;
    if (it->off >= s->nbytes) { STORE(it, s, 0); return 0; }
    const unsigned char *p = (const unsigned char *)s->data + it->off;
    if (*p < 0x80) { it->off++; return str_from_codepoint(*p); }
    uint32_t c;
    it->off += utf8_decode1(p, (const unsigned char *)s->data + s->nbytes, &c);
    return str_from_codepoint(c);
}

static Value str_iter_self(Value v) { return v; }

static Value str_iter_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    StrIter *it = (StrIter *)self;
    if (!it->s) return MKSMALL(0);
    Str *s = (Str *)it->s;
    return MKSMALL(count_cps(s->data + it->off, (size_t)(s->nbytes - it->off)));
}

static Value str_iter_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    StrIter *it = (StrIter *)self;
    int64_t i = it->s ? count_cps(((Str *)it->s)->data, (size_t)it->off) : 0;
    return iter_reduce_seq(self, "iter", it->s, int_from_i64(i), R->empty_str);
}

static Value str_iter_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    StrIter *it = (StrIter *)self;
    int64_t i;
    if (iter_setstate_arg(self, args, nargs, kw, &i) < 0) return 0;
    if (it->s) {
        int64_t n = ((Str *)it->s)->length;
        it->off = str_byte_offset(it->s, i < 0 ? 0 : i > n ? n : i);
    }
    return NONE;
}

static const MethodDef str_iter_methods[] = {
    {"__reduce__", str_iter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", str_iter_setstate, METH_O, "Set state information for unpickling."},
    {"__length_hint__", str_iter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeSpec str_iter_spec = {
    .name = "str_ascii_iterator", .base = -1, .basicsize = sizeof(StrIter),
    .trace = str_iter_trace, .iter = str_iter_self, .next = str_iter_next,
    .methods = str_iter_methods,
};

const TypeSpec str_uiter_spec = {
    .name = "str_iterator", .base = -1, .basicsize = sizeof(StrIter),
    .trace = str_iter_trace, .iter = str_iter_self, .next = str_iter_next,
    .methods = str_iter_methods,
};

static const MethodDef str_methods[] = {
    {"capitalize", m_capitalize, METH_NOARGS, NULL}, {"casefold", m_casefold, METH_NOARGS, NULL},
    {"center", m_center, METH_NOKW, NULL}, {"count", m_count, 0, NULL},
    {"encode", m_encode, 0, NULL}, {"endswith", m_endswith, 0, NULL},
    {"expandtabs", m_expandtabs, 0, NULL}, {"find", m_find, 0, NULL},
    {"format", str_format_m, 0, NULL}, {"format_map", str_format_map_m, METH_O, NULL},
    {"index", m_index, 0, NULL}, {"isalnum", m_isalnum, METH_NOARGS, NULL},
    {"isalpha", m_isalpha, METH_NOARGS, NULL}, {"isascii", m_isascii, METH_NOARGS, NULL},
    {"isdecimal", m_isdecimal, METH_NOARGS, NULL}, {"isdigit", m_isdigit, METH_NOARGS, NULL},
    {"isidentifier", m_isidentifier, METH_NOARGS, NULL}, {"islower", m_islower, METH_NOARGS, NULL},
    {"isnumeric", m_isnumeric, METH_NOARGS, NULL}, {"isprintable", m_isprintable, METH_NOARGS, NULL},
    {"isspace", m_isspace, METH_NOARGS, NULL}, {"istitle", m_istitle, METH_NOARGS, NULL},
    {"isupper", m_isupper, METH_NOARGS, NULL}, {"join", m_join, METH_O, NULL},
    {"ljust", m_ljust, METH_NOKW, NULL}, {"lower", m_lower, METH_NOARGS, NULL},
    {"lstrip", m_lstrip, METH_NOKW, NULL}, {"maketrans", m_maketrans, METH_STATIC | METH_NOKW, NULL},
    {"partition", m_partition, METH_O, NULL}, {"removeprefix", m_removeprefix, METH_O, NULL},
    {"removesuffix", m_removesuffix, METH_O, NULL}, {"replace", m_replace, METH_NOKW, NULL},
    {"rfind", m_rfind, 0, NULL}, {"rindex", m_rindex, 0, NULL},
    {"rjust", m_rjust, METH_NOKW, NULL}, {"rpartition", m_rpartition, METH_O, NULL},
    {"rsplit", m_rsplit, 0, NULL}, {"rstrip", m_rstrip, METH_NOKW, NULL},
    {"split", m_split, 0, NULL}, {"splitlines", m_splitlines, 0, NULL},
    {"startswith", m_startswith, 0, NULL}, {"strip", m_strip, METH_NOKW, NULL},
    {"swapcase", m_swapcase, METH_NOARGS, NULL}, {"title", m_title, METH_NOARGS, NULL},
    {"translate", m_translate, METH_O, NULL}, {"upper", m_upper, METH_NOARGS, NULL},
    {"zfill", m_zfill, METH_O, NULL},
    {"__format__", m_format, METH_O, NULL}, {"__sizeof__", m_sizeof, METH_NOARGS, NULL},
    {"__getnewargs__", m_getnewargs, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeSpec str_spec = {
    .name = "str", .base = -1, .basicsize = sizeof(Str), .itemsize = 1,
    .flags = TF_BASETYPE | TF_STR_SUB | TF_ITEMS,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object.",
    .trace = str_trace, .repr = str_repr_slot, .str = str_str_slot, .hash = str_hash_slot,
    .richcompare = str_richcompare, .iter = str_iter_new, .new_ = str_new_slot,
    .nb_add = str_add, .nb_mul = str_mul, .nb_mod = str_mod,
    .len = str_len_slot, .getitem = str_getitem, .contains = str_contains,
    .methods = str_methods,
};

/* -- Codecs: utf-8, ascii, latin-1, utf-16, utf-32 --------------------------------- */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE,
       ENC_UTF32, ENC_UTF32LE, ENC_UTF32BE, ENC_UTF8SIG, ENC_UNIESC, ENC_RAWUNIESC };
enum { EH_STRICT, EH_IGNORE, EH_REPLACE, EH_BACKSLASH, EH_SURROGATEESCAPE, EH_XMLCHARREF,
       EH_SURROGATEPASS, EH_UNKNOWN };

static const char *const enc_names[] = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le",
                                        "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"};

static int lookup_encoding(const char *name)
{
    char n[32];
    size_t i = 0;
    for (; name[i] && i < sizeof n - 1; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c == '-' || c == ' ') c = '_';
        n[i] = c;
    }
    if (name[i]) return -1;
    n[i] = 0;
    static const struct { const char *n; int e; } tab[] = {
        {"utf_8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8}, {"cp65001", ENC_UTF8},
        {"utf8_ucs2", ENC_UTF8}, {"utf8_ucs4", ENC_UTF8},
        {"ascii", ENC_ASCII}, {"us_ascii", ENC_ASCII}, {"646", ENC_ASCII}, {"us", ENC_ASCII},
        {"ansi_x3.4_1968", ENC_ASCII}, {"iso646_us", ENC_ASCII},
        {"latin_1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"latin", ENC_LATIN1}, {"l1", ENC_LATIN1},
        {"iso_8859_1", ENC_LATIN1}, {"iso8859_1", ENC_LATIN1}, {"8859", ENC_LATIN1}, {"cp819", ENC_LATIN1},
        {"iso_ir_100", ENC_LATIN1}, {"iso_8859_1:1987", ENC_LATIN1},
        {"utf_16", ENC_UTF16}, {"utf16", ENC_UTF16}, {"u16", ENC_UTF16},
        {"utf_16_le", ENC_UTF16LE}, {"utf_16le", ENC_UTF16LE}, {"utf_16_be", ENC_UTF16BE}, {"utf_16be", ENC_UTF16BE},
        {"utf_32", ENC_UTF32}, {"utf32", ENC_UTF32}, {"u32", ENC_UTF32},
        {"utf_8_sig", ENC_UTF8SIG}, {"utf8_sig", ENC_UTF8SIG},
        {"unicode_escape", ENC_UNIESC}, {"unicodeescape", ENC_UNIESC},
        {"raw_unicode_escape", ENC_RAWUNIESC}, {"rawunicodeescape", ENC_RAWUNIESC},
        {"utf_32_le", ENC_UTF32LE}, {"utf_32le", ENC_UTF32LE}, {"utf_32_be", ENC_UTF32BE}, {"utf_32be", ENC_UTF32BE},
    };
    for (size_t k = 0; k < ARRAY_LEN(tab); k++) if (strcmp(tab[k].n, n) == 0) return tab[k].e;
    return -1;
}

static int lookup_errors(const char *e)
{
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "surrogateescape", "xmlcharrefreplace", "surrogatepass"};
    for (int i = 0; i < (int)ARRAY_LEN(names); i++) if (strcmp(e, names[i]) == 0) return i;
    return EH_UNKNOWN;
}

static void add_u16(StrBuf *b, uint32_t u, bool be)
{
    if (be) { sb_addc(b, (char)(u >> 8)); sb_addc(b, (char)u); }
    else { sb_addc(b, (char)u); sb_addc(b, (char)(u >> 8)); }
}
static void add_u32(StrBuf *b, uint32_t u, bool be)
{
    for (int i = 0; i < 4; i++) sb_addc(b, (char)(be ? u >> (24 - 8 * i) : u >> (8 * i)));
}

static void escape_cp(StrBuf *b, uint32_t c)
{
    if (c < 0x100) sb_printf(b, "\\x%02x", c);
    else if (c < 0x10000) sb_printf(b, "\\u%04x", c);
    else sb_printf(b, "\\U%08x", c);
}

/* Raise UnicodeEncodeError(encoding, object, start, end, reason): its __str__
 * (exceptions.c) renders CPython's message. */
static Value encode_error_obj(const char *enc, Value obj, int64_t st, int64_t e, const char *reason)
{
    Value args[5] = {str_from_cstr(enc), obj, MKSMALL(st), MKSMALL(e), str_from_cstr(reason)};
    Value x = exc_new(E(UnicodeEncodeError), args, 5);
    if (!x) return 0;
    return raise_value(x);
}
#define encode_error(enc, a, st, e, reason) encode_error_obj(enc, s, st, e, reason)

/* Encodings kiln does not implement natively go through the codecs module
 * (CPython's encodings package over _codecs), as str.encode does in CPython. */
static Value codec_fallback(Value obj, const char *encoding, const char *errors, bool encode)
{
    Value mod = import_module(str_from_cstr("codecs"));
    if (!mod) {
        exc_clear();
        return raise_fmt(E(LookupError), "unknown encoding: %s", encoding);
    }
    Value f = obj_getattr_cstr(mod, encode ? "encode" : "decode");
    if (!f) return 0;
    Value args[3] = {obj, str_from_cstr(encoding), str_from_cstr(errors)};
    Value r = obj_call(f, args, 3, 0);
    if (!r) return 0;
    if (encode && !(IS_OBJ(r) && type_is_subtype(TYPE(r), T(bytes))))
        return raise_TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                               encoding, TYPE_NAME(r));
    if (!encode && !IS_STR(r))
        return raise_TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                               encoding, TYPE_NAME(r));
    return r;
}

/* An error handler from the codecs registry (codecs.register_error) applied to
 * exc, for names the codecs here do not handle themselves: its replacement (str,
 * or bytes when encoding) and the position to go on from.  -1 with the handler's
 * error, or LookupError for a name nobody registered. */
int codec_error_handler(const char *errors, Value exc, int64_t len, bool encode, Value *repl, int64_t *pos)
{
    Value mod = import_module(str_from_cstr("_codecs"));
    Value lookup = mod ? obj_getattr_cstr(mod, "lookup_error") : 0;
    Value h = lookup ? obj_call1(lookup, str_from_cstr(errors)) : 0;
    Value r = h ? obj_call1(h, exc) : 0;
    if (!r) return -1;
    Value x = IS_TUPLE(r) && TUPLE_SIZE(r) == 2 ? TUPLE_ITEMS(r)[0] : 0;
    if (!x || !IS_INT(TUPLE_ITEMS(r)[1]) || !(IS_STR(x) || (encode && IS_OBJ(x) && type_is_subtype(TYPE(x), T(bytes))))) {
        raise_TypeError(encode ? "encoding error handler must return (str/bytes, int) tuple"
                               : "decoding error handler must return (str, int) tuple");
        return -1;
    }
    *repl = x;
    if (int_as_i64(TUPLE_ITEMS(r)[1], pos) < 0) return -1;
    if (*pos < 0) *pos += len;
    if (*pos < 0 || *pos > len) {
        raise_fmt(E(IndexError), "position %lld from error handler out of bounds", (long long)*pos);
        return -1;
    }
    return 0;
}

int codec_decode_error(const char *errors, const char *enc, const unsigned char *d, size_t n,
                               size_t st, size_t e, const char *reason, StrBuf *b, size_t *pos)
{
    Value args[5] = {str_from_cstr(enc), bytes_new((const char *)d, n), MKSMALL((int64_t)st), MKSMALL((int64_t)e), str_from_cstr(reason)};
    Value exc = exc_new(E(UnicodeDecodeError), args, 5), repl;
    int64_t p;
    if (!exc || codec_error_handler(errors, exc, (int64_t)n, false, &repl, &p) < 0) return -1;
    sb_add(b, STR_DATA(repl), (size_t)STR_NBYTES(repl));
    *pos = (size_t)p;
    return 0;
}

/* Append code point c in encoding enc (one the encoder can write). */
static void put_cp(StrBuf *b, int enc, uint32_t c, bool be)
{
    switch (enc) {
    case ENC_UTF8: sb_add_cp(b, c); break;
    case ENC_ASCII: case ENC_LATIN1: sb_addc(b, (char)c); break;
    case ENC_UTF16: case ENC_UTF16LE: case ENC_UTF16BE:
        if (c >= 0x10000) {
            add_u16(b, 0xD800 | ((c - 0x10000) >> 10), be);
            add_u16(b, 0xDC00 | ((c - 0x10000) & 0x3FF), be);
        } else add_u16(b, c, be);
        break;
    default: add_u32(b, c, be); break;
    }
}

/* unicode_escape / raw_unicode_escape encoders. */
static Value encode_escape(Value s, bool raw)
{
    StrBuf b;
    sb_init(&b);
    const unsigned char *p = (const unsigned char *)STR_DATA(s), *e = p + STR_NBYTES(s);
    while (p < e) {
        uint32_t c;
        p += utf8_decode1(p, e, &c);
        if (raw) {
            if (c < 0x100) sb_addc(&b, (char)c);
            else if (c < 0x10000) sb_printf(&b, "\\u%04x", c);
            else sb_printf(&b, "\\U%08x", c);
            continue;
        }
        if (c == '\\') sb_adds(&b, "\\\\");
        else if (c >= 0x10000) sb_printf(&b, "\\U%08x", c);
        else if (c >= 0x100) sb_printf(&b, "\\u%04x", c);
        else if (c == '\t') sb_adds(&b, "\\t");
        else if (c == '\n') sb_adds(&b, "\\n");
        else if (c == '\r') sb_adds(&b, "\\r");
        else if (c < ' ' || c >= 0x7f) sb_printf(&b, "\\x%02x", c);
        else sb_addc(&b, (char)c);
    }
    Value r = bytes_new(b.data ? b.data : "", b.len);
    sb_free(&b);
    return r;
}

/* unicode_escape / raw_unicode_escape decoders (CPython's messages). */
static Value decode_escape(const char *data, size_t n, const char *errors, bool raw)
{
    const unsigned char *d = (const unsigned char *)data;
    const char *ename = raw ? "rawunicodeescape" : "unicodeescape";
    int eh = lookup_errors(errors);
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    while (i < n) {
        unsigned char c = d[i];
        if (c != '\\') { sb_add_cp(&b, c); i++; continue; }
        size_t st = i;
        if (i + 1 >= n) {
            if (raw) { sb_addc(&b, '\\'); i++; continue; }
            sb_free(&b);
            Value args[5] = {str_from_cstr(ename), bytes_new(data, n), MKSMALL((int64_t)st), MKSMALL((int64_t)n), str_from_cstr("\\ at end of string")};
            Value x = exc_new(E(UnicodeDecodeError), args, 5);
            return x ? raise_value(x) : 0;
        }
        unsigned char t = d[i + 1];
        int digits = 0;
        const char *what = NULL;
        if (raw) {
            if (t == 'u') { digits = 4; what = "truncated \\uXXXX escape"; }
            else if (t == 'U') { digits = 8; what = "truncated \\UXXXXXXXX escape"; }
            else { sb_addc(&b, '\\'); i++; continue; }
        } else {
            i += 2;
            switch (t) {
            case '\n': continue;
            case '\\': sb_addc(&b, '\\'); continue;
            case '\'': sb_addc(&b, '\''); continue;
            case '"': sb_addc(&b, '"'); continue;
            case 'a': sb_addc(&b, '\a'); continue;
            case 'b': sb_addc(&b, '\b'); continue;
            case 'f': sb_addc(&b, '\f'); continue;
            case 'n': sb_addc(&b, '\n'); continue;
            case 'r': sb_addc(&b, '\r'); continue;
            case 't': sb_addc(&b, '\t'); continue;
            case 'v': sb_addc(&b, '\v'); continue;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                uint32_t v = (uint32_t)(t - '0');
                for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++) v = v * 8 + (uint32_t)(d[i++] - '0');
                sb_add_cp(&b, v);
                continue;
            }
            case 'x': digits = 2; what = "truncated \\xXX escape"; break;
            case 'u': digits = 4; what = "truncated \\uXXXX escape"; break;
            case 'U': digits = 8; what = "truncated \\UXXXXXXXX escape"; break;
            case 'N': what = "malformed \\N character escape"; break;
            default: sb_addc(&b, '\\'); sb_add_cp(&b, t); continue;
            }
            i -= 2;
        }
        i += 2;
        uint32_t v = 0;
        int k = 0;
        while (k < digits && i < n && hex_digit_value(d[i]) >= 0) { v = v * 16 + (uint32_t)hex_digit_value(d[i]); i++; k++; }
        if (digits && k == digits && v <= 0x10FFFF) { sb_add_cp(&b, v); continue; }
        if (digits && k == digits) what = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
        switch (eh) {
        case EH_IGNORE: continue;
        case EH_REPLACE: sb_add_cp(&b, 0xFFFD); continue;
        case EH_BACKSLASH: for (size_t q = st; q < i; q++) sb_printf(&b, "\\x%02x", d[q]); continue;
        default: {
            sb_free(&b);
            Value args[5] = {str_from_cstr(ename), bytes_new(data, n), MKSMALL((int64_t)st), MKSMALL((int64_t)i), str_from_cstr(what)};
            Value x = exc_new(E(UnicodeDecodeError), args, 5);
            return x ? raise_value(x) : 0;
        }
        }
    }
    return sb_finish(&b);
}

Value str_encode(Value s, const char *encoding, const char *errors)
{
    int enc = lookup_encoding(encoding);
    if (enc < 0) return codec_fallback(s, encoding, errors, true);
    if (enc == ENC_UNIESC || enc == ENC_RAWUNIESC) return encode_escape(s, enc == ENC_RAWUNIESC);
    if (enc == ENC_UTF8SIG) {
        Value r = str_encode(s, "utf-8", errors);
        if (!r) return 0;
        StrBuf b;
        sb_init(&b);
        sb_add(&b, "\xef\xbb\xbf", 3);
        sb_add(&b, BYTES_DATA(r), (size_t)BYTES_SIZE(r));
        r = bytes_new(b.data, b.len);
        sb_free(&b);
        return r;
    }
    Str *o = (Str *)s;
    if ((enc == ENC_UTF8 || enc == ENC_ASCII || enc == ENC_LATIN1) && (o->flags & STR_ASCII))
        return bytes_new(o->data, (size_t)o->nbytes);
    int eh = lookup_errors(errors);
    uint32_t *a = to_cps(s);
    int64_t n = o->length;
    StrBuf b;
    sb_init(&b);
    bool be = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    if (enc == ENC_UTF16) add_u16(&b, 0xFEFF, false);
    if (enc == ENC_UTF32) add_u32(&b, 0xFEFF, false);
    uint32_t limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0x110000;
    const char *reason = enc == ENC_ASCII ? "ordinal not in range(128)" :
                         enc == ENC_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
    for (int64_t i = 0; i < n;) {
        uint32_t c = a[i];
        bool bad = c >= limit || (c >= 0xD800 && c <= 0xDFFF && limit == 0x110000);
        if (!bad) {
            put_cp(&b, enc, c, be);
            i++;
            continue;
        }
        int64_t j = i + 1;   /* utf-16/32 report one character at a time, the others the whole run */
        while (enc < ENC_UTF16 && j < n && (a[j] >= limit || (a[j] >= 0xD800 && a[j] <= 0xDFFF && limit == 0x110000))) j++;
        switch (eh) {
        case EH_IGNORE: break;
        case EH_REPLACE:
            for (int64_t k = i; k < j; k++) {
                if (enc >= ENC_UTF16 && enc <= ENC_UTF16BE) add_u16(&b, '?', be);
                else if (enc >= ENC_UTF32) add_u32(&b, '?', be);
                else sb_addc(&b, '?');
            }
            break;
        case EH_BACKSLASH: case EH_XMLCHARREF:
            for (int64_t k = i; k < j; k++) {
                StrBuf t;
                sb_init(&t);
                if (eh == EH_BACKSLASH) escape_cp(&t, a[k]); else sb_printf(&t, "&#%u;", a[k]);
                for (size_t q = 0; q < t.len; q++) {
                    if (enc >= ENC_UTF16 && enc <= ENC_UTF16BE) add_u16(&b, (unsigned char)t.data[q], be);
                    else if (enc >= ENC_UTF32) add_u32(&b, (unsigned char)t.data[q], be);
                    else sb_addc(&b, t.data[q]);
                }
                sb_free(&t);
            }
            break;
        case EH_SURROGATEESCAPE: {
            int64_t k = i;
            for (; k < j; k++) {
                if (a[k] < 0xDC80 || a[k] > 0xDCFF) break;
                if (enc >= ENC_UTF16) break;
                sb_addc(&b, (char)(a[k] - 0xDC00));
            }
            if (k < j) { Value r = encode_error(enc_names[enc], a, k, j, reason); free(a); sb_free(&b); return r; }
            break;
        }
        case EH_SURROGATEPASS: {
            int64_t k = i;
            for (; k < j; k++) {
                if (a[k] < 0xD800 || a[k] > 0xDFFF) break;
                if (enc == ENC_UTF8) sb_add_cp(&b, a[k]);
                else if (enc <= ENC_LATIN1) break;
                else if (enc <= ENC_UTF16BE) add_u16(&b, a[k], be);
                else add_u32(&b, a[k], be);
            }
            if (k < j) {
                int64_t m = k + 1;
                while (m < j && (a[m] < 0xD800 || a[m] > 0xDFFF)) m++;
                Value r = encode_error(enc_names[enc], a, k, enc <= ENC_LATIN1 ? j : m, reason);
                free(a); sb_free(&b);
                return r;
            }
            break;
        }
        case EH_UNKNOWN: {
            Value args[5] = {str_from_cstr(enc_names[enc]), s, MKSMALL(i), MKSMALL(j), str_from_cstr(reason)};
            Value exc = exc_new(E(UnicodeEncodeError), args, 5), repl;
            int64_t pos;
            if (!exc || codec_error_handler(errors, exc, n, true, &repl, &pos) < 0) { free(a); sb_free(&b); return 0; }
            /* as CPython: the UTF encoders take ASCII text, and bytes of whole code units */
            uint32_t rlimit = enc == ENC_ASCII || enc == ENC_LATIN1 ? limit : 0x80;
            int64_t unit = enc >= ENC_UTF32 ? 4 : enc >= ENC_UTF16 ? 2 : 1;
            if (IS_STR(repl)) {
                const unsigned char *p = (const unsigned char *)STR_DATA(repl), *pe = p + STR_NBYTES(repl);
                while (p < pe) {
                    uint32_t rc;
                    p += utf8_decode1(p, pe, &rc);
                    if (rc >= rlimit) { free(a); sb_free(&b); return raise_value(exc); }
                    put_cp(&b, enc, rc, be);
                }
            } else {
                if (BYTES_SIZE(repl) % unit) { free(a); sb_free(&b); return raise_value(exc); }
                sb_add(&b, BYTES_DATA(repl), (size_t)BYTES_SIZE(repl));
            }
            i = pos;
            continue;
        }
        default: {
            Value r = encode_error(enc_names[enc], a, i, j, reason);
            free(a);
            sb_free(&b);
            return r;
        }
        }
        i = j;
    }
    free(a);
    Value r = bytes_new(b.data ? b.data : "", b.len);
    sb_free(&b);
    return r;
}

static Value decode_error(const char *enc, const unsigned char *d, size_t n, int64_t st, int64_t e, const char *reason)
{
    Value args[5] = {str_from_cstr(enc), bytes_new((const char *)d, n), MKSMALL(st), MKSMALL(e), str_from_cstr(reason)};
    Value x = exc_new(E(UnicodeDecodeError), args, 5);
    if (!x) return 0;
    return raise_value(x);
}

/* Length of a valid UTF-8 sequence at p (strict: no surrogates), or 0 with the
 * error's byte count and reason. */
static int utf8_check(const unsigned char *p, const unsigned char *end, int *errlen, const char **reason, bool allow_surr)
{
    unsigned char c = p[0];
    if (c < 0x80) return 1;
    int n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED && !allow_surr) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
    } else { *errlen = 1; *reason = "invalid start byte"; return 0; }
    for (int k = 1; k < n; k++) {
        if (p + k >= end) { *errlen = k; *reason = "unexpected end of data"; return 0; }
        unsigned char d = p[k];
        unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (d < l || d > h) { *errlen = k; *reason = "invalid continuation byte"; return 0; }
    }
    return n;
}

Value str_decode(const char *data, size_t n, const char *encoding, const char *errors)
{
    return str_decode_ex(data, n, encoding, errors, true, NULL);
}

/* Decode; when !final, an incomplete sequence at the end is left undecoded and
 * *consumed says how many bytes were used (incremental decoders, TextIOWrapper). */
Value str_decode_ex(const char *data, size_t n, const char *encoding, const char *errors, bool final, size_t *consumed)
{
    int enc = lookup_encoding(encoding);
    size_t skipped = 0;
    if (consumed) *consumed = n;
    if (enc < 0) return codec_fallback(bytes_new(data, n), encoding, errors, false);
    if (enc == ENC_UNIESC || enc == ENC_RAWUNIESC) return decode_escape(data, n, errors, enc == ENC_RAWUNIESC);
    if (enc == ENC_UTF8SIG) {
        if (!final && n < 3 && memcmp(data, "\xef\xbb\xbf", n) == 0) {
            if (consumed) *consumed = 0;
            return str_make("", 0, 0);
        }
        if (n >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) { data += 3; n -= 3; skipped = 3; }
        enc = ENC_UTF8;
    }
    if (!final && ((enc == ENC_UTF16 && n < 2) || (enc == ENC_UTF32 && n < 4))) {
        if (consumed) *consumed = 0;
        return str_make("", 0, 0);
    }
    const unsigned char *d = (const unsigned char *)data, *end = d + n;
    size_t i = 0;
    while (i < n && d[i] < 0x80) i++;
    if (i == n && enc <= ENC_LATIN1) return str_make(data, n, (int64_t)n);
    int eh = lookup_errors(errors);
    StrBuf b;
    sb_init(&b);
    if (enc <= ENC_LATIN1) {
        sb_grow(&b, n);
        memcpy(b.data, data, i);
        b.len = i;
        while (i < n) {
            unsigned char c = d[i];
            if (c < 0x80) { sb_addc(&b, (char)c); i++; continue; }
            if (enc == ENC_LATIN1) { sb_add_cp(&b, c); i++; continue; }
            int len = 0, elen = 1;
            const char *reason = "ordinal not in range(128)";
            if (enc == ENC_UTF8) len = utf8_check(d + i, end, &elen, &reason, eh == EH_SURROGATEPASS);
            if (len) { sb_add(&b, (const char *)d + i, (size_t)len); i += (size_t)len; continue; }
            if (!final && i + (size_t)elen >= n && reason[0] == 'u' && reason[1] == 'n') {
                if (consumed) *consumed = skipped + i;
                break;
            }
            switch (eh) {
            case EH_IGNORE: break;
            case EH_REPLACE: sb_add_cp(&b, 0xFFFD); break;
            case EH_BACKSLASH: for (int k = 0; k < elen; k++) sb_printf(&b, "\\x%02x", d[i + k]); break;
            case EH_SURROGATEESCAPE: for (int k = 0; k < elen; k++) sb_add_cp(&b, 0xDC00 + d[i + k]); break;
            case EH_UNKNOWN:
                if (codec_decode_error(errors, enc_names[enc], d, n, i, i + (size_t)elen, reason, &b, &i) < 0) {
                    sb_free(&b);
                    return 0;
                }
                continue;
            default:
                sb_free(&b);
                return decode_error(enc_names[enc], d, n, (int64_t)i, (int64_t)i + elen, reason);
            }
            i += (size_t)elen;
        }
        return sb_finish(&b);
    }
    /* utf-16 / utf-32 */
    bool w32 = enc >= ENC_UTF32;
    bool be = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    size_t unit = w32 ? 4 : 2;
    i = 0;
    if (enc == ENC_UTF16 && n >= 2) {
        if (d[0] == 0xFF && d[1] == 0xFE) i = 2;
        else if (d[0] == 0xFE && d[1] == 0xFF) { i = 2; be = true; }
    }
    if (enc == ENC_UTF32 && n >= 4) {
        if (d[0] == 0xFF && d[1] == 0xFE && !d[2] && !d[3]) i = 4;
        else if (!d[0] && !d[1] && d[2] == 0xFE && d[3] == 0xFF) { i = 4; be = true; }
    }
    const char *ename = w32 ? (be ? "utf-32-be" : "utf-32-le") : (be ? "utf-16-be" : "utf-16-le");
    while (i < n) {
        const char *reason = NULL;
        size_t elen = 0;
        uint32_t c = 0;
        if (n - i < unit) {
            if (!final) { if (consumed) *consumed = i; break; }
            reason = "truncated data"; elen = n - i;
        }
        else if (w32) {
            for (int k = 0; k < 4; k++) c |= (uint32_t)d[i + k] << (be ? 24 - 8 * k : 8 * k);
            if (c > 0x10FFFF) { reason = "code point not in range(0x110000)"; elen = 4; }
            else if (c >= 0xD800 && c <= 0xDFFF && eh != EH_SURROGATEPASS) { reason = "code point in surrogate code point range(0xd800, 0xe000)"; elen = 4; }
            else { sb_add_cp(&b, c); i += 4; continue; }
        } else {
            c = be ? (uint32_t)(d[i] << 8 | d[i + 1]) : (uint32_t)(d[i + 1] << 8 | d[i]);
            if (c < 0xD800 || c > 0xDFFF) { sb_add_cp(&b, c); i += 2; continue; }
            if (c >= 0xDC00) { reason = "illegal encoding"; elen = 2; }
            else if (n - i < 4) {
                if (!final) { if (consumed) *consumed = i; break; }
                reason = "unexpected end of data"; elen = n - i;
            }
            else {
                uint32_t c2 = be ? (uint32_t)(d[i + 2] << 8 | d[i + 3]) : (uint32_t)(d[i + 3] << 8 | d[i + 2]);
                if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
                    sb_add_cp(&b, 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00));
                    i += 4;
                    continue;
                }
                reason = "illegal UTF-16 surrogate"; elen = 2;
            }
        }
        switch (eh) {
        case EH_IGNORE: break;
        case EH_REPLACE: sb_add_cp(&b, 0xFFFD); break;
        case EH_BACKSLASH: for (size_t k = 0; k < elen; k++) sb_printf(&b, "\\x%02x", d[i + k]); break;
        case EH_SURROGATEESCAPE: for (size_t k = 0; k < elen; k++) sb_add_cp(&b, 0xDC00 + d[i + k]); break;
        case EH_UNKNOWN: case EH_SURROGATEPASS:   /* surrogatepass: a lone UTF-16 surrogate, by the registry's handler */
            if (codec_decode_error(errors, ename, d, n, i, i + elen, reason, &b, &i) < 0) {
                sb_free(&b);
                return 0;
            }
            continue;
        default:
            sb_free(&b);
            return decode_error(ename, d, n, (int64_t)i, (int64_t)(i + elen), reason);
        }
        i += elen;
    }
    return sb_finish(&b);
}

Value str_from_utf8_checked(const char *s, size_t n)
{
    return str_decode(s, n, "utf-8", "strict");
}

void str_forget_hash(Value s) { ((Str *)s)->hash = -1; }
