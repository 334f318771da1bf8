/* kiln: set and frozenset.
 * The table follows CPython's setobject.c exactly (open addressing, 9 linear
 * probes then perturbation, fill/used, the same resize policy and the same
 * insertion paths) so iteration order, and so printed output, matches
 * CPython's.  Keys live in a ValueArray and their hashes in raw bytes; a slot
 * is unused when key == 0 and hash == 0, a dummy when key == 0 and hash == -1.
 * A set without a table behaves as CPython's empty 8-slot smalltable. */
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

typedef struct Set {
    Object hdr;
    int64_t fill;        /* active + dummy slots */
    int64_t used;        /* active slots */
    int64_t mask;        /* slots - 1 */
    int64_t finger;      /* set.pop's search start */
    int64_t hash;        /* frozenset: cached hash, -1 if not computed */
    ValueArray *keys;    /* NULL until the first insertion */
    RawBytes *hashes;    /* int64 per slot */
} Set;

#define SO(v) ((Set *)(v))
#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static inline int64_t *H(Set *s) { return (int64_t *)s->hashes->data; }
static inline bool is_anyset(Value v)
{
    if (!IS_OBJ(v)) return false;
    Type *t = TYPE(v);
    return t == T(set) || t == T(frozenset) || type_is_subtype(t, T(set)) || type_is_subtype(t, T(frozenset));
}
static inline bool is_frozen(Value v) { return type_is_subtype(TYPE(v), T(frozenset)); }

static void set_tables(Set *s, int64_t size)
{
    ValueArray *k = value_array_new(size);
    RawBytes *h = raw_bytes_new(size * 8);
    gc_write_barrier((Object *)s);
    s->keys = k;
    s->hashes = h;
    s->mask = size - 1;
}

static Value set_alloc(Type *t)
{
    size_t sz = sizeof(Set);
    if (t != T(set) && t != T(frozenset) && t->basicsize > sz) sz = t->basicsize;
    Set *s = (Set *)gc_alloc_kind(t, sz, t == T(frozenset) ? HEAP_FROZEN : 0);
    s->mask = MINSIZE - 1;
    s->hash = -1;
    return OBJ_VAL(s);
}

Value set_new(void) { return set_alloc(T(set)); }
Value frozenset_new(void) { return set_alloc(T(frozenset)); }
int64_t set_size(Value s) { return SO(s)->used; }

static inline int hash_of(Value key, int64_t *h)
{
    if (IS_TYPE(key, str)) {
        int64_t x = ((Str *)key)->hash;
        *h = x != -1 ? x : str_hash_of(key);
        return 0;
    }
    return obj_hash(key, h);
}

/* -- Probing ----------------------------------------------------------------------- */

