/* Fast-path helpers for the VM's attribute inline caches (type.c, descr.c).
 * Private to the runtime: vm.c includes this after core.h. */
#ifndef KILN_PERF_H
#define KILN_PERF_H
#include "core.h"

/* The shape key (" name") of a __slots__ member descriptor d (the property
 * type_new makes for a slot), else 0. */
Value type_slot_member_key(Value d);
/* A store of name into the plain instance o (TF_HAS_SHAPE, shape set, no
 * dict) that adds the attribute: the child shape it moves to (its slot index
 * in *idx), or NULL when the store is not such a plain add (descriptor on
 * the type other than a slot member, name already present, too many). */
Shape *shape_store_transition(Value o, Value name, int64_t *idx);
/* Perform that add: store v at the child shape c (grows the slot array). */
int shape_store_child(Value o, Shape *c, Value v);
/* property's fget/fset (descr.c), 0 if p is not exactly a property. */
Value property_fget_of(Value p);
Value property_fset_of(Value p);
/* dict.c's Dict.version read in place, for LOAD_GLOBAL's cache check
 * (dict.c checks the offset at compile time). */
#define DICT_VERSION_OFFSET 40
/* sizeof(struct Dict): C subclasses of dict (defaultdict) put their fields after it. */
#define DICT_BASICSIZE 64
static inline uint64_t dict_version_inline(Value d)
{
    return *(const uint64_t *)((const char *)AS_OBJ(d) + DICT_VERSION_OFFSET);
}
/* FOR_ITER + UNPACK_SEQUENCE 2 without the tuple (iter.c): 1 with the pair
 * in out, 0 when done or on error (as Type.next), -1 for other iterators. */
int iter_next_pair(Value it, Value out[2]);
int dict_itemiter_next_pair(Value it, Value out[2]);   /* dict.c */
#endif
