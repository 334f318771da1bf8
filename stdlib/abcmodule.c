/* kiln: _abc — the C half of abc.py, as CPython 3.11's Modules/_abc.c: each
 * ABC's registry, positive and negative subclass caches (the _abc_data held in
 * cls._abc_impl), the module's invalidation counter, and the computation of
 * __abstractmethods__.
 *
 * A weak set here is a dict {address >> 3: weakref}.  The heap never moves an
 * object, so its address names it while it lives; an entry whose weakref is
 * dead is stale (the address may be reused) and counts as absent.  Membership
 * tests so allocate nothing (CPython makes a weakref per test); dead entries
 * are pruned whenever a set reaches a power-of-two size.  The invalidation
 * counter is the module's state, a small int.  As in CPython, the ABCs that
 * carry __abc_tpflags__ (Sequence, Mapping) pass TF_SEQUENCE / TF_MAPPING on
 * to the classes registered with them, which match's patterns test. */
#include "core.h"

typedef struct AbcData {
    Object hdr;
    Value registry, cache, negative_cache;   /* weak sets (dicts) or 0 */
    int64_t negative_cache_version;
} AbcData;
#define AD(v) ((AbcData *)(v))

static void ad_trace(Object *o, Visitor visit, void *ctx)
{
    AbcData *d = (AbcData *)o;
    visit(d->registry, ctx); visit(d->cache, ctx); visit(d->negative_cache, ctx);
}

static int64_t counter_of(Value module) { return SMALL_VAL(AS(Module, module)->state); }

static Value ad_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    return OBJ_VAL(gc_alloc(t, sizeof(AbcData)));
}

/* -- Weak sets ---------------------------------------------------------------- */

static Value addr_key(Value v) { return MKSMALL((int64_t)(v >> 3)); }

static int weak_contains(Value set, Value v)
{
    if (!set || IS_SMALL(v)) return 0;
    Value w = dict_get(set, addr_key(v));
    return w && weakref_target(w) == v;
}

static void weak_prune(Value set)
{
    Value dead = list_new(0);
    int64_t pos = 0;
    Value k, w;
    while (dict_next(set, &pos, &k, &w))
        if (!weakref_target(w)) list_append(dead, k);
    for (int64_t i = 0; i < LIST_SIZE(dead); i++) dict_del(set, LIST_ITEMS(dead)[i]);
}

/* Add v to the weak set in *slot of d (created when absent). */
static int weak_add(AbcData *d, Value *slot, Value v)
{
    if (!*slot) STORE_AT(d, slot, dict_new());
    Value set = *slot;
    if (weak_contains(set, v)) return 0;
    Value w = weakref_new_ref(v);
    if (!w) return -1;
    int64_t n = dict_size(set);
    if (n >= 32 && (n & (n - 1)) == 0) weak_prune(set);
    return dict_set(set, addr_key(v), w);
}

/* A set of the live weak references of a weak set (for _get_dump). */
static Value weak_dump(Value set)
{
    Value s = set_new();
    int64_t pos = 0;
    Value k, w;
    while (set && dict_next(set, &pos, &k, &w))
        if (weakref_target(w) && set_add(s, w) < 0) return 0;
    return s;
}

/* -- Helpers ------------------------------------------------------------------ */

static AbcData *get_impl(Value self)
{
    Value impl = obj_getattr(self, S(_abc_impl));
    if (!impl) return NULL;
    if (!IS_TYPE(impl, abc_data)) { raise_TypeError("_abc_impl is set to a wrong type"); return NULL; }
    return AD(impl);
}

/* value.__isabstractmethod__ is true: 1/0, -1 error. */
static int is_abstract(Value v)
{
    Value a = obj_lookup_attr(v, S(__isabstractmethod__));
    if (!a) return exc_pending() ? -1 : 0;
    return obj_truthy(a);
}

