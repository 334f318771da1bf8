/* kiln: the itertools module, as CPython 3.11's Modules/itertoolsmodule.c:
 * the same types, argument checks, error messages, reprs and pickling state
 * (__reduce__ / __setstate__).  Every `next` slot returns 0 without an
 * exception when the iterator is exhausted.  Index arrays of the combinatoric
 * iterators live in RawBytes (no Values inside); everything else is traced. */
#include "core.h"
#include <string.h>

/* -- Shared helpers --------------------------------------------------------------- */

static Value iter_self(Value self) { return self; }

/* next(it) through the slot; 0 without exception when exhausted. */
static ALWAYS_INLINE Value nxt(Value it)
{
    UnaryFn f = TYPE(it)->next;
    return LIKELY(f != NULL) ? f(it) : obj_next(it);
}

/* A zeroed instance of t (or a subclass of it): at least sz bytes. */
static void *new_obj(Type *t, size_t sz)
{
    return gc_alloc(t, t->basicsize > sz ? t->basicsize : sz);
}

/* The type's short name (CPython's _PyType_Name), a str. */
#define TNAME(v) (TYPE(v)->name)

/* Positional-only constructors: no keywords for the type itself (subclasses
 * with their own __init__ may take them), then the argument count. */
static int pos_args(const char *name, Type *t, Type *own, size_t nargs, Value kw, size_t min, size_t max)
{
    if ((t == own || t->init == own->init) && args_no_kw(name, kw) < 0) return -1;
    return args_count(name, nargs, min, max);
}

/* PyArg "n": an index that fits in a C ssize_t. */
static int arg_ssize(Value v, int64_t *out)
{
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    Value i = obj_index(v);
    if (!i) return -1;
    if (int_as_i64(int_value_of(i), out) < 0) {
        exc_clear();
        raise_OverflowError("Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* PyLong_AsSsize_t: an int (no __index__) that fits. */
static int long_ssize(Value v, int64_t *out)
{
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    if (!IS_INT(v)) { raise_TypeError("an integer is required"); return -1; }
    if (int_as_i64(int_value_of(v), out) < 0) {
        exc_clear();
        raise_OverflowError("Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* PyArg "i": a C int. */
static int arg_int(Value v, int *out)
{
    int64_t i;
    if (arg_ssize(v, &i) < 0) {
        if (exc_matches(E(OverflowError))) {
            exc_clear();
            raise_OverflowError("signed integer is %s", int_sign(obj_index(v)) < 0 ? "less than minimum" : "greater than maximum");
        }
        return -1;
    }
    if (i < INT32_MIN || i > INT32_MAX) {
        raise_OverflowError("signed integer is %s", i < 0 ? "less than minimum" : "greater than maximum");
        return -1;
    }
    *out = (int)i;
    return 0;
}

/* A __setstate__ argument that PyArg_ParseTuple reads as min..max objects. */
static int state_tuple(Value state, int64_t min, int64_t max)
{
    if (!IS_TUPLE(state)) { raise_TypeError("state is not a tuple"); return -1; }
    int64_t n = TUPLE_SIZE(state);
    if (n >= min && n <= max) return 0;
    int64_t want = n < min ? min : max;
    raise_TypeError("function takes %s %lld argument%s (%lld given)",
                    min == max ? "exactly" : n < min ? "at least" : "at most",
                    (long long)want, want == 1 ? "" : "s", (long long)n);
    return -1;
}

/* PyArg "O!": v must be an instance of t. */
static int arg_type(Value v, Type *t, const char *fname, int pos)
{
    if (type_is_subtype(TYPE(v), t)) return 0;
    Value q = type_qualified_name(t);
    if (!q) return -1;
    if (fname) raise_TypeError("%s() argument %d must be %U, not %A", fname, pos, q, v);
    else raise_TypeError("argument %d must be %U, not %A", pos, q, v);
    return -1;
}

/* PyNumber_Check. */
static bool is_number(Value v)
{
    if (IS_SMALL(v)) return true;
    Type *t = TYPE(v);
    return t->nb_index || t->nb_int || t->nb_float || type_is_subtype(t, T(complex));
}

static Value builtin_iter(void)
{
    Value f = dict_get_cstr(R->builtins_dict, "iter");
    return f ? f : raise_AttributeError("module 'builtins' has no attribute 'iter'");
}

/* A RawBytes holding n int64 indices. */
static RawBytes *index_array(int64_t n)
{
    if (heap_too_big(n, sizeof(int64_t))) return NULL;
    return raw_bytes_new(n * (int64_t)sizeof(int64_t) + 1);
}
#define IDX(rb) ((int64_t *)(rb)->data)

/* A tuple of the ints a[0..n). */
static Value index_tuple(const int64_t *a, int64_t n)
{
    Value t = tuple_new(n);
    for (int64_t i = 0; i < n; i++) TUPLE_ITEMS(t)[i] = int_from_i64(a[i]);
    return t;
}

/* The tuple pool[idx[0]], ..., pool[idx[r-1]]. */
static Value pick(Value pool, const int64_t *idx, int64_t r)
{
    Value t = tuple_new(r);
    for (int64_t i = 0; i < r; i++) TUPLE_ITEMS(t)[i] = TUPLE_ITEMS(pool)[idx[i]];
    return t;
}

/* A copy of the tuple t, to be changed before it is returned. */
static Value tuple_dup(Value t)
{
    return tuple_from(TUPLE_ITEMS(t), TUPLE_SIZE(t));
}

/* -- count -------------------------------------------------------------------------- */

/* Fast mode (long_cnt == 0): an int64 counter with step 1; otherwise
 * long_cnt += long_step with the number protocol. */
typedef struct Count { Object hdr; Value long_cnt, long_step; int64_t cnt; } Count;

static void count_trace(Object *o, Visitor visit, void *ctx)
{
    Count *c = (Count *)o;
    visit(c->long_cnt, ctx);
    visit(c->long_step, ctx);
}

static Value count_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"start", "step", NULL};
    Value a[2];
    if (args_parse("count", args, nargs, kw, names, 0, a) < 0) return 0;
    Value start = a[0], step = a[1];
    if ((start && !is_number(start)) || (step && !is_number(step)))
        return raise_TypeError("a number is required");
    bool fast = (!start || IS_INT(start)) && (!step || IS_INT(step));
    int64_t cnt = 0;
    if (start) {
        if (fast && int_as_i64(int_value_of(start), &cnt) < 0) { exc_clear(); fast = false; }
    } else {
        start = MKSMALL(0);
    }
    if (!step) step = MKSMALL(1);
    if (fast) {
        int64_t s;
        if (int_as_i64(int_value_of(step), &s) < 0) { exc_clear(); fast = false; }
        else if (s != 1) fast = false;
    }
    Count *c = new_obj(t, sizeof(Count));
    STORE(c, long_step, step);
    if (fast) c->cnt = cnt;
    else { STORE(c, long_cnt, start); c->cnt = INT64_MAX; }
    return OBJ_VAL(c);
}

static Value count_next(Value self)
{
    Count *c = (Count *)self;
    if (LIKELY(!c->long_cnt)) {
        if (LIKELY(c->cnt < SMALL_MAX)) return MKSMALL(c->cnt++);
        if (c->cnt != INT64_MAX) return int_from_i64(c->cnt++);
        STORE(c, long_cnt, int_from_i64(INT64_MAX));   /* on to slow mode */
    }
    Value r = c->long_cnt;
    Value n = obj_binop(r, c->long_step, BINOP_ADD);
    if (!n) return 0;
    STORE(c, long_cnt, n);
    return r;
}

static Value count_repr(Value self)
{
    Count *c = (Count *)self;
    if (!c->long_cnt) return str_fmt("%U(%lld)", TNAME(self), (long long)c->cnt);
    if (IS_INT(c->long_step)) {
        int64_t s;
        if (int_as_i64(int_value_of(c->long_step), &s) < 0) exc_clear();
        else if (s == 1) return str_fmt("%U(%R)", TNAME(self), c->long_cnt);
    }
    return str_fmt("%U(%R, %R)", TNAME(self), c->long_cnt, c->long_step);
}

static Value count_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Count *c = (Count *)self;
    if (!c->long_cnt) return tuple_pack(2, OBJ_VAL(TYPE(self)), tuple_pack(1, int_from_i64(c->cnt)));
    return tuple_pack(2, OBJ_VAL(TYPE(self)), tuple_pack(2, c->long_cnt, c->long_step));
}

/* -- cycle -------------------------------------------------------------------------- */

typedef struct Cycle { Object hdr; Value it, saved; int64_t index; bool firstpass; } Cycle;

static void cycle_trace(Object *o, Visitor visit, void *ctx)
{
    Cycle *c = (Cycle *)o;
    visit(c->it, ctx);
    visit(c->saved, ctx);
}

static Value cycle_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (pos_args("cycle", t, T(it_cycle), nargs, kw, 1, 1) < 0) return 0;
    Value it = obj_iter(args[0]);
    if (!it) return 0;
    Value saved = list_new(0);
    Cycle *c = new_obj(t, sizeof(Cycle));
    STORE(c, it, it);
    STORE(c, saved, saved);
    return OBJ_VAL(c);
}

static Value cycle_next(Value self)
{
    Cycle *c = (Cycle *)self;
    if (c->it) {
        Value item = nxt(c->it);
        if (item) {
            if (!c->firstpass && list_append(c->saved, item) < 0) return 0;
            return item;
        }
        if (exc_pending()) return 0;
        c->it = 0;
    }
    int64_t n = LIST_SIZE(c->saved);
    if (n == 0) return 0;
    if (c->index >= n) c->index = 0;      /* the list was changed through __reduce__ */
    Value item = LIST_ITEMS(c->saved)[c->index];
    if (++c->index >= n) c->index = 0;
    return item;
}

static Value cycle_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Cycle *c = (Cycle *)self;
    if (!c->it) {
        Value it = obj_iter(c->saved);
        if (!it) return 0;
        if (c->index != 0) {
            Value i = int_from_i64(c->index);
            if (!obj_call_method(it, str_from_cstr("__setstate__"), &i, 1)) return 0;
        }
        return tuple_pack(3, OBJ_VAL(TYPE(self)), tuple_pack(1, it), tuple_pack(2, c->saved, TRUE_V));
    }
    return tuple_pack(3, OBJ_VAL(TYPE(self)), tuple_pack(1, c->it), tuple_pack(2, c->saved, BOOL_V(c->firstpass)));
}

static Value cycle_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    Cycle *c = (Cycle *)self;
    Value st = args[0];
    int firstpass;
    if (state_tuple(st, 2, 2) < 0 || arg_type(TUPLE_ITEMS(st)[0], T(list), NULL, 1) < 0 ||
        arg_int(TUPLE_ITEMS(st)[1], &firstpass) < 0) return 0;
    STORE(c, saved, TUPLE_ITEMS(st)[0]);
    c->firstpass = firstpass != 0;
    c->index = 0;
    return NONE;
}

