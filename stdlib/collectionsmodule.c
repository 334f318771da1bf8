/* kiln: _collections — CPython 3.11's C half of collections: deque (a ring
 * buffer), its forward and reverse iterators, defaultdict (a dict subclass
 * with a default_factory), _count_elements (Counter's loop) and _tuplegetter
 * (namedtuple's field descriptors).  OrderedDict stays collections' Python one.
 *
 * deque invariants: the items are buf->items[(head + i) & (cap - 1)] for
 * 0 <= i < len, with cap = buf->cap a power of two (buf NULL while cap is 0);
 * unused slots hold 0 so the buffer keeps nothing alive.  `state` changes on
 * every change of the item sequence's shape (append, pop, rotate, insert,
 * delete, clear), as CPython's: iterators and searches compare it to notice
 * mutation; item assignment and reverse() leave it alone. */
#include "core.h"
#include "perf.h"
#include <string.h>

/* -- deque: storage ------------------------------------------------------------- */

typedef struct Deque {
    Object hdr;
    ValueArray *buf;
    int64_t head, len;
    int64_t maxlen;      /* -1: unbounded */
    uint64_t state;
} Deque;
#define DQ(v) ((Deque *)(v))

static void dq_trace(Object *o, Visitor visit, void *ctx) { visit(OBJ_VAL(DQ(o)->buf), ctx); }

static inline bool is_deque(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == T(deque) || type_is_subtype(AS_OBJ(v)->type, T(deque)));
}

static inline Value *dq_slot(Deque *d, int64_t i)
{
    return &d->buf->items[(d->head + i) & (d->buf->cap - 1)];
}
static inline Value dq_get(Deque *d, int64_t i) { return *dq_slot(d, i); }
static inline void dq_put(Deque *d, int64_t i, Value v) { STORE_AT(d->buf, dq_slot(d, i), v); }

/* Move the items into a fresh buffer of cap slots (a power of two >= len). */
static void dq_realloc(Deque *d, int64_t cap)
{
    ValueArray *nb = value_array_new(cap);
    for (int64_t i = 0; i < d->len; i++) nb->items[i] = dq_get(d, i);
    gc_write_barrier((Object *)d);
    d->buf = nb;
    d->head = 0;
}

static inline void dq_reserve1(Deque *d)
{
    int64_t cap = d->buf ? d->buf->cap : 0;
    if (UNLIKELY(d->len == cap)) dq_realloc(d, cap ? cap * 2 : 8);
}

/* Give back memory once the deque is a quarter full (popping drained it). */
static inline void dq_maybe_shrink(Deque *d)
{
    int64_t cap = d->buf->cap;
    if (UNLIKELY(cap > 64 && d->len * 4 < cap)) dq_realloc(d, cap / 2);
}

static inline Value dq_take_front(Deque *d)
{
    Value *p = dq_slot(d, 0);
    Value v = *p;
    *p = 0;
    d->head = (d->head + 1) & (d->buf->cap - 1);
    d->len--;
    d->state++;
    dq_maybe_shrink(d);
    return v;
}

static inline Value dq_take_back(Deque *d)
{
    Value *p = dq_slot(d, d->len - 1);
    Value v = *p;
    *p = 0;
    d->len--;
    d->state++;
    dq_maybe_shrink(d);
    return v;
}

/* append / appendleft, trimming the other end past maxlen. */
static inline void dq_push_back(Deque *d, Value v)
{
    dq_reserve1(d);
    dq_put(d, d->len, v);
    d->len++;
    d->state++;
    if (UNLIKELY(d->maxlen >= 0 && d->len > d->maxlen)) dq_take_front(d);
}

static inline void dq_push_front(Deque *d, Value v)
{
    dq_reserve1(d);
    d->head = (d->head - 1) & (d->buf->cap - 1);
    d->len++;
    dq_put(d, 0, v);
    d->state++;
    if (UNLIKELY(d->maxlen >= 0 && d->len > d->maxlen)) dq_take_back(d);
}

static void dq_clear(Deque *d)
{
    if (!d->len) return;
    gc_write_barrier((Object *)d);
    d->buf = NULL;
    d->head = d->len = 0;
    d->state++;
}

/* Rotate right by n (left when negative); no shape change for len <= 1. */
static void dq_rotate(Deque *d, int64_t n)
{
    int64_t len = d->len, half = len >> 1;
    if (len <= 1) return;
    if (n > half || n < -half) {
        n %= len;
        if (n > half) n -= len;
        else if (n < -half) n += len;
    }
    d->state++;
    int64_t mask = d->buf->cap - 1;
    for (; n > 0; n--) {     /* last item to the front */
        Value v = dq_get(d, len - 1);
        *dq_slot(d, len - 1) = 0;
        d->head = (d->head - 1) & mask;
        dq_put(d, 0, v);
    }
    for (; n < 0; n++) {     /* first item to the back */
        Value v = dq_get(d, 0);
        *dq_slot(d, 0) = 0;
        d->head = (d->head + 1) & mask;
        dq_put(d, len - 1, v);
    }
}

