/* kiln: array — compact sequences of C numbers (CPython 3.11's array module):
 * the typecodes b B u h H i I l L q Q f d, the sequence and buffer protocols
 * (memoryview, bytes(), struct, files and hashes see the items' memory; an
 * array with live exports refuses to resize), pickling through
 * _array_reconstructor with machine format codes, and CPython's messages. */
#include "core.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct ArrayObj {
    Object hdr;
    int64_t size;        /* items in use */
    int64_t allocated;   /* items the buffer holds (CPython's growth policy: __sizeof__ matches) */
    RawBytes *buf;       /* allocated * itemsize bytes; NULL when allocated == 0 */
    int64_t exports;     /* live buffer exports */
    char typecode;
} ArrayObj;

typedef struct ArrayIter { Object hdr; Value arr; int64_t index; } ArrayIter; /* arr 0: exhausted */

#define AR(v) ((ArrayObj *)(v))
#define AI(v) ((ArrayIter *)(v))

/* Machine format codes of _array_reconstructor (CPython's enum machine_format_code). */
enum { MF_UNKNOWN = -1, MF_U8 = 0, MF_S8 = 1, MF_U16 = 2, MF_S16 = 4, MF_U32 = 6, MF_S32 = 8,
       MF_U64 = 10, MF_S64 = 12, MF_F32 = 14, MF_F64 = 16, MF_UTF16 = 18, MF_UTF32 = 20, MF_MAX = 21 };

/* kind: 's' signed int, 'u' unsigned int, 'f' float, 'w' wchar_t; mformat: the
 * little-endian machine format (this port is little-endian; +1 is big-endian). */
typedef struct Descr { char code, kind; int size, mformat; } Descr;
static const Descr descrs[] = {
    {'b', 's', 1, MF_S8}, {'B', 'u', 1, MF_U8}, {'u', 'w', 4, MF_UTF32}, {'h', 's', 2, MF_S16},
    {'H', 'u', 2, MF_U16}, {'i', 's', 4, MF_S32}, {'I', 'u', 4, MF_U32}, {'l', 's', 8, MF_S64},
    {'L', 'u', 8, MF_U64}, {'q', 's', 8, MF_S64}, {'Q', 'u', 8, MF_U64}, {'f', 'f', 4, MF_F32},
    {'d', 'f', 8, MF_F64},
};

static const Descr *descr_for(char c)
{
    for (size_t i = 0; i < ARRAY_LEN(descrs); i++)
        if (descrs[i].code == c) return &descrs[i];
    return NULL;
}

static bool is_array(Value v) { return IS_OBJ(v) && (TYPE(v) == T(array) || type_is_subtype(TYPE(v), T(array))); }
static int isz(Value a)
{
    switch (AR(a)->typecode) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'u': case 'i': case 'I': case 'f': return 4;
    default: return 8;
    }
}
static char *items(Value a) { return AR(a)->buf ? AR(a)->buf->data : NULL; }

static void array_trace(Object *o, Visitor visit, void *ctx) { visit(OBJ_VAL(((ArrayObj *)o)->buf), ctx); }

/* A new array of type t with n zeroed items (exactly n allocated). */
static Value array_alloc(Type *t, char tc, int64_t n)
{
    int sz = descr_for(tc)->size;
    if (heap_too_big(n, (size_t)sz)) return 0;
    size_t bs = t->basicsize > sizeof(ArrayObj) ? t->basicsize : sizeof(ArrayObj);
    Value a = OBJ_VAL(gc_alloc(t, bs));
    AR(a)->typecode = tc;
    if (n) {
        RawBytes *rb = raw_bytes_new(n * sz);
        memset(rb->data, 0, (size_t)(n * sz));
        gc_write_barrier((Object *)AR(a));
        AR(a)->buf = rb;
    }
    AR(a)->size = AR(a)->allocated = n;
    return a;
}

/* -1 + BufferError while a's buffer is exported. */
static int check_resizable(Value a)
{
    return buffer_resize_refused(&AR(a)->exports, "cannot resize an array that is exporting buffers") ? -1 : 0;
}

/* Resize to newsize items (new items uninitialised), CPython's policy. */
static int array_resize(Value a, int64_t newsize)
{
    ArrayObj *o = AR(a);
    if (newsize != o->size && check_resizable(a) < 0) return -1;
    if (o->allocated >= newsize && o->size < newsize + 16 && o->buf) {
        o->size = newsize;
        return 0;
    }
    if (newsize == 0) {
        gc_write_barrier((Object *)o);
        o->buf = NULL;
        o->size = o->allocated = 0;
        return 0;
    }
    int sz = isz(a);
    int64_t alloc = (newsize >> 4) + (o->size < 8 ? 3 : 7) + newsize;
    if (heap_too_big(alloc, (size_t)sz)) return -1;
    RawBytes *rb = raw_bytes_new(alloc * sz);
    int64_t keep = o->size < newsize ? o->size : newsize;
    if (keep) memcpy(rb->data, o->buf->data, (size_t)(keep * sz));
    gc_write_barrier((Object *)o);
    o->buf = rb;
    o->size = newsize;
    o->allocated = alloc;
    return 0;
}

/* -- Items: C memory <-> Python values ------------------------------------------------ */

static Value item_get(char tc, const char *p)
{
    switch (tc) {
    case 'b': return MKSMALL(*(const int8_t *)p);
    case 'B': return MKSMALL(*(const uint8_t *)p);
    case 'h': { int16_t x; memcpy(&x, p, 2); return MKSMALL(x); }
    case 'H': { uint16_t x; memcpy(&x, p, 2); return MKSMALL(x); }
    case 'i': { int32_t x; memcpy(&x, p, 4); return MKSMALL(x); }
    case 'I': { uint32_t x; memcpy(&x, p, 4); return MKSMALL(x); }
    case 'l': case 'q': { int64_t x; memcpy(&x, p, 8); return int_from_i64(x); }
    case 'L': case 'Q': { uint64_t x; memcpy(&x, p, 8); return int_from_u64(x); }
    case 'f': { float x; memcpy(&x, p, 4); return float_new(x); }
    case 'd': { double x; memcpy(&x, p, 8); return float_new(x); }
    case 'u': {
        int32_t x;
        memcpy(&x, p, 4);
        if (x < 0 || x > 0x10FFFF) return raise_ValueError("chr() arg not in range(0x110000)");
        return str_from_codepoint((uint32_t)x);
    }
    }
    return raise_SystemError("bad typecode");
}