/* -- repeat ------------------------------------------------------------------------- */

typedef struct Repeat { Object hdr; Value element; int64_t cnt; } Repeat;   /* cnt -1: forever */

static void repeat_trace(Object *o, Visitor visit, void *ctx) { visit(((Repeat *)o)->element, ctx); }

static Value repeat_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"object", "times", NULL};
    Value a[2];
    if (args_parse("repeat", args, nargs, kw, names, 1, a) < 0) return 0;
    int64_t cnt = -1;
    if (a[1] && arg_ssize(a[1], &cnt) < 0) return 0;
    if (a[1] && cnt < 0) cnt = 0;
    Repeat *r = new_obj(t, sizeof(Repeat));
    STORE(r, element, a[0]);
    r->cnt = cnt;
    return OBJ_VAL(r);
}

static Value repeat_next(Value self)
{
    Repeat *r = (Repeat *)self;
    if (r->cnt == 0) return 0;
    if (r->cnt > 0) r->cnt--;
    return r->element;
}

static Value repeat_repr(Value self)
{
    Repeat *r = (Repeat *)self;
    if (r->cnt == -1) return str_fmt("%U(%R)", TNAME(self), r->element);
    return str_fmt("%U(%R, %lld)", TNAME(self), r->element, (long long)r->cnt);
}

static Value repeat_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    Repeat *r = (Repeat *)self;
    if (r->cnt == -1) return raise_TypeError("len() of unsized object");
    return int_from_i64(r->cnt);
}

static Value repeat_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Repeat *r = (Repeat *)self;
    if (r->cnt >= 0) return tuple_pack(2, OBJ_VAL(TYPE(self)), tuple_pack(2, r->element, int_from_i64(r->cnt)));
    return tuple_pack(2, OBJ_VAL(TYPE(self)), tuple_pack(1, r->element));
}

/* -- accumulate ---------------------------------------------------------------------- */

/* total 0: nothing yielded yet; binop 0: addition; initial 0: none pending. */
typedef struct Accumulate { Object hdr; Value total, it, binop, initial; } Accumulate;

static void accumulate_trace(Object *o, Visitor visit, void *ctx)
{
    Accumulate *a = (Accumulate *)o;
    visit(a->total, ctx); visit(a->it, ctx); visit(a->binop, ctx); visit(a->initial, ctx);
}

static Value accumulate_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"iterable", "func", "initial", NULL};
    Value a[3];
    if (nargs > 2 && nargs + (kw ? (size_t)TUPLE_SIZE(kw) : 0) <= 3)
        return raise_TypeError("accumulate() takes at most 2 positional arguments (%zu given)", nargs);
    if (args_parse("accumulate", args, nargs, kw, names, 1, a) < 0) return 0;
    Value it = obj_iter(a[0]);
    if (!it) return 0;
    Accumulate *r = new_obj(t, sizeof(Accumulate));
    STORE(r, it, it);
    if (a[1] && a[1] != NONE) STORE(r, binop, a[1]);
    if (a[2] && a[2] != NONE) STORE(r, initial, a[2]);
    return OBJ_VAL(r);
}

static Value accumulate_next(Value self)
{
    Accumulate *a = (Accumulate *)self;
    if (a->initial) {
        STORE(a, total, a->initial);
        a->initial = 0;
        return a->total;
    }
    Value v = nxt(a->it);
    if (!v) return 0;
    if (!a->total) {
        STORE(a, total, v);
        return v;
    }
    Value n = a->binop ? obj_call2(a->binop, a->total, v) : obj_binop(a->total, v, BINOP_ADD);
    if (!n) return 0;
    STORE(a, total, n);
    return n;
}

static Value accumulate_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Accumulate *a = (Accumulate *)self;
    Value tp = OBJ_VAL(TYPE(self)), binop = a->binop ? a->binop : NONE;
    if (a->initial) {
        Value ch[2] = {tuple_pack(1, a->initial), a->it};
        Value it = obj_type_call(T(it_chain), ch, 2, 0);
        if (!it) return 0;
        return tuple_pack(3, tp, tuple_pack(2, it, binop), NONE);
    }
    if (a->total == NONE) {
        /* a total of None would read as "nothing yielded yet": accumulate it
           again in front of the rest and skip it with islice */
        Value ch[2] = {tuple_pack(1, a->total), a->it};
        Value it = obj_type_call(T(it_chain), ch, 2, 0);
        if (!it) return 0;
        Value ac[2] = {it, binop};
        it = obj_type_call(TYPE(self), ac, 2, 0);
        if (!it) return 0;
        return tuple_pack(2, OBJ_VAL(T(it_islice)), tuple_pack(3, it, MKSMALL(1), NONE));
    }
    return tuple_pack(3, tp, tuple_pack(2, a->it, binop), a->total ? a->total : NONE);
}

static Value accumulate_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    STORE((Accumulate *)self, total, args[0]);
    return NONE;
}

/* -- chain --------------------------------------------------------------------------- */

/* source: the iterator of iterables (0 once exhausted); active: the current one. */
typedef struct Chain { Object hdr; Value source, active; } Chain;

static void chain_trace(Object *o, Visitor visit, void *ctx)
{
    Chain *c = (Chain *)o;
    visit(c->source, ctx);
    visit(c->active, ctx);
}

static Value chain_make(Type *t, Value source)
{
    Chain *c = new_obj(t, sizeof(Chain));
    STORE(c, source, source);
    return OBJ_VAL(c);
}

static Value chain_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if ((t == T(it_chain) || t->init == T(it_chain)->init) && args_no_kw("chain", kw) < 0) return 0;
    Value source = obj_iter(tuple_from(args, (int64_t)nargs));
    if (!source) return 0;
    return chain_make(t, source);
}

static Value chain_from_iterable(Value cls, const Value *args, size_t nargs, Value kw)
{
    Value source = obj_iter(args[0]);
    if (!source) return 0;
    return chain_make((Type *)cls, source);
}

static Value chain_next(Value self)
{
    Chain *c = (Chain *)self;
    while (c->source) {
        if (!c->active) {
            Value iterable = nxt(c->source);
            if (!iterable) { c->source = 0; return 0; }
            Value it = obj_iter(iterable);
            if (!it) { c->source = 0; return 0; }
            STORE(c, active, it);
        }
        Value item = nxt(c->active);
        if (LIKELY(item != 0)) return item;
        if (exc_pending()) {
            if (!exc_matches(E(StopIteration))) return 0;
            exc_clear();
        }
        c->active = 0;
    }
    return 0;
}

static Value chain_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Chain *c = (Chain *)self;
    Value tp = OBJ_VAL(TYPE(self));
    if (!c->source) return tuple_pack(2, tp, R->empty_tuple);
    if (c->active) return tuple_pack(3, tp, R->empty_tuple, tuple_pack(2, c->source, c->active));
    return tuple_pack(3, tp, R->empty_tuple, tuple_pack(1, c->source));
}

