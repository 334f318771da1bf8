/* kiln: the iterator builtins: enumerate, zip, map, filter, reversed, and the
 * two iterators obj_iter/iter() make on their own: seq_iter (the old
 * __getitem__ protocol) and callable_iter (iter(callable, sentinel)).
 * Every `next` slot returns 0 without an exception when exhausted. */
#include "core.h"
#include "perf.h"

typedef struct Enumerate { Object hdr; Value it; int64_t index; Value big; } Enumerate;
typedef struct Zip { Object hdr; Value iters; bool strict; } Zip;
typedef struct Map { Object hdr; Value func; Value iters; } Map;
typedef struct Filter { Object hdr; Value func; Value it; } Filter;
typedef struct SeqIter { Object hdr; Value seq; int64_t index; } SeqIter;  /* also reversed */
typedef struct CallIter { Object hdr; Value func; Value sentinel; } CallIter;

static Object *alloc_for(Type *t, size_t size)
{
    return gc_alloc(t, t->basicsize > size ? t->basicsize : size);
}

static Value iter_self(Value self) { return self; }

/* next() through the slot when there is one. */
static inline Value next_of(Value it)
{
    UnaryFn f = TYPE(it)->next;
    return f ? f(it) : obj_next(it);
}

/* -- enumerate ---------------------------------------------------------------------- */

Value enumerate_new(Value iterable, Value start)
{
    Value it = obj_iter(iterable);
    if (!it) return 0;
    Enumerate *e = (Enumerate *)alloc_for(T(enumerate), sizeof(Enumerate));
    e->it = it;
    if (start) {
        if (IS_SMALL(start)) e->index = SMALL_VAL(start);
        else {
            Value s = obj_index(start);
            if (!s) return 0;
            if (IS_SMALL(s)) e->index = SMALL_VAL(s);
            else e->big = s;
        }
    }
    return OBJ_VAL(e);
}

static Value enumerate_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    Value a[2] = {nargs > 0 ? args[0] : 0, nargs > 1 ? args[1] : 0};
    if (nargs > 2) return raise_TypeError("enumerate() takes at most 2 arguments (%zu given)", nargs);
    for (int64_t i = 0; kw && i < TUPLE_SIZE(kw); i++) {
        Value name = TUPLE_ITEMS(kw)[i];
        int slot = str_eq_cstr(name, "iterable") ? 0 : str_eq_cstr(name, "start") ? 1 : -1;
        if (slot < 0) return raise_TypeError("'%U' is an invalid keyword argument for enumerate()", name);
        if (a[slot]) return raise_TypeError("argument for enumerate() given by name ('%U') and position (%d)", name, slot + 1);
        a[slot] = args[nargs + i];
    }
    if (!a[0]) return raise_TypeError("enumerate() missing required argument 'iterable'");
    Value it = obj_iter(a[0]);
    if (!it) return 0;
    Enumerate *e = (Enumerate *)alloc_for(t, sizeof(Enumerate));
    e->it = it;
    if (a[1]) {
        Value s = IS_SMALL(a[1]) ? a[1] : obj_index(a[1]);
        if (!s) return 0;
        if (IS_SMALL(s)) e->index = SMALL_VAL(s);
        else e->big = s;
    }
    return OBJ_VAL(e);
}

/* The next (index, item) of an enumerate into out; 0 when done or on error. */
static int enumerate_step(Enumerate *e, Value out[2])
{
    Value item = next_of(e->it);
    if (!item) return 0;
    Value idx;
    if (LIKELY(!e->big)) {
        idx = MKSMALL(e->index);
        if (UNLIKELY(e->index == SMALL_MAX)) STORE(e, big, int_add(idx, MKSMALL(1)));
        else e->index++;
    } else {
        idx = e->big;
        Value n = int_add(idx, MKSMALL(1));
        if (!n) return 0;
        STORE(e, big, n);
    }
    out[0] = idx;
    out[1] = item;
    return 1;
}

static Value enumerate_next(Value self)
{
    Value p[2];
    return enumerate_step((Enumerate *)self, p) ? tuple_pack(2, p[0], p[1]) : 0;
}

