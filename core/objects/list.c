/* kiln: the list type, its iterators, list.sort and the repr recursion guard.
 * A List keeps its items in a ValueArray (NULL while it has never held an
 * item) over-allocated as CPython's list_resize does while small, by half
 * when large (see list_resize).  Slots past `size` are
 * kept 0 so the array's trace never keeps dead items alive.  During sort the
 * list is emptied (size 0, items NULL) so that mutation by a key function or
 * a comparison is detected ("list modified during sort"). */
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
#include <stdlib.h>

/* -- Storage -------------------------------------------------------------------- */

static inline int64_t cap_of(List *l) { return l->items ? l->items->cap : 0; }

static void set_items(List *l, ValueArray *a)
{
    gc_write_barrier((Object *)l);
    l->items = a;
}

/* Make room for newsize items (CPython's over-allocation); the new slots are 0. */
static void list_resize(List *l, int64_t newsize)
{
    int64_t allocated = cap_of(l);
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        if (newsize < l->size) {
            gc_write_barrier((Object *)l->items);
            memset(l->items->items + newsize, 0, (size_t)(l->size - newsize) * sizeof(Value));
        }
        l->size = newsize;
        return;
    }
    /* CPython's over-allocation while small; past 1024 items grow by half, as
       the arena cannot extend a block in place the way realloc often does */
    int64_t na = newsize > 1024 ? newsize + (newsize >> 1)
                                : (newsize + (newsize >> 3) + 6) & ~(int64_t)3;
    if (newsize - l->size > na - newsize) na = (newsize + 3) & ~(int64_t)3;
    if (newsize == 0) na = 0;
    ValueArray *a = NULL;
    if (na) {
        a = value_array_new(na);
        int64_t keep = l->size < newsize ? l->size : newsize;
        if (keep) memcpy(a->items, l->items->items, (size_t)keep * sizeof(Value));
    }
    set_items(l, a);
    l->size = newsize;
}

static Value list_alloc(Type *t)
{
    size_t sz = sizeof(List);
    if (t != T(list) && t->basicsize > sz) sz = t->basicsize;
    return OBJ_VAL(gc_alloc(t, sz));
}

Value list_new(int64_t n)
{
    Value v = list_alloc(T(list));
    if (n > 0) {
        List *l = (List *)v;
        l->items = value_array_new(n);
        for (int64_t i = 0; i < n; i++) l->items->items[i] = NONE;
        l->size = n;
    }
    return v;
}

Value list_from(const Value *items, int64_t n)
{
    Value v = list_alloc(T(list));
    if (n > 0) {
        List *l = (List *)v;
        l->items = value_array_new(n);
        memcpy(l->items->items, items, (size_t)n * sizeof(Value));
        l->size = n;
    }
    return v;
}

int list_append(Value list, Value v)
{
    List *l = (List *)list;
    int64_t n = l->size;
    if (LIKELY(l->items && n < l->items->cap)) {
        STORE_AT(l->items, &l->items->items[n], v);
        l->size = n + 1;
        return 0;
    }
    list_resize(l, n + 1);
    STORE_AT(l->items, &l->items->items[n], v);
    return 0;
}

int list_insert(Value list, int64_t i, Value v)
{
    List *l = (List *)list;
    int64_t n = l->size;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    list_resize(l, n + 1);
    Value *it = l->items->items;
    gc_write_barrier((Object *)l->items);
    memmove(it + i + 1, it + i, (size_t)(n - i) * sizeof(Value));
    it[i] = v;
    return 0;
}

enum { LIST_HINT_MAX = 1 << 24 };

int list_extend(Value list, Value iterable)
{
    List *l = (List *)list;
    if (IS_LIST(iterable) || IS_TUPLE(iterable)) {
        int64_t m = IS_LIST(iterable) ? LIST_SIZE(iterable) : TUPLE_SIZE(iterable);
        if (m == 0) return 0;
        int64_t n = l->size;
        list_resize(l, n + m);
        /* re-read the source after the resize: it may be the list itself */
        const Value *src = IS_LIST(iterable) ? LIST_ITEMS(iterable) : TUPLE_ITEMS(iterable);
        gc_write_barrier((Object *)l->items);
        memmove(l->items->items + n, src, (size_t)m * sizeof(Value));
        return 0;
    }
    Value it = obj_iter(iterable);
    if (!it) return -1;
    /* CPython's PyObject_LengthHint(iterable, 8): len() or __length_hint__()
       sizes the list up front (errors other than TypeError propagate); a huge
       hint reserves at most LIST_HINT_MAX more items */
    int64_t hint = obj_length_hint(iterable, 8);
    if (hint < 0) return -1;
    int64_t n0 = l->size;
    if (hint > LIST_HINT_MAX) hint = LIST_HINT_MAX;
    if (cap_of(l) < n0 + hint) {
        ValueArray *a = value_array_new(n0 + hint);
        if (n0) memcpy(a->items, l->items->items, (size_t)n0 * sizeof(Value));
        set_items(l, a);
    }
    UnaryFn next = TYPE(it)->next;
    for (;;) {
        Value x = next ? next(it) : obj_next(it);
        if (!x) break;
        list_append(list, x);
    }
    if (exc_pending()) return -1;
    if (cap_of(l) - l->size > 16 && l->size < cap_of(l) >> 1)
        list_resize(l, l->size);   /* the hint was too big: give the slack back */
    return 0;
}

