/* kiln: bytearray (a mutable byte buffer in a RawBytes that grows by doubling),
 * its iterator, and a basic memoryview over bytes/bytearray.  The read-only
 * methods are the bm_* functions shared with bytes (bytes.c). */
#define _GNU_SOURCE
#include "core.h"
#include <math.h>
#include <string.h>
#include <stdlib.h>

static void ba_trace(Object *o, Visitor visit, void *ctx) { visit(OBJ_VAL(((ByteArray *)o)->buf), ctx); }

static inline bool is_ba(Value v) { return IS_OBJ(v) && (TYPE(v) == T(bytearray) || type_is_subtype(TYPE(v), T(bytearray))); }
#define BA(v) ((ByteArray *)(v))
#define BA_DATA(v) (BA(v)->buf ? (const char *)BA(v)->buf->data : "")

static void ba_reserve(ByteArray *b, int64_t need)
{
    int64_t cap = b->buf ? b->buf->cap : 0;
    if (need <= cap) return;
    int64_t nc = cap < 16 ? 16 : cap;
    while (nc < need) nc += nc / 2 + 8;
    RawBytes *rb = raw_bytes_new(nc);
    if (b->size) memcpy(rb->data, b->buf->data, (size_t)b->size);
    gc_write_barrier((Object *)b);
    b->buf = rb;
}

static Value ba_alloc(Type *t)
{
    size_t sz = t->basicsize > sizeof(ByteArray) ? t->basicsize : sizeof(ByteArray);
    return OBJ_VAL(gc_alloc(t, sz));
}

Value bytearray_new(const char *data, size_t n)
{
    Value v = ba_alloc(T(bytearray));
    ba_reserve(BA(v), (int64_t)n);
    if (n) memcpy(BA(v)->buf->data, data, n);
    BA(v)->size = (int64_t)n;
    return v;
}

static int check_export(ByteArray *b)
{
    return buffer_resize_refused(&b->exports, "Existing exports of data: object cannot be re-sized") ? -1 : 0;
}

/* Replace b[lo:hi] with n bytes from src (src may alias b's buffer). */
static int ba_splice(ByteArray *b, int64_t lo, int64_t hi, const char *src, int64_t n)
{
    int64_t old = hi - lo;
    if (old != n && check_export(b) < 0) return -1;
    char *tmp = NULL;
    if (n && b->buf && src >= b->buf->data && src < b->buf->data + b->buf->cap) {
        tmp = malloc((size_t)n);
        memcpy(tmp, src, (size_t)n);
        src = tmp;
    }
    int64_t newsize = b->size - old + n;
    ba_reserve(b, newsize);
    if (b->buf) memmove(b->buf->data + lo + n, b->buf->data + hi, (size_t)(b->size - hi));
    if (n) memcpy(b->buf->data + lo, src, (size_t)n);
    b->size = newsize;
    free(tmp);
    return 0;
}

static int as_byte(Value v, int *out)
{
    if (!IS_INT(v) && !(IS_OBJ(v) && TYPE(v)->nb_index)) {
        raise_TypeError("'%s' object cannot be interpreted as an integer", TYPE_NAME(v));
        return -1;
    }
    Value i = obj_index(v);
    if (!i) return -1;
    int64_t k;
    if (int_as_i64(i, &k) < 0 || k < 0 || k > 255) {
        exc_clear();
        raise_ValueError("byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)k;
    return 0;
}

static int as_ssize(Value v, int64_t *out)
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

static int ba_noargs(const char *name, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("bytearray.%s() takes no keyword arguments", name); return -1; }
    if (nargs) { raise_TypeError("bytearray.%s() takes no arguments (%zu given)", name, nargs); return -1; }
    return 0;
}
static int ba_onearg(const char *name, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("bytearray.%s() takes no keyword arguments", name); return -1; }
    if (nargs != 1) { raise_TypeError("bytearray.%s() takes exactly one argument (%zu given)", name, nargs); return -1; }
    return 0;
}

/* -- Construction -------------------------------------------------------------------- */

static Value ba_new_slot(Type *t, const Value *args, size_t nargs, Value kw)
{
    return ba_alloc(t);
}

