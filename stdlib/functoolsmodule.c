/* kiln: _functools — the C half of functools.py, as CPython 3.11's
 * Modules/_functoolsmodule.c: partial, reduce, cmp_to_key (KeyWrapper) and
 * _lru_cache_wrapper.
 *
 * partial and _lru_cache_wrapper objects start with an Instance (TF_HAS_SHAPE),
 * so they have a __dict__ and weak references as CPython's do.  A bounded LRU
 * cache keeps CPython's doubly linked list of _lru_list_elem nodes (oldest
 * after the root) beside the dict key -> node, with its care for user code
 * (__eq__, __hash__, the function itself) that re-enters or clears the cache
 * between the steps of an update. */
#include "core.h"

/* -- partial -------------------------------------------------------------------- */

typedef struct Partial {
    Instance in;         /* __dict__ and weak references */
    Value fn;
    Value args;          /* tuple */
    Value kw;            /* dict */
    Value kwnames;       /* tuple of kw's keys as of kw_version, or 0 (for calls without keywords) */
    uint64_t kw_version;
} Partial;
#define PT(v) ((Partial *)(v))

static void trace_instance(Instance *in, Visitor visit, void *ctx)
{
    visit(OBJ_VAL(in->shape), ctx);
    visit(in->dict, ctx);
    visit(OBJ_VAL(in->slots), ctx);
    visit(in->weaklist, ctx);
}

static void partial_trace(Object *o, Visitor visit, void *ctx)
{
    Partial *p = (Partial *)o;
    trace_instance(&p->in, visit, ctx);
    visit(p->fn, ctx); visit(p->args, ctx); visit(p->kw, ctx); visit(p->kwnames, ctx);
}

/* The instance has had no attribute and no __dict__ yet (CPython: dict == NULL). */
static bool no_dict(Value self)
{
    InstanceTail *tl = obj_instance_tail(self);
    return !tl->dict && !tl->slots;
}

