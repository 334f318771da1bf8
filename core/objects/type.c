/* kiln: type objects — genesis of builtin types, class creation (C3 MRO,
 * metaclasses, __slots__, __init_subclass__, __set_name__), attribute lookup
 * through the MRO, dunder slots of classes, and instance shapes.
 *
 * Invariants.  Every type has a dict, an mro tuple starting with itself, and
 * all its slots filled (inherited from its base when the spec or the class
 * leaves them NULL).  A builtin type's dict holds a wrapper for every slot its
 * spec defines (int.__add__); a wrapper dispatches to the slot of the nearest
 * builtin type of its receiver.  A class's slot is a generic function calling
 * the dunder found in the MRO when some class in the MRO defines that dunder,
 * else the slot of its nearest builtin base.  Setting a dunder on a class
 * refixes the slots of the class and its subclasses.
 *
 * Shapes (DESIGN.md §3).  An instance's attributes live in its InstanceTail
 * (core.h): shape != NULL -> slots->items[i] holds the value of the attribute
 * shape->keys[i]; shape == NULL && dict != 0 -> a real dict holds them (after
 * __dict__ was asked for, or an attribute deleted); both empty -> no attribute
 * yet.  Shapes are per class (the root is type->cached_shape), so a shape
 * implies the type.  Names in shapes are interned, compared by pointer first. */
#include "core.h"
#include "vm.h"
#include "perf.h"
#include "heap.h"
#include <string.h>

struct Shape {
    Object hdr;
    Shape *parent;
    Value name;           /* the attribute this shape added (0 for a root) */
    int64_t index;        /* its slot index */
    int64_t count;        /* attributes in this shape */
    Value transitions;    /* 0 or dict name -> child Shape */
    Value last_name;      /* the most recent transition, checked before the dict */
    Shape *last_child;
    ValueArray *keys;     /* names of all attributes, by index (count used) */
    Type *owner;
    Shape *slots_full;    /* a root: the shape holding all __slots__ keys, or the root itself if none */
};
#define SHAPE_MAX 64      /* beyond this many attributes an instance uses a dict */

/* -- Helpers ------------------------------------------------------------- */

#define SLOTP(t, off) (*(void **)((char *)(t) + (off)))

static Type *builtin_base(Type *t)
{
    while (t->flags & TF_HEAPTYPE) t = t->base;
    return t;
}

bool type_is_subtype(Type *a, Type *b)
{
    if (a == b || b == T(object)) return true;
    Value mro = a->mro;
    if (!mro) {
        for (Type *t = a; t; t = t->base) if (t == b) return true;
        return false;
    }
    int64_t n = TUPLE_SIZE(mro);
    Value *it = TUPLE_ITEMS(mro);
    for (int64_t i = 1; i < n; i++) if (AS(Type, it[i]) == b) return true;
    return false;
}

/* MRO lookup that also says which class defined the name. */
static Value lookup_owner(Type *t, Value name, Type **owner)
{
    Value mro = t->mro;
    int64_t n = TUPLE_SIZE(mro);
    Value *it = TUPLE_ITEMS(mro);
    for (int64_t i = 0; i < n; i++) {
        Type *b = AS(Type, it[i]);
        Value v = dict_get_str(b->dict, name);
        if (v) { if (owner) *owner = b; return v; }
    }
    return 0;
}

/* The method cache: MC_SIZE entries of (type, name, version, value) in a
 * RawBytes, which the collector does not trace: the cache keeps nothing alive,
 * and type_gc_hook() drops the entries naming an object about to be swept (so
 * a dead class and what its methods reach are freed).  The table hangs with
 * the global version counter and the extra area off T(shape)->cached_shape (the
 * shape type never has instances with attributes, so the field is free).
 * Versions come from that one counter, so a type freed and reallocated at the
 * same address never matches a stale entry.
 * A process restored from an image reads the image's table (warm from the
 * bake) but fills a small table of its own instead (HeapState.mcache_local,
 * not in any image): an entry written into the image's table would copy a
 * page of it (on a virtual machine, tens of microseconds each), and a 2 MiB
 * chunk of the heap written into loses its huge mapping. */
#define MC_BITS 11
#define MCL_SIZE 256    /* entries of the process-local table */
#define MC_SIZE (1 << MC_BITS)
#define MC_EXTRA 4      /* classes made from C on first use (type_c_class) */
enum { MC_COUNTER = 0, MC_XTRA = 1, MC_TABLE = 1 + MC_EXTRA, MC_ROOT_LEN };

static ValueArray *mroot(void)
{
    Value c = T(shape)->cached_shape;
    if (UNLIKELY(!c)) {
        ValueArray *a = value_array_new(MC_ROOT_LEN);
        memset(a->items, 0, sizeof(Value) * MC_ROOT_LEN);
        a->items[MC_COUNTER] = MKSMALL(1);
        c = OBJ_VAL(a);
        T(shape)->cached_shape = c;
        RawBytes *b = raw_bytes_new(sizeof(Value) * MC_SIZE * 4);
        memset(b->data, 0, sizeof(Value) * MC_SIZE * 4);
        a->items[MC_TABLE] = OBJ_VAL(b);
    }
    return (ValueArray *)c;
}

static Value *mtable(ValueArray *root) { return (Value *)(void *)((RawBytes *)root->items[MC_TABLE])->data; }

static bool gc_dying(Value v)
{
    return v && IS_OBJ(v) && v >= HEAP_BASE && !heap_bit_get(HEAP->markbits, v);
}

/* Marking done (and objects with __del__ resurrected), before the sweep. */
static void forget_dying(Value *e, size_t n)
{
    for (size_t i = 0; i < n; i++, e += 4)
        if (e[0] && (gc_dying(e[0]) || gc_dying(e[1]) || gc_dying(e[3])))
            e[0] = e[1] = e[2] = e[3] = 0;
}

void type_gc_hook(void)
{
    if (!T(shape)->cached_shape) return;
    forget_dying(mtable(mroot()), MC_SIZE);
    if (HEAP->mcache_local) forget_dying(HEAP->mcache_local, MCL_SIZE);
}

void type_cache_go_local(void)
{
    HEAP->mcache_local = arena_local_map(sizeof(Value) * MCL_SIZE * 4);
}

static uint32_t next_version(void)
{
    ValueArray *c = mroot();
    int64_t v = SMALL_VAL(c->items[MC_COUNTER]) + 1;
    if (v > 0xffffffffLL) v = 1;   /* wrapped: old entries may alias; clear them */
    if (v == 1) {
        memset(mtable(c), 0, sizeof(Value) * MC_SIZE * 4);
        if (HEAP->mcache_local) memset(HEAP->mcache_local, 0, sizeof(Value) * MCL_SIZE * 4);
    }
    c->items[MC_COUNTER] = MKSMALL(v);
    return (uint32_t)v;
}

Value type_lookup(Type *t, Value name)
{
    Value *c = mtable(mroot());
    uintptr_t h = (((uintptr_t)t >> 4) * 31 + ((uintptr_t)name >> 3)) & (MC_SIZE - 1);
    Value *e = &c[h * 4];
    if (e[0] == OBJ_VAL(t) && e[1] == name && e[2] == MKSMALL(t->version)) return e[3];
    if (UNLIKELY(HEAP->mcache_local != NULL)) {
        e = &HEAP->mcache_local[(h & (MCL_SIZE - 1)) * 4];
        if (e[0] == OBJ_VAL(t) && e[1] == name && e[2] == MKSMALL(t->version)) return e[3];
    }
    Value v = lookup_owner(t, name, NULL);
    if (((Str *)name)->flags & STR_INTERNED) {
        e[0] = OBJ_VAL(t);
        e[1] = name;
        e[2] = MKSMALL(t->version);
        e[3] = v;
    }
    return v;
}

/* Type.subclasses is a list of weak references to heap subclasses (builtin
 * types, which never die, are held directly): a class lives only as long as
 * something else holds it.  sub_at() gives the i-th live subclass or NULL. */
static Type *sub_at(Value subs, int64_t i)
{
    Value v = LIST_ITEMS(subs)[i];
    if (AS_OBJ(v)->type != T(weakref)) return AS(Type, v);
    v = weakref_target(v);
    return v ? AS(Type, v) : NULL;
}

static void subclass_add(Type *b, Type *t)
{
    if (!b->subclasses) { Value l = list_new(0); STORE(b, subclasses, l); }
    List *l = (List *)b->subclasses;
    if (l->items && l->size == l->items->cap) {
        /* full: drop dead entries first (amortised: the list only grows when
           more than half of it is live) */
        int64_t k = 0;
        for (int64_t i = 0; i < l->size; i++)
            if (sub_at(b->subclasses, i)) STORE_AT(l->items, &l->items->items[k++], l->items->items[i]);
        for (int64_t i = k; i < l->size; i++) l->items->items[i] = 0;
        l->size = k;
    }
    Value e = (t->flags & TF_HEAPTYPE) ? weakref_new_ref(OBJ_VAL(t)) : OBJ_VAL(t);
    list_append(b->subclasses, e);
}

static void subclass_remove(Type *b, Type *t)
{
    List *l = (List *)b->subclasses;
    if (!l) return;
    for (int64_t i = 0; i < l->size; i++)
        if (sub_at(b->subclasses, i) == t) {
            memmove(&l->items->items[i], &l->items->items[i + 1], sizeof(Value) * (size_t)(l->size - i - 1));
            l->items->items[--l->size] = 0;
            return;
        }
}

void type_modified(Type *t)
{
    t->version = next_version();
    Value subs = t->subclasses;
    if (!subs) return;
    for (int64_t i = 0; i < LIST_SIZE(subs); i++) {
        Type *s = sub_at(subs, i);
        if (s) type_modified(s);
    }
}

Value type_qualified_name(Type *t)
{
    Value mod = 0;
    if (t->flags & TF_HEAPTYPE) {
        mod = dict_get_str(t->dict, S(__module__));
        if (mod && !IS_STR(mod)) mod = 0;
    } else mod = t->module;
    if (!mod || str_eq_cstr(mod, "builtins")) return t->qualname;
    return str_fmt("%U.%U", mod, t->qualname);
}

Value type_repr_of(Type *t)
{
    Value q = type_qualified_name(t);
    if (!q) return 0;
    return str_fmt("<class '%U'>", q);
}

/* Call f as a method of self: f(self, *args) with kwnames. */
static Value call_meth(Value f, Value self, const Value *args, size_t nargs, Value kw)
{
    /* dunders that call each other through C (a __call__ that is a callable
     * instance, __repr__ = __str__) would otherwise overflow the C stack */
    if (UNLIKELY(c_stack_exhausted()))
        return raise_fmt(E(RecursionError), "maximum recursion depth exceeded while calling a Python object");
    Type *ft = TYPE(f);
    if (ft == T(function) || ft == T(method_descriptor) || ft == T(wrapper_descriptor)) {
        size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
        Value a[nargs + nk + 1];
        a[0] = self;
        memcpy(a + 1, args, (nargs + nk) * sizeof(Value));
        return obj_call(f, a, nargs + 1, kw);
    }
    if (ft->descr_get) {
        Value b = ft->descr_get(f, self, OBJ_VAL(TYPE(self)));
        if (!b) return 0;
        return obj_call(b, args, nargs, kw);
    }
    return obj_call(f, args, nargs, kw);
}

/* self.<name>(*args) looked up on the type; *found = false when missing. */
static Value call_dunder(Value self, Value name, const Value *args, size_t nargs, bool *found)
{
    Value f = type_lookup(TYPE(self), name);
    if (!f) {
        if (found) { *found = false; return 0; }
        /* a slot left over from a removed dunder (as CPython: a class brought
           back by a finalizer is no longer among its bases' subclasses) */
        return raise_AttributeError("%U", name);
    }
    if (found) *found = true;
    return call_meth(f, self, args, nargs, 0);
}

/* -- Shapes ---------------------------------------------------------------- */

static Shape *shape_root(Type *t)
{
    if (t->cached_shape) return (Shape *)t->cached_shape;
    Shape *s = (Shape *)gc_alloc(T(shape), sizeof(Shape));
    s->owner = t;
    STORE(t, cached_shape, OBJ_VAL(s));
    return s;
}

int64_t shape_lookup(Shape *s, Value name)
{
    int64_t n = s->count;
    if (!n) return -1;
    Value *k = s->keys->items;
    for (int64_t i = n - 1; i >= 0; i--) if (k[i] == name) return i;
    if (((Str *)name)->flags & STR_INTERNED) return -1;
    for (int64_t i = n - 1; i >= 0; i--) if (str_eq(k[i], name)) return i;
    return -1;
}