/* Slot of an active key equal to key; -1 if absent, -2 on error. */
static int64_t lookkey(Set *so, Value key, int64_t hash)
{
restart:    /* an __eq__ may have changed or cleared the table */
    if (!so->keys) return -1;
    ValueArray *table = so->keys;
    int64_t *hs = H(so);
    size_t mask = (size_t)so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        size_t j = i;
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            Value k = table->items[j];
            int64_t eh = hs[j];
            if (eh == 0 && k == 0) return -1;
            if (eh == hash && k) {
                if (k == key) return (int64_t)j;
                if (IS_TYPE(k, str) && IS_TYPE(key, str)) {
                    if (str_eq(k, key)) return (int64_t)j;
                } else {
                    int c = obj_eq(k, key);
                    if (c < 0) return -2;
                    if (table != so->keys || table->items[j] != k) goto restart;
                    if (c) return (int64_t)j;
                }
            }
            j++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void insert_clean(ValueArray *keys, int64_t *hs, size_t mask, Value key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        if (!keys->items[i]) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 1; j <= LINEAR_PROBES; j++) {
                if (!keys->items[i + j]) { i += j; goto found; }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    keys->items[i] = key;
    hs[i] = hash;
}

static void table_resize(Set *so, int64_t minused)
{
    size_t newsize = MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    ValueArray *okeys = so->keys;
    if (!okeys) { set_tables(so, (int64_t)newsize); return; }
    if (newsize == MINSIZE && so->mask == MINSIZE - 1 && so->fill == so->used) return;
    int64_t *ohs = H(so);
    RawBytes *ohashes = so->hashes;
    int64_t omask = so->mask;
    set_tables(so, (int64_t)newsize);
    so->fill = so->used;
    for (int64_t i = 0; i <= omask; i++)
        if (okeys->items[i]) insert_clean(so->keys, H(so), (size_t)so->mask, okeys->items[i], ohs[i]);
    (void)ohashes;
}

static int add_entry(Set *so, Value key, int64_t hash)
{
restart:    /* an __eq__ may have changed or cleared the table */
    if (!so->keys) set_tables(so, MINSIZE);
    ValueArray *table = so->keys;
    int64_t *hs = H(so);
    size_t mask = (size_t)so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    int64_t freeslot = -1;
    size_t j;
    for (;;) {
        j = i;
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            Value k = table->items[j];
            int64_t eh = hs[j];
            if (eh == 0 && k == 0) goto found_unused_or_dummy;
            if (eh == hash && k) {
                if (k == key) return 0;
                if (IS_TYPE(k, str) && IS_TYPE(key, str)) {
                    if (str_eq(k, key)) return 0;
                } else {
                    int c = obj_eq(k, key);
                    if (c > 0) return 0;
                    if (c < 0) return -1;
                    if (table != so->keys || table->items[j] != k) goto restart;
                }
            } else if (eh == -1 && !k) {
                freeslot = (int64_t)j;
            }
            j++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    gc_write_barrier((Object *)table);
    if (freeslot >= 0) {
        so->used++;
        table->items[freeslot] = key;
        hs[freeslot] = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    table->items[j] = key;
    hs[j] = hash;
    if ((size_t)so->fill * 5 < mask * 3) return 0;
    table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
    return 0;
}

/* 1 found and removed, 0 absent, -1 error. */
static int discard_entry(Set *so, Value key, int64_t hash)
{
    int64_t j = lookkey(so, key, hash);
    if (j == -2) return -1;
    if (j < 0) return 0;
    gc_write_barrier((Object *)so->keys);
    so->keys->items[j] = 0;
    H(so)[j] = -1;
    so->used--;
    return 1;
}

static int add_key(Set *so, Value key)
{
    int64_t h;
    if (hash_of(key, &h) < 0) return -1;
    return add_entry(so, key, h);
}

static int contains_key(Set *so, Value key)
{
    int64_t h;
    if (hash_of(key, &h) < 0) return -1;
    int64_t j = lookkey(so, key, h);
    return j == -2 ? -1 : j >= 0;
}

static int discard_key(Set *so, Value key)
{
    int64_t h;
    if (hash_of(key, &h) < 0) return -1;
    return discard_entry(so, key, h);
}

/* Next active slot at or after *pos. */
static bool next_entry(Set *so, int64_t *pos, Value *key, int64_t *hash)
{
    if (!so->keys) return false;
    int64_t i = *pos;
    while (i <= so->mask && !so->keys->items[i]) i++;
    *pos = i + 1;
    if (i > so->mask) return false;
    *key = so->keys->items[i];
    if (hash) *hash = H(so)[i];
    return true;
}

bool set_next(Value s, int64_t *pos, Value *key) { return next_entry(SO(s), pos, key, NULL); }

static void clear_internal(Set *so)
{
    gc_write_barrier((Object *)so);
    so->keys = NULL;
    so->hashes = NULL;
    so->fill = so->used = 0;
    so->mask = MINSIZE - 1;
    so->hash = -1;
}

static int merge(Set *so, Set *other)
{
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) table_resize(so, (so->used + other->used) * 2);
    if (!so->keys) set_tables(so, so->mask + 1);
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        gc_write_barrier((Object *)so->keys);
        memcpy(so->keys->items, other->keys->items, (size_t)(other->mask + 1) * sizeof(Value));
        memcpy(H(so), H(other), (size_t)(other->mask + 1) * 8);
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        gc_write_barrier((Object *)so->keys);
        so->fill = so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++) {
            Value k = other->keys->items[i];
            if (k) insert_clean(so->keys, H(so), (size_t)so->mask, k, H(other)[i]);
        }
        return 0;
    }
    /* add_entry can run __eq__, which can change either table: re-read other's each time */
    for (int64_t i = 0; other->keys && i <= other->mask; i++) {
        Value k = other->keys->items[i];
        if (k && add_entry(so, k, H(other)[i]) < 0) return -1;
    }
    return 0;
}