static Value partial_new(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    if (nargs < 1) return raise_TypeError("type 'partial' takes at least one argument");
    Value func = args[0], pargs = 0, pkw = 0;
    if (IS_OBJ(func) && type_is_subtype(TYPE(func), T(ft_partial)) && no_dict(func)) {
        pargs = PT(func)->args;
        pkw = PT(func)->kw;
        func = PT(func)->fn;
    }
    if (!obj_is_callable(func)) return raise_TypeError("the first argument must be callable");
    Value nargs_t = tuple_from(args + 1, (int64_t)nargs - 1);
    if (pargs && TUPLE_SIZE(pargs)) {
        int64_t a = TUPLE_SIZE(pargs), b = TUPLE_SIZE(nargs_t);
        Value cat = tuple_new(a + b);
        for (int64_t i = 0; i < a; i++) TUPLE_ITEMS(cat)[i] = TUPLE_ITEMS(pargs)[i];
        for (int64_t i = 0; i < b; i++) TUPLE_ITEMS(cat)[a + i] = TUPLE_ITEMS(nargs_t)[i];
        nargs_t = cat;
    }
    Value kw = pkw ? dict_copy(pkw) : dict_new();
    if (!kw) return 0;
    int64_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    for (int64_t i = 0; i < nkw; i++)
        if (dict_set(kw, TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0) return 0;
    Partial *p = (Partial *)gc_alloc(t, t->basicsize);
    STORE(p, fn, func);
    STORE(p, args, nargs_t);
    STORE(p, kw, kw);
    return OBJ_VAL(p);
}

/* Call fn with pre-args + args, then the keywords: kw's (overridden by the
 * call's) in the vectorcall layout. */
/* The keys of p->kw as a kwnames tuple, kept while the dict is unchanged. */
static Value stored_kwnames(Partial *p)
{
    uint64_t ver = dict_version(p->kw);
    if (p->kwnames && p->kw_version == ver) return p->kwnames;
    Value names = tuple_new(dict_size(p->kw));
    int64_t pos = 0, j = 0;
    Value k, val;
    while (dict_next(p->kw, &pos, &k, &val)) {
        if (!IS_STR(k)) return raise_TypeError("keywords must be strings");
        TUPLE_ITEMS(names)[j++] = k;
    }
    STORE(p, kwnames, names);
    p->kw_version = ver;
    return names;
}

static Value partial_call(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Partial *p = PT(self);
    int64_t np = TUPLE_SIZE(p->args), na = (int64_t)nargs, nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (np == 0 && dict_size(p->kw) == 0) return obj_call(p->fn, args, nargs, kwnames);
    Value d = 0;
    if (dict_size(p->kw)) {
        if (nkw) {   /* the call's keywords override the stored ones */
            d = dict_copy(p->kw);
            for (int64_t i = 0; i < nkw; i++)
                if (dict_set(d, TUPLE_ITEMS(kwnames)[i], args[na + i]) < 0) return 0;
        } else {
            d = p->kw;
        }
        nkw = dict_size(d);
        kwnames = d == p->kw ? stored_kwnames(p) : tuple_new(nkw);
        if (!kwnames) return 0;
    }
    Value stack[16];
    Value *v = np + na + nkw <= 16 ? stack : TUPLE_ITEMS(tuple_new(np + na + nkw));
    for (int64_t i = 0; i < np; i++) v[i] = TUPLE_ITEMS(p->args)[i];
    if (!d) {
        for (int64_t i = 0; i < na + nkw; i++) v[np + i] = args[i];
    } else {
        for (int64_t i = 0; i < na; i++) v[np + i] = args[i];
        int64_t pos = 0, j = 0;
        Value k, val;
        while (dict_next(d, &pos, &k, &val)) {
            if (d != p->kw) {
                if (!IS_STR(k)) return raise_TypeError("keywords must be strings");
                TUPLE_ITEMS(kwnames)[j] = k;
            }
            v[np + na + j++] = val;
        }
    }
    return obj_call(p->fn, v, (size_t)(np + na), nkw ? kwnames : 0);
}

static Value partial_repr(Value self)
{
    int g = repr_enter(self);
    if (g < 0) return 0;
    if (g) return str_from_cstr("...");
    Partial *p = PT(self);
    StrBuf b;
    sb_init(&b);
    Value r = obj_repr(p->fn);
    if (!r) goto fail;
    Type *t = TYPE(self);
    Value tname = t->flags & TF_HEAPTYPE ? t->name : type_qualified_name(t);
    sb_add(&b, STR_DATA(tname), (size_t)STR_NBYTES(tname));
    sb_addc(&b, '(');
    sb_add(&b, STR_DATA(r), (size_t)STR_NBYTES(r));
    if (sb_add_call_args(&b, p->args, p->kw) < 0) goto fail;
    sb_addc(&b, ')');
    repr_leave(self);
    return sb_finish(&b);
fail:
    sb_free(&b);
    repr_leave(self);
    return 0;
}

static Value get_dict(Value self) { return instance_get_dict(self); }

static int set_dict(Value self, Value d)
{
    if (!d) { raise_TypeError("cannot delete __dict__"); return -1; }
    if (!IS_DICT(d)) { raise_TypeError("__dict__ must be set to a dictionary, not a '%s'", TYPE_NAME(d)); return -1; }
    if (!instance_get_dict(self)) return -1;   /* attributes move out of the shape */
    STORE_AT(AS_OBJ(self), &obj_instance_tail(self)->dict, d);
    return 0;
}

static Value partial_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Partial *p = PT(self);
    Value d = no_dict(self) ? NONE : instance_get_dict(self);
    if (!d) return 0;
    return tuple_pack(3, OBJ_VAL(TYPE(self)), tuple_pack(1, p->fn), tuple_pack(4, p->fn, p->args, p->kw, d));
}