/* The child of s adding name (created on first use), or NULL past SHAPE_MAX. */
static Shape *shape_add(Shape *s, Value name)
{
    if (s->count >= SHAPE_MAX) return NULL;
    if (s->last_name == name) return s->last_child;
    if (s->transitions) {
        Value c = dict_get_str(s->transitions, name);
        if (c) {
            if (((Str *)name)->flags & STR_INTERNED) {
                gc_write_barrier(&s->hdr);
                s->last_name = name;
                s->last_child = (Shape *)c;
            }
            return (Shape *)c;
        }
    } else {
        Value d = dict_new();
        STORE(s, transitions, d);
    }
    if (TYPE(name) == T(str)) name = str_intern(name);
    else name = str_intern(str_new(STR_DATA(name), STR_NBYTES(name)));
    Shape *c = (Shape *)gc_alloc(T(shape), sizeof(Shape));
    c->parent = s;
    c->name = name;
    c->index = s->count;
    c->count = s->count + 1;
    c->owner = s->owner;
    ValueArray *k = value_array_new(c->count);
    for (int64_t i = 0; i < s->count; i++) k->items[i] = s->keys->items[i];
    k->items[s->count] = name;
    c->keys = k;
    if (dict_set(s->transitions, name, OBJ_VAL(c)) < 0) return NULL;
    gc_write_barrier(&s->hdr);
    s->last_name = name;
    s->last_child = c;
    return c;
}

InstanceTail *obj_instance_tail(Value v)
{
    if (IS_SMALL(v)) return NULL;
    Object *o = AS_OBJ(v);
    Type *t = o->type;
    if (t->flags & TF_HAS_SHAPE) return (InstanceTail *)((char *)o + sizeof(Object));
    if (t->flags & TF_EXC_SUB) return &((ExcObject *)o)->tail;
    if (!(t->flags & TF_HEAPTYPE) || (t->flags & TF_MODULE_SUB)) return NULL;
    if (t->flags & TF_ITEMS) return (InstanceTail *)((char *)o + gc_cell_size(o) - sizeof(InstanceTail));
    return (InstanceTail *)((char *)o + t->basicsize - sizeof(InstanceTail));
}

/* __slots__ values live in the shape under a key " name" (a leading space:
 * never an identifier), so they stay out of __dict__ and stay in the shape
 * even when the instance's other attributes moved to a dict. */
static bool is_slot_key(Value k) { return STR_NBYTES(k) > 0 && STR_DATA(k)[0] == ' '; }

static int shape_store(Object *o, InstanceTail *tl, Shape *c, Value v)
{
    ValueArray *sl = tl->slots;
    if (!sl || sl->cap <= c->index) {
        int64_t cap = sl ? sl->cap * 2 : 4;
        if (cap <= c->index) cap = c->index + 1;
        ValueArray *n = value_array_new(cap);
        if (sl) memcpy(n->items, sl->items, sl->cap * sizeof(Value));
        gc_write_barrier(o);
        tl->slots = n;
        sl = n;
    }
    STORE_AT(sl, &sl->items[c->index], v);
    gc_write_barrier(o);
    tl->shape = c;
    return 0;
}

/* Rebuild an instance's storage under owner's root shape, leaving out `skip`;
 * with to_dict, ordinary attributes move into the dict (created if needed). */
static int tail_rebuild(Object *o, InstanceTail *tl, Type *owner, Value skip, bool to_dict)
{
    Shape *s = tl->shape;
    ValueArray *old = tl->slots;
    Value d = tl->dict;
    if (to_dict && !d) d = dict_new();
    gc_write_barrier(o);
    tl->shape = NULL;
    tl->slots = NULL;
    tl->dict = d;
    if (!s) return 0;
    Shape *ns = shape_root(owner);
    bool any = false;
    for (int64_t i = 0; i < s->count; i++) {
        Value k = s->keys->items[i], v = old->items[i];
        if (!v || k == skip) continue;
        if (d && !is_slot_key(k)) {
            if (dict_set(d, k, v) < 0) return -1;
            continue;
        }
        Shape *c = shape_add(ns, k);
        if (!c) { if (exc_pending()) return -1; }
        tl->shape = ns;
        shape_store(o, tl, c, v);
        ns = c;
        any = true;
    }
    if (!any) { tl->shape = NULL; tl->slots = NULL; }
    return 0;
}

/* Switch an instance to dict mode (slot values stay in the shape). */
static Value tail_materialise(Object *o, InstanceTail *tl)
{
    if (tl->dict) return tl->dict;
    if (tail_rebuild(o, tl, o->type, 0, true) < 0) return 0;
    return tl->dict;
}

Value instance_getattr_raw(Value obj, Value name)
{
    InstanceTail *tl = obj_instance_tail(obj);
    if (!tl) return 0;
    if (tl->shape) {
        int64_t i = shape_lookup(tl->shape, name);
        if (i >= 0) return tl->slots->items[i];
    }
    if (tl->dict && !is_slot_key(name)) {
        Value r = dict_get(tl->dict, name);
        if (!r && exc_pending()) exc_clear();
        return r;
    }
    return 0;
}

/* The shape with every __slots__ key of root's class, in the MRO's order
 * (bases first), made once per class; root itself when there are none.  An
 * instance's first attribute takes it whole (unset slots hold 0, which reads
 * as missing), so the instances of a class with __slots__ share one shape
 * whatever order their slots are first set in, and the attribute caches of
 * the code reading them stay monomorphic. */
static Shape *shape_slots_full(Shape *root)
{
    if (root->slots_full) return root->slots_full;
    Type *t = root->owner;
    Shape *s = root;
    Value mro = t->mro;
    for (int64_t i = mro ? TUPLE_SIZE(mro) - 1 : -1; s && i >= 0; i--) {
        Value names = AS(Type, TUPLE_ITEMS(mro)[i])->slots_names;
        for (int64_t j = 0; s && names && j < TUPLE_SIZE(names); j++) {
            Value key = str_intern(str_fmt(" %U", TUPLE_ITEMS(names)[j]));
            if (shape_lookup(s, key) < 0) s = shape_add(s, key);
        }
    }
    if (!s) { exc_clear(); s = root; }   /* too many slots: shapes as they come */
    gc_write_barrier(&root->hdr);
    root->slots_full = s;
    return s;
}

static int tail_set(Object *o, InstanceTail *tl, Value name, Value v)
{
    bool slot = is_slot_key(name);
    if (tl->dict && !slot) return dict_set(tl->dict, name, v);
    if (!tl->shape) {
        gc_write_barrier(o);
        tl->shape = shape_root(o->type);
    }
    Shape *s = tl->shape;
    if (s->count == 0 && s->owner == o->type) {
        Shape *full = shape_slots_full(s);
        if (full != s) {
            ValueArray *a = value_array_new(full->count);
            gc_write_barrier(o);
            tl->slots = a;
            tl->shape = s = full;
        }
    }
    int64_t i = shape_lookup(s, name);
    if (i >= 0) {
        STORE_AT(tl->slots, &tl->slots->items[i], v);
        return 0;
    }
    Shape *c = shape_add(s, name);
    if (c) return shape_store(o, tl, c, v);
    if (exc_pending()) return -1;
    if (slot) { raise_SystemError("too many __slots__"); return -1; }
    if (!tail_materialise(o, tl)) return -1;
    return dict_set(tl->dict, name, v);
}

int instance_setattr_raw(Value obj, Value name, Value v)
{
    InstanceTail *tl = obj_instance_tail(obj);
    if (!tl) goto missing;
    if (v) return tail_set(AS_OBJ(obj), tl, name, v);
    if (tl->shape && shape_lookup(tl->shape, name) >= 0)
        return tail_rebuild(AS_OBJ(obj), tl, AS_OBJ(obj)->type, tl->shape->keys->items[shape_lookup(tl->shape, name)], false);
    if (tl->dict && !is_slot_key(name)) {
        Value cur = dict_get(tl->dict, name);
        if (cur) return dict_del(tl->dict, name);
        if (exc_pending()) return -1;
    }
missing:
    if (is_slot_key(name))
        raise_AttributeError("'%T' object has no attribute '%s'", obj, STR_DATA(name) + 1);
    else
        raise_AttributeError("'%T' object has no attribute '%U'", obj, name);
    return -1;
}

/* Move an instance's storage to another class (for __class__ assignment). */
int instance_retype(Value obj, Type *nt)
{
    InstanceTail *tl = obj_instance_tail(obj);
    if (tl && tl->shape && tail_rebuild(AS_OBJ(obj), tl, nt, 0, false) < 0) return -1;
    gc_write_barrier(AS_OBJ(obj));
    AS_OBJ(obj)->type = nt;
    return 0;
}

Value instance_get_dict(Value obj)
{
    InstanceTail *tl = obj_instance_tail(obj);
    if (!tl || (TYPE(obj)->flags & TF_NO_DICT))
        return raise_AttributeError("'%s' object has no attribute '__dict__'", TYPE_NAME(obj));
    if (!tl->dict) return tail_materialise(AS_OBJ(obj), tl);
    return tl->dict;
}

static int instance_set_dict(Value obj, Value d)
{
    InstanceTail *tl = obj_instance_tail(obj);
    if (!tl) { raise_AttributeError("'%s' object has no attribute '__dict__'", TYPE_NAME(obj)); return -1; }
    if (!d) { raise_TypeError("cannot delete __dict__"); return -1; }
    if (!IS_DICT(d)) { raise_TypeError("__dict__ must be set to a dictionary, not a '%s'", TYPE_NAME(d)); return -1; }
    if (!tail_materialise(AS_OBJ(obj), tl)) return -1;
    STORE_AT(AS_OBJ(obj), &tl->dict, d);
    return 0;
}

Value instance_new(Type *t)
{
    Object *o = gc_alloc(t, t->basicsize);
    return OBJ_VAL(o);
}

/* -- Slot wrappers of builtin types (int.__add__ ...) ----------------------- */

enum { K_UNARY, K_NEXT, K_HASH, K_CALL, K_DGET, K_DSET, K_DDEL, K_INIT, K_NEW,
       K_GETATTR, K_SETATTR, K_DELATTR, K_LT, K_LE, K_EQ, K_NE, K_GT, K_GE,
       K_BIN, K_RBIN, K_POW, K_RPOW, K_BOOL, K_LEN, K_SETITEM, K_DELITEM, K_CONTAINS,
       K_REPR, K_STR };

/* X(dunder, slot field, kind) for every dunder that maps onto a slot. */
#define SLOTDEFS(X) \
    X(__repr__, repr, K_REPR) X(__str__, str, K_STR) X(__hash__, hash, K_HASH) \
    X(__call__, call, K_CALL) X(__iter__, iter, K_UNARY) X(__next__, next, K_NEXT) \
    X(__get__, descr_get, K_DGET) X(__set__, descr_set, K_DSET) X(__delete__, descr_set, K_DDEL) \
    X(__init__, init, K_INIT) X(__new__, new_, K_NEW) \
    X(__getattribute__, getattr, K_GETATTR) X(__setattr__, setattr, K_SETATTR) \
    X(__delattr__, setattr, K_DELATTR) \
    X(__lt__, richcompare, K_LT) X(__le__, richcompare, K_LE) X(__eq__, richcompare, K_EQ) \
    X(__ne__, richcompare, K_NE) X(__gt__, richcompare, K_GT) X(__ge__, richcompare, K_GE) \
    X(__add__, nb_add, K_BIN) X(__radd__, nb_add, K_RBIN) \
    X(__sub__, nb_sub, K_BIN) X(__rsub__, nb_sub, K_RBIN) \
    X(__mul__, nb_mul, K_BIN) X(__rmul__, nb_mul, K_RBIN) \
    X(__truediv__, nb_truediv, K_BIN) X(__rtruediv__, nb_truediv, K_RBIN) \
    X(__floordiv__, nb_floordiv, K_BIN) X(__rfloordiv__, nb_floordiv, K_RBIN) \
    X(__mod__, nb_mod, K_BIN) X(__rmod__, nb_mod, K_RBIN) \
    X(__divmod__, nb_divmod, K_BIN) X(__rdivmod__, nb_divmod, K_RBIN) \
    X(__lshift__, nb_lshift, K_BIN) X(__rlshift__, nb_lshift, K_RBIN) \
    X(__rshift__, nb_rshift, K_BIN) X(__rrshift__, nb_rshift, K_RBIN) \
    X(__and__, nb_and, K_BIN) X(__rand__, nb_and, K_RBIN) \
    X(__or__, nb_or, K_BIN) X(__ror__, nb_or, K_RBIN) \
    X(__xor__, nb_xor, K_BIN) X(__rxor__, nb_xor, K_RBIN) \
    X(__matmul__, nb_matmul, K_BIN) X(__rmatmul__, nb_matmul, K_RBIN) \
    X(__pow__, nb_pow, K_POW) X(__rpow__, nb_pow, K_RPOW) \
    X(__iadd__, nb_iadd, K_BIN) X(__isub__, nb_isub, K_BIN) X(__imul__, nb_imul, K_BIN) \
    X(__itruediv__, nb_itruediv, K_BIN) X(__ifloordiv__, nb_ifloordiv, K_BIN) \
    X(__imod__, nb_imod, K_BIN) X(__ilshift__, nb_ilshift, K_BIN) \
    X(__irshift__, nb_irshift, K_BIN) X(__iand__, nb_iand, K_BIN) X(__ior__, nb_ior, K_BIN) \
    X(__ixor__, nb_ixor, K_BIN) X(__imatmul__, nb_imatmul, K_BIN) X(__ipow__, nb_ipow, K_BIN) \
    X(__neg__, nb_neg, K_UNARY) X(__pos__, nb_pos, K_UNARY) X(__abs__, nb_abs, K_UNARY) \
    X(__invert__, nb_invert, K_UNARY) X(__int__, nb_int, K_UNARY) \
    X(__float__, nb_float, K_UNARY) X(__index__, nb_index, K_UNARY) \
    X(__bool__, nb_bool, K_BOOL) X(__len__, len, K_LEN) X(__getitem__, getitem, K_BIN) \
    X(__setitem__, setitem, K_SETITEM) X(__delitem__, setitem, K_DELITEM) \
    X(__contains__, contains, K_CONTAINS)