static int update_internal(Set *so, Value other)
{
    if (is_anyset(other)) return merge(so, SO(other));
    if (IS_TYPE(other, dict)) {
        int64_t n = dict_size(other);
        if ((so->fill + n) * 5 >= so->mask * 3) table_resize(so, (so->used + n) * 2);
        int64_t pos = 0;
        Value k;
        while (dict_next(other, &pos, &k, NULL))
            if (add_key(so, k) < 0) return -1;
        return 0;
    }
    Value it = obj_iter(other);
    if (!it) return -1;
    for (;;) {
        Value k = obj_next(it);
        if (!k) return exc_pending() ? -1 : 0;
        if (add_key(so, k) < 0) return -1;
    }
}

int set_update(Value s, Value iterable) { return update_internal(SO(s), iterable); }

int set_add(Value s, Value v) { return add_key(SO(s), v); }

static Value make_new_set(Type *t, Value iterable)
{
    Value s = set_alloc(t);
    if (iterable && update_internal(SO(s), iterable) < 0) return 0;
    return s;
}

static Value make_new_set_basetype(Type *t, Value iterable)
{
    if (t != T(set) && t != T(frozenset)) t = type_is_subtype(t, T(set)) ? T(set) : T(frozenset);
    return make_new_set(t, iterable);
}

Value set_from_iter(Value iterable) { return make_new_set(T(set), iterable); }

Value frozenset_from_iter(Value iterable)
{
    if (IS_TYPE(iterable, frozenset)) return iterable;
    return make_new_set(T(frozenset), iterable);
}

/* set.__contains__ also accepts an unhashable set, looked up as a frozenset. */
int set_contains(Value s, Value key)
{
    int rv = contains_key(SO(s), key);
    if (rv < 0 && IS_OBJ(key) && type_is_subtype(TYPE(key), T(set)) && exc_matches(E(TypeError))) {
        exc_clear();
        Value tmp = make_new_set(T(frozenset), key);
        if (!tmp) return -1;
        rv = contains_key(SO(s), tmp);
    }
    return rv;
}

int set_discard(Value s, Value key)
{
    int rv = discard_key(SO(s), key);
    if (rv < 0 && IS_OBJ(key) && type_is_subtype(TYPE(key), T(set)) && exc_matches(E(TypeError))) {
        exc_clear();
        Value tmp = make_new_set(T(frozenset), key);
        if (!tmp) return -1;
        rv = discard_key(SO(s), tmp);
    }
    return rv;
}

/* Recompute the hashes and rebuild the table (after the str hash secret
 * changed); a frozenset's cached hash is dropped. */
void set_rehash(Value sv)
{
    Set *so = SO(sv);
    so->hash = -1;
    if (!so->keys) return;
    ValueArray *okeys = so->keys;
    int64_t omask = so->mask, *ohs = H(so);
    set_tables(so, omask + 1);
    so->fill = so->used;
    for (int64_t i = 0; i <= omask; i++) {
        Value k = okeys->items[i];
        int64_t h;
        if (!k) continue;
        if (hash_of(k, &h) < 0) { exc_clear(); h = ohs[i]; }
        insert_clean(so->keys, H(so), (size_t)so->mask, k, h);
    }
}

/* -- Algebra ----------------------------------------------------------------------- */

static Value set_copy_(Value so) { return make_new_set_basetype(TYPE(so), so); }

