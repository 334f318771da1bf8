/* kiln: the tuple type and its iterator.
 * A Tuple carries its items inline and caches its hash (-1: not computed yet;
 * CPython 3.11's xxHash-based algorithm).  Subclass instances are allocated
 * with t->basicsize + n * sizeof(Value) so their InstanceTail sits at the end
 * of the cell (type.c finds it there for TF_ITEMS types). */
#include "core.h"
#include <string.h>

/* CPython's METH_NOARGS / METH_O argument errors ("list.copy() takes no arguments (1 given)"). */
static UNUSED int noargs(const char *owner, const char *name, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("%s.%s() takes no keyword arguments", owner, name); return -1; }
    if (nargs) { raise_TypeError("%s.%s() takes no arguments (%zu given)", owner, name, nargs); return -1; }
    return 0;
}
static UNUSED int onearg(const char *owner, const char *name, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("%s.%s() takes no keyword arguments", owner, name); return -1; }
    if (nargs != 1) { raise_TypeError("%s.%s() takes exactly one argument (%zu given)", owner, name, nargs); return -1; }
    return 0;
}

/* -- Allocation -------------------------------------------------------------- */

static Value tuple_alloc(Type *t, int64_t n)
{
    size_t base = sizeof(Tuple);
    if (t != T(tuple) && t->basicsize > base) base = t->basicsize;
    Tuple *o = (Tuple *)gc_alloc_kind(t, base + (size_t)n * sizeof(Value), t == T(tuple) ? HEAP_FROZEN : 0);
    o->size = n;
    o->hash = -1;
    return OBJ_VAL(o);
}

Value tuple_new(int64_t n)
{
    if (n == 0 && R->empty_tuple) return R->empty_tuple;
    Value v = tuple_alloc(T(tuple), n);
    if (n == 0) STORE(R, empty_tuple, v);
    return v;
}

Value tuple_from(const Value *items, int64_t n)
{
    if (n == 0) return tuple_new(0);
    Value v = tuple_alloc(T(tuple), n);
    memcpy(TUPLE_ITEMS(v), items, (size_t)n * sizeof(Value));
    return v;
}

Value tuple_pack(int64_t n, ...)
{
    if (n == 0) return tuple_new(0);
    Value v = tuple_alloc(T(tuple), n);
    va_list ap;
    va_start(ap, n);
    for (int64_t i = 0; i < n; i++) TUPLE_ITEMS(v)[i] = va_arg(ap, Value);
    va_end(ap);
    return v;
}

Value tuple_from_iter(Value it)
{
    if (IS_TYPE(it, tuple)) return it;
    if (IS_LIST(it)) return tuple_from(LIST_SIZE(it) ? LIST_ITEMS(it) : NULL, LIST_SIZE(it));
    Value l = list_from_iter(it);
    if (!l) return 0;
    return list_as_tuple(l);
}

Value tuple_getslice(Value t, int64_t lo, int64_t hi)
{
    int64_t n = TUPLE_SIZE(t);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    if (lo == 0 && hi == n && IS_TYPE(t, tuple)) return t;
    return tuple_from(TUPLE_ITEMS(t) + lo, hi - lo);
}

void tuple_forget_hash(Value t) { ((Tuple *)t)->hash = -1; }

/* -- Helpers ------------------------------------------------------------------- */

static bool has_index(Value v)
{
    if (IS_INT(v)) return true;
    Type *t = TYPE(v);
    if (!t->nb_index) return false;
    return !(t->flags & TF_HEAPTYPE) || type_lookup(t, S(__index__));
}

/* _PyEval_SliceIndexNotNone: an optional start/stop argument of index()/count(). */
static int slice_arg(Value v, int64_t *out)
{
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    if (!has_index(v)) {
        raise_TypeError("slice indices must be integers or have an __index__ method");
        return -1;
    }
    return obj_as_ssize(v, out, NULL);
}

/* -- Methods ------------------------------------------------------------------ */

