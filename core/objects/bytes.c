/* kiln: the bytes type, its iterator, and the methods bytes and bytearray share
 * (bm_*: they read self through bytes_like() and build results of self's kind).
 * Also bytes %-formatting. */
#define _GNU_SOURCE
#include "core.h"
#include <string.h>
#include <stdlib.h>

/* -- Construction -------------------------------------------------------------- */

static Bytes *bytes_alloc(Type *t, size_t n)
{
    Bytes *b;
    if (t == T(bytes)) b = (Bytes *)gc_alloc_kind(t, sizeof(Bytes) + n + 1, HEAP_NOSCAN | HEAP_FROZEN);
    else b = (Bytes *)gc_alloc(t, (t->basicsize > sizeof(Bytes) ? t->basicsize : sizeof(Bytes)) + n + 1);
    b->size = (int64_t)n;
    b->hash = -1;
    return b;
}

Value bytes_new(const char *data, size_t n)
{
    if (n == 0 && R->empty_bytes) return R->empty_bytes;
    if (n == 1 && R->byte_cache[(unsigned char)data[0]]) return R->byte_cache[(unsigned char)data[0]];
    Bytes *b = bytes_alloc(T(bytes), n);
    memcpy(b->data, data, n);
    return OBJ_VAL(b);
}

bool obj_getbuffer(Value v, BufferView *view)
{
    if (!IS_OBJ(v) || !TYPE(v)->getbuffer) return false;
    return TYPE(v)->getbuffer(v, view);
}

void obj_buffer_export(Value v, int delta)
{
    if (IS_OBJ(v) && TYPE(v)->buffer_export) TYPE(v)->buffer_export(v, delta);
}

bool buffer_resize_refused(int64_t *exports, const char *msg)
{
    if (*exports <= 0) return false;
    gc_collect();
    if (*exports <= 0) return false;
    raise_fmt(E(BufferError), "%s", msg);
    return true;
}

bool writable_buffer(Value v, char **data, int64_t *size)
{
    BufferView bv;
    if (!obj_getbuffer(v, &bv) || bv.readonly) return false;
    *data = bv.data;
    *size = bv.len;
    return true;
}

bool bytes_like(Value v, const char **data, int64_t *size)
{
    BufferView bv;
    *data = "";
    *size = 0;
    if (!obj_getbuffer(v, &bv)) return false;
    *data = bv.data;
    *size = bv.len;
    return true;
}

static bool bytes_getbuffer(Value v, BufferView *view)
{
    *view = (BufferView){ .data = BYTES_DATA(v), .len = BYTES_SIZE(v), .itemsize = 1, .format = 'B', .readonly = true };
    return true;
}

static inline bool is_ba(Value v) { return TYPE(v) == T(bytearray) || type_is_subtype(TYPE(v), T(bytearray)); }

static Value mk(Value self, const char *p, size_t n)
{
    return is_ba(self) ? bytearray_new(p, n) : bytes_new(p, n);
}

static Value mk_sb(Value self, StrBuf *b)
{
    Value r = mk(self, b->data ? b->data : "", b->len);
    sb_free(b);
    return r;
}

/* self unchanged: the same object for exact bytes, a copy otherwise */
static Value same(Value self)
{
    if (TYPE(self) == T(bytes)) return self;
    const char *p; int64_t n;
    bytes_like(self, &p, &n);
    return mk(self, p, (size_t)n);
}

#define VIEW(self, p, n) const char *p; int64_t n; bytes_like(self, &p, &n)

Value bytes_repr_of(const char *data, size_t n, char quote_prefix)
{
    return bytes_repr_ex(data, n, quote_prefix, false);
}

Value bytes_repr_ex(const char *data, size_t n, char quote_prefix, bool always_escape_squote)
{
    bool sq = memchr(data, '\'', n) != NULL, dq = memchr(data, '"', n) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    StrBuf b;
    sb_init(&b);
    if (quote_prefix) sb_addc(&b, quote_prefix);
    sb_addc(&b, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == (unsigned char)q || c == '\\' || (c == '\'' && always_escape_squote)) { sb_addc(&b, '\\'); sb_addc(&b, (char)c); }
        else if (c == '\t') sb_adds(&b, "\\t");
        else if (c == '\n') sb_adds(&b, "\\n");
        else if (c == '\r') sb_adds(&b, "\\r");
        else if (c < 0x20 || c >= 0x7f) sb_printf(&b, "\\x%02x", c);
        else sb_addc(&b, (char)c);
    }
    sb_addc(&b, q);
    return sb_finish(&b);
}

/* -- Argument helpers ------------------------------------------------------------ */

static int nargs_chk(const char *tn, const char *name, size_t nargs, Value kw, size_t min, size_t max)
{
    if (kw && TUPLE_SIZE(kw)) {
        if (tn) raise_TypeError("%s.%s() takes no keyword arguments", tn, name);
        else raise_TypeError("%s() takes no keyword arguments", name);
        return -1;
    }
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
        raise_OverflowError("cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return 0;
}

/* v as CPython's C "int" or "ssize_t" argument (ctype), with its OverflowError. */
static int as_c_integer(Value v, int64_t *out, const char *ctype)
{
    if (as_index_i64(v, out) < 0) {
        if (exc_matches(E(OverflowError))) { exc_clear(); raise_OverflowError("Python int too large to convert to C %s", ctype); }
        return -1;
    }
    if (ctype[0] == 'i' && (*out < INT32_MIN || *out > INT32_MAX)) {
        raise_OverflowError("Python int too large to convert to C int");
        return -1;
    }
    return 0;
}

static int need_buf(Value v, const char **p, int64_t *n)
{
    if (bytes_like(v, p, n)) return 0;
    raise_TypeError("a bytes-like object is required, not '%s'", TYPE_NAME(v));
    return -1;
}

/* A "sub" argument of find/count/index/in: bytes-like or an int byte value. */
static int sub_arg(Value v, const char **p, int64_t *n, char *one)
{
    if (bytes_like(v, p, n)) return 0;
    if (IS_INT(v) || (IS_OBJ(v) && TYPE(v)->nb_index)) {
        int64_t b;
        if (as_index_i64(v, &b) < 0) return -1;
        if (b < 0 || b > 255) { raise_ValueError("byte must be in range(0, 256)"); return -1; }
        *one = (char)b;
        *p = one;
        *n = 1;
        return 0;
    }
    raise_TypeError("argument should be integer or bytes-like object, not '%s'", TYPE_NAME(v));
    return -1;
}

static const char *memrmem(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn > hn) return NULL;
    if (nn == 0) return h + hn;
    for (const char *p = h + hn - nn;; p--) {
        if (*p == *n && memcmp(p, n, nn) == 0) return p;
        if (p == h) return NULL;
    }
}