static Value item_at(Value a, int64_t i) { return item_get(AR(a)->typecode, items(a) + i * isz(a)); }

/* v as a C long (via __index__): "Python int too large to convert to C long". */
static int get_long(Value v, int64_t *x)
{
    Value i = obj_index(v);
    if (!i) return -1;
    return int_as_i64(int_value_of(i), x);
}

/* v as an unsigned 64-bit value: -1 + OverflowError (neg / big messages given). */
static int get_unsigned(Value v, uint64_t *x, const char *neg, const char *big)
{
    Value i = obj_index(v);
    if (!i) return -1;
    i = int_value_of(i);
    if (int_sign(i) < 0) { raise_OverflowError("%s", neg); return -1; }
    if (int_bit_length(i) > 64) { raise_OverflowError("%s", big); return -1; }
    unsigned char b[8];
    if (int_to_bytes(i, b, 8, true, false) < 0) return -1;
    uint64_t u = 0;
    for (int k = 7; k >= 0; k--) u = (u << 8) | b[k];
    *x = u;
    return 0;
}

/* Range checks of CPython's getargs codes (OverflowError "<what> is less than minimum"). */
static int check_range(int64_t x, int64_t lo, int64_t hi, const char *what)
{
    if (x < lo) { raise_OverflowError("%s is less than minimum", what); return -1; }
    if (x > hi) { raise_OverflowError("%s is greater than maximum", what); return -1; }
    return 0;
}

/* Convert v for typecode tc into out (itemsize bytes), with CPython's messages. */
static int item_pack(char tc, Value v, char *out)
{
    int64_t x;
    uint64_t u;
    switch (tc) {
    case 'b':
        if (get_long(v, &x) < 0 || check_range(x, INT16_MIN, INT16_MAX, "signed short integer") < 0 ||
            check_range(x, INT8_MIN, INT8_MAX, "signed char") < 0)
            return -1;
        *(int8_t *)out = (int8_t)x;
        return 0;
    case 'B':
        if (get_long(v, &x) < 0 || check_range(x, 0, UINT8_MAX, "unsigned byte integer") < 0) return -1;
        *(uint8_t *)out = (uint8_t)x;
        return 0;
    case 'h': case 'H': case 'i': {
        if (get_long(v, &x) < 0) return -1;
        if (tc == 'h' && check_range(x, INT16_MIN, INT16_MAX, "signed short integer") < 0) return -1;
        if (tc != 'h' && check_range(x, INT32_MIN, INT32_MAX, "signed integer") < 0) return -1;
        if (tc == 'H' && check_range(x, 0, UINT16_MAX, "unsigned short") < 0) return -1;
        if (tc == 'i') { int32_t y = (int32_t)x; memcpy(out, &y, 4); }
        else { int16_t y = (int16_t)x; memcpy(out, &y, 2); }
        return 0;
    }
    case 'I': case 'L':
        if (get_unsigned(v, &u, "can't convert negative value to unsigned int",
                         "Python int too large to convert to C unsigned long") < 0)
            return -1;
        if (tc == 'I') {
            if (u > UINT32_MAX) { raise_OverflowError("unsigned int is greater than maximum"); return -1; }
            uint32_t y = (uint32_t)u;
            memcpy(out, &y, 4);
        } else memcpy(out, &u, 8);
        return 0;
    case 'Q':
        if (get_unsigned(v, &u, "can't convert negative int to unsigned", "int too big to convert") < 0) return -1;
        memcpy(out, &u, 8);
        return 0;
    case 'l': case 'q':
        if (get_long(v, &x) < 0) {
            if (tc == 'q' && exc_matches(E(OverflowError))) {
                exc_clear();
                raise_OverflowError("int too big to convert");
            }
            return -1;
        }
        memcpy(out, &x, 8);
        return 0;
    case 'f': case 'd': {
        double d;
        if (float_as_double(v, &d) < 0) return -1;
        if (tc == 'd') memcpy(out, &d, 8);
        else { float f = (float)d; memcpy(out, &f, 4); }
        return 0;
    }
    case 'u': {
        if (!IS_STR(v) || STR_LEN(v) != 1) { raise_TypeError("array item must be unicode character"); return -1; }
        int32_t c = (int32_t)str_char_at(v, 0);
        memcpy(out, &c, 4);
        return 0;
    }
    }
    raise_SystemError("bad typecode");
    return -1;
}

/* a[i] = v for 0 <= i < size (converted first: __index__ may change a). */
static int item_set(Value a, int64_t i, Value v)
{
    char tmp[8];
    if (item_pack(AR(a)->typecode, v, tmp) < 0) return -1;
    if (i >= AR(a)->size) { raise_IndexError("array assignment index out of range"); return -1; }
    memcpy(items(a) + i * isz(a), tmp, (size_t)isz(a));
    return 0;
}

/* Insert v before index i (clamped). */
static int array_ins(Value a, int64_t i, Value v)
{
    char tmp[8];
    if (item_pack(AR(a)->typecode, v, tmp) < 0) return -1;
    int64_t n = AR(a)->size;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    if (array_resize(a, n + 1) < 0) return -1;
    int sz = isz(a);
    memmove(items(a) + (i + 1) * sz, items(a) + i * sz, (size_t)((n - i) * sz));
    memcpy(items(a) + i * sz, tmp, (size_t)sz);
    return 0;
}

/* Remove items [lo, hi). */
static int array_del_range(Value a, int64_t lo, int64_t hi)
{
    int64_t n = AR(a)->size, d = hi - lo;
    if (d <= 0) return 0;
    if (check_resizable(a) < 0) return -1;
    int sz = isz(a);
    memmove(items(a) + lo * sz, items(a) + hi * sz, (size_t)((n - hi) * sz));
    return array_resize(a, n - d);
}