static Value intersection(Value so, Value other)
{
    if (so == other) return set_copy_(so);
    Value result = make_new_set_basetype(TYPE(so), 0);
    if (is_anyset(other)) {
        if (SO(other)->used > SO(so)->used) { Value t = so; so = other; other = t; }
        int64_t pos = 0, h;
        Value k;
        while (next_entry(SO(other), &pos, &k, &h)) {
            int64_t j = lookkey(SO(so), k, h);
            if (j == -2) return 0;
            if (j >= 0 && add_entry(SO(result), k, h) < 0) return 0;
        }
        return result;
    }
    Value it = obj_iter(other);
    if (!it) return 0;
    for (;;) {
        Value k = obj_next(it);
        if (!k) return exc_pending() ? 0 : result;
        int64_t h;
        if (hash_of(k, &h) < 0) return 0;
        int64_t j = lookkey(SO(so), k, h);
        if (j == -2) return 0;
        if (j >= 0) {
            if (add_entry(SO(result), k, h) < 0) return 0;
            if (SO(result)->used >= SO(so)->used) return result;
        }
    }
}

static void swap_bodies(Set *a, Set *b)
{
    Set t = *a;
    gc_write_barrier((Object *)a);
    gc_write_barrier((Object *)b);
    a->fill = b->fill; a->used = b->used; a->mask = b->mask; a->keys = b->keys; a->hashes = b->hashes;
    b->fill = t.fill; b->used = t.used; b->mask = t.mask; b->keys = t.keys; b->hashes = t.hashes;
    a->hash = b->hash = -1;
}

static int difference_update_internal(Set *so, Value other)
{
    if (OBJ_VAL(so) == other) { clear_internal(so); return 0; }
    if (is_anyset(other)) {
        if ((SO(other)->used >> 3) > so->used) {
            other = intersection(OBJ_VAL(so), other);
            if (!other) return -1;
        }
        int64_t pos = 0, h;
        Value k;
        while (next_entry(SO(other), &pos, &k, &h))
            if (discard_entry(so, k, h) < 0) return -1;
    } else {
        Value it = obj_iter(other);
        if (!it) return -1;
        for (;;) {
            Value k = obj_next(it);
            if (!k) { if (exc_pending()) return -1; break; }
            if (discard_key(so, k) < 0) return -1;
        }
    }
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return 0;
    table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
    return 0;
}

static Value copy_and_difference(Value so, Value other)
{
    Value r = set_copy_(so);
    if (difference_update_internal(SO(r), other) < 0) return 0;
    return r;
}

static Value difference(Value so, Value other)
{
    int64_t other_size;
    if (is_anyset(other)) other_size = SO(other)->used;
    else if (IS_TYPE(other, dict)) other_size = dict_size(other);
    else return copy_and_difference(so, other);
    if ((SO(so)->used >> 2) > other_size) return copy_and_difference(so, other);
    Value result = make_new_set_basetype(TYPE(so), 0);
    int64_t pos = 0, h;
    Value k;
    while (next_entry(SO(so), &pos, &k, &h)) {
        int rv;
        if (IS_TYPE(other, dict)) rv = dict_contains(other, k);
        else {
            int64_t j = lookkey(SO(other), k, h);
            rv = j == -2 ? -1 : j >= 0;
        }
        if (rv < 0) return 0;
        if (!rv && add_entry(SO(result), k, h) < 0) return 0;
    }
    return result;
}

static int symmetric_difference_update(Set *so, Value other)
{
    if (OBJ_VAL(so) == other) { clear_internal(so); return 0; }
    if (IS_TYPE(other, dict)) {
        int64_t pos = 0;
        Value k;
        while (dict_next(other, &pos, &k, NULL)) {
            int64_t h;
            if (hash_of(k, &h) < 0) return -1;
            int rv = discard_entry(so, k, h);
            if (rv < 0) return -1;
            if (rv == 0 && add_entry(so, k, h) < 0) return -1;
        }
        return 0;
    }
    Value os = other;
    if (!is_anyset(other)) {
        os = make_new_set_basetype(TYPE(OBJ_VAL(so)), other);
        if (!os) return -1;
    }
    int64_t pos = 0, h;
    Value k;
    while (next_entry(SO(os), &pos, &k, &h)) {
        int rv = discard_entry(so, k, h);
        if (rv < 0) return -1;
        if (rv == 0 && add_entry(so, k, h) < 0) return -1;
    }
    return 0;
}

