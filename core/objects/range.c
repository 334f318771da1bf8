/* kiln: range, its iterator, and slice.
 * A range keeps its bounds and length as int Values (any size, as CPython's)
 * and, when all four fit in int64 (`small`), int64 copies that every fast
 * path uses; a big range goes through int arithmetic.  A range iterator is
 * int64 too unless its values leave int64.  slice_indices is CPython's
 * PySlice_Unpack + PySlice_AdjustIndices. */
#include "core.h"

typedef struct Range {
    Object hdr;
    bool small;                       /* start, stop, step, len all fit int64 */
    int64_t start, stop, step, len;
    Value vstart, vstop, vstep, vlen; /* plain ints */
} Range;
typedef struct RangeIter {
    Object hdr;
    int64_t start, step, len, index;
    Value vstart, vstep;              /* 0 when the int64 fields are exact */
} RangeIter;
typedef struct Slice { Object hdr; Value start, stop, step; } Slice;

#define RG(v) ((Range *)(v))
#define SL(v) ((Slice *)(v))

static bool has_index(Value v)
{
    if (IS_INT(v)) return true;
    Type *t = TYPE(v);
    if (!t->nb_index) return false;
    return !(t->flags & TF_HEAPTYPE) || type_lookup(t, S(__index__));
}

static bool fits(Value v, int64_t *out)
{
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return true; }
    if (int_as_i64(v, out) == 0) return true;
    exc_clear();
    return false;
}

/* -- range ------------------------------------------------------------------------ */

static Value big_length(Value lo, Value hi, Value step)
{
    if (int_sign(step) > 0) {
        if (int_compare(lo, hi) >= 0) return MKSMALL(0);
        Value d = int_sub(int_sub(hi, lo), MKSMALL(1));
        return d ? int_add(int_floordiv(d, step), MKSMALL(1)) : 0;
    }
    if (int_compare(lo, hi) <= 0) return MKSMALL(0);
    Value d = int_sub(int_sub(lo, hi), MKSMALL(1));
    return d ? int_add(int_floordiv(d, int_neg(step)), MKSMALL(1)) : 0;
}

static Value range_make_v(Value start, Value stop, Value step)
{
    Range *r = (Range *)gc_alloc(T(range), sizeof(Range));
    r->vstart = start;
    r->vstop = stop;
    r->vstep = step;
    if (fits(start, &r->start) && fits(stop, &r->stop) && fits(step, &r->step)) {
        int64_t lo = r->start, hi = r->stop, st = r->step;
        __int128 n = 0;
        if (st > 0 && lo < hi) n = ((__int128)hi - lo - 1) / st + 1;
        else if (st < 0 && lo > hi) n = ((__int128)lo - hi - 1) / -(__int128)st + 1;
        if (n <= INT64_MAX) {
            r->len = (int64_t)n;
            r->vlen = int_from_i64(r->len);
            r->small = true;
            return OBJ_VAL(r);
        }
    }
    Value len = big_length(start, stop, step);
    if (!len) return 0;
    r->vlen = len;
    r->small = false;
    return OBJ_VAL(r);
}

Value range_new(int64_t start, int64_t stop, int64_t step)
{
    return range_make_v(int_from_i64(start), int_from_i64(stop), int_from_i64(step));
}

static Value as_int(Value v)
{
    if (IS_SMALL(v)) return v;
    Value i = obj_index(v);
    return i ? int_value_of(i) : 0;
}

static Value range_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("range", kw) < 0) return 0;
    if (nargs == 0) return raise_TypeError("range expected at least 1 argument, got 0");
    if (nargs > 3) return raise_TypeError("range expected at most 3 arguments, got %zu", nargs);
    Value start = MKSMALL(0), stop, step = MKSMALL(1);
    if (nargs == 1) {
        if (!(stop = as_int(args[0]))) return 0;
    } else {
        if (!(start = as_int(args[0])) || !(stop = as_int(args[1]))) return 0;
        if (nargs == 3) {
            if (!(step = as_int(args[2]))) return 0;
            if (int_sign(step) == 0) return raise_ValueError("range() arg 3 must not be zero");
        }
    }
    return range_make_v(start, stop, step);
}