/* Remove item i (0 <= i < len), shifting the shorter side. */
static void dq_del_at(Deque *d, int64_t i)
{
    if (i < d->len / 2) {
        for (int64_t j = i; j > 0; j--) dq_put(d, j, dq_get(d, j - 1));
        dq_take_front(d);
    } else {
        for (int64_t j = i; j < d->len - 1; j++) dq_put(d, j, dq_get(d, j + 1));
        dq_take_back(d);
    }
}

/* Insert v before item i (0 <= i <= len); maxlen was checked by the caller. */
static void dq_insert_at(Deque *d, int64_t i, Value v)
{
    if (i < d->len / 2) {
        dq_push_front(d, v);
        for (int64_t j = 0; j < i; j++) dq_put(d, j, dq_get(d, j + 1));
    } else {
        dq_push_back(d, v);
        for (int64_t j = d->len - 1; j > i; j--) dq_put(d, j, dq_get(d, j - 1));
    }
    dq_put(d, i, v);
}

static Value dq_alloc(Type *t, int64_t maxlen)
{
    size_t sz = t->basicsize > sizeof(Deque) ? t->basicsize : sizeof(Deque);
    Deque *d = (Deque *)gc_alloc(t, sz);
    d->maxlen = maxlen;
    return OBJ_VAL(d);
}

/* -- deque: argument helpers ---------------------------------------------------- */

/* A slice index argument (clamped; "slice indices must be integers ..."). */
static int slice_index_arg(Value v, int64_t *out)
{
    if (!IS_INT(v) && !TYPE(v)->nb_index) {
        raise_TypeError("slice indices must be integers or have an __index__ method");
        return -1;
    }
    return obj_as_ssize(v, out, NULL);
}

/* A sequence index for d[i]: adjusted for negatives, IndexError when out of range. */
static int item_index(Deque *d, Value k, int64_t *out)
{
    int64_t i;
    if (IS_SMALL(k)) i = SMALL_VAL(k);
    else if (IS_INT(k) || TYPE(k)->nb_index) {
        if (obj_as_ssize(k, &i, E(IndexError)) < 0) return -1;
    } else {
        raise_TypeError("sequence index must be integer, not '%T'", k);
        return -1;
    }
    if (i < 0) i += d->len;
    if (i < 0 || i >= d->len) { raise_IndexError("deque index out of range"); return -1; }
    *out = i;
    return 0;
}

/* -- deque: methods ------------------------------------------------------------- */

static Value dq_new(Type *t, const Value *args, size_t nargs, Value kw) { return dq_alloc(t, -1); }

static int dq_extend_(Value self, Value iterable);

static int dq_init(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "iterable", "maxlen", NULL };
    Value a[2] = { 0, 0 };
    if (args_parse("deque", args, nargs, kw, names, 0, a) < 0) return -1;
    Deque *d = DQ(self);
    int64_t maxlen = -1;
    if (a[1] && a[1] != NONE) {
        if (!IS_INT(a[1])) { raise_TypeError("an integer is required"); return -1; }
        if (obj_ssize_arg(a[1], &maxlen) < 0) return -1;
        if (maxlen < 0) { raise_ValueError("maxlen must be non-negative"); return -1; }
    }
    d->maxlen = maxlen;
    dq_clear(d);
    return a[0] ? dq_extend_(self, a[0]) : 0;
}

static Value dq_append(Value self, const Value *args, size_t nargs, Value kw)
{
    dq_push_back(DQ(self), args[0]);
    return NONE;
}

static Value dq_appendleft(Value self, const Value *args, size_t nargs, Value kw)
{
    dq_push_front(DQ(self), args[0]);
    return NONE;
}

static Value dq_pop(Value self, const Value *args, size_t nargs, Value kw)
{
    Deque *d = DQ(self);
    if (!d->len) return raise_IndexError("pop from an empty deque");
    return dq_take_back(d);
}

static Value dq_popleft(Value self, const Value *args, size_t nargs, Value kw)
{
    Deque *d = DQ(self);
    if (!d->len) return raise_IndexError("pop from an empty deque");
    return dq_take_front(d);
}