static Value symmetric_difference(Value so, Value other)
{
    Value os = make_new_set_basetype(TYPE(so), other);
    if (!os) return 0;
    if (symmetric_difference_update(SO(os), so) < 0) return 0;
    return os;
}

static int issubset(Value so, Value other)   /* 0/1/-1 */
{
    if (!is_anyset(other)) {
        Value tmp = make_new_set(T(set), other);
        if (!tmp) return -1;
        other = tmp;
    }
    if (SO(so)->used > SO(other)->used) return 0;
    int64_t pos = 0, h;
    Value k;
    while (next_entry(SO(so), &pos, &k, &h)) {
        int64_t j = lookkey(SO(other), k, h);
        if (j == -2) return -1;
        if (j < 0) return 0;
    }
    return 1;
}

static int issuperset(Value so, Value other)
{
    if (is_anyset(other)) return issubset(other, so);
    Value it = obj_iter(other);
    if (!it) return -1;
    for (;;) {
        Value k = obj_next(it);
        if (!k) return exc_pending() ? -1 : 1;
        int rv = contains_key(SO(so), k);
        if (rv <= 0) return rv;
    }
}

/* -- Methods ------------------------------------------------------------------------ */

#define NOKW(name) if (args_no_kw(name, kw) < 0) return 0
#define BOOLRES(x) do { int r_ = (x); return r_ < 0 ? 0 : BOOL_V(r_); } while (0)

static Value m_add(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("add");
    if (nargs != 1) return raise_TypeError("set.add() takes exactly one argument (%zu given)", nargs);
    return add_key(SO(self), args[0]) < 0 ? 0 : NONE;
}

static Value m_discard(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("discard");
    if (nargs != 1) return raise_TypeError("set.discard() takes exactly one argument (%zu given)", nargs);
    return set_discard(self, args[0]) < 0 ? 0 : NONE;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("remove");
    if (nargs != 1) return raise_TypeError("set.remove() takes exactly one argument (%zu given)", nargs);
    int rv = set_discard(self, args[0]);
    if (rv < 0) return 0;
    if (rv == 0) return raise_KeyError(args[0]);
    return NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("pop");
    if (noargs((is_frozen(self) ? "frozenset" : "set"), "pop", nargs, kw) < 0) return 0;
    Set *so = SO(self);
    if (so->used == 0) return raise_fmt(E(KeyError), "pop from an empty set");
    int64_t i = so->finger & so->mask;
    while (!so->keys->items[i]) {
        i++;
        if (i > so->mask) i = 0;
    }
    Value k = so->keys->items[i];
    so->keys->items[i] = 0;
    H(so)[i] = -1;
    so->used--;
    so->finger = i + 1;
    return k;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("clear");
    if (noargs((is_frozen(self) ? "frozenset" : "set"), "clear", nargs, kw) < 0) return 0;
    clear_internal(SO(self));
    return NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("copy");
    if (noargs((is_frozen(self) ? "frozenset" : "set"), "copy", nargs, kw) < 0) return 0;
    return set_copy_(self);
}

static Value m_frozen_copy(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("copy");
    if (noargs((is_frozen(self) ? "frozenset" : "set"), "copy", nargs, kw) < 0) return 0;
    if (IS_TYPE(self, frozenset)) return self;
    return set_copy_(self);
}

static Value m_update(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("update");
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(SO(self), args[i]) < 0) return 0;
    return NONE;
}

static Value m_union(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("union");
    Value r = set_copy_(self);
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (update_internal(SO(r), args[i]) < 0) return 0;
    }
    return r;
}

static Value intersection_multi(Value self, const Value *args, size_t nargs)
{
    if (nargs == 0) return set_copy_(self);
    Value r = self;
    for (size_t i = 0; i < nargs; i++)
        if (!(r = intersection(r, args[i]))) return 0;
    return r;
}

static Value m_intersection(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("intersection");
    return intersection_multi(self, args, nargs);
}

static Value m_intersection_update(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("intersection_update");
    Value r = intersection_multi(self, args, nargs);
    if (!r) return 0;
    swap_bodies(SO(self), SO(r));
    return NONE;
}