/* -- zip ----------------------------------------------------------------------------- */

static Value zip_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    bool strict = false;
    if (kw) {
        for (int64_t i = 0; i < TUPLE_SIZE(kw); i++) {
            Value name = TUPLE_ITEMS(kw)[i];
            if (!str_eq_cstr(name, "strict"))
                return raise_TypeError("'%U' is an invalid keyword argument for zip()", name);
            int r = obj_truthy(args[nargs + i]);
            if (r < 0) return 0;
            strict = r;
        }
    }
    Value iters = tuple_new((int64_t)nargs);
    for (size_t i = 0; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (!it) return 0;
        TUPLE_ITEMS(iters)[i] = it;
    }
    Zip *z = (Zip *)alloc_for(t, sizeof(Zip));
    z->iters = iters;
    z->strict = strict;
    return OBJ_VAL(z);
}

/* The next items of a zip into out[0..n); 0 when done or on error. */
static int zip_step(Zip *z, Value *out)
{
    int64_t n = TUPLE_SIZE(z->iters);
    if (n == 0) return 0;
    int64_t i;
    for (i = 0; i < n; i++) {
        Value item = next_of(TUPLE_ITEMS(z->iters)[i]);
        if (!item) {
            if (z->strict) goto check;
            return 0;
        }
        out[i] = item;
    }
    return 1;
check:
    if (exc_pending()) {
        if (!exc_matches(E(StopIteration))) return 0;
        exc_clear();
    }
    if (i) {
        raise_ValueError("zip() argument %lld is shorter than argument%s%lld",
                         (long long)(i + 1), i == 1 ? " " : "s 1-", (long long)i);
        return 0;
    }
    for (i = 1; i < n; i++) {
        Value item = next_of(TUPLE_ITEMS(z->iters)[i]);
        if (item) {
            raise_ValueError("zip() argument %lld is longer than argument%s%lld",
                             (long long)(i + 1), i == 1 ? " " : "s 1-", (long long)i);
            return 0;
        }
        if (exc_pending()) {
            if (!exc_matches(E(StopIteration))) return 0;
            exc_clear();
        }
    }
    return 0;
}

static Value zip_next(Value self)
{
    Zip *z = (Zip *)self;
    if (TUPLE_SIZE(z->iters) == 0) return 0;
    Value r = tuple_new(TUPLE_SIZE(z->iters));
    return zip_step(z, TUPLE_ITEMS(r)) ? r : 0;
}

/* The next pair of a dict items iterator, an enumerate or a zip of two,
 * without the tuple (FOR_ITER followed by UNPACK_SEQUENCE 2): 1, or 0 when
 * done or on error as Type.next; -1 for another iterator. */
int iter_next_pair(Value it, Value out[2])
{
    Type *t = TYPE(it);
    if (t == T(dict_itemiter) || t == T(dict_revitemiter)) return dict_itemiter_next_pair(it, out);
    if (t == T(enumerate)) return enumerate_step((Enumerate *)it, out);
    if (t == T(zip) && TUPLE_SIZE(((Zip *)it)->iters) == 2) return zip_step((Zip *)it, out);
    return -1;
}

/* -- map ------------------------------------------------------------------------------- */

static Value map_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    if ((t == T(map) || t->init == T(map)->init) && args_no_kw("map", kw) < 0) return 0;
    if (nargs < 2) return raise_TypeError("map() must have at least two arguments.");
    Value iters = tuple_new((int64_t)nargs - 1);
    for (size_t i = 1; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (!it) return 0;
        TUPLE_ITEMS(iters)[i - 1] = it;
    }
    Map *m = (Map *)alloc_for(t, sizeof(Map));
    m->func = args[0];
    m->iters = iters;
    return OBJ_VAL(m);
}

static Value map_next(Value self)
{
    Map *m = (Map *)self;
    int64_t n = TUPLE_SIZE(m->iters);
    Value small[8];
    Value *argv = small;
    Value holder = 0;
    if (n > 8) {
        holder = tuple_new(n);
        argv = TUPLE_ITEMS(holder);
    }
    for (int64_t i = 0; i < n; i++) {
        Value item = next_of(TUPLE_ITEMS(m->iters)[i]);
        if (!item) return 0;
        argv[i] = item;
    }
    Value r = obj_call(m->func, argv, (size_t)n, 0);
    (void)holder;
    return r;
}