/* extend / extendleft: a deque extended by itself reads a copy first. */
static int dq_extend_side(Value self, Value iterable, bool left)
{
    Deque *d = DQ(self);
    if (iterable == self) {
        iterable = list_from_iter(iterable);
        if (!iterable) return -1;
    }
    if (IS_TYPE(iterable, list) || IS_TYPE(iterable, tuple)) {
        bool is_list = IS_TYPE(iterable, list);
        for (int64_t i = 0; i < (is_list ? LIST_SIZE(iterable) : TUPLE_SIZE(iterable)); i++) {
            Value v = is_list ? LIST_ITEMS(iterable)[i] : TUPLE_ITEMS(iterable)[i];
            if (left) dq_push_front(d, v); else dq_push_back(d, v);
        }
        return 0;
    }
    Value it = obj_iter(iterable);
    if (!it) return -1;
    Value v;
    while ((v = obj_next(it))) {
        if (left) dq_push_front(d, v); else dq_push_back(d, v);
    }
    return exc_pending() ? -1 : 0;
}

static int dq_extend_(Value self, Value iterable) { return dq_extend_side(self, iterable, false); }

static Value dq_extend(Value self, const Value *args, size_t nargs, Value kw)
{
    return dq_extend_side(self, args[0], false) < 0 ? 0 : NONE;
}

static Value dq_extendleft(Value self, const Value *args, size_t nargs, Value kw)
{
    return dq_extend_side(self, args[0], true) < 0 ? 0 : NONE;
}

static Value dq_clear_m(Value self, const Value *args, size_t nargs, Value kw)
{
    dq_clear(DQ(self));
    return NONE;
}

/* copy(): a plain deque copies its items; a subclass is called as type(d)(d[, maxlen]). */
static Value dq_copy_(Value self)
{
    Deque *d = DQ(self);
    if (TYPE(self) == T(deque)) {
        Value r = dq_alloc(T(deque), d->maxlen);
        Deque *n = DQ(r);
        if (d->len) {
            int64_t cap = 8;
            while (cap < d->len) cap *= 2;
            n->buf = value_array_new(cap);
            for (int64_t i = 0; i < d->len; i++) n->buf->items[i] = dq_get(d, i);
            n->len = d->len;
        }
        return r;
    }
    Value a[2] = { self, int_from_i64(d->maxlen) };
    return obj_call(OBJ_VAL(TYPE(self)), a, d->maxlen < 0 ? 1 : 2, 0);
}

static Value dq_copy(Value self, const Value *args, size_t nargs, Value kw) { return dq_copy_(self); }

/* The search loop of count / index / remove / in: cmp each item in [lo, hi)
 * with v; stop at the first match when `first`.  Returns the match's index
 * (or the count), -1 when none, -2 on error; a mutation is an error. */
static int64_t dq_search(Value self, Value v, int64_t lo, int64_t hi, bool first, Type *mutated)
{
    Deque *d = DQ(self);
    uint64_t state = d->state;
    int64_t n = 0;
    for (int64_t i = lo; i < hi && i < d->len; i++) {
        Value item = dq_get(d, i);
        int r = item == v ? 1 : obj_eq(item, v);
        if (r < 0) return -2;
        if (d->state != state) {
            raise_fmt(mutated, "deque mutated during iteration");
            return -2;
        }
        if (r) {
            if (first) return i;
            n++;
        }
    }
    return first ? -1 : n;
}

static Value dq_count(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t n = dq_search(self, args[0], 0, DQ(self)->len, false, E(RuntimeError));
    return n < 0 ? 0 : int_from_i64(n);
}

static int dq_contains(Value self, Value v)
{
    int64_t i = dq_search(self, v, 0, DQ(self)->len, true, E(RuntimeError));
    return i == -2 ? -1 : i >= 0;
}

static Value dq_index(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("deque.index", kw) < 0) return 0;
    if (nargs < 1 || nargs > 3)
        return raise_TypeError("index() takes at %s (%zu given)", nargs ? "most 3 arguments" : "least 1 argument", nargs);
    int64_t len = DQ(self)->len, start = 0, stop = len;
    if (nargs > 1 && slice_index_arg(args[1], &start) < 0) return 0;
    if (nargs > 2 && slice_index_arg(args[2], &stop) < 0) return 0;
    if (start < 0 && (start += len) < 0) start = 0;
    if (stop < 0 && (stop += len) < 0) stop = 0;
    if (stop > len) stop = len;
    if (start > stop) start = stop;
    int64_t i = dq_search(self, args[0], start, stop, true, E(RuntimeError));
    if (i == -2) return 0;
    if (i < 0) return raise_ValueError("%R is not in deque", args[0]);
    return int_from_i64(i);
}

static Value dq_remove(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t i = dq_search(self, args[0], 0, DQ(self)->len, true, E(IndexError));
    if (i == -2) return 0;
    if (i < 0) return raise_ValueError("%R is not in deque", args[0]);
    dq_del_at(DQ(self), i);
    return NONE;
}

