/* kiln: the dict type, its views and iterators.
 * Compact and insertion-ordered, as CPython's: an index table of int8/16/32/64
 * slots (EMPTY -1, DUMMY -2, else an entry number) probed with CPython's
 * perturbation, and entry arrays in insertion order.  The entries are split in
 * two heap objects so the GC sees only Values: `kv` (a ValueArray of key, value
 * pairs; a deleted entry has key 0) and `meta` (raw bytes: the int64 hashes of
 * the entries, then the index table).  An empty dict owns no tables.
 * Invariants: nentries <= usable; used live entries among the first nentries;
 * `version` changes on every mutation.  Lookups restart when a comparison
 * (which can run Python code) replaced the tables or the entry it compared. */
#include "core.h"
#include "perf.h"
#include <stddef.h>
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

struct Dict {
    Object hdr;
    int64_t used;        /* live entries */
    int64_t nentries;    /* entries consumed, live or deleted */
    int64_t usable;      /* capacity of the entry arrays */
    int64_t mask;        /* index slots - 1 (0 without tables) */
    uint64_t version;
    RawBytes *meta;      /* int64 hashes[usable], then the index table */
    ValueArray *kv;      /* key, value pairs: 2 * usable Values */
};

_Static_assert(offsetof(struct Dict, version) == DICT_VERSION_OFFSET, "core/perf.h: DICT_VERSION_OFFSET");
_Static_assert(sizeof(struct Dict) == DICT_BASICSIZE, "core/perf.h: DICT_BASICSIZE");

enum { IX_EMPTY = -1, IX_DUMMY = -2 };
#define DICT_MINSIZE 8
#define HASH_MODULUS (((int64_t)1 << 61) - 1)

#define D(v) ((Dict *)(v))

/* -- Index table ------------------------------------------------------------------ */

static inline int64_t *d_hashes(Dict *d) { return (int64_t *)d->meta->data; }
static inline char *d_index(Dict *d) { return d->meta->data + d->usable * 8; }

static inline int64_t ix_get(Dict *d, uint64_t i)
{
    char *p = d_index(d);
    int64_t size = d->mask + 1;
    if (size <= 128) return ((int8_t *)p)[i];
    if (size <= 32768) return ((int16_t *)p)[i];
    if (size <= ((int64_t)1 << 31)) return ((int32_t *)p)[i];
    return ((int64_t *)p)[i];
}

static inline void ix_set(Dict *d, uint64_t i, int64_t ix)
{
    char *p = d_index(d);
    int64_t size = d->mask + 1;
    if (size <= 128) ((int8_t *)p)[i] = (int8_t)ix;
    else if (size <= 32768) ((int16_t *)p)[i] = (int16_t)ix;
    else if (size <= ((int64_t)1 << 31)) ((int32_t *)p)[i] = (int32_t)ix;
    else ((int64_t *)p)[i] = ix;
}

static inline int ix_width(int64_t size)
{
    return size <= 128 ? 1 : size <= 32768 ? 2 : size <= ((int64_t)1 << 31) ? 4 : 8;
}

/* Give d empty tables of `size` index slots (a power of two). */
static void new_tables(Dict *d, int64_t size)
{
    int64_t usable = size * 2 / 3;
    RawBytes *meta = raw_bytes_new(usable * 8 + size * ix_width(size));
    ValueArray *kv = value_array_new(2 * usable);
    memset(meta->data + usable * 8, 0xff, (size_t)(size * ix_width(size)));
    gc_write_barrier((Object *)d);
    d->meta = meta;
    d->kv = kv;
    d->usable = usable;
    d->mask = size - 1;
    d->nentries = 0;
}

static int64_t size_for(int64_t n)   /* smallest table whose usable part holds n */
{
    int64_t size = DICT_MINSIZE;
    while (size * 2 / 3 < n) size <<= 1;
    return size;
}

/* Place entry ix (hash h) in a free index slot. */
#define PLACE_AS(T)                                                              \
    do {                                                                         \
        T *tab = (T *)d_index(d);                                                \
        while (tab[i] >= 0) { perturb >>= 5; i = (i * 5 + perturb + 1) & mask; } \
        tab[i] = (T)ix;                                                          \
    } while (0)

static inline void place(Dict *d, int64_t h, int64_t ix)
{
    uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)h, i = (uint64_t)h & mask;
    switch (ix_width(d->mask + 1)) {
    case 1: PLACE_AS(int8_t); break;
    case 2: PLACE_AS(int16_t); break;
    case 4: PLACE_AS(int32_t); break;
    default: PLACE_AS(int64_t); break;
    }
}

/* Rebuild d with room for at least minused live entries, dropping deleted ones. */
static void resize(Dict *d, int64_t minused)
{
    RawBytes *ometa = d->meta;
    ValueArray *okv = d->kv;
    int64_t on = d->nentries, ousable = d->usable;
    int64_t size = DICT_MINSIZE;
    while (size <= minused) size <<= 1;
    if (size * 2 / 3 < d->used) size = size_for(d->used);
    new_tables(d, size);
    if (!okv) return;
    int64_t *oh = (int64_t *)ometa->data, *nh = d_hashes(d);
    int64_t n = 0;
    for (int64_t i = 0; i < on; i++) {
        Value k = okv->items[2 * i];
        if (!k) continue;
        d->kv->items[2 * n] = k;
        d->kv->items[2 * n + 1] = okv->items[2 * i + 1];
        nh[n] = oh[i];
        place(d, oh[i], n);
        n++;
    }
    (void)ousable;
    d->nentries = n;
}