static int compute_abstract_methods(Value self)
{
    Value abstracts = set_new();
    Value ns = obj_getattr(self, S(__dict__));
    if (!ns) return -1;
    Value keys = obj_call_method(ns, S(keys), NULL, 0);
    Value it = keys ? obj_iter(keys) : 0;
    if (!it) return -1;
    Value key;
    while ((key = obj_next(it))) {
        Value v = obj_getitem(ns, key);
        if (!v) return -1;
        int r = is_abstract(v);
        if (r < 0 || (r && set_add(abstracts, key) < 0)) return -1;
    }
    if (exc_pending()) return -1;
    Value bases = obj_getattr(self, S(__bases__));
    if (!bases) return -1;
    if (!IS_TUPLE(bases)) { raise_TypeError("__bases__ is not tuple"); return -1; }
    for (int64_t i = 0; i < TUPLE_SIZE(bases); i++) {
        Value base_abs = obj_lookup_attr(TUPLE_ITEMS(bases)[i], S(__abstractmethods__));
        if (!base_abs) {
            if (exc_pending()) return -1;
            continue;
        }
        if (!(it = obj_iter(base_abs))) return -1;
        while ((key = obj_next(it))) {
            Value v = obj_lookup_attr(self, key);
            if (!v) {
                if (exc_pending()) return -1;
                continue;
            }
            int r = is_abstract(v);
            if (r < 0 || (r && set_add(abstracts, key) < 0)) return -1;
        }
        if (exc_pending()) return -1;
    }
    Value fs = frozenset_from_iter(abstracts);
    return fs ? obj_setattr(self, S(__abstractmethods__), fs) : -1;
}

/* -- Module functions --------------------------------------------------------- */

/* CPython's collection bits -> kiln's type flags. */
static uint32_t collection_flags(int64_t val)
{
    return (val & (1 << 5) ? TF_SEQUENCE : 0) | (val & (1 << 6) ? TF_MAPPING : 0);
}

/* A class registered with a Sequence/Mapping ABC, and its subclasses, match as one. */
static int set_collection_flag(Value cls, uint32_t flag)
{
    Type *t = AS(Type, cls);
    if ((t->flags & TF_IMMUTABLE) || (t->flags & (TF_SEQUENCE | TF_MAPPING)) == flag) return 0;
    t->flags = (t->flags & ~(uint32_t)(TF_SEQUENCE | TF_MAPPING)) | flag;
    Value subs = obj_call_method(cls, S(__subclasses__), NULL, 0);
    if (!subs) return -1;
    for (int64_t i = 0; i < LIST_SIZE(subs); i++)
        if (set_collection_flag(LIST_ITEMS(subs)[i], flag) < 0) return -1;
    return 0;
}

static Value abc_init(Value m, const Value *args, size_t nargs, Value kw)
{
    Value self = args[0];
    if (compute_abstract_methods(self) < 0) return 0;
    Value data = ad_new(T(abc_data), NULL, 0, 0);
    AD(data)->negative_cache_version = counter_of(m);
    if (obj_setattr(self, S(_abc_impl), data) < 0) return 0;
    if (IS_TYPEOBJ(self)) {
        /* collections.abc's Sequence and Mapping mark themselves for pattern
           matching: CPython's Py_TPFLAGS_SEQUENCE (1 << 5), _MAPPING (1 << 6) */
        Type *t = AS(Type, self);
        Value flags = dict_get_str(t->dict, S(__abc_tpflags__));
        if (flags) {
            if (IS_SMALL(flags) || IS_TYPE(flags, int)) {
                int64_t val;
                if (int_as_i64(flags, &val) < 0) return 0;
                if ((val & (3 << 5)) == (3 << 5))
                    return raise_TypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                t->flags |= collection_flags(val);
            }
            if (dict_del(t->dict, S(__abc_tpflags__)) < 0) return 0;
            type_modified(t);
        }
    }
    return NONE;
}