static Value dq_insert(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("deque.insert", kw) < 0) return 0;
    if (nargs != 2) return raise_TypeError("insert() takes exactly 2 arguments (%zu given)", nargs);
    Deque *d = DQ(self);
    int64_t i;
    if (obj_ssize_arg(args[0], &i) < 0) return 0;
    if (d->maxlen >= 0 && d->len >= d->maxlen) return raise_IndexError("deque already at its maximum size");
    if (i < 0 && (i += d->len) < 0) i = 0;
    if (i > d->len) i = d->len;
    dq_insert_at(d, i, args[1]);
    return NONE;
}

static Value dq_reverse(Value self, const Value *args, size_t nargs, Value kw)
{
    Deque *d = DQ(self);
    for (int64_t i = 0, j = d->len - 1; i < j; i++, j--) {
        Value a = dq_get(d, i);
        dq_put(d, i, dq_get(d, j));
        dq_put(d, j, a);
    }
    return NONE;
}

static Value dq_rotate_m(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("deque.rotate", kw) < 0 || args_count("deque.rotate", nargs, 0, 1) < 0) return 0;
    int64_t n = 1;
    if (nargs && obj_ssize_arg(args[0], &n) < 0) return 0;
    dq_rotate(DQ(self), n);
    return NONE;
}

static Value dq_maxlen(Value self) { return DQ(self)->maxlen < 0 ? NONE : int_from_i64(DQ(self)->maxlen); }

/* (type, () or ((), maxlen), instance state or None, iter(d)) */
static Value dq_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Value state = obj_call_method(self, S(__getstate__), NULL, 0);
    if (!state) return 0;
    Value it = obj_iter(self);
    if (!it) return 0;
    Deque *d = DQ(self);
    Value targs = d->maxlen < 0 ? R->empty_tuple : tuple_pack(2, R->empty_tuple, int_from_i64(d->maxlen));
    return tuple_pack(4, OBJ_VAL(TYPE(self)), targs, state, it);
}

static Value dq_sizeof(Value self, const Value *args, size_t nargs, Value kw)
{
    Deque *d = DQ(self);
    return int_from_i64((int64_t)sizeof(Deque) + (d->buf ? d->buf->cap * (int64_t)sizeof(Value) : 0));
}

static Value dq_reversed(Value self, const Value *args, size_t nargs, Value kw);

/* -- deque: slots ----------------------------------------------------------------- */

static int64_t dq_len(Value self) { return DQ(self)->len; }

static Value dq_getitem(Value self, Value k)
{
    int64_t i;
    if (LIKELY(IS_SMALL(k))) {   /* the common d[0] / d[-1] */
        Deque *d = DQ(self);
        i = SMALL_VAL(k);
        if (i < 0) i += d->len;
        if (LIKELY(i >= 0 && i < d->len)) return dq_get(d, i);
    }
    if (item_index(DQ(self), k, &i) < 0) return 0;
    return dq_get(DQ(self), i);
}

static int dq_setitem(Value self, Value k, Value v)
{
    int64_t i;
    if (item_index(DQ(self), k, &i) < 0) return -1;
    if (v) dq_put(DQ(self), i, v);
    else dq_del_at(DQ(self), i);
    return 0;
}

static Value dq_repr(Value self)
{
    int g = repr_enter(self);
    if (g < 0) return 0;
    if (g) return str_from_cstr("[...]");
    Value r = 0, l = list_from_iter(self);
    if (l) {
        Deque *d = DQ(self);
        if (d->maxlen < 0) r = str_fmt("%U(%R)", TYPE(self)->name, l);
        else r = str_fmt("%U(%R, maxlen=%lld)", TYPE(self)->name, l, (long long)d->maxlen);
    }
    repr_leave(self);
    return r;
}

/* Sequence comparison (NotImplemented unless both are deques). */
static Value dq_richcompare(Value a, Value b, int op)
{
    if (!is_deque(a) || !is_deque(b)) return NOTIMPL;
    Deque *x = DQ(a), *y = DQ(b);
    if ((op == CMP_EQ || op == CMP_NE) && x->len != y->len) return BOOL_V(op == CMP_NE);
    int64_t i = 0;
    for (; i < x->len && i < y->len; i++) {
        Value p = dq_get(x, i), q = dq_get(y, i);
        int r = p == q ? 1 : obj_eq(p, q);
        if (r < 0) return 0;
        if (!r) break;
    }
    if (i >= x->len || i >= y->len) {
        int64_t lx = x->len, ly = y->len;
        bool res;
        switch (op) {
        case CMP_LT: res = lx < ly; break;
        case CMP_LE: res = lx <= ly; break;
        case CMP_EQ: res = lx == ly; break;
        case CMP_NE: res = lx != ly; break;
        case CMP_GT: res = lx > ly; break;
        default: res = lx >= ly; break;
        }
        return BOOL_V(res);
    }
    if (op == CMP_EQ) return FALSE_V;
    if (op == CMP_NE) return TRUE_V;
    return obj_richcompare(dq_get(x, i), dq_get(y, i), op);
}