static int ba_init(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Value out[3] = {0, 0, 0};
    if (args_parse("bytearray", args, nargs, kw, names, 0, out) < 0) return -1;
    ByteArray *b = BA(self);
    if (b->size && check_export(b) < 0) return -1;
    b->size = 0;
    if (out[1] || out[2]) {
        if (!out[0] || !IS_STR(out[0])) {
            raise_TypeError(out[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        Value r = str_encode(out[0], out[1] ? STR_DATA(out[1]) : "utf-8", out[2] ? STR_DATA(out[2]) : "strict");
        if (!r) return -1;
        return ba_splice(b, 0, 0, BYTES_DATA(r), BYTES_SIZE(r));
    }
    if (!out[0]) return 0;
    Value src = out[0];
    const char *p; int64_t n;
    if (bytes_like(src, &p, &n)) {
        if (src == self) { Value c = bytes_new(p, (size_t)n); return ba_splice(b, 0, 0, BYTES_DATA(c), n); }
        return ba_splice(b, 0, 0, p, n);
    }
    if (IS_STR(src)) { raise_TypeError("string argument without an encoding"); return -1; }
    if (IS_INT(src) || TYPE(src)->nb_index) {
        int64_t k;
        if (as_ssize(src, &k) < 0) return -1;
        if (k < 0) { raise_ValueError("negative count"); return -1; }
        ba_reserve(b, k);
        if (k) memset(b->buf->data, 0, (size_t)k);
        b->size = k;
        return 0;
    }
    if (!TYPE(src)->iter && !TYPE(src)->getitem) {
        raise_TypeError("cannot convert '%s' object to bytearray", TYPE_NAME(src));
        return -1;
    }
    StrBuf sb;
    sb_init(&sb);
    if (bytes_iter_ints(src, &sb) < 0) { sb_free(&sb); return -1; }
    int r = ba_splice(b, 0, 0, sb.data, (int64_t)sb.len);
    sb_free(&sb);
    return r;
}

/* -- Slots ------------------------------------------------------------------------------ */

static Value ba_repr(Value v)
{
    Value inner = bytes_repr_ex(BA_DATA(v), (size_t)BA(v)->size, 'b', true);
    if (!inner) return 0;
    const char *tn = TYPE_NAME(v);
    return str_fmt("%s(%U)", tn, inner);
}

static bool ba_getbuffer(Value v, BufferView *view)
{
    *view = (BufferView){ .data = (char *)BA_DATA(v), .len = BA(v)->size, .itemsize = 1, .format = 'B' };
    return true;
}

static void ba_export(Value v, int delta) { BA(v)->exports += delta; }

static Value ba_richcompare(Value a, Value b, int op) { return bytes_richcompare_any(a, b, op); }

static int64_t ba_len(Value v) { return BA(v)->size; }

static Value ba_add(Value a, Value b)
{
    const char *p, *q; int64_t n, m;
    if (!bytes_like(a, &p, &n)) return NOTIMPL;
    if (!bytes_like(b, &q, &m)) {
        if (TYPE(b)->flags & TF_HEAPTYPE) return NOTIMPL;
        return raise_TypeError("can't concat %s to %s", TYPE_NAME(b), TYPE_NAME(a));
    }
    Value r = bytearray_new(p, (size_t)n);
    if (ba_splice(BA(r), n, n, q, m) < 0) return 0;
    return r;
}

static Value ba_iadd(Value a, Value b)
{
    const char *q; int64_t m;
    if (!bytes_like(b, &q, &m)) return raise_TypeError("can't concat %s to %s", TYPE_NAME(b), TYPE_NAME(a));
    if (ba_splice(BA(a), BA(a)->size, BA(a)->size, q, m) < 0) return 0;
    return a;
}

static int repeat_count(Value k, int64_t *c)
{
    if (!IS_INT(k) && !TYPE(k)->nb_index) {
        raise_TypeError("can't multiply sequence by non-int of type '%s'", TYPE_NAME(k));
        return -1;
    }
    return as_ssize(k, c);
}

static Value ba_mul(Value a, Value b)
{
    Value s = is_ba(a) ? a : b, k = s == a ? b : a;
    if (!IS_INT(k) && !TYPE(k)->nb_index && (TYPE(k)->flags & TF_HEAPTYPE)) return NOTIMPL;
    int64_t c;
    if (repeat_count(k, &c) < 0) return 0;
    int64_t n = BA(s)->size;
    Value r = bytearray_new("", 0);
    if (c <= 0 || n == 0) return r;
    if (n > INT64_MAX / c) return raise_memory();
    ba_reserve(BA(r), n * c);
    for (int64_t i = 0; i < c; i++) memcpy(BA(r)->buf->data + i * n, BA(s)->buf->data, (size_t)n);
    BA(r)->size = n * c;
    return r;
}

static Value ba_imul(Value a, Value b)
{
    int64_t c;
    if (repeat_count(b, &c) < 0) return 0;
    ByteArray *s = BA(a);
    int64_t n = s->size;
    if (c <= 0 || n == 0) {
        if (n && check_export(s) < 0) return 0;
        s->size = 0;
        return a;
    }
    if (c == 1) return a;
    if (check_export(s) < 0) return 0;
    if (n > INT64_MAX / c) return raise_memory();
    ba_reserve(s, n * c);
    for (int64_t i = 1; i < c; i++) memcpy(s->buf->data + i * n, s->buf->data, (size_t)n);
    s->size = n * c;
    return a;
}

static Value ba_mod(Value a, Value b)
{
    if (!is_ba(a)) return NOTIMPL;
    return bytes_format_percent(a, b, true);
}

static int ba_contains(Value self, Value item)
{
    const char *p, *s; int64_t n, sn;
    bytes_like(self, &p, &n);
    char one;
    if (IS_INT(item) || (IS_OBJ(item) && TYPE(item)->nb_index && !bytes_like(item, &s, &sn))) {
        int k;
        if (as_byte(item, &k) < 0) return -1;
        one = (char)k;
        s = &one;
        sn = 1;
    } else if (!bytes_like(item, &s, &sn)) {
        raise_TypeError("a bytes-like object is required, not '%s'", TYPE_NAME(item));
        return -1;
    }
    if (sn == 0) return 1;
    return n && memmem(p, (size_t)n, s, (size_t)sn) != NULL;
}

static Value ba_getitem(Value self, Value key)
{
    ByteArray *b = BA(self);
    if (IS_TYPE(key, slice)) {
        int64_t st, sp, step, cnt;
        if (slice_indices(key, b->size, &st, &sp, &step, &cnt) < 0) return 0;
        if (cnt <= 0) return bytearray_new("", 0);
        if (step == 1) return bytearray_new(b->buf->data + st, (size_t)cnt);
        Value r = bytearray_new("", 0);
        ba_reserve(BA(r), cnt);
        for (int64_t k = 0, i = st; k < cnt; k++, i += step) BA(r)->buf->data[k] = b->buf->data[i];
        BA(r)->size = cnt;
        return r;
    }
    if (IS_INT(key) || (IS_OBJ(key) && TYPE(key)->nb_index)) {
        int64_t i;
        if (as_ssize(key, &i) < 0) {
            if (exc_matches(E(OverflowError))) { exc_clear(); return raise_IndexError("cannot fit 'int' into an index-sized integer"); }
            return 0;
        }
        if (i < 0) i += b->size;
        if (i < 0 || i >= b->size) return raise_IndexError("bytearray index out of range");
        return MKSMALL((unsigned char)b->buf->data[i]);
    }
    return raise_TypeError("bytearray indices must be integers or slices, not %s", TYPE_NAME(key));
}

static int ba_setitem(Value self, Value key, Value v)
{
    ByteArray *b = BA(self);
    if (IS_TYPE(key, slice)) {
        int64_t st, sp, step, cnt;
        if (slice_indices(key, b->size, &st, &sp, &step, &cnt) < 0) return -1;
        const char *src = NULL; int64_t sn = 0;
        Value keep = 0;
        if (v) {
            if (v == self) { keep = bytes_new(b->buf ? b->buf->data : "", (size_t)b->size); src = BYTES_DATA(keep); sn = BYTES_SIZE(keep); }
            else if (!bytes_like(v, &src, &sn)) {
                if (IS_STR(v)) { raise_TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)"); return -1; }
                if (IS_INT(v)) { raise_TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)"); return -1; }
                StrBuf sb;
                sb_init(&sb);
                if (bytes_iter_ints(v, &sb) < 0) {
                    sb_free(&sb);
                    if (exc_matches(E(TypeError))) {
                        exc_clear();
                        raise_TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                    }
                    return -1;
                }
                keep = bytes_new(sb.data ? sb.data : "", sb.len);
                sb_free(&sb);
                src = BYTES_DATA(keep);
                sn = BYTES_SIZE(keep);
            }
        }
        if (step == 1) {
            if (sp < st) sp = st;
            return ba_splice(b, st, sp, src, sn);
        }
        if (!v || sn == 0) {
            if (cnt <= 0) return 0;
            if (check_export(b) < 0) return -1;
            if (step < 0) { st = st + step * (cnt - 1); step = -step; }
            char *d = b->buf->data;
            int64_t w = st;
            for (int64_t r = st; r < b->size; r++) {
                if (r >= st && (r - st) % step == 0 && (r - st) / step < cnt) continue;
                d[w++] = d[r];
            }
            b->size = w;
            return 0;
        }
        if (sn != cnt) {
            raise_ValueError("attempt to assign bytes of size %ld to extended slice of size %ld", (long)sn, (long)cnt);
            return -1;
        }
        for (int64_t k = 0, i = st; k < cnt; k++, i += step) b->buf->data[i] = src[k];
        (void)keep;
        return 0;
    }
    if (IS_INT(key) || (IS_OBJ(key) && TYPE(key)->nb_index)) {
        int64_t i;
        if (as_ssize(key, &i) < 0) {
            if (exc_matches(E(OverflowError))) { exc_clear(); raise_IndexError("cannot fit 'int' into an index-sized integer"); }
            return -1;
        }
        if (i < 0) i += b->size;
        if (i < 0 || i >= b->size) { raise_IndexError("bytearray index out of range"); return -1; }
        if (!v) return ba_splice(b, i, i + 1, NULL, 0);
        int k;
        if (as_byte(v, &k) < 0) return -1;
        b->buf->data[i] = (char)k;
        return 0;
    }
    raise_TypeError("bytearray indices must be integers or slices, not %s", TYPE_NAME(key));
    return -1;
}

/* -- Mutating methods --------------------------------------------------------------- */

static Value ba_append(Value self, const Value *args, size_t nargs, Value kw)
{
    if (ba_onearg("append", nargs, kw) < 0) return 0;
    int k;
    if (as_byte(args[0], &k) < 0) return 0;
    char c = (char)k;
    if (ba_splice(BA(self), BA(self)->size, BA(self)->size, &c, 1) < 0) return 0;
    return NONE;
}

static Value ba_extend(Value self, const Value *args, size_t nargs, Value kw)
{
    if (ba_onearg("extend", nargs, kw) < 0) return 0;
    const char *p; int64_t n;
    Value src = args[0];
    if (bytes_like(src, &p, &n)) {
        if (src == self) { Value c = bytes_new(p, (size_t)n); p = BYTES_DATA(c); }
        if (ba_splice(BA(self), BA(self)->size, BA(self)->size, p, n) < 0) return 0;
        return NONE;
    }
    if (!TYPE(src)->iter && !TYPE(src)->getitem)
        return raise_TypeError("can't extend bytearray with %s", TYPE_NAME(src));
    StrBuf sb;
    sb_init(&sb);
    if (bytes_iter_ints(src, &sb) < 0) { sb_free(&sb); return 0; }
    int r = ba_splice(BA(self), BA(self)->size, BA(self)->size, sb.data, (int64_t)sb.len);
    sb_free(&sb);
    return r < 0 ? 0 : NONE;
}

static Value ba_pop(Value self, const Value *args, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) return raise_TypeError("pop() takes no keyword arguments");
    if (nargs > 1) return raise_TypeError("pop expected at most 1 argument, got %zu", nargs);
    ByteArray *b = BA(self);
    int64_t i = -1;
    if (nargs && as_ssize(args[0], &i) < 0) return 0;
    if (b->size == 0) return raise_IndexError("pop from empty bytearray");
    if (i < 0) i += b->size;
    if (i < 0 || i >= b->size) return raise_IndexError("pop index out of range");
    int c = (unsigned char)b->buf->data[i];
    if (ba_splice(b, i, i + 1, NULL, 0) < 0) return 0;
    return MKSMALL(c);
}

static Value ba_insert(Value self, const Value *args, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) return raise_TypeError("insert() takes no keyword arguments");
    if (nargs != 2) return raise_TypeError("insert expected 2 arguments, got %zu", nargs);
    ByteArray *b = BA(self);
    int64_t i;
    int k;
    if (as_ssize(args[0], &i) < 0 || as_byte(args[1], &k) < 0) return 0;
    if (i < 0) { i += b->size; if (i < 0) i = 0; }
    if (i > b->size) i = b->size;
    char c = (char)k;
    if (ba_splice(b, i, i, &c, 1) < 0) return 0;
    return NONE;
}

static Value ba_remove(Value self, const Value *args, size_t nargs, Value kw)
{
    if (ba_onearg("remove", nargs, kw) < 0) return 0;
    int k;
    if (as_byte(args[0], &k) < 0) return 0;
    ByteArray *b = BA(self);
    const char *r = b->size ? memchr(b->buf->data, k, (size_t)b->size) : NULL;
    if (!r) return raise_ValueError("value not found in bytearray");
    if (ba_splice(b, r - b->buf->data, r - b->buf->data + 1, NULL, 0) < 0) return 0;
    return NONE;
}

static Value ba_reverse(Value self, const Value *args, size_t nargs, Value kw)
{
    if (ba_noargs("reverse", nargs, kw) < 0) return 0;
    ByteArray *b = BA(self);
    for (int64_t i = 0, j = b->size - 1; i < j; i++, j--) {
        char t = b->buf->data[i]; b->buf->data[i] = b->buf->data[j]; b->buf->data[j] = t;
    }
    return NONE;
}

static Value ba_clear(Value self, const Value *args, size_t nargs, Value kw)
{
    if (ba_noargs("clear", nargs, kw) < 0) return 0;
    if (ba_splice(BA(self), 0, BA(self)->size, NULL, 0) < 0) return 0;
    return NONE;
}

static Value ba_copy(Value self, const Value *args, size_t nargs, Value kw)
{
    if (ba_noargs("copy", nargs, kw) < 0) return 0;
    return bytearray_new(BA_DATA(self), (size_t)BA(self)->size);
}

static Value ba_alloc_m(Value self, const Value *args, size_t nargs, Value kw)
{
    return MKSMALL(BA(self)->buf ? BA(self)->buf->cap + 1 : 0);
}

static Value ba_sizeof(Value self, const Value *args, size_t nargs, Value kw)
{
    return MKSMALL((int64_t)sizeof(ByteArray) + (BA(self)->buf ? BA(self)->buf->cap : 0));
}

/* CPython's _common_reduce: (type, args, state) with state = __getstate__()
 * (instance dict and __slots__ of subclasses); args are () when empty, else a
 * latin-1 str before protocol 3 and bytes from 3 on. */
static Value ba_reduce_proto(Value self, int64_t proto)
{
    Value state = obj_call_method(self, str_from_cstr("__getstate__"), NULL, 0);
    if (!state) return 0;
    Value cls = OBJ_VAL(TYPE(self)), a;
    int64_t n = BA(self)->size;
    if (n == 0) {
        a = tuple_new(0);
    } else if (proto < 3) {
        Value s = str_decode(BA_DATA(self), (size_t)n, "latin-1", "strict");
        if (!s) return 0;
        a = tuple_pack(2, s, str_from_cstr("latin-1"));
    } else {
        a = tuple_pack(1, bytes_new(BA_DATA(self), (size_t)n));
    }
    return tuple_pack(3, cls, a, state);
}

static Value ba_reduce_ex(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t proto = 0;
    if (args_count("__reduce_ex__", nargs, 0, 1) < 0) return 0;
    if (nargs && obj_as_ssize(args[0], &proto, E(OverflowError)) < 0) return 0;
    return ba_reduce_proto(self, proto);
}

static Value ba_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    return ba_reduce_proto(self, 2);
}