static Value partial_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    Value state = args[0];
    if (!IS_TUPLE(state) || TUPLE_SIZE(state) != 4) return raise_TypeError("invalid partial state");
    Value fn = TUPLE_ITEMS(state)[0], fnargs = TUPLE_ITEMS(state)[1];
    Value kwd = TUPLE_ITEMS(state)[2], dict = TUPLE_ITEMS(state)[3];
    if (!obj_is_callable(fn) || !IS_TUPLE(fnargs) || (kwd != NONE && !IS_DICT(kwd)))
        return raise_TypeError("invalid partial state");
    if (!IS_TYPE(fnargs, tuple)) fnargs = tuple_from(TUPLE_ITEMS(fnargs), TUPLE_SIZE(fnargs));
    if (kwd == NONE) kwd = dict_new();
    else if (!IS_TYPE(kwd, dict) && !(kwd = dict_copy(kwd))) return 0;
    if (dict != NONE) {
        if (set_dict(self, dict) < 0) return 0;
    } else {
        InstanceTail *tl = obj_instance_tail(self);
        gc_write_barrier(AS_OBJ(self));
        tl->shape = NULL;
        tl->dict = 0;
        tl->slots = NULL;
    }
    Partial *p = PT(self);
    STORE(p, fn, fn);
    STORE(p, args, fnargs);
    STORE(p, kw, kwd);
    STORE(p, kwnames, 0);
    return NONE;
}

static Value partial_func(Value self) { return PT(self)->fn; }
static Value partial_args(Value self) { return PT(self)->args; }
static Value partial_keywords(Value self) { return PT(self)->kw; }

static const MethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, METH_NOARGS, NULL},
    {"__setstate__", partial_setstate, METH_O, NULL},
    {"__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef partial_getsets[] = {
    {"func", partial_func, NULL, "function object to use in future partial calls", true},
    {"args", partial_args, NULL, "tuple of arguments to future partial calls", true},
    {"keywords", partial_keywords, NULL, "dictionary of keyword arguments to future partial calls", true},
    {"__dict__", get_dict, set_dict, NULL, false},
    {NULL, NULL, NULL, NULL, false},
};

const TypeSpec ft_partial_spec = {
    .name = "functools.partial", .base = -1, .basicsize = sizeof(Partial),
    .flags = TF_BASETYPE | TF_HAS_SHAPE,
    .doc = "partial(func, *args, **keywords) - new function with partial application\n"
           "    of the given arguments and keywords.\n",
    .trace = partial_trace, .repr = partial_repr, .call = partial_call, .new_ = partial_new,
    .methods = partial_methods, .getsets = partial_getsets,
};

/* -- reduce --------------------------------------------------------------------- */

static Value ft_reduce(Value m, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("reduce", kw) < 0 || args_count("reduce", nargs, 2, 3) < 0) return 0;
    Value func = args[0], result = nargs == 3 ? args[2] : 0;
    Value it = obj_iter(args[1]);
    if (!it) {
        if (exc_matches(E(TypeError))) {
            exc_clear();
            raise_TypeError("reduce() arg 2 must support iteration");
        }
        return 0;
    }
    Value v;
    while ((v = obj_next(it))) {
        if (!result) { result = v; continue; }
        Value pair[2] = { result, v };
        if (!(result = obj_call(func, pair, 2, 0))) return 0;
    }
    if (exc_pending()) return 0;
    if (!result) return raise_TypeError("reduce() of empty iterable with no initial value");
    return result;
}

/* -- cmp_to_key ----------------------------------------------------------------- */

typedef struct KeyWrapper { Object hdr; Value cmp, obj; } KeyWrapper;
#define KW(v) ((KeyWrapper *)(v))

static void kw_trace(Object *o, Visitor visit, void *ctx) { visit(KW(o)->cmp, ctx); visit(KW(o)->obj, ctx); }

static Value kw_make(Value cmp, Value obj)
{
    KeyWrapper *k = (KeyWrapper *)gc_alloc(T(ft_keywrapper), sizeof(KeyWrapper));
    STORE(k, cmp, cmp);
    STORE(k, obj, obj);
    return OBJ_VAL(k);
}

static Value kw_call(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const names[] = {"obj", NULL};
    Value obj;
    if (nargs == 1 && !kwnames) obj = args[0];
    else if (args_parse("K", args, nargs, kwnames, names, 1, &obj) < 0) return 0;
    return kw_make(KW(self)->cmp, obj);
}