static Value dq_add(Value a, Value b)
{
    if (!is_deque(a)) return NOTIMPL;
    if (!is_deque(b)) {
        if ((TYPE(b)->flags & TF_HEAPTYPE) && type_lookup(TYPE(b), S(__radd__))) return NOTIMPL;
        return raise_TypeError("can only concatenate deque (not \"%T\") to deque", b);
    }
    Value r = dq_copy_(a);
    if (!r) return 0;
    if (!is_deque(r)) return raise_TypeError("can only concatenate deque (not \"%T\") to deque", r);
    return dq_extend_(r, b) < 0 ? 0 : r;
}

static Value dq_iadd(Value a, Value b)
{
    if (!is_deque(a)) return NOTIMPL;
    return dq_extend_(a, b) < 0 ? 0 : a;
}

/* d *= n in place: the items repeated n times, trimmed from the left to maxlen. */
static Value dq_repeat_inplace(Value self, int64_t n)
{
    Deque *d = DQ(self);
    int64_t len = d->len;
    if (n <= 0 || !len) { dq_clear(d); return self; }
    if (d->maxlen >= 0 && n > d->maxlen / len + 1) n = d->maxlen / len + 2;   /* only a tail stays */
    if (n > 1 && heap_too_big(n, (size_t)len * sizeof(Value))) return 0;
    Value items = tuple_new(len);
    for (int64_t i = 0; i < len; i++) TUPLE_ITEMS(items)[i] = dq_get(d, i);
    for (int64_t k = 1; k < n; k++)
        for (int64_t i = 0; i < len; i++) dq_push_back(d, TUPLE_ITEMS(items)[i]);
    return self;
}

/* The repeat count of d * n: an index, or the sequence error. */
static int repeat_count(Value cnt, bool seq_left, int64_t *n, Value *res)
{
    *res = 0;
    if (!IS_INT(cnt) && !TYPE(cnt)->nb_index) {
        if ((TYPE(cnt)->flags & TF_HEAPTYPE) && type_lookup(TYPE(cnt), seq_left ? S(__rmul__) : S(__mul__))) {
            *res = NOTIMPL;
            return -1;
        }
        raise_TypeError("can't multiply sequence by non-int of type '%T'", cnt);
        return -1;
    }
    return obj_as_ssize(cnt, n, E(OverflowError));
}

static Value dq_imul(Value a, Value b)
{
    if (!is_deque(a)) return NOTIMPL;
    int64_t n;
    Value res;
    if (repeat_count(b, true, &n, &res) < 0) return res;
    return dq_repeat_inplace(a, n);
}

static Value dq_mul(Value a, Value b)
{
    bool left = is_deque(a);
    Value self = left ? a : b, cnt = left ? b : a;
    if (!is_deque(self)) return NOTIMPL;
    int64_t n;
    Value res;
    if (repeat_count(cnt, left, &n, &res) < 0) return res;
    Value r = dq_copy_(self);
    if (!r) return 0;
    if (!is_deque(r)) return raise_TypeError("can't multiply sequence by non-int of type '%T'", r);
    return dq_repeat_inplace(r, n);
}

/* -- deque iterators ---------------------------------------------------------------- */

typedef struct DequeIter {
    Object hdr;
    Value deque;
    int64_t index;      /* next item (counts down for the reverse iterator) */
    int64_t counter;    /* items left */
    uint64_t state;     /* the deque's state when the iterator was made */
} DequeIter;
#define DI(v) ((DequeIter *)(v))

static void di_trace(Object *o, Visitor visit, void *ctx) { visit(DI(o)->deque, ctx); }

static Value di_make(Type *t, Value dq, bool reverse)
{
    DequeIter *it = (DequeIter *)gc_alloc(t, sizeof(DequeIter));
    STORE(it, deque, dq);
    it->counter = DQ(dq)->len;
    it->index = reverse ? DQ(dq)->len - 1 : 0;
    it->state = DQ(dq)->state;
    return OBJ_VAL(it);
}

static Value dq_iter(Value self) { return di_make(T(deque_iter), self, false); }
static Value dq_reversed(Value self, const Value *args, size_t nargs, Value kw)
{
    return di_make(T(deque_reviter), self, true);
}

static Value di_next(Value self)
{
    DequeIter *it = DI(self);
    Deque *d = DQ(it->deque);
    if (UNLIKELY(d->state != it->state)) {
        it->counter = 0;
        return raise_RuntimeError("deque mutated during iteration");
    }
    if (!it->counter) return 0;
    it->counter--;
    bool rev = TYPE(self) == T(deque_reviter);
    Value v = dq_get(d, it->index);
    it->index += rev ? -1 : 1;
    return v;
}