static inline bool bspace(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static inline bool blower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline bool bupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline bool balpha(unsigned char c) { return blower(c) || bupper(c); }
static inline bool bdigit(unsigned char c) { return c >= '0' && c <= '9'; }

/* -- Search --------------------------------------------------------------------- */

static int find_args(const char *name, Value self, const Value *args, size_t nargs, Value kw,
                     const char **sp, int64_t *sn, char *one, int64_t *start, int64_t *end)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("%s() takes no keyword arguments", name); return -1; }
    if (nargs < 1) { raise_TypeError("%s() takes at least 1 argument (0 given)", name); return -1; }
    if (nargs > 3) { raise_TypeError("%s() takes at most 3 arguments (%zu given)", name, nargs); return -1; }
    *start = 0;
    *end = INT64_MAX;
    if (nargs > 1 && slice_idx(args[1], start) < 0) return -1;   /* CPython parses the indices first */
    if (nargs > 2 && slice_idx(args[2], end) < 0) return -1;
    if (sub_arg(args[0], sp, sn, one) < 0) return -1;
    VIEW(self, p, n);
    (void)p;
    adjust(start, end, n);
    return 0;
}

static int64_t do_find(Value self, const char *s, int64_t sn, int64_t start, int64_t end, int dir)
{
    VIEW(self, p, n);
    if (start > n || end - start < sn) return -1;
    const char *r = dir > 0 ? (sn == 0 ? p + start : memmem(p + start, (size_t)(end - start), s, (size_t)sn))
                            : memrmem(p + start, (size_t)(end - start), s, (size_t)sn);
    return r ? r - p : -1;
}

#define FIND_METHOD(fn, name, dir, raise) \
    Value fn(Value self, const Value *args, size_t nargs, Value kw) { \
        const char *s; int64_t sn, st, en; char one; \
        if (find_args(name, self, args, nargs, kw, &s, &sn, &one, &st, &en) < 0) return 0; \
        int64_t r = do_find(self, s, sn, st, en, dir); \
        if (raise && r < 0) return raise_ValueError("subsection not found"); \
        return MKSMALL(r); }
FIND_METHOD(bm_find, "find", 1, 0)
FIND_METHOD(bm_rfind, "rfind", -1, 0)
FIND_METHOD(bm_index, "index", 1, 1)
FIND_METHOD(bm_rindex, "rindex", -1, 1)

Value bm_count(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *s; int64_t sn, st, en; char one;
    if (find_args("count", self, args, nargs, kw, &s, &sn, &one, &st, &en) < 0) return 0;
    VIEW(self, p, n);
    if (st > n || en < st) return MKSMALL(0);
    if (sn == 0) return MKSMALL(en - st + 1);
    int64_t c = 0;
    const char *h = p + st, *e = p + en;
    for (;;) {
        const char *r = memmem(h, (size_t)(e - h), s, (size_t)sn);
        if (!r) break;
        c++;
        h = r + sn;
    }
    return MKSMALL(c);
}

static Value starts_ends(const char *name, Value self, const Value *args, size_t nargs, Value kw, int dir)
{
    if (kw && TUPLE_SIZE(kw)) return raise_TypeError("%s() takes no keyword arguments", name);
    if (nargs < 1) return raise_TypeError("%s() takes at least 1 argument (0 given)", name);
    if (nargs > 3) return raise_TypeError("%s() takes at most 3 arguments (%zu given)", name, nargs);
    VIEW(self, p, n);
    int64_t st = 0, en = INT64_MAX;
    if (nargs > 1 && slice_idx(args[1], &st) < 0) return 0;
    if (nargs > 2 && slice_idx(args[2], &en) < 0) return 0;
    adjust(&st, &en, n);
    Value x = args[0];
    int64_t cnt = IS_TUPLE(x) ? TUPLE_SIZE(x) : 1;
    for (int64_t i = 0; i < cnt; i++) {
        Value it = IS_TUPLE(x) ? TUPLE_ITEMS(x)[i] : x;
        const char *s; int64_t sn;
        if (!bytes_like(it, &s, &sn)) {
            if (IS_TUPLE(x)) return raise_TypeError("a bytes-like object is required, not '%s'", TYPE_NAME(it));
            return raise_TypeError("%s first arg must be bytes or a tuple of bytes, not %s", name, TYPE_NAME(it));
        }
        if (st > n || en - st < sn) continue;
        const char *at = dir < 0 ? p + st : p + en - sn;
        if (memcmp(at, s, (size_t)sn) == 0) return TRUE_V;
    }
    return FALSE_V;
}
Value bm_startswith(Value self, const Value *args, size_t nargs, Value kw) { return starts_ends("startswith", self, args, nargs, kw, -1); }
Value bm_endswith(Value self, const Value *args, size_t nargs, Value kw) { return starts_ends("endswith", self, args, nargs, kw, 1); }

/* -- Case and predicates ----------------------------------------------------------- */

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_TITLE, BC_CAP };

static Value bcase(Value self, int mode)
{
    VIEW(self, p, n);
    StrBuf b;
    sb_init(&b);
    bool prev = false;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        bool up = bupper(c), lo = blower(c);
        switch (mode) {
        case BC_LOWER: if (up) c += 32; break;
        case BC_UPPER: if (lo) c -= 32; break;
        case BC_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
        case BC_TITLE: if (prev) { if (up) c += 32; } else if (lo) c -= 32; prev = up || lo; break;
        case BC_CAP: if (i == 0) { if (lo) c -= 32; } else if (up) c += 32; break;
        }
        sb_addc(&b, (char)c);
    }
    return mk_sb(self, &b);
}

#define BCASE(fn, mode) Value fn(Value self, const Value *args, size_t nargs, Value kw) \
    { return bcase(self, mode); }   /* METH_NOARGS */
BCASE(bm_lower, BC_LOWER)
BCASE(bm_upper, BC_UPPER)
BCASE(bm_swapcase, BC_SWAP)
BCASE(bm_title, BC_TITLE)
BCASE(bm_capitalize, BC_CAP)

enum { BP_ALNUM, BP_ALPHA, BP_ASCII, BP_DIGIT, BP_LOWER, BP_SPACE, BP_TITLE, BP_UPPER };