/* CPython's messages: "expected 1 argument, got 0" (check_num_args), or with
 * a leading space where it unpacks with PyArg_UnpackTuple(args, "", ...). */
static int wrap_nargs(size_t nargs, size_t want, Value kw)
{
    if (nargs != want) {
        raise_TypeError("expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static int wrap_nargs_unpack(size_t nargs, size_t want)
{
    if (nargs != want) {
        raise_TypeError(" expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static Value wrap_1or2(size_t n)
{
    return raise_TypeError(n < 1 ? " expected at least 1 argument, got %zu" : " expected at most 2 arguments, got %zu", n);
}

/* A slot wrapper's body: fn is the owner type's slot function (function.c's
 * wrapper_descriptor hands it back to us). */
static Value wrap_dispatch(int kind, const char *name, void *fn, Value self, const Value *a, size_t n, Value kw)
{
    if (kw && TUPLE_SIZE(kw) && kind != K_CALL && kind != K_INIT)
        return raise_TypeError("wrapper %s() takes no keyword arguments", name);
    switch (kind) {
    case K_UNARY: case K_REPR: case K_STR:
        if (wrap_nargs(n, 0, kw) < 0) return 0;
        return ((UnaryFn)fn)(self);
    case K_NEXT: {
        if (wrap_nargs(n, 0, kw) < 0) return 0;
        Value r = ((UnaryFn)fn)(self);
        if (!r && !exc_pending()) return raise_StopIteration(0);
        return r;
    }
    case K_HASH: {
        if (wrap_nargs(n, 0, kw) < 0) return 0;
        int64_t h;
        if (((HashFn)fn)(self, &h) < 0) return 0;
        return int_from_i64(h);
    }
    case K_CALL:
        return ((CallFn)fn)(self, a, n, kw);
    case K_DGET: {
        if (n < 1 || n > 2) return wrap_1or2(n);
        Value obj = a[0] == NONE ? 0 : a[0];
        Value typ = n > 1 && a[1] != NONE ? a[1] : 0;
        if (!obj && !typ) return raise_TypeError("__get__(None, None) is invalid");
        return ((DescrGetFn)fn)(self, obj, typ ? typ : OBJ_VAL(TYPE(obj)));
    }
    case K_DSET:
        if (wrap_nargs_unpack(n, 2) < 0) return 0;
        return ((DescrSetFn)fn)(self, a[0], a[1]) < 0 ? 0 : NONE;
    case K_DDEL:
        if (wrap_nargs(n, 1, kw) < 0) return 0;
        return ((DescrSetFn)fn)(self, a[0], 0) < 0 ? 0 : NONE;
    case K_INIT:
        return ((InitFn)fn)(self, a, n, kw) < 0 ? 0 : NONE;
    case K_GETATTR:
        if (wrap_nargs(n, 1, kw) < 0) return 0;
        if (!IS_STR(a[0])) return raise_TypeError("attribute name must be string, not '%s'", TYPE_NAME(a[0]));
        return ((GetAttrFn)fn)(self, a[0]);
    case K_SETATTR:
        if (wrap_nargs_unpack(n, 2) < 0) return 0;
        if (!IS_STR(a[0])) return raise_TypeError("attribute name must be string, not '%s'", TYPE_NAME(a[0]));
        return ((SetAttrFn)fn)(self, a[0], a[1]) < 0 ? 0 : NONE;
    case K_DELATTR:
        if (wrap_nargs(n, 1, kw) < 0) return 0;
        if (!IS_STR(a[0])) return raise_TypeError("attribute name must be string, not '%s'", TYPE_NAME(a[0]));
        return ((SetAttrFn)fn)(self, a[0], 0) < 0 ? 0 : NONE;
    case K_LT: case K_LE: case K_EQ: case K_NE: case K_GT: case K_GE:
        if (wrap_nargs(n, 1, kw) < 0) return 0;
        return ((RichCmpFn)fn)(self, a[0], kind - K_LT);
    case K_BIN:
        if (wrap_nargs(n, 1, kw) < 0) return 0;
        return ((BinaryFn)fn)(self, a[0]);
    case K_RBIN:
        if (wrap_nargs(n, 1, kw) < 0) return 0;
        return ((BinaryFn)fn)(a[0], self);
    case K_POW:
        if (n < 1 || n > 2) return wrap_1or2(n);
        return ((TernaryFn)fn)(self, a[0], n > 1 ? a[1] : NONE);
    case K_RPOW:
        if (n < 1 || n > 2) return wrap_1or2(n);
        return ((TernaryFn)fn)(a[0], self, n > 1 ? a[1] : NONE);
    case K_BOOL: {
        if (wrap_nargs(n, 0, kw) < 0) return 0;
        int r = ((InquiryFn)fn)(self);
        return r < 0 ? 0 : BOOL_V(r);
    }
    case K_LEN: {
        if (wrap_nargs(n, 0, kw) < 0) return 0;
        int64_t r = ((LenFn)fn)(self);
        return r < 0 ? 0 : int_from_i64(r);
    }
    case K_SETITEM:
        if (wrap_nargs_unpack(n, 2) < 0) return 0;
        return ((SetItemFn)fn)(self, a[0], a[1]) < 0 ? 0 : NONE;
    case K_DELITEM:
        if (wrap_nargs(n, 1, kw) < 0) return 0;
        return ((SetItemFn)fn)(self, a[0], 0) < 0 ? 0 : NONE;
    case K_CONTAINS: {
        if (wrap_nargs(n, 1, kw) < 0) return 0;
        int r = ((int (*)(Value, Value))fn)(self, a[0]);
        return r < 0 ? 0 : BOOL_V(r);
    }
    }
    return raise_SystemError("bad slot wrapper");
}

#define WRAPFN(d, f, k) \
    static Value w_##d(Value self, const Value *a, size_t n, Value kw, void *slot) \
    { return wrap_dispatch(k, #d, slot, self, a, n, kw); }
SLOTDEFS(WRAPFN)

/* seq.__mul__(n) and friends (CPython's wrap_indexargfunc): n must be an index. */
static Value seq_repeat(const char *name, void *slot, Value self, const Value *a, size_t n, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) return raise_TypeError("wrapper %s() takes no keyword arguments", name);
    if (wrap_nargs_unpack(n, 1) < 0) return 0;
    Value i = obj_index(a[0]);
    return i ? ((BinaryFn)slot)(self, i) : 0;
}
static Value w_seq_mul(Value self, const Value *a, size_t n, Value kw, void *slot)
{ return seq_repeat("__mul__", slot, self, a, n, kw); }
static Value w_seq_rmul(Value self, const Value *a, size_t n, Value kw, void *slot)
{ return seq_repeat("__rmul__", slot, self, a, n, kw); }
static Value w_seq_imul(Value self, const Value *a, size_t n, Value kw, void *slot)
{ return seq_repeat("__imul__", slot, self, a, n, kw); }

/* seq.__add__(x) (CPython's sq_concat) raises rather than returning NotImplemented. */
static Value w_seq_add(Value self, const Value *a, size_t n, Value kw, void *slot)
{
    Value r = wrap_dispatch(K_BIN, "__add__", slot, self, a, n, kw);
    if (r != NOTIMPL) return r;
    const char *tn = IS_STR(self) ? "str" : IS_LIST(self) ? "list" : IS_TUPLE(self) ? "tuple" : NULL;
    if (tn) return raise_TypeError("can only concatenate %s (not \"%T\") to %s", tn, a[0], tn);
    return raise_TypeError("can't concat %T to %T", a[0], self);
}

static Value sl_new(Type *t, const Value *args, size_t nargs, Value kw);

/* T.__new__(S, ...): a builtin bound to its owner type T. */
static Value w_new_call(Value self, const Value *a, size_t n, Value kw)
{
    Type *owner = AS(Type, self);
    if (n < 1) return raise_TypeError("%U.__new__(): not enough arguments", owner->name);
    if (!IS_TYPEOBJ(a[0]))
        return raise_TypeError("%U.__new__(X): X is not a type object (%s)", owner->name, TYPE_NAME(a[0]));
    Type *sub = AS(Type, a[0]);
    if (!type_is_subtype(sub, owner))
        return raise_TypeError("%U.__new__(%U): %U is not a subtype of %U", owner->name, sub->name,
                               sub->name, owner->name);
    Type *sb = sub;
    while (sb && sb->new_ == sl_new) sb = sb->base;
    if (sb && sb->new_ != owner->new_)
        return raise_TypeError("%U.__new__(%U) is not safe, use %U.__new__()", owner->name, sub->name, sb->name);
    if (!owner->new_) return raise_TypeError("cannot create '%U' instances", owner->name);
    return owner->new_(sub, a + 1, n - 1, kw);
}
static const MethodDef new_wrapper_def = { "__new__", w_new_call, 0,
    "Create and return a new object.  See help(type) for accurate signature." };

typedef struct SlotDef { int name; size_t off; int kind; SlotWrapperFn wrapper; } SlotDef;
#define SLOTDEF_ROW(d, f, k) { NAME_##d, offsetof(Type, f), k, w_##d },
static const SlotDef slotdefs[] = { SLOTDEFS(SLOTDEF_ROW) };

/* -- Generic slots of classes: call the dunder found in the MRO ------------- */

static Value sl_unary(Value self, Value name)
{
    return call_dunder(self, name, NULL, 0, NULL);
}

static Value sl_repr(Value self)
{
    Value r = sl_unary(self, S(__repr__));
    if (r && !IS_STR(r)) return raise_TypeError("__repr__ returned non-string (type %s)", TYPE_NAME(r));
    return r;
}
static Value sl_str(Value self)
{
    Value r = sl_unary(self, S(__str__));
    if (r && !IS_STR(r)) return raise_TypeError("__str__ returned non-string (type %s)", TYPE_NAME(r));
    return r;
}
static Value sl_iter(Value self)
{
    Value f = type_lookup(TYPE(self), S(__iter__));
    if (f == NONE) return raise_TypeError("'%s' object is not iterable", TYPE_NAME(self));
    Value r = sl_unary(self, S(__iter__));
    if (r && !TYPE(r)->next)
        return raise_TypeError("iter() returned non-iterator of type '%s'", TYPE_NAME(r));
    return r;
}
static Value sl_next(Value self)
{
    Value r = sl_unary(self, S(__next__));
    if (!r && exc_matches(E(StopIteration))) exc_clear();
    return r;
}
#define SL_UNARY(fn, nm) static Value fn(Value self) { return sl_unary(self, S(nm)); }
SL_UNARY(sl_neg, __neg__) SL_UNARY(sl_pos, __pos__) SL_UNARY(sl_abs, __abs__)
SL_UNARY(sl_invert, __invert__) SL_UNARY(sl_int, __int__) SL_UNARY(sl_float, __float__)
SL_UNARY(sl_index, __index__)

static int sl_hash(Value self, int64_t *out)
{
    Value f = type_lookup(TYPE(self), S(__hash__));
    if (!f || f == NONE) { raise_TypeError("unhashable type: '%T'", self); return -1; }
    Value r = call_meth(f, self, NULL, 0, 0);
    if (!r) return -1;
    if (!IS_INT(r)) { raise_TypeError("__hash__ method should return an integer"); return -1; }
    int64_t h;
    if (IS_SMALL(r)) h = SMALL_VAL(r);
    else if (int_as_i64(r, &h) < 0) {      /* as CPython: a value that fits is the hash itself */
        exc_clear();
        h = int_hash_of(r);
    }
    if (h == -1) h = -2;
    *out = h;
    return 0;
}

static Value sl_call(Value self, const Value *args, size_t nargs, Value kw)
{
    Value f = type_lookup(TYPE(self), S(__call__));
    if (!f) return raise_TypeError("'%s' object is not callable", TYPE_NAME(self));
    return call_meth(f, self, args, nargs, kw);
}

static Value sl_descr_get(Value self, Value obj, Value type)
{
    Value a[2] = { obj ? obj : NONE, type ? type : NONE };
    return call_dunder(self, S(__get__), a, 2, NULL);
}
static int sl_descr_set(Value self, Value obj, Value v)
{
    bool found;
    Value r;
    if (v) {
        Value a[2] = { obj, v };
        r = call_dunder(self, S(__set__), a, 2, &found);
        if (!found) { raise_AttributeError("__set__"); return -1; }
    } else {
        r = call_dunder(self, S(__delete__), &obj, 1, &found);
        if (!found) { raise_AttributeError("__delete__"); return -1; }
    }
    return r ? 0 : -1;
}

static int sl_init(Value self, const Value *args, size_t nargs, Value kw)
{
    Value f = type_lookup(TYPE(self), S(__init__));
    if (!f) return 0;
    Value r = call_meth(f, self, args, nargs, kw);
    if (!r) return -1;
    if (r != NONE) {
        raise_TypeError("__init__() should return None, not '%s'", TYPE_NAME(r));
        return -1;
    }
    return 0;
}

static Value sl_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    Value f = type_lookup(t, S(__new__));
    if (!f) return raise_TypeError("cannot create '%U' instances", t->name);
    if (TYPE(f) == T(staticmethod) || TYPE(f)->descr_get) {
        f = TYPE(f)->descr_get ? TYPE(f)->descr_get(f, 0, OBJ_VAL(t)) : f;
        if (!f) return 0;
    }
    size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    Value a[nargs + nk + 1];
    a[0] = OBJ_VAL(t);
    memcpy(a + 1, args, (nargs + nk) * sizeof(Value));
    return obj_call(f, a, nargs + 1, kw);
}

static Value sl_getattr_hook(Value self, Value name)
{
    Type *t = TYPE(self);
    Value ga = type_lookup(t, S(__getattribute__));
    Value gf = type_lookup(t, S(__getattr__));
    Value r;
    GetAttrFn g = NULL;
    if (!ga) g = obj_generic_getattr;
    else if (TYPE(ga) == T(wrapper_descriptor)) g = (GetAttrFn)((WrapperDescr *)ga)->slot;
    if (g == obj_generic_getattr) {
        r = obj_generic_getattr_ex(self, name, gf != 0);
        if (r || !gf) return r;
        if (exc_pending()) {
            if (!exc_matches(E(AttributeError))) return 0;
            exc_clear();
        }
        return call_meth(gf, self, &name, 1, 0);
    }
    r = g && g != sl_getattr_hook ? g(self, name) : call_meth(ga, self, &name, 1, 0);
    if (r || !gf || !exc_matches(E(AttributeError))) return r;
    exc_clear();
    return call_meth(gf, self, &name, 1, 0);
}

static int sl_setattr(Value self, Value name, Value v)
{
    Value f = type_lookup(TYPE(self), v ? S(__setattr__) : S(__delattr__));
    if (!f || TYPE(f) == T(wrapper_descriptor)) {
        SetAttrFn s = f ? (SetAttrFn)((WrapperDescr *)f)->slot : obj_generic_setattr;
        if (s == sl_setattr) s = obj_generic_setattr;
        return s(self, name, v);
    }
    Value a[2] = { name, v };
    Value r = call_meth(f, self, a, v ? 2 : 1, 0);
    return r ? 0 : -1;
}

static Value sl_richcompare(Value self, Value other, int op)
{
    static const int names[6] = { NAME___lt__, NAME___le__, NAME___eq__, NAME___ne__, NAME___gt__, NAME___ge__ };
    Value f = type_lookup(TYPE(self), R->names[names[op]]);
    if (!f || f == NONE) return NOTIMPL;
    return call_meth(f, self, &other, 1, 0);
}

/* CPython's SLOT1BINFULL: self may be the left or the right operand. */
static Value sl_binfull(Value a, Value b, size_t off, void *me, Value dname, Value rname)
{
    Type *ta = TYPE(a), *tb = TYPE(b);
    bool do_other = ta != tb && SLOTP(tb, off) == me;
    Value r;
    bool found;
    if (SLOTP(ta, off) == me) {
        if (do_other && type_is_subtype(tb, ta) && type_lookup(tb, rname) != type_lookup(ta, rname)) {
            r = call_dunder(b, rname, &a, 1, &found);
            if (!found) r = NOTIMPL;
            if (r != NOTIMPL) return r;
            do_other = false;
        }
        r = call_dunder(a, dname, &b, 1, &found);
        if (!found) r = NOTIMPL;
        if (r != NOTIMPL || ta == tb) return r;
    }
    if (do_other) {
        r = call_dunder(b, rname, &a, 1, &found);
        return found ? r : NOTIMPL;
    }
    return NOTIMPL;
}
#define SL_BIN(fn, field, d, rd) \
    static Value fn(Value a, Value b) \
    { return sl_binfull(a, b, offsetof(Type, field), (void *)fn, S(d), S(rd)); }
SL_BIN(sl_add, nb_add, __add__, __radd__) SL_BIN(sl_sub, nb_sub, __sub__, __rsub__)
SL_BIN(sl_mul, nb_mul, __mul__, __rmul__) SL_BIN(sl_truediv, nb_truediv, __truediv__, __rtruediv__)
SL_BIN(sl_floordiv, nb_floordiv, __floordiv__, __rfloordiv__) SL_BIN(sl_mod, nb_mod, __mod__, __rmod__)
SL_BIN(sl_divmod, nb_divmod, __divmod__, __rdivmod__) SL_BIN(sl_lshift, nb_lshift, __lshift__, __rlshift__)
SL_BIN(sl_rshift, nb_rshift, __rshift__, __rrshift__) SL_BIN(sl_and, nb_and, __and__, __rand__)
SL_BIN(sl_or, nb_or, __or__, __ror__) SL_BIN(sl_xor, nb_xor, __xor__, __rxor__)
SL_BIN(sl_matmul, nb_matmul, __matmul__, __rmatmul__)

static Value sl_pow(Value a, Value b, Value m)
{
    if (m == NONE) {
        Type *ta = TYPE(a), *tb = TYPE(b);
        bool do_other = ta != tb && tb->nb_pow == sl_pow;
        Value r;
        bool found;
        if (ta->nb_pow == sl_pow) {
            if (do_other && type_is_subtype(tb, ta) && type_lookup(tb, S(__rpow__)) != type_lookup(ta, S(__rpow__))) {
                r = call_dunder(b, S(__rpow__), &a, 1, &found);
                if (!found) r = NOTIMPL;
                if (r != NOTIMPL) return r;
                do_other = false;
            }
            r = call_dunder(a, S(__pow__), &b, 1, &found);
            if (!found) r = NOTIMPL;
            if (r != NOTIMPL || ta == tb) return r;
        }
        if (do_other) {
            r = call_dunder(b, S(__rpow__), &a, 1, &found);
            return found ? r : NOTIMPL;
        }
        return NOTIMPL;
    }
    if (TYPE(a)->nb_pow != sl_pow) return NOTIMPL;
    Value args[2] = { b, m };
    bool found;
    Value r = call_dunder(a, S(__pow__), args, 2, &found);
    return found ? r : NOTIMPL;
}

static Value sl_inplace(Value a, Value b, Value name)
{
    bool found;
    Value r = call_dunder(a, name, &b, 1, &found);
    return found ? r : NOTIMPL;
}
#define SL_IN(fn, nm) static Value fn(Value a, Value b) { return sl_inplace(a, b, S(nm)); }
SL_IN(sl_iadd, __iadd__) SL_IN(sl_isub, __isub__) SL_IN(sl_imul, __imul__)
SL_IN(sl_itruediv, __itruediv__) SL_IN(sl_ifloordiv, __ifloordiv__) SL_IN(sl_imod, __imod__)
SL_IN(sl_ilshift, __ilshift__) SL_IN(sl_irshift, __irshift__) SL_IN(sl_iand, __iand__)
SL_IN(sl_ior, __ior__) SL_IN(sl_ixor, __ixor__) SL_IN(sl_imatmul, __imatmul__)
SL_IN(sl_ipow, __ipow__)

static int sl_bool(Value self)
{
    Value f = type_lookup(TYPE(self), S(__bool__));
    if (!f) return 1;
    Value r = call_meth(f, self, NULL, 0, 0);
    if (!r) return -1;
    if (!IS_BOOL(r)) { raise_TypeError("__bool__ should return bool, returned %s", TYPE_NAME(r)); return -1; }
    return r == TRUE_V;
}

static int64_t sl_len(Value self)
{
    Value r = sl_unary(self, S(__len__));
    if (!r) return -1;
    if (!IS_INT(r)) {
        raise_TypeError("'%s' object cannot be interpreted as an integer", TYPE_NAME(r));
        return -1;
    }
    int64_t n;
    if (IS_SMALL(r)) n = SMALL_VAL(r);
    else if (int_sign(r) < 0) n = -1;
    else if (int_as_i64(r, &n) < 0) {     /* beyond sys.maxsize */
        exc_clear();
        raise_OverflowError("cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) { raise_ValueError("__len__() should return >= 0"); return -1; }
    return n;
}

static Value sl_getitem(Value self, Value key)
{
    Value f = type_lookup(TYPE(self), S(__getitem__));
    if (!f) return raise_TypeError("'%s' object is not subscriptable", TYPE_NAME(self));
    return call_meth(f, self, &key, 1, 0);
}

static int sl_setitem(Value self, Value key, Value v)
{
    Value r;
    bool found;
    if (v) {
        Value a[2] = { key, v };
        r = call_dunder(self, S(__setitem__), a, 2, &found);
        if (!found) { raise_TypeError("'%s' object does not support item assignment", TYPE_NAME(self)); return -1; }
    } else {
        r = call_dunder(self, S(__delitem__), &key, 1, &found);
        if (!found) { raise_TypeError("'%s' object does not support item deletion", TYPE_NAME(self)); return -1; }
    }
    return r ? 0 : -1;
}

static int sl_contains(Value self, Value item)
{
    Value f = type_lookup(TYPE(self), S(__contains__));
    if (f == NONE) { raise_TypeError("'%s' object is not a container", TYPE_NAME(self)); return -1; }
    Value r = call_meth(f, self, &item, 1, 0);
    if (!r) return -1;
    return obj_truthy(r);
}

/* The generic slot for a SLOTDEFS row (by kind / field). */
static void *generic_slot(size_t off)
{
#define G(field, fn) if (off == offsetof(Type, field)) return (void *)fn;
    G(repr, sl_repr) G(str, sl_str) G(hash, sl_hash) G(call, sl_call) G(iter, sl_iter)
    G(next, sl_next) G(descr_get, sl_descr_get) G(descr_set, sl_descr_set) G(init, sl_init)
    G(new_, sl_new) G(getattr, sl_getattr_hook) G(setattr, sl_setattr)
    G(richcompare, sl_richcompare)
    G(nb_add, sl_add) G(nb_sub, sl_sub) G(nb_mul, sl_mul) G(nb_truediv, sl_truediv)
    G(nb_floordiv, sl_floordiv) G(nb_mod, sl_mod) G(nb_divmod, sl_divmod) G(nb_lshift, sl_lshift)
    G(nb_rshift, sl_rshift) G(nb_and, sl_and) G(nb_or, sl_or) G(nb_xor, sl_xor)
    G(nb_matmul, sl_matmul) G(nb_pow, sl_pow)
    G(nb_iadd, sl_iadd) G(nb_isub, sl_isub) G(nb_imul, sl_imul) G(nb_itruediv, sl_itruediv)
    G(nb_ifloordiv, sl_ifloordiv) G(nb_imod, sl_imod) G(nb_ilshift, sl_ilshift)
    G(nb_irshift, sl_irshift) G(nb_iand, sl_iand) G(nb_ior, sl_ior) G(nb_ixor, sl_ixor)
    G(nb_imatmul, sl_imatmul) G(nb_ipow, sl_ipow)
    G(nb_neg, sl_neg) G(nb_pos, sl_pos) G(nb_abs, sl_abs) G(nb_invert, sl_invert)
    G(nb_int, sl_int) G(nb_float, sl_float) G(nb_index, sl_index)
    G(nb_bool, sl_bool) G(len, sl_len) G(getitem, sl_getitem) G(setitem, sl_setitem)
    G(contains, sl_contains)
#undef G
    return NULL;
}

/* Recompute the slots of a class from its MRO (and of its subclasses). */

static void fix_slots(Type *t)
{
    if (!(t->flags & TF_HEAPTYPE)) return;
    Type *bb = builtin_base(t);
    /* start from the nearest builtin's slots */
    for (size_t i = 0; i < ARRAY_LEN(slotdefs); i++)
        SLOTP(t, slotdefs[i].off) = SLOTP(bb, slotdefs[i].off);
    for (size_t i = 0; i < ARRAY_LEN(slotdefs); i++) {
        Type *owner = NULL;
        Value v = lookup_owner(t, R->names[slotdefs[i].name], &owner);
        if (v && (owner->flags & TF_HEAPTYPE)) SLOTP(t, slotdefs[i].off) = generic_slot(slotdefs[i].off);
    }
    Type *owner = NULL;
    Value ga = lookup_owner(t, S(__getattr__), &owner);
    if (ga && (owner->flags & TF_HEAPTYPE)) t->getattr = sl_getattr_hook;
    Value h = lookup_owner(t, S(__hash__), &owner);
    if (h == NONE) t->hash = NULL;
    if (t->iter == sl_iter && type_lookup(t, S(__iter__)) == NONE) t->iter = NULL;
    if (t->nb_bool == NULL && bb->nb_bool) t->nb_bool = bb->nb_bool;
    Value del = lookup_owner(t, S(__del__), &owner);
    if (del && ((owner->flags & TF_HEAPTYPE) || owner->finalize == del_finalize) && !(t->flags & TF_MODULE_SUB)) {
        del_enable();
        t->finalize = del_finalize;
    } else {
        t->finalize = bb->finalize;
    }
    /* reflected-only definitions still need the binary slot */
    Value subs = t->subclasses;
    if (subs)
        for (int64_t i = 0; i < LIST_SIZE(subs); i++) {
            Type *s = sub_at(subs, i);
            if (s) fix_slots(s);
        }
}

/* -- __del__ ------------------------------------------------------------------
 * Instances of a class defining __del__ have type->finalize = del_finalize, so the
 * allocator flags their spans.  After marking, the collector (heap.c) offers
 * each unreachable one to del_gc_resurrect(): unless its __del__ already ran it
 * goes on the pending list (linked through InstanceTail.weaklist) and is marked
 * live again with everything it reaches.  The finalizers run outside the
 * collector: at the interpreter's next safe point (a pending call), at once
 * from gc.collect(), and at exit.  __del__ runs once per object; an object it
 * resurrects lives on and a later collection frees it once unreachable again.
 * Generators noted by gen_note_finalizer() (generator.c) take the same path,
 * linked through Gen.fin_link, and run gen_finalize() (close() and friends). */
#define DEL_DONE MKSMALL(1)     /* weaklist: __del__ has run */
#define DEL_END  MKSMALL(2)     /* weaklist: last object of the pending list */

/* A builtin type may take this as its finalize to have its C __del__ run the
 * same way (_io's objects close themselves, as CPython's tp_finalize). */
void del_finalize(Object *o)
{
    Type *bb = builtin_base(o->type);
    if (bb->finalize && bb->finalize != del_finalize) bb->finalize(o);
}

/* The pending list's holder: a ValueArray [head (0: empty), running flag] in
 * kiln_state_dict()["__del__"]; made when the first class with __del__ is. */
static ValueArray *del_state(void)
{
    Value st = R->extra_roots ? kiln_state_dict() : 0;
    Value a = st ? dict_get_str(st, S(__del__)) : 0;
    return a ? (ValueArray *)a : NULL;
}

static bool is_gen(Value o)
{
    return IS_TYPE(o, generator) || IS_TYPE(o, coroutine) || IS_TYPE(o, async_generator);
}

/* The pending list's link in o: a generator's fin_link, an instance's weaklist. */
static Value *del_link(Value o)
{
    if (is_gen(o)) return &((Gen *)o)->fin_link;
    InstanceTail *tl = obj_instance_tail(o);
    return tl ? &tl->weaklist : NULL;
}

bool del_gc_resurrect(Object *o)
{
    Value v = OBJ_VAL(o);
    if (is_gen(v) ? !gen_wants_finalizer((Gen *)o) : o->type->finalize != del_finalize) return false;
    ValueArray *st = del_state();
    Value *link = del_link(v);
    if (!st || !link || *link) return false;          /* finalized (or pending) already */
    *link = st->items[0] ? st->items[0] : DEL_END;
    st->items[0] = v;
    return true;
}

/* Have the collector offer o (a generator: gen_note_finalizer) to del_gc_resurrect. */
void del_note_finalizer(Object *o)
{
    del_enable();
    heap_note_finalizer(o);
}

/* Take the pending list as a Python list in address order (the collector
 * pushed in that order), each object marked finalized. */
static Value del_take_pending(ValueArray *st)
{
    Value out = list_new(0);
    Value o = st->items[0];
    st->items[0] = 0;
    while (o && o != DEL_END) {
        Value *link = del_link(o);
        Value next = *link;
        *link = DEL_DONE;
        list_append(out, o);
        o = next;
    }
    Value *it = LIST_ITEMS(out);
    for (int64_t i = 0, j = LIST_SIZE(out) - 1; i < j; i++, j--) { Value t = it[i]; it[i] = it[j]; it[j] = t; }
    return out;
}

/* Run the __del__ of every object on the pending list; rank (a dict id -> int,
 * or 0) orders them, the others following in address order. */
static int del_run(Value rank)
{
    ValueArray *st = del_state();
    if (!st || !st->items[0] || st->items[1]) return 0;
    st->items[1] = TRUE_V;
    Value saved = exc_fetch();
    while (st->items[0]) {
        Value l = del_take_pending(st);
        int64_t n = LIST_SIZE(l);
        if (rank) {                                   /* stable insertion sort by rank */
            Value *it = LIST_ITEMS(l);
            for (int64_t i = 1; i < n; i++) {
                Value x = it[i];
                Value rx = dict_get(rank, int_from_i64((int64_t)x));
                int64_t kx = rx ? SMALL_VAL(rx) : INT64_MAX;
                int64_t j = i;
                for (; j > 0; j--) {
                    Value ry = dict_get(rank, int_from_i64((int64_t)it[j - 1]));
                    if ((ry ? SMALL_VAL(ry) : INT64_MAX) <= kx) break;
                    it[j] = it[j - 1];
                }
                it[j] = x;
            }
        }
        for (int64_t i = 0; i < n; i++) {
            Value o = LIST_ITEMS(l)[i];
            if (is_gen(o)) { gen_finalize(o); continue; }
            Value f = type_lookup(TYPE(o), S(__del__));
            if (f && !call_meth(f, o, NULL, 0, 0)) exc_write_unraisable(f);
        }
    }
    if (saved) exc_restore(saved);
    st->items[1] = 0;
    return 0;
}

/* The finalizers a collection found: CPython runs them inside its collector,
 * so meanwhile faulthandler's reports say "Garbage-collecting". */
int del_run_pending(void)
{
    R->gc_collecting++;
    int r = del_run(0);
    R->gc_collecting--;
    return r;
}

/* At exit, as CPython's teardown.  First the objects __main__'s globals hold
 * directly are finalized, in the globals' order, with every global still in
 * place (CPython finalizes them so: functions and classes tie __main__'s dict
 * into a cycle that its collector takes as a whole).  Then, as CPython's
 * module clearing, the globals (but __builtins__) are set to None and what
 * that leaves unreachable is finalized too (classes stay reachable from their
 * bases here, and so do the functions and globals they hold: a collection
 * alone would not find them). */
void del_at_exit(void)
{
    if (!del_state() || !R->main_module || !IS_TYPE(R->main_module, module)) return;
    Value d = AS(Module, R->main_module)->dict;
    Value keys = dict_keys_list(d), rank = dict_new();
    if (!keys || !rank) { exc_clear(); return; }
    int64_t next = 0;
    for (int64_t i = 0; i < LIST_SIZE(keys); i++) {
        Value k = LIST_ITEMS(keys)[i];
        if (!IS_STR(k) || str_eq_cstr(k, "__builtins__")) continue;
        Value v = dict_get(d, k);
        if (!v || v == NONE) continue;
        Value id = int_from_i64((int64_t)v);
        if (!dict_get(rank, id) && dict_set(rank, id, MKSMALL(next++)) < 0) { exc_clear(); return; }
        if (IS_OBJ(v)) del_gc_resurrect(AS_OBJ(v));
    }
    del_run(rank);
    for (int64_t i = 0; i < LIST_SIZE(keys); i++) {
        Value k = LIST_ITEMS(keys)[i];
        if (IS_STR(k) && !str_eq_cstr(k, "__builtins__") && dict_get(d, k) && dict_set(d, k, NONE) < 0) {
            exc_clear();
            return;
        }
    }
    keys = 0;
    gc_collect();
    del_run(rank);
    exc_clear();
}

static int del_pending_call(void) { return del_run_pending(); }

/* After a collection: have the interpreter run the finalizers at its next safe point. */
void del_after_gc(void)
{
    ValueArray *st = del_state();
    if (st && st->items[0] && !st->items[1]) vm_add_pending_call(TS, del_pending_call);
}

void del_enable(void)
{
    Value st = kiln_state_dict();
    if (!dict_get_str(st, S(__del__))) dict_set(st, S(__del__), OBJ_VAL(value_array_new(2)));
}

/* -- Builtin types (genesis) ------------------------------------------------ */

#define TYPE_OFF(c, f) offsetof(Root, t_##c),
#define EXC_OFF(n, b) offsetof(Root, e_##n),
static const size_t type_offsets[] = { BUILTIN_TYPES(TYPE_OFF) EXCEPTIONS(EXC_OFF) };

STATIC_ASSERT(sizeof(TypeSpec) - offsetof(TypeSpec, trace) == sizeof(Type) - offsetof(Type, trace),
              "TypeSpec slots mirror Type slots");

static void dict_put_cstr(Value d, const char *name, Value v)
{
    dict_set(d, str_intern_cstr(name), v);
}

static uint32_t sub_flags_of(Type *t)
{
    if (t == T(int)) return TF_INT_SUB;
    if (t == T(str)) return TF_STR_SUB;
    if (t == T(tuple)) return TF_TUPLE_SUB;
    if (t == T(list)) return TF_LIST_SUB;
    if (t == T(dict)) return TF_DICT_SUB;
    if (t == T(type)) return TF_TYPE_SUB;
    if ((char *)t >= (char *)E(BaseException) && (char *)t < (char *)&R->none) return TF_EXC_SUB;
    if (t == T(module)) return TF_MODULE_SUB;
    return 0;
}
#define INHERITED_FLAGS (TF_INT_SUB | TF_STR_SUB | TF_TUPLE_SUB | TF_LIST_SUB | TF_DICT_SUB | \
                         TF_TYPE_SUB | TF_EXC_SUB | TF_ITEMS | TF_MODULE_SUB)

/* Stands in for a spec not linked in (development builds with parts missing). */
static const TypeSpec missing_spec = { .name = "<missing>", .base = -1 };

void type_init_builtin(Type *t, const TypeSpec *spec, Type *meta)
{
    if (UNLIKELY(!spec)) spec = &missing_spec;
    t->hdr.type = meta;
    const char *dot = strrchr(spec->name, '.');
    if (dot) {
        t->module = str_intern(str_new(spec->name, dot - spec->name));
        t->name = str_intern_cstr(dot + 1);
    } else {
        t->module = str_intern_cstr("builtins");
        t->name = str_intern_cstr(spec->name);
    }
    t->qualname = t->name;
    t->version = next_version();
    t->doc = spec->doc ? str_from_cstr(spec->doc) : NONE;
    Type *base;
    if (t == T(object)) base = NULL;
    else if (spec->base < 0) base = t->base ? t->base : T(object);
    else base = (Type *)((char *)R + type_offsets[spec->base]);
    t->base = base;
    memcpy(&t->trace, &spec->trace, sizeof(TypeSpec) - offsetof(TypeSpec, trace));
    t->basicsize = spec->basicsize ? spec->basicsize : (base ? base->basicsize : sizeof(Object));
    t->itemsize = spec->itemsize ? spec->itemsize : (base ? base->itemsize : 0);
    t->flags = spec->flags | TF_IMMUTABLE | (base ? base->flags & INHERITED_FLAGS : 0) | sub_flags_of(t);
    if (t->itemsize) t->flags |= TF_ITEMS;
    if (base) {
        bool from_object = base == T(object);
        for (size_t off = offsetof(Type, trace); off < offsetof(Type, methods); off += sizeof(void *)) {
            if (SLOTP(t, off)) continue;
            if (off == offsetof(Type, hash) && spec->richcompare) continue;
            if (from_object && (off == offsetof(Type, new_) || off == offsetof(Type, trace))) continue;
            SLOTP(t, off) = SLOTP(base, off);
        }
    }
    /* bases, mro */
    if (base) {
        Value b = OBJ_VAL(base);
        t->bases = tuple_from(&b, 1);
        Value bm = base->mro;
        int64_t n = bm ? TUPLE_SIZE(bm) : 0;
        Value m = tuple_new(n + 1);
        TUPLE_ITEMS(m)[0] = OBJ_VAL(t);
        for (int64_t i = 0; i < n; i++) TUPLE_ITEMS(m)[i + 1] = TUPLE_ITEMS(bm)[i];
        t->mro = m;
    } else {
        t->bases = tuple_new(0);
        Value self = OBJ_VAL(t);
        t->mro = tuple_from(&self, 1);
    }
    Value d = dict_new();
    t->dict = d;
    if (spec->methods) {
        for (const MethodDef *m = spec->methods; m->name; m++) {
            Value v;
            if (m->flags & METH_CLASS) v = descr_new_classmethod(t, m);
            else if (m->flags & METH_STATIC) {   /* bound to the type for its name; __self__ is None */
                Value f = builtin_function_new(m, OBJ_VAL(t), 0);
                v = staticmethod_new(f);
            } else v = descr_new_method(t, m);
            dict_put_cstr(d, m->name, v);
        }
    }
    if (spec->getsets)
        for (const GetSetDef *g = spec->getsets; g->name; g++)
            if (!dict_get_cstr(d, g->name)) dict_put_cstr(d, g->name, descr_new_getset(t, g));
    /* sequences' * and + are CPython's sq_repeat / sq_concat */
    bool is_seq = t == T(str) || t == T(bytes) || t == T(bytearray) || t == T(list) || t == T(tuple) ||
                  t == T(deque);
    for (size_t i = 0; i < ARRAY_LEN(slotdefs); i++) {
        const SlotDef *sd = &slotdefs[i];
        size_t soff = sd->off - offsetof(Type, trace) + offsetof(TypeSpec, trace);
        if (!SLOTP(spec, soff)) continue;
        Value key = R->names[sd->name];
        if (dict_get_str(d, key)) continue;
        /* sequence concatenation (CPython's sq_concat) has no reflected form */
        if (sd->name == NAME___radd__ && (t == T(str) || t == T(bytes) || t == T(bytearray) ||
                                          t == T(list) || t == T(tuple) || t == T(deque)))
            continue;
        SlotWrapperFn w = sd->wrapper;
        if (is_seq && sd->name == NAME___mul__) w = w_seq_mul;
        else if (is_seq && sd->name == NAME___rmul__) w = w_seq_rmul;
        else if (is_seq && sd->name == NAME___imul__) w = w_seq_imul;
        else if (is_seq && sd->name == NAME___add__) w = w_seq_add;
        Value v = sd->kind == K_NEW ? builtin_function_new(&new_wrapper_def, OBJ_VAL(t), 0)
                                    : descr_new_wrapper(t, key, w, SLOTP(spec, soff), NULL);
        dict_set(d, key, v);
    }
    if (spec->richcompare && !spec->hash && !dict_get_str(d, S(__hash__)))
        dict_set(d, S(__hash__), NONE);
    if (!dict_get_str(d, S(__doc__))) dict_set(d, S(__doc__), t->doc);
    if (t == T(function)) func_init_members(t);
    if (base) subclass_add(base, t);
}

/* -- Class creation ------------------------------------------------------- */

/* C3 linearisation of t's bases; returns the mro tuple or 0 + TypeError. */
static Value c3_mro(Type *t, Value bases)
{
    int64_t nb = TUPLE_SIZE(bases);
    /* sequences: each base's mro, then the bases list; kept as lists with a head index */
    int64_t nseq = nb + 1;
    Value seqs[nseq];
    int64_t heads[nseq];
    for (int64_t i = 0; i < nb; i++) { seqs[i] = AS(Type, TUPLE_ITEMS(bases)[i])->mro; heads[i] = 0; }
    seqs[nb] = bases;
    heads[nb] = 0;
    Value out = list_new(0);
    Value self = OBJ_VAL(t);
    if (list_append(out, self) < 0) return 0;
    for (;;) {
        bool empty = true;
        Value cand = 0;
        for (int64_t i = 0; i < nseq; i++) {
            if (heads[i] >= TUPLE_SIZE(seqs[i])) continue;
            empty = false;
            Value c = TUPLE_ITEMS(seqs[i])[heads[i]];
            bool in_tail = false;
            for (int64_t j = 0; j < nseq && !in_tail; j++)
                for (int64_t k = heads[j] + 1; k < TUPLE_SIZE(seqs[j]); k++)
                    if (TUPLE_ITEMS(seqs[j])[k] == c) { in_tail = true; break; }
            if (!in_tail) { cand = c; break; }
        }
        if (empty) break;
        if (!cand) {
            StrBuf b;
            sb_init(&b);
            sb_adds(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
            bool first = true;
            for (int64_t i = 0; i < nseq; i++) {
                if (heads[i] >= TUPLE_SIZE(seqs[i])) continue;
                Value c = TUPLE_ITEMS(seqs[i])[heads[i]];
                bool dup = false;
                for (int64_t j = 0; j < i; j++)
                    if (heads[j] < TUPLE_SIZE(seqs[j]) && TUPLE_ITEMS(seqs[j])[heads[j]] == c) dup = true;
                if (dup) continue;
                sb_adds(&b, first ? " " : ", ");
                first = false;
                sb_adds(&b, STR_DATA(AS(Type, c)->name));
            }
            Value msg = sb_finish(&b);
            return raise_TypeError("%U", msg);
        }
        if (list_append(out, cand) < 0) return 0;
        for (int64_t i = 0; i < nseq; i++)
            if (heads[i] < TUPLE_SIZE(seqs[i]) && TUPLE_ITEMS(seqs[i])[heads[i]] == cand) heads[i]++;
    }
    return tuple_from(LIST_ITEMS(out), LIST_SIZE(out));
}

/* The type whose instance layout a class's instances share (nearest builtin,
 * with TF_HAS_SHAPE heap classes counting as "object + tail"). */
static Type *solid_base(Type *t)
{
    for (; t->flags & TF_HEAPTYPE; t = t->base)   /* named __slots__ add to the layout, as in CPython */
        if (t->slots_names && TUPLE_SIZE(t->slots_names)) return t;
    while (t->base && t->basicsize == t->base->basicsize && t->itemsize == t->base->itemsize)
        t = t->base;
    return t;
}

static bool has_tail(Type *t)
{
    return (t->flags & (TF_HEAPTYPE | TF_HAS_SHAPE | TF_EXC_SUB | TF_MODULE_SUB)) != 0;
}

/* -- VM attribute-cache helpers (core/perf.h) -------------------------------- */

Value type_slot_member_key(Value d)
{
    return IS_TYPE(d, member_descriptor) ? ((MemberDescr *)AS_OBJ(d))->key : 0;
}

Shape *shape_store_transition(Value o, Value name, int64_t *idx)
{
    Type *t = TYPE(o);
    Instance *in = (Instance *)AS_OBJ(o);
    if (!(t->flags & TF_HAS_SHAPE) || !in->shape || in->dict || t->setattr != obj_generic_setattr) return NULL;
    if (!(((Str *)name)->flags & STR_INTERNED)) return NULL;
    if (in->shape->count == 0 && shape_slots_full(in->shape) != in->shape) return NULL;  /* tail_set takes them all */
    Value d = type_lookup(t, name);
    Value key = name;
    if (d) {
        key = type_slot_member_key(d);
        if (!key) return NULL;
    } else if (t->flags & TF_NO_DICT) return NULL;
    if (shape_lookup(in->shape, key) >= 0) return NULL;
    Shape *c = shape_add(in->shape, key);
    if (!c) { exc_clear(); return NULL; }
    *idx = c->index;
    return c;
}

int shape_store_child(Value o, Shape *c, Value v)
{
    Instance *in = (Instance *)AS_OBJ(o);
    return shape_store(&in->hdr, (InstanceTail *)&in->shape, c, v);
}

static Value dict_getter(Value self) { return instance_get_dict(self); }
static int dict_setter(Value self, Value v) { return instance_set_dict(self, v); }
/* __weakref__: the first weak reference to self (the _weakref module keeps them). */
static Value weakref_getter(Value self)
{
    Value m = import_module(str_intern_cstr("_weakref"));
    if (!m) { exc_clear(); return NONE; }
    Value f = obj_getattr_cstr(m, "getweakrefs");
    if (!f) return 0;
    Value l = obj_call1(f, self);
    if (!l) return 0;
    return IS_LIST(l) && LIST_SIZE(l) ? LIST_ITEMS(l)[0] : NONE;
}
static const GetSetDef instance_getsets[] = {
    { "__dict__", dict_getter, dict_setter, "dictionary for instance variables (if defined)" },
    { "__weakref__", weakref_getter, NULL, "list of weak references to the object (if defined)" },
    { NULL, NULL, NULL, NULL },
};

Value type_weakref_descr(Type *t) { return descr_new_getset(t, &instance_getsets[1]); }

static Value mangle(Value cls_name, Value name)
{
    const char *n = STR_DATA(name);
    size_t len = STR_NBYTES(name);
    if (len < 2 || n[0] != '_' || n[1] != '_') return name;
    if (len >= 4 && n[len - 1] == '_' && n[len - 2] == '_') return name;
    const char *c = STR_DATA(cls_name);
    while (*c == '_') c++;
    if (!*c) return name;
    return str_fmt("_%s%U", c, name);
}

static Value main_module_name(void)
{
    Value g = vm_current_globals();
    if (g && IS_DICT(g)) {
        Value n = dict_get_str(g, S(__name__));
        if (n) return n;
    }
    if (R->main_module && IS_TYPE(R->main_module, module)) {
        Value n = dict_get_str(((Module *)R->main_module)->dict, S(__name__));
        if (n) return n;
    }
    return str_intern_cstr("__main__");
}

Value type_new_class(Value metatype, Value name, Value bases, Value ns, Value kwds)
{
    if (!IS_STR(name)) return raise_TypeError("type.__new__() argument 1 must be str, not %A", name);
    if (!IS_TUPLE(bases)) return raise_TypeError("type.__new__() argument 2 must be tuple, not %A", bases);
    if (!IS_DICT(ns)) return raise_TypeError("type.__new__() argument 3 must be dict, not %A", ns);
    if (memchr(STR_DATA(name), 0, (size_t)STR_NBYTES(name))) return raise_ValueError("type name must not contain null characters");
    Type *meta = AS(Type, metatype);
    /* metaclass calculation */
    int64_t nb = TUPLE_SIZE(bases);
    for (int64_t i = 0; i < nb; i++) {
        Type *bt = TYPE(TUPLE_ITEMS(bases)[i]);
        if (type_is_subtype(meta, bt)) continue;
        if (type_is_subtype(bt, meta)) { meta = bt; continue; }
        return raise_TypeError("metaclass conflict: the metaclass of a derived class must be a "
                               "(non-strict) subclass of the metaclasses of all its bases");
    }
    if (meta != AS(Type, metatype) && meta->new_ != T(type)->new_) {
        /* the winning metaclass's __new__, keywords included (CPython's type_new) */
        Value kn = kwds && dict_size(kwds) ? tuple_from_iter(kwds) : 0;
        int64_t nk = kn ? TUPLE_SIZE(kn) : 0;
        if (nk > 32) return raise_TypeError("too many keyword arguments");
        Value a[3 + 32] = { name, bases, ns };
        for (int64_t i = 0; i < nk; i++) a[3 + i] = dict_get(kwds, TUPLE_ITEMS(kn)[i]);
        return meta->new_(meta, a, 3, kn);
    }
    if (nb == 0) {
        Value o = OBJ_VAL(T(object));
        bases = tuple_from(&o, 1);
        nb = 1;
    }
    /* best base */
    Type *base = NULL, *solid = NULL;
    for (int64_t i = 0; i < nb; i++) {
        Value bv = TUPLE_ITEMS(bases)[i];
        if (!IS_TYPEOBJ(bv)) return raise_TypeError("bases must be types");
        Type *b = AS(Type, bv);
        if (!(b->flags & TF_BASETYPE) && !(b->flags & TF_HEAPTYPE))
            return raise_TypeError("type '%U' is not an acceptable base type", type_qualified_name(b));
        for (int64_t j = 0; j < i; j++)
            if (TUPLE_ITEMS(bases)[j] == bv) return raise_TypeError("duplicate base class %U", b->name);
        Type *s = solid_base(b);
        if (!base) { base = b; solid = s; continue; }
        if (type_is_subtype(solid, s)) continue;
        if (type_is_subtype(s, solid)) { base = b; solid = s; continue; }
        return raise_TypeError("multiple bases have instance lay-out conflict");
    }
    /* classes are read on every attribute lookup and rarely written after
       their creation (their namespace is a dict of its own) */
    Type *t = (Type *)gc_alloc_kind(meta, meta->basicsize, HEAP_FROZEN);
    memcpy(&t->trace, &base->trace, sizeof(Type) - offsetof(Type, trace));
    t->trace = NULL;
    t->methods = NULL;
    t->getsets = NULL;
    t->name = str_intern(TYPE(name) == T(str) ? name : str_new(STR_DATA(name), STR_NBYTES(name)));
    t->qualname = t->name;
    t->base = base;
    t->bases = bases;
    t->version = next_version();
    t->flags = TF_HEAPTYPE | TF_BASETYPE | (base->flags & (INHERITED_FLAGS | TF_HAS_SHAPE | TF_NO_DICT | TF_NO_WEAKREF |
                                                           TF_SEQUENCE | TF_MAPPING));
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    if (builtin_base(base) == T(object)) {
        t->flags |= TF_HAS_SHAPE;
        if (t->basicsize < sizeof(Instance)) t->basicsize = sizeof(Instance);
    } else if (!has_tail(base)) {
        t->basicsize = base->basicsize + sizeof(InstanceTail);
    }
    Value mro = c3_mro(t, bases);
    if (!mro) return 0;
    t->mro = mro;
    Value d = dict_new();
    t->dict = d;
    /* a metaclass may override mro() */
    if (meta != T(type)) {
        Value m = type_lookup(meta, S(mro));
        if (m && m != dict_get_str(T(type)->dict, S(mro))) {
            Value r = call_meth(m, OBJ_VAL(t), NULL, 0, 0);
            if (!r) return 0;
            Value tup = tuple_from_iter(r);
            if (!tup) return 0;
            for (int64_t i = 0; i < TUPLE_SIZE(tup); i++)
                if (!IS_TYPEOBJ(TUPLE_ITEMS(tup)[i]))
                    return raise_TypeError("mro() returned a non-class ('%s')", TYPE_NAME(TUPLE_ITEMS(tup)[i]));
            t->mro = tup;
        }
    }
    if (dict_update(d, ns) < 0) return 0;
    t->dict = d;
    t->doc = NONE;
    /* __module__, __qualname__ */
    if (!dict_get_str(d, S(__module__))) dict_set(d, S(__module__), main_module_name());
    Value qn = dict_get_str(d, S(__qualname__));
    if (qn) {
        if (!IS_STR(qn)) return raise_TypeError("type __qualname__ must be a str, not %s", TYPE_NAME(qn));
        t->qualname = qn;
        dict_del(d, S(__qualname__));
    }
    Value doc = dict_get_str(d, S(__doc__));
    if (doc && IS_STR(doc)) t->doc = doc;
    /* __slots__ */
    Value slots = dict_get_str(d, S(__slots__));
    bool want_dict_descr = !(base->flags & TF_HEAPTYPE) && !(solid->flags & TF_EXC_SUB) &&
                           !(base->flags & TF_MODULE_SUB);
    if (slots) {
        Value seq = IS_STR(slots) ? tuple_from(&slots, 1) : tuple_from_iter(slots);
        if (!seq) return 0;
        /* CPython's variable-size instances (tp_itemsize) have no room for slots */
        if (TUPLE_SIZE(seq) && (type_is_subtype(base, T(int)) || type_is_subtype(base, T(bytes)) ||
                                type_is_subtype(base, T(tuple)) || type_is_subtype(base, T(type))))
            return raise_TypeError("nonempty __slots__ not supported for subtype of '%U'", base->name);
        bool has_dict = false, has_weakref = false;
        Value names = list_new(0);
        for (int64_t i = 0; i < TUPLE_SIZE(seq); i++) {
            Value s = TUPLE_ITEMS(seq)[i];
            if (!IS_STR(s)) return raise_TypeError("__slots__ items must be strings, not '%s'", TYPE_NAME(s));
            Value ident = obj_call_method(s, str_intern_cstr("isidentifier"), NULL, 0);
            if (!ident) return 0;
            if (ident != TRUE_V) return raise_TypeError("__slots__ must be identifiers");
            if (str_eq(s, S(__dict__))) {
                if (has_dict || ((base->flags & TF_HEAPTYPE) && !(base->flags & TF_NO_DICT)))
                    return raise_TypeError("__dict__ slot disallowed: we already got one");
                has_dict = true;
                continue;
            }
            if (str_eq(s, S(__weakref__))) {
                if (has_weakref || ((base->flags & TF_HEAPTYPE) && !(base->flags & TF_NO_WEAKREF)))
                    return raise_TypeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                has_weakref = true;
                continue;
            }
            Value m = str_intern(mangle(t->name, s));
            bool dup = false;     /* a repeated slot name is allowed (CPython checks the class body only) */
            for (int64_t k = 0; k < LIST_SIZE(names); k++)
                if (LIST_ITEMS(names)[k] == m) dup = true;
            if (dup) continue;
            if (dict_get_str(d, m))
                return raise_ValueError("%R in __slots__ conflicts with class variable", s);
            Value key = str_intern(str_fmt(" %U", m));
            dict_set(d, m, descr_new_slot_member(t, m, key));
            list_append(names, m);
        }
        t->slots_names = tuple_from(LIST_ITEMS(names), LIST_SIZE(names));
        if (has_weakref) t->flags &= ~TF_NO_WEAKREF;
        else if (!(base->flags & TF_HEAPTYPE) || (base->flags & TF_NO_WEAKREF)) t->flags |= TF_NO_WEAKREF;
        if (!has_dict && ((base->flags & TF_NO_DICT) || !(base->flags & TF_HEAPTYPE))) {
            t->flags |= TF_NO_DICT;
            want_dict_descr = false;
        } else if (has_dict) {
            t->flags &= ~TF_NO_DICT;
            want_dict_descr = true;
        }
    } else if (base->flags & (TF_NO_DICT | TF_NO_WEAKREF)) {
        t->flags &= ~(TF_NO_DICT | TF_NO_WEAKREF);
        want_dict_descr = true;
    }
    if (want_dict_descr) {
        if (!dict_get_str(d, S(__dict__)) && !type_lookup(base, S(__dict__)) && !(solid->flags & TF_EXC_SUB))
            dict_set(d, S(__dict__), descr_new_getset(t, &instance_getsets[0]));
        else if (!dict_get_str(d, S(__dict__)) && (base->flags & TF_NO_DICT))
            dict_set(d, S(__dict__), descr_new_getset(t, &instance_getsets[0]));
        if (!type_lookup(base, S(__weakref__)) && !dict_get_str(d, S(__weakref__)))
            dict_set(d, S(__weakref__), descr_new_getset(t, &instance_getsets[1]));
    }
    if (!dict_get_str(d, S(__doc__))) dict_set(d, S(__doc__), NONE);  /* a __doc__ slot stays */
    /* implicit staticmethod / classmethod */
    Value f = dict_get_str(d, S(__new__));
    if (f && TYPE(f) == T(function)) dict_set(d, S(__new__), staticmethod_new(f));
    f = dict_get_str(d, S(__init_subclass__));
    if (f && TYPE(f) == T(function)) dict_set(d, S(__init_subclass__), classmethod_new(f));
    f = dict_get_str(d, S(__class_getitem__));
    if (f && TYPE(f) == T(function)) dict_set(d, S(__class_getitem__), classmethod_new(f));
    /* __eq__ without __hash__ */
    if (dict_get_str(d, S(__eq__)) && !dict_get_str(d, S(__hash__))) dict_set(d, S(__hash__), NONE);
    /* __classcell__ */
    Value cell = dict_get_str(d, S(__classcell__));
    if (cell) {
        if (!IS_TYPE(cell, cell))
            return raise_TypeError("__classcell__ must be a nonlocal cell, not %R", OBJ_VAL(TYPE(cell)));
        STORE(AS(Cell, cell), v, OBJ_VAL(t));
        dict_del(d, S(__classcell__));
    }
    t->version = next_version();   /* forget lookups made while the dict was filling */
    fix_slots(t);
    for (int64_t i = 0; i < nb; i++) {
        subclass_add(AS(Type, TUPLE_ITEMS(bases)[i]), t);
    }
    /* __set_name__ */
    Value items = list_new(0);
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        Value pair[2] = { k, v };
        list_append(items, tuple_from(pair, 2));
    }
    for (int64_t i = 0; i < LIST_SIZE(items); i++) {
        Value pair = LIST_ITEMS(items)[i];
        Value val = TUPLE_ITEMS(pair)[1];
        Value sn = obj_lookup_special(val, S(__set_name__));
        if (!sn) { if (exc_pending()) return 0; continue; }
        Value a[2] = { OBJ_VAL(t), TUPLE_ITEMS(pair)[0] };
        if (!obj_call(sn, a, 2, 0)) {
            Value e = exc_fetch();
            raise_RuntimeError("Error calling __set_name__ on '%s' instance %R in '%U'",
                               TYPE_NAME(val), TUPLE_ITEMS(pair)[0], t->name);
            Value e2 = exc_fetch();
            exc_set_context_cause(e2, e);
            if (IS_EXC(e2)) STORE(AS(ExcObject, e2), cause, e);
            exc_restore(e2);
            return 0;
        }
    }
    /* __init_subclass__ of the parent: super(t, t).__init_subclass__(**kwds) */
    Value mro_t = t->mro;
    for (int64_t i = 1; i < TUPLE_SIZE(mro_t); i++) {
        Type *b = AS(Type, TUPLE_ITEMS(mro_t)[i]);
        Value is = dict_get_str(b->dict, S(__init_subclass__));
        if (!is) continue;
        Value bound = TYPE(is)->descr_get ? TYPE(is)->descr_get(is, 0, OBJ_VAL(t)) : is;
        if (!bound) return 0;
        Value r = obj_call_tuple_dict(bound, R->empty_tuple ? R->empty_tuple : tuple_new(0),
                                      kwds && dict_size(kwds) ? kwds : 0);
        if (!r) return 0;
        break;
    }
    return OBJ_VAL(t);
}

/* A class made from C on first use (types.UnionType ...): slot `which` of the
 * method cache's extra area remembers it.  Its methods are method descriptors
 * owned by the class, so its dunders become generic slots as for any class. */
Type *type_c_class(int which, const char *module, const char *name, const MethodDef *methods)
{
    ValueArray *c = mroot();
    Value *slot = &c->items[MC_XTRA + which];
    if (*slot) return AS(Type, *slot);
    Value ns = dict_new();
    dict_set(ns, S(__module__), str_intern_cstr(module));
    Value t = type_new_class(OBJ_VAL(T(type)), str_intern_cstr(name), tuple_new(0), ns, 0);
    if (!t) return NULL;
    Type *tt = AS(Type, t);
    for (const MethodDef *m = methods; m && m->name; m++)
        dict_set(tt->dict, str_intern_cstr(m->name), descr_new_method(tt, m));
    fix_slots(tt);
    type_modified(tt);
    STORE_AT(c, slot, t);
    return tt;
}

/* -- type's own slots and methods ------------------------------------------ */

static Value type_repr(Value self)
{
    return type_repr_of(AS(Type, self));
}

/* type.__getattribute__: metatype data descriptors, then the MRO, then the
 * metatype.  suppress: a missing attribute returns 0 without building the
 * AttributeError (hasattr, getattr with a default). */
Value type_getattr_ex(Value self, Value name, bool suppress)
{
    Type *t = AS(Type, self);
    Type *meta = TYPE(self);
    Value ma = type_lookup(meta, name);
    DescrGetFn mget = NULL;
    if (ma) {
        mget = TYPE(ma)->descr_get;
        if (mget && TYPE(ma)->descr_set) return mget(ma, self, OBJ_VAL(meta));
    }
    Value a = type_lookup(t, name);
    if (a) {
        DescrGetFn g = TYPE(a)->descr_get;
        if (g) return g(a, 0, self);
        return a;
    }
    if (mget) return mget(ma, self, OBJ_VAL(meta));
    if (ma) return ma;
    if (suppress) return 0;
    return raise_AttributeError("type object '%U' has no attribute '%U'", t->name, name);
}

Value type_getattr(Value self, Value name) { return type_getattr_ex(self, name, false); }

static bool is_dunder(Value name)
{
    const char *s = STR_DATA(name);
    size_t n = STR_NBYTES(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static int type_setattro(Value self, Value name, Value v)
{
    Type *t = AS(Type, self);
    if (t->flags & TF_IMMUTABLE) {
        raise_TypeError("cannot set '%U' attribute of immutable type '%U'", name, type_qualified_name(t));
        return -1;
    }
    Type *meta = TYPE(self);
    Value ma = type_lookup(meta, name);
    if (ma && TYPE(ma)->descr_set) return TYPE(ma)->descr_set(ma, self, v);
    Value key = TYPE(name) == T(str) ? str_intern(name) : str_intern(str_new(STR_DATA(name), STR_NBYTES(name)));
    int r;
    if (v) r = dict_set(t->dict, key, v);
    else {
        if (!dict_get_str(t->dict, key)) {
            raise_AttributeError("type object '%U' has no attribute '%U'", t->name, name);
            return -1;
        }
        r = dict_del(t->dict, key);
    }
    if (r < 0) return -1;
    type_modified(t);
    if (is_dunder(key)) fix_slots(t);
    return 0;
}

static Value type_call(Value self, const Value *args, size_t nargs, Value kw)
{
    return obj_type_call(AS(Type, self), args, nargs, kw);
}

static Value type_new_slot(Type *meta, const Value *args, size_t nargs, Value kw)
{
    size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    if (meta == T(type) && nargs == 1 && nk == 0) return OBJ_VAL(TYPE(args[0]));
    if (nargs != 3) {
        if (meta == T(type) || nargs != 1)
            return raise_TypeError("type() takes 1 or 3 arguments");
    }
    Value kwds = 0;
    if (nk) {
        kwds = dict_new();
        for (size_t i = 0; i < nk; i++) dict_set(kwds, TUPLE_ITEMS(kw)[i], args[nargs + i]);
    }
    return type_new_class(OBJ_VAL(meta), args[0], args[1], args[2], kwds);
}

static int type_init_slot(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs != 1 && nargs != 3) {
        raise_TypeError("type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* getsets */
static Value tg_name(Value self) { return AS(Type, self)->name; }
static int ts_name(Value self, Value v)
{
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE)) { raise_TypeError("cannot set '__name__' attribute of immutable type '%U'", t->name); return -1; }
    if (!v) { raise_TypeError("cannot delete '__name__' attribute of immutable type '%U'", t->name); return -1; }
    if (!IS_STR(v)) { raise_TypeError("can only assign string to %U.__name__, not '%s'", t->name, TYPE_NAME(v)); return -1; }
    if (memchr(STR_DATA(v), 0, (size_t)STR_NBYTES(v))) { raise_ValueError("type name must not contain null characters"); return -1; }
    STORE(t, name, v);
    return 0;
}
static Value tg_qualname(Value self) { return AS(Type, self)->qualname; }
static int ts_qualname(Value self, Value v)
{
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE)) { raise_TypeError("cannot set '__qualname__' attribute of immutable type '%U'", t->name); return -1; }
    if (!v || !IS_STR(v)) {
        raise_TypeError("can only assign string to %U.__qualname__, not '%s'", t->name, v ? TYPE_NAME(v) : "NoneType");
        return -1;
    }
    STORE(t, qualname, v);
    return 0;
}
static Value tg_module(Value self)
{
    Type *t = AS(Type, self);
    if (t->flags & TF_HEAPTYPE) {
        Value m = dict_get_str(t->dict, S(__module__));
        if (!m) return raise_AttributeError("__module__");
        return m;
    }
    return t->module ? t->module : str_intern_cstr("builtins");
}
static int ts_module(Value self, Value v)
{
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE)) { raise_TypeError("cannot set '__module__' attribute of immutable type '%U'", t->name); return -1; }
    if (!v) { raise_TypeError("cannot delete '__module__' attribute"); return -1; }
    type_modified(t);
    return dict_set(t->dict, S(__module__), v);
}
static Value tg_bases(Value self) { return AS(Type, self)->bases; }
static int ts_bases(Value self, Value v)
{
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE)) { raise_TypeError("cannot set '__bases__' attribute of immutable type '%U'", t->name); return -1; }
    if (!v) { raise_TypeError("cannot delete '__bases__' attribute of immutable type '%U'", t->name); return -1; }
    if (!IS_TUPLE(v)) {
        raise_TypeError("can only assign tuple to %U.__bases__, not %s", t->name, TYPE_NAME(v));
        return -1;
    }
    if (TUPLE_SIZE(v) == 0) {
        raise_TypeError("can only assign non-empty tuple to %U.__bases__, not ()", t->name);
        return -1;
    }
    for (int64_t i = 0; i < TUPLE_SIZE(v); i++) {
        Value b = TUPLE_ITEMS(v)[i];
        if (!IS_TYPEOBJ(b)) {
            raise_TypeError("%U.__bases__ must be tuple of classes, not '%s'", t->name, TYPE_NAME(b));
            return -1;
        }
        if (type_is_subtype(AS(Type, b), t)) {
            raise_TypeError("a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    Value m = c3_mro(t, v);
    if (!m) return -1;
    /* as CPython: leave the old bases' subclass lists, join the new ones' */
    Value old = t->bases;
    for (int64_t i = 0; i < TUPLE_SIZE(old); i++) subclass_remove(AS(Type, TUPLE_ITEMS(old)[i]), t);
    for (int64_t i = 0; i < TUPLE_SIZE(v); i++) subclass_add(AS(Type, TUPLE_ITEMS(v)[i]), t);
    STORE(t, bases, v);
    STORE(t, mro, m);
    type_modified(t);
    fix_slots(t);
    return 0;
}
static Value tg_base(Value self) { Type *b = AS(Type, self)->base; return b ? OBJ_VAL(b) : NONE; }
static Value tg_mro(Value self) { return AS(Type, self)->mro; }
static Value tg_dict(Value self) { return mappingproxy_new(AS(Type, self)->dict); }
static Value tg_doc(Value self)
{
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE)) return t->doc ? t->doc : NONE;
    Value d = dict_get_str(t->dict, S(__doc__));
    if (!d) return NONE;
    if (TYPE(d)->descr_get) return TYPE(d)->descr_get(d, 0, self);
    return d;
}
static int ts_doc(Value self, Value v)
{
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE)) { raise_TypeError("cannot set '__doc__' attribute of immutable type '%U'", t->name); return -1; }
    if (!v) { raise_TypeError("cannot delete '__doc__' attribute of immutable type '%U'", t->name); return -1; }
    type_modified(t);
    return dict_set(t->dict, S(__doc__), v);
}
static Value tg_abstract(Value self)
{
    Type *t = AS(Type, self);
    Value v = t != T(type) ? dict_get_str(t->dict, S(__abstractmethods__)) : 0;
    if (!v) return raise_AttributeError("__abstractmethods__");
    return v;
}
static int ts_abstract(Value self, Value v)
{
    Type *t = AS(Type, self);
    int r;
    if (v) {
        int b = obj_truthy(v);
        if (b < 0) return -1;
        r = dict_set(t->dict, S(__abstractmethods__), v);
        if (b) t->flags |= TF_ABSTRACT; else t->flags &= ~TF_ABSTRACT;
    } else {
        if (!dict_get_str(t->dict, S(__abstractmethods__))) { raise_AttributeError("__abstractmethods__"); return -1; }
        r = dict_del(t->dict, S(__abstractmethods__));
        t->flags &= ~TF_ABSTRACT;
    }
    type_modified(t);
    return r;
}
static Value tg_annotations(Value self)
{
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE))
        return raise_AttributeError("type object '%U' has no attribute '__annotations__'", t->name);
    Value a = dict_get_str(t->dict, S(__annotations__));
    if (a) {
        if (TYPE(a)->descr_get) return TYPE(a)->descr_get(a, 0, self);
        return a;
    }
    a = dict_new();
    dict_set(t->dict, S(__annotations__), a);
    type_modified(t);
    return a;
}
static int ts_annotations(Value self, Value v)
{
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE)) { raise_TypeError("cannot set '__annotations__' attribute of immutable type '%U'", t->name); return -1; }
    type_modified(t);
    if (!v) {
        if (!dict_get_str(t->dict, S(__annotations__))) { raise_AttributeError("__annotations__"); return -1; }
        return dict_del(t->dict, S(__annotations__));
    }
    return dict_set(t->dict, S(__annotations__), v);
}
static Value tg_basicsize(Value self) { return MKSMALL(AS(Type, self)->basicsize); }
static Value tg_itemsize(Value self) { return MKSMALL(AS(Type, self)->itemsize); }
/* Where an instance's InstanceTail starts (negative: from the end, as CPython
 * counts for variable-size objects), or 0 if instances have none. */