static Value chain_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    Chain *c = (Chain *)self;
    Value st = args[0];
    if (state_tuple(st, 1, 2) < 0) return 0;
    Value source = TUPLE_ITEMS(st)[0], active = TUPLE_SIZE(st) > 1 ? TUPLE_ITEMS(st)[1] : 0;
    if (!TYPE(source)->next || (active && !TYPE(active)->next))
        return raise_TypeError("Arguments must be iterators.");
    STORE(c, source, source);
    STORE(c, active, active);
    return NONE;
}

/* -- compress ------------------------------------------------------------------------ */

typedef struct Compress { Object hdr; Value data, selectors; } Compress;

static void compress_trace(Object *o, Visitor visit, void *ctx)
{
    Compress *c = (Compress *)o;
    visit(c->data, ctx);
    visit(c->selectors, ctx);
}

static Value compress_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"data", "selectors", NULL};
    Value a[2];
    if (args_parse("compress", args, nargs, kw, names, 2, a) < 0) return 0;
    Value data = obj_iter(a[0]);
    if (!data) return 0;
    Value sel = obj_iter(a[1]);
    if (!sel) return 0;
    Compress *c = new_obj(t, sizeof(Compress));
    STORE(c, data, data);
    STORE(c, selectors, sel);
    return OBJ_VAL(c);
}

static Value compress_next(Value self)
{
    Compress *c = (Compress *)self;
    for (;;) {
        Value d = nxt(c->data);
        if (!d) return 0;
        Value s = nxt(c->selectors);
        if (!s) return 0;
        int ok = obj_truthy(s);
        if (ok > 0) return d;
        if (ok < 0) return 0;
    }
}

static Value compress_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Compress *c = (Compress *)self;
    return tuple_pack(2, OBJ_VAL(TYPE(self)), tuple_pack(2, c->data, c->selectors));
}

/* -- dropwhile, takewhile, filterfalse, starmap: (function, iterator) ------------------ */

typedef struct FuncIt { Object hdr; Value func, it; bool flag; } FuncIt;  /* flag: dropwhile started / takewhile stopped */

static void funcit_trace(Object *o, Visitor visit, void *ctx)
{
    FuncIt *f = (FuncIt *)o;
    visit(f->func, ctx);
    visit(f->it, ctx);
}

static Value funcit_make(const char *name, Type *own, Type *t, const Value *args, size_t nargs, Value kw)
{
    if (pos_args(name, t, own, nargs, kw, 2, 2) < 0) return 0;
    Value it = obj_iter(args[1]);
    if (!it) return 0;
    FuncIt *f = new_obj(t, sizeof(FuncIt));
    STORE(f, func, args[0]);
    STORE(f, it, it);
    return OBJ_VAL(f);
}

static Value dropwhile_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    return funcit_make("dropwhile", T(it_dropwhile), t, args, nargs, kw);
}
static Value takewhile_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    return funcit_make("takewhile", T(it_takewhile), t, args, nargs, kw);
}
static Value filterfalse_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    return funcit_make("filterfalse", T(it_filterfalse), t, args, nargs, kw);
}
static Value starmap_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    return funcit_make("starmap", T(it_starmap), t, args, nargs, kw);
}

/* func(item) is true: 1/0, -1 error. */
static int pred_true(Value func, Value item)
{
    Value r = obj_call1(func, item);
    return r ? obj_truthy(r) : -1;
}

static Value dropwhile_next(Value self)
{
    FuncIt *f = (FuncIt *)self;
    for (;;) {
        Value item = nxt(f->it);
        if (!item) return 0;
        if (f->flag) return item;
        int ok = pred_true(f->func, item);
        if (ok == 0) { f->flag = true; return item; }
        if (ok < 0) return 0;
    }
}

static Value takewhile_next(Value self)
{
    FuncIt *f = (FuncIt *)self;
    if (f->flag) return 0;
    Value item = nxt(f->it);
    if (!item) return 0;
    int ok = pred_true(f->func, item);
    if (ok > 0) return item;
    if (ok == 0) f->flag = true;
    return 0;
}

static Value filterfalse_next(Value self)
{
    FuncIt *f = (FuncIt *)self;
    bool plain = f->func == NONE || f->func == OBJ_VAL(T(bool));
    for (;;) {
        Value item = nxt(f->it);
        if (!item) return 0;
        int ok = plain ? obj_truthy(item) : pred_true(f->func, item);
        if (ok == 0) return item;
        if (ok < 0) return 0;
    }
}

static Value starmap_next(Value self)
{
    FuncIt *f = (FuncIt *)self;
    Value a = nxt(f->it);
    if (!a) return 0;
    if (!IS_TYPE(a, tuple)) {
        a = tuple_from_iter(a);
        if (!a) return 0;
    }
    return obj_call(f->func, TUPLE_ITEMS(a), (size_t)TUPLE_SIZE(a), 0);
}

/* (type, (func, it)) and, for dropwhile/takewhile, the flag. */
static Value funcit_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    FuncIt *f = (FuncIt *)self;
    Value a = tuple_pack(2, f->func, f->it);
    Type *t = TYPE(self);
    if (type_is_subtype(t, T(it_dropwhile)) || type_is_subtype(t, T(it_takewhile)))
        return tuple_pack(3, OBJ_VAL(t), a, MKSMALL(f->flag));
    return tuple_pack(2, OBJ_VAL(t), a);
}

static Value funcit_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    int r = obj_truthy(args[0]);
    if (r < 0) return 0;
    ((FuncIt *)self)->flag = r;
    return NONE;
}

/* -- groupby and _grouper -------------------------------------------------------------- */

/* tgtkey: the current group's key; currkey/currvalue: the item read ahead (0:
 * none); currgrouper: the one _grouper still allowed to run. */
typedef struct GroupBy { Object hdr; Value it, keyfunc, tgtkey, currkey, currvalue, currgrouper; } GroupBy;
typedef struct Grouper { Object hdr; Value parent, tgtkey; } Grouper;

static void groupby_trace(Object *o, Visitor visit, void *ctx)
{
    GroupBy *g = (GroupBy *)o;
    visit(g->it, ctx); visit(g->keyfunc, ctx); visit(g->tgtkey, ctx);
    visit(g->currkey, ctx); visit(g->currvalue, ctx); visit(g->currgrouper, ctx);
}

static void grouper_trace(Object *o, Visitor visit, void *ctx)
{
    Grouper *g = (Grouper *)o;
    visit(g->parent, ctx);
    visit(g->tgtkey, ctx);
}

static Value groupby_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"iterable", "key", NULL};
    Value a[2];
    if (args_parse("groupby", args, nargs, kw, names, 1, a) < 0) return 0;
    Value it = obj_iter(a[0]);
    if (!it) return 0;
    GroupBy *g = new_obj(t, sizeof(GroupBy));
    STORE(g, it, it);
    STORE(g, keyfunc, a[1] ? a[1] : NONE);
    return OBJ_VAL(g);
}

/* Read the next item and its key; -1 when exhausted or on error. */
static int groupby_step(GroupBy *g)
{
    Value v = nxt(g->it);
    if (!v) return -1;
    Value k = v;
    if (g->keyfunc != NONE) {
        k = obj_call1(g->keyfunc, v);
        if (!k) return -1;
    }
    STORE(g, currvalue, v);
    STORE(g, currkey, k);
    return 0;
}

static Value grouper_make(Type *t, Value parent, Value tgtkey)
{
    Grouper *gr = new_obj(t, sizeof(Grouper));
    STORE(gr, parent, parent);
    STORE(gr, tgtkey, tgtkey);
    STORE((GroupBy *)parent, currgrouper, OBJ_VAL(gr));
    return OBJ_VAL(gr);
}

static Value groupby_next(Value self)
{
    GroupBy *g = (GroupBy *)self;
    g->currgrouper = 0;
again:
    for (;;) {   /* skip to the next group */
        if (!g->currkey) {
        } else if (!g->tgtkey) {
            break;
        } else {
            int r = obj_compare_bool(g->tgtkey, g->currkey, CMP_EQ);
            if (r < 0) return 0;
            if (r == 0) break;
        }
        if (groupby_step(g) < 0) return 0;
    }
    if (UNLIKELY(!g->currkey)) goto again;   /* a key's __eq__ ran the grouper */
    STORE(g, tgtkey, g->currkey);
    Value gr = grouper_make(T(it_grouper), self, g->tgtkey);
    return tuple_pack(2, g->currkey, gr);
}

static Value groupby_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    GroupBy *g = (GroupBy *)self;
    Value tp = OBJ_VAL(TYPE(self)), a = tuple_pack(2, g->it, g->keyfunc);
    if (g->tgtkey && g->currkey && g->currvalue)
        return tuple_pack(3, tp, a, tuple_pack(3, g->currkey, g->currvalue, g->tgtkey));
    return tuple_pack(2, tp, a);
}

static Value groupby_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    GroupBy *g = (GroupBy *)self;
    Value st = args[0];
    if (state_tuple(st, 3, 3) < 0) return 0;
    STORE(g, currkey, TUPLE_ITEMS(st)[0]);
    STORE(g, currvalue, TUPLE_ITEMS(st)[1]);
    STORE(g, tgtkey, TUPLE_ITEMS(st)[2]);
    return NONE;
}

