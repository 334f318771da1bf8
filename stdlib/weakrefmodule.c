/* kiln: weak references (the _weakref module: ref, proxy, callbacks).
 *
 * A weak reference's referent field is not traced.  Every weakref is on one
 * list (linked through `next`, not traced either; the head is kept in the Root
 * bit-inverted so the Root's conservative scan does not see it).  After the
 * collector has marked and before it sweeps, weakref_gc_hook() unlinks dead
 * weakrefs and clears those whose referent is about to die, flagging their
 * callbacks; weakref_after_gc() then runs the callbacks, outside the
 * collector, with any pending exception saved. */
#include "core.h"
#include "heap.h"

typedef struct WeakRef {
    Object hdr;
    Value referent;        /* NOT traced; 0 once dead */
    Value callback;        /* traced; 0 if none or already run */
    int64_t hash;          /* -1: not computed */
    uintptr_t next;        /* NOT traced: next WeakRef on the list */
    int64_t pending;       /* callback due after this collection */
} WeakRef;

#define WR(v) ((WeakRef *)(v))

static WeakRef *list_head(void) { return R->weak_head_inv ? (WeakRef *)~R->weak_head_inv : NULL; }
static void set_head(WeakRef *w) { R->weak_head_inv = w ? ~(uintptr_t)w : 0; }

static void weakref_trace(Object *o, Visitor visit, void *ctx)
{
    visit(((WeakRef *)o)->callback, ctx);
}

static bool weakrefable_type(Type *t)
{
    if (t->flags & TF_HEAPTYPE) {
        if (!(t->flags & TF_NO_WEAKREF)) return true;
        /* __slots__ without __weakref__: only what a builtin base provides */
        while (t->base && (t->flags & TF_HEAPTYPE)) t = t->base;
        if (t->flags & TF_HEAPTYPE) return false;
    }
    return t == T(function) || t == T(type) || t == T(set) || t == T(frozenset) ||
           t == T(module) || t == T(generator) || t == T(coroutine) || t == T(async_generator) ||
           t == T(method) || t == T(code) || t == T(builtin_function) || t == T(property) ||
           t == T(classmethod) || t == T(staticmethod) || t == T(weakref) || t == T(array) || t == T(memoryview) || t == T(it_tee) || t == T(deque) ||
           t == T(simplequeue) ||
           type_is_subtype(t, T(io_base)) ||   /* _io objects (their Instance words hold the weaklist) */
           t == T(ft_partial) || t == T(ft_lru_cache_wrapper);
}

static bool weakrefable(Value v)
{
    return !IS_SMALL(v) && (IS_TYPEOBJ(v) || weakrefable_type(TYPE(v)));
}

static Value weakref_make(Type *t, Value obj, Value callback)
{
    if (!weakrefable(obj)) return raise_TypeError("cannot create weak reference to '%T' object", obj);
    if (callback == NONE) callback = 0;
    WeakRef *w = (WeakRef *)gc_alloc(t, t->basicsize > sizeof(WeakRef) ? t->basicsize : sizeof(WeakRef));
    w->referent = obj;
    STORE(w, callback, callback);
    w->hash = -1;
    w->next = (uintptr_t)list_head();
    set_head(w);
    return OBJ_VAL(w);
}

Value weakref_new_ref(Value obj) { return weakref_make(T(weakref), obj, 0); }
Value weakref_target(Value w) { return WR(w)->referent; }

/* run --rehash: a weak reference caches its referent's hash, which a new
 * hash secret changes; drop every one (before the dicts are re-keyed). */
void weakref_forget_hashes(void)
{
    for (WeakRef *w = list_head(); w; w = (WeakRef *)w->next) w->hash = -1;
}

/* Collector hook: marking is complete, sweeping has not begun. */
void weakref_gc_hook(void)
{
    WeakRef *prev = NULL;
    for (WeakRef *w = list_head(); w;) {
        WeakRef *next = (WeakRef *)w->next;
        if (!heap_bit_get(HEAP->markbits, (uintptr_t)w)) {          /* the weakref itself dies */
            if (prev) prev->next = (uintptr_t)next; else set_head(next);
        } else {
            /* objects embedded in the Root (builtin types, singletons) never die */
            if (w->referent && IS_OBJ(w->referent) && w->referent >= HEAP_BASE &&
                !heap_bit_get(HEAP->markbits, w->referent)) {
                w->referent = 0;
                if (w->callback) w->pending = 1;
            }
            prev = w;
        }
        w = next;
    }
}

/* Run the callbacks of references cleared by the last collection. */
void weakref_after_gc(void)
{
    bool any = false;
    for (WeakRef *w = list_head(); w; w = (WeakRef *)w->next) if (w->pending) { any = true; break; }
    if (!any) return;
    Value saved = exc_fetch();
    for (WeakRef *w = list_head(); w; w = (WeakRef *)w->next) {
        if (!w->pending) continue;
        w->pending = 0;
        Value cb = w->callback;
        w->callback = 0;
        if (cb && !obj_call1(cb, OBJ_VAL(w))) {
            Value e = exc_fetch();
            Value r = obj_repr(cb);
            fputs("Exception ignored in: ", stderr);
            if (r) fprintf(stderr, "%s\n", STR_DATA(r)); else { exc_clear(); fputs("<callback>\n", stderr); }
            if (e) exc_print(e, stderr);
        }
    }
    exc_restore(saved);
}