/* Append n bytes (a multiple of itemsize) from p; p may point into a's own buffer. */
static int array_append_bytes(Value a, const char *p, int64_t n)
{
    int64_t old = AR(a)->size, add = n / isz(a);
    if (add > INT64_MAX / 2 - old) { raise_memory(); return -1; }
    if (array_resize(a, old + add) < 0) return -1;   /* the old buffer stays intact */
    if (n) memcpy(items(a) + old * isz(a), p, (size_t)n);
    return 0;
}

/* -- Construction ---------------------------------------------------------------------- */

static Value array_frombytes_m(Value self, const Value *args, size_t nargs, Value kw);
static Value array_fromunicode_m(Value self, const Value *args, size_t nargs, Value kw);
static int array_iter_extend(Value a, Value iterable);

static Value array_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (t == T(array) && kw && TUPLE_SIZE(kw)) return raise_TypeError("array.array() takes no keyword arguments");
    if (nargs < 1) return raise_TypeError("array() takes at least 1 argument (0 given)");
    if (nargs > 2) return raise_TypeError("array() takes at most 2 arguments (%zu given)", nargs);
    Value tcv = args[0], init = nargs > 1 ? args[1] : 0;
    if (!IS_STR(tcv) || STR_LEN(tcv) != 1)
        return raise_TypeError("array() argument 1 must be a unicode character, not %T", tcv);
    uint32_t c = str_char_at(tcv, 0);
    if (init && is_array(init) && AR(init)->typecode == 'u' && c != 'u')
        return raise_TypeError("cannot use a unicode array to initialize an array with typecode '%c'", (int)c);
    if (init && c != 'u' && IS_STR(init))
        return raise_TypeError("cannot use a str to initialize an array with typecode '%c'", (int)c);
    const Descr *d = c < 128 ? descr_for((char)c) : NULL;
    if (!d) return raise_ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    Value it = 0;
    if (init && !(IS_LIST(init) || IS_TUPLE(init) || IS_STR(init) ||
                  (IS_OBJ(init) && (type_is_subtype(TYPE(init), T(bytes)) || type_is_subtype(TYPE(init), T(bytearray)))) ||
                  (is_array(init) && AR(init)->typecode == (char)c))) {
        it = obj_iter(init);
        if (!it) return 0;
        init = 0;
    }
    int64_t n = 0;
    if (init && IS_LIST(init)) n = LIST_SIZE(init);
    else if (init && IS_TUPLE(init)) n = TUPLE_SIZE(init);
    else if (init && is_array(init)) n = AR(init)->size;
    Value a = array_alloc(t, (char)c, n);
    if (!a) return 0;
    if (init && (IS_LIST(init) || IS_TUPLE(init))) {
        for (int64_t i = 0; i < n; i++) {
            Value v = IS_LIST(init) ? (i < LIST_SIZE(init) ? LIST_ITEMS(init)[i] : 0) : TUPLE_ITEMS(init)[i];
            if (!v) break;
            if (item_set(a, i, v) < 0) return 0;
        }
    } else if (init && IS_STR(init)) {
        if (!array_fromunicode_m(a, &init, 1, 0)) return 0;
    } else if (init && is_array(init)) {
        if (n) memcpy(items(a), items(init), (size_t)(n * d->size));
    } else if (init) {
        if (!array_frombytes_m(a, &init, 1, 0)) return 0;
    }
    if (it && array_iter_extend(a, it) < 0) return 0;
    return a;
}

/* A plain array (not a subclass) holding items [lo, hi) of a with the given step. */
static Value array_slice(Value a, int64_t lo, int64_t step, int64_t cnt)
{
    Value r = array_alloc(T(array), AR(a)->typecode, cnt);
    if (!r) return 0;
    int sz = isz(a);
    if (step == 1) {
        if (cnt) memcpy(items(r), items(a) + lo * sz, (size_t)(cnt * sz));
    } else {
        for (int64_t k = 0, i = lo; k < cnt; k++, i += step)
            memcpy(items(r) + k * sz, items(a) + i * sz, (size_t)sz);
    }
    return r;
}

/* -- Sequence protocol ------------------------------------------------------------------- */

static int64_t array_len(Value a) { return AR(a)->size; }

static bool is_index(Value k) { return IS_INT(k) || (IS_OBJ(k) && TYPE(k)->nb_index && !IS_FLOAT(k)); }

static Value array_getitem(Value a, Value key)
{
    if (is_index(key)) {
        int64_t i;
        if (obj_as_ssize(key, &i, E(IndexError)) < 0) return 0;
        if (i < 0) i += AR(a)->size;
        if (i < 0 || i >= AR(a)->size) return raise_IndexError("array index out of range");
        return item_at(a, i);
    }
    if (IS_TYPE(key, slice)) {
        int64_t st, sp, step, cnt;
        if (slice_indices(key, AR(a)->size, &st, &sp, &step, &cnt) < 0) return 0;
        return array_slice(a, st, step, cnt > 0 ? cnt : 0);
    }
    return raise_TypeError("array indices must be integers");
}

/* a[slice] = v (an array of the same typecode) or del a[slice] (v == 0). */
static int array_setslice(Value a, Value key, Value v)
{
    int64_t st, sp, step, cnt;
    if (slice_indices(key, AR(a)->size, &st, &sp, &step, &cnt) < 0) return -1;
    if (cnt < 0) cnt = 0;
    int sz = isz(a);
    char *src = NULL;
    int64_t needed = 0;
    if (v) {
        if (!is_array(v)) {
            raise_TypeError("can only assign array (not \"%s\") to array slice", TYPE_NAME(v));
            return -1;
        }
        if (AR(v)->typecode != AR(a)->typecode) {
            raise_TypeError("bad argument type for built-in operation");
            return -1;
        }
        needed = AR(v)->size;
        if (needed) {
            src = malloc((size_t)(needed * sz));        /* v may be a itself */
            memcpy(src, items(v), (size_t)(needed * sz));
        }
    }
    int r = 0;
    if (step == 1) {
        int64_t lo = st, hi = st + cnt, n = AR(a)->size;
        if (needed != cnt) {
            if (check_resizable(a) < 0) {
                free(src);
                return -1;
            }
            if (needed < cnt) {
                memmove(items(a) + (lo + needed) * sz, items(a) + hi * sz, (size_t)((n - hi) * sz));
                r = array_resize(a, n - cnt + needed);
            } else {
                r = array_resize(a, n - cnt + needed);
                if (r == 0)
                    memmove(items(a) + (lo + needed) * sz, items(a) + hi * sz, (size_t)((n - hi) * sz));
            }
        }
        if (r == 0 && needed) memcpy(items(a) + lo * sz, src, (size_t)(needed * sz));
        free(src);
        return r;
    }
    if (!v) {                                           /* delete an extended slice */
        if (cnt == 0) return 0;
        if (check_resizable(a) < 0) return -1;
        if (step < 0) { st += step * (cnt - 1); step = -step; }
        int64_t n = AR(a)->size, w = st;
        for (int64_t i = st; i < n; i++) {
            if ((i - st) % step == 0 && (i - st) / step < cnt) continue;
            memmove(items(a) + w * sz, items(a) + i * sz, (size_t)sz);
            w++;
        }
        return array_del_range(a, w, n);
    }
    if (needed != cnt) {
        free(src);
        raise_ValueError("attempt to assign array of size %lld to extended slice of size %lld",
                         (long long)needed, (long long)cnt);
        return -1;
    }
    for (int64_t k = 0, i = st; k < cnt; k++, i += step)
        memcpy(items(a) + i * sz, src + k * sz, (size_t)sz);
    free(src);
    return 0;
}