static Value di_iter(Value self) { return self; }

/* _deque_iterator(deque, index=0): a fresh iterator advanced index items (unpickling). */
static Value di_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 1 || nargs > 2)
        return raise_TypeError("function takes at %s (%zu given)", nargs ? "most 2 arguments" : "least 1 argument", nargs);
    if (!is_deque(args[0])) return raise_TypeError("argument 1 must be collections.deque, not %T", args[0]);
    int64_t index = 0;
    if (nargs > 1 && obj_ssize_arg(args[1], &index) < 0) return 0;
    Value it = di_make(t, args[0], t == T(deque_reviter));
    for (int64_t i = 0; i < index; i++) {
        Value v = di_next(it);
        if (!v) {
            if (exc_pending()) return 0;
            break;
        }
    }
    return it;
}

static Value di_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    return int_from_i64(DI(self)->counter);
}

static Value di_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    DequeIter *it = DI(self);
    Value a = tuple_pack(2, it->deque, int_from_i64(DQ(it->deque)->len - it->counter));
    return tuple_pack(2, OBJ_VAL(TYPE(self)), a);
}

static const MethodDef di_methods[] = {
    {"__length_hint__", di_length_hint, METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", di_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec deque_iter_spec = {
    .name = "_collections._deque_iterator", .base = -1, .basicsize = sizeof(DequeIter),
    .trace = di_trace, .iter = di_iter, .next = di_next, .new_ = di_new, .methods = di_methods,
};

const TypeSpec deque_reviter_spec = {
    .name = "_collections._deque_reverse_iterator", .base = -1, .basicsize = sizeof(DequeIter),
    .trace = di_trace, .iter = di_iter, .next = di_next, .new_ = di_new, .methods = di_methods,
};

/* -- deque: type ------------------------------------------------------------------ */

static const MethodDef dq_methods[] = {
    {"append", dq_append, METH_O, "Add an element to the right side of the deque."},
    {"appendleft", dq_appendleft, METH_O, "Add an element to the left side of the deque."},
    {"clear", dq_clear_m, METH_NOARGS, "Remove all elements from the deque."},
    {"__copy__", dq_copy, METH_NOARGS, "Return a shallow copy of a deque."},
    {"copy", dq_copy, METH_NOARGS, "Return a shallow copy of a deque."},
    {"count", dq_count, METH_O, "D.count(value) -- return number of occurrences of value"},
    {"extend", dq_extend, METH_O, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", dq_extendleft, METH_O, "Extend the left side of the deque with elements from the iterable"},
    {"index", dq_index, 0, "D.index(value, [start, [stop]]) -- return first index of value.\n"
                           "Raises ValueError if the value is not present."},
    {"insert", dq_insert, 0, "D.insert(index, object) -- insert object before index"},
    {"pop", dq_pop, METH_NOARGS, "Remove and return the rightmost element."},
    {"popleft", dq_popleft, METH_NOARGS, "Remove and return the leftmost element."},
    {"__reduce__", dq_reduce, METH_NOARGS, "Return state information for pickling."},
    {"remove", dq_remove, METH_O, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", dq_reversed, METH_NOARGS, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", dq_reverse, METH_NOARGS, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", dq_rotate_m, 0, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__sizeof__", dq_sizeof, METH_NOARGS, "D.__sizeof__() -- size of D in memory, in bytes"},
    {"__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef dq_getsets[] = {
    {"maxlen", dq_maxlen, NULL, "maximum size of a deque or None if unbounded", false},
    {NULL, NULL, NULL, NULL, false},
};

const TypeSpec deque_spec = {
    .name = "collections.deque", .base = -1, .basicsize = sizeof(Deque), .flags = TF_BASETYPE,
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
           "A list-like sequence optimized for data accesses near its endpoints.",
    .trace = dq_trace, .repr = dq_repr, .richcompare = dq_richcompare,
    .iter = dq_iter, .new_ = dq_new, .init = dq_init,
    .nb_add = dq_add, .nb_mul = dq_mul, .nb_iadd = dq_iadd, .nb_imul = dq_imul,
    .len = dq_len, .getitem = dq_getitem, .setitem = dq_setitem, .contains = dq_contains,
    .methods = dq_methods, .getsets = dq_getsets,
};

/* -- defaultdict ------------------------------------------------------------------- */

/* A dict with one more field after dict.c's layout. */
typedef struct DefaultDict { char dict[DICT_BASICSIZE]; Value factory; /* 0 or None: none */ } DefaultDict;
#define DD(v) ((DefaultDict *)(v))

static Value dd_factory(Value self) { return DD(self)->factory ? DD(self)->factory : NONE; }
static int dd_set_factory(Value self, Value v)
{
    STORE(DD(self), factory, v);
    return 0;
}

static Value dd_missing_(Value self, Value key)
{
    Value f = DD(self)->factory;
    if (!f || f == NONE) return raise_KeyError(key);
    Value v = obj_call0(f);
    if (!v || obj_setitem(self, key, v) < 0) return 0;
    return v;
}

static Value dd_missing(Value self, const Value *args, size_t nargs, Value kw) { return dd_missing_(self, args[0]); }

static Value dd_getitem(Value self, Value key)
{
    if (TYPE(self) == T(defaultdict)) {
        Value v = dict_get(self, key);
        if (v) return v;
        if (exc_pending()) return 0;
        return dd_missing_(self, key);
    }
    return dict_getitem(self, key);
}

static int dd_init(Value self, const Value *args, size_t nargs, Value kw)
{
    Value f = nargs ? args[0] : NONE;
    if (f != NONE && !obj_is_callable(f)) {
        raise_TypeError("first argument must be callable or None");
        return -1;
    }
    STORE(DD(self), factory, f);
    return T(dict)->init(self, nargs ? args + 1 : args, nargs ? nargs - 1 : 0, kw);
}

/* type(dd)(factory, src): the copy and | constructor. */
static Value dd_new_like(Value dd, Value src)
{
    Value a[2] = { dd_factory(dd), src };
    return obj_call(OBJ_VAL(TYPE(dd)), a, 2, 0);
}

static Value dd_copy(Value self, const Value *args, size_t nargs, Value kw) { return dd_new_like(self, self); }

static Value dd_repr(Value self)
{
    Value f = DD(self)->factory, frepr;
    if (!f || f == NONE) frepr = str_from_cstr("None");
    else {
        int g = repr_enter(f);
        if (g < 0) return 0;
        if (g) frepr = str_from_cstr("...");
        else {
            frepr = obj_repr(f);
            repr_leave(f);
            if (!frepr) return 0;
        }
    }
    Value base = T(dict)->repr(self);
    return base ? str_fmt("%U(%U, %U)", TYPE(self)->name, frepr, base) : 0;
}

static Value dd_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Value f = dd_factory(self);
    Value targs = f == NONE ? R->empty_tuple : tuple_pack(1, f);
    Value items = obj_call_method(self, S(items), NULL, 0);
    Value it = items ? obj_iter(items) : 0;
    return it ? tuple_pack(5, OBJ_VAL(TYPE(self)), targs, NONE, NONE, it) : 0;
}

/* dd | other and other | dd: a copy of the left operand as the defaultdict's type. */
static Value dd_or(Value a, Value b)
{
    bool left = IS_OBJ(a) && type_is_subtype(TYPE(a), T(defaultdict));
    Value self = left ? a : b, other = left ? b : a;
    if (!IS_DICT(other)) return NOTIMPL;
    Value r = dd_new_like(self, a);
    if (!r || dict_update(r, b) < 0) return 0;
    return r;
}

static const MethodDef dd_methods[] = {
    {"__missing__", dd_missing, METH_O,
     "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
     "  if self.default_factory is None: raise KeyError((key,))\n"
     "  self[key] = value = self.default_factory()\n"
     "  return value\n"},
    {"copy", dd_copy, METH_NOARGS, "D.copy() -> a shallow copy of D."},
    {"__copy__", dd_copy, METH_NOARGS, "D.copy() -> a shallow copy of D."},
    {"__reduce__", dd_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef dd_getsets[] = {
    {"default_factory", dd_factory, dd_set_factory, "Factory for default value called by __missing__().", true},
    {NULL, NULL, NULL, NULL, false},
};

const TypeSpec defaultdict_spec = {
    .name = "collections.defaultdict", .base = TYPE_ID_dict, .basicsize = sizeof(DefaultDict),
    .flags = TF_BASETYPE,
    .doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
           "The default factory is called without arguments to produce\n"
           "a new value when a key is not present, in __getitem__ only.\n"
           "A defaultdict compares equal to a dict with the same items.\n"
           "All remaining arguments are treated the same as if they were\n"
           "passed to the dict constructor, including keyword arguments.\n",
    .repr = dd_repr, .init = dd_init, .getitem = dd_getitem, .nb_or = dd_or,
    .methods = dd_methods, .getsets = dd_getsets,
};

/* -- _tuplegetter ------------------------------------------------------------------ */

typedef struct TupleGetter { Object hdr; int64_t index; Value doc; } TupleGetter;
#define TG(v) ((TupleGetter *)(v))

static void tg_trace(Object *o, Visitor visit, void *ctx) { visit(TG(o)->doc, ctx); }
static Value tg_get_doc(Value self) { return TG(self)->doc ? TG(self)->doc : NONE; }

static Value tg_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("_tuplegetter", kw) < 0 || args_count("_tuplegetter", nargs, 2, 2) < 0) return 0;
    int64_t i;
    if (obj_ssize_arg(args[0], &i) < 0) return 0;
    TupleGetter *tg = (TupleGetter *)gc_alloc(t, sizeof(TupleGetter));
    tg->index = i;
    STORE(tg, doc, args[1]);
    return OBJ_VAL(tg);
}

static Value tg_get(Value self, Value obj, Value type)
{
    if (!obj || obj == NONE) return self;
    int64_t i = TG(self)->index;
    if (!IS_TUPLE(obj))
        return raise_TypeError("descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
                               (long long)i, TYPE_NAME(obj));
    if (i < 0 || i >= TUPLE_SIZE(obj)) return raise_IndexError("tuple index out of range");
    return TUPLE_ITEMS(obj)[i];
}

static int tg_set(Value self, Value obj, Value v)
{
    raise_AttributeError(v ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static Value tg_repr(Value self)
{
    return str_fmt("%U(%lld, %R)", TYPE(self)->name, (long long)TG(self)->index, tg_get_doc(self));
}

static Value tg_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    return tuple_pack(2, OBJ_VAL(TYPE(self)), tuple_pack(2, int_from_i64(TG(self)->index), TG(self)->doc));
}


static int tg_set_doc(Value self, Value v)
{
    STORE(TG(self), doc, v);
    return 0;
}

static const MethodDef tg_methods[] = {
    {"__reduce__", tg_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef tg_getsets[] = {
    {"__doc__", tg_get_doc, tg_set_doc, NULL, true},
    {NULL, NULL, NULL, NULL, false},
};

const TypeSpec tuplegetter_spec = {
    .name = "_collections._tuplegetter", .base = -1, .basicsize = sizeof(TupleGetter),
    .trace = tg_trace, .repr = tg_repr, .descr_get = tg_get, .descr_set = tg_set, .new_ = tg_new,
    .methods = tg_methods, .getsets = tg_getsets,
};

/* -- _count_elements(mapping, iterable) --------------------------------------------- */

/* Counter's update loop: mapping[x] = mapping.get(x, 0) + 1 for each x; plain
 * dict operations when the mapping does not override get / __setitem__. */
static Value m_count_elements(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("_count_elements", nargs, 2, 2) < 0) return 0;
    Value mapping = args[0];
    Value it = obj_iter(args[1]);
    if (!it) return 0;
    Type *t = TYPE(mapping);
    bool fast = IS_DICT(mapping) && t->setitem == T(dict)->setitem &&
                type_lookup(t, S(get)) == type_lookup(T(dict), S(get));
    Value get = fast ? 0 : obj_getattr(mapping, S(get));
    if (!fast && !get) return 0;
    Value one = MKSMALL(1), x;
    while ((x = obj_next(it))) {
        Value old = fast ? dict_get(mapping, x) : obj_call2(get, x, MKSMALL(0));
        if (!old) {
            if (exc_pending()) return 0;
            old = MKSMALL(0);
        }
        Value n = IS_SMALL(old) && SMALL_VAL(old) < SMALL_MAX ? MKSMALL(SMALL_VAL(old) + 1) : obj_binop(old, one, BINOP_ADD);
        if (!n) return 0;
        if ((fast ? dict_set(mapping, x, n) : obj_setitem(mapping, x, n)) < 0) return 0;
    }
    return exc_pending() ? 0 : NONE;
}

/* -- The module --------------------------------------------------------------------- */

static const MethodDef collections_methods[] = {
    {"_count_elements", m_count_elements, METH_NOKW, "Count elements in the iterable, updating the mapping"},
    {NULL, NULL, 0, NULL},
};

static int collections_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (dict_set_cstr(d, "deque", OBJ_VAL(T(deque))) < 0 ||
        dict_set_cstr(d, "defaultdict", OBJ_VAL(T(defaultdict))) < 0 ||
        dict_set_cstr(d, "_deque_iterator", OBJ_VAL(T(deque_iter))) < 0 ||
        dict_set_cstr(d, "_deque_reverse_iterator", OBJ_VAL(T(deque_reviter))) < 0 ||
        dict_set_cstr(d, "_tuplegetter", OBJ_VAL(T(tuplegetter))) < 0)
        return -1;
    return 0;
}

const ModuleDef _collections_module = {
    "_collections",
    "High performance data structures.\n"
    "- deque:        ordered collection accessible from endpoints only\n"
    "- defaultdict:  dict subclass with a default value factory\n",
    collections_methods, collections_exec,
};