static bool bpred(Value self, int k)
{
    VIEW(self, p, n);
    if (k == BP_ASCII) { for (int64_t i = 0; i < n; i++) if ((unsigned char)p[i] >= 128) return false; return true; }
    if (n == 0) return false;
    bool cas = false, prev = false;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        switch (k) {
        case BP_ALNUM: if (!balpha(c) && !bdigit(c)) return false; break;
        case BP_ALPHA: if (!balpha(c)) return false; break;
        case BP_DIGIT: if (!bdigit(c)) return false; break;
        case BP_SPACE: if (!bspace(c)) return false; break;
        case BP_LOWER: if (bupper(c)) return false; if (blower(c)) cas = true; break;
        case BP_UPPER: if (blower(c)) return false; if (bupper(c)) cas = true; break;
        case BP_TITLE:
            if (bupper(c)) { if (prev) return false; prev = cas = true; }
            else if (blower(c)) { if (!prev) return false; prev = cas = true; }
            else prev = false;
            break;
        }
    }
    if (k == BP_LOWER || k == BP_UPPER || k == BP_TITLE) return cas;
    return true;
}

#define BPRED(fn, k) Value fn(Value self, const Value *args, size_t nargs, Value kw) \
    { return BOOL_V(bpred(self, k)); }   /* METH_NOARGS */
BPRED(bm_isalnum, BP_ALNUM)
BPRED(bm_isalpha, BP_ALPHA)
BPRED(bm_isascii, BP_ASCII)
BPRED(bm_isdigit, BP_DIGIT)
BPRED(bm_islower, BP_LOWER)
BPRED(bm_isspace, BP_SPACE)
BPRED(bm_istitle, BP_TITLE)
BPRED(bm_isupper, BP_UPPER)

/* -- Padding and stripping ---------------------------------------------------------- */

static Value bjustify(const char *name, Value self, const Value *args, size_t nargs, Value kw, int how)
{
    if (nargs_chk(is_ba(self) ? "bytearray" : "bytes", name, nargs, kw, 1, 2) < 0) return 0;
    int64_t w;
    char fill = ' ';
    if (as_index_i64(args[0], &w) < 0) return 0;
    if (nargs > 1) {
        const char *f; int64_t fn;
        if (!bytes_like(args[1], &f, &fn) || fn != 1 || IS_TYPE(args[1], memoryview))
            return raise_TypeError("%s() argument 2 must be a byte string of length 1, not %s", name, TYPE_NAME(args[1]));
        fill = f[0];
    }
    VIEW(self, p, n);
    if (w <= n) return same(self);
    int64_t marg = w - n, left = how < 0 ? 0 : how > 0 ? marg : marg / 2 + (marg & w & 1);
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < left; i++) sb_addc(&b, fill);
    bytes_like(self, &p, &n);
    sb_add(&b, p, (size_t)n);
    for (int64_t i = 0; i < marg - left; i++) sb_addc(&b, fill);
    return mk_sb(self, &b);
}
Value bm_ljust(Value self, const Value *args, size_t nargs, Value kw) { return bjustify("ljust", self, args, nargs, kw, -1); }
Value bm_rjust(Value self, const Value *args, size_t nargs, Value kw) { return bjustify("rjust", self, args, nargs, kw, 1); }
Value bm_center(Value self, const Value *args, size_t nargs, Value kw) { return bjustify("center", self, args, nargs, kw, 0); }

Value bm_zfill(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t w;
    if (as_index_i64(args[0], &w) < 0) return 0;
    VIEW(self, p, n);
    if (w <= n) return same(self);
    StrBuf b;
    sb_init(&b);
    int64_t k = 0;
    if (n && (p[0] == '+' || p[0] == '-')) { sb_addc(&b, p[0]); k = 1; }
    for (int64_t i = 0; i < w - n; i++) sb_addc(&b, '0');
    sb_add(&b, p + k, (size_t)(n - k));
    return mk_sb(self, &b);
}

static Value bstrip(const char *name, Value self, const Value *args, size_t nargs, Value kw, int which)
{
    if (nargs_chk(is_ba(self) ? "bytearray" : "bytes", name, nargs, kw, 0, 1) < 0) return 0;
    const char *cs = NULL; int64_t cn = 0;
    if (nargs && args[0] != NONE && need_buf(args[0], &cs, &cn) < 0) return 0;
    VIEW(self, p, n);
    int64_t a = 0, e = n;
    if (which & 1) while (a < e && (cs ? memchr(cs, p[a], (size_t)cn) != NULL : bspace((unsigned char)p[a]))) a++;
    if (which & 2) while (e > a && (cs ? memchr(cs, p[e - 1], (size_t)cn) != NULL : bspace((unsigned char)p[e - 1]))) e--;
    if (a == 0 && e == n) return same(self);
    return mk(self, p + a, (size_t)(e - a));
}
Value bm_strip(Value self, const Value *args, size_t nargs, Value kw) { return bstrip("strip", self, args, nargs, kw, 3); }
Value bm_lstrip(Value self, const Value *args, size_t nargs, Value kw) { return bstrip("lstrip", self, args, nargs, kw, 1); }
Value bm_rstrip(Value self, const Value *args, size_t nargs, Value kw) { return bstrip("rstrip", self, args, nargs, kw, 2); }

Value bm_removeprefix(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *s; int64_t sn;
    if (need_buf(args[0], &s, &sn) < 0) return 0;
    VIEW(self, p, n);
    if (sn <= n && memcmp(p, s, (size_t)sn) == 0 && sn) return mk(self, p + sn, (size_t)(n - sn));
    return same(self);
}
Value bm_removesuffix(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *s; int64_t sn;
    if (need_buf(args[0], &s, &sn) < 0) return 0;
    VIEW(self, p, n);
    if (sn && sn <= n && memcmp(p + n - sn, s, (size_t)sn) == 0) return mk(self, p, (size_t)(n - sn));
    return same(self);
}

Value bm_expandtabs(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"tabsize", NULL};
    Value out[1] = {0};
    if (args_parse("expandtabs", args, nargs, kw, names, 0, out) < 0) return 0;
    int64_t ts = 8;
    if (out[0] && as_index_i64(out[0], &ts) < 0) return 0;
    VIEW(self, p, n);
    StrBuf b;
    sb_init(&b);
    int64_t col = 0;
    for (int64_t i = 0; i < n; i++) {
        if (p[i] == '\t') {
            if (ts > 0) { int64_t k = ts - col % ts; for (int64_t j = 0; j < k; j++) sb_addc(&b, ' '); col += k; }
        } else {
            sb_addc(&b, p[i]);
            col++;
            if (p[i] == '\n' || p[i] == '\r') col = 0;
        }
    }
    return mk_sb(self, &b);
}

