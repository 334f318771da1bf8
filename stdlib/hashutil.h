/* Shared pieces of the hash modules (_md5, _sha1, _sha256, _sha512, _sha3,
 * _blake2): argument checks, hex digests and copies with CPython's behaviour. */
#pragma once
#include "core.h"
#include <string.h>

/* The data passed to update() or the constructor: bytes-like, not str. */
static inline int hash_data(Value data, const char **d, int64_t *n)
{
    if (IS_STR(data)) { raise_TypeError("Strings must be encoded before hashing"); return -1; }
    if (!bytes_like(data, d, n)) { raise_TypeError("object supporting the buffer API required"); return -1; }
    return 0;
}

/* hexdigest(): lower-case hex of n digest bytes (n is unbounded for shake). */
static inline Value hash_hex(const uint8_t *out, size_t n)
{
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < n; i++) {
        sb_addc(&b, "0123456789abcdef"[out[i] >> 4]);
        sb_addc(&b, "0123456789abcdef"[out[i] & 15]);
    }
    return sb_finish(&b);
}

/* copy(): a new object of self's type with the same (pointer-free) state. */
static inline Value hash_copy(Value self, size_t size)
{
    Value c = OBJ_VAL(gc_alloc_noscan(TYPE(self), size));
    memcpy((char *)AS_OBJ(c) + sizeof(Object), (char *)AS_OBJ(self) + sizeof(Object), size - sizeof(Object));
    return c;
}