static Value tuple_count(Value self, const Value *args, size_t nargs, Value kw)
{
    if (onearg("tuple", "count", nargs, kw) < 0) return 0;
    int64_t c = 0;
    for (int64_t i = 0; i < TUPLE_SIZE(self); i++) {
        int r = obj_eq(TUPLE_ITEMS(self)[i], args[0]);
        if (r < 0) return 0;
        c += r;
    }
    return MKSMALL(c);
}

static Value tuple_index(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("index", kw) < 0 || args_count("index", nargs, 1, 3) < 0) return 0;
    int64_t n = TUPLE_SIZE(self), start = 0, stop = n;
    if (nargs > 1 && slice_arg(args[1], &start) < 0) return 0;
    if (nargs > 2 && slice_arg(args[2], &stop) < 0) return 0;
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
    for (int64_t i = start; i < stop && i < n; i++) {
        int r = obj_eq(TUPLE_ITEMS(self)[i], args[0]);
        if (r < 0) return 0;
        if (r) return MKSMALL(i);
    }
    return raise_ValueError("tuple.index(x): x not in tuple");
}

static Value tuple_getnewargs(Value self, const Value *args, size_t nargs, Value kw)
{
    return tuple_pack(1, tuple_from(TUPLE_ITEMS(self), TUPLE_SIZE(self)));
}

/* -- Slots -------------------------------------------------------------------- */

static Value tuple_repr(Value self)
{
    int64_t n = TUPLE_SIZE(self);
    if (n == 0) return str_from_cstr("()");
    int g = repr_enter(self);
    if (g < 0) return 0;
    if (g > 0) return str_from_cstr("(...)");
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, '(');
    for (int64_t i = 0; i < n; i++) {
        if (i) sb_add(&b, ", ", 2);
        Value r = obj_repr(TUPLE_ITEMS(self)[i]);
        if (!r) { sb_free(&b); repr_leave(self); return 0; }
        sb_add(&b, STR_DATA(r), (size_t)STR_NBYTES(r));
    }
    if (n == 1) sb_addc(&b, ',');
    sb_addc(&b, ')');
    repr_leave(self);
    return sb_finish(&b);
}

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int tuple_hash(Value self, int64_t *out)
{
    Tuple *t = (Tuple *)self;
    if (t->hash != -1) { *out = t->hash; return 0; }
    if (UNLIKELY(c_stack_exhausted())) {
        raise_fmt(E(RecursionError), "maximum recursion depth exceeded");
        return -1;
    }
    uint64_t acc = XXPRIME_5;
    bool cache = true;   /* only when no item's __hash__ is Python code (CPython calls it every time) */
    for (int64_t i = 0; i < t->size; i++) {
        int64_t h;
        Value x = t->items[i];
        if (obj_hash(x, &h) < 0) return -1;
        if (cache && !IS_SMALL(x)) {
            Type *xt = TYPE(x);
            if (xt == T(tuple)) cache = ((Tuple *)x)->hash != -1;
            else cache = xt == T(str) || xt == T(int) || xt == T(float) || xt == T(bytes) ||
                         xt == &R->t_bool || xt == T(none) || xt == T(frozenset) || xt == T(complex) ||
                         xt == T(type) || xt == T(range);
        }
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->size ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) acc = 1546275796;
    if (cache) t->hash = (int64_t)acc;
    *out = (int64_t)acc;
    return 0;
}