static int array_setitem(Value a, Value key, Value v)
{
    if (is_index(key)) {
        int64_t i;
        if (obj_as_ssize(key, &i, E(IndexError)) < 0) return -1;
        if (i < 0) i += AR(a)->size;
        if (i < 0 || i >= AR(a)->size) {
            raise_IndexError("array assignment index out of range");
            return -1;
        }
        if (!v) return array_del_range(a, i, i + 1);
        return item_set(a, i, v);
    }
    if (IS_TYPE(key, slice)) return array_setslice(a, key, v);
    raise_TypeError("array indices must be integers");
    return -1;
}

static int array_contains(Value a, Value v)
{
    for (int64_t i = 0; i < AR(a)->size; i++) {
        Value x = item_at(a, i);
        if (!x) return -1;
        int eq = obj_eq(x, v);
        if (eq) return eq;
    }
    return 0;
}

static Value array_concat(Value a, Value b)
{
    if (!is_array(a)) return NOTIMPL;
    if (!is_array(b)) {
        if (TYPE(b)->flags & TF_HEAPTYPE) return NOTIMPL;
        return raise_TypeError("can only append array (not \"%s\") to array", TYPE_NAME(b));
    }
    if (AR(a)->typecode != AR(b)->typecode) return raise_TypeError("bad argument type for built-in operation");
    int sz = isz(a);
    int64_t na = AR(a)->size, nb = AR(b)->size;
    if (na > INT64_MAX / 2 - nb) return raise_memory();
    Value r = array_alloc(T(array), AR(a)->typecode, na + nb);
    if (!r) return 0;
    if (na) memcpy(items(r), items(a), (size_t)(na * sz));
    if (nb) memcpy(items(r) + na * sz, items(b), (size_t)(nb * sz));
    return r;
}

/* The repeat count of a * k (or k * a): -1 + TypeError when k is no index. */
static int repeat_count(Value k, int64_t *n)
{
    if (!is_index(k)) {
        raise_TypeError("can't multiply sequence by non-int of type '%s'", TYPE_NAME(k));
        return -1;
    }
    if (obj_as_ssize(k, n, E(OverflowError)) < 0) return -1;
    if (*n < 0) *n = 0;
    return 0;
}

/* Fill dst with n copies of the sz bytes at src. */
static void fill_repeat(char *dst, const char *src, int64_t sz, int64_t n)
{
    if (!sz || !n) return;
    memcpy(dst, src, (size_t)sz);
    int64_t done = sz, total = sz * n;
    while (done < total) {
        int64_t c = done < total - done ? done : total - done;
        memcpy(dst + done, dst, (size_t)c);
        done += c;
    }
}

static Value array_repeat(Value a, Value b)
{
    Value arr = is_array(a) ? a : b, k = arr == a ? b : a;
    if (!is_index(k) && (TYPE(k)->flags & TF_HEAPTYPE) && !is_array(k)) return NOTIMPL;
    int64_t n;
    if (repeat_count(k, &n) < 0) return 0;
    int64_t cnt = AR(arr)->size, sz = isz(arr);
    if (cnt && n > INT64_MAX / cnt / sz) return raise_memory();
    Value r = array_alloc(T(array), AR(arr)->typecode, cnt * n);
    if (!r) return 0;
    fill_repeat(items(r), items(arr), cnt * sz, n);
    return r;
}

static int array_do_extend(Value a, Value b)
{
    if (!is_array(b)) return array_iter_extend(a, b);
    if (AR(a)->typecode != AR(b)->typecode) {
        raise_TypeError("can only extend with array of same kind");
        return -1;
    }
    return array_append_bytes(a, items(b), AR(b)->size * isz(b));
}

static int array_iter_extend(Value a, Value iterable)
{
    Value it = obj_iter(iterable);
    if (!it) return -1;
    Value v;
    while ((v = obj_next(it)))
        if (array_ins(a, AR(a)->size, v) < 0) return -1;
    return exc_pending() ? -1 : 0;
}

static Value array_inplace_concat(Value a, Value b)
{
    if (!is_array(b)) {
        if (TYPE(b)->flags & TF_HEAPTYPE) return NOTIMPL;
        return raise_TypeError("can only extend array with array (not \"%s\")", TYPE_NAME(b));
    }
    if (array_do_extend(a, b) < 0) return 0;
    return a;
}

static Value array_inplace_repeat(Value a, Value b)
{
    if (!is_array(a)) return NOTIMPL;
    int64_t n;
    if (repeat_count(b, &n) < 0) return 0;
    int64_t cnt = AR(a)->size, sz = isz(a);
    if (cnt) {
        if (n > INT64_MAX / cnt / sz) return raise_memory();
        if (array_resize(a, cnt * n) < 0) return 0;
        fill_repeat(items(a), items(a), cnt * sz, n);
    }
    return a;
}

/* -- Comparisons, repr, hashing ---------------------------------------------------------- */