static Value grouper_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (pos_args("_grouper", t, T(it_grouper), nargs, kw, 2, 2) < 0 ||
        arg_type(args[0], T(it_groupby), "_grouper", 1) < 0) return 0;
    return grouper_make(t, args[0], args[1]);
}

static Value grouper_next(Value self)
{
    Grouper *gr = (Grouper *)self;
    GroupBy *g = (GroupBy *)gr->parent;
    if (g->currgrouper != self) return 0;
    if (!g->currvalue && groupby_step(g) < 0) return 0;
    int r = obj_compare_bool(gr->tgtkey, g->currkey, CMP_EQ);
    if (r <= 0) return 0;
    Value v = g->currvalue;
    g->currvalue = 0;
    g->currkey = 0;
    return v;
}

static Value grouper_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Grouper *gr = (Grouper *)self;
    if (((GroupBy *)gr->parent)->currgrouper != self) {
        Value f = builtin_iter();
        return f ? tuple_pack(2, f, tuple_pack(1, R->empty_tuple)) : 0;
    }
    return tuple_pack(2, OBJ_VAL(TYPE(self)), tuple_pack(2, gr->parent, gr->tgtkey));
}

/* -- islice ------------------------------------------------------------------------------ */

/* next: index of the next item to yield; stop -1: none; cnt: items read. */
typedef struct ISlice { Object hdr; Value it; int64_t next, stop, step, cnt; } ISlice;

static void islice_trace(Object *o, Visitor visit, void *ctx) { visit(((ISlice *)o)->it, ctx); }

/* An islice() bound: -1 (error cleared) for a non-index or one out of range. */
static int64_t clip_index(Value v)
{
    int64_t r;
    if (obj_as_ssize(v, &r, E(OverflowError)) < 0) { exc_clear(); return -1; }
    return r;
}

static Value islice_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char stop_msg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (pos_args("islice", t, T(it_islice), nargs, kw, 2, 4) < 0) return 0;
    int64_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (args[1] != NONE && (stop = clip_index(args[1])) == -1) return raise_ValueError(stop_msg);
    } else {
        if (args[1] != NONE) start = clip_index(args[1]);
        if (args[2] != NONE && (stop = clip_index(args[2])) == -1) return raise_ValueError(stop_msg);
    }
    if (start < 0 || stop < -1)
        return raise_ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (nargs == 4 && args[3] != NONE) step = clip_index(args[3]);
    if (step < 1) return raise_ValueError("Step for islice() must be a positive integer or None.");
    Value it = obj_iter(args[0]);
    if (!it) return 0;
    ISlice *s = new_obj(t, sizeof(ISlice));
    STORE(s, it, it);
    s->next = start;
    s->stop = stop;
    s->step = step;
    return OBJ_VAL(s);
}

static Value islice_next(Value self)
{
    ISlice *s = (ISlice *)self;
    Value it = s->it;
    if (!it) return 0;
    UnaryFn f = TYPE(it)->next;
    if (UNLIKELY(!f)) f = obj_next;
    while (s->cnt < s->next) {
        if (!f(it)) goto empty;
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) goto empty;
    Value item = f(it);
    if (!item) goto empty;
    s->cnt++;
    int64_t old = s->next;
    s->next = (int64_t)((uint64_t)s->next + (uint64_t)s->step);
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return item;
empty:
    s->it = 0;
    return 0;
}

static Value islice_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    ISlice *s = (ISlice *)self;
    Value tp = OBJ_VAL(TYPE(self));
    if (!s->it) {
        Value it = obj_iter(list_new(0));
        if (!it) return 0;
        return tuple_pack(3, tp, tuple_pack(2, it, MKSMALL(0)), MKSMALL(0));
    }
    Value stop = s->stop == -1 ? NONE : int_from_i64(s->stop);
    return tuple_pack(3, tp, tuple_pack(4, s->it, int_from_i64(s->next), stop, int_from_i64(s->step)),
                      int_from_i64(s->cnt));
}

static Value islice_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t cnt;
    if (long_ssize(args[0], &cnt) < 0) return 0;
    ((ISlice *)self)->cnt = cnt;
    return NONE;
}

/* -- tee: _tee_dataobject and _tee --------------------------------------------------------- */

#define LINKCELLS 57
/* A block of up to LINKCELLS values read from the shared iterator, linked to
 * the next block; `running` refuses a re-entrant read. */
typedef struct TeeData { Object hdr; Value it, nextlink; int numread; bool running; Value values[LINKCELLS]; } TeeData;
typedef struct Tee { Object hdr; Value dataobj; int64_t index; } Tee;

static void teedata_trace(Object *o, Visitor visit, void *ctx)
{
    TeeData *d = (TeeData *)o;
    visit(d->it, ctx);
    visit(d->nextlink, ctx);
    for (int i = 0; i < d->numread; i++) visit(d->values[i], ctx);
}

static void tee_trace(Object *o, Visitor visit, void *ctx) { visit(((Tee *)o)->dataobj, ctx); }

static Value teedata_make(Value it)
{
    TeeData *d = (TeeData *)gc_alloc(T(it_teedata), sizeof(TeeData));
    STORE(d, it, it);
    return OBJ_VAL(d);
}

static Value teedata_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (pos_args("teedataobject", t, T(it_teedata), nargs, kw, 3, 3) < 0 ||
        arg_type(args[1], T(list), "teedataobject", 2) < 0) return 0;
    Value it = obj_iter(args[0]);
    if (!it) return 0;
    Value values = args[1], next = args[2];
    int64_t n = LIST_SIZE(values);
    if (n > LINKCELLS) goto bad;
    if (n == LINKCELLS) {
        if (next != NONE && !IS_TYPE(next, it_teedata)) goto bad;
    } else if (next != NONE) {
        goto bad;
    }
    TeeData *d = (TeeData *)teedata_make(it);
    for (int64_t i = 0; i < n; i++) STORE(d, values[i], LIST_ITEMS(values)[i]);
    d->numread = (int)n;
    if (next != NONE) STORE(d, nextlink, next);
    return OBJ_VAL(d);
bad:
    return raise_ValueError("Invalid arguments");
}

static Value teedata_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    TeeData *d = (TeeData *)self;
    Value values = list_from(d->values, d->numread);
    return tuple_pack(2, OBJ_VAL(TYPE(self)), tuple_pack(3, d->it, values, d->nextlink ? d->nextlink : NONE));
}

static Value tee_make(Value dataobj, int64_t index)
{
    Tee *t = (Tee *)gc_alloc(T(it_tee), sizeof(Tee));
    STORE(t, dataobj, dataobj);
    t->index = index;
    return OBJ_VAL(t);
}

static Value tee_from_iterable(Value iterable)
{
    Value it = obj_iter(iterable);
    if (!it) return 0;
    if (IS_TYPE(it, it_tee)) return tee_make(((Tee *)it)->dataobj, ((Tee *)it)->index);
    return tee_make(teedata_make(it), 0);
}

static Value tee_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (pos_args("_tee", t, T(it_tee), nargs, kw, 1, 1) < 0) return 0;
    return tee_from_iterable(args[0]);
}

static Value tee_next(Value self)
{
    Tee *t = (Tee *)self;
    TeeData *d = (TeeData *)t->dataobj;
    if (t->index >= LINKCELLS) {
        if (!d->nextlink) STORE(d, nextlink, teedata_make(d->it));
        d = (TeeData *)d->nextlink;
        STORE(t, dataobj, OBJ_VAL(d));
        t->index = 0;
    }
    int64_t i = t->index;
    if (i < d->numread) {
        t->index++;
        return d->values[i];
    }
    if (d->running) return raise_RuntimeError("cannot re-enter the tee iterator");
    d->running = true;
    Value v = nxt(d->it);
    d->running = false;
    if (!v) return 0;
    /* the source may have run another copy meanwhile: take the cell it filled */
    if (i < d->numread) v = d->values[i];
    else STORE(d, values[d->numread++], v);
    t->index++;
    return v;
}

static Value tee_copy(Value self, const Value *args, size_t nargs, Value kw)
{
    return tee_make(((Tee *)self)->dataobj, ((Tee *)self)->index);
}

static Value tee_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Tee *t = (Tee *)self;
    return tuple_pack(3, OBJ_VAL(TYPE(self)), tuple_pack(1, R->empty_tuple),
                      tuple_pack(2, t->dataobj, int_from_i64(t->index)));
}

static Value tee_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    Value st = args[0];
    int index;
    if (state_tuple(st, 2, 2) < 0 || arg_type(TUPLE_ITEMS(st)[0], T(it_teedata), NULL, 1) < 0 ||
        arg_int(TUPLE_ITEMS(st)[1], &index) < 0) return 0;
    if (index < 0 || index > LINKCELLS) return raise_ValueError("Index out of range");
    STORE((Tee *)self, dataobj, TUPLE_ITEMS(st)[0]);
    ((Tee *)self)->index = index;
    return NONE;
}