/* -- Iterator ------------------------------------------------------------------------ */

typedef struct BAIter { Object hdr; Value b; int64_t i; } BAIter;

static void ba_iter_trace(Object *o, Visitor visit, void *ctx) { visit(((BAIter *)o)->b, ctx); }

static Value ba_iter_new(Value b)
{
    BAIter *it = (BAIter *)gc_alloc(T(bytearray_iter), sizeof(BAIter));
    STORE(it, b, b);
    return OBJ_VAL(it);
}

static Value ba_iter_next(Value v)
{
    BAIter *it = (BAIter *)v;
    if (!it->b) return 0;
    if (it->i >= BA(it->b)->size) { STORE(it, b, 0); return 0; }
    return MKSMALL((unsigned char)BA(it->b)->buf->data[it->i++]);
}

static Value iter_self(Value v) { return v; }

static Value ba_iter_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    BAIter *it = (BAIter *)self;
    if (!it->b) return MKSMALL(0);
    int64_t r = BA(it->b)->size - it->i;
    return MKSMALL(r > 0 ? r : 0);
}

static Value ba_iter_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    BAIter *it = (BAIter *)self;
    return iter_reduce_seq(self, "iter", it->b, int_from_i64(it->i), R->empty_tuple);
}

static Value ba_iter_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    BAIter *it = (BAIter *)self;
    int64_t i;
    if (iter_setstate_arg(self, args, nargs, kw, &i) < 0) return 0;
    if (it->b) it->i = i < 0 ? 0 : i > BA(it->b)->size ? BA(it->b)->size : i;
    return NONE;
}