/* -- filter ------------------------------------------------------------------------------ */

static Value filter_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    if ((t == T(filter) || t->init == T(filter)->init) && args_no_kw("filter", kw) < 0) return 0;
    if (nargs != 2) return raise_TypeError("filter expected 2 arguments, got %zu", nargs);
    Value it = obj_iter(args[1]);
    if (!it) return 0;
    Filter *f = (Filter *)alloc_for(t, sizeof(Filter));
    f->func = args[0];
    f->it = it;
    return OBJ_VAL(f);
}

static Value filter_next(Value self)
{
    Filter *f = (Filter *)self;
    bool plain = f->func == NONE || f->func == OBJ_VAL(T(bool));
    for (;;) {
        Value item = next_of(f->it);
        if (!item) return 0;
        int ok;
        if (plain) {
            ok = obj_truthy(item);
        } else {
            Value r = obj_call1(f->func, item);
            if (!r) return 0;
            ok = obj_truthy(r);
        }
        if (ok < 0) return 0;
        if (ok) return item;
    }
}

/* -- reversed ------------------------------------------------------------------------------ */

static bool is_sequence(Value v)
{
    if (IS_DICT(v)) return false;
    Type *t = TYPE(v);
    if (!t->getitem) return false;
    return !(t->flags & TF_HEAPTYPE) || type_lookup(t, S(__getitem__));
}

static Value reversed_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (t == T(reversed) && args_no_kw("reversed", kw) < 0) return 0;
    if (nargs != 1) return raise_TypeError("reversed expected 1 argument, got %zu", nargs);
    Value seq = args[0];
    Value meth = obj_lookup_special(seq, S(__reversed__));
    if (meth == NONE) return raise_TypeError("'%T' object is not reversible", seq);
    if (meth) return obj_call0(meth);
    if (!meth && exc_pending()) return 0;
    if (!is_sequence(seq)) return raise_TypeError("'%T' object is not reversible", seq);
    int64_t n = obj_len(seq);
    if (n < 0) return 0;
    SeqIter *r = (SeqIter *)alloc_for(t, sizeof(SeqIter));
    r->seq = seq;
    r->index = n - 1;
    return OBJ_VAL(r);
}

static Value reversed_next(Value self)
{
    SeqIter *r = (SeqIter *)self;
    if (r->index >= 0 && r->seq) {
        Value item = obj_getitem(r->seq, MKSMALL(r->index));
        if (item) {
            r->index--;
            return item;
        }
        if (exc_matches(E(IndexError)) || exc_matches(E(StopIteration))) exc_clear();
        else return 0;
    }
    r->index = -1;
    r->seq = 0;
    return 0;
}

static Value reversed_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    SeqIter *r = (SeqIter *)self;
    if (!r->seq) return MKSMALL(0);
    int64_t n = obj_len(r->seq);
    if (n < 0) { exc_clear(); return MKSMALL(0); }
    return MKSMALL(n < r->index + 1 ? 0 : r->index + 1);
}

/* -- seq_iter ---------------------------------------------------------------------------- */

Value seq_iter_new(Value seq)
{
    SeqIter *it = (SeqIter *)gc_alloc(T(seq_iter), sizeof(SeqIter));
    it->seq = seq;
    return OBJ_VAL(it);
}

static Value seq_iter_next(Value self)
{
    SeqIter *it = (SeqIter *)self;
    if (!it->seq) return 0;
    Value item = obj_getitem(it->seq, int_from_i64(it->index));
    if (item) {
        it->index++;
        return item;
    }
    if (exc_matches(E(IndexError)) || exc_matches(E(StopIteration))) {
        exc_clear();
        it->seq = 0;
    }
    return 0;
}