static Value array_richcompare(Value a, Value b, int op)
{
    if (!is_array(a) || !is_array(b)) return NOTIMPL;
    int64_t na = AR(a)->size, nb = AR(b)->size;
    if (na != nb && (op == CMP_EQ || op == CMP_NE)) return BOOL_V(op == CMP_NE);
    int64_t i = 0;
    Value x = 0, y = 0;
    for (; i < na && i < nb; i++) {
        x = item_at(a, i);
        y = x ? item_at(b, i) : 0;
        if (!y) return 0;
        int eq = obj_eq(x, y);
        if (eq < 0) return 0;
        if (!eq) break;
    }
    if (i >= na || i >= nb) {       /* no more items: compare the sizes */
        bool r;
        switch (op) {
        case CMP_LT: r = na < nb; break;
        case CMP_LE: r = na <= nb; break;
        case CMP_EQ: r = na == nb; break;
        case CMP_NE: r = na != nb; break;
        case CMP_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        return BOOL_V(r);
    }
    if (op == CMP_EQ) return FALSE_V;
    if (op == CMP_NE) return TRUE_V;
    return obj_richcompare(x, y, op);
}

static Value array_tolist_m(Value self, const Value *args, size_t nargs, Value kw);
static Value array_tounicode_m(Value self, const Value *args, size_t nargs, Value kw);

static Value array_repr(Value a)
{
    const char *name = STR_DATA(TYPE(a)->name);
    char tc = AR(a)->typecode;
    if (AR(a)->size == 0) return str_fmt("%s('%c')", name, tc);
    Value v = tc == 'u' ? array_tounicode_m(a, NULL, 0, 0) : array_tolist_m(a, NULL, 0, 0);
    if (!v) return 0;
    return str_fmt("%s('%c', %R)", name, tc, v);
}

/* -- Buffer protocol ------------------------------------------------------------------------ */

static bool array_getbuffer(Value a, BufferView *view)
{
    char tc = AR(a)->typecode;
    *view = (BufferView){ .data = items(a) ? items(a) : (char *)"", .len = AR(a)->size * isz(a),
                          .itemsize = isz(a), .format = tc == 'u' ? 'w' : tc };
    return true;
}

static void array_export(Value a, int delta) { AR(a)->exports += delta; }

/* -- Methods ---------------------------------------------------------------------------------- */

/* CPython's messages for METH_O and METH_NOARGS methods. */
static int one_arg(const char *name, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("array.%s() takes no keyword arguments", name); return -1; }
    if (nargs != 1) { raise_TypeError("array.%s() takes exactly one argument (%zu given)", name, nargs); return -1; }
    return 0;
}

static int no_args(const char *name, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("array.%s() takes no keyword arguments", name); return -1; }
    if (nargs) { raise_TypeError("array.%s() takes no arguments (%zu given)", name, nargs); return -1; }
    return 0;
}

static Value array_append_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (one_arg("append", nargs, kw) < 0 || array_ins(self, AR(self)->size, args[0]) < 0) return 0;
    return NONE;
}

static Value array_extend_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (one_arg("extend", nargs, kw) < 0 || array_do_extend(self, args[0]) < 0) return 0;
    return NONE;
}

static Value array_insert_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("insert", kw) < 0 || args_count("insert", nargs, 2, 2) < 0) return 0;
    int64_t i;
    if (!is_index(args[0])) return raise_TypeError("'%s' object cannot be interpreted as an integer", TYPE_NAME(args[0]));
    if (obj_as_ssize(args[0], &i, E(OverflowError)) < 0 || array_ins(self, i, args[1]) < 0) return 0;
    return NONE;
}

static Value array_pop_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("pop", kw) < 0 || args_count("pop", nargs, 0, 1) < 0) return 0;
    int64_t i = -1, n = AR(self)->size;
    if (nargs) {
        if (!is_index(args[0])) return raise_TypeError("'%s' object cannot be interpreted as an integer", TYPE_NAME(args[0]));
        if (obj_as_ssize(args[0], &i, E(OverflowError)) < 0) return 0;
    }
    if (n == 0) return raise_IndexError("pop from empty array");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise_IndexError("pop index out of range");
    Value v = item_at(self, i);
    if (!v || array_del_range(self, i, i + 1) < 0) return 0;
    return v;
}

/* Index of the first item equal to v in [lo, hi), -1 if none, -2 on error. */
static int64_t array_find(Value a, Value v, int64_t lo, int64_t hi)
{
    for (int64_t i = lo; i < hi && i < AR(a)->size; i++) {
        Value x = item_at(a, i);
        if (!x) return -2;
        int eq = obj_eq(x, v);
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

static Value array_remove_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (one_arg("remove", nargs, kw) < 0) return 0;
    int64_t i = array_find(self, args[0], 0, AR(self)->size);
    if (i == -2) return 0;
    if (i < 0) return raise_ValueError("array.remove(x): x not in array");
    if (array_del_range(self, i, i + 1) < 0) return 0;
    return NONE;
}

/* A start/stop argument of index(): None-free slice index semantics, clamped to [0, n]. */
static int slice_arg(Value v, int64_t n, int64_t *out)
{
    if (!is_index(v)) {
        raise_TypeError("slice indices must be integers or have an __index__ method");
        return -1;
    }
    if (obj_as_ssize(v, out, NULL) < 0) return -1;
    if (*out < 0) { *out += n; if (*out < 0) *out = 0; }
    return 0;
}

static Value array_index_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("index", kw) < 0 || args_count("index", nargs, 1, 3) < 0) return 0;
    int64_t n = AR(self)->size, lo = 0, hi = INT64_MAX;
    if (nargs > 1 && slice_arg(args[1], n, &lo) < 0) return 0;
    if (nargs > 2 && slice_arg(args[2], n, &hi) < 0) return 0;
    int64_t i = array_find(self, args[0], lo, hi);
    if (i == -2) return 0;
    if (i < 0) return raise_ValueError("array.index(x): x not in array");
    return MKSMALL(i);
}

static Value array_count_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (one_arg("count", nargs, kw) < 0) return 0;
    int64_t c = 0;
    for (int64_t i = 0; i < AR(self)->size; i++) {
        Value x = item_at(self, i);
        if (!x) return 0;
        int eq = obj_eq(x, args[0]);
        if (eq < 0) return 0;
        c += eq;
    }
    return MKSMALL(c);
}