/* -- split / join / replace / partition ------------------------------------------------ */

static int split_args(const char *name, const Value *args, size_t nargs, Value kw,
                      const char **sep, int64_t *sepn, int64_t *maxs)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value out[2] = {0, 0};
    if (args_parse(name, args, nargs, kw, names, 0, out) < 0) return -1;
    *sep = NULL;
    *maxs = -1;
    if (out[1] && as_c_integer(out[1], maxs, "ssize_t") < 0) return -1;   /* before sep, as CPython */
    if (out[0] && out[0] != NONE) {
        if (need_buf(out[0], sep, sepn) < 0) return -1;
        if (*sepn == 0) { raise_ValueError("empty separator"); return -1; }
    }
    if (*maxs < 0) *maxs = INT64_MAX;
    return 0;
}

static void list_rev(Value list)
{
    int64_t n = LIST_SIZE(list);
    Value *it = LIST_ITEMS(list);
    for (int64_t i = 0; i < n / 2; i++) { Value t = it[i]; it[i] = it[n - 1 - i]; it[n - 1 - i] = t; }
}

Value bm_split(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *sep; int64_t sn = 0, maxs;
    if (split_args("split", args, nargs, kw, &sep, &sn, &maxs) < 0) return 0;
    VIEW(self, p, n);
    Value list = list_new(0);
    int64_t i = 0, cnt = 0;
    if (!sep) {
        while (i < n) {
            while (i < n && bspace((unsigned char)p[i])) i++;
            if (i >= n) break;
            if (cnt >= maxs) { if (list_append(list, mk(self, p + i, (size_t)(n - i))) < 0) return 0; break; }
            int64_t j = i;
            while (j < n && !bspace((unsigned char)p[j])) j++;
            if (list_append(list, mk(self, p + i, (size_t)(j - i))) < 0) return 0;
            cnt++;
            i = j;
        }
        return list;
    }
    while (cnt < maxs) {
        const char *r = memmem(p + i, (size_t)(n - i), sep, (size_t)sn);
        if (!r) break;
        if (list_append(list, mk(self, p + i, (size_t)(r - p - i))) < 0) return 0;
        i = r - p + sn;
        cnt++;
    }
    if (list_append(list, mk(self, p + i, (size_t)(n - i))) < 0) return 0;
    return list;
}

Value bm_rsplit(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *sep; int64_t sn = 0, maxs;
    if (split_args("rsplit", args, nargs, kw, &sep, &sn, &maxs) < 0) return 0;
    VIEW(self, p, n);
    Value list = list_new(0);
    int64_t e = n, cnt = 0;
    if (!sep) {
        while (e > 0) {
            while (e > 0 && bspace((unsigned char)p[e - 1])) e--;
            if (e <= 0) break;
            if (cnt >= maxs) { if (list_append(list, mk(self, p, (size_t)e)) < 0) return 0; break; }
            int64_t s = e;
            while (s > 0 && !bspace((unsigned char)p[s - 1])) s--;
            if (list_append(list, mk(self, p + s, (size_t)(e - s))) < 0) return 0;
            cnt++;
            e = s;
        }
        list_rev(list);
        return list;
    }
    while (cnt < maxs) {
        const char *r = memrmem(p, (size_t)e, sep, (size_t)sn);
        if (!r) break;
        if (list_append(list, mk(self, r + sn, (size_t)(p + e - r - sn))) < 0) return 0;
        e = r - p;
        cnt++;
    }
    if (list_append(list, mk(self, p, (size_t)e)) < 0) return 0;
    list_rev(list);
    return list;
}

Value bm_splitlines(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"keepends", NULL};
    Value out[1] = {0};
    if (args_parse("splitlines", args, nargs, kw, names, 0, out) < 0) return 0;
    int64_t keep = 0;
    if (out[0] && as_c_integer(out[0], &keep, "int") < 0) return 0;
    VIEW(self, p, n);
    Value list = list_new(0);
    int64_t i = 0;
    while (i < n) {
        int64_t j = i;
        while (j < n && p[j] != '\n' && p[j] != '\r') j++;
        int64_t eol = j;
        if (j < n) {
            if (p[j] == '\r' && j + 1 < n && p[j + 1] == '\n') j += 2; else j++;
            if (keep) eol = j;
        }
        if (list_append(list, mk(self, p + i, (size_t)(eol - i))) < 0) return 0;
        i = j;
    }
    return list;
}

Value bm_join(Value self, const Value *args, size_t nargs, Value kw)
{
    Value seq = args[0];
    if (!IS_LIST(seq) && !IS_TUPLE(seq)) {
        if (!TYPE(seq)->iter && !TYPE(seq)->getitem) return raise_TypeError("can only join an iterable");
        seq = list_from_iter(seq);
        if (!seq) return 0;
    }
    int64_t cnt = IS_LIST(seq) ? LIST_SIZE(seq) : TUPLE_SIZE(seq);
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < cnt; i++) {
        Value it = IS_LIST(seq) ? LIST_ITEMS(seq)[i] : TUPLE_ITEMS(seq)[i];
        const char *d; int64_t dn;
        if (!bytes_like(it, &d, &dn)) {
            sb_free(&b);
            return raise_TypeError("sequence item %ld: expected a bytes-like object, %s found", (long)i, TYPE_NAME(it));
        }
        if (i) { VIEW(self, p, n); sb_add(&b, p, (size_t)n); }
        sb_add(&b, d, (size_t)dn);
    }
    return mk_sb(self, &b);
}

Value bm_replace(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs_chk(is_ba(self) ? "bytearray" : "bytes", "replace", nargs, kw, 2, 3) < 0) return 0;
    const char *o, *nw; int64_t on, nn, maxc = -1;
    if (need_buf(args[0], &o, &on) < 0 || need_buf(args[1], &nw, &nn) < 0) return 0;
    if (nargs > 2 && as_index_i64(args[2], &maxc) < 0) return 0;
    if (maxc < 0) maxc = INT64_MAX;
    VIEW(self, p, n);
    StrBuf b;
    sb_init(&b);
    int64_t i = 0, c = 0;
    if (on == 0) {
        while (c < maxc) {
            sb_add(&b, nw, (size_t)nn);
            c++;
            if (i >= n) break;
            sb_addc(&b, p[i++]);
        }
        sb_add(&b, p + i, (size_t)(n - i));
        return mk_sb(self, &b);
    }
    while (c < maxc) {
        const char *r = memmem(p + i, (size_t)(n - i), o, (size_t)on);
        if (!r) break;
        sb_add(&b, p + i, (size_t)(r - p - i));
        sb_add(&b, nw, (size_t)nn);
        i = r - p + on;
        c++;
    }
    if (c == 0) { sb_free(&b); return same(self); }
    sb_add(&b, p + i, (size_t)(n - i));
    return mk_sb(self, &b);
}