static Value m_tee(Value module, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("itertools.tee", kw) < 0 || args_count("tee", nargs, 1, 2) < 0) return 0;
    int64_t n = 2;
    if (nargs > 1 && arg_ssize(args[1], &n) < 0) return 0;
    if (n < 0) return raise_ValueError("n must be >= 0");
    if (n == 0) return R->empty_tuple;
    if (heap_too_big(n, sizeof(Value))) return 0;
    Value it = obj_iter(args[0]);
    if (!it) return 0;
    Value result = tuple_new(n);
    if (IS_TYPE(it, it_tee)) {
        TUPLE_ITEMS(result)[0] = it;
        for (int64_t i = 1; i < n; i++) TUPLE_ITEMS(result)[i] = tee_copy(it, NULL, 0, 0);
        return result;
    }
    Value copyfunc = obj_lookup_attr(it, S(__copy__));
    Value first = it;
    if (!copyfunc) {
        if (exc_pending()) return 0;
        first = tee_make(teedata_make(it), 0);
        TUPLE_ITEMS(result)[0] = first;
        for (int64_t i = 1; i < n; i++) TUPLE_ITEMS(result)[i] = tee_copy(first, NULL, 0, 0);
        return result;
    }
    TUPLE_ITEMS(result)[0] = first;
    for (int64_t i = 1; i < n; i++) {
        Value c = obj_call0(copyfunc);
        if (!c) return 0;
        TUPLE_ITEMS(result)[i] = c;
    }
    return result;
}

/* -- zip_longest ------------------------------------------------------------------------- */

/* iters->items[i] is 0 once input i is exhausted. */
typedef struct ZipLongest { Object hdr; ValueArray *iters; Value fillvalue; int64_t n, numactive; } ZipLongest;

static void zip_longest_trace(Object *o, Visitor visit, void *ctx)
{
    ZipLongest *z = (ZipLongest *)o;
    visit(OBJ_VAL(z->iters), ctx);
    visit(z->fillvalue, ctx);
}

static Value zip_longest_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    Value fill = NONE;
    if (kw && TUPLE_SIZE(kw) > 0) {
        if (TUPLE_SIZE(kw) != 1 || !str_eq_cstr(TUPLE_ITEMS(kw)[0], "fillvalue"))
            return raise_TypeError("zip_longest() got an unexpected keyword argument");
        fill = args[nargs];
    }
    ValueArray *iters = value_array_new((int64_t)nargs);
    for (size_t i = 0; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (!it) return 0;
        STORE_AT(iters, &iters->items[i], it);
    }
    ZipLongest *z = new_obj(t, sizeof(ZipLongest));
    z->iters = iters;
    STORE(z, fillvalue, fill);
    z->n = z->numactive = (int64_t)nargs;
    return OBJ_VAL(z);
}

static Value zip_longest_next(Value self)
{
    ZipLongest *z = (ZipLongest *)self;
    int64_t n = z->n;
    if (n == 0 || z->numactive <= 0) return 0;
    Value r = tuple_new(n);
    for (int64_t i = 0; i < n; i++) {
        Value it = z->iters->items[i], item;
        if (!it) {
            item = z->fillvalue;
        } else {
            item = nxt(it);
            if (!item) {
                z->numactive--;
                if (z->numactive <= 0 || exc_pending()) {
                    z->numactive = 0;
                    return 0;
                }
                item = z->fillvalue;
                z->iters->items[i] = 0;
            }
        }
        TUPLE_ITEMS(r)[i] = item;
    }
    return r;
}

static Value zip_longest_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    ZipLongest *z = (ZipLongest *)self;
    Value a = tuple_new(z->n);
    for (int64_t i = 0; i < z->n; i++) {
        Value it = z->iters->items[i];
        TUPLE_ITEMS(a)[i] = it ? it : R->empty_tuple;
    }
    return tuple_pack(3, OBJ_VAL(TYPE(self)), a, z->fillvalue);
}

static Value zip_longest_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    STORE((ZipLongest *)self, fillvalue, args[0]);
    return NONE;
}

/* -- pairwise ------------------------------------------------------------------------------ */

typedef struct Pairwise { Object hdr; Value it, old; } Pairwise;

static void pairwise_trace(Object *o, Visitor visit, void *ctx)
{
    visit(((Pairwise *)o)->it, ctx);
    visit(((Pairwise *)o)->old, ctx);
}

static Value pairwise_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (pos_args("pairwise", t, T(it_pairwise), nargs, kw, 1, 1) < 0) return 0;
    Value it = obj_iter(args[0]);
    if (!it) return 0;
    Pairwise *p = new_obj(t, sizeof(Pairwise));
    STORE(p, it, it);
    return OBJ_VAL(p);
}

static Value pairwise_next(Value self)
{
    Pairwise *p = (Pairwise *)self;
    Value it = p->it;
    if (!it) return 0;
    Value old = p->old;
    if (!old) {
        old = nxt(it);
        if (!old) { p->it = 0; return 0; }
        STORE(p, old, old);
    }
    Value nw = nxt(it);
    if (!nw) { p->it = 0; p->old = 0; return 0; }
    STORE(p, old, nw);
    return tuple_pack(2, old, nw);
}

/* -- product ------------------------------------------------------------------------------ */

/* pools: tuple of tuples; result: the last tuple returned (0 before the first). */
typedef struct Product { Object hdr; Value pools, result; RawBytes *indices; bool stopped; } Product;

static void product_trace(Object *o, Visitor visit, void *ctx)
{
    Product *p = (Product *)o;
    visit(p->pools, ctx);
    visit(p->result, ctx);
    visit(OBJ_VAL(p->indices), ctx);
}

static Value product_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    int64_t repeat = 1;
    if (kw && TUPLE_SIZE(kw)) {
        static const char *const names[] = {"repeat", NULL};
        Value r;
        if (args_parse("product", args + nargs, 0, kw, names, 0, &r) < 0) return 0;
        if (r && arg_ssize(r, &repeat) < 0) return 0;
        if (repeat < 0) return raise_ValueError("repeat argument cannot be negative");
    }
    int64_t n = repeat == 0 ? 0 : (int64_t)nargs;
    if (n && (uint64_t)n > (uint64_t)INT64_MAX / sizeof(int64_t) / (uint64_t)repeat)
        return raise_OverflowError("repeat argument too large");
    int64_t npools = n * repeat;
    if (heap_too_big(npools, 2 * sizeof(Value))) return 0;
    Value pools = tuple_new(npools);
    for (int64_t i = 0; i < n; i++) {
        Value pool = tuple_from_iter(args[i]);
        if (!pool) return 0;
        TUPLE_ITEMS(pools)[i] = pool;
    }
    for (int64_t i = n; i < npools; i++) TUPLE_ITEMS(pools)[i] = TUPLE_ITEMS(pools)[i - n];
    RawBytes *idx = index_array(npools);
    Product *p = new_obj(t, sizeof(Product));
    STORE(p, pools, pools);
    p->indices = idx;
    return OBJ_VAL(p);
}

static Value product_next(Value self)
{
    Product *p = (Product *)self;
    if (p->stopped) return 0;
    Value pools = p->pools;
    int64_t npools = TUPLE_SIZE(pools);
    Value r;
    if (!p->result) {
        r = tuple_new(npools);
        for (int64_t i = 0; i < npools; i++) {
            Value pool = TUPLE_ITEMS(pools)[i];
            if (TUPLE_SIZE(pool) == 0) goto empty;
            TUPLE_ITEMS(r)[i] = TUPLE_ITEMS(pool)[0];
        }
    } else {
        int64_t *idx = IDX(p->indices);
        r = tuple_dup(p->result);
        int64_t i;
        for (i = npools - 1; i >= 0; i--) {
            Value pool = TUPLE_ITEMS(pools)[i];
            if (++idx[i] == TUPLE_SIZE(pool)) {
                idx[i] = 0;
                TUPLE_ITEMS(r)[i] = TUPLE_ITEMS(pool)[0];
            } else {
                TUPLE_ITEMS(r)[i] = TUPLE_ITEMS(pool)[idx[i]];
                break;
            }
        }
        if (i < 0) goto empty;
    }
    STORE(p, result, r);
    return r;
empty:
    p->stopped = true;
    return 0;
}

static Value product_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Product *p = (Product *)self;
    Value tp = OBJ_VAL(TYPE(self));
    if (p->stopped) return tuple_pack(2, tp, tuple_pack(1, R->empty_tuple));
    if (!p->result) return tuple_pack(2, tp, p->pools);
    return tuple_pack(3, tp, p->pools, index_tuple(IDX(p->indices), TUPLE_SIZE(p->pools)));
}