static int64_t tail_offset(Type *t)
{
    if (t->flags & TF_HAS_SHAPE) return (int64_t)sizeof(Object);
    if (t->flags & TF_EXC_SUB) return (int64_t)offsetof(ExcObject, tail);
    if (!(t->flags & TF_HEAPTYPE) || (t->flags & TF_MODULE_SUB)) return 0;
    if (t->flags & TF_ITEMS) return -(int64_t)sizeof(InstanceTail);
    return (int64_t)(t->basicsize - sizeof(InstanceTail));
}
static Value tg_dictoffset(Value self)
{
    Type *t = AS(Type, self);
    int64_t o = tail_offset(t);
    return MKSMALL(o && !(t->flags & TF_NO_DICT) ? o + (int64_t)offsetof(InstanceTail, dict) : 0);
}
static Value tg_weakrefoffset(Value self)
{
    Type *t = AS(Type, self);
    int64_t o = tail_offset(t);
    return MKSMALL(o && (t->flags & TF_HEAPTYPE) && !(t->flags & TF_NO_WEAKREF)
                   ? o + (int64_t)offsetof(InstanceTail, weaklist) : 0);
}
static Value tg_flags(Value self)
{
    Type *t = AS(Type, self);
    int64_t f = 0;
    if (t->flags & TF_HEAPTYPE) f |= 1 << 9;
    if (t->flags & TF_SEQUENCE) f |= 1 << 5;
    if (t->flags & TF_MAPPING) f |= 1 << 6;
    if (t->flags & TF_BASETYPE) f |= 1 << 10;
    if (t->flags & TF_ABSTRACT) f |= 1 << 20;
    if (t->flags & TF_INT_SUB) f |= 1L << 24;
    if (t->flags & TF_LIST_SUB) f |= 1L << 25;
    if (t->flags & TF_TUPLE_SUB) f |= 1L << 26;
    if (t->flags & TF_STR_SUB) f |= 1L << 28;
    if (t->flags & TF_DICT_SUB) f |= 1L << 29;
    if (t->flags & TF_EXC_SUB) f |= 1L << 30;
    if (t->flags & TF_TYPE_SUB) f |= 1L << 31;
    return MKSMALL(f);
}
static Value tg_text_signature(Value self) { return NONE; }