static Value bpartition(Value self, Value sepv, int dir)
{
    const char *s; int64_t sn;
    if (need_buf(sepv, &s, &sn) < 0) return 0;
    if (sn == 0) return raise_ValueError("empty separator");
    VIEW(self, p, n);
    const char *r = dir > 0 ? memmem(p, (size_t)n, s, (size_t)sn) : memrmem(p, (size_t)n, s, (size_t)sn);
    if (!r) {
        Value a = mk(self, p, (size_t)n), e1 = mk(self, "", 0), e2 = mk(self, "", 0);
        return dir > 0 ? tuple_pack(3, a, e1, e2) : tuple_pack(3, e1, e2, a);
    }
    Value sepc = is_ba(self) ? bytearray_new(s, (size_t)sn) : (IS_TYPE(sepv, bytes) ? sepv : bytes_new(s, (size_t)sn));
    return tuple_pack(3, mk(self, p, (size_t)(r - p)), sepc, mk(self, r + sn, (size_t)(p + n - r - sn)));
}
Value bm_partition(Value self, const Value *args, size_t nargs, Value kw)
{
    return bpartition(self, args[0], 1);
}
Value bm_rpartition(Value self, const Value *args, size_t nargs, Value kw)
{
    return bpartition(self, args[0], -1);
}

Value bm_translate(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"", "delete", NULL};
    Value out[2] = {0, 0};
    if (args_parse("translate", args, nargs, kw, names, 1, out) < 0) return 0;
    const char *t = NULL, *d = ""; int64_t tn = 0, dn = 0;
    if (out[0] != NONE) {
        if (need_buf(out[0], &t, &tn) < 0) return 0;
        if (tn != 256) return raise_ValueError("translation table must be 256 characters long");
    }
    if (out[1] && need_buf(out[1], &d, &dn) < 0) return 0;
    VIEW(self, p, n);
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < n; i++) {
        if (dn && memchr(d, p[i], (size_t)dn)) continue;
        sb_addc(&b, t ? t[(unsigned char)p[i]] : p[i]);
    }
    return mk_sb(self, &b);
}

Value bm_maketrans(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs_chk(NULL, "maketrans", nargs, kw, 2, 2) < 0) return 0;   /* keywords: METH_NOKW */
    const char *f, *t; int64_t fn, tn;
    if (need_buf(args[0], &f, &fn) < 0 || need_buf(args[1], &t, &tn) < 0) return 0;
    if (fn != tn) return raise_ValueError("maketrans arguments must have same length");
    char tab[256];
    for (int i = 0; i < 256; i++) tab[i] = (char)i;
    for (int64_t i = 0; i < fn; i++) tab[(unsigned char)f[i]] = t[i];
    return bytes_new(tab, 256);
}

/* -- decode, hex, fromhex ------------------------------------------------------------- */

Value bm_decode(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    Value out[2] = {0, 0};
    if (args_parse("decode", args, nargs, kw, names, 0, out) < 0) return 0;
    if (out[0] && !IS_STR(out[0])) return raise_TypeError("decode() argument 'encoding' must be str, not %A", out[0]);
    if (out[1] && !IS_STR(out[1])) return raise_TypeError("decode() argument 'errors' must be str, not %A", out[1]);
    VIEW(self, p, n);
    return str_decode(p, (size_t)n, out[0] ? STR_DATA(out[0]) : "utf-8", out[1] ? STR_DATA(out[1]) : "strict");
}

Value bm_hex(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    Value out[2] = {0, 0};
    if (args_parse("hex", args, nargs, kw, names, 0, out) < 0) return 0;
    char sep = 0;
    int64_t per = 1;
    if (out[1] && as_c_integer(out[1], &per, "int") < 0) return 0;
    if (out[0]) {   /* CPython: len(sep) == 1 first (None has no len), then str (ASCII) or bytes */
        int64_t sl = obj_len(out[0]);
        if (sl < 0) return 0;
        if (sl != 1) return raise_ValueError("sep must be length 1.");
        if (IS_STR(out[0])) {
            if (STR_NBYTES(out[0]) != 1) return raise_ValueError("sep must be ASCII.");
            sep = STR_DATA(out[0])[0];
        } else if (type_is_subtype(TYPE(out[0]), T(bytes))) sep = BYTES_DATA(out[0])[0];
        else return raise_TypeError("sep must be str or bytes.");
    }
    VIEW(self, p, n);
    static const char hx[] = "0123456789abcdef";
    StrBuf b;
    sb_init(&b);
    int64_t ap = per < 0 ? -per : per;
    for (int64_t i = 0; i < n; i++) {
        if (sep && ap && i > 0) {
            /* per > 0: groups counted from the right; per < 0: from the left */
            if (per > 0 ? (n - i) % ap == 0 : i % ap == 0) sb_addc(&b, sep);
        }
        unsigned char c = (unsigned char)p[i];
        sb_addc(&b, hx[c >> 4]);
        sb_addc(&b, hx[c & 15]);
    }
    return sb_finish(&b);
}

Value bm_fromhex(Value cls, const Value *args, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) return raise_TypeError("fromhex() takes no keyword arguments");
    if (nargs != 1) return raise_TypeError("fromhex() takes exactly one argument (%zu given)", nargs);
    if (!IS_STR(args[0])) return raise_TypeError("fromhex() argument must be str, not %A", args[0]);
    const unsigned char *p = (const unsigned char *)STR_DATA(args[0]);
    int64_t n = STR_NBYTES(args[0]);
    StrBuf b;
    sb_init(&b);
    int64_t i = 0;
    while (i < n) {
        if (bspace(p[i])) { i++; continue; }
        int hi = hex_digit_value(p[i]);
        if (hi < 0) { sb_free(&b); return raise_ValueError("non-hexadecimal number found in fromhex() arg at position %ld", (long)i); }
        if (i + 1 >= n || hex_digit_value(p[i + 1]) < 0) {
            sb_free(&b);
            return raise_ValueError("non-hexadecimal number found in fromhex() arg at position %ld", (long)(i + 1));
        }
        sb_addc(&b, (char)(hi * 16 + hex_digit_value(p[i + 1])));
        i += 2;
    }
    Value r;
    if (cls == OBJ_VAL(T(bytearray))) r = bytearray_new(b.data ? b.data : "", b.len);
    else r = bytes_new(b.data ? b.data : "", b.len);
    sb_free(&b);
    if (cls != OBJ_VAL(T(bytes)) && cls != OBJ_VAL(T(bytearray))) return obj_call1(cls, r);
    return r;
}