Value list_from_iter(Value iterable)
{
    Value l = list_alloc(T(list));
    if (list_extend(l, iterable) < 0) return 0;
    return l;
}

Value list_as_tuple(Value list)
{
    return tuple_from(LIST_SIZE(list) ? LIST_ITEMS(list) : NULL, LIST_SIZE(list));
}

Value list_getslice(Value list, int64_t lo, int64_t hi)
{
    int64_t n = LIST_SIZE(list);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    return list_from(hi > lo ? LIST_ITEMS(list) + lo : NULL, hi - lo);
}

static void list_clear_(List *l)
{
    set_items(l, NULL);
    l->size = 0;
}

/* -- Repr guard and the shared state dict -------------------------------------- */

Value kiln_state_dict(void)
{
    Value x = R->extra_roots;
    if (!x) {
        Value d = dict_new();
        STORE(R, extra_roots, d);
        return d;
    }
    if (IS_DICT(x)) return x;
    if (IS_LIST(x)) {
        for (int64_t i = 0; i < LIST_SIZE(x); i++) {
            Value d = LIST_ITEMS(x)[i];
            if (IS_TYPE(d, dict) && dict_get_str(d, S(repr_guard))) return d;
        }
        Value d = dict_new();
        dict_set(d, S(repr_guard), dict_new());
        list_append(x, d);
        return d;
    }
    kiln_fatal("R->extra_roots is neither a dict nor a list");
}

static Value guard_list(void)
{
    Value st = kiln_state_dict();
    Value g = dict_get_str(st, S(repr_guard));
    if (!g) {
        g = dict_new();
        dict_set(st, S(repr_guard), g);
    }
    Value key = MKSMALL((int64_t)((uintptr_t)TS >> 3));
    Value l = dict_get(g, key);
    if (!l) {
        l = list_new(0);
        dict_set(g, key, l);
    }
    return l;
}

int repr_enter(Value obj)
{
    Value l = guard_list();
    /* each nested repr counts against the recursion limit, as CPython's Py_EnterRecursiveCall
     * does (the linear guard scan below stays short) */
    if (UNLIKELY(c_stack_exhausted() || TS->depth + LIST_SIZE(l) >= TS->recursion_limit)) {
        raise_fmt(E(RecursionError), "maximum recursion depth exceeded while getting the repr of an object");
        return -1;
    }
    for (int64_t i = 0; i < LIST_SIZE(l); i++)
        if (LIST_ITEMS(l)[i] == obj) return 1;
    list_append(l, obj);
    return 0;
}

void repr_leave(Value obj)
{
    Value l = guard_list();
    for (int64_t i = LIST_SIZE(l) - 1; i >= 0; i--) {
        if (LIST_ITEMS(l)[i] == obj) {
            List *p = (List *)l;
            gc_write_barrier((Object *)p->items);
            memmove(p->items->items + i, p->items->items + i + 1, (size_t)(p->size - i - 1) * sizeof(Value));
            list_resize(p, p->size - 1);
            return;
        }
    }
}

/* -- Helpers --------------------------------------------------------------------- */

static bool has_index(Value v)
{
    if (IS_INT(v)) return true;
    Type *t = TYPE(v);
    if (!t->nb_index) return false;
    return !(t->flags & TF_HEAPTYPE) || type_lookup(t, S(__index__));
}

static int slice_arg(Value v, int64_t *out)
{
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    if (!has_index(v)) {
        raise_TypeError("slice indices must be integers or have an __index__ method");
        return -1;
    }
    return obj_as_ssize(v, out, NULL);
}

/* The items of an iterable as a C array: a list's or tuple's own items, or a
 * fresh list's.  *keep holds the object to keep alive.  msg replaces the
 * TypeError of a non-iterable. */
static const Value *seq_fast(Value v, int64_t *n, Value *keep, const char *msg)
{
    if (IS_TUPLE(v)) { *keep = v; *n = TUPLE_SIZE(v); return TUPLE_ITEMS(v); }
    Value l;
    if (IS_LIST(v)) {
        l = list_from(LIST_SIZE(v) ? LIST_ITEMS(v) : NULL, LIST_SIZE(v));
    } else {
        Value it = obj_iter(v);
        if (!it) {
            if (exc_matches(E(TypeError))) { exc_clear(); raise_TypeError("%s", msg); }
            return NULL;
        }
        l = list_alloc(T(list));
        for (;;) {
            Value x = obj_next(it);
            if (!x) { if (exc_pending()) return NULL; break; }
            list_append(l, x);
        }
    }
    *keep = l;
    *n = LIST_SIZE(l);
    return LIST_SIZE(l) ? LIST_ITEMS(l) : (const Value *)&R->none; /* non-NULL when empty */
}