static Value array_reverse_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (no_args("reverse", nargs, kw) < 0) return 0;
    int sz = isz(self);
    char tmp[8];
    for (int64_t i = 0, j = AR(self)->size - 1; i < j; i++, j--) {
        memcpy(tmp, items(self) + i * sz, (size_t)sz);
        memcpy(items(self) + i * sz, items(self) + j * sz, (size_t)sz);
        memcpy(items(self) + j * sz, tmp, (size_t)sz);
    }
    return NONE;
}

static Value array_byteswap_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (no_args("byteswap", nargs, kw) < 0) return 0;
    int sz = isz(self);
    for (int64_t i = 0; i < AR(self)->size; i++) {
        char *p = items(self) + i * sz;
        for (int k = 0; k < sz / 2; k++) {
            char t = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = t;
        }
    }
    return NONE;
}

static Value array_buffer_info_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (no_args("buffer_info", nargs, kw) < 0) return 0;
    return tuple_pack(2, int_from_u64((uint64_t)(uintptr_t)items(self)), MKSMALL(AR(self)->size));
}

static Value array_frombytes_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (one_arg("frombytes", nargs, kw) < 0) return 0;
    BufferView bv;
    if (IS_STR(args[0]) || !obj_getbuffer(args[0], &bv))
        return raise_TypeError("a bytes-like object is required, not '%s'", TYPE_NAME(args[0]));
    if (bv.itemsize != 1)
        return raise_TypeError("a bytes-like object is required");
    if (bv.len % isz(self)) return raise_ValueError("bytes length not a multiple of item size");
    obj_buffer_export(args[0], 1);          /* held while copying, as a Py_buffer: a.frombytes(a) can't resize */
    int r = array_append_bytes(self, bv.data, bv.len);
    obj_buffer_export(args[0], -1);
    return r < 0 ? 0 : NONE;
}

static Value array_tobytes_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (no_args("tobytes", nargs, kw) < 0) return 0;
    return bytes_new(items(self) ? items(self) : "", (size_t)(AR(self)->size * isz(self)));
}

static Value array_fromlist_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (one_arg("fromlist", nargs, kw) < 0) return 0;
    Value l = args[0];
    if (!IS_LIST(l)) return raise_TypeError("arg must be list");
    int64_t old = AR(self)->size, n = LIST_SIZE(l);
    if (n == 0) return NONE;
    if (array_resize(self, old + n) < 0) return 0;
    for (int64_t i = 0; i < n; i++) {
        if (i >= LIST_SIZE(l) || item_set(self, old + i, LIST_ITEMS(l)[i]) < 0) {
            Value e = exc_fetch();
            if (AR(self)->size >= old) array_resize(self, old);
            exc_clear();
            if (e) exc_restore(e);
            else raise_RuntimeError("list changed size during iteration");
            return 0;
        }
    }
    return NONE;
}

static Value array_tolist_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (no_args("tolist", nargs, kw) < 0) return 0;
    Value l = list_new(0);
    for (int64_t i = 0; i < AR(self)->size; i++) {
        Value x = item_at(self, i);
        if (!x || list_append(l, x) < 0) return 0;
    }
    return l;
}

static Value array_fromunicode_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (one_arg("fromunicode", nargs, kw) < 0) return 0;
    Value s = args[0];
    if (!IS_STR(s)) return raise_TypeError("fromunicode() argument must be str, not %T", s);
    if (AR(self)->typecode != 'u') return raise_ValueError("fromunicode() may only be called on unicode type arrays");
    int64_t old = AR(self)->size, n = STR_LEN(s);
    if (n == 0) return NONE;
    if (array_resize(self, old + n) < 0) return 0;
    const unsigned char *p = (const unsigned char *)STR_DATA(s), *end = p + STR_NBYTES(s);
    char *dst = items(self) + old * 4;
    while (p < end) {
        uint32_t cp;
        p += utf8_decode1(p, end, &cp);
        memcpy(dst, &cp, 4);
        dst += 4;
    }
    return NONE;
}

static Value array_tounicode_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (no_args("tounicode", nargs, kw) < 0) return 0;
    if (AR(self)->typecode != 'u') return raise_ValueError("tounicode() may only be called on unicode type arrays");
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < AR(self)->size; i++) {
        uint32_t cp;
        memcpy(&cp, items(self) + i * 4, 4);
        if (cp > 0x10FFFF) {
            sb_free(&b);
            return raise_ValueError("character U+%x is not in range [U+0000; U+10ffff]", cp);
        }
        sb_add_cp(&b, cp);
    }
    return sb_finish(&b);
}

static Value array_fromfile_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("fromfile", kw) < 0 || args_count("fromfile", nargs, 2, 2) < 0) return 0;
    int64_t n;
    if (!is_index(args[1])) return raise_TypeError("'%s' object cannot be interpreted as an integer", TYPE_NAME(args[1]));
    if (obj_as_ssize(args[1], &n, E(OverflowError)) < 0) return 0;
    if (n < 0) return raise_ValueError("negative count");
    int sz = isz(self);
    if (n > INT64_MAX / sz) return raise_memory();
    Value nb = int_from_i64(n * sz);
    Value b = obj_call_method(args[0], str_from_cstr("read"), &nb, 1);
    if (!b) return 0;
    if (!IS_TYPE(b, bytes)) return raise_TypeError("read() didn't return bytes");
    bool short_read = BYTES_SIZE(b) != n * sz;
    if (!array_frombytes_m(self, &b, 1, 0)) return 0;
    if (short_read) return raise_fmt(E(EOFError), "read() didn't return enough bytes");
    return NONE;
}

static Value array_tofile_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (one_arg("tofile", nargs, kw) < 0) return 0;
    enum { BLOCK = 64 * 1024 };
    int64_t total = AR(self)->size * isz(self);
    Value write = str_from_cstr("write");
    for (int64_t off = 0; off < total; off += BLOCK) {
        int64_t n = total - off < BLOCK ? total - off : BLOCK;
        Value b = bytes_new(items(self) + off, (size_t)n);
        if (!obj_call_method(args[0], write, &b, 1)) return 0;
    }
    return NONE;
}

static Value array_copy_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (no_args("__copy__", nargs, kw) < 0) return 0;
    return array_slice(self, 0, 1, AR(self)->size);
}