static Value range_repr(Value self)
{
    Range *r = RG(self);
    if (r->small) {
        if (r->step == 1) return str_fmt("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
        return str_fmt("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
    }
    if (r->vstep == MKSMALL(1)) return str_fmt("range(%R, %R)", r->vstart, r->vstop);
    return str_fmt("range(%R, %R, %R)", r->vstart, r->vstop, r->vstep);
}

static int64_t range_len(Value self)
{
    Range *r = RG(self);
    int64_t n;
    if (r->small) return r->len;
    if (fits(r->vlen, &n)) return n;
    raise_OverflowError("Python int too large to convert to C ssize_t");
    return -1;
}

static int range_bool(Value self) { return RG(self)->small ? RG(self)->len != 0 : int_sign(RG(self)->vlen) != 0; }

/* start + i * step, i a plain int */
static Value big_item(Range *r, Value i) { return int_add(r->vstart, int_mul(i, r->vstep)); }

static inline Value item_at(Range *r, int64_t i)
{
    if (r->small) return int_from_i64(r->start + i * r->step);
    return big_item(r, int_from_i64(i));
}

/* Is v an exact int (or bool)? Those get the O(1) membership test. */
static bool exact_int(Value v) { return IS_SMALL(v) || IS_TYPE(v, int) || (IS_OBJ(v) && AS_OBJ(v)->type == &R->t_bool); }

/* O(1) membership of an exact int: 1/0 (-1 error), with *idx its position. */
static int int_in_range(Range *r, Value v, Value *idx)
{
    int64_t x;
    if (r->small && fits(v, &x)) {
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
        __int128 d = (__int128)x - r->start;
        if (d % r->step) return 0;
        if (idx) *idx = int_from_i64((int64_t)(d / r->step));
        return 1;
    }
    v = int_value_of(v);
    if (int_sign(r->vstep) > 0 ? (int_compare(v, r->vstart) < 0 || int_compare(v, r->vstop) >= 0)
                               : (int_compare(v, r->vstart) > 0 || int_compare(v, r->vstop) <= 0))
        return 0;
    Value d = int_sub(v, r->vstart);
    Value m = d ? int_mod(d, r->vstep) : 0;
    if (!m) return -1;
    if (int_sign(m) != 0) return 0;
    if (idx && !(*idx = int_floordiv(d, r->vstep))) return -1;
    return 1;
}

static int range_contains(Value self, Value v)
{
    Range *r = RG(self);
    if (exact_int(v)) return int_in_range(r, v, NULL);
    int64_t n = range_len(self);
    if (n < 0) return -1;
    for (int64_t i = 0; i < n; i++) {
        Value x = item_at(r, i);
        if (!x) return -1;
        int c = obj_eq(x, v);
        if (c) return c;
    }
    return 0;
}

/* CPython's _PySlice_GetLongIndices: a slice against a length of any size. */
static Value slice_bound(Value v)
{
    if (IS_SMALL(v)) return v;
    if (!has_index(v)) {
        raise_TypeError("slice indices must be integers or None or have an __index__ method");
        return 0;
    }
    return as_int(v);
}

static int long_slice(Slice *s, Value length, Value *start, Value *stop, Value *step)
{
    Value st = MKSMALL(1);
    if (s->step != NONE) {
        if (!(st = slice_bound(s->step))) return -1;
        if (int_sign(st) == 0) { raise_ValueError("slice step cannot be zero"); return -1; }
    }
    bool neg = int_sign(st) < 0;
    Value lower = neg ? MKSMALL(-1) : MKSMALL(0);
    Value upper = neg ? int_sub(length, MKSMALL(1)) : length;
    Value v[2];
    Value src[2] = {s->start, s->stop};
    for (int k = 0; k < 2; k++) {
        if (src[k] == NONE) {
            v[k] = (k == 0) == neg ? upper : lower;
            continue;
        }
        Value x = slice_bound(src[k]);
        if (!x) return -1;
        if (int_sign(x) < 0) {
            x = int_add(x, length);
            if (int_compare(x, lower) < 0) x = lower;
        } else if (int_compare(x, upper) > 0) {
            x = upper;
        }
        v[k] = x;
    }
    *start = v[0];
    *stop = v[1];
    *step = st;
    return 0;
}

static Value range_getitem(Value self, Value key)
{
    Range *r = RG(self);
    if (IS_TYPE(key, slice)) {
        if (r->small) {
            int64_t start, stop, step, len;
            if (slice_indices(key, r->len, &start, &stop, &step, &len) < 0) return 0;
            __int128 ns = (__int128)r->start + (__int128)start * r->step;
            __int128 ne = (__int128)r->start + (__int128)stop * r->step;
            __int128 st = (__int128)r->step * step;
            if (ns >= INT64_MIN && ns <= INT64_MAX && ne >= INT64_MIN && ne <= INT64_MAX &&
                st >= INT64_MIN && st <= INT64_MAX)
                return range_new((int64_t)ns, (int64_t)ne, (int64_t)st);
            return range_make_v(big_item(r, int_from_i64(start)), big_item(r, int_from_i64(stop)),
                                int_mul(r->vstep, int_from_i64(step)));
        }
        Value a, b, st;
        if (long_slice(SL(key), r->vlen, &a, &b, &st) < 0) return 0;
        Value ns = big_item(r, a), ne = big_item(r, b), nst = int_mul(r->vstep, st);
        if (!ns || !ne || !nst) return 0;
        return range_make_v(ns, ne, nst);
    }
    if (r->small && IS_SMALL(key)) {
        int64_t i = SMALL_VAL(key);
        if (i < 0) i += r->len;
        if ((uint64_t)i >= (uint64_t)r->len) return raise_IndexError("range object index out of range");
        return int_from_i64(r->start + i * r->step);
    }
    if (!has_index(key)) return raise_TypeError("range indices must be integers or slices, not %T", key);
    Value i = as_int(key);
    if (!i) return 0;
    if (int_sign(i) < 0) i = int_add(i, r->vlen);
    if (int_sign(i) < 0 || int_compare(i, r->vlen) >= 0) return raise_IndexError("range object index out of range");
    return big_item(r, i);
}

static Value range_richcompare(Value a, Value b, int op)
{
    if (!IS_TYPE(a, range) || !IS_TYPE(b, range) || (op != CMP_EQ && op != CMP_NE)) return NOTIMPL;
    Range *x = RG(a), *y = RG(b);
    int eq;
    if (x == y) eq = 1;
    else if ((eq = obj_eq(x->vlen, y->vlen)) <= 0) {}
    else if (int_sign(x->vlen) == 0) eq = 1;
    else if ((eq = obj_eq(x->vstart, y->vstart)) <= 0) {}
    else if (x->vlen == MKSMALL(1)) eq = 1;
    else eq = obj_eq(x->vstep, y->vstep);
    if (eq < 0) return 0;
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static int range_hash(Value self, int64_t *out)
{
    Range *r = RG(self);
    Value t;
    if (int_sign(r->vlen) == 0) t = tuple_pack(3, r->vlen, NONE, NONE);
    else if (r->vlen == MKSMALL(1)) t = tuple_pack(3, r->vlen, r->vstart, NONE);
    else t = tuple_pack(3, r->vlen, r->vstart, r->vstep);
    return obj_hash(t, out);
}

/* An iterator over start, start+step, ... (len items). */
static Value range_iter_make(Value vstart, Value vstep, Value vlen)
{
    RangeIter *it = (RangeIter *)gc_alloc(T(range_iter), sizeof(RangeIter));
    bool len_fits = fits(vlen, &it->len);
    if (!len_fits) it->len = INT64_MAX;
    int64_t a, b;
    bool small = len_fits && fits(vstart, &a) && fits(vstep, &b);
    if (small && it->len > 0) {
        __int128 last = (__int128)a + (__int128)(it->len - 1) * b;
        small = last >= INT64_MIN && last <= INT64_MAX;
    }
    if (small) {
        it->start = a;
        it->step = b;
    } else {
        it->vstart = vstart;
        it->vstep = vstep;
        it->hdr.type = T(longrange_iter);
    }
    return OBJ_VAL(it);
}

static Value range_iter(Value self)
{
    Range *r = RG(self);
    return range_iter_make(r->vstart, r->vstep, r->vlen);
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kw)
{
    Range *r = RG(self);
    if (int_sign(r->vlen) == 0) return range_iter_make(r->vstart, MKSMALL(1), MKSMALL(0));
    Value last = big_item(r, int_sub(r->vlen, MKSMALL(1)));
    Value nstep = int_neg(r->vstep);
    if (!last || !nstep) return 0;
    return range_iter_make(last, nstep, r->vlen);
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("count", kw) < 0) return 0;
    if (nargs != 1) return raise_TypeError("range.count() takes exactly one argument (%zu given)", nargs);
    Range *r = RG(self);
    if (exact_int(args[0])) {
        int c = int_in_range(r, args[0], NULL);
        return c < 0 ? 0 : MKSMALL(c);
    }
    int64_t n = range_len(self), c = 0;
    if (n < 0) return 0;
    for (int64_t i = 0; i < n; i++) {
        int e = obj_eq(item_at(r, i), args[0]);
        if (e < 0) return 0;
        c += e;
    }
    return MKSMALL(c);
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("index", kw) < 0) return 0;
    if (nargs != 1) return raise_TypeError("range.index() takes exactly one argument (%zu given)", nargs);
    Range *r = RG(self);
    Value idx;
    if (exact_int(args[0])) {
        int c = int_in_range(r, args[0], &idx);
        if (c < 0) return 0;
        if (c) return idx;
        return raise_ValueError("%R is not in range", args[0]);
    }
    int64_t n = range_len(self);
    if (n < 0) return 0;
    for (int64_t i = 0; i < n; i++) {
        int e = obj_eq(item_at(r, i), args[0]);
        if (e < 0) return 0;
        if (e) return int_from_i64(i);
    }
    return raise_ValueError("sequence.index(x): x not in sequence");
}

static Value m_range_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Range *r = RG(self);
    return tuple_pack(2, OBJ_VAL(T(range)), tuple_pack(3, r->vstart, r->vstop, r->vstep));
}