/* -- Hashing and lookup ----------------------------------------------------------- */

static inline int hash_of(Value key, int64_t *h)
{
    if (LIKELY(IS_TYPE(key, str))) {
        int64_t x = ((Str *)key)->hash;
        *h = x != -1 ? x : str_hash_of(key);
        return 0;
    }
    if (IS_SMALL(key)) {
        int64_t v = SMALL_VAL(key);
        if (v > -HASH_MODULUS && v < HASH_MODULUS) {
            *h = v == -1 ? -2 : v;
            return 0;
        }
    }
    return obj_hash(key, h);
}

/* Entry number of key, -1 if missing, -2 on error. */
static int64_t lookup(Dict *d, Value key, int64_t h)
{
    if (UNLIKELY(!d->meta)) return -1;
    bool kstr = IS_TYPE(key, str);
restart:;
    RawBytes *meta = d->meta;
    ValueArray *kv = d->kv;
    if (!meta) return -1;
    int64_t *hashes = d_hashes(d);
    uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)h, i = (uint64_t)h & mask;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            Value k = kv->items[2 * ix];
            if (k == key) return ix;
            if (hashes[ix] == h) {
                if (kstr && IS_TYPE(k, str)) {
                    if (str_eq(k, key)) return ix;
                } else {
                    int c = obj_eq(k, key);
                    if (c < 0) return -2;
                    if (d->meta != meta || kv->items[2 * ix] != k) goto restart;
                    if (c) return ix;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Insert or replace; h is key's hash. */
static int insert(Dict *d, Value key, int64_t h, Value v)
{
    int64_t ix = lookup(d, key, h);
    if (ix == -2) return -1;
    if (ix >= 0) {
        STORE_AT(d->kv, &d->kv->items[2 * ix + 1], v);
        d->version++;
        return 0;
    }
    if (d->nentries >= d->usable) {
        if (!d->meta) new_tables(d, DICT_MINSIZE);
        else resize(d, d->used * 3);
    }
    int64_t n = d->nentries;
    place(d, h, n);
    d_hashes(d)[n] = h;
    gc_write_barrier((Object *)d->kv);
    d->kv->items[2 * n] = key;
    d->kv->items[2 * n + 1] = v;
    d->nentries = n + 1;
    d->used++;
    d->version++;
    return 0;
}

/* Remove entry ix, whose hash is h. */
static void del_entry(Dict *d, int64_t ix, int64_t h)
{
    uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)h, i = (uint64_t)h & mask;
    while (ix_get(d, i) != ix) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    ix_set(d, i, IX_DUMMY);
    gc_write_barrier((Object *)d->kv);
    d->kv->items[2 * ix] = 0;
    d->kv->items[2 * ix + 1] = 0;
    d->used--;
    d->version++;
}

/* -- C API ------------------------------------------------------------------------ */

static Value dict_alloc(Type *t)
{
    size_t sz = sizeof(Dict);
    if (t != T(dict) && t->basicsize > sz) sz = t->basicsize;
    return OBJ_VAL(gc_alloc(t, sz));
}

Value dict_new(void) { return dict_alloc(T(dict)); }

Value dict_get(Value dv, Value key)
{
    int64_t h;
    if (hash_of(key, &h) < 0) return 0;
    int64_t ix = lookup(D(dv), key, h);
    if (ix < 0) return 0;
    return D(dv)->kv->items[2 * ix + 1];
}

Value dict_get_str(Value dv, Value key)
{
    Dict *d = D(dv);
    if (!d->meta) return 0;
    int64_t h = ((Str *)key)->hash;
    if (h == -1) h = str_hash_of(key);
    int64_t *hashes = d_hashes(d);
    ValueArray *kv = d->kv;
    uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)h, i = (uint64_t)h & mask;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return 0;
        if (ix >= 0) {
            Value k = kv->items[2 * ix];
            if (k == key) return kv->items[2 * ix + 1];
            if (hashes[ix] == h) {
                if (IS_TYPE(k, str)) {
                    if (str_eq(k, key)) return kv->items[2 * ix + 1];
                } else {
                    /* a non-str key equal-hashed to a str: take the general path */
                    Value r = dict_get(dv, key);
                    if (!r && exc_pending()) exc_clear();
                    return r;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value dict_get_cstr(Value dv, const char *key)
{
    Dict *d = D(dv);
    if (!d->meta) return 0;
    size_t n = strlen(key);
    int64_t h = n == 0 ? 0 : kiln_siphash(key, n);
    int64_t *hashes = d_hashes(d);
    ValueArray *kv = d->kv;
    uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)h, i = (uint64_t)h & mask;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return 0;
        if (ix >= 0 && hashes[ix] == h) {
            Value k = kv->items[2 * ix];
            if (IS_STR(k) && (size_t)STR_NBYTES(k) == n && memcmp(STR_DATA(k), key, n) == 0)
                return kv->items[2 * ix + 1];
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int dict_set(Value d, Value key, Value v)
{
    int64_t h;
    if (hash_of(key, &h) < 0) return -1;
    return insert(D(d), key, h, v);
}

int dict_set_cstr(Value d, const char *key, Value v)
{
    Value k = str_intern_cstr(key);
    if (!k) return -1;
    return dict_set(d, k, v);
}

int dict_del(Value dv, Value key)
{
    int64_t h;
    if (hash_of(key, &h) < 0) return -1;
    int64_t ix = lookup(D(dv), key, h);
    if (ix == -2) return -1;
    if (ix < 0) { raise_KeyError(key); return -1; }
    del_entry(D(dv), ix, h);
    return 0;
}

int dict_contains(Value d, Value key)
{
    int64_t h;
    if (hash_of(key, &h) < 0) return -1;
    int64_t ix = lookup(D(d), key, h);
    return ix == -2 ? -1 : ix >= 0;
}

int64_t dict_size(Value d) { return D(d)->used; }
uint64_t dict_version(Value d) { return D(d)->version; }

bool dict_next(Value dv, int64_t *pos, Value *key, Value *val)
{
    Dict *d = D(dv);
    while (*pos < d->nentries) {
        int64_t i = (*pos)++;
        Value k = d->kv->items[2 * i];
        if (k) {
            if (key) *key = k;
            if (val) *val = d->kv->items[2 * i + 1];
            return true;
        }
    }
    return false;
}

static void copy_into(Dict *dst, Dict *src)
{
    if (!src->used) return;
    int64_t size = size_for(src->used);
    new_tables(dst, size);
    int64_t n = 0, *sh = d_hashes(src), *dh = d_hashes(dst);
    for (int64_t i = 0; i < src->nentries; i++) {
        Value k = src->kv->items[2 * i];
        if (!k) continue;
        dst->kv->items[2 * n] = k;
        dst->kv->items[2 * n + 1] = src->kv->items[2 * i + 1];
        dh[n] = sh[i];
        place(dst, sh[i], n);
        n++;
    }
    dst->nentries = dst->used = n;
    dst->version++;
}

Value dict_copy(Value d)
{
    Value r = dict_new();
    copy_into(D(r), D(d));
    return r;
}

static Value dict_iter(Value self);

/* Merge a dict's entries (override existing keys). */
static int merge_dict(Value dst, Value src)
{
    Dict *a = D(dst), *b = D(src);
    if (a == b || b->used == 0) return 0;
    if (a->used == 0 && a->nentries == 0 && !a->meta) { copy_into(a, b); return 0; }
    if (a->usable - a->nentries < b->used) resize(a, (a->used + b->used) * 3 / 2 + 1);
    for (int64_t i = 0; i < b->nentries; i++) {
        Value k = b->kv->items[2 * i];
        if (!k) continue;
        Value v = b->kv->items[2 * i + 1];
        int64_t used = b->used;
        if (insert(a, k, d_hashes(b)[i], v) < 0) return -1;
        if (b->used != used) {
            raise_RuntimeError("dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/* dict.update's argument: a dict, a mapping with keys(), or pairs. */
static int update_arg(Value d, Value other)
{
    if (IS_DICT(other) && TYPE(other)->iter == dict_iter) return merge_dict(d, other);
    Value keys = obj_lookup_attr(other, S(keys));
    if (keys) {
        Value ks = obj_call0(keys);
        if (!ks) return -1;
        Value it = obj_iter(ks);
        if (!it) return -1;
        for (;;) {
            Value k = obj_next(it);
            if (!k) return exc_pending() ? -1 : 0;
            Value v = obj_getitem(other, k);
            if (!v) return -1;
            if (dict_set(d, k, v) < 0) return -1;
        }
    }
    if (exc_pending()) return -1;
    Value it = obj_iter(other);
    if (!it) return -1;
    for (int64_t n = 0;; n++) {
        Value item = obj_next(it);
        if (!item) return exc_pending() ? -1 : 0;
        Value k, v;
        if (IS_TUPLE(item) && TUPLE_SIZE(item) == 2) {
            k = TUPLE_ITEMS(item)[0];
            v = TUPLE_ITEMS(item)[1];
        } else {
            Value seq;
            if (IS_LIST(item) || IS_TUPLE(item)) {
                seq = item;
            } else {
                Value it2 = obj_iter(item);
                if (!it2) {
                    if (exc_matches(E(TypeError))) {
                        exc_clear();
                        raise_TypeError("cannot convert dictionary update sequence element #%lld to a sequence", (long long)n);
                    }
                    return -1;
                }
                seq = list_from_iter(it2);
                if (!seq) return -1;
            }
            int64_t len = IS_LIST(seq) ? LIST_SIZE(seq) : TUPLE_SIZE(seq);
            if (len != 2) {
                raise_ValueError("dictionary update sequence element #%lld has length %lld; 2 is required",
                                 (long long)n, (long long)len);
                return -1;
            }
            const Value *items = IS_LIST(seq) ? LIST_ITEMS(seq) : TUPLE_ITEMS(seq);
            k = items[0];
            v = items[1];
        }
        if (dict_set(d, k, v) < 0) return -1;
    }
}

int dict_update(Value d, Value other) { return update_arg(d, other); }

int dict_merge_kwargs(Value d, Value mapping)
{
    if (IS_DICT(mapping)) {
        Dict *b = D(mapping);
        for (int64_t i = 0; i < b->nentries; i++) {
            Value k = b->kv->items[2 * i];
            if (!k) continue;
            if (!IS_STR(k)) { raise_TypeError("keywords must be strings"); return -1; }
            if (insert(D(d), k, d_hashes(b)[i], b->kv->items[2 * i + 1]) < 0) return -1;
        }
        return 0;
    }
    Value keys = obj_lookup_attr(mapping, S(keys));
    if (!keys) {
        if (!exc_pending()) raise_TypeError("'%T' object is not a mapping", mapping);
        return -1;
    }
    Value ks = obj_call0(keys);
    if (!ks) return -1;
    Value it = obj_iter(ks);
    if (!it) return -1;
    for (;;) {
        Value k = obj_next(it);
        if (!k) return exc_pending() ? -1 : 0;
        if (!IS_STR(k)) { raise_TypeError("keywords must be strings"); return -1; }
        Value v = obj_getitem(mapping, k);
        if (!v) return -1;
        if (dict_set(d, k, v) < 0) return -1;
    }
}

Value dict_pop(Value dv, Value key, Value dflt)
{
    int64_t h;
    if (hash_of(key, &h) < 0) return 0;
    Dict *d = D(dv);
    int64_t ix = lookup(d, key, h);
    if (ix == -2) return 0;
    if (ix < 0) {
        if (dflt) return dflt;
        return raise_KeyError(key);
    }
    Value v = d->kv->items[2 * ix + 1];
    del_entry(d, ix, h);
    return v;
}

/* Known-hash variants (CPython's _PyDict_*_KnownHash): h is key's hash, so a
 * caller that looks a key up more than once calls its __hash__ once. */
Value dict_get_hashed(Value dv, Value key, int64_t h)
{
    int64_t ix = lookup(D(dv), key, h);
    return ix < 0 ? 0 : D(dv)->kv->items[2 * ix + 1];
}

int dict_set_hashed(Value d, Value key, int64_t h, Value v) { return insert(D(d), key, h, v); }

Value dict_pop_hashed(Value dv, Value key, int64_t h, Value dflt)
{
    Dict *d = D(dv);
    int64_t ix = lookup(d, key, h);
    if (ix == -2) return 0;
    if (ix < 0) return dflt;
    Value v = d->kv->items[2 * ix + 1];
    del_entry(d, ix, h);
    return v;
}

Value dict_setdefault(Value dv, Value key, Value dflt)
{
    int64_t h;
    if (hash_of(key, &h) < 0) return 0;
    int64_t ix = lookup(D(dv), key, h);
    if (ix == -2) return 0;
    if (ix >= 0) return D(dv)->kv->items[2 * ix + 1];
    if (insert(D(dv), key, h, dflt) < 0) return 0;
    return dflt;
}

Value dict_keys_list(Value dv)
{
    Dict *d = D(dv);
    Value l = list_new(d->used);
    int64_t n = 0;
    for (int64_t i = 0; i < d->nentries && n < d->used; i++) {
        Value k = d->kv->items[2 * i];
        if (k) LIST_ITEMS(l)[n++] = k;
    }
    return l;
}

Value dict_getitem(Value dv, Value key)
{
    int64_t h;
    if (hash_of(key, &h) < 0) return 0;
    int64_t ix = lookup(D(dv), key, h);
    if (LIKELY(ix >= 0)) return D(dv)->kv->items[2 * ix + 1];
    if (ix == -2) return 0;
    if (!IS_TYPE(dv, dict)) {
        Value missing = obj_lookup_special(dv, S(__missing__));
        if (missing) return obj_call1(missing, key);
        if (exc_pending()) return 0;
    }
    return raise_KeyError(key);
}

static void dict_clear_(Dict *d)
{
    gc_write_barrier((Object *)d);
    d->meta = NULL;
    d->kv = NULL;
    d->used = d->nentries = d->usable = d->mask = 0;
    d->version++;
}

/* Recompute every entry's hash and rebuild the index (after the str hash
 * secret changed: `kiln run --rehash`).  Keys whose hash fails keep the old one. */
void dict_rehash(Value dv)
{
    Dict *d = D(dv);
    if (!d->meta) return;
    int64_t *hs = d_hashes(d);
    for (int64_t i = 0; i < d->nentries; i++) {
        Value k = d->kv->items[2 * i];
        int64_t h;
        if (!k) continue;
        if (hash_of(k, &h) < 0) { exc_clear(); continue; }
        hs[i] = h;
    }
    int64_t size = d->mask + 1;
    memset(d_index(d), 0xff, (size_t)(size * ix_width(size)));
    for (int64_t i = 0; i < d->nentries; i++)
        if (d->kv->items[2 * i]) place(d, hs[i], i);
    d->version++;
}

/* -- Slots --------------------------------------------------------------------------- */

static Value dict_repr(Value self)
{
    Dict *d = D(self);
    if (d->used == 0) return str_from_cstr("{}");
    int g = repr_enter(self);
    if (g < 0) return 0;
    if (g > 0) return str_from_cstr("{...}");
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, '{');
    bool first = true;
    for (int64_t i = 0; i < d->nentries; i++) {
        Value k = d->kv->items[2 * i];
        if (!k) continue;
        Value v = d->kv->items[2 * i + 1];
        if (!first) sb_add(&b, ", ", 2);
        first = false;
        Value r = obj_repr(k);
        if (!r) goto fail;
        sb_add(&b, STR_DATA(r), (size_t)STR_NBYTES(r));
        sb_add(&b, ": ", 2);
        r = obj_repr(v);
        if (!r) goto fail;
        sb_add(&b, STR_DATA(r), (size_t)STR_NBYTES(r));
    }
    sb_addc(&b, '}');
    repr_leave(self);
    return sb_finish(&b);
fail:
    sb_free(&b);
    repr_leave(self);
    return 0;
}

static int dict_equal(Dict *a, Dict *b)
{
    if (a->used != b->used) return 0;
    for (int64_t i = 0; i < a->nentries; i++) {
        Value k = a->kv->items[2 * i];
        if (!k) continue;
        Value av = a->kv->items[2 * i + 1];
        int64_t h = d_hashes(a)[i];
        int64_t ix = lookup(b, k, h);
        if (ix == -2) return -1;
        if (ix < 0) return 0;
        Value bv = b->kv->items[2 * ix + 1];
        int c = obj_eq(av, bv);
        if (c <= 0) return c;
        if (i >= a->nentries) break;
    }
    return 1;
}

static Value dict_richcompare(Value a, Value b, int op)
{
    if (!IS_DICT(a) || !IS_DICT(b) || (op != CMP_EQ && op != CMP_NE)) return NOTIMPL;
    if (UNLIKELY(c_stack_exhausted()))
        return raise_fmt(E(RecursionError), "maximum recursion depth exceeded in comparison");
    int r = dict_equal(D(a), D(b));
    if (r < 0) return 0;
    return BOOL_V(op == CMP_EQ ? r : !r);
}

static int64_t dict_len(Value self) { return D(self)->used; }

static int dict_setitem(Value self, Value key, Value v)
{
    if (v) return dict_set(self, key, v);
    return dict_del(self, key);
}

static int dict_contains_slot(Value self, Value key) { return dict_contains(self, key); }

static Value dict_or(Value a, Value b)
{
    if (!IS_DICT(a) || !IS_DICT(b)) return NOTIMPL;
    Value r = dict_copy(a);
    if (update_arg(r, b) < 0) return 0;
    return r;
}

static Value dict_ior(Value a, Value b)
{
    if (update_arg(a, b) < 0) return 0;
    return a;
}

static Value dict_new_(Type *t, const Value *args, size_t nargs, Value kw)
{
    return dict_alloc(t);
}

/* The keyword arguments of a vectorcall into d. */
static int update_kw(Value d, const Value *args, size_t nargs, Value kw)
{
    if (!kw) return 0;
    for (int64_t i = 0; i < TUPLE_SIZE(kw); i++)
        if (dict_set(d, TUPLE_ITEMS(kw)[i], args[nargs + i]) < 0) return -1;
    return 0;
}

static int dict_init(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs > 1) { raise_TypeError("dict expected at most 1 argument, got %zu", nargs); return -1; }
    if (nargs && update_arg(self, args[0]) < 0) return -1;
    return update_kw(self, args, nargs, kw);
}

/* -- Methods ------------------------------------------------------------------------- */

static Value make_view(Value d, Type *t);

static Value m_keys(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("dict", "keys", nargs, kw) < 0) return 0;
    return make_view(self, T(dict_keys));
}

static Value m_values(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("dict", "values", nargs, kw) < 0) return 0;
    return make_view(self, T(dict_values));
}

static Value m_items(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("dict", "items", nargs, kw) < 0) return 0;
    return make_view(self, T(dict_items));
}

static Value m_get(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("get", kw) < 0 || args_count("get", nargs, 1, 2) < 0) return 0;
    Value v = dict_get(self, args[0]);
    if (v) return v;
    if (exc_pending()) return 0;
    return nargs > 1 ? args[1] : NONE;
}

static Value m_setdefault(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("setdefault", kw) < 0 || args_count("setdefault", nargs, 1, 2) < 0) return 0;
    return dict_setdefault(self, args[0], nargs > 1 ? args[1] : NONE);
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("pop", kw) < 0 || args_count("pop", nargs, 1, 2) < 0) return 0;
    return dict_pop(self, args[0], nargs > 1 ? args[1] : 0);
}

static Value m_popitem(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("dict", "popitem", nargs, kw) < 0) return 0;
    Dict *d = D(self);
    if (d->used == 0) return raise_fmt(E(KeyError), "popitem(): dictionary is empty");
    int64_t i = d->nentries - 1;
    while (!d->kv->items[2 * i]) i--;
    Value k = d->kv->items[2 * i], v = d->kv->items[2 * i + 1];
    Value r = tuple_pack(2, k, v);
    del_entry(d, i, d_hashes(d)[i]);
    d->nentries = i;
    return r;
}