static Value ref_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__new__", nargs, 1, 2) < 0) return 0;
    return weakref_make(t, args[0], nargs > 1 ? args[1] : 0);
}

static int ref_init(Value self, const Value *args, size_t nargs, Value kw) { return 0; }

static Value ref_call(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("weakref", kw) < 0 || args_count("weakref", nargs, 0, 0) < 0) return 0;
    return WR(self)->referent ? WR(self)->referent : NONE;
}

static int ref_hash(Value self, int64_t *out)
{
    WeakRef *w = WR(self);
    if (w->hash != -1) { *out = w->hash; return 0; }
    if (!w->referent) { raise_TypeError("weak object has gone away"); return -1; }
    if (obj_hash(w->referent, &w->hash) < 0) return -1;
    *out = w->hash;
    return 0;
}

static Value ref_richcompare(Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !IS_OBJ(b) || !type_is_subtype(TYPE(b), T(weakref))) return NOTIMPL;
    WeakRef *x = WR(a), *y = WR(b);
    if (!x->referent || !y->referent) {
        bool same = a == b;
        return BOOL_V(op == CMP_EQ ? same : !same);
    }
    return obj_richcompare(x->referent, y->referent, op);
}

static Value ref_repr(Value self)
{
    WeakRef *w = WR(self);
    if (!w->referent) return str_fmt("<weakref at %p; dead>", (void *)self);
    Value name = obj_lookup_attr(w->referent, S(__name__));
    exc_clear();
    if (name && IS_STR(name))
        return str_fmt("<weakref at %p; to '%T' at %p (%U)>", (void *)self, w->referent, (void *)w->referent, name);
    return str_fmt("<weakref at %p; to '%T' at %p>", (void *)self, w->referent, (void *)w->referent);
}

static Value ref_get_callback(Value self) { return WR(self)->callback ? WR(self)->callback : NONE; }

static Value ref_class_getitem(Value self, const Value *args, size_t nargs, Value kw) { return self; }