/* -- bytes(x) -------------------------------------------------------------------------- */

int bytes_iter_ints(Value it, StrBuf *out)
{
    Value iter = obj_iter(it);
    if (!iter) return -1;
    for (;;) {
        Value v = obj_next(iter);
        if (!v) return exc_pending() ? -1 : 0;
        int64_t b;
        if (as_index_i64(v, &b) < 0) return -1;
        if (b < 0 || b > 255) { raise_ValueError("bytes must be in range(0, 256)"); return -1; }
        sb_addc(out, (char)b);
    }
}

Value bytes_from_object(Value v)
{
    const char *p; int64_t n;
    if (bytes_like(v, &p, &n)) return bytes_new(p, (size_t)n);
    if (IS_STR(v)) return raise_TypeError("string argument without an encoding");
    Value m = obj_lookup_special(v, str_intern_cstr("__bytes__"));
    if (m) {
        Value r = obj_call0(m);
        if (!r) return 0;
        if (!IS_OBJ(r) || !type_is_subtype(TYPE(r), T(bytes)))
            return raise_TypeError("__bytes__ returned non-bytes (type %s)", TYPE_NAME(r));
        return r;
    }
    if (exc_pending()) return 0;
    if (IS_INT(v) || TYPE(v)->nb_index) {
        int64_t k;
        if (as_index_i64(v, &k) < 0) return 0;
        if (k < 0) return raise_ValueError("negative count");
        Bytes *b = bytes_alloc(T(bytes), (size_t)k);
        return OBJ_VAL(b);
    }
    if (!TYPE(v)->iter && !TYPE(v)->getitem)
        return raise_TypeError("cannot convert '%s' object to bytes", TYPE_NAME(v));
    StrBuf b;
    sb_init(&b);
    if (bytes_iter_ints(v, &b) < 0) { sb_free(&b); return 0; }
    Value r = bytes_new(b.data ? b.data : "", b.len);
    sb_free(&b);
    return r;
}

static Value bytes_new_slot(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Value out[3] = {0, 0, 0};
    if (args_parse("bytes", args, nargs, kw, names, 0, out) < 0) return 0;
    Value r;
    if (out[1] || out[2]) {
        if (!out[0] || !IS_STR(out[0]))
            return raise_TypeError(out[1] ? "encoding without a string argument" : "errors without a string argument");
        if (out[1] && !IS_STR(out[1])) return raise_TypeError("bytes() argument 'encoding' must be str, not %A", out[1]);
        if (out[2] && !IS_STR(out[2])) return raise_TypeError("bytes() argument 'errors' must be str, not %A", out[2]);
        r = str_encode(out[0], out[1] ? STR_DATA(out[1]) : "utf-8", out[2] ? STR_DATA(out[2]) : "strict");
    } else if (!out[0]) r = bytes_new("", 0);
    else r = bytes_from_object(out[0]);
    if (!r || t == T(bytes)) return r;
    Bytes *b = bytes_alloc(t, (size_t)BYTES_SIZE(r));
    memcpy(b->data, BYTES_DATA(r), (size_t)BYTES_SIZE(r));
    return OBJ_VAL(b);
}

/* -- Slots ------------------------------------------------------------------------------ */

static Value bytes_repr(Value v) { return bytes_repr_of(BYTES_DATA(v), (size_t)BYTES_SIZE(v), 'b'); }

static int bytes_hash(Value v, int64_t *out)
{
    Bytes *b = (Bytes *)v;
    if (b->hash == -1) b->hash = b->size ? kiln_siphash(b->data, (size_t)b->size) : 0;
    *out = b->hash;
    return 0;
}

Value bytes_richcompare_any(Value a, Value b, int op)
{
    const char *p, *q; int64_t n, m;
    if (!bytes_like(a, &p, &n) || !bytes_like(b, &q, &m)) return NOTIMPL;
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = n == m && memcmp(p, q, (size_t)n) == 0;
        return BOOL_V(op == CMP_EQ ? eq : !eq);
    }
    int c = memcmp(p, q, (size_t)(n < m ? n : m));
    if (c == 0) c = n < m ? -1 : n > m;
    switch (op) {
    case CMP_LT: return BOOL_V(c < 0);
    case CMP_LE: return BOOL_V(c <= 0);
    case CMP_GT: return BOOL_V(c > 0);
    default: return BOOL_V(c >= 0);
    }
}

static Value bytes_richcompare(Value a, Value b, int op)
{
    /* bytes compares with bytes and bytearray; other buffers (memoryview, array) decide */
    for (int k = 0; k < 2; k++) {
        Value x = k ? b : a;
        if (!IS_OBJ(x) || (!type_is_subtype(TYPE(x), T(bytes)) && !is_ba(x))) return NOTIMPL;
    }
    return bytes_richcompare_any(a, b, op);
}

static Value bytes_add(Value a, Value b)
{
    const char *p, *q; int64_t n, m;
    if (!bytes_like(a, &p, &n)) return NOTIMPL;
    if (!bytes_like(b, &q, &m)) {
        if (TYPE(b)->flags & TF_HEAPTYPE) return NOTIMPL;
        return raise_TypeError("can't concat %s to %s", TYPE_NAME(b), TYPE_NAME(a));
    }
    Bytes *r = bytes_alloc(T(bytes), (size_t)(n + m));
    memcpy(r->data, p, (size_t)n);
    memcpy(r->data + n, q, (size_t)m);
    return OBJ_VAL(r);
}

/* a + b for ADD_FAST (opcodes.h), both exact bytes: as str_add_owned. */
Value bytes_add_owned(Value a, Value b, bool owned)
{
    Bytes *x = (Bytes *)a, *y = (Bytes *)b;
    size_t n = (size_t)(x->size + y->size);
    if (owned && n < gc_cell_size(x) - sizeof(Bytes)) {
        memcpy(x->data + x->size, y->data, (size_t)y->size);
        x->data[n] = 0;
        x->size = (int64_t)n;
        x->hash = -1;
        return a;
    }
    Bytes *r = bytes_alloc(T(bytes), owned ? n + n / 2 + 16 : n);
    memcpy(r->data, x->data, (size_t)x->size);
    memcpy(r->data + x->size, y->data, (size_t)y->size);
    r->size = (int64_t)n;
    return OBJ_VAL(r);
}