static Value m_update(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs > 1) return raise_TypeError("update expected at most 1 argument, got %zu", nargs);
    if (nargs && update_arg(self, args[0]) < 0) return 0;
    if (update_kw(self, args, nargs, kw) < 0) return 0;
    return NONE;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("dict", "clear", nargs, kw) < 0) return 0;
    dict_clear_(D(self));
    return NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("dict", "copy", nargs, kw) < 0) return 0;
    return dict_copy(self);
}

static Value m_fromkeys(Value cls, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("fromkeys", kw) < 0 || args_count("fromkeys", nargs, 1, 2) < 0) return 0;
    Value value = nargs > 1 ? args[1] : NONE;
    Value d = obj_call0(cls);
    if (!d) return 0;
    bool exact = IS_TYPE(d, dict);
    if (exact && IS_DICT(args[0]) && TYPE(args[0])->iter == dict_iter) {
        Dict *s = D(args[0]);
        for (int64_t i = 0; i < s->nentries; i++) {
            Value k = s->kv->items[2 * i];
            if (k && insert(D(d), k, d_hashes(s)[i], value) < 0) return 0;
        }
        return d;
    }
    if (exact && (IS_TYPE(args[0], set) || IS_TYPE(args[0], frozenset))) {
        int64_t pos = 0;
        Value k;
        while (set_next(args[0], &pos, &k))
            if (dict_set(d, k, value) < 0) return 0;
        return d;
    }
    Value it = obj_iter(args[0]);
    if (!it) return 0;
    for (;;) {
        Value k = obj_next(it);
        if (!k) return exc_pending() ? 0 : d;
        if ((exact ? dict_set(d, k, value) : obj_setitem(d, k, value)) < 0) return 0;
    }
}

