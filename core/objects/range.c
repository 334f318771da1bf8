/* kiln: range, its iterator, and slice.
 * A range keeps int64 bounds (an int outside int64 raises OverflowError at
 * construction, where CPython would accept it) and its length; a length past
 * int64 is marked -1 and len() raises as CPython does for ssize_t overflow.
 * slice_indices is CPython's PySlice_Unpack + PySlice_AdjustIndices. */
#include "core.h"

typedef struct Range { Object hdr; int64_t start, stop, step, len; } Range;
typedef struct RangeIter { Object hdr; int64_t start, step, len, index; } RangeIter;
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

/* -- range ------------------------------------------------------------------------ */

static int64_t range_length(int64_t lo, int64_t hi, int64_t step)
{
    __int128 n = 0;
    if (step > 0 && lo < hi) n = ((__int128)hi - lo - 1) / step + 1;
    else if (step < 0 && lo > hi) n = ((__int128)lo - hi - 1) / -(__int128)step + 1;
    return n > INT64_MAX ? -1 : (int64_t)n;
}

static Value range_make(int64_t start, int64_t stop, int64_t step)
{
    Range *r = (Range *)gc_alloc(T(range), sizeof(Range));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return OBJ_VAL(r);
}

Value range_new(int64_t start, int64_t stop, int64_t step) { return range_make(start, stop, step); }

static int as_i64(Value v, int64_t *out)
{
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    Value i = obj_index(v);
    if (!i) return -1;
    return int_as_i64(i, out);
}

static Value range_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("range", kw) < 0) return 0;
    if (nargs == 0) return raise_TypeError("range expected at least 1 argument, got 0");
    if (nargs > 3) return raise_TypeError("range expected at most 3 arguments, got %zu", nargs);
    int64_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (as_i64(args[0], &stop) < 0) return 0;
    } else {
        if (as_i64(args[0], &start) < 0 || as_i64(args[1], &stop) < 0) return 0;
        if (nargs == 3) {
            if (as_i64(args[2], &step) < 0) return 0;
            if (step == 0) return raise_ValueError("range() arg 3 must not be zero");
        }
    }
    return range_make(start, stop, step);
}