static Value array_deepcopy_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (one_arg("__deepcopy__", nargs, kw) < 0) return 0;
    return array_slice(self, 0, 1, AR(self)->size);
}

static Value array_sizeof_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (no_args("__sizeof__", nargs, kw) < 0) return 0;
    int64_t base = 64;     /* CPython's arrayobject */
    if ((TYPE(self)->flags & TF_HEAPTYPE) && !(TYPE(self)->flags & TF_NO_DICT)) base += 8;
    return int_from_i64(base + AR(self)->allocated * isz(self));
}

static Value module_attr(const char *name)
{
    Value m = dict_get_cstr(R->modules, "array");
    if (!m) m = import_module(str_from_cstr("array"));
    if (!m) return 0;
    return obj_getattr_cstr(m, name);
}

static Value array_reduce_ex_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (one_arg("__reduce_ex__", nargs, kw) < 0) return 0;
    int64_t proto;
    if (!IS_INT(args[0])) return raise_TypeError("an integer is required");
    if (int_as_i64(int_value_of(args[0]), &proto) < 0) return 0;
    Value dict = obj_lookup_attr(self, S(__dict__));
    if (!dict) {
        if (exc_pending()) return 0;
        dict = NONE;
    }
    char tcs[2] = { AR(self)->typecode, 0 };
    Value tc = str_from_cstr(tcs), cls = OBJ_VAL(TYPE(self));
    if (proto < 3) {
        Value l = array_tolist_m(self, NULL, 0, 0);
        if (!l) return 0;
        return tuple_pack(3, cls, tuple_pack(2, tc, l), dict);
    }
    Value recon = module_attr("_array_reconstructor"), b = recon ? array_tobytes_m(self, NULL, 0, 0) : 0;
    if (!b) return 0;
    Value mf = MKSMALL(descr_for(AR(self)->typecode)->mformat);
    return tuple_pack(3, recon, tuple_pack(4, cls, tc, mf, b), dict);
}

static Value array_get_typecode(Value self)
{
    char tcs[2] = { AR(self)->typecode, 0 };
    return str_from_cstr(tcs);
}

static Value array_get_itemsize(Value self) { return MKSMALL(isz(self)); }

/* -- Iterator ------------------------------------------------------------------------------ */

static void ai_trace(Object *o, Visitor visit, void *ctx) { visit(AI(o)->arr, ctx); }

static Value array_iter(Value a)
{
    ArrayIter *it = (ArrayIter *)gc_alloc(T(array_iter), sizeof(ArrayIter));
    STORE(it, arr, a);
    return OBJ_VAL(it);
}

static Value ai_next(Value self)
{
    ArrayIter *it = AI(self);
    if (!it->arr) return 0;
    if (it->index < AR(it->arr)->size) return item_at(it->arr, it->index++);
    STORE(it, arr, 0);
    return 0;
}

static Value ai_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    return iter_reduce_seq(self, "iter", AI(self)->arr, MKSMALL(AI(self)->index), tuple_new(0));
}

static Value ai_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t i;
    if (iter_setstate_arg(self, args, nargs, kw, &i) < 0) return 0;
    if (AI(self)->arr) {
        if (i < 0) i = 0;
        if (i > AR(AI(self)->arr)->size) i = AR(AI(self)->arr)->size;
        AI(self)->index = i;
    }
    return NONE;
}

static Value ai_iter(Value self) { return self; }