static Value m_contains(Value self, const Value *args, size_t nargs, Value kw)
{
    if (onearg("dict", "__contains__", nargs, kw) < 0) return 0;
    int r = dict_contains(self, args[0]);
    return r < 0 ? 0 : BOOL_V(r);
}

static Value m_getitem(Value self, const Value *args, size_t nargs, Value kw)
{
    if (onearg("dict", "__getitem__", nargs, kw) < 0) return 0;
    return dict_getitem(self, args[0]);
}

/* -- Iterators ------------------------------------------------------------------------ */

typedef struct DictIter {
    Object hdr;
    Value dict;          /* 0 once exhausted */
    int64_t pos;         /* next entry to look at */
    int64_t used;        /* the dict's size at creation */
    int64_t len;         /* items left to yield */
    bool reversed;
} DictIter;

static Value iter_new(Value d, Type *t, bool reversed)
{
    DictIter *it = (DictIter *)gc_alloc(t, sizeof(DictIter));
    it->dict = d;
    it->used = D(d)->used;
    it->len = D(d)->used;
    it->reversed = reversed;
    it->pos = reversed ? D(d)->nentries - 1 : 0;
    return OBJ_VAL(it);
}

static Value dict_iter(Value self) { return iter_new(self, T(dict_keyiter), false); }