static Value get_start(Value self) { return RG(self)->vstart; }
static Value get_stop(Value self) { return RG(self)->vstop; }
static Value get_step(Value self) { return RG(self)->vstep; }

/* -- range iterator ---------------------------------------------------------------- */

static Value iter_self(Value self) { return self; }

static Value range_iter_next(Value self)
{
    RangeIter *it = (RangeIter *)self;
    if (it->index >= it->len) return 0;
    int64_t i = it->index++;
    if (LIKELY(!it->vstart)) {
        int64_t v = it->start + i * it->step;
        return LIKELY(SMALL_FITS(v)) ? MKSMALL(v) : int_from_i64(v);
    }
    return int_add(it->vstart, int_mul(int_from_i64(i), it->vstep));
}

static Value range_iter_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    RangeIter *it = (RangeIter *)self;
    return int_from_i64(it->len - it->index);
}

static Value range_iter_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    RangeIter *it = (RangeIter *)self;
    Value start = it->vstart ? it->vstart : int_from_i64(it->start);
    Value step = it->vstart ? it->vstep : int_from_i64(it->step);
    Value stop = int_add(start, int_mul(int_from_i64(it->len), step));
    if (!stop) return 0;
    Value a[3] = { start, stop, step };
    Value r = obj_call(OBJ_VAL(T(range)), a, 3, 0);
    if (!r) return 0;
    return iter_reduce_seq(self, "iter", r, int_from_i64(it->index), 0);
}