static Value abc_register(Value m, const Value *args, size_t nargs, Value kw)
{
    if (args_count("_abc_register", nargs, 2, 2) < 0) return 0;
    Value self = args[0], subclass = args[1];
    if (!IS_TYPEOBJ(subclass)) return raise_TypeError("Can only register classes");
    int r = obj_issubclass(subclass, self);
    if (r < 0) return 0;
    if (r > 0) return subclass;   /* already a subclass */
    /* Test for cycles after "already a subclass": X.register(X) is a no-op. */
    r = obj_issubclass(self, subclass);
    if (r < 0) return 0;
    if (r > 0) return raise_RuntimeError("Refusing to create an inheritance cycle");
    AbcData *impl = get_impl(self);
    if (!impl || weak_add(impl, &impl->registry, subclass) < 0) return 0;
    AS(Module, m)->state = MKSMALL(counter_of(m) + 1);   /* invalidate negative caches */
    if (IS_TYPEOBJ(self)) {
        uint32_t flag = AS(Type, self)->flags & (TF_SEQUENCE | TF_MAPPING);
        if (flag && set_collection_flag(subclass, flag) < 0) return 0;
    }
    return subclass;
}

static Value call_subclasscheck(Value self, Value cls)
{
    return obj_call_method(self, S(__subclasscheck__), &cls, 1);
}

static Value abc_instancecheck(Value m, const Value *args, size_t nargs, Value kw)
{
    if (args_count("_abc_instancecheck", nargs, 2, 2) < 0) return 0;
    Value self = args[0], instance = args[1];
    AbcData *impl = get_impl(self);
    if (!impl) return 0;
    Value subclass = obj_getattr(instance, S(__class__));
    if (!subclass) return 0;
    if (weak_contains(impl->cache, subclass)) return TRUE_V;
    Value subtype = OBJ_VAL(TYPE(instance));
    if (subtype == subclass) {
        if (impl->negative_cache_version == counter_of(m) && weak_contains(impl->negative_cache, subclass))
            return FALSE_V;
        return call_subclasscheck(self, subclass);
    }
    Value r = call_subclasscheck(self, subclass);
    if (!r) return 0;
    int t = obj_truthy(r);
    if (t < 0) return 0;
    if (t) return r;
    return call_subclasscheck(self, subtype);
}

/* Step 5 of the subclass check: subclass of a registered class?  1 yes, 0 no, -1 error. */
static int check_registry(AbcData *impl, Value subclass)
{
    if (weak_contains(impl->registry, subclass)) return 1;
    if (!impl->registry || dict_size(impl->registry) == 0) return 0;
    Value snapshot = list_new(0);   /* the checks below may change the registry */
    int64_t pos = 0;
    Value k, w;
    while (dict_next(impl->registry, &pos, &k, &w)) list_append(snapshot, w);
    for (int64_t i = 0; i < LIST_SIZE(snapshot); i++) {
        Value rkey = weakref_target(LIST_ITEMS(snapshot)[i]);
        if (!rkey) continue;
        int r = obj_issubclass(subclass, rkey);
        if (r < 0) return -1;
        if (r > 0) return weak_add(impl, &impl->cache, subclass) < 0 ? -1 : 1;
    }
    return 0;
}

static Value abc_subclasscheck(Value m, const Value *args, size_t nargs, Value kw)
{
    if (args_count("_abc_subclasscheck", nargs, 2, 2) < 0) return 0;
    Value self = args[0], subclass = args[1];
    if (!IS_TYPEOBJ(subclass)) return raise_TypeError("issubclass() arg 1 must be a class");
    AbcData *impl = get_impl(self);
    if (!impl) return 0;
    /* 1. the cache */
    if (weak_contains(impl->cache, subclass)) return TRUE_V;
    /* 2. the negative cache, invalidated when something was registered since */
    if (impl->negative_cache_version < counter_of(m)) {
        STORE(impl, negative_cache, 0);
        impl->negative_cache_version = counter_of(m);
    } else if (weak_contains(impl->negative_cache, subclass)) {
        return FALSE_V;
    }
    /* 3. the subclass hook */
    Value ok = obj_call_method(self, S(__subclasshook__), &subclass, 1);
    if (!ok) return 0;
    if (ok == TRUE_V) return weak_add(impl, &impl->cache, subclass) < 0 ? 0 : TRUE_V;
    if (ok == FALSE_V) return weak_add(impl, &impl->negative_cache, subclass) < 0 ? 0 : FALSE_V;
    if (ok != NOTIMPL)
        return raise_fmt(E(AssertionError), "__subclasshook__ must return either False, True, or NotImplemented");
    /* 4. a direct subclass */
    Value mro = AS(Type, subclass)->mro;
    for (int64_t i = 0; mro && i < TUPLE_SIZE(mro); i++)
        if (TUPLE_ITEMS(mro)[i] == self) return weak_add(impl, &impl->cache, subclass) < 0 ? 0 : TRUE_V;
    /* 5. a subclass of a registered class */
    int r = check_registry(impl, subclass);
    if (r < 0) return 0;
    if (r > 0) return TRUE_V;
    /* 6. a subclass of a subclass */
    Value subclasses = obj_call_method(self, S(__subclasses__), NULL, 0);
    if (!subclasses) return 0;
    if (!IS_LIST(subclasses)) return raise_TypeError("__subclasses__() must return a list");
    for (int64_t i = 0; i < LIST_SIZE(subclasses); i++) {
        r = obj_issubclass(subclass, LIST_ITEMS(subclasses)[i]);
        if (r < 0) return 0;
        if (r > 0) return weak_add(impl, &impl->cache, subclass) < 0 ? 0 : TRUE_V;
    }
    return weak_add(impl, &impl->negative_cache, subclass) < 0 ? 0 : FALSE_V;
}