/* a[lo:hi] = v (v == 0: delete); lo, hi already clamped to [0, size]. */
static int ass_slice(List *l, int64_t lo, int64_t hi, Value v)
{
    int64_t n = 0;
    const Value *src = NULL;
    Value keep = 0;
    if (v) {
        src = seq_fast(v, &n, &keep, "can only assign an iterable");
        if (!src) return -1;
    }
    int64_t size = l->size;
    if (lo < 0) lo = 0; else if (lo > size) lo = size;
    if (hi < lo) hi = lo; else if (hi > size) hi = size;
    int64_t d = n - (hi - lo);
    if (size + d == 0) { list_clear_(l); return 0; }
    if (d < 0) {
        Value *it = l->items->items;
        gc_write_barrier((Object *)l->items);
        memmove(it + hi + d, it + hi, (size_t)(size - hi) * sizeof(Value));
        list_resize(l, size + d);
    } else if (d > 0) {
        list_resize(l, size + d);
        Value *it = l->items->items;
        gc_write_barrier((Object *)l->items);
        memmove(it + hi + d, it + hi, (size_t)(size - hi) * sizeof(Value));
    }
    if (n) {
        gc_write_barrier((Object *)l->items);
        memcpy(l->items->items + lo, src, (size_t)n * sizeof(Value));
    }
    (void)keep;
    return 0;
}

/* -- Methods ---------------------------------------------------------------------- */

static Value m_append(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("append", kw) < 0) return 0;
    if (UNLIKELY(nargs != 1)) return raise_TypeError("list.append() takes exactly one argument (%zu given)", nargs);
    list_append(self, args[0]);
    return NONE;
}

static Value m_extend(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("extend", kw) < 0) return 0;
    if (nargs != 1) return raise_TypeError("list.extend() takes exactly one argument (%zu given)", nargs);
    return list_extend(self, args[0]) < 0 ? 0 : NONE;
}

static Value m_insert(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("insert", kw) < 0) return 0;
    if (nargs != 2) return raise_TypeError("insert expected 2 arguments, got %zu", nargs);
    int64_t i;
    if (IS_SMALL(args[0])) i = SMALL_VAL(args[0]);
    else if (obj_as_ssize(args[0], &i, NULL) < 0) return 0;
    list_insert(self, i, args[1]);
    return NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("pop", kw) < 0 || args_count("pop", nargs, 0, 1) < 0) return 0;
    List *l = (List *)self;
    int64_t i = -1;
    if (nargs == 1) {
        if (IS_SMALL(args[0])) i = SMALL_VAL(args[0]);
        else {
            Value iv = obj_index(args[0]);
            if (!iv) return 0;
            if (int_as_i64(iv, &i) < 0) {
                exc_clear();
                return raise_OverflowError("Python int too large to convert to C ssize_t");
            }
        }
    }
    if (l->size == 0) return raise_IndexError("pop from empty list");
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) return raise_IndexError("pop index out of range");
    Value *it = l->items->items;
    Value v = it[i];
    gc_write_barrier((Object *)l->items);
    memmove(it + i, it + i + 1, (size_t)(l->size - i - 1) * sizeof(Value));
    list_resize(l, l->size - 1);
    return v;
}

Value list_pop(Value self)
{
    List *l = (List *)self;
    if (l->size == 0) return raise_IndexError("pop from empty list");
    Value v = l->items->items[l->size - 1];
    list_resize(l, l->size - 1);
    return v;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("remove", kw) < 0) return 0;
    if (nargs != 1) return raise_TypeError("list.remove() takes exactly one argument (%zu given)", nargs);
    List *l = (List *)self;
    for (int64_t i = 0; i < l->size; i++) {
        int r = obj_eq(l->items->items[i], args[0]);
        if (r < 0) return 0;
        if (r) {
            if (i < l->size) ass_slice(l, i, i + 1, 0);
            return NONE;
        }
    }
    return raise_ValueError("list.remove(x): x not in list");
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("list", "clear", nargs, kw) < 0) return 0;
    list_clear_((List *)self);
    return NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("list", "copy", nargs, kw) < 0) return 0;
    return list_getslice(self, 0, LIST_SIZE(self));
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("index", kw) < 0 || args_count("index", nargs, 1, 3) < 0) return 0;
    List *l = (List *)self;
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && slice_arg(args[1], &start) < 0) return 0;
    if (nargs > 2 && slice_arg(args[2], &stop) < 0) return 0;
    if (start < 0) { start += l->size; if (start < 0) start = 0; }
    if (stop < 0) { stop += l->size; if (stop < 0) stop = 0; }
    for (int64_t i = start; i < stop && i < l->size; i++) {
        int r = obj_eq(l->items->items[i], args[0]);
        if (r < 0) return 0;
        if (r) return MKSMALL(i);
    }
    return raise_ValueError("%R is not in list", args[0]);
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("count", kw) < 0) return 0;
    if (nargs != 1) return raise_TypeError("list.count() takes exactly one argument (%zu given)", nargs);
    List *l = (List *)self;
    int64_t c = 0;
    for (int64_t i = 0; i < l->size; i++) {
        int r = obj_eq(l->items->items[i], args[0]);
        if (r < 0) return 0;
        c += r;
    }
    return MKSMALL(c);
}