static Value seq_iter_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    SeqIter *it = (SeqIter *)self;
    if (!it->seq) return MKSMALL(0);
    int64_t n = obj_len(it->seq);
    if (n < 0) { exc_clear(); return NOTIMPL; }
    return MKSMALL(n > it->index ? n - it->index : 0);
}

/* -- callable_iter ------------------------------------------------------------------------ */

Value callable_iter_new(Value callable, Value sentinel)
{
    CallIter *it = (CallIter *)gc_alloc(T(callable_iter), sizeof(CallIter));
    it->func = callable;
    it->sentinel = sentinel;
    return OBJ_VAL(it);
}

static Value callable_iter_next(Value self)
{
    CallIter *it = (CallIter *)self;
    if (!it->func) return 0;
    Value r = obj_call0(it->func);
    if (!r) {
        if (exc_matches(E(StopIteration))) {
            exc_clear();
            it->func = it->sentinel = 0;
        }
        return 0;
    }
    int eq = obj_eq(it->sentinel, r);
    if (eq < 0) return 0;
    if (eq) {
        it->func = it->sentinel = 0;
        return 0;
    }
    return r;
}

/* -- Pickling support: __reduce__ and __setstate__ as CPython's ---------------------------- */

/* (iter, (seq,), index), or (iter, (empty,)) once exhausted (seq == 0); fn is
 * a builtins name ("iter") or 0 for the iterator's own type. */
Value iter_reduce_seq(Value self, const char *fn, Value seq, Value index, Value empty)
{
    Value f = fn ? dict_get_cstr(R->builtins_dict, fn) : OBJ_VAL(TYPE(self));
    if (!f) return raise_AttributeError("module 'builtins' has no attribute '%s'", fn);
    if (!seq) return tuple_pack(2, f, tuple_pack(1, empty));
    return tuple_pack(3, f, tuple_pack(1, seq), index);
}

/* The one int argument of an iterator's __setstate__ (PyLong_AsSsize_t's rules). */
int iter_setstate_arg(Value self, const Value *args, size_t nargs, Value kw, int64_t *out)
{
    if (kw && TUPLE_SIZE(kw)) {
        raise_TypeError("%s.__setstate__() takes no keyword arguments", TYPE_NAME(self));
        return -1;
    }
    if (nargs != 1) {
        raise_TypeError("%s.__setstate__() takes exactly one argument (%zu given)", TYPE_NAME(self), nargs);
        return -1;
    }
    if (!IS_INT(args[0])) { raise_TypeError("an integer is required"); return -1; }
    if (int_as_i64(int_value_of(args[0]), out) < 0) {
        exc_clear();
        raise_OverflowError("Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

static Value enumerate_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Enumerate *e = (Enumerate *)self;
    Value idx = e->big ? e->big : int_from_i64(e->index);
    return tuple_pack(2, OBJ_VAL(TYPE(self)), tuple_pack(2, e->it, idx));
}

static Value zip_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Zip *z = (Zip *)self;
    if (z->strict) return tuple_pack(3, OBJ_VAL(TYPE(self)), z->iters, TRUE_V);
    return tuple_pack(2, OBJ_VAL(TYPE(self)), z->iters);
}

static Value zip_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__setstate__", nargs, 1, 1) < 0) return 0;
    int r = obj_truthy(args[0]);
    if (r < 0) return 0;
    ((Zip *)self)->strict = r;
    return NONE;
}

static Value map_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Map *m = (Map *)self;
    int64_t n = TUPLE_SIZE(m->iters);
    Value a = tuple_new(n + 1);
    TUPLE_ITEMS(a)[0] = m->func;
    for (int64_t i = 0; i < n; i++) TUPLE_ITEMS(a)[i + 1] = TUPLE_ITEMS(m->iters)[i];
    return tuple_pack(2, OBJ_VAL(TYPE(self)), a);
}

static Value filter_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Filter *f = (Filter *)self;
    return tuple_pack(2, OBJ_VAL(TYPE(self)), tuple_pack(2, f->func, f->it));
}

static Value reversed_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    SeqIter *r = (SeqIter *)self;
    return iter_reduce_seq(self, NULL, r->seq, int_from_i64(r->index), R->empty_tuple);
}