static Value product_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    Product *p = (Product *)self;
    Value st = args[0];
    int64_t n = TUPLE_SIZE(p->pools);
    if (!IS_TUPLE(st) || TUPLE_SIZE(st) != n) return raise_ValueError("invalid arguments");
    int64_t *idx = IDX(p->indices);
    for (int64_t i = 0; i < n; i++) {
        int64_t index;
        if (long_ssize(TUPLE_ITEMS(st)[i], &index) < 0) return 0;
        int64_t size = TUPLE_SIZE(TUPLE_ITEMS(p->pools)[i]);
        if (size == 0) { p->stopped = true; return NONE; }
        idx[i] = index < 0 ? 0 : index > size - 1 ? size - 1 : index;
    }
    Value r = tuple_new(n);
    for (int64_t i = 0; i < n; i++) TUPLE_ITEMS(r)[i] = TUPLE_ITEMS(TUPLE_ITEMS(p->pools)[i])[idx[i]];
    STORE(p, result, r);
    return NONE;
}

static Value product_sizeof(Value self, const Value *args, size_t nargs, Value kw)
{
    return int_from_i64((int64_t)sizeof(Product) + TUPLE_SIZE(((Product *)self)->pools) * 8);
}

/* -- combinations, combinations_with_replacement, permutations --------------------------- */

/* pool: tuple; indices (r of them; n for permutations) and cycles (r) in RawBytes. */
typedef struct Combo { Object hdr; Value pool, result; RawBytes *indices, *cycles; int64_t r; bool stopped; } Combo;

static void combo_trace(Object *o, Visitor visit, void *ctx)
{
    Combo *c = (Combo *)o;
    visit(c->pool, ctx);
    visit(c->result, ctx);
    visit(OBJ_VAL(c->indices), ctx);
    visit(OBJ_VAL(c->cycles), ctx);
}

/* Parse (iterable, r) for combinations/cwr; the pool tuple is made. */
static Combo *combo_make(const char *name, Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"iterable", "r", NULL};
    Value a[2];
    int64_t r;
    if (args_parse(name, args, nargs, kw, names, 2, a) < 0) return NULL;
    Value pool = tuple_from_iter(a[0]);
    if (!pool || arg_ssize(a[1], &r) < 0) return NULL;
    if (r < 0) { raise_ValueError("r must be non-negative"); return NULL; }
    int64_t n = TUPLE_SIZE(pool);
    /* an r beyond n is never iterated: no index array is needed */
    RawBytes *idx = index_array(r <= n ? r : 0);
    if (!idx) return NULL;
    Combo *c = new_obj(t, sizeof(Combo));
    STORE(c, pool, pool);
    c->indices = idx;
    c->r = r;
    return c;
}

static Value combinations_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    Combo *c = combo_make("combinations", t, args, nargs, kw);
    if (!c) return 0;
    for (int64_t i = 0; i < c->r && c->r <= TUPLE_SIZE(c->pool); i++) IDX(c->indices)[i] = i;
    c->stopped = c->r > TUPLE_SIZE(c->pool);
    return OBJ_VAL(c);
}

static Value cwr_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    /* (with an empty pool and r > 0 the iterator stops at once) */
    Combo *c = combo_make("combinations_with_replacement", t, args, nargs, kw);
    if (!c) return 0;
    int64_t n = TUPLE_SIZE(c->pool);
    if (c->r > n && n) {           /* indices range over 0..n-1 with repeats: r of them */
        RawBytes *idx = index_array(c->r);
        if (!idx) return 0;
        c->indices = idx;
    }
    c->stopped = !n && c->r;
    return OBJ_VAL(c);
}

static Value combinations_next(Value self)
{
    Combo *c = (Combo *)self;
    if (c->stopped) return 0;
    Value pool = c->pool, r;
    int64_t *idx = IDX(c->indices), n = TUPLE_SIZE(pool), k = c->r;
    if (!c->result) {
        r = pick(pool, idx, k);
    } else {
        int64_t i = k - 1;
        while (i >= 0 && idx[i] == i + n - k) i--;
        if (i < 0) { c->stopped = true; return 0; }
        idx[i]++;
        for (int64_t j = i + 1; j < k; j++) idx[j] = idx[j - 1] + 1;
        r = tuple_dup(c->result);
        for (; i < k; i++) TUPLE_ITEMS(r)[i] = TUPLE_ITEMS(pool)[idx[i]];
    }
    STORE(c, result, r);
    return r;
}

static Value cwr_next(Value self)
{
    Combo *c = (Combo *)self;
    if (c->stopped) return 0;
    Value pool = c->pool, r;
    int64_t *idx = IDX(c->indices), n = TUPLE_SIZE(pool), k = c->r;
    if (!c->result) {
        r = tuple_new(k);
        for (int64_t i = 0; i < k; i++) TUPLE_ITEMS(r)[i] = TUPLE_ITEMS(pool)[0];
    } else {
        int64_t i = k - 1;
        while (i >= 0 && idx[i] == n - 1) i--;
        if (i < 0) { c->stopped = true; return 0; }
        int64_t index = idx[i] + 1;
        Value elem = TUPLE_ITEMS(pool)[index];
        r = tuple_dup(c->result);
        for (; i < k; i++) {
            idx[i] = index;
            TUPLE_ITEMS(r)[i] = elem;
        }
    }
    STORE(c, result, r);
    return r;
}

/* (type, (pool, r)) before the first item, (type, ((), r)) once stopped, else
 * with the indices (and cycles) as state. */
static Value combo_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Combo *c = (Combo *)self;
    Value tp = OBJ_VAL(TYPE(self)), r = int_from_i64(c->r);
    if (!c->result) return tuple_pack(2, tp, tuple_pack(2, c->pool, r));
    if (c->stopped) return tuple_pack(2, tp, tuple_pack(2, R->empty_tuple, r));
    if (c->cycles) {
        int64_t n = TUPLE_SIZE(c->pool);
        Value st = tuple_pack(2, index_tuple(IDX(c->indices), n), index_tuple(IDX(c->cycles), c->r));
        return tuple_pack(3, tp, tuple_pack(2, c->pool, r), st);
    }
    return tuple_pack(3, tp, tuple_pack(2, c->pool, r), index_tuple(IDX(c->indices), c->r));
}

/* Read state[i] clamped to lo..hi into idx[i]; the result tuple follows. */
static Value combo_setstate_common(Combo *c, Value st, bool cwr)
{
    int64_t n = TUPLE_SIZE(c->pool), k = c->r;
    if (!IS_TUPLE(st) || TUPLE_SIZE(st) != k) return raise_ValueError("invalid arguments");
    if (k > n && !(cwr && n)) { c->stopped = true; return NONE; }   /* no valid state exists */
    int64_t *idx = IDX(c->indices);
    for (int64_t i = 0; i < k; i++) {
        int64_t index;
        if (long_ssize(TUPLE_ITEMS(st)[i], &index) < 0) return 0;
        int64_t hi = cwr ? n - 1 : i + n - k;
        if (index > hi) index = hi;
        if (index < 0) index = 0;
        idx[i] = index;
    }
    STORE(c, result, pick(c->pool, idx, k));
    return NONE;
}

static Value combinations_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    return combo_setstate_common((Combo *)self, args[0], false);
}

static Value cwr_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    return combo_setstate_common((Combo *)self, args[0], true);
}

static Value combo_sizeof(Value self, const Value *args, size_t nargs, Value kw)
{
    Combo *c = (Combo *)self;
    int64_t n = c->r;
    if (c->cycles) n += TUPLE_SIZE(c->pool);
    return int_from_i64((int64_t)sizeof(Combo) + n * 8);
}

static Value permutations_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"iterable", "r", NULL};
    Value a[2];
    if (args_parse("permutations", args, nargs, kw, names, 1, a) < 0) return 0;
    Value pool = tuple_from_iter(a[0]);
    if (!pool) return 0;
    int64_t n = TUPLE_SIZE(pool), r = n;
    if (a[1] && a[1] != NONE) {
        if (!IS_INT(a[1])) return raise_TypeError("Expected int as r");
        if (long_ssize(a[1], &r) < 0) return 0;
    }
    if (r < 0) return raise_ValueError("r must be non-negative");
    RawBytes *idx = index_array(n), *cyc = index_array(r <= n ? r : 0);
    if (!idx || !cyc) return 0;
    for (int64_t i = 0; i < n; i++) IDX(idx)[i] = i;
    for (int64_t i = 0; i < r && r <= n; i++) IDX(cyc)[i] = n - i;
    Combo *c = new_obj(t, sizeof(Combo));
    STORE(c, pool, pool);
    c->indices = idx;
    c->cycles = cyc;
    c->r = r;
    c->stopped = r > n;
    return OBJ_VAL(c);
}

static Value permutations_next(Value self)
{
    Combo *c = (Combo *)self;
    if (c->stopped) return 0;
    Value pool = c->pool, r;
    int64_t *idx = IDX(c->indices), *cyc = IDX(c->cycles), n = TUPLE_SIZE(pool), k = c->r;
    if (!c->result) {
        r = pick(pool, idx, k);
    } else {
        if (n == 0) goto empty;
        int64_t i;
        r = 0;
        for (i = k - 1; i >= 0; i--) {
            if (--cyc[i] == 0) {        /* rotate indices[i:] left by one */
                int64_t first = idx[i];
                memmove(idx + i, idx + i + 1, (size_t)(n - 1 - i) * sizeof(int64_t));
                idx[n - 1] = first;
                cyc[i] = n - i;
            } else {
                int64_t j = cyc[i], tmp = idx[i];
                idx[i] = idx[n - j];
                idx[n - j] = tmp;
                r = tuple_dup(c->result);
                for (int64_t m = i; m < k; m++) TUPLE_ITEMS(r)[m] = TUPLE_ITEMS(pool)[idx[m]];
                break;
            }
        }
        if (i < 0) goto empty;
    }
    STORE(c, result, r);
    return r;
empty:
    c->stopped = true;
    return 0;
}