static const GetSetDef type_getsets[] = {
    { "__name__", tg_name, ts_name, NULL },
    { "__qualname__", tg_qualname, ts_qualname, NULL },
    { "__module__", tg_module, ts_module, NULL },
    { "__bases__", tg_bases, ts_bases, NULL },
    { "__base__", tg_base, NULL, NULL },
    { "__mro__", tg_mro, NULL, NULL },
    { "__dict__", tg_dict, NULL, NULL },
    { "__doc__", tg_doc, ts_doc, NULL },
    { "__abstractmethods__", tg_abstract, ts_abstract, NULL },
    { "__annotations__", tg_annotations, ts_annotations, NULL },
    { "__basicsize__", tg_basicsize, NULL, NULL },
    { "__itemsize__", tg_itemsize, NULL, NULL },
    { "__dictoffset__", tg_dictoffset, NULL, NULL },
    { "__weakrefoffset__", tg_weakrefoffset, NULL, NULL },
    { "__flags__", tg_flags, NULL, NULL },
    { "__text_signature__", tg_text_signature, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static Value type_mro_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("mro", n, 0, 0) < 0) return 0;
    Value m = AS(Type, self)->mro;
    return list_from(TUPLE_ITEMS(m), TUPLE_SIZE(m));
}
static Value type_subclasses_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("__subclasses__", n, 0, 0) < 0) return 0;
    Type *t = AS(Type, self);
    Value out = list_new(0);
    Value subs = t->subclasses;
    if (subs)
        for (int64_t i = 0; i < LIST_SIZE(subs); i++) {
            Type *s = sub_at(subs, i);
            if (!s) continue;
            if (s->base == t || ((s->flags & TF_HEAPTYPE))) {
                bool direct = false;
                for (int64_t j = 0; j < TUPLE_SIZE(s->bases); j++)
                    if (TUPLE_ITEMS(s->bases)[j] == self) direct = true;
                if (direct) list_append(out, OBJ_VAL(s));
            }
        }
    return out;
}
static Value type_instancecheck_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("__instancecheck__", n, 1, 1) < 0) return 0;
    Type *t = AS(Type, self);
    if (type_is_subtype(TYPE(a[0]), t)) return TRUE_V;
    Value c = obj_lookup_attr(a[0], S(__class__));
    if (!c) { if (exc_pending()) return 0; return FALSE_V; }
    if (c != OBJ_VAL(TYPE(a[0])) && IS_TYPEOBJ(c)) return BOOL_V(type_is_subtype(AS(Type, c), t));
    return FALSE_V;
}
static Value type_subclasscheck_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("__subclasscheck__", n, 1, 1) < 0) return 0;
    if (!IS_TYPEOBJ(a[0])) return raise_TypeError("issubclass() arg 1 must be a class");
    return BOOL_V(type_is_subtype(AS(Type, a[0]), AS(Type, self)));
}
static Value type_prepare_m(Value self, const Value *a, size_t n, Value kw)
{
    return dict_new();
}
static Value type_dir_m(Value self, const Value *a, size_t n, Value kw)
{
    Type *t = AS(Type, self);
    Value d = dict_new();
    Value mro = t->mro;
    for (int64_t i = TUPLE_SIZE(mro) - 1; i >= 0; i--)
        if (dict_update(d, AS(Type, TUPLE_ITEMS(mro)[i])->dict) < 0) return 0;
    return list_from_iter(d);
}
static Value type_sizeof_m(Value self, const Value *a, size_t n, Value kw)
{
    return MKSMALL(sizeof(Type));
}