static void reverse_range(Value *a, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) { Value t = a[i]; a[i] = a[j]; a[j] = t; }
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("list", "reverse", nargs, kw) < 0) return 0;
    List *l = (List *)self;
    if (l->size > 1) {
        gc_write_barrier((Object *)l->items);
        reverse_range(l->items->items, l->size);
    }
    return NONE;
}

/* -- Sorting: a stable merge sort ----------------------------------------------------
 * Binary insertion sort of runs of 32, then bottom-up merges through a
 * buffer.  The sort works on an int64 array in malloc'd memory: indices into
 * the key array (stable for equal keys), or, for a list of small ints sorted
 * without a key, the tagged ints themselves.  Keys are read from ValueArrays
 * the GC sees; the malloc'd array holds no references of its own. */

enum { SORT_GENERIC, SORT_INT, SORT_STR, SORT_FLOAT, SORT_RAWINT };

typedef struct SortCtx { const Value *keys; bool reverse; } SortCtx;

static int str_cmp(Value a, Value b)
{
    int64_t na = STR_NBYTES(a), nb = STR_NBYTES(b);
    int c = memcmp(STR_DATA(a), STR_DATA(b), (size_t)(na < nb ? na : nb));
    return c ? c : (na < nb ? -1 : na > nb);
}

static int generic_lt(Value a, Value b)
{
    Value r = obj_richcompare(a, b, CMP_LT);
    if (!r) return -1;
    if (r == TRUE_V) return 1;
    if (r == FALSE_V) return 0;
    return obj_truthy(r);
}

#define K(x) (c->keys[x])
#define LT_RAWINT(x, y) ((int64_t)(c->reverse ? (y) : (x)) < (int64_t)(c->reverse ? (x) : (y)))
#define LT_INT(x, y) lt_int(c, x, y)
#define LT_STR(x, y) (str_cmp(K(c->reverse ? (y) : (x)), K(c->reverse ? (x) : (y))) < 0)
#define LT_FLOAT(x, y) (((Float *)K(c->reverse ? (y) : (x)))->v < ((Float *)K(c->reverse ? (x) : (y)))->v)
#define LT_GENERIC(x, y) generic_lt(K(c->reverse ? (y) : (x)), K(c->reverse ? (x) : (y)))

static inline int lt_int(SortCtx *c, int64_t x, int64_t y)
{
    int64_t a = (int64_t)K(x), b = (int64_t)K(y);
    return c->reverse ? b < a : a < b;
}

#define DEFINE_MERGE_SORT(NAME, LT)                                                    \
static int NAME(SortCtx *c, int64_t *p, int64_t *tmp, int64_t n)                      \
{                                                                                    \
    const int64_t RUN = 32;                                                          \
    for (int64_t lo = 0; lo < n; lo += RUN) {                                        \
        int64_t hi = lo + RUN < n ? lo + RUN : n;                                    \
        for (int64_t i = lo + 1; i < hi; i++) {                                      \
            int64_t piv = p[i], l = lo, r = i;                                       \
            int in_order = LT(piv, p[i - 1]);                                        \
            if (in_order < 0) return -1;                                             \
            if (!in_order) continue;      /* already after its predecessor */        \
            r = i - 1;                                                               \
            while (l < r) {                                                          \
                int64_t mid = (l + r) >> 1;                                          \
                int lt = LT(piv, p[mid]);                                            \
                if (lt < 0) return -1;                                               \
                if (lt) r = mid; else l = mid + 1;                                   \
            }                                                                        \
            memmove(p + l + 1, p + l, (size_t)(i - l) * sizeof(int64_t));            \
            p[l] = piv;                                                              \
        }                                                                            \
    }                                                                                \
    for (int64_t w = RUN; w < n; w *= 2) {                                           \
        for (int64_t lo = 0; lo + w < n; lo += 2 * w) {                              \
            int64_t mid = lo + w, hi = lo + 2 * w < n ? lo + 2 * w : n;              \
            int lt = LT(p[mid], p[mid - 1]);                                         \
            if (lt < 0) return -1;                                                   \
            if (!lt) continue;                                                       \
            memcpy(tmp, p + lo, (size_t)w * sizeof(int64_t));                        \
            int64_t i = 0, j = mid, k = lo;                                          \
            while (i < w && j < hi) {                                                \
                lt = LT(p[j], tmp[i]);                                               \
                if (lt < 0) return -1;                                               \
                p[k++] = lt ? p[j++] : tmp[i++];                                     \
            }                                                                        \
            while (i < w) p[k++] = tmp[i++];                                         \
        }                                                                            \
    }                                                                                \
    return 0;                                                                        \
}