static const MethodDef ba_iter_methods[] = {
    {"__reduce__", ba_iter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", ba_iter_setstate, 0, "Set state information for unpickling."},
    {"__length_hint__", ba_iter_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeSpec bytearray_iter_spec = {
    .name = "bytearray_iterator", .base = -1, .basicsize = sizeof(BAIter),
    .trace = ba_iter_trace, .iter = iter_self, .next = ba_iter_next,
    .methods = ba_iter_methods,
};

#define BM_ENTRY_(n, f) {#n, bm_##n, f, NULL},
static const MethodDef ba_methods[] = {
    BYTES_COMMON_METHODS(BM_ENTRY_)
    {"fromhex", bm_fromhex, METH_CLASS | METH_O, NULL},
    {"maketrans", bm_maketrans, METH_STATIC | METH_NOKW, NULL},
    {"append", ba_append, METH_O, NULL}, {"extend", ba_extend, METH_O, NULL},
    {"pop", ba_pop, METH_NOKW, NULL}, {"insert", ba_insert, METH_NOKW, NULL},
    {"remove", ba_remove, METH_O, NULL}, {"reverse", ba_reverse, METH_NOARGS, NULL},
    {"clear", ba_clear, METH_NOARGS, NULL}, {"copy", ba_copy, METH_NOARGS, NULL},
    {"__alloc__", ba_alloc_m, METH_NOARGS, NULL}, {"__sizeof__", ba_sizeof, METH_NOARGS, NULL},
    {"__reduce_ex__", ba_reduce_ex, METH_NOKW, NULL},
    {"__reduce__", ba_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec bytearray_spec = {
    .name = "bytearray", .base = -1, .basicsize = sizeof(ByteArray),
    .flags = TF_BASETYPE,
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array",
    .trace = ba_trace, .repr = ba_repr, .str = ba_repr, .richcompare = ba_richcompare,
    .iter = ba_iter_new, .new_ = ba_new_slot, .init = ba_init,
    .nb_add = ba_add, .nb_mul = ba_mul, .nb_mod = ba_mod, .nb_iadd = ba_iadd, .nb_imul = ba_imul,
    .len = ba_len, .getitem = ba_getitem, .setitem = ba_setitem, .contains = ba_contains,
    .getbuffer = ba_getbuffer, .buffer_export = ba_export, .methods = ba_methods,
};

/* -- memoryview: a C-contiguous window on bytes/bytearray ------------------------------
 * One native single-character format (cast()); N-dimensional views come from
 * cast(format, shape) and keep their shape (strides follow from it). */

#define MV(v) ((MemoryView *)(v))

static void mv_trace(Object *o, Visitor visit, void *ctx) { visit(MV(o)->obj, ctx); visit(MV(o)->shape, ctx); }

/* Native item sizes of the formats cast() supports (0: unsupported). */
static int fmt_itemsize(char f)
{
    switch (f) {
    case 0: case 'B': case 'b': case 'c': case '?': return 1;
    case 'H': case 'h': return 2;
    case 'I': case 'i': case 'f': case 'w': return 4;
    case 'L': case 'l': case 'Q': case 'q': case 'N': case 'n': case 'd': return 8;
    }
    return 0;
}

static char mv_fmt(Value v) { return MV(v)->fmt ? MV(v)->fmt : 'B'; }
static int mv_itemsize(Value v) { return fmt_itemsize(MV(v)->fmt); }
static int64_t mv_ndim(Value v) { return MV(v)->shape ? TUPLE_SIZE(MV(v)->shape) : 1; }
static int64_t mv_dim(Value v, int64_t k)
{
    return MV(v)->shape ? SMALL_VAL(TUPLE_ITEMS(MV(v)->shape)[k]) : MV(v)->size / mv_itemsize(v);
}
/* The C-contiguous stride of dimension k: the bytes of one item of it. */
static int64_t mv_cstride(Value v, int64_t k)
{
    int64_t s = mv_itemsize(v);
    for (int64_t j = mv_ndim(v) - 1; j > k; j--) s *= mv_dim(v, j);
    return s;
}
/* Dimension 0 has its own stride after an extended slice (m[::2], m[::-1]). */
static int64_t mv_stride(Value v, int64_t k)
{
    return k == 0 && MV(v)->stride0 ? MV(v)->stride0 : mv_cstride(v, k);
}
/* CPython's C- (fortran false) or Fortran-contiguity test on shape and strides. */
static bool mv_is_contiguous(Value v, bool fortran)
{
    int64_t nd = mv_ndim(v), sd = mv_itemsize(v);
    if (nd == 1) return mv_dim(v, 0) == 1 || mv_stride(v, 0) == sd;   /* even when empty, as CPython */
    if (MV(v)->size == 0) return true;
    for (int64_t i = 0; i < nd; i++) {
        int64_t k = fortran ? i : nd - 1 - i, d = mv_dim(v, k);
        if (d > 1 && mv_stride(v, k) != sd) return false;
        sd *= d;
    }
    return true;
}
static bool mv_contig(Value v) { return !MV(v)->stride0 || mv_is_contiguous(v, false); }

/* The item at q, in the view's format. */
static Value mv_unpack(char f, const unsigned char *q)
{
    int sz = fmt_itemsize(f);
    uint64_t u = 0;
    for (int k = sz - 1; k >= 0; k--) u = (u << 8) | q[k];
    switch (f) {
    case 'w': return raise_NotImplementedError("memoryview: format w not supported");
    case 'B': return MKSMALL(u);
    case 'c': return bytes_new((const char *)q, 1);
    case '?': return BOOL_V(u != 0);
    case 'b': return MKSMALL((int8_t)u);
    case 'h': return MKSMALL((int16_t)u);
    case 'i': return MKSMALL((int32_t)u);
    case 'f': { float x; memcpy(&x, q, 4); return float_new(x); }
    case 'd': { double x; memcpy(&x, q, 8); return float_new(x); }
    case 'l': case 'q': case 'n': return int_from_i64((int64_t)u);
    default: return int_from_u64(u);
    }
}

/* Store v at q in format f: TypeError/ValueError "memoryview: invalid type/value for format". */
static int mv_pack(char f, Value v, unsigned char *q)
{
    int sz = fmt_itemsize(f);
    uint64_t u;
    switch (f) {
    case 'w':
        raise_NotImplementedError("memoryview: format w not supported");
        return -1;
    case 'c':
        if (!IS_TYPE(v, bytes)) goto bad_type;
        if (BYTES_SIZE(v) != 1) goto bad_value;
        *q = (unsigned char)BYTES_DATA(v)[0];
        return 0;
    case '?': {
        int r = obj_truthy(v);
        if (r < 0) return -1;
        *q = (unsigned char)r;
        return 0;
    }
    case 'f': case 'd': {
        double d;
        if (!IS_FLOAT(v) && !IS_INT(v)) goto bad_type;
        if (float_as_double(v, &d) < 0) return -1;
        if (f == 'd') { memcpy(q, &d, 8); return 0; }
        float x = (float)d;
        if (isinf(x) && !isinf(d)) { raise_OverflowError("float too large to pack with f format"); return -1; }
        memcpy(q, &x, 4);
        return 0;
    }
    }
    if (!IS_INT(v)) goto bad_type;
    {
        Value iv = int_value_of(v);
        bool is_signed = f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n';
        int bits = sz * 8;
        if (is_signed) {
            int64_t x;
            if (int_as_i64(iv, &x) < 0) { exc_clear(); goto bad_value; }
            if (bits < 64 && (x < -((int64_t)1 << (bits - 1)) || x >= ((int64_t)1 << (bits - 1)))) goto bad_value;
            u = (uint64_t)x;
        } else {
            if (int_sign(iv) < 0 || int_bit_length(iv) > bits) goto bad_value;
            unsigned char b[8] = {0};
            if (int_to_bytes(iv, b, 8, true, false) < 0) { exc_clear(); goto bad_value; }
            u = 0;
            for (int k = 7; k >= 0; k--) u = (u << 8) | b[k];
        }
    }
    for (int k = 0; k < sz; k++, u >>= 8) q[k] = (unsigned char)u;
    return 0;
bad_type:
    raise_TypeError("memoryview: invalid type for format '%c'", f);
    return -1;
bad_value:
    raise_ValueError("memoryview: invalid value for format '%c'", f);
    return -1;
}

static int mv_check(Value v)
{
    if (MV(v)->released) {
        raise_ValueError("operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

static Value mv_make(Value obj, int64_t start, int64_t size, bool ro)
{
    MemoryView *m = (MemoryView *)gc_alloc(T(memoryview), sizeof(MemoryView));
    STORE(m, obj, obj);
    m->start = start;
    m->size = size;
    m->readonly = ro;
    obj_buffer_export(obj, 1);
    return OBJ_VAL(m);
}

/* A new view on the same memory with the same format and shape. */
static Value mv_copy(Value self, bool ro)
{
    Value m = mv_make(MV(self)->obj, MV(self)->start, MV(self)->size, ro);
    MV(m)->fmt = MV(self)->fmt;
    MV(m)->stride0 = MV(self)->stride0;
    STORE(MV(m), shape, MV(self)->shape);
    return m;
}

static Value mv_new_slot(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"object", NULL};
    Value out[1] = {0};
    if (args_parse("memoryview", args, nargs, kw, names, 1, out) < 0) return 0;
    Value o = out[0];
    if (IS_TYPE(o, memoryview)) {
        if (mv_check(o) < 0) return 0;
        return mv_copy(o, MV(o)->readonly);
    }
    BufferView bv;
    if (!obj_getbuffer(o, &bv))
        return raise_TypeError("memoryview: a bytes-like object is required, not '%s'", TYPE_NAME(o));
    Value m = mv_make(o, 0, bv.len, bv.readonly);
    MV(m)->fmt = bv.format == 'B' ? 0 : bv.format;
    return m;
}

/* The view's bytes: its window on the exporter's current buffer. */
static bool mv_view(Value v, const char **p, int64_t *n)
{
    BufferView base;
    if (!obj_getbuffer(MV(v)->obj, &base)) return false;
    int64_t sz = MV(v)->size, st = MV(v)->start;
    if (mv_contig(v) && st + sz > base.len) sz = base.len > st ? base.len - st : 0;
    *p = base.data + st;
    *n = sz;
    return true;
}

/* The items of self in logical order, as a new bytes object. */
static Value mv_gather(Value self)
{
    const char *p; int64_t n;
    mv_view(self, &p, &n);
    if (mv_contig(self)) return bytes_new(p, (size_t)n);
    int64_t d0 = mv_dim(self, 0), s0 = mv_stride(self, 0), row = mv_cstride(self, 0);
    char *tmp = malloc((size_t)MV(self)->size + 1);
    if (!tmp) kiln_fatal("out of memory");
    for (int64_t i = 0; i < d0; i++) memcpy(tmp + i * row, p + i * s0, (size_t)row);
    Value b = bytes_new(tmp, (size_t)MV(self)->size);
    free(tmp);
    return b;
}

/* A non-contiguous view exports a read-only contiguous copy of its items. */
static bool mv_getbuffer(Value v, BufferView *view)
{
    const char *p; int64_t n;
    if (MV(v)->released || !mv_view(v, &p, &n)) return false;
    if (!mv_contig(v)) {
        Value b = mv_gather(v);
        if (!b) { exc_clear(); return false; }
        *view = (BufferView){ .data = BYTES_DATA(b), .len = BYTES_SIZE(b), .itemsize = mv_itemsize(v),
                              .format = mv_fmt(v), .readonly = true };
        return true;
    }
    *view = (BufferView){ .data = (char *)p, .len = n, .itemsize = mv_itemsize(v), .format = mv_fmt(v),
                          .readonly = MV(v)->readonly };
    return true;
}

static Value mv_repr(Value v)
{
    if (MV(v)->released) return str_fmt("<released memory at %p>", (void *)v);
    return str_fmt("<memory at %p>", (void *)v);
}

static int64_t mv_len(Value v)
{
    if (mv_check(v) < 0) return -1;
    return mv_ndim(v) == 0 ? 1 : mv_dim(v, 0);
}

/* The byte offset of the item a tuple of indices names (one per dimension). */
static int mv_tuple_offset(Value self, Value key, int64_t *off)
{
    int64_t nd = mv_ndim(self), n = TUPLE_SIZE(key);
    for (int64_t k = 0; k < n; k++) {
        Value x = TUPLE_ITEMS(key)[k];
        if (!IS_INT(x) && !(IS_OBJ(x) && TYPE(x)->nb_index && !IS_FLOAT(x))) {
            if (IS_TYPE(x, slice)) { raise_NotImplementedError("multi-dimensional slicing is not implemented"); return -1; }
            raise_TypeError("memoryview: invalid slice key");
            return -1;
        }
    }
    if (n < nd) { raise_NotImplementedError("sub-views are not implemented"); return -1; }
    if (n > nd) { raise_TypeError("cannot index %lld-dimension view with %lld-element tuple", (long long)nd, (long long)n); return -1; }
    int64_t o = 0;
    for (int64_t k = 0; k < n; k++) {
        int64_t i, d = mv_dim(self, k);
        if (as_ssize(TUPLE_ITEMS(key)[k], &i) < 0) return -1;
        if (i < 0) i += d;
        if (i < 0 || i >= d) { raise_IndexError("index out of bounds on dimension %lld", (long long)(k + 1)); return -1; }
        o += i * mv_stride(self, k);
    }
    *off = o;
    return 0;
}

/* Where key (an int or a tuple of ints) points in self; -1 + exception. */
static int mv_item_offset(Value self, Value key, int64_t *off, bool store)
{
    if (IS_TUPLE(key)) return mv_tuple_offset(self, key, off);
    if (IS_INT(key) || (IS_OBJ(key) && TYPE(key)->nb_index && !IS_FLOAT(key))) {
        int64_t nd = mv_ndim(self);
        if (nd == 0) { raise_TypeError("invalid indexing of 0-dim memory"); return -1; }
        if (nd > 1) {
            raise_NotImplementedError(store ? "sub-views are not implemented" : "multi-dimensional sub-views are not implemented");
            return -1;
        }
        Value t = tuple_pack(1, key);
        return mv_tuple_offset(self, t, off);
    }
    raise_TypeError("memoryview: invalid slice key");
    return -1;
}

static Value mv_getitem(Value self, Value key)
{
    if (mv_check(self) < 0) return 0;
    const char *p; int64_t n;
    mv_view(self, &p, &n);
    if (IS_TYPE(key, slice)) {
        if (mv_ndim(self) == 0) return raise_TypeError("invalid indexing of 0-dim memory");
        int64_t st, sp, step, cnt, d0 = mv_dim(self, 0), s0 = mv_stride(self, 0), row = mv_cstride(self, 0);
        if (slice_indices(key, d0, &st, &sp, &step, &cnt) < 0) return 0;
        if (cnt < 0) cnt = 0;
        Value m = mv_make(MV(self)->obj, MV(self)->start + st * s0, cnt * row, MV(self)->readonly);
        MV(m)->fmt = MV(self)->fmt;
        MV(m)->stride0 = step * s0 == row ? 0 : step * s0;
        if (MV(self)->shape) {
            Value sh = tuple_from(TUPLE_ITEMS(MV(self)->shape), TUPLE_SIZE(MV(self)->shape));
            TUPLE_ITEMS(sh)[0] = MKSMALL(cnt);
            STORE(MV(m), shape, sh);
        }
        return m;
    }
    if (mv_ndim(self) == 0 && (key == ELLIPSIS_V || (IS_TUPLE(key) && TUPLE_SIZE(key) == 0)))
        return key == ELLIPSIS_V ? self : mv_unpack(mv_fmt(self), (const unsigned char *)p);
    int64_t off;
    if (mv_item_offset(self, key, &off, false) < 0) return 0;
    return mv_unpack(mv_fmt(self), (const unsigned char *)p + off);
}

static int mv_setitem(Value self, Value key, Value v)
{
    if (mv_check(self) < 0) return -1;
    if (MV(self)->readonly) { raise_TypeError("cannot modify read-only memory"); return -1; }
    if (!v) { raise_TypeError("cannot delete memory"); return -1; }
    const char *p; int64_t n;
    mv_view(self, &p, &n);
    char *w = (char *)p;
    if (IS_TYPE(key, slice)) {
        if (mv_ndim(self) != 1) {
            raise_NotImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
            return -1;
        }
        int isz = mv_itemsize(self);
        int64_t st, sp, step, cnt, s0 = mv_stride(self, 0);
        if (slice_indices(key, mv_dim(self, 0), &st, &sp, &step, &cnt) < 0) return -1;
        const char *s; int64_t sn;
        if (!bytes_like(v, &s, &sn)) { raise_TypeError("a bytes-like object is required, not '%s'", TYPE_NAME(v)); return -1; }
        if (IS_TYPE(v, memoryview) && mv_fmt(v) != mv_fmt(self)) {
            raise_ValueError("memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        if (sn != (cnt > 0 ? cnt : 0) * isz) {
            raise_ValueError("memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        if (step == 1 && s0 == isz) {
            memmove(w + st * isz, s, (size_t)sn);
            return 0;
        }
        char *tmp = malloc((size_t)sn + 1);   /* the source may overlap the target */
        if (!tmp) kiln_fatal("out of memory");
        memcpy(tmp, s, (size_t)sn);
        for (int64_t i = 0; i < cnt; i++) memcpy(w + (st + i * step) * s0, tmp + i * isz, (size_t)isz);
        free(tmp);
        return 0;
    }
    int64_t off = 0;
    if (!(mv_ndim(self) == 0 && (key == ELLIPSIS_V || (IS_TUPLE(key) && TUPLE_SIZE(key) == 0))) &&
        mv_item_offset(self, key, &off, true) < 0)
        return -1;
    return mv_pack(mv_fmt(self), v, (unsigned char *)w + off);
}


/* The shape as a tuple, (n,) for 1-D views. */
static Value mv_shape_tuple(Value v)
{
    return MV(v)->shape ? MV(v)->shape : tuple_pack(1, MKSMALL(mv_dim(v, 0)));
}

/* All items of a buffer, flat, as Python values (comparisons between formats). */
static Value buf_items(const BufferView *bv)
{
    Value l = list_new(0);
    for (int64_t i = 0; i + bv->itemsize <= bv->len; i += bv->itemsize) {
        Value x = mv_unpack(bv->format, (const unsigned char *)bv->data + i);
        if (!x || list_append(l, x) < 0) return 0;
    }
    return l;
}

/* memoryview == any buffer: equal shapes and equal items, unpacked by each side's
 * format (bytes compared directly only for one shared integer format). */
static Value mv_richcompare(Value a, Value b, int op)
{
    if (op != CMP_EQ && op != CMP_NE) return NOTIMPL;
    if ((IS_TYPE(a, memoryview) && MV(a)->released) || (IS_TYPE(b, memoryview) && MV(b)->released))
        return BOOL_V((a == b) == (op == CMP_EQ));
    BufferView va, vb;
    if (!obj_getbuffer(a, &va) || !obj_getbuffer(b, &vb)) return NOTIMPL;
    if (va.format == 'w' || vb.format == 'w') return BOOL_V(op == CMP_NE);  /* no struct unpacker for wchar_t */
    Value sa = IS_TYPE(a, memoryview) ? mv_shape_tuple(a) : tuple_pack(1, MKSMALL(va.len / va.itemsize));
    Value sb = IS_TYPE(b, memoryview) ? mv_shape_tuple(b) : tuple_pack(1, MKSMALL(vb.len / vb.itemsize));
    int eq = obj_eq(sa, sb);
    if (eq < 0) return 0;
    if (eq && va.format == vb.format && va.format != 'f' && va.format != 'd')
        eq = va.len == vb.len && memcmp(va.data, vb.data, (size_t)va.len) == 0;
    else if (eq) {
        Value la = buf_items(&va), lb = la ? buf_items(&vb) : 0;
        if (!lb) return 0;
        eq = obj_eq(la, lb);
        if (eq < 0) return 0;
    }
    return BOOL_V(eq == (op == CMP_EQ));
}

static int mv_hash(Value self, int64_t *out)
{
    if (mv_check(self) < 0) return -1;
    if (!MV(self)->readonly) { raise_ValueError("cannot hash writable memoryview object"); return -1; }
    char f = mv_fmt(self);
    if (f != 'B' && f != 'b' && f != 'c') {
        raise_ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    int64_t h;
    if (obj_hash(MV(self)->obj, &h) < 0) return -1;   /* CPython: the exporter must be hashable */
    Value b = mv_gather(self);
    if (!b) return -1;
    *out = BYTES_SIZE(b) ? kiln_siphash(BYTES_DATA(b), (size_t)BYTES_SIZE(b)) : 0;
    return 0;
}

static Value mv_tobytes(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"order", NULL};
    Value order = 0;
    if (args_parse("tobytes", args, nargs, kw, names, 0, &order) < 0) return 0;
    if (order && order != NONE && !IS_STR(order))
        return raise_TypeError("tobytes() argument 'order' must be str or None, not %A", order);
    if (mv_check(self) < 0) return 0;
    if (order && order != NONE) {
        const char *o = STR_DATA(order);
        if (STR_NBYTES(order) != 1 || (o[0] != 'C' && o[0] != 'F' && o[0] != 'A'))
            return raise_ValueError("order must be 'C', 'F' or 'A'");
        /* the bytes in Fortran order differ from C order only for N-D views */
        if (o[0] == 'F' && mv_ndim(self) > 1)
            return raise_NotImplementedError("memoryview: tobytes(order='F') of a multi-dimensional view");
    }
    return mv_gather(self);
}

/* Nested lists of dimension k onwards, starting at q. */
static Value mv_tolist_dim(Value self, const unsigned char *q, int64_t k)
{
    int64_t d = mv_dim(self, k), s = mv_stride(self, k);
    bool last = k == mv_ndim(self) - 1;
    Value l = list_new(0);
    for (int64_t i = 0; i < d; i++) {
        Value x = last ? mv_unpack(mv_fmt(self), q + i * s) : mv_tolist_dim(self, q + i * s, k + 1);
        if (!x || list_append(l, x) < 0) return 0;
    }
    return l;
}

static Value mv_tolist(Value self, const Value *args, size_t nargs, Value kw)
{
    if (mv_check(self) < 0) return 0;
    const char *p; int64_t n;
    mv_view(self, &p, &n);
    if (mv_ndim(self) == 0) return mv_unpack(mv_fmt(self), (const unsigned char *)p);
    return mv_tolist_dim(self, (const unsigned char *)p, 0);
}

static Value mv_hex(Value self, const Value *args, size_t nargs, Value kw)
{
    if (mv_check(self) < 0) return 0;
    Value b = mv_tobytes(self, NULL, 0, 0);
    return b ? bm_hex(b, args, nargs, kw) : 0;
}

static Value mv_toreadonly(Value self, const Value *args, size_t nargs, Value kw)
{
    if (mv_check(self) < 0) return 0;
    return mv_copy(self, true);
}

/* cast(format[, shape]): 1-D -> N-D or N-D -> 1-D, between a byte format and
 * any native format (CPython's rules and messages). */
static Value mv_cast(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"format", "shape", NULL};
    Value a[2] = {0, 0};
    if (args_parse("cast", args, nargs, kw, names, 1, a) < 0) return 0;
    if (!IS_STR(a[0])) return raise_TypeError("cast() argument 'format' must be str, not %A", a[0]);
    if (mv_check(self) < 0) return 0;
    if (!mv_contig(self)) return raise_TypeError("memoryview: casts are restricted to C-contiguous views");
    Value shape = a[1];
    int64_t nd = 1;
    if (shape) {
        if (!IS_LIST(shape) && !IS_TUPLE(shape)) return raise_TypeError("shape must be a list or a tuple");
        nd = IS_LIST(shape) ? LIST_SIZE(shape) : TUPLE_SIZE(shape);
        if (nd > 64) return raise_ValueError("memoryview: number of dimensions must not exceed 64");
        if (mv_ndim(self) != 1 && nd != 1) return raise_TypeError("memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    const char *f = STR_DATA(a[0]);
    if (*f == '@') f++;
    if (f[0] == 0 || f[1] != 0 || f[0] == 'w' || !fmt_itemsize(f[0]) || (int64_t)strlen(STR_DATA(a[0])) != STR_NBYTES(a[0]))
        return raise_ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    char src = mv_fmt(self), dst = f[0];
#define BYTE_FMT(c) ((c) == 'B' || (c) == 'b' || (c) == 'c')
    if (!BYTE_FMT(src) && !BYTE_FMT(dst))
        return raise_TypeError("memoryview: cannot cast between two non-byte formats");
#undef BYTE_FMT
    int isz = fmt_itemsize(dst);
    if (MV(self)->size % isz) return raise_TypeError("memoryview: length is not a multiple of itemsize");
    Value sh = 0;
    if (shape) {
        sh = tuple_new(nd);
        int64_t len = isz;
        for (int64_t k = 0; k < nd; k++) {
            Value x = IS_LIST(shape) ? LIST_ITEMS(shape)[k] : TUPLE_ITEMS(shape)[k];
            if (!IS_INT(x)) return raise_TypeError("memoryview.cast(): elements of shape must be integers");
            int64_t d;
            if (int_as_i64(int_value_of(x), &d) < 0 || d <= 0) {
                exc_clear();
                return raise_ValueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            if (d > INT64_MAX / len) return raise_ValueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            len *= d;
            TUPLE_ITEMS(sh)[k] = MKSMALL(d);
        }
        if (len != MV(self)->size) return raise_TypeError("memoryview: product(shape) * itemsize != buffer size");
        if (nd == 1) sh = 0;
    }
    Value m = mv_make(MV(self)->obj, MV(self)->start, MV(self)->size, MV(self)->readonly);
    MV(m)->fmt = dst == 'B' ? 0 : dst;
    if (sh) STORE(MV(m), shape, sh);
    return m;
}

static Value mv_release(Value self, const Value *args, size_t nargs, Value kw)
{
    MemoryView *m = MV(self);
    if (!m->released) {
        m->released = true;
        obj_buffer_export(m->obj, -1);
    }
    return NONE;
}

static Value mv_enter(Value self, const Value *args, size_t nargs, Value kw)
{
    if (mv_check(self) < 0) return 0;
    return self;
}

static Value mv_exit(Value self, const Value *args, size_t nargs, Value kw)
{
    return mv_release(self, NULL, 0, 0);
}

static void mv_finalize(Object *o)
{
    MemoryView *m = (MemoryView *)o;
    if (!m->released && m->obj) obj_buffer_export(m->obj, -1);
}

static Value mv_iter(Value self)
{
    if (mv_check(self) < 0) return 0;
    if (mv_ndim(self) == 0) return raise_TypeError("invalid indexing of 0-dim memory");
    if (mv_ndim(self) > 1) return raise_NotImplementedError("multi-dimensional sub-views are not implemented");
    Value l = mv_tolist(self, NULL, 0, 0);
    return l ? obj_iter(l) : 0;
}

static Value mv_get_obj(Value self) { if (mv_check(self) < 0) return 0; return MV(self)->obj; }
static Value mv_get_nbytes(Value self) { if (mv_check(self) < 0) return 0; return MKSMALL(MV(self)->size); }
static Value mv_get_readonly(Value self) { if (mv_check(self) < 0) return 0; return BOOL_V(MV(self)->readonly); }
static Value mv_get_itemsize(Value self) { if (mv_check(self) < 0) return 0; return MKSMALL(mv_itemsize(self)); }
static Value mv_get_ndim(Value self) { if (mv_check(self) < 0) return 0; return MKSMALL(mv_ndim(self)); }
static Value mv_get_format(Value self)
{
    if (mv_check(self) < 0) return 0;
    char f[2] = { MV(self)->fmt ? MV(self)->fmt : 'B', 0 };
    return str_from_cstr(f);
}
static Value mv_get_shape(Value self) { if (mv_check(self) < 0) return 0; return mv_shape_tuple(self); }
static Value mv_get_strides(Value self)
{
    if (mv_check(self) < 0) return 0;
    int64_t nd = mv_ndim(self);
    Value t = tuple_new(nd);
    for (int64_t k = 0; k < nd; k++) TUPLE_ITEMS(t)[k] = MKSMALL(mv_stride(self, k));
    return t;
}
static Value mv_get_suboffsets(Value self) { if (mv_check(self) < 0) return 0; return tuple_new(0); }
static Value mv_get_c_contiguous(Value self) { if (mv_check(self) < 0) return 0; return BOOL_V(mv_is_contiguous(self, false)); }
static Value mv_get_f_contiguous(Value self) { if (mv_check(self) < 0) return 0; return BOOL_V(mv_is_contiguous(self, true)); }
static Value mv_get_contiguous(Value self)
{
    if (mv_check(self) < 0) return 0;
    return BOOL_V(mv_is_contiguous(self, false) || mv_is_contiguous(self, true));
}

static const MethodDef mv_methods[] = {
    {"tobytes", mv_tobytes, 0, NULL}, {"tolist", mv_tolist, METH_NOARGS, NULL},
    {"hex", mv_hex, 0, NULL}, {"release", mv_release, METH_NOARGS, NULL},
    {"toreadonly", mv_toreadonly, METH_NOARGS, NULL}, {"cast", mv_cast, 0, NULL},
    {"__enter__", mv_enter, METH_NOARGS, NULL}, {"__exit__", mv_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef mv_getsets[] = {
    {"obj", mv_get_obj, NULL, NULL}, {"nbytes", mv_get_nbytes, NULL, NULL},
    {"readonly", mv_get_readonly, NULL, NULL}, {"itemsize", mv_get_itemsize, NULL, NULL},
    {"ndim", mv_get_ndim, NULL, NULL}, {"format", mv_get_format, NULL, NULL},
    {"shape", mv_get_shape, NULL, NULL}, {"strides", mv_get_strides, NULL, NULL},
    {"suboffsets", mv_get_suboffsets, NULL, NULL},
    {"contiguous", mv_get_contiguous, NULL, NULL}, {"c_contiguous", mv_get_c_contiguous, NULL, NULL},
    {"f_contiguous", mv_get_f_contiguous, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec memoryview_spec = {
    .name = "memoryview", .base = -1, .basicsize = sizeof(MemoryView),
    .doc = "Create a new memoryview object which references the given object.",
    .trace = mv_trace, .repr = mv_repr, .richcompare = mv_richcompare, .hash = mv_hash,
    .iter = mv_iter, .new_ = mv_new_slot, .finalize = mv_finalize, .getbuffer = mv_getbuffer,
    .len = mv_len, .getitem = mv_getitem, .setitem = mv_setitem,
    .methods = mv_methods, .getsets = mv_getsets,
};