static const MethodDef type_methods[] = {
    { "mro", type_mro_m, METH_NOARGS, "Return a type's method resolution order." },
    { "__subclasses__", type_subclasses_m, METH_NOARGS, "Return a list of immediate subclasses." },
    { "__instancecheck__", type_instancecheck_m, METH_O, "Check if an object is an instance." },
    { "__subclasscheck__", type_subclasscheck_m, METH_O, "Check if a class is a subclass." },
    { "__prepare__", type_prepare_m, METH_CLASS, "Create the namespace for the class statement" },
    { "__dir__", type_dir_m, METH_NOARGS, "Specialized __dir__ implementation for types." },
    { "__sizeof__", type_sizeof_m, METH_NOARGS, "Return memory consumption of the type object." },
    { NULL, NULL, 0, NULL },
};

const TypeSpec type_spec = {
    .name = "type",
    .base = -1,
    .basicsize = sizeof(Type),
    .flags = TF_BASETYPE,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattro,
    .call = type_call,
    .new_ = type_new_slot,
    .init = type_init_slot,
    .nb_or = union_or,
    .methods = type_methods,
    .getsets = type_getsets,
};

/* The materialised __dict__ is a plain dict; this type is kept for layouts
 * that want a distinct dict class for instance namespaces. */
const TypeSpec instance_dict_spec = {
    .name = "instance_dict",
    .base = TYPE_ID_dict,
};

const TypeSpec shape_spec = {
    .name = "shape",
    .base = -1,
    .basicsize = sizeof(Shape),
};