static Value kw_richcompare(Value a, Value b, int op)
{
    if (TYPE(b) != TYPE(a)) return raise_TypeError("other argument must be K instance");
    Value x = KW(a)->obj, y = KW(b)->obj;
    if (!x || !y) return raise_AttributeError("object");
    Value pair[2] = { x, y };
    Value r = obj_call(KW(a)->cmp, pair, 2, 0);
    return r ? obj_richcompare(r, MKSMALL(0), op) : 0;
}

static Value kw_get_obj(Value self) { return KW(self)->obj ? KW(self)->obj : NONE; }
static int kw_set_obj(Value self, Value v) { STORE(KW(self), obj, v); return 0; }

static const GetSetDef kw_getsets[] = {
    {"obj", kw_get_obj, kw_set_obj, "Value wrapped by a key function.", true},
    {NULL, NULL, NULL, NULL, false},
};

const TypeSpec ft_keywrapper_spec = {
    .name = "functools.KeyWrapper", .base = -1, .basicsize = sizeof(KeyWrapper),
    .trace = kw_trace, .call = kw_call, .richcompare = kw_richcompare, .getsets = kw_getsets,
};

static Value ft_cmp_to_key(Value m, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const names[] = {"mycmp", NULL};
    Value cmp;
    if (args_parse("cmp_to_key", args, nargs, kwnames, names, 1, &cmp) < 0) return 0;
    return kw_make(cmp, 0);
}

/* -- _lru_cache_wrapper --------------------------------------------------------- */

typedef struct LruNode {
    Object hdr;
    Value key, result;
    int64_t hash;
    struct LruNode *prev, *next;
} LruNode;

typedef struct LruCache {
    Instance in;         /* __dict__ (update_wrapper's attributes) and weak references */
    Value func, cache, cache_info_type, kwd_mark;
    LruNode *root;       /* sentinel: root->next is the oldest, root->prev the newest */
    int64_t maxsize;     /* -1: unbounded; 0: no caching */
    int64_t hits, misses;
    bool typed;
} LruCache;
#define LC(v) ((LruCache *)(v))

static void node_trace(Object *o, Visitor visit, void *ctx)
{
    LruNode *n = (LruNode *)o;
    visit(n->key, ctx); visit(n->result, ctx);
    visit(OBJ_VAL(n->prev), ctx); visit(OBJ_VAL(n->next), ctx);
}

const TypeSpec ft_lru_list_elem_spec = {
    .name = "functools._lru_list_elem", .base = -1, .basicsize = sizeof(LruNode), .trace = node_trace,
};

static void lru_trace(Object *o, Visitor visit, void *ctx)
{
    LruCache *c = (LruCache *)o;
    trace_instance(&c->in, visit, ctx);
    visit(c->func, ctx); visit(c->cache, ctx); visit(c->cache_info_type, ctx); visit(c->kwd_mark, ctx);
    visit(OBJ_VAL(c->root), ctx);
}

static void link_set(LruNode *n, LruNode *prev, LruNode *next)
{
    gc_write_barrier(&n->hdr);
    n->prev = prev;
    n->next = next;
}

static void extract_link(LruNode *n)
{
    LruNode *p = n->prev, *x = n->next;
    link_set(p, p->prev, x);
    link_set(x, p, x->next);
}

static void append_link(LruCache *c, LruNode *n)   /* as the newest */
{
    LruNode *root = c->root, *last = root->prev;
    link_set(last, last->prev, n);
    link_set(root, n, root->next);
    link_set(n, last, root);
}

static void prepend_link(LruCache *c, LruNode *n)  /* as the oldest */
{
    LruNode *root = c->root, *first = root->next;
    link_set(first, n, first->next);
    link_set(root, root->prev, n);
    link_set(n, root, first);
}

static LruNode *node_new(void)
{
    return (LruNode *)gc_alloc(T(ft_lru_list_elem), sizeof(LruNode));
}