static Value iter_self(Value self) { return self; }

/* Advance to the next live entry; its number, or -1 (exhausted or error). */
static int64_t iter_step(DictIter *it)
{
    if (!it->dict) return -1;
    Dict *d = D(it->dict);
    if (it->used != d->used) {
        raise_RuntimeError("dictionary changed size during iteration");
        it->used = -1;
        return -1;
    }
    int64_t i = it->pos;
    if (it->reversed) {
        if (i >= d->nentries) i = d->nentries - 1;
        while (i >= 0 && !d->kv->items[2 * i]) i--;
        if (i < 0) goto fail;
        it->pos = i - 1;
    } else {
        int64_t n = d->nentries;
        while (i < n && !d->kv->items[2 * i]) i++;
        if (i >= n) goto fail;
        it->pos = i + 1;
    }
    if (it->len == 0) {
        raise_RuntimeError("dictionary keys changed during iteration");
        goto fail;
    }
    it->len--;
    return i;
fail:
    it->dict = 0;
    return -1;
}

static Value keyiter_next(Value self)
{
    DictIter *it = (DictIter *)self;
    int64_t i = iter_step(it);
    return i < 0 ? 0 : D(it->dict)->kv->items[2 * i];
}

static Value valueiter_next(Value self)
{
    DictIter *it = (DictIter *)self;
    int64_t i = iter_step(it);
    return i < 0 ? 0 : D(it->dict)->kv->items[2 * i + 1];
}