DEFINE_MERGE_SORT(sort_rawint, LT_RAWINT)
DEFINE_MERGE_SORT(sort_int, LT_INT)
DEFINE_MERGE_SORT(sort_str, LT_STR)
DEFINE_MERGE_SORT(sort_float, LT_FLOAT)
DEFINE_MERGE_SORT(sort_generic, LT_GENERIC)

int list_sort(Value list, Value key, bool reverse)
{
    List *l = (List *)list;
    int64_t n = l->size;
    ValueArray *saved = l->items;
    l->size = 0;
    set_items(l, NULL);
    int rc = 0;
    if (n == 0) goto done;
    const Value *vals = saved->items;
    Value keyarr = 0;
    const Value *keys = vals;
    if (key && key != NONE) {
        ValueArray *ka = value_array_new(n);
        keyarr = OBJ_VAL(ka);
        for (int64_t i = 0; i < n; i++) {
            Value k = obj_call1(key, vals[i]);
            if (!k) { rc = -1; goto done; }
            STORE_AT(ka, &ka->items[i], k);
        }
        keys = ka->items;
    }
    int mode;
    {
        bool ints = true, strs = true, floats = true;
        for (int64_t i = 0; i < n && (ints || strs || floats); i++) {
            Value k = keys[i];
            if (!IS_SMALL(k)) ints = false;
            if (!IS_TYPE(k, str)) strs = false;
            if (!IS_TYPE(k, float)) floats = false;
        }
        mode = ints ? (keys == vals ? SORT_RAWINT : SORT_INT) : strs ? SORT_STR : floats ? SORT_FLOAT : SORT_GENERIC;
    }
    SortCtx c = {keys, reverse};
    int64_t *p = malloc((size_t)n * 2 * sizeof(int64_t));
    if (!p) { raise_memory(); rc = -1; goto done; }
    int r;
    if (mode == SORT_RAWINT) {
        for (int64_t i = 0; i < n; i++) p[i] = (int64_t)vals[i];
        r = sort_rawint(&c, p, p + n, n);
    } else {
        for (int64_t i = 0; i < n; i++) p[i] = i;
        r = mode == SORT_INT ? sort_int(&c, p, p + n, n)
          : mode == SORT_STR ? sort_str(&c, p, p + n, n)
          : mode == SORT_FLOAT ? sort_float(&c, p, p + n, n)
          : sort_generic(&c, p, p + n, n);
    }
    if (r < 0) {
        free(p);
        rc = -1;
        goto done;
    }
    ValueArray *out = value_array_new(saved->cap);
    if (mode == SORT_RAWINT)
        for (int64_t i = 0; i < n; i++) out->items[i] = (Value)p[i];
    else
        for (int64_t i = 0; i < n; i++) out->items[i] = vals[p[i]];
    free(p);
    saved = out;
    (void)keyarr;
done:
    if (l->items || l->size) {
        if (rc == 0) raise_ValueError("list modified during sort");
        rc = -1;
    }
    set_items(l, saved);
    l->size = n;
    return rc;
}

Value list_sort_call(Value self, const Value *args, size_t nargs, Value kw)
{
    size_t nkw = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    if (nargs + nkw > 2) return raise_TypeError("sort() takes at most 2 arguments (%zu given)", nargs + nkw);
    if (nargs) return raise_TypeError("sort() takes no positional arguments");
    Value a[2] = {0, 0};
    if (kw) {
        for (int64_t i = 0; i < TUPLE_SIZE(kw); i++) {
            Value name = TUPLE_ITEMS(kw)[i];
            if (str_eq_cstr(name, "key")) a[0] = args[i];
            else if (str_eq_cstr(name, "reverse")) a[1] = args[i];
            else return raise_TypeError("'%U' is an invalid keyword argument for sort()", name);
        }
    }
    bool rev = false;
    if (a[1]) {
        if (!IS_INT(a[1]) && !has_index(a[1]))
            return raise_TypeError("'%T' object cannot be interpreted as an integer", a[1]);
        int t = obj_truthy(a[1]);
        if (t < 0) return 0;
        rev = t;
    }
    return list_sort(self, a[0], rev) < 0 ? 0 : NONE;
}

/* -- Slots ------------------------------------------------------------------------ */