static Value m_difference(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("difference");
    if (nargs == 0) return set_copy_(self);
    Value r = difference(self, args[0]);
    if (!r) return 0;
    for (size_t i = 1; i < nargs; i++)
        if (difference_update_internal(SO(r), args[i]) < 0) return 0;
    return r;
}

static Value m_difference_update(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("difference_update");
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(SO(self), args[i]) < 0) return 0;
    return NONE;
}

static Value m_symmetric_difference(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("symmetric_difference");
    if (nargs != 1) return raise_TypeError("set.symmetric_difference() takes exactly one argument (%zu given)", nargs);
    return symmetric_difference(self, args[0]);
}

static Value m_symmetric_difference_update(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("symmetric_difference_update");
    if (nargs != 1) return raise_TypeError("set.symmetric_difference_update() takes exactly one argument (%zu given)", nargs);
    return symmetric_difference_update(SO(self), args[0]) < 0 ? 0 : NONE;
}

static Value m_issubset(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("issubset");
    if (nargs != 1) return raise_TypeError("set.issubset() takes exactly one argument (%zu given)", nargs);
    BOOLRES(issubset(self, args[0]));
}

static Value m_issuperset(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("issuperset");
    if (nargs != 1) return raise_TypeError("set.issuperset() takes exactly one argument (%zu given)", nargs);
    BOOLRES(issuperset(self, args[0]));
}

static Value m_isdisjoint(Value self, const Value *args, size_t nargs, Value kw)
{
    NOKW("isdisjoint");
    if (nargs != 1) return raise_TypeError("set.isdisjoint() takes exactly one argument (%zu given)", nargs);
    Value so = self, other = args[0];
    if (so == other) return BOOL_V(SO(so)->used == 0);
    if (is_anyset(other)) {
        if (SO(other)->used > SO(so)->used) { Value t = so; so = other; other = t; }
        int64_t pos = 0, h;
        Value k;
        while (next_entry(SO(other), &pos, &k, &h)) {
            int64_t j = lookkey(SO(so), k, h);
            if (j == -2) return 0;
            if (j >= 0) return FALSE_V;
        }
        return TRUE_V;
    }
    Value it = obj_iter(other);
    if (!it) return 0;
    for (;;) {
        Value k = obj_next(it);
        if (!k) return exc_pending() ? 0 : TRUE_V;
        int rv = contains_key(SO(so), k);
        if (rv < 0) return 0;
        if (rv) return FALSE_V;
    }
}

static Value m_contains(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs != 1) return raise_TypeError("__contains__ expected 1 argument, got %zu", nargs);
    BOOLRES(set_contains(self, args[0]));
}

static Value m_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Value keys = list_from_iter(self);
    if (!keys) return 0;
    Value state = NONE;
    if (obj_instance_tail(self)) {
        Value d = obj_lookup_attr(self, S(__dict__));
        if (!d && exc_pending()) return 0;
        if (d) state = d;
    }
    return tuple_pack(3, OBJ_VAL(TYPE(self)), tuple_pack(1, keys), state);
}

/* -- Slots --------------------------------------------------------------------------- */