static Value itemiter_next(Value self)
{
    DictIter *it = (DictIter *)self;
    int64_t i = iter_step(it);
    if (i < 0) return 0;
    ValueArray *kv = D(it->dict)->kv;
    return tuple_pack(2, kv->items[2 * i], kv->items[2 * i + 1]);
}

int dict_itemiter_next_pair(Value self, Value out[2])
{
    DictIter *it = (DictIter *)self;
    int64_t i = iter_step(it);
    if (i < 0) return 0;
    ValueArray *kv = D(it->dict)->kv;
    out[0] = kv->items[2 * i];
    out[1] = kv->items[2 * i + 1];
    return 1;
}

static Value iter_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    DictIter *it = (DictIter *)self;
    if (!it->dict || it->used != D(it->dict)->used) return MKSMALL(0);
    return MKSMALL(it->len);
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kw)
{
    if (noargs("dict", "__reversed__", nargs, kw) < 0) return 0;
    return iter_new(self, T(dict_revkeyiter), true);
}

/* -- Views ---------------------------------------------------------------------------- */

typedef struct DictView { Object hdr; Value dict; } DictView;
#define VIEW_DICT(v) (((DictView *)(v))->dict)

static Value make_view(Value d, Type *t)
{
    DictView *v = (DictView *)gc_alloc(t, sizeof(DictView));
    v->dict = d;
    return OBJ_VAL(v);
}