static Value abc_get_dump(Value m, const Value *args, size_t nargs, Value kw)
{
    AbcData *impl = get_impl(args[0]);
    if (!impl) return 0;
    Value a = weak_dump(impl->registry), b = a ? weak_dump(impl->cache) : 0;
    Value c = b ? weak_dump(impl->negative_cache) : 0;
    return c ? tuple_pack(4, a, b, c, int_from_i64(impl->negative_cache_version)) : 0;
}

static Value abc_reset_registry(Value m, const Value *args, size_t nargs, Value kw)
{
    AbcData *impl = get_impl(args[0]);
    if (!impl) return 0;
    STORE(impl, registry, 0);
    return NONE;
}

static Value abc_reset_caches(Value m, const Value *args, size_t nargs, Value kw)
{
    AbcData *impl = get_impl(args[0]);
    if (!impl) return 0;
    STORE(impl, cache, 0);
    STORE(impl, negative_cache, 0);
    return NONE;
}

static Value abc_get_cache_token(Value m, const Value *args, size_t nargs, Value kw)
{
    return int_from_i64(counter_of(m));
}

const TypeSpec abc_data_spec = {
    .name = "_abc._abc_data", .base = -1, .basicsize = sizeof(AbcData),
    .doc = "Internal state held by ABC machinery.",
    .trace = ad_trace, .new_ = ad_new,
};

static const MethodDef abc_methods[] = {
    {"get_cache_token", abc_get_cache_token, METH_NOARGS,
     "Returns the current ABC cache token.\n\n"
     "The token is an opaque object (supporting equality testing) identifying the\n"
     "current version of the ABC cache for virtual subclasses. The token changes\n"
     "with every call to register() on any ABC."},
    {"_abc_init", abc_init, METH_O, "Internal ABC helper for class set-up. Should be never used outside abc module."},
    {"_reset_registry", abc_reset_registry, METH_O,
     "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py"},
    {"_reset_caches", abc_reset_caches, METH_O,
     "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py"},
    {"_get_dump", abc_get_dump, METH_O,
     "Internal ABC helper for cache and registry debugging.\n\n"
     "Return shallow copies of registry, of both caches, and\n"
     "negative cache version. Don't call this function directly,\n"
     "instead use ABC._dump_registry() for a nice repr."},
    {"_abc_register", abc_register, METH_NOKW, "Internal ABC helper for subclasss registration. Should be never used outside abc module."},
    {"_abc_instancecheck", abc_instancecheck, METH_NOKW, "Internal ABC helper for instance checks. Should be never used outside abc module."},
    {"_abc_subclasscheck", abc_subclasscheck, METH_NOKW, "Internal ABC helper for subclasss checks. Should be never used outside abc module."},
    {NULL, NULL, 0, NULL},
};

static int abc_exec(Value m)
{
    AS(Module, m)->state = MKSMALL(0);
    return 0;
}

const ModuleDef _abc_module = {
    "_abc", "Module contains faster C implementation of abc.ABCMeta", abc_methods, abc_exec,
};