static Value reversed_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    SeqIter *r = (SeqIter *)self;
    int64_t i;
    if (iter_setstate_arg(self, args, nargs, kw, &i) < 0) return 0;
    if (r->seq) {
        int64_t n = obj_len(r->seq);
        if (n < 0) return 0;
        r->index = i < -1 ? -1 : i > n - 1 ? n - 1 : i;
    }
    return NONE;
}

static Value seq_iter_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    SeqIter *it = (SeqIter *)self;
    return iter_reduce_seq(self, "iter", it->seq, int_from_i64(it->index), R->empty_tuple);
}

static Value seq_iter_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    SeqIter *it = (SeqIter *)self;
    int64_t i;
    if (iter_setstate_arg(self, args, nargs, kw, &i) < 0) return 0;
    if (it->seq) it->index = i < 0 ? 0 : i;
    return NONE;
}

static Value callable_iter_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    CallIter *it = (CallIter *)self;
    Value f = dict_get_cstr(R->builtins_dict, "iter");
    if (!f) return raise_AttributeError("module 'builtins' has no attribute 'iter'");
    if (!it->func) return tuple_pack(2, f, tuple_pack(1, R->empty_tuple));
    return tuple_pack(2, f, tuple_pack(2, it->func, it->sentinel));
}

/* -- Type objects -------------------------------------------------------------------------- */

static const MethodDef enumerate_methods[] = {
    {"__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585"},
    {"__reduce__", enumerate_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec enumerate_spec = {
    .name = "enumerate", .base = -1, .basicsize = sizeof(Enumerate), .flags = TF_BASETYPE | TF_IMMUTABLE,
    .doc = "Return an enumerate object.",
    .iter = iter_self, .next = enumerate_next, .new_ = enumerate_new_, .methods = enumerate_methods,
};

static const MethodDef zip_methods[] = {
    {"__reduce__", zip_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", zip_setstate, METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef map_methods[] = {
    {"__reduce__", map_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef filter_methods[] = {
    {"__reduce__", filter_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef callable_iter_methods[] = {
    {"__reduce__", callable_iter_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec zip_spec = {
    .name = "zip", .base = -1, .basicsize = sizeof(Zip), .flags = TF_BASETYPE | TF_IMMUTABLE,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
    .iter = iter_self, .next = zip_next, .new_ = zip_new_, .methods = zip_methods,
};

const TypeSpec map_spec = {
    .name = "map", .base = -1, .basicsize = sizeof(Map), .flags = TF_BASETYPE | TF_IMMUTABLE,
    .doc = "map(func, *iterables) --> map object",
    .iter = iter_self, .next = map_next, .new_ = map_new_, .methods = map_methods,
};

const TypeSpec filter_spec = {
    .name = "filter", .base = -1, .basicsize = sizeof(Filter), .flags = TF_BASETYPE | TF_IMMUTABLE,
    .doc = "filter(function or None, iterable) --> filter object",
    .iter = iter_self, .next = filter_next, .new_ = filter_new_, .methods = filter_methods,
};

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, METH_NOARGS, NULL},
    {"__reduce__", reversed_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", reversed_setstate, METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec reversed_spec = {
    .name = "reversed", .base = -1, .basicsize = sizeof(SeqIter), .flags = TF_BASETYPE | TF_IMMUTABLE,
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .iter = iter_self, .next = reversed_next, .new_ = reversed_new_, .methods = reversed_methods,
};

static const MethodDef seq_iter_methods[] = {
    {"__length_hint__", seq_iter_length_hint, 0, NULL},
    {"__reduce__", seq_iter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", seq_iter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec seq_iter_spec = {
    .name = "iterator", .base = -1, .basicsize = sizeof(SeqIter), .flags = TF_IMMUTABLE,
    .iter = iter_self, .next = seq_iter_next, .methods = seq_iter_methods,
};

const TypeSpec callable_iter_spec = {
    .name = "callable_iterator", .base = -1, .basicsize = sizeof(CallIter), .flags = TF_IMMUTABLE,
    .iter = iter_self, .next = callable_iter_next, .methods = callable_iter_methods,
};