static Value set_repr(Value self)
{
    const char *tn = TYPE_NAME(self);
    int g = repr_enter(self);
    if (g < 0) return 0;
    if (g > 0) return str_fmt("%s(...)", tn);
    Value r;
    if (SO(self)->used == 0) {
        r = str_fmt("%s()", tn);
    } else {
        Value l = list_from_iter(self);
        Value lr = l ? obj_repr(l) : 0;
        if (!lr) { repr_leave(self); return 0; }
        StrBuf b;
        sb_init(&b);
        bool exact = IS_TYPE(self, set);
        if (!exact) { sb_adds(&b, tn); sb_addc(&b, '('); }
        sb_addc(&b, '{');
        sb_add(&b, STR_DATA(lr) + 1, (size_t)STR_NBYTES(lr) - 2);
        sb_addc(&b, '}');
        if (!exact) sb_addc(&b, ')');
        r = sb_finish(&b);
    }
    repr_leave(self);
    return r;
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static int frozenset_hash(Value self, int64_t *out)
{
    Set *so = SO(self);
    if (so->hash != -1) { *out = so->hash; return 0; }
    uint64_t hash = 0;
    int64_t size = so->mask + 1;
    if (so->keys)
        for (int64_t i = 0; i < size; i++) hash ^= shuffle_bits((uint64_t)H(so)[i]);
    else if (size & 1)
        hash ^= shuffle_bits(0);
    if (so->keys && ((size - so->fill) & 1)) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    so->hash = (int64_t)hash;
    *out = (int64_t)hash;
    return 0;
}

static Value set_richcompare(Value v, Value w, int op)
{
    if (!is_anyset(v) || !is_anyset(w)) return NOTIMPL;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (SO(v)->used != SO(w)->used) r = 0;
        else if (SO(v)->hash != -1 && SO(w)->hash != -1 && SO(v)->hash != SO(w)->hash) r = 0;
        else r = issubset(v, w);
        if (r < 0) return 0;
        return BOOL_V(op == CMP_EQ ? r : !r);
    case CMP_LE: BOOLRES(issubset(v, w));
    case CMP_GE: BOOLRES(issuperset(v, w));
    case CMP_LT:
        if (SO(v)->used >= SO(w)->used) return FALSE_V;
        BOOLRES(issubset(v, w));
    case CMP_GT:
        if (SO(v)->used <= SO(w)->used) return FALSE_V;
        BOOLRES(issuperset(v, w));
    }
    return NOTIMPL;
}

static int64_t set_len(Value self) { return SO(self)->used; }

static Value set_or(Value a, Value b)
{
    if (!is_anyset(a) || !is_anyset(b)) return NOTIMPL;
    Value r = set_copy_(a);
    if (a == b) return r;
    return update_internal(SO(r), b) < 0 ? 0 : r;
}

static Value set_and(Value a, Value b)
{
    if (!is_anyset(a) || !is_anyset(b)) return NOTIMPL;
    return intersection(a, b);
}

static Value set_sub(Value a, Value b)
{
    if (!is_anyset(a) || !is_anyset(b)) return NOTIMPL;
    return difference(a, b);
}

static Value set_xor(Value a, Value b)
{
    if (!is_anyset(a) || !is_anyset(b)) return NOTIMPL;
    return symmetric_difference(a, b);
}

static Value set_ior(Value a, Value b)
{
    if (!is_anyset(b)) return NOTIMPL;
    return update_internal(SO(a), b) < 0 ? 0 : a;
}

static Value set_iand(Value a, Value b)
{
    if (!is_anyset(b)) return NOTIMPL;
    Value r = intersection(a, b);
    if (!r) return 0;
    swap_bodies(SO(a), SO(r));
    return a;
}

static Value set_isub(Value a, Value b)
{
    if (!is_anyset(b)) return NOTIMPL;
    return difference_update_internal(SO(a), b) < 0 ? 0 : a;
}

static Value set_ixor(Value a, Value b)
{
    if (!is_anyset(b)) return NOTIMPL;
    return symmetric_difference_update(SO(a), b) < 0 ? 0 : a;
}

static Value set_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    return set_alloc(t);
}

static int set_init(Value self, const Value *args, size_t nargs, Value kw)
{
    if (TYPE(self) == T(set) && args_no_kw("set", kw) < 0) return -1;
    if (nargs > 1) { raise_TypeError("set expected at most 1 argument, got %zu", nargs); return -1; }
    if (SO(self)->fill) clear_internal(SO(self));
    if (nargs) return update_internal(SO(self), args[0]);
    return 0;
}

static Value frozenset_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (t == T(frozenset) && args_no_kw("frozenset", kw) < 0) return 0;
    if (nargs > 1) return raise_TypeError("frozenset expected at most 1 argument, got %zu", nargs);
    Value it = nargs ? args[0] : 0;
    if (t == T(frozenset) && it && IS_TYPE(it, frozenset)) return it;
    return make_new_set(t, it);
}

/* -- Iterator -------------------------------------------------------------------------- */

typedef struct SetIter { Object hdr; Value set; int64_t used, pos, len; } SetIter;