static Value range_iter_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    RangeIter *it = (RangeIter *)self;
    int64_t i;
    if (nargs == 1 && !(kw && TUPLE_SIZE(kw)) && IS_INT(args[0]) && !IS_SMALL(int_value_of(args[0]))) {
        if (TYPE(self) == T(range_iter)) return raise_OverflowError("Python int too large to convert to C long");
        i = int_sign(args[0]) < 0 ? 0 : it->len;       /* longrange_iterator clips any int */
    } else if (nargs == 1 && !(kw && TUPLE_SIZE(kw)) && !IS_INT(args[0]) && TYPE(self) == T(range_iter)) {
        Value v = obj_index(args[0]);                  /* PyLong_AsLong: through __index__ */
        if (!v) return 0;
        if (!IS_SMALL(v)) return raise_OverflowError("Python int too large to convert to C long");
        i = SMALL_VAL(v);
    } else if (iter_setstate_arg(self, args, nargs, kw, &i) < 0) return 0;
    it->index = i < 0 ? 0 : i > it->len ? it->len : i;
    return NONE;
}

/* -- slice -------------------------------------------------------------------------- */

Value slice_new(Value start, Value stop, Value step)
{
    Slice *s = (Slice *)gc_alloc(T(slice), sizeof(Slice));
    s->start = start ? start : NONE;
    s->stop = stop ? stop : NONE;
    s->step = step ? step : NONE;
    return OBJ_VAL(s);
}