static Value tuple_richcompare(Value a, Value b, int op)
{
    if (!IS_TUPLE(a) || !IS_TUPLE(b)) return NOTIMPL;
    if (UNLIKELY(c_stack_exhausted()))
        return raise_fmt(E(RecursionError), "maximum recursion depth exceeded in comparison");
    int64_t na = TUPLE_SIZE(a), nb = TUPLE_SIZE(b), i;
    for (i = 0; i < na && i < nb; i++) {
        int r = obj_eq(TUPLE_ITEMS(a)[i], TUPLE_ITEMS(b)[i]);
        if (r < 0) return 0;
        if (!r) break;
    }
    if (i >= na || i >= nb) {
        bool res;
        switch (op) {
        case CMP_LT: res = na < nb; break;
        case CMP_LE: res = na <= nb; break;
        case CMP_EQ: res = na == nb; break;
        case CMP_NE: res = na != nb; break;
        case CMP_GT: res = na > nb; break;
        default: res = na >= nb; break;
        }
        return BOOL_V(res);
    }
    if (op == CMP_EQ) return FALSE_V;
    if (op == CMP_NE) return TRUE_V;
    return obj_richcompare(TUPLE_ITEMS(a)[i], TUPLE_ITEMS(b)[i], op);
}

static int64_t tuple_len(Value self) { return TUPLE_SIZE(self); }

static int tuple_contains(Value self, Value item)
{
    for (int64_t i = 0; i < TUPLE_SIZE(self); i++) {
        int r = obj_eq(TUPLE_ITEMS(self)[i], item);
        if (r) return r;
    }
    return 0;
}

static Value tuple_getitem(Value self, Value key)
{
    int64_t n = TUPLE_SIZE(self), i;
    if (LIKELY(IS_SMALL(key))) {
        i = SMALL_VAL(key);
    } else if (IS_TYPE(key, slice)) {
        int64_t start, stop, step, len;
        if (slice_indices(key, n, &start, &stop, &step, &len) < 0) return 0;
        if (step == 1) return tuple_getslice(self, start, stop);
        if (len <= 0) return tuple_new(0);
        Value r = tuple_alloc(T(tuple), len);
        for (int64_t k = 0, j = start; k < len; k++, j += step) TUPLE_ITEMS(r)[k] = TUPLE_ITEMS(self)[j];
        return r;
    } else if (has_index(key)) {
        if (obj_as_ssize(key, &i, E(IndexError)) < 0) return 0;
    } else {
        return raise_TypeError("tuple indices must be integers or slices, not %T", key);
    }
    if (i < 0) i += n;
    if ((uint64_t)i >= (uint64_t)n) return raise_IndexError("tuple index out of range");
    return TUPLE_ITEMS(self)[i];
}

static Value tuple_add(Value a, Value b)
{
    if (!IS_TUPLE(a)) return NOTIMPL;
    if (!IS_TUPLE(b)) {
        if ((TYPE(b)->flags & TF_HEAPTYPE) && type_lookup(TYPE(b), S(__radd__))) return NOTIMPL;
        return raise_TypeError("can only concatenate tuple (not \"%T\") to tuple", b);
    }
    int64_t na = TUPLE_SIZE(a), nb = TUPLE_SIZE(b);
    if (nb == 0 && IS_TYPE(a, tuple)) return a;
    if (na == 0 && IS_TYPE(b, tuple)) return b;
    Value r = tuple_alloc(T(tuple), na + nb);
    memcpy(TUPLE_ITEMS(r), TUPLE_ITEMS(a), (size_t)na * sizeof(Value));
    memcpy(TUPLE_ITEMS(r) + na, TUPLE_ITEMS(b), (size_t)nb * sizeof(Value));
    return r;
}

static Value tuple_mul(Value a, Value b)
{
    Value seq = a, cnt = b;
    if (!IS_TUPLE(a)) { seq = b; cnt = a; }
    if (!has_index(cnt)) {
        if ((TYPE(cnt)->flags & TF_HEAPTYPE) &&
            type_lookup(TYPE(cnt), seq == a ? S(__rmul__) : S(__mul__))) return NOTIMPL;
        return raise_TypeError("can't multiply sequence by non-int of type '%T'", cnt);
    }
    int64_t k;
    if (obj_as_ssize(cnt, &k, E(OverflowError)) < 0) return 0;
    int64_t n = TUPLE_SIZE(seq);
    if (k <= 0 || n == 0) return tuple_new(0);
    if (heap_too_big(k, (size_t)n * sizeof(Value))) return 0;
    if (k == 1 && IS_TYPE(seq, tuple)) return seq;
    if (n > INT64_MAX / 16 / k) return raise_memory();
    Value r = tuple_alloc(T(tuple), n * k);
    for (int64_t j = 0; j < k; j++)
        memcpy(TUPLE_ITEMS(r) + j * n, TUPLE_ITEMS(seq), (size_t)n * sizeof(Value));
    return r;
}