static bool is_setview(Value v) { return IS_TYPE(v, dict_keys) || IS_TYPE(v, dict_items); }
static bool is_anyset(Value v)
{
    return IS_OBJ(v) && (type_is_subtype(TYPE(v), T(set)) || type_is_subtype(TYPE(v), T(frozenset)));
}

static int64_t view_len(Value self) { return D(VIEW_DICT(self))->used; }

static Value keys_iter(Value self) { return iter_new(VIEW_DICT(self), T(dict_keyiter), false); }
static Value values_iter(Value self) { return iter_new(VIEW_DICT(self), T(dict_valueiter), false); }
static Value items_iter(Value self) { return iter_new(VIEW_DICT(self), T(dict_itemiter), false); }

static Value keys_reversed(Value self, const Value *args, size_t nargs, Value kw)
{
    return iter_new(VIEW_DICT(self), T(dict_revkeyiter), true);
}
static Value values_reversed(Value self, const Value *args, size_t nargs, Value kw)
{
    return iter_new(VIEW_DICT(self), T(dict_revvalueiter), true);
}
static Value items_reversed(Value self, const Value *args, size_t nargs, Value kw)
{
    return iter_new(VIEW_DICT(self), T(dict_revitemiter), true);
}

static int keys_contains(Value self, Value key) { return dict_contains(VIEW_DICT(self), key); }

static int items_contains(Value self, Value item)
{
    if (!IS_TUPLE(item) || TUPLE_SIZE(item) != 2) return 0;
    Value v = dict_get(VIEW_DICT(self), TUPLE_ITEMS(item)[0]);
    if (!v) return exc_pending() ? -1 : 0;
    return obj_eq(v, TUPLE_ITEMS(item)[1]);
}

static Value view_repr(Value self)
{
    int g = repr_enter(self);
    if (g < 0) return 0;
    if (g > 0) return str_from_cstr("...");
    Value l = list_from_iter(self);
    Value r = l ? str_fmt("%s(%R)", TYPE_NAME(self), l) : 0;
    repr_leave(self);
    return r;
}

static int all_contained_in(Value a, Value b)
{
    Value it = obj_iter(a);
    if (!it) return -1;
    for (;;) {
        Value x = obj_next(it);
        if (!x) return exc_pending() ? -1 : 1;
        int r = obj_contains(b, x);
        if (r <= 0) return r;
    }
}

static Value view_richcompare(Value a, Value b, int op)
{
    if (!is_anyset(b) && !is_setview(b)) return NOTIMPL;
    int64_t la = obj_len(a), lb;
    if (la < 0) return 0;
    if ((lb = obj_len(b)) < 0) return 0;
    int ok = 0;
    switch (op) {
    case CMP_NE:
    case CMP_EQ:
        if (la == lb) ok = all_contained_in(a, b);
        if (op == CMP_NE && ok >= 0) ok = !ok;
        break;
    case CMP_LT: if (la < lb) ok = all_contained_in(a, b); break;
    case CMP_LE: if (la <= lb) ok = all_contained_in(a, b); break;
    case CMP_GT: if (la > lb) ok = all_contained_in(b, a); break;
    case CMP_GE: if (la >= lb) ok = all_contained_in(b, a); break;
    }
    if (ok < 0) return 0;
    return BOOL_V(ok);
}

static Value view_to_set(Value v)
{
    if (IS_TYPE(v, dict_keys)) v = VIEW_DICT(v);
    return set_from_iter(v);
}

static Value view_sub(Value a, Value b)
{
    Value r = view_to_set(a);
    if (!r) return 0;
    Value x = obj_call_method(r, S(difference_update), &b, 1);
    return x ? r : 0;
}

static Value view_xor(Value a, Value b)
{
    Value r = view_to_set(a);
    if (!r) return 0;
    Value x = obj_call_method(r, S(symmetric_difference_update), &b, 1);
    return x ? r : 0;
}

static Value view_or(Value a, Value b)
{
    Value r = view_to_set(a);
    if (!r) return 0;
    return set_update(r, b) < 0 ? 0 : r;
}

static Value view_and(Value self, Value other)
{
    if (!is_setview(self)) { Value t = self; self = other; other = t; }
    int64_t ls = view_len(self);
    if (IS_TYPE(other, set)) {
        int64_t lo = obj_len(other);
        if (ls <= lo) return obj_call_method(other, S(intersection), &self, 1);
    }
    if (is_setview(other) && view_len(other) > ls) { Value t = self; self = other; other = t; }
    Value r = set_new();
    Value it = obj_iter(other);
    if (!it) return 0;
    bool keys = IS_TYPE(self, dict_keys);
    for (;;) {
        Value x = obj_next(it);
        if (!x) return exc_pending() ? 0 : r;
        int c = keys ? keys_contains(self, x) : items_contains(self, x);
        if (c < 0) return 0;
        if (c && set_add(r, x) < 0) return 0;
    }
}