static Value bytes_mul(Value a, Value b)
{
    Value s = IS_OBJ(a) && type_is_subtype(TYPE(a), T(bytes)) ? a : b, k = s == a ? b : a;
    if (!IS_INT(k) && !TYPE(k)->nb_index) {
        if (TYPE(k)->flags & TF_HEAPTYPE) return NOTIMPL;
        return raise_TypeError("can't multiply sequence by non-int of type '%s'", TYPE_NAME(k));
    }
    int64_t c;
    if (as_index_i64(k, &c) < 0) return 0;
    int64_t n = BYTES_SIZE(s);
    if (c <= 0 || n == 0) return bytes_new("", 0);
    if (c == 1 && TYPE(s) == T(bytes)) return s;
    if (c > INT64_MAX / n) return raise_OverflowError("repeated bytes are too long");
    if (heap_too_big(c, (size_t)n)) return 0;
    Bytes *r = bytes_alloc(T(bytes), (size_t)(n * c));
    for (int64_t i = 0; i < c; i++) memcpy(r->data + i * n, BYTES_DATA(s), (size_t)n);
    return OBJ_VAL(r);
}

static Value bytes_mod(Value a, Value b)
{
    if (!IS_OBJ(a) || !type_is_subtype(TYPE(a), T(bytes))) return NOTIMPL;
    return bytes_format_percent(a, b, false);
}

static int64_t bytes_len(Value v) { return BYTES_SIZE(v); }

static int bytes_contains(Value self, Value item)
{
    const char *s; int64_t sn; char one;
    if (IS_INT(item) || (IS_OBJ(item) && TYPE(item)->nb_index && !bytes_like(item, &s, &sn))) {
        if (sub_arg(item, &s, &sn, &one) < 0) return -1;
    } else if (need_buf(item, &s, &sn) < 0) return -1;
    VIEW(self, p, n);
    if (sn == 0) return 1;
    return memmem(p, (size_t)n, s, (size_t)sn) != NULL;
}

static Value bytes_getitem(Value self, Value key)
{
    int64_t n = BYTES_SIZE(self);
    if (IS_TYPE(key, slice)) {
        int64_t st, sp, step, cnt;
        if (slice_indices(key, n, &st, &sp, &step, &cnt) < 0) return 0;
        if (step == 1) {
            if (cnt == n && TYPE(self) == T(bytes)) return self;
            return bytes_new(BYTES_DATA(self) + st, (size_t)(cnt > 0 ? cnt : 0));
        }
        if (cnt <= 0) return bytes_new("", 0);
        Bytes *r = bytes_alloc(T(bytes), (size_t)cnt);
        for (int64_t k = 0, i = st; k < cnt; k++, i += step) r->data[k] = BYTES_DATA(self)[i];
        return OBJ_VAL(r);
    }
    if (IS_INT(key) || (IS_OBJ(key) && TYPE(key)->nb_index)) {
        int64_t i;
        if (IS_SMALL(key)) i = SMALL_VAL(key);
        else if (as_index_i64(key, &i) < 0) {
            if (exc_matches(E(OverflowError))) { exc_clear(); return raise_IndexError("cannot fit 'int' into an index-sized integer"); }
            return 0;
        }
        if (i < 0) i += n;
        if (i < 0 || i >= n) return raise_IndexError("index out of range");
        return MKSMALL((unsigned char)BYTES_DATA(self)[i]);
    }
    return raise_TypeError("byte indices must be integers or slices, not %s", TYPE_NAME(key));
}

/* -- Iterator ------------------------------------------------------------------------- */

typedef struct BytesIter { Object hdr; Value b; int64_t i; } BytesIter;

static void bytes_iter_trace(Object *o, Visitor visit, void *ctx) { visit(((BytesIter *)o)->b, ctx); }

static Value bytes_iter_new(Value b)
{
    BytesIter *it = (BytesIter *)gc_alloc(T(bytes_iter), sizeof(BytesIter));
    STORE(it, b, b);
    return OBJ_VAL(it);
}

static Value bytes_iter_next(Value v)
{
    BytesIter *it = (BytesIter *)v;
    if (!it->b) return 0;
    if (it->i >= BYTES_SIZE(it->b)) { STORE(it, b, 0); return 0; }
    return MKSMALL((unsigned char)BYTES_DATA(it->b)[it->i++]);
}

static Value iter_self(Value v) { return v; }

static Value bytes_iter_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    BytesIter *it = (BytesIter *)self;
    return MKSMALL(it->b ? BYTES_SIZE(it->b) - it->i : 0);
}

static Value bytes_iter_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    BytesIter *it = (BytesIter *)self;
    return iter_reduce_seq(self, "iter", it->b, int_from_i64(it->i), R->empty_tuple);
}

static Value bytes_iter_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    BytesIter *it = (BytesIter *)self;
    int64_t i;
    if (iter_setstate_arg(self, args, nargs, kw, &i) < 0) return 0;
    if (it->b) it->i = i < 0 ? 0 : i > BYTES_SIZE(it->b) ? BYTES_SIZE(it->b) : i;
    return NONE;
}