/* _PyEval_SliceIndex: an index clamped to int64. */
static int slice_index(Value v, int64_t *out)
{
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    if (!has_index(v)) {
        raise_TypeError("slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Value i = obj_index(v);
    if (!i) return -1;
    if (IS_SMALL(i)) { *out = SMALL_VAL(i); return 0; }
    if (int_as_i64(i, out) < 0) {
        if (!exc_matches(E(OverflowError))) return -1;
        exc_clear();
        *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    }
    return 0;
}

int slice_indices(Value slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelen)
{
    Slice *s = SL(slice);
    int64_t st = 1, a, b;
    if (s->step != NONE) {
        if (slice_index(s->step, &st) < 0) return -1;
        if (st == 0) { raise_ValueError("slice step cannot be zero"); return -1; }
        if (st < -INT64_MAX) st = -INT64_MAX;
    }
    if (s->start == NONE) a = st < 0 ? INT64_MAX : 0;
    else if (slice_index(s->start, &a) < 0) return -1;
    if (s->stop == NONE) b = st < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_index(s->stop, &b) < 0) return -1;
    if (a < 0) { a += length; if (a < 0) a = st < 0 ? -1 : 0; }
    else if (a >= length) a = st < 0 ? length - 1 : length;
    if (b < 0) { b += length; if (b < 0) b = st < 0 ? -1 : 0; }
    else if (b >= length) b = st < 0 ? length - 1 : length;
    int64_t n = 0;
    if (st < 0) { if (b < a) n = (a - b - 1) / (-st) + 1; }
    else if (a < b) n = (b - a - 1) / st + 1;
    *start = a;
    *stop = b;
    *step = st;
    if (slicelen) *slicelen = n;
    return 0;
}

static Value slice_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("slice", kw) < 0) return 0;
    if (nargs == 0) return raise_TypeError("slice expected at least 1 argument, got 0");
    if (nargs > 3) return raise_TypeError("slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return slice_new(NONE, args[0], NONE);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NONE);
}