static const MethodDef ai_methods[] = {
    {"__reduce__", ai_reduce, 0, "Return state information for pickling."},
    {"__setstate__", ai_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec array_iter_spec = {
    .name = "array.arrayiterator", .base = -1, .basicsize = sizeof(ArrayIter),
    .trace = ai_trace, .iter = ai_iter, .next = ai_next, .methods = ai_methods,
};

static const MethodDef array_methods[] = {
    {"append", array_append_m, 0, "Append new value v to the end of the array."},
    {"buffer_info", array_buffer_info_m, 0, "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents."},
    {"byteswap", array_byteswap_m, 0, "Byteswap all items of the array."},
    {"__copy__", array_copy_m, 0, "Return a copy of the array."},
    {"count", array_count_m, 0, "Return number of occurrences of v in the array."},
    {"__deepcopy__", array_deepcopy_m, 0, "Return a copy of the array."},
    {"extend", array_extend_m, 0, "Append items to the end of the array."},
    {"frombytes", array_frombytes_m, 0, "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."},
    {"fromfile", array_fromfile_m, 0, "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", array_fromlist_m, 0, "Append items to array from list."},
    {"fromunicode", array_fromunicode_m, 0, "Extends this array with data from the unicode string ustr."},
    {"index", array_index_m, 0, "Return index of first occurrence of v in the array."},
    {"insert", array_insert_m, 0, "Insert a new item v into the array before position i."},
    {"pop", array_pop_m, 0, "Return the i-th element and delete it from the array."},
    {"__reduce_ex__", array_reduce_ex_m, 0, "Return state information for pickling."},
    {"remove", array_remove_m, 0, "Remove the first occurrence of v in the array."},
    {"reverse", array_reverse_m, 0, "Reverse the order of the items in the array."},
    {"tofile", array_tofile_m, 0, "Write all items (as machine values) to the file object f."},
    {"tolist", array_tolist_m, 0, "Convert array to an ordinary list with the same items."},
    {"tobytes", array_tobytes_m, 0, "Convert the array to an array of machine values and return the bytes representation."},
    {"tounicode", array_tounicode_m, 0, "Extends this array with data from the unicode string ustr."},
    {"__sizeof__", array_sizeof_m, 0, "Size of the array in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef array_getsets[] = {
    {"typecode", array_get_typecode, NULL, "the typecode character used to create the array"},
    {"itemsize", array_get_itemsize, NULL, "the size, in bytes, of one array item"},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec array_spec = {
    .name = "array.array", .base = -1, .basicsize = sizeof(ArrayObj), .flags = TF_BASETYPE,
    .doc = "array(typecode [, initializer]) -> array\n\n"
           "Return a new array whose items are restricted by typecode, and\n"
           "initialized from the optional initializer value, which must be a list,\n"
           "string or iterable over elements of the appropriate type.\n\n"
           "Arrays represent basic values and behave very much like lists, except\n"
           "the type of objects stored in them is constrained. The type is specified\n"
           "at object creation time by using a type code, which is a single character.",
    .trace = array_trace, .repr = array_repr, .richcompare = array_richcompare,
    .iter = array_iter, .new_ = array_new,
    .nb_add = array_concat, .nb_mul = array_repeat, .nb_iadd = array_inplace_concat,
    .nb_imul = array_inplace_repeat,
    .len = array_len, .getitem = array_getitem, .setitem = array_setitem, .contains = array_contains,
    .getbuffer = array_getbuffer, .buffer_export = array_export,
    .methods = array_methods, .getsets = array_getsets,
};

/* -- _array_reconstructor(arraytype, typecode, mformat_code, items) ------------------------- */

/* A new arraytype(typecode, initializer) without running __init__. */
static Value make_array(Value cls, char tc, Value init)
{
    char tcs[2] = { tc, 0 };
    Value args[2] = { str_from_cstr(tcs), init };
    return array_new(AS(Type, cls), args, 2, 0);
}

static Value m_reconstructor(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("_array_reconstructor", kw) < 0 || args_count("_array_reconstructor", nargs, 4, 4) < 0) return 0;
    Value cls = args[0], tcv = args[1], mfv = args[2], data = args[3];
    if (!IS_TYPEOBJ(cls)) return raise_TypeError("first argument must be a type object, not %T", cls);
    if (!type_is_subtype(AS(Type, cls), T(array)))
        return raise_TypeError("%N is not a subtype of array.array", AS(Type, cls));
    if (!IS_STR(tcv) || STR_LEN(tcv) != 1)
        return raise_TypeError("_array_reconstructor() argument 2 must be a unicode character, not %T", tcv);
    if (!IS_INT(mfv)) return raise_TypeError("'%s' object cannot be interpreted as an integer", TYPE_NAME(mfv));
    int64_t mf;
    if (int_as_i64(int_value_of(mfv), &mf) < 0) return 0;
    if (!IS_TYPE(data, bytes)) return raise_TypeError("fourth argument should be bytes, not %T", data);
    uint32_t c = str_char_at(tcv, 0);
    const Descr *d = c < 128 ? descr_for((char)c) : NULL;
    if (!d) return raise_ValueError("second argument must be a valid type code");
    if (mf < MF_U8 || mf > MF_MAX) return raise_ValueError("third argument must be a valid machine format code.");
    if (mf == d->mformat) return make_array(cls, d->code, data);
    const unsigned char *p = (const unsigned char *)BYTES_DATA(data);
    int64_t n = BYTES_SIZE(data);
    bool big = mf & 1;
    Value conv;
    if (mf >= MF_F32 && mf <= MF_F64 + 1) {             /* IEEE 754 floats */
        int sz = mf >= MF_F64 ? 8 : 4;
        if (n % sz) return raise_ValueError("string length not a multiple of item size");
        conv = list_new(0);
        for (int64_t off = 0; off + sz <= n; off += sz) {
            unsigned char b[8];
            for (int k = 0; k < sz; k++) b[k] = p[off + (big ? sz - 1 - k : k)];
            double x;
            if (sz == 4) { float f; memcpy(&f, b, 4); x = f; } else memcpy(&x, b, 8);
            if (list_append(conv, float_new(x)) < 0) return 0;
        }
    } else if (mf >= MF_UTF16) {                        /* UTF-16 / UTF-32 text */
        const char *enc = mf == MF_UTF16 ? "utf-16-le" : mf == MF_UTF16 + 1 ? "utf-16-be" :
                          mf == MF_UTF32 ? "utf-32-le" : "utf-32-be";
        if (n % (mf < MF_UTF32 ? 4 : 8))                /* CPython's table: 4 and 8 bytes */
            return raise_ValueError("string length not a multiple of item size");
        conv = str_decode((const char *)p, (size_t)n, enc, "strict");
        if (!conv) return 0;
    } else {                                            /* integers */
        int sz = mf <= MF_S8 ? 1 : mf <= MF_S16 + 1 ? 2 : mf <= MF_S32 + 1 ? 4 : 8;
        bool is_signed = sz == 1 ? mf == MF_S8 : (mf - (sz == 2 ? MF_U16 : sz == 4 ? MF_U32 : MF_U64)) >= 2;
        if (n % sz) return raise_ValueError("string length not a multiple of item size");
        char tc = 0;
        for (size_t i = 0; i < ARRAY_LEN(descrs); i++)
            if ((descrs[i].kind == 's' || descrs[i].kind == 'u') && descrs[i].size == sz &&
                (descrs[i].kind == 's') == is_signed)
                tc = descrs[i].code;
        conv = list_new(0);
        for (int64_t off = 0; off < n; off += sz) {
            Value x = int_from_bytes(p + off, (size_t)sz, !big, is_signed);
            if (!x || list_append(conv, x) < 0) return 0;
        }
        return make_array(cls, tc, conv);
    }
    return make_array(cls, d->code, conv);
}

static const MethodDef array_module_methods[] = {
    {"_array_reconstructor", m_reconstructor, 0, "Internal. Used for pickling support."},
    {NULL, NULL, 0, NULL},
};

static int array_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (dict_set_cstr(d, "array", OBJ_VAL(T(array))) < 0 || dict_set_cstr(d, "ArrayType", OBJ_VAL(T(array))) < 0 ||
        dict_set_cstr(d, "typecodes", str_from_cstr("bBuhHiIlLqQfd")) < 0)
        return -1;
    /* collections.abc.MutableSequence.register(array), as CPython */
    Value abc = import_module(str_from_cstr("collections.abc"));
    Value ms = abc ? obj_getattr_cstr(abc, "MutableSequence") : 0;
    Value cls = OBJ_VAL(T(array));
    if (!ms || !obj_call_method(ms, str_from_cstr("register"), &cls, 1)) return -1;
    return 0;
}

const ModuleDef array_module = {
    "array",
    "This module defines an object type which can efficiently represent\n"
    "an array of basic values: characters, integers, floating point\n"
    "numbers.  Arrays are sequence types and behave very much like lists,\n"
    "except that the type of objects stored in them is constrained.\n",
    array_module_methods, array_exec,
};