static Value permutations_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    Combo *c = (Combo *)self;
    Value st = args[0];
    if (state_tuple(st, 2, 2) < 0 || arg_type(TUPLE_ITEMS(st)[0], T(tuple), NULL, 1) < 0 ||
        arg_type(TUPLE_ITEMS(st)[1], T(tuple), NULL, 2) < 0) return 0;
    Value indices = TUPLE_ITEMS(st)[0], cycles = TUPLE_ITEMS(st)[1];
    int64_t n = TUPLE_SIZE(c->pool), k = c->r;
    if (TUPLE_SIZE(indices) != n || TUPLE_SIZE(cycles) != k) return raise_ValueError("invalid arguments");
    if (k > n) { c->stopped = true; return NONE; }   /* no valid state exists */
    int64_t *idx = IDX(c->indices), *cyc = IDX(c->cycles);
    for (int64_t i = 0; i < n; i++) {
        int64_t index;
        if (long_ssize(TUPLE_ITEMS(indices)[i], &index) < 0) return 0;
        idx[i] = index < 0 ? 0 : index > n - 1 ? n - 1 : index;
    }
    for (int64_t i = 0; i < k; i++) {
        int64_t index;
        if (long_ssize(TUPLE_ITEMS(cycles)[i], &index) < 0) return 0;
        cyc[i] = index < 1 ? 1 : index > n - i ? n - i : index;
    }
    STORE(c, result, pick(c->pool, idx, k));
    return NONE;
}

/* -- Type objects ------------------------------------------------------------------------- */

#define REDUCE_DOC "Return state information for pickling."
#define SETSTATE_DOC "Set state information for unpickling."
#define SIZEOF_DOC "Returns size in memory, in bytes."
#define END_METHODS {NULL, NULL, 0, NULL}
#define ITER_FLAGS (TF_BASETYPE | TF_IMMUTABLE)

static const char count_doc[] =
    "Return a count object whose .__next__() method returns consecutive values.\n"
    "\n"
    "Equivalent to:\n"
    "    def count(firstval=0, step=1):\n"
    "        x = firstval\n"
    "        while 1:\n"
    "            yield x\n"
    "            x += step";
static const char cycle_doc[] =
    "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.";
static const char repeat_doc[] =
    "repeat(object [,times]) -> create an iterator which returns the object\n"
    "for the specified number of times.  If not specified, returns the object\n"
    "endlessly.";
static const char accumulate_doc[] =
    "Return series of accumulated sums (or other binary function results).";
static const char chain_doc[] =
    "chain(*iterables) --> chain object\n"
    "\n"
    "Return a chain object whose .__next__() method returns elements from the\n"
    "first iterable until it is exhausted, then elements from the next\n"
    "iterable, until all of the iterables are exhausted.";
static const char compress_doc[] =
    "Return data elements corresponding to true selector elements.\n"
    "\n"
    "Forms a shorter iterator from selected data elements using the selectors to\n"
    "choose the data elements.";
static const char dropwhile_doc[] =
    "Drop items from the iterable while predicate(item) is true.\n"
    "\n"
    "Afterwards, return every element until the iterable is exhausted.";
static const char takewhile_doc[] =
    "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.";
static const char filterfalse_doc[] =
    "Return those items of iterable for which function(item) is false.\n"
    "\n"
    "If function is None, return the items that are false.";
static const char groupby_doc[] =
    "make an iterator that returns consecutive keys and groups from the iterable\n"
    "\n"
    "  iterable\n"
    "    Elements to divide into groups according to the key function.\n"
    "  key\n"
    "    A function for computing the group category for each element.\n"
    "    If the key function is not specified or is None, the element itself\n"
    "    is used for grouping.";
static const char islice_doc[] =
    "islice(iterable, stop) --> islice object\n"
    "islice(iterable, start, stop[, step]) --> islice object\n"
    "\n"
    "Return an iterator whose next() method returns selected values from an\n"
    "iterable.  If start is specified, will skip all preceding elements;\n"
    "otherwise, start defaults to zero.  Step defaults to one.  If\n"
    "specified as another value, step determines how many values are\n"
    "skipped between successive calls.  Works like a slice() on a list\n"
    "but returns an iterator.";
static const char starmap_doc[] =
    "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.";
static const char tee_doc[] = "Iterator wrapped to make it copyable.";
static const char teedata_doc[] =
    "teedataobject(iterable, values, next, /)\n"
    "--\n"
    "\n"
    "Data container common to multiple tee objects.";
static const char zip_longest_doc[] =
    "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n"
    "\n"
    "Return a zip_longest object whose .__next__() method returns a tuple where\n"
    "the i-th element comes from the i-th iterable argument.  The .__next__()\n"
    "method continues until the longest iterable in the argument sequence\n"
    "is exhausted and then it raises StopIteration.  When the shorter iterables\n"
    "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n"
    "defaults to None or can be specified by a keyword argument.\n";
static const char pairwise_doc[] =
    "Return an iterator of overlapping pairs taken from the input iterator.\n"
    "\n"
    "    s -> (s0,s1), (s1,s2), (s2, s3), ...";
static const char product_doc[] =
    "product(*iterables, repeat=1) --> product object\n"
    "\n"
    "Cartesian product of input iterables.  Equivalent to nested for-loops.\n"
    "\n"
    "For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\n"
    "The leftmost iterators are in the outermost for-loop, so the output tuples\n"
    "cycle in a manner similar to an odometer (with the rightmost element changing\n"
    "on every iteration).\n"
    "\n"
    "To compute the product of an iterable with itself, specify the number\n"
    "of repetitions with the optional repeat keyword argument. For example,\n"
    "product(A, repeat=4) means the same as product(A, A, A, A).\n"
    "\n"
    "product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\n"
    "product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...";
static const char permutations_doc[] =
    "Return successive r-length permutations of elements in the iterable.\n"
    "\n"
    "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)";
static const char combinations_doc[] =
    "Return successive r-length combinations of elements in the iterable.\n"
    "\n"
    "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)";
static const char cwr_doc[] =
    "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n"
    "\n"
    "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')";

static const MethodDef count_methods[] = {
    {"__reduce__", count_reduce, METH_NOARGS, REDUCE_DOC}, END_METHODS,
};
const TypeSpec it_count_spec = {
    .name = "itertools.count", .base = -1, .basicsize = sizeof(Count), .flags = ITER_FLAGS, .doc = count_doc,
    .trace = count_trace, .getattr = obj_generic_getattr, .repr = count_repr, .iter = iter_self, .next = count_next, .new_ = count_new,
    .methods = count_methods,
};

static const MethodDef cycle_methods[] = {
    {"__reduce__", cycle_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", cycle_setstate, METH_O, SETSTATE_DOC}, END_METHODS,
};
const TypeSpec it_cycle_spec = {
    .name = "itertools.cycle", .base = -1, .basicsize = sizeof(Cycle), .flags = ITER_FLAGS, .doc = cycle_doc,
    .trace = cycle_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = cycle_next, .new_ = cycle_new, .methods = cycle_methods,
};

static const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", repeat_reduce, METH_NOARGS, REDUCE_DOC}, END_METHODS,
};
const TypeSpec it_repeat_spec = {
    .name = "itertools.repeat", .base = -1, .basicsize = sizeof(Repeat), .flags = ITER_FLAGS, .doc = repeat_doc,
    .trace = repeat_trace, .getattr = obj_generic_getattr, .repr = repeat_repr, .iter = iter_self, .next = repeat_next, .new_ = repeat_new,
    .methods = repeat_methods,
};

static const MethodDef accumulate_methods[] = {
    {"__reduce__", accumulate_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", accumulate_setstate, METH_O, SETSTATE_DOC}, END_METHODS,
};
const TypeSpec it_accumulate_spec = {
    .name = "itertools.accumulate", .base = -1, .basicsize = sizeof(Accumulate), .flags = ITER_FLAGS,
    .doc = accumulate_doc, .trace = accumulate_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = accumulate_next,
    .new_ = accumulate_new, .methods = accumulate_methods,
};

static const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS | METH_O,
     "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {"__reduce__", chain_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", chain_setstate, METH_O, SETSTATE_DOC},
    {"__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585"}, END_METHODS,
};
const TypeSpec it_chain_spec = {
    .name = "itertools.chain", .base = -1, .basicsize = sizeof(Chain), .flags = ITER_FLAGS, .doc = chain_doc,
    .trace = chain_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = chain_next, .new_ = chain_new, .methods = chain_methods,
};