static Value slice_repr(Value self)
{
    Slice *s = SL(self);
    return str_fmt("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Value slice_richcompare(Value a, Value b, int op)
{
    if (!IS_TYPE(a, slice) || !IS_TYPE(b, slice)) return NOTIMPL;
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return BOOL_V(op == CMP_EQ);
    Value x = tuple_pack(3, SL(a)->start, SL(a)->stop, SL(a)->step);
    Value y = tuple_pack(3, SL(b)->start, SL(b)->stop, SL(b)->step);
    return obj_richcompare(x, y, op);
}

static Value m_indices(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("indices", kw) < 0) return 0;
    if (nargs != 1) return raise_TypeError("slice.indices() takes exactly one argument (%zu given)", nargs);
    Value lv = as_int(args[0]);
    if (!lv) return 0;
    if (int_sign(lv) < 0) return raise_ValueError("length should not be negative");
    int64_t len;
    if (!fits(lv, &len)) {
        Value a, b, st;
        if (long_slice(SL(self), lv, &a, &b, &st) < 0) return 0;
        return tuple_pack(3, a, b, st);
    }
    int64_t a, b, st;
    if (slice_indices(self, len, &a, &b, &st, NULL) < 0) return 0;
    return tuple_pack(3, int_from_i64(a), int_from_i64(b), int_from_i64(st));
}

static Value m_slice_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Slice *s = SL(self);
    return tuple_pack(2, OBJ_VAL(T(slice)), tuple_pack(3, s->start, s->stop, s->step));
}

static Value sl_start(Value self) { return SL(self)->start; }
static Value sl_stop(Value self) { return SL(self)->stop; }
static Value sl_step(Value self) { return SL(self)->step; }

/* -- Type objects --------------------------------------------------------------------- */

static const MethodDef range_methods[] = {
    {"count", m_count, METH_O, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, METH_O, "rangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", m_reversed, METH_NOARGS, "Return a reverse iterator."},
    {"__reduce__", m_range_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef range_getsets[] = {
    {"start", get_start, NULL, NULL, true},
    {"stop", get_stop, NULL, NULL, true},
    {"step", get_step, NULL, NULL, true},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec range_spec = {
    .name = "range", .base = -1, .basicsize = sizeof(Range), .flags = TF_IMMUTABLE,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
    .repr = range_repr, .hash = range_hash, .richcompare = range_richcompare,
    .iter = range_iter, .new_ = range_new_, .nb_bool = range_bool,
    .len = range_len, .getitem = range_getitem, .contains = range_contains,
    .methods = range_methods, .getsets = range_getsets,
};

static const MethodDef range_iter_methods[] = {
    {"__length_hint__", range_iter_length_hint, METH_NOARGS, NULL},
    {"__reduce__", range_iter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", range_iter_setstate, METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec range_iter_spec = {
    .name = "range_iterator", .base = -1, .basicsize = sizeof(RangeIter), .flags = TF_IMMUTABLE,
    .iter = iter_self, .next = range_iter_next, .methods = range_iter_methods,
};

const TypeSpec longrange_iter_spec = {
    .name = "longrange_iterator", .base = -1, .basicsize = sizeof(RangeIter), .flags = TF_IMMUTABLE,
    .iter = iter_self, .next = range_iter_next, .methods = range_iter_methods,
};

static const MethodDef slice_methods[] = {
    {"indices", m_indices, METH_O, "S.indices(len) -> (start, stop, stride)"},
    {"__reduce__", m_slice_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef slice_getsets[] = {
    {"start", sl_start, NULL, NULL, true},
    {"stop", sl_stop, NULL, NULL, true},
    {"step", sl_step, NULL, NULL, true},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec slice_spec = {
    .name = "slice", .base = -1, .basicsize = sizeof(Slice), .flags = TF_IMMUTABLE,
    .doc = "slice(stop)\nslice(start, stop[, step])",
    .repr = slice_repr, .richcompare = slice_richcompare, .new_ = slice_new_,
    .methods = slice_methods, .getsets = slice_getsets,
};