static Value view_isdisjoint(Value self, const Value *args, size_t nargs, Value kw)
{
    if (onearg(TYPE_NAME(self), "isdisjoint", nargs, kw) < 0) return 0;
    Value other = args[0];
    if (self == other) return BOOL_V(view_len(self) == 0);
    Value a = self, b = other;   /* iterate b, test membership in a */
    if (is_anyset(other) || is_setview(other)) {
        int64_t lo = obj_len(other);
        if (lo < 0) return 0;
        if (lo > view_len(self)) { a = other; b = self; }
    }
    Value it = obj_iter(b);
    if (!it) return 0;
    for (;;) {
        Value x = obj_next(it);
        if (!x) return exc_pending() ? 0 : TRUE_V;
        int c = obj_contains(a, x);
        if (c < 0) return 0;
        if (c) return FALSE_V;
    }
}

static Value view_mapping(Value self) { return mappingproxy_new(VIEW_DICT(self)); }

static const GetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL, "dictionary that this view refers to"},
    {NULL, NULL, NULL, NULL},
};

/* -- Type objects ------------------------------------------------------------------- */

static const MethodDef dict_methods[] = {
    {"keys", m_keys, METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, METH_NOARGS, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, METH_NOARGS, "D.items() -> a set-like object providing a view on D's items"},
    {"get", m_get, METH_NOKW, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, METH_NOKW, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, METH_NOKW, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, METH_NOARGS, "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", m_update, 0, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"clear", m_clear, METH_NOARGS, "D.clear() -> None.  Remove all items from D."},
    {"copy", m_copy, METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"fromkeys", m_fromkeys, METH_CLASS | METH_NOKW, "Create a new dictionary with keys from iterable and values set to value."},
    {"__reversed__", m_reversed, METH_NOARGS, "Return a reverse iterator over the dict keys."},
    {"__contains__", m_contains, METH_O, "True if the dictionary has the specified key, else False."},
    {"__getitem__", m_getitem, METH_O, "x.__getitem__(y) <==> x[y]"},
    {"__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

const TypeSpec dict_spec = {
    .name = "dict", .base = -1,
    .basicsize = sizeof(Dict),
    .flags = TF_BASETYPE | TF_DICT_SUB | TF_IMMUTABLE,
    .doc = "dict() -> new empty dictionary",
    .repr = dict_repr, .richcompare = dict_richcompare,
    .iter = dict_iter, .new_ = dict_new_, .init = dict_init,
    .nb_or = dict_or, .nb_ior = dict_ior,
    .len = dict_len, .getitem = dict_getitem, .setitem = dict_setitem, .contains = dict_contains_slot,
    .methods = dict_methods,
};

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, METH_O, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", keys_reversed, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, METH_O, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", items_reversed, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef values_methods[] = {
    {"__reversed__", values_reversed, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeSpec dict_keys_spec = {
    .name = "dict_keys", .base = -1, .basicsize = sizeof(DictView), .flags = TF_IMMUTABLE,
    .repr = view_repr, .richcompare = view_richcompare, .iter = keys_iter,
    .nb_sub = view_sub, .nb_and = view_and, .nb_or = view_or, .nb_xor = view_xor,
    .len = view_len, .contains = keys_contains, .methods = keys_methods, .getsets = view_getsets,
};

const TypeSpec dict_items_spec = {
    .name = "dict_items", .base = -1, .basicsize = sizeof(DictView), .flags = TF_IMMUTABLE,
    .repr = view_repr, .richcompare = view_richcompare, .iter = items_iter,
    .nb_sub = view_sub, .nb_and = view_and, .nb_or = view_or, .nb_xor = view_xor,
    .len = view_len, .contains = items_contains, .methods = items_methods, .getsets = view_getsets,
};

const TypeSpec dict_values_spec = {
    .name = "dict_values", .base = -1, .basicsize = sizeof(DictView), .flags = TF_IMMUTABLE,
    .repr = view_repr, .iter = values_iter,
    .len = view_len, .methods = values_methods, .getsets = view_getsets,
};

static const MethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_SPEC(tname, nextfn) { .name = tname, .base = -1, .basicsize = sizeof(DictIter), \
    .flags = TF_IMMUTABLE, .iter = iter_self, .next = nextfn, .methods = iter_methods }
const TypeSpec dict_keyiter_spec = DICT_ITER_SPEC("dict_keyiterator", keyiter_next);
const TypeSpec dict_valueiter_spec = DICT_ITER_SPEC("dict_valueiterator", valueiter_next);
const TypeSpec dict_itemiter_spec = DICT_ITER_SPEC("dict_itemiterator", itemiter_next);
const TypeSpec dict_revkeyiter_spec = DICT_ITER_SPEC("dict_reversekeyiterator", keyiter_next);
const TypeSpec dict_revvalueiter_spec = DICT_ITER_SPEC("dict_reversevalueiterator", valueiter_next);
const TypeSpec dict_revitemiter_spec = DICT_ITER_SPEC("dict_reverseitemiterator", itemiter_next);