static Value list_repr(Value self)
{
    if (LIST_SIZE(self) == 0) return str_from_cstr("[]");
    int g = repr_enter(self);
    if (g < 0) return 0;
    if (g > 0) return str_from_cstr("[...]");
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, '[');
    for (int64_t i = 0; i < LIST_SIZE(self); i++) {
        if (i) sb_add(&b, ", ", 2);
        Value r = obj_repr(LIST_ITEMS(self)[i]);
        if (!r) { sb_free(&b); repr_leave(self); return 0; }
        sb_add(&b, STR_DATA(r), (size_t)STR_NBYTES(r));
    }
    sb_addc(&b, ']');
    repr_leave(self);
    return sb_finish(&b);
}

static Value list_richcompare(Value a, Value b, int op)
{
    if (!IS_LIST(a) || !IS_LIST(b)) return NOTIMPL;
    if (UNLIKELY(c_stack_exhausted()))
        return raise_fmt(E(RecursionError), "maximum recursion depth exceeded in comparison");
    if (LIST_SIZE(a) != LIST_SIZE(b) && (op == CMP_EQ || op == CMP_NE)) return BOOL_V(op == CMP_NE);
    int64_t i;
    for (i = 0; i < LIST_SIZE(a) && i < LIST_SIZE(b); i++) {
        Value x = LIST_ITEMS(a)[i], y = LIST_ITEMS(b)[i];
        if (x == y) continue;
        int r = obj_eq(x, y);
        if (r < 0) return 0;
        if (!r) break;
    }
    int64_t na = LIST_SIZE(a), nb = LIST_SIZE(b);
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
    return obj_richcompare(LIST_ITEMS(a)[i], LIST_ITEMS(b)[i], op);
}

static int64_t list_len(Value self) { return LIST_SIZE(self); }

static int list_contains(Value self, Value item)
{
    for (int64_t i = 0; i < LIST_SIZE(self); i++) {
        Value x = LIST_ITEMS(self)[i];
        if (x == item) return 1;
        int r = obj_eq(x, item);
        if (r) return r;
    }
    return 0;
}

static Value list_getitem(Value self, Value key)
{
    List *l = (List *)self;
    int64_t i;
    if (LIKELY(IS_SMALL(key))) {
        i = SMALL_VAL(key);
    } else if (IS_TYPE(key, slice)) {
        int64_t start, stop, step, len;
        if (slice_indices(key, l->size, &start, &stop, &step, &len) < 0) return 0;
        if (step == 1) return list_getslice(self, start, stop);
        Value r = list_new(0);
        if (len > 0) {
            List *o = (List *)r;
            o->items = value_array_new(len);
            for (int64_t k = 0, j = start; k < len; k++, j += step) o->items->items[k] = l->items->items[j];
            o->size = len;
        }
        return r;
    } else if (has_index(key)) {
        if (obj_as_ssize(key, &i, E(IndexError)) < 0) return 0;
    } else {
        return raise_TypeError("list indices must be integers or slices, not %T", key);
    }
    if (i < 0) i += l->size;
    if (UNLIKELY((uint64_t)i >= (uint64_t)l->size)) return raise_IndexError("list index out of range");
    return l->items->items[i];
}

static int ass_subscript_slice(List *l, Value key, Value v)
{
    int64_t start, stop, step, len;
    if (slice_indices(key, l->size, &start, &stop, &step, &len) < 0) return -1;
    if (step == 1) return ass_slice(l, start, stop, v);
    if (!v) {
        if (len <= 0) return 0;
        if (step < 0) { stop = start + 1; start = stop + step * (len - 1) - 1; step = -step; }
        Value *it = l->items->items;
        gc_write_barrier((Object *)l->items);
        int64_t w = start, last = start + (len - 1) * step;
        for (int64_t j = start; j < l->size; j++) {
            if (j <= last && (j - start) % step == 0) continue;
            it[w++] = it[j];
        }
        list_resize(l, l->size - len);
        return 0;
    }
    if (OBJ_VAL(l) == v) {
        v = list_getslice(v, 0, l->size);
    }
    int64_t n;
    Value keep;
    const Value *src = seq_fast(v, &n, &keep, "must assign iterable to extended slice");
    if (!src) return -1;
    if (n != len) {
        raise_ValueError("attempt to assign sequence of size %lld to extended slice of size %lld", (long long)n, (long long)len);
        return -1;
    }
    gc_write_barrier((Object *)l->items);
    for (int64_t k = 0, j = start; k < len; k++, j += step) l->items->items[j] = src[k];
    (void)keep;
    return 0;
}

static int list_setitem(Value self, Value key, Value v)
{
    List *l = (List *)self;
    int64_t i;
    if (LIKELY(IS_SMALL(key))) {
        i = SMALL_VAL(key);
    } else if (IS_TYPE(key, slice)) {
        return ass_subscript_slice(l, key, v);
    } else if (has_index(key)) {
        if (obj_as_ssize(key, &i, E(IndexError)) < 0) return -1;
    } else {
        raise_TypeError("list indices must be integers or slices, not %T", key);
        return -1;
    }
    if (i < 0) i += l->size;
    if (UNLIKELY((uint64_t)i >= (uint64_t)l->size)) {
        raise_IndexError("list assignment index out of range");
        return -1;
    }
    if (v) {
        STORE_AT(l->items, &l->items->items[i], v);
        return 0;
    }
    return ass_slice(l, i, i + 1, 0);
}