static const MethodDef bytes_iter_methods[] = {
    {"__reduce__", bytes_iter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", bytes_iter_setstate, 0, "Set state information for unpickling."},
    {"__length_hint__", bytes_iter_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeSpec bytes_iter_spec = {
    .name = "bytes_iterator", .base = -1, .basicsize = sizeof(BytesIter),
    .trace = bytes_iter_trace, .iter = iter_self, .next = bytes_iter_next,
    .methods = bytes_iter_methods,
};

/* -- %-formatting of bytes ------------------------------------------------------------ */

static int pct_bytes_arg(StrBuf *b, Value v, int flags, int64_t width, int64_t prec)
{
    const char *p; int64_t n;
    Value keep = 0;
    if (!bytes_like(v, &p, &n)) {
        Value m = obj_lookup_special(v, str_intern_cstr("__bytes__"));
        if (!m) {
            if (exc_pending()) return -1;
            raise_TypeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TYPE_NAME(v));
            return -1;
        }
        keep = obj_call0(m);
        if (!keep) return -1;
        if (!bytes_like(keep, &p, &n)) { raise_TypeError("__bytes__ returned non-bytes (type %s)", TYPE_NAME(keep)); return -1; }
    }
    if (prec >= 0 && prec < n) n = prec;
    int64_t pad = width > n ? width - n : 0;
    if (!(flags & PF_LEFT)) for (int64_t i = 0; i < pad; i++) sb_addc(b, ' ');
    sb_add(b, p, (size_t)n);
    if (flags & PF_LEFT) for (int64_t i = 0; i < pad; i++) sb_addc(b, ' ');
    (void)keep;
    return 0;
}

Value bytes_format_percent(Value fmtv, Value args, bool is_bytearray)
{
    const char *fp; int64_t fn;
    bytes_like(fmtv, &fp, &fn);
    const char *p = fp, *end = fp + fn;
    int64_t arglen, argidx;
    Value dict = 0;
    if (IS_TUPLE(args)) { arglen = TUPLE_SIZE(args); argidx = 0; }
    else { arglen = -1; argidx = -2; }
    if (TYPE(args)->getitem && !IS_TUPLE(args) && !bytes_like(args, &fp, &fn) && !IS_STR(args)) dict = args;
    StrBuf b;
    sb_init(&b);
#define NEXTARG(dst) do { \
        if (argidx < arglen) { argidx++; dst = arglen < 0 ? args : TUPLE_ITEMS(args)[argidx - 1]; } \
        else { raise_TypeError("not enough arguments for format string"); goto fail; } } while (0)
    const char *base = p;
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
            Value key = bytes_new(ks, (size_t)(p - ks));
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
        } else while (p < end && *p >= '0' && *p <= '9') { if (width < 0) width = 0; width = width * 10 + (*p++ - '0'); }
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
            } else while (p < end && *p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0');
        }
        if (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
        if (p >= end) { raise_ValueError("incomplete format"); goto fail; }
        char c = *p++;
        if (c == '%' && p == q + 2) { sb_addc(&b, '%'); continue; }
        if (!have_key) NEXTARG(v);
        switch (c) {
        case 'b': case 's':
            if (pct_bytes_arg(&b, v, flags, width, prec) < 0) goto fail;
            break;
        case 'r': case 'a': {
            Value s = obj_ascii(v);
            if (!s) goto fail;
            int64_t n = STR_NBYTES(s);
            if (prec >= 0 && prec < n) n = prec;
            int64_t pad = width > n ? width - n : 0;
            if (!(flags & PF_LEFT)) for (int64_t i = 0; i < pad; i++) sb_addc(&b, ' ');
            sb_add(&b, STR_DATA(s), (size_t)n);
            if (flags & PF_LEFT) for (int64_t i = 0; i < pad; i++) sb_addc(&b, ' ');
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            if (pct_format_int(&b, v, c, flags, width, prec) < 0) goto fail;
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (pct_format_float(&b, v, c, flags, width, prec) < 0) goto fail;
            break;
        case 'c': {
            char ch;
            const char *d; int64_t dn;
            if (bytes_like(v, &d, &dn)) {
                if (dn != 1) { raise_TypeError("%%c requires an integer in range(256) or a single byte"); goto fail; }
                ch = d[0];
            } else if (IS_INT(v) || TYPE(v)->nb_index) {
                int64_t k;
                if (as_index_i64(v, &k) < 0) { exc_clear(); k = -1; }
                if (k < 0 || k > 255) { raise_OverflowError("%%c arg not in range(256)"); goto fail; }
                ch = (char)k;
            } else { raise_TypeError("%%c requires an integer in range(256) or a single byte"); goto fail; }
            int64_t pad = width > 1 ? width - 1 : 0;
            if (!(flags & PF_LEFT)) for (int64_t i = 0; i < pad; i++) sb_addc(&b, ' ');
            sb_addc(&b, ch);
            if (flags & PF_LEFT) for (int64_t i = 0; i < pad; i++) sb_addc(&b, ' ');
            break;
        }
        default: {
            unsigned char uc = (unsigned char)c;
            raise_ValueError("unsupported format character '%c' (0x%x) at index %ld",
                             (uc >= 31 && uc <= 126) ? c : '?', uc, (long)(p - 1 - base));
            goto fail;
        }
        }
    }
    if (argidx < arglen && !dict) {
        raise_TypeError("not all arguments converted during bytes formatting");
        goto fail;
    }
    {
        Value r = is_bytearray ? bytearray_new(b.data ? b.data : "", b.len) : bytes_new(b.data ? b.data : "", b.len);
        sb_free(&b);
        return r;
    }
fail:
    sb_free(&b);
    return 0;
#undef NEXTARG
}

/* -- The type ----------------------------------------------------------------------------- */

static Value bytes_getnewargs(Value self, const Value *args, size_t nargs, Value kw)
{
    return tuple_pack(1, bytes_new(BYTES_DATA(self), (size_t)BYTES_SIZE(self)));
}
static Value bytes_bytes(Value self, const Value *args, size_t nargs, Value kw)
{
    if (TYPE(self) == T(bytes)) return self;
    return bytes_new(BYTES_DATA(self), (size_t)BYTES_SIZE(self));
}
static Value bytes_sizeof(Value self, const Value *args, size_t nargs, Value kw)
{
    return MKSMALL((int64_t)sizeof(Bytes) + BYTES_SIZE(self) + 1);
}

#define BM_ENTRY_(n, f) {#n, bm_##n, f, NULL},
static const MethodDef bytes_methods[] = {
    BYTES_COMMON_METHODS(BM_ENTRY_)
    {"fromhex", bm_fromhex, METH_CLASS | METH_O, NULL},
    {"maketrans", bm_maketrans, METH_STATIC | METH_NOKW, NULL},
    {"__getnewargs__", bytes_getnewargs, METH_NOARGS, NULL},
    {"__bytes__", bytes_bytes, METH_NOARGS, NULL},
    {"__sizeof__", bytes_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeSpec bytes_spec = {
    .name = "bytes", .base = -1, .basicsize = sizeof(Bytes), .itemsize = 1,
    .flags = TF_BASETYPE | TF_ITEMS,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
    .trace = trace_leaf, .repr = bytes_repr, .str = bytes_repr, .hash = bytes_hash,
    .richcompare = bytes_richcompare, .iter = bytes_iter_new, .new_ = bytes_new_slot,
    .nb_add = bytes_add, .nb_mul = bytes_mul, .nb_mod = bytes_mod,
    .len = bytes_len, .getitem = bytes_getitem, .contains = bytes_contains,
    .getbuffer = bytes_getbuffer, .methods = bytes_methods,
};

void bytes_forget_hash(Value b) { ((Bytes *)b)->hash = -1; }