static const GetSetDef ref_getsets[] = {
    { "__callback__", ref_get_callback, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};
static const MethodDef ref_methods[] = {
    { "__class_getitem__", ref_class_getitem, METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

const TypeSpec weakref_spec = {
    .name = "weakref.ReferenceType", .base = -1, .basicsize = sizeof(WeakRef), .flags = TF_BASETYPE,
    .trace = weakref_trace, .repr = ref_repr, .hash = ref_hash, .richcompare = ref_richcompare,
    .call = ref_call, .new_ = ref_new, .init = ref_init, .getsets = ref_getsets, .methods = ref_methods,
};

/* -- proxies ------------------------------------------------------------------- */

static Value proxy_target(Value self)
{
    Value r = WR(self)->referent;
    if (!r) return raise_fmt(E(ReferenceError), "weakly-referenced object no longer exists");
    return r;
}

static Value proxy_getattr(Value self, Value name)
{
    Value t = proxy_target(self);
    return t ? obj_getattr(t, name) : 0;
}

static int proxy_setattr(Value self, Value name, Value v)
{
    Value t = proxy_target(self);
    return t ? obj_setattr(t, name, v) : -1;
}

static Value proxy_repr(Value self)
{
    WeakRef *w = WR(self);
    if (!w->referent) return str_fmt("<weakproxy at %p; dead>", (void *)self);
    return str_fmt("<weakproxy at %p; to '%T' at %p>", (void *)self, w->referent, (void *)w->referent);
}

static Value proxy_str(Value self)
{
    Value t = proxy_target(self);
    return t ? obj_str(t) : 0;
}

static Value proxy_call(Value self, const Value *args, size_t nargs, Value kw)
{
    Value t = proxy_target(self);
    return t ? obj_call(t, args, nargs, kw) : 0;
}

static int proxy_bool(Value self)
{
    Value t = proxy_target(self);
    return t ? obj_truthy(t) : -1;
}

static int64_t proxy_len(Value self)
{
    Value t = proxy_target(self);
    return t ? obj_len(t) : -1;
}

static Value proxy_getitem(Value self, Value k)
{
    Value t = proxy_target(self);
    return t ? obj_getitem(t, k) : 0;
}

static int proxy_setitem(Value self, Value k, Value v)
{
    Value t = proxy_target(self);
    if (!t) return -1;
    return v ? obj_setitem(t, k, v) : obj_delitem(t, k);
}

static int proxy_contains(Value self, Value k)
{
    Value t = proxy_target(self);
    return t ? obj_contains(t, k) : -1;
}

static Value proxy_iter(Value self)
{
    Value t = proxy_target(self);
    return t ? obj_iter(t) : 0;
}

static Value proxy_next(Value self)
{
    Value t = proxy_target(self);
    return t ? obj_next(t) : 0;
}

static Value unwrap(Value v)
{
    if (IS_OBJ(v) && (TYPE(v) == T(weakproxy) || TYPE(v) == T(weakcallableproxy))) return proxy_target(v);
    return v;
}

static Value proxy_richcompare(Value a, Value b, int op)
{
    Value x = unwrap(a), y = unwrap(b);
    if (!x || !y) return 0;
    return obj_richcompare(x, y, op);
}

#define PROXY_BINOP(name, op)                                                         \
    static Value proxy_##name(Value a, Value b)                                        \
    {                                                                                  \
        Value x = unwrap(a), y = unwrap(b);                                            \
        if (!x || !y) return 0;                                                        \
        return obj_binop(x, y, BINOP_##op);                                            \
    }
PROXY_BINOP(add, ADD) PROXY_BINOP(sub, SUBTRACT) PROXY_BINOP(mul, MULTIPLY)
PROXY_BINOP(truediv, TRUE_DIVIDE) PROXY_BINOP(floordiv, FLOOR_DIVIDE) PROXY_BINOP(mod, REMAINDER)
#undef PROXY_BINOP

static int proxy_hash(Value self, int64_t *out)
{
    raise_TypeError("unhashable type: '%T'", self);
    return -1;
}

static Value proxy_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    return raise_TypeError("cannot create '%N' instances", t);
}

#define PROXY_SLOTS                                                                    \
    .basicsize = sizeof(WeakRef), .trace = weakref_trace, .repr = proxy_repr,          \
    .str = proxy_str, .getattr = proxy_getattr, .setattr = proxy_setattr,              \
    .richcompare = proxy_richcompare, .hash = proxy_hash, .nb_bool = proxy_bool,       \
    .len = proxy_len, .getitem = proxy_getitem, .setitem = proxy_setitem,              \
    .contains = proxy_contains, .iter = proxy_iter, .next = proxy_next,                \
    .nb_add = proxy_add, .nb_sub = proxy_sub, .nb_mul = proxy_mul,                     \
    .nb_truediv = proxy_truediv, .nb_floordiv = proxy_floordiv, .nb_mod = proxy_mod,   \
    .new_ = proxy_new

const TypeSpec weakproxy_spec = { .name = "weakref.ProxyType", .base = -1, PROXY_SLOTS };
const TypeSpec weakcallableproxy_spec = { .name = "weakref.CallableProxyType", .base = -1, PROXY_SLOTS,
                                          .call = proxy_call };

/* -- module functions ------------------------------------------------------- */

static Value w_proxy(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("proxy", nargs, 1, 2) < 0) return 0;
    Type *t = obj_is_callable(args[0]) ? T(weakcallableproxy) : T(weakproxy);
    Value cb = nargs > 1 && args[1] != NONE ? args[1] : 0;
    if (!weakrefable(args[0])) return raise_TypeError("cannot create weak reference to '%T' object", args[0]);
    WeakRef *w = (WeakRef *)gc_alloc(t, sizeof(WeakRef));
    w->referent = args[0];
    STORE(w, callback, cb);
    w->hash = -1;
    w->next = (uintptr_t)list_head();
    set_head(w);
    return OBJ_VAL(w);
}

static Value w_getweakrefcount(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("getweakrefcount", nargs, 1, 1) < 0) return 0;
    int64_t n = 0;
    for (WeakRef *w = list_head(); w; w = (WeakRef *)w->next) if (w->referent == args[0]) n++;
    return MKSMALL(n);
}

static Value w_getweakrefs(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("getweakrefs", nargs, 1, 1) < 0) return 0;
    Value l = list_new(0);
    for (WeakRef *w = list_head(); w; w = (WeakRef *)w->next)
        if (w->referent == args[0] && list_append(l, OBJ_VAL(w)) < 0) return 0;
    return l;
}

static Value w_remove_dead_weakref(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("_remove_dead_weakref", nargs, 2, 2) < 0) return 0;
    Value v = dict_get(args[0], args[1]);
    if (!v) return exc_pending() ? 0 : NONE;
    if (IS_OBJ(v) && type_is_subtype(TYPE(v), T(weakref)) && !WR(v)->referent && dict_del(args[0], args[1]) < 0)
        return 0;
    return NONE;
}

static const MethodDef weakref_methods[] = {
    { "proxy", w_proxy, 0, NULL },
    { "getweakrefcount", w_getweakrefcount, 0, NULL },
    { "getweakrefs", w_getweakrefs, 0, NULL },
    { "_remove_dead_weakref", w_remove_dead_weakref, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static int weakref_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (dict_set_cstr(d, "ref", OBJ_VAL(T(weakref))) < 0 || dict_set_cstr(d, "ReferenceType", OBJ_VAL(T(weakref))) < 0 ||
        dict_set_cstr(d, "ProxyType", OBJ_VAL(T(weakproxy))) < 0 ||
        dict_set_cstr(d, "CallableProxyType", OBJ_VAL(T(weakcallableproxy))) < 0)
        return -1;
    return 0;
}

const ModuleDef _weakref_module = { "_weakref", "Weak-reference support module.", weakref_methods, weakref_exec };