static Value range_repr(Value self)
{
    Range *r = RG(self);
    if (r->step == 1) return str_fmt("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_fmt("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
}

static int64_t range_len(Value self)
{
    if (RG(self)->len < 0) {
        raise_OverflowError("Python int too large to convert to C ssize_t");
        return -1;
    }
    return RG(self)->len;
}

static int range_bool(Value self) { return RG(self)->len != 0; }

static inline Value item_at(Range *r, int64_t i) { return int_from_i64(r->start + i * r->step); }

/* Is v an exact int (or bool)? Those get the O(1) membership test. */
static bool exact_int(Value v) { return IS_SMALL(v) || IS_TYPE(v, int) || (IS_OBJ(v) && AS_OBJ(v)->type == &R->t_bool); }

/* O(1) membership of an exact int: 1/0, with *idx its position. */
static int int_in_range(Range *r, Value v, int64_t *idx)
{
    int64_t x;
    if (IS_SMALL(v)) x = SMALL_VAL(v);
    else if (int_as_i64(v, &x) < 0) { exc_clear(); return 0; }
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
    __int128 d = (__int128)x - r->start;
    if (d % r->step) return 0;
    if (idx) *idx = (int64_t)(d / r->step);
    return 1;
}

static int range_contains(Value self, Value v)
{
    Range *r = RG(self);
    if (exact_int(v)) return int_in_range(r, v, NULL);
    for (int64_t i = 0; i < r->len; i++) {
        int c = obj_eq(item_at(r, i), v);
        if (c) return c;
    }
    return 0;
}

static Value range_getitem(Value self, Value key)
{
    Range *r = RG(self);
    if (IS_TYPE(key, slice)) {
        int64_t start, stop, step, len;
        if (r->len < 0) return raise_OverflowError("Python int too large to convert to C ssize_t");
        if (slice_indices(key, r->len, &start, &stop, &step, &len) < 0) return 0;
        __int128 ns = (__int128)r->start + (__int128)start * r->step;
        __int128 ne = (__int128)r->start + (__int128)stop * r->step;
        __int128 st = (__int128)r->step * step;
        if (ns < INT64_MIN || ns > INT64_MAX || ne < INT64_MIN || ne > INT64_MAX || st < INT64_MIN || st > INT64_MAX)
            return raise_OverflowError("Python int too large to convert to C long");
        Range *o = RG(range_make((int64_t)ns, (int64_t)ne, (int64_t)st));
        o->len = len;
        return OBJ_VAL(o);
    }
    int64_t i;
    if (IS_SMALL(key)) i = SMALL_VAL(key);
    else if (has_index(key)) {
        if (obj_as_ssize(key, &i, E(IndexError)) < 0) return 0;
    } else {
        return raise_TypeError("range indices must be integers or slices, not %T", key);
    }
    if (i < 0) i += r->len;
    if (i < 0 || (r->len >= 0 && i >= r->len)) return raise_IndexError("range object index out of range");
    return item_at(r, i);
}

static Value range_richcompare(Value a, Value b, int op)
{
    if (!IS_TYPE(a, range) || !IS_TYPE(b, range) || (op != CMP_EQ && op != CMP_NE)) return NOTIMPL;
    Range *x = RG(a), *y = RG(b);
    bool eq;
    if (x == y) eq = true;
    else if (x->len != y->len) eq = false;
    else if (x->len == 0) eq = true;
    else if (x->start != y->start) eq = false;
    else if (x->len == 1) eq = true;
    else eq = x->step == y->step;
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static int range_hash(Value self, int64_t *out)
{
    Range *r = RG(self);
    Value len = int_from_i64(r->len);
    Value t;
    if (r->len == 0) t = tuple_pack(3, len, NONE, NONE);
    else if (r->len == 1) t = tuple_pack(3, len, int_from_i64(r->start), NONE);
    else t = tuple_pack(3, len, int_from_i64(r->start), int_from_i64(r->step));
    return obj_hash(t, out);
}

static Value range_iter_make(int64_t start, int64_t step, int64_t len)
{
    RangeIter *it = (RangeIter *)gc_alloc(T(range_iter), sizeof(RangeIter));
    it->start = start;
    it->step = step;
    it->len = len;
    return OBJ_VAL(it);
}

static Value range_iter(Value self)
{
    Range *r = RG(self);
    if (r->len < 0) return raise_OverflowError("Python int too large to convert to C long");
    return range_iter_make(r->start, r->step, r->len);
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kw)
{
    Range *r = RG(self);
    if (r->len < 0 || r->step == INT64_MIN) return raise_OverflowError("Python int too large to convert to C long");
    if (r->len == 0) return range_iter_make(r->start, -r->step, 0);
    return range_iter_make(r->start + (r->len - 1) * r->step, -r->step, r->len);
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("count", kw) < 0) return 0;
    if (nargs != 1) return raise_TypeError("range.count() takes exactly one argument (%zu given)", nargs);
    Range *r = RG(self);
    if (exact_int(args[0])) return MKSMALL(int_in_range(r, args[0], NULL));
    int64_t c = 0;
    for (int64_t i = 0; i < r->len; i++) {
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
    int64_t idx;
    if (exact_int(args[0])) {
        if (int_in_range(r, args[0], &idx)) return int_from_i64(idx);
        return raise_ValueError("%R is not in range", args[0]);
    }
    for (int64_t i = 0; i < r->len; i++) {
        int e = obj_eq(item_at(r, i), args[0]);
        if (e < 0) return 0;
        if (e) return int_from_i64(i);
    }
    return raise_ValueError("sequence.index(x): x not in sequence");
}

static Value get_start(Value self) { return int_from_i64(RG(self)->start); }
static Value get_stop(Value self) { return int_from_i64(RG(self)->stop); }
static Value get_step(Value self) { return int_from_i64(RG(self)->step); }

/* -- range iterator ---------------------------------------------------------------- */

static Value iter_self(Value self) { return self; }

static Value range_iter_next(Value self)
{
    RangeIter *it = (RangeIter *)self;
    if (it->index < it->len) {
        int64_t v = it->start + it->index++ * it->step;
        return LIKELY(SMALL_FITS(v)) ? MKSMALL(v) : int_from_i64(v);
    }
    return 0;
}

static Value range_iter_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    RangeIter *it = (RangeIter *)self;
    return int_from_i64(it->len - it->index);
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
    Value lv = obj_index(args[0]);
    if (!lv) return 0;
    int64_t len;
    if (int_as_i64(lv, &len) < 0) return 0;
    if (len < 0) return raise_ValueError("length should not be negative");
    int64_t a, b, st;
    if (slice_indices(self, len, &a, &b, &st, NULL) < 0) return 0;
    return tuple_pack(3, int_from_i64(a), int_from_i64(b), int_from_i64(st));
}

static Value sl_start(Value self) { return SL(self)->start; }
static Value sl_stop(Value self) { return SL(self)->stop; }
static Value sl_step(Value self) { return SL(self)->step; }

/* -- Type objects --------------------------------------------------------------------- */

static const MethodDef range_methods[] = {
    {"count", m_count, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, 0, "rangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef range_getsets[] = {
    {"start", get_start, NULL, NULL},
    {"stop", get_stop, NULL, NULL},
    {"step", get_step, NULL, NULL},
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
    {"__length_hint__", range_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeSpec range_iter_spec = {
    .name = "range_iterator", .base = -1, .basicsize = sizeof(RangeIter), .flags = TF_IMMUTABLE,
    .iter = iter_self, .next = range_iter_next, .methods = range_iter_methods,
};

static const MethodDef slice_methods[] = {
    {"indices", m_indices, 0, "S.indices(len) -> (start, stop, stride)"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef slice_getsets[] = {
    {"start", sl_start, NULL, NULL},
    {"stop", sl_stop, NULL, NULL},
    {"step", sl_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec slice_spec = {
    .name = "slice", .base = -1, .basicsize = sizeof(Slice), .flags = TF_IMMUTABLE,
    .doc = "slice(stop)\nslice(start, stop[, step])",
    .repr = slice_repr, .richcompare = slice_richcompare, .new_ = slice_new_,
    .methods = slice_methods, .getsets = slice_getsets,
};