static Value tuple_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (t == T(tuple) && args_no_kw("tuple", kw) < 0) return 0;
    if (nargs > 1) return raise_TypeError("tuple expected at most 1 argument, got %zu", nargs);
    Value src;
    if (nargs == 0) src = tuple_new(0);
    else if (!(src = tuple_from_iter(args[0]))) return 0;
    if (t == T(tuple)) return src;
    Value r = tuple_alloc(t, TUPLE_SIZE(src));
    memcpy(TUPLE_ITEMS(r), TUPLE_ITEMS(src), (size_t)TUPLE_SIZE(src) * sizeof(Value));
    return r;
}

/* -- Iterator ----------------------------------------------------------------- */

typedef struct TupleIter { Object hdr; int64_t index; Value seq; } TupleIter;

static Value tuple_iter(Value self)
{
    TupleIter *it = (TupleIter *)gc_alloc(T(tuple_iter), sizeof(TupleIter));
    it->seq = self;
    return OBJ_VAL(it);
}

static Value iter_self(Value self) { return self; }

static Value tuple_iter_next(Value self)
{
    TupleIter *it = (TupleIter *)self;
    if (!it->seq) return 0;
    if (it->index < TUPLE_SIZE(it->seq)) return TUPLE_ITEMS(it->seq)[it->index++];
    it->seq = 0;
    return 0;
}

static Value tuple_iter_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    TupleIter *it = (TupleIter *)self;
    return MKSMALL(it->seq ? TUPLE_SIZE(it->seq) - it->index : 0);
}

static Value tuple_iter_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    TupleIter *it = (TupleIter *)self;
    return iter_reduce_seq(self, "iter", it->seq, int_from_i64(it->index), R->empty_tuple);
}

static Value tuple_iter_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    TupleIter *it = (TupleIter *)self;
    int64_t i;
    if (iter_setstate_arg(self, args, nargs, kw, &i) < 0) return 0;
    if (it->seq) it->index = i < 0 ? 0 : i > TUPLE_SIZE(it->seq) ? TUPLE_SIZE(it->seq) : i;
    return NONE;
}

/* -- Type objects ------------------------------------------------------------- */

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, METH_O, "Return number of occurrences of value."},
    {"index", tuple_index, METH_NOKW, "Return first index of value."},
    {"__getnewargs__", tuple_getnewargs, METH_NOARGS, NULL},
    {"__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

const TypeSpec tuple_spec = {
    .name = "tuple", .base = -1,
    .basicsize = sizeof(Tuple), .itemsize = sizeof(Value),
    .flags = TF_BASETYPE | TF_ITEMS | TF_TUPLE_SUB | TF_IMMUTABLE,
    .doc = "Built-in immutable sequence.",
    .repr = tuple_repr, .hash = tuple_hash, .richcompare = tuple_richcompare,
    .iter = tuple_iter, .new_ = tuple_new_,
    .nb_add = tuple_add, .nb_mul = tuple_mul,
    .len = tuple_len, .getitem = tuple_getitem, .contains = tuple_contains,
    .methods = tuple_methods,
};

static const MethodDef tuple_iter_methods[] = {
    {"__length_hint__", tuple_iter_length_hint, METH_NOARGS, NULL},
    {"__reduce__", tuple_iter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", tuple_iter_setstate, METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec tuple_iter_spec = {
    .name = "tuple_iterator", .base = -1,
    .basicsize = sizeof(TupleIter), .flags = TF_IMMUTABLE,
    .iter = iter_self, .next = tuple_iter_next,
    .methods = tuple_iter_methods,
};