static Value list_add(Value a, Value b)
{
    if (!IS_LIST(a)) return NOTIMPL;
    if (!IS_LIST(b)) {
        if ((TYPE(b)->flags & TF_HEAPTYPE) && type_lookup(TYPE(b), S(__radd__))) return NOTIMPL;
        return raise_TypeError("can only concatenate list (not \"%T\") to list", b);
    }
    int64_t na = LIST_SIZE(a), nb = LIST_SIZE(b);
    Value r = list_new(0);
    if (na + nb) {
        List *o = (List *)r;
        o->items = value_array_new(na + nb);
        if (na) memcpy(o->items->items, LIST_ITEMS(a), (size_t)na * sizeof(Value));
        if (nb) memcpy(o->items->items + na, LIST_ITEMS(b), (size_t)nb * sizeof(Value));
        o->size = na + nb;
    }
    return r;
}

static int repeat_count(Value seq, Value cnt, bool seq_left, int64_t *k, Value *res)
{
    *res = 0;
    if (!has_index(cnt)) {
        if ((TYPE(cnt)->flags & TF_HEAPTYPE) && type_lookup(TYPE(cnt), seq_left ? S(__rmul__) : S(__mul__))) {
            *res = NOTIMPL;
            return -1;
        }
        raise_TypeError("can't multiply sequence by non-int of type '%T'", cnt);
        return -1;
    }
    if (obj_as_ssize(cnt, k, E(OverflowError)) < 0) return -1;
    return heap_too_big(*k, (size_t)LIST_SIZE(seq) * sizeof(Value)) ? -1 : 0;
}

static Value list_mul(Value a, Value b)
{
    bool left = IS_LIST(a);
    Value seq = left ? a : b, cnt = left ? b : a, res;
    int64_t k;
    if (repeat_count(seq, cnt, left, &k, &res) < 0) return res;
    int64_t n = LIST_SIZE(seq);
    Value r = list_new(0);
    if (k <= 0 || n == 0) return r;
    if (n > INT64_MAX / 16 / k) return raise_memory();
    List *o = (List *)r;
    o->items = value_array_new(n * k);
    for (int64_t j = 0; j < k; j++) memcpy(o->items->items + j * n, LIST_ITEMS(seq), (size_t)n * sizeof(Value));
    o->size = n * k;
    return r;
}

static Value list_iadd(Value a, Value b)
{
    if (!IS_LIST(a)) return NOTIMPL;
    if (list_extend(a, b) < 0) return 0;
    return a;
}

static Value list_imul(Value a, Value b)
{
    if (!IS_LIST(a)) return NOTIMPL;
    Value res;
    int64_t k;
    if (repeat_count(a, b, true, &k, &res) < 0) return res;
    List *l = (List *)a;
    int64_t n = l->size;
    if (k <= 0 || n == 0) { list_clear_(l); return a; }
    if (k == 1) return a;
    if (n > INT64_MAX / 16 / k) return raise_memory();
    list_resize(l, n * k);
    gc_write_barrier((Object *)l->items);
    for (int64_t j = 1; j < k; j++) memcpy(l->items->items + j * n, l->items->items, (size_t)n * sizeof(Value));
    return a;
}

static Value list_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    return list_alloc(t);
}

static int list_init(Value self, const Value *args, size_t nargs, Value kw)
{
    if (TYPE(self) == T(list) && args_no_kw("list", kw) < 0) return -1;
    if (nargs > 1) { raise_TypeError("list expected at most 1 argument, got %zu", nargs); return -1; }
    list_clear_((List *)self);
    if (nargs) return list_extend(self, args[0]);
    return 0;
}

/* -- Iterators --------------------------------------------------------------- */

typedef struct ListIter { Object hdr; int64_t index; Value seq; } ListIter;

static Value list_iter(Value self)
{
    ListIter *it = (ListIter *)gc_alloc(T(list_iter), sizeof(ListIter));
    it->seq = self;
    return OBJ_VAL(it);
}

static Value iter_self(Value self) { return self; }

static Value list_iter_next(Value self)
{
    ListIter *it = (ListIter *)self;
    Value s = it->seq;
    if (!s) return 0;
    if (LIKELY(it->index < LIST_SIZE(s))) return LIST_ITEMS(s)[it->index++];
    it->seq = 0;
    return 0;
}