static Value lru_new(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const names[] = {"user_function", "maxsize", "typed", "cache_info_type", NULL};
    Value a[4];
    if (args_parse("lru_cache", args, nargs, kwnames, names, 4, a) < 0) return 0;
    int typed = obj_truthy(a[2]);
    if (typed < 0) return 0;
    if (!obj_is_callable(a[0])) return raise_TypeError("the first argument must be callable");
    int64_t maxsize = -1;
    if (a[1] != NONE) {
        if (!IS_INT(a[1]) && !TYPE(a[1])->nb_index) return raise_TypeError("maxsize should be integer or None");
        if (obj_as_ssize(a[1], &maxsize, E(OverflowError)) < 0) return 0;
        if (maxsize < 0) maxsize = 0;
    }
    LruCache *c = (LruCache *)gc_alloc(t, t->basicsize);
    STORE(c, func, a[0]);
    STORE(c, cache, dict_new());
    STORE(c, cache_info_type, a[3]);
    STORE(c, kwd_mark, OBJ_VAL(gc_alloc(T(object), sizeof(Object))));
    LruNode *root = node_new();
    link_set(root, root, root);
    gc_write_barrier(&c->in.hdr);
    c->root = root;
    c->maxsize = maxsize;
    c->typed = typed;
    return OBJ_VAL(c);
}

/* CPython's lru_cache_make_key: one exact str/int argument is its own key;
 * else args, then kwd_mark and the keyword (name, value) pairs, then (typed)
 * the types of every argument. */
static Value make_key(LruCache *c, const Value *args, size_t nargs, Value kwnames)
{
    int64_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0, n = (int64_t)nargs;
    if (!c->typed && !nkw) {
        if (n == 1 && (IS_SMALL(args[0]) || IS_TYPE(args[0], int) || IS_TYPE(args[0], str))) return args[0];
        return tuple_from(args, n);
    }
    int64_t size = n + (nkw ? nkw * 2 + 1 : 0) + (c->typed ? n + nkw : 0);
    Value key = tuple_new(size);
    Value *k = TUPLE_ITEMS(key);
    int64_t j = 0;
    for (int64_t i = 0; i < n; i++) k[j++] = args[i];
    if (nkw) {
        k[j++] = c->kwd_mark;
        for (int64_t i = 0; i < nkw; i++) {
            k[j++] = TUPLE_ITEMS(kwnames)[i];
            k[j++] = args[n + i];
        }
    }
    if (c->typed)
        for (int64_t i = 0; i < n + nkw; i++) k[j++] = OBJ_VAL(TYPE(args[i]));
    return key;
}

static Value lru_call(Value self, const Value *args, size_t nargs, Value kwnames)
{
    LruCache *c = LC(self);
    if (c->maxsize == 0) {
        c->misses++;
        return obj_call(c->func, args, nargs, kwnames);
    }
    Value key = make_key(c, args, nargs, kwnames);
    int64_t h;
    if (!key || obj_hash(key, &h) < 0) return 0;
    Value hit = dict_get_hashed(c->cache, key, h);
    if (hit) {
        c->hits++;
        if (c->maxsize < 0) return hit;
        LruNode *n = (LruNode *)hit;
        extract_link(n);
        append_link(c, n);
        return n->result;
    }
    if (exc_pending()) return 0;
    c->misses++;
    Value result = obj_call(c->func, args, nargs, kwnames);
    if (!result) return 0;
    if (c->maxsize < 0) return dict_set_hashed(c->cache, key, h, result) < 0 ? 0 : result;
    /* The call may have added this key (recursion): its link is in place. */
    if (dict_get_hashed(c->cache, key, h)) return result;
    if (exc_pending()) return 0;
    LruNode *root = c->root, *n;
    if (dict_size(c->cache) < c->maxsize || root->next == root) {
        n = node_new();
        STORE(n, key, key);
        STORE(n, result, result);
        n->hash = h;
        /* __eq__ may re-enter and add the same key: the node set here wins, the
           other one is left out of the dict (and unlinked when evicted). */
        if (dict_set_hashed(c->cache, key, h, OBJ_VAL(n)) < 0) return 0;
        append_link(c, n);
        return result;
    }
    /* Full: reuse the oldest link for the new entry. */
    n = root->next;
    extract_link(n);
    Value popped = dict_pop_hashed(c->cache, n->key, n->hash, NONE);
    if (popped == NONE && !exc_pending())   /* the str hash secret may have changed (run --rehash) */
        popped = dict_pop(c->cache, n->key, NONE);
    if (popped == NONE) return result;   /* removed meanwhile: the link stays out */
    if (!popped) {
        prepend_link(c, n);
        return 0;
    }
    STORE(n, key, key);
    STORE(n, result, result);
    n->hash = h;
    if (dict_set_hashed(c->cache, key, h, OBJ_VAL(n)) < 0) return 0;
    append_link(c, n);
    return result;
}