static Value set_iter(Value self)
{
    SetIter *it = (SetIter *)gc_alloc(T(set_iter), sizeof(SetIter));
    it->set = self;
    it->used = SO(self)->used;
    it->len = SO(self)->used;
    return OBJ_VAL(it);
}

static Value iter_self(Value self) { return self; }

static Value set_iter_next(Value self)
{
    SetIter *it = (SetIter *)self;
    if (!it->set) return 0;
    Set *so = SO(it->set);
    if (it->used != so->used) {
        raise_RuntimeError("Set changed size during iteration");
        it->used = -1;
        return 0;
    }
    Value k;
    if (!next_entry(so, &it->pos, &k, NULL)) { it->set = 0; return 0; }
    it->len--;
    return k;
}

static Value set_iter_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    SetIter *it = (SetIter *)self;
    return MKSMALL(it->set && it->used == SO(it->set)->used ? it->len : 0);
}

/* -- Type objects ---------------------------------------------------------------------- */

static const MethodDef set_methods[] = {
    {"add", m_add, METH_O, "Add an element to a set."},
    {"discard", m_discard, METH_O, "Remove an element from a set if it is a member."},
    {"remove", m_remove, METH_O, "Remove an element from a set; it must be a member."},
    {"pop", m_pop, METH_NOARGS, "Remove and return an arbitrary set element."},
    {"clear", m_clear, METH_NOARGS, "Remove all elements from this set."},
    {"copy", m_copy, METH_NOARGS, "Return a shallow copy of a set."},
    {"update", m_update, 0, "Update a set with the union of itself and others."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"intersection_update", m_intersection_update, 0, "Update a set with the intersection of itself and another."},
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"difference_update", m_difference_update, 0, "Remove all elements of another set from this set."},
    {"symmetric_difference", m_symmetric_difference, METH_O, "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", m_symmetric_difference_update, METH_O, "Update a set with the symmetric difference of itself and another."},
    {"issubset", m_issubset, METH_O, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, METH_O, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, METH_O, "Return True if two sets have a null intersection."},
    {"__contains__", m_contains, METH_O, "x.__contains__(y) <==> y in x."},
    {"__reduce__", m_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_frozen_copy, METH_NOARGS, "Return a shallow copy of a set."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"symmetric_difference", m_symmetric_difference, METH_O, "Return the symmetric difference of two sets as a new set."},
    {"issubset", m_issubset, METH_O, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, METH_O, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, METH_O, "Return True if two sets have a null intersection."},
    {"__contains__", m_contains, METH_O, "x.__contains__(y) <==> y in x."},
    {"__reduce__", m_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

const TypeSpec set_spec = {
    .name = "set", .base = -1, .basicsize = sizeof(Set),
    .flags = TF_BASETYPE | TF_IMMUTABLE,
    .doc = "set() -> new empty set object",
    .repr = set_repr, .richcompare = set_richcompare,
    .iter = set_iter, .new_ = set_new_, .init = set_init,
    .nb_sub = set_sub, .nb_and = set_and, .nb_or = set_or, .nb_xor = set_xor,
    .nb_isub = set_isub, .nb_iand = set_iand, .nb_ior = set_ior, .nb_ixor = set_ixor,
    .len = set_len, .contains = set_contains, .methods = set_methods,
};

const TypeSpec frozenset_spec = {
    .name = "frozenset", .base = -1, .basicsize = sizeof(Set),
    .flags = TF_BASETYPE | TF_IMMUTABLE,
    .doc = "frozenset() -> empty frozenset object",
    .repr = set_repr, .hash = frozenset_hash, .richcompare = set_richcompare,
    .iter = set_iter, .new_ = frozenset_new_,
    .nb_sub = set_sub, .nb_and = set_and, .nb_or = set_or, .nb_xor = set_xor,
    .len = set_len, .contains = set_contains, .methods = frozenset_methods,
};

static const MethodDef set_iter_methods[] = {
    {"__length_hint__", set_iter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeSpec set_iter_spec = {
    .name = "set_iterator", .base = -1, .basicsize = sizeof(SetIter), .flags = TF_IMMUTABLE,
    .iter = iter_self, .next = set_iter_next, .methods = set_iter_methods,
};