static const MethodDef compress_methods[] = {
    {"__reduce__", compress_reduce, METH_NOARGS, REDUCE_DOC}, END_METHODS,
};
const TypeSpec it_compress_spec = {
    .name = "itertools.compress", .base = -1, .basicsize = sizeof(Compress), .flags = ITER_FLAGS,
    .doc = compress_doc, .trace = compress_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = compress_next,
    .new_ = compress_new, .methods = compress_methods,
};

static const MethodDef funcit_state_methods[] = {
    {"__reduce__", funcit_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", funcit_setstate, METH_O, SETSTATE_DOC}, END_METHODS,
};
static const MethodDef funcit_methods[] = {
    {"__reduce__", funcit_reduce, METH_NOARGS, REDUCE_DOC}, END_METHODS,
};
#define FUNCIT_SPEC(c, doc_, state)                                                                  \
    const TypeSpec it_##c##_spec = {                                                                 \
        .name = "itertools." #c, .base = -1, .basicsize = sizeof(FuncIt), .flags = ITER_FLAGS,       \
        .doc = doc_, .trace = funcit_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = c##_next, .new_ = c##_new,    \
        .methods = state ? funcit_state_methods : funcit_methods,                                    \
    };
FUNCIT_SPEC(dropwhile, dropwhile_doc, 1)
FUNCIT_SPEC(takewhile, takewhile_doc, 1)
FUNCIT_SPEC(filterfalse, filterfalse_doc, 0)
FUNCIT_SPEC(starmap, starmap_doc, 0)

static const MethodDef groupby_methods[] = {
    {"__reduce__", groupby_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", groupby_setstate, METH_O, SETSTATE_DOC}, END_METHODS,
};
const TypeSpec it_groupby_spec = {
    .name = "itertools.groupby", .base = -1, .basicsize = sizeof(GroupBy), .flags = ITER_FLAGS,
    .doc = groupby_doc, .trace = groupby_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = groupby_next,
    .new_ = groupby_new, .methods = groupby_methods,
};

static const MethodDef grouper_methods[] = {
    {"__reduce__", grouper_reduce, METH_NOARGS, REDUCE_DOC}, END_METHODS,
};
const TypeSpec it_grouper_spec = {
    .name = "itertools._grouper", .base = -1, .basicsize = sizeof(Grouper), .flags = TF_IMMUTABLE,
    .trace = grouper_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = grouper_next, .new_ = grouper_new,
    .methods = grouper_methods,
};

static const MethodDef islice_methods[] = {
    {"__reduce__", islice_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", islice_setstate, METH_O, SETSTATE_DOC}, END_METHODS,
};
const TypeSpec it_islice_spec = {
    .name = "itertools.islice", .base = -1, .basicsize = sizeof(ISlice), .flags = ITER_FLAGS, .doc = islice_doc,
    .trace = islice_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = islice_next, .new_ = islice_new, .methods = islice_methods,
};

static const MethodDef teedata_methods[] = {
    {"__reduce__", teedata_reduce, METH_NOARGS, REDUCE_DOC}, END_METHODS,
};
const TypeSpec it_teedata_spec = {
    .name = "itertools._tee_dataobject", .base = -1, .basicsize = sizeof(TeeData), .flags = TF_IMMUTABLE,
    .doc = teedata_doc, .trace = teedata_trace, .getattr = obj_generic_getattr, .new_ = teedata_new, .methods = teedata_methods,
};

static const MethodDef tee_methods[] = {
    {"__copy__", tee_copy, METH_NOARGS, "Returns an independent iterator."},
    {"__reduce__", tee_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", tee_setstate, METH_O, SETSTATE_DOC}, END_METHODS,
};
const TypeSpec it_tee_spec = {
    .name = "itertools._tee", .base = -1, .basicsize = sizeof(Tee), .flags = TF_IMMUTABLE, .doc = tee_doc,
    .trace = tee_trace, .iter = iter_self, .next = tee_next, .new_ = tee_new, .methods = tee_methods,
};

static const MethodDef zip_longest_methods[] = {
    {"__reduce__", zip_longest_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", zip_longest_setstate, METH_O, SETSTATE_DOC}, END_METHODS,
};
const TypeSpec it_zip_longest_spec = {
    .name = "itertools.zip_longest", .base = -1, .basicsize = sizeof(ZipLongest), .flags = ITER_FLAGS,
    .doc = zip_longest_doc, .trace = zip_longest_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = zip_longest_next,
    .new_ = zip_longest_new, .methods = zip_longest_methods,
};

const TypeSpec it_pairwise_spec = {
    .name = "itertools.pairwise", .base = -1, .basicsize = sizeof(Pairwise), .flags = ITER_FLAGS,
    .doc = pairwise_doc, .trace = pairwise_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = pairwise_next,
    .new_ = pairwise_new,
};

static const MethodDef product_methods[] = {
    {"__reduce__", product_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", product_setstate, METH_O, SETSTATE_DOC},
    {"__sizeof__", product_sizeof, METH_NOARGS, SIZEOF_DOC}, END_METHODS,
};
const TypeSpec it_product_spec = {
    .name = "itertools.product", .base = -1, .basicsize = sizeof(Product), .flags = ITER_FLAGS,
    .doc = product_doc, .trace = product_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = product_next,
    .new_ = product_new, .methods = product_methods,
};

static const MethodDef combinations_methods[] = {
    {"__reduce__", combo_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", combinations_setstate, METH_O, SETSTATE_DOC},
    {"__sizeof__", combo_sizeof, METH_NOARGS, SIZEOF_DOC}, END_METHODS,
};
const TypeSpec it_combinations_spec = {
    .name = "itertools.combinations", .base = -1, .basicsize = sizeof(Combo), .flags = ITER_FLAGS,
    .doc = combinations_doc, .trace = combo_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = combinations_next,
    .new_ = combinations_new, .methods = combinations_methods,
};

static const MethodDef cwr_methods[] = {
    {"__reduce__", combo_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", cwr_setstate, METH_O, SETSTATE_DOC},
    {"__sizeof__", combo_sizeof, METH_NOARGS, SIZEOF_DOC}, END_METHODS,
};
const TypeSpec it_cwr_spec = {
    .name = "itertools.combinations_with_replacement", .base = -1, .basicsize = sizeof(Combo),
    .flags = ITER_FLAGS, .doc = cwr_doc, .trace = combo_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = cwr_next,
    .new_ = cwr_new, .methods = cwr_methods,
};

static const MethodDef permutations_methods[] = {
    {"__reduce__", combo_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", permutations_setstate, METH_O, SETSTATE_DOC},
    {"__sizeof__", combo_sizeof, METH_NOARGS, SIZEOF_DOC}, END_METHODS,
};
const TypeSpec it_permutations_spec = {
    .name = "itertools.permutations", .base = -1, .basicsize = sizeof(Combo), .flags = ITER_FLAGS,
    .doc = permutations_doc, .trace = combo_trace, .getattr = obj_generic_getattr, .iter = iter_self, .next = permutations_next,
    .new_ = permutations_new, .methods = permutations_methods,
};

/* -- The module ------------------------------------------------------------------------------ */

static const MethodDef itertools_methods[] = {
    {"tee", m_tee, 0, "Returns a tuple of n independent iterators."}, END_METHODS,
};

static int itertools_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    Type *types[] = {
        T(it_accumulate), T(it_combinations), T(it_cwr), T(it_chain), T(it_compress), T(it_count),
        T(it_cycle), T(it_dropwhile), T(it_filterfalse), T(it_groupby), T(it_grouper), T(it_islice),
        T(it_pairwise), T(it_permutations), T(it_product), T(it_repeat), T(it_starmap), T(it_takewhile),
        T(it_tee), T(it_teedata), T(it_zip_longest),
    };
    for (size_t i = 0; i < ARRAY_LEN(types); i++)
        if (dict_set(d, types[i]->name, OBJ_VAL(types[i])) < 0) return -1;
    return 0;
}

const ModuleDef itertools_module = {
    "itertools",
    "Functional tools for creating and using iterators.\n"
    "\n"
    "Infinite iterators:\n"
    "count(start=0, step=1) --> start, start+step, start+2*step, ...\n"
    "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
    "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n"
    "\n"
    "Iterators terminating on the shortest input sequence:\n"
    "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n"
    "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n"
    "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n"
    "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n"
    "dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\n"
    "groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\n"
    "filterfalse(pred, seq) --> elements of seq where pred(elem) is False\n"
    "islice(seq, [start,] stop [, step]) --> elements from\n"
    "       seq[start:stop:step]\n"
    "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n"
    "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n"
    "tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\n"
    "takewhile(pred, seq) --> seq[0], seq[1], until pred fails\n"
    "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n"
    "\n"
    "Combinatoric generators:\n"
    "product(p, q, ... [repeat=1]) --> cartesian product\n"
    "permutations(p[, r])\n"
    "combinations(p, r)\n"
    "combinations_with_replacement(p, r)\n",
    itertools_methods, itertools_exec,
};