static Value lru_get(Value self, Value obj, Value type)
{
    if (!obj || obj == NONE) return self;
    return method_new(self, obj);
}

static Value lru_cache_info(Value self, const Value *args, size_t nargs, Value kw)
{
    LruCache *c = LC(self);
    Value a[4] = { int_from_i64(c->hits), int_from_i64(c->misses),
                   c->maxsize < 0 ? NONE : int_from_i64(c->maxsize), int_from_i64(dict_size(c->cache)) };
    return obj_call(c->cache_info_type, a, 4, 0);
}

static Value lru_cache_clear(Value self, const Value *args, size_t nargs, Value kw)
{
    LruCache *c = LC(self);
    link_set(c->root, c->root, c->root);
    c->hits = c->misses = 0;
    STORE(c, cache, dict_new());
    return NONE;
}

static Value lru_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    return obj_getattr(self, S(__qualname__));
}

static Value lru_copy(Value self, const Value *args, size_t nargs, Value kw) { return self; }

static const MethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, METH_NOARGS, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, METH_NOARGS, "Clear the cache and cache statistics"},
    {"__reduce__", lru_reduce, METH_NOARGS, NULL},
    {"__copy__", lru_copy, METH_NOARGS, NULL},
    {"__deepcopy__", lru_copy, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef lru_getsets[] = {
    {"__dict__", get_dict, set_dict, NULL, false},
    {NULL, NULL, NULL, NULL, false},
};

const TypeSpec ft_lru_cache_wrapper_spec = {
    .name = "functools._lru_cache_wrapper", .base = -1, .basicsize = sizeof(LruCache),
    .flags = TF_HAS_SHAPE,
    .doc = "Create a cached callable that wraps another function.\n\n"
           "user_function:      the function to be cached\n\n"
           "maxsize:  the maximum number of results to store in the cache\n\n"
           "typed:    if True, arguments of different types will be cached separately\n\n"
           "cache_info_type:    the type of the cache_info() result\n",
    .trace = lru_trace, .call = lru_call, .descr_get = lru_get, .new_ = lru_new,
    .methods = lru_methods, .getsets = lru_getsets,
};

/* -- The module ------------------------------------------------------------------- */

static const MethodDef functools_methods[] = {
    {"reduce", ft_reduce, 0,
     "reduce(function, iterable[, initial]) -> value\n\n"
     "Apply a function of two arguments cumulatively to the items of a sequence\n"
     "or iterable, from left to right, so as to reduce the iterable to a single\n"
     "value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n"
     "((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\n"
     "of the iterable in the calculation, and serves as a default when the\n"
     "iterable is empty."},
    {"cmp_to_key", ft_cmp_to_key, 0, "Convert a cmp= function into a key= function."},
    {NULL, NULL, 0, NULL},
};

static int functools_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (dict_set_cstr(d, "partial", OBJ_VAL(T(ft_partial))) < 0 ||
        dict_set_cstr(d, "_lru_cache_wrapper", OBJ_VAL(T(ft_lru_cache_wrapper))) < 0)
        return -1;
    return 0;
}

const ModuleDef _functools_module = {
    "_functools", "Tools that operate on functions.", functools_methods, functools_exec,
};