static Value list_iter_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    ListIter *it = (ListIter *)self;
    int64_t n = it->seq ? LIST_SIZE(it->seq) - it->index : 0;
    return MKSMALL(n < 0 ? 0 : n);
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("list", "__reversed__", nargs, kw) < 0) return 0;
    ListIter *it = (ListIter *)gc_alloc(T(list_reviter), sizeof(ListIter));
    it->seq = self;
    it->index = LIST_SIZE(self) - 1;
    return OBJ_VAL(it);
}

static Value list_reviter_next(Value self)
{
    ListIter *it = (ListIter *)self;
    Value s = it->seq;
    if (!s) return 0;
    if (it->index >= 0 && it->index < LIST_SIZE(s)) return LIST_ITEMS(s)[it->index--];
    it->index = -1;
    it->seq = 0;
    return 0;
}

static Value list_reviter_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    ListIter *it = (ListIter *)self;
    int64_t n = it->seq && it->index < LIST_SIZE(it->seq) ? it->index + 1 : 0;
    return MKSMALL(n);
}

static Value list_iter_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    ListIter *it = (ListIter *)self;
    return iter_reduce_seq(self, "iter", it->seq, int_from_i64(it->index), list_new(0));
}

static Value list_iter_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    ListIter *it = (ListIter *)self;
    int64_t i;
    if (iter_setstate_arg(self, args, nargs, kw, &i) < 0) return 0;
    if (it->seq) it->index = i < 0 ? 0 : i > LIST_SIZE(it->seq) ? LIST_SIZE(it->seq) : i;
    return NONE;
}

static Value list_reviter_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    ListIter *it = (ListIter *)self;
    if (!it->seq) return iter_reduce_seq(self, "iter", 0, 0, list_new(0));
    return iter_reduce_seq(self, "reversed", it->seq, int_from_i64(it->index), 0);
}

static Value list_reviter_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    ListIter *it = (ListIter *)self;
    int64_t i;
    if (iter_setstate_arg(self, args, nargs, kw, &i) < 0) return 0;
    if (it->seq) it->index = i < -1 ? -1 : i > LIST_SIZE(it->seq) - 1 ? LIST_SIZE(it->seq) - 1 : i;
    return NONE;
}

/* -- Type objects ------------------------------------------------------------- */

/* list.__getitem__ is a method (METH_COEXIST in CPython), not a slot wrapper. */
static Value m_getitem(Value self, const Value *args, size_t nargs, Value kw) { return list_getitem(self, args[0]); }

static const MethodDef list_methods[] = {
    {"__getitem__", m_getitem, METH_O, "x.__getitem__(y) <==> x[y]"},
    {"append", m_append, METH_O, "Append object to the end of the list."},
    {"extend", m_extend, METH_O, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, METH_NOKW, "Insert object before index."},
    {"pop", m_pop, METH_NOKW, "Remove and return item at index (default last)."},
    {"remove", m_remove, METH_O, "Remove first occurrence of value."},
    {"clear", m_clear, METH_NOARGS, "Remove all items from list."},
    {"copy", m_copy, METH_NOARGS, "Return a shallow copy of the list."},
    {"index", m_index, METH_NOKW, "Return first index of value."},
    {"count", m_count, METH_O, "Return number of occurrences of value."},
    {"reverse", m_reverse, METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", list_sort_call, 0, "Sort the list in ascending order and return None."},
    {"__reversed__", m_reversed, METH_NOARGS, "Return a reverse iterator over the list."},
    {"__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

const TypeSpec list_spec = {
    .name = "list", .base = -1,
    .basicsize = sizeof(List),
    .flags = TF_BASETYPE | TF_LIST_SUB | TF_IMMUTABLE,
    .doc = "Built-in mutable sequence.",
    .repr = list_repr, .richcompare = list_richcompare,
    .iter = list_iter, .new_ = list_new_, .init = list_init,
    .nb_add = list_add, .nb_mul = list_mul, .nb_iadd = list_iadd, .nb_imul = list_imul,
    .len = list_len, .getitem = list_getitem, .setitem = list_setitem, .contains = list_contains,
    .methods = list_methods,
};

static const MethodDef list_iter_methods[] = {
    {"__length_hint__", list_iter_length_hint, METH_NOARGS, NULL},
    {"__reduce__", list_iter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", list_iter_setstate, METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec list_iter_spec = {
    .name = "list_iterator", .base = -1,
    .basicsize = sizeof(ListIter), .flags = TF_IMMUTABLE,
    .iter = iter_self, .next = list_iter_next, .methods = list_iter_methods,
};

static const MethodDef list_reviter_methods[] = {
    {"__length_hint__", list_reviter_length_hint, METH_NOARGS, NULL},
    {"__reduce__", list_reviter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", list_reviter_setstate, METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec list_reviter_spec = {
    .name = "list_reverseiterator", .base = -1,
    .basicsize = sizeof(ListIter), .flags = TF_IMMUTABLE,
    .iter = iter_self, .next = list_reviter_next, .methods = list_reviter_methods,
};
