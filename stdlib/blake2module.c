/* kiln: the _blake2 module: blake2b and blake2s hash objects (RFC 7693) with
 * CPython 3.11's parameters (digest_size, key, salt, person, tree hashing). */
#include "core.h"
#include "hashutil.h"
#include <string.h>

static const uint8_t SIGMA[12][16] = {
    { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
    { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
    { 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4 },
    { 7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8 },
    { 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13 },
    { 2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9 },
    { 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11 },
    { 13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10 },
    { 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5 },
    { 10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0 },
    { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
    { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
};
static const uint64_t IVB[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};
static const uint32_t IVS[8] = {
    0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19,
};

/* One state layout for both variants: b uses 64-bit words and 128-byte blocks,
 * s 32-bit words and 64-byte blocks (kept in the low halves). */
typedef struct Blake2 {
    Object hdr;
    uint64_t h[8];
    uint64_t t[2];
    int32_t buflen, digest_size;
    bool is_b, last_node;
    uint8_t buf[128];
} Blake2;

#define BL(v) ((Blake2 *)(v))
#define ROR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))
#define ROR32(x, n) ((uint32_t)(((x) >> (n)) | ((x) << (32 - (n)))))

static void compress_b(Blake2 *s, const uint8_t *p, bool final)
{
    uint64_t m[16], v[16];
    for (int i = 0; i < 16; i++) {
        uint64_t x = 0;
        for (int j = 7; j >= 0; j--) x = (x << 8) | p[8 * i + j];
        m[i] = x;
    }
    for (int i = 0; i < 8; i++) { v[i] = s->h[i]; v[i + 8] = IVB[i]; }
    v[12] ^= s->t[0]; v[13] ^= s->t[1];
    if (final) { v[14] = ~v[14]; if (s->last_node) v[15] = ~v[15]; }
#define GB(a, b, c, d, x, y) do { \
        v[a] = v[a] + v[b] + (x); v[d] = ROR64(v[d] ^ v[a], 32); \
        v[c] = v[c] + v[d]; v[b] = ROR64(v[b] ^ v[c], 24); \
        v[a] = v[a] + v[b] + (y); v[d] = ROR64(v[d] ^ v[a], 16); \
        v[c] = v[c] + v[d]; v[b] = ROR64(v[b] ^ v[c], 63); } while (0)
    for (int r = 0; r < 12; r++) {
        const uint8_t *sg = SIGMA[r];
        GB(0, 4, 8, 12, m[sg[0]], m[sg[1]]); GB(1, 5, 9, 13, m[sg[2]], m[sg[3]]);
        GB(2, 6, 10, 14, m[sg[4]], m[sg[5]]); GB(3, 7, 11, 15, m[sg[6]], m[sg[7]]);
        GB(0, 5, 10, 15, m[sg[8]], m[sg[9]]); GB(1, 6, 11, 12, m[sg[10]], m[sg[11]]);
        GB(2, 7, 8, 13, m[sg[12]], m[sg[13]]); GB(3, 4, 9, 14, m[sg[14]], m[sg[15]]);
    }
    for (int i = 0; i < 8; i++) s->h[i] ^= v[i] ^ v[i + 8];
}

static void compress_s(Blake2 *s, const uint8_t *p, bool final)
{
    uint32_t m[16], v[16];
    for (int i = 0; i < 16; i++)
        m[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
    for (int i = 0; i < 8; i++) { v[i] = (uint32_t)s->h[i]; v[i + 8] = IVS[i]; }
    v[12] ^= (uint32_t)s->t[0]; v[13] ^= (uint32_t)(s->t[0] >> 32);
    if (final) { v[14] = ~v[14]; if (s->last_node) v[15] = ~v[15]; }
#define GS(a, b, c, d, x, y) do { \
        v[a] = v[a] + v[b] + (x); v[d] = ROR32(v[d] ^ v[a], 16); \
        v[c] = v[c] + v[d]; v[b] = ROR32(v[b] ^ v[c], 12); \
        v[a] = v[a] + v[b] + (y); v[d] = ROR32(v[d] ^ v[a], 8); \
        v[c] = v[c] + v[d]; v[b] = ROR32(v[b] ^ v[c], 7); } while (0)
    for (int r = 0; r < 10; r++) {
        const uint8_t *sg = SIGMA[r];
        GS(0, 4, 8, 12, m[sg[0]], m[sg[1]]); GS(1, 5, 9, 13, m[sg[2]], m[sg[3]]);
        GS(2, 6, 10, 14, m[sg[4]], m[sg[5]]); GS(3, 7, 11, 15, m[sg[6]], m[sg[7]]);
        GS(0, 5, 10, 15, m[sg[8]], m[sg[9]]); GS(1, 6, 11, 12, m[sg[10]], m[sg[11]]);
        GS(2, 7, 8, 13, m[sg[12]], m[sg[13]]); GS(3, 4, 9, 14, m[sg[14]], m[sg[15]]);
    }
    for (int i = 0; i < 8; i++) s->h[i] = (uint32_t)s->h[i] ^ v[i] ^ v[i + 8];
}

static void add_counter(Blake2 *s, uint64_t n)
{
    s->t[0] += n;
    if (s->t[0] < n) s->t[1]++;
}

static void b2_update(Blake2 *s, const uint8_t *p, size_t n)
{
    size_t bs = s->is_b ? 128 : 64;
    while (n > 0) {
        if ((size_t)s->buflen == bs) {    /* a full block is only compressed once more data follows */
            add_counter(s, bs);
            if (s->is_b) compress_b(s, s->buf, false); else compress_s(s, s->buf, false);
            s->buflen = 0;
        }
        size_t k = bs - (size_t)s->buflen;
        if (k > n) k = n;
        memcpy(s->buf + s->buflen, p, k);
        s->buflen += (int32_t)k; p += k; n -= k;
    }
}

static void b2_final(const Blake2 *s0, uint8_t out[64])
{
    Blake2 s = *s0;
    size_t bs = s.is_b ? 128 : 64;
    add_counter(&s, (uint64_t)s.buflen);
    memset(s.buf + s.buflen, 0, bs - (size_t)s.buflen);
    if (s.is_b) compress_b(&s, s.buf, true); else compress_s(&s, s.buf, true);
    int wb = s.is_b ? 8 : 4;
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < wb; j++) out[i * wb + j] = (uint8_t)(s.h[i] >> (8 * j));
}

static int feed(Value self, Value data)
{
    const char *d; int64_t n;
    if (hash_data(data, &d, &n) < 0) return -1;
    b2_update(BL(self), (const uint8_t *)d, (size_t)n);
    return 0;
}

static int get_small(Value v, int64_t *out)
{
    if (IS_FLOAT(v)) { raise_TypeError("'float' object cannot be interpreted as an integer"); return -1; }
    return obj_as_ssize(v, out, E(OverflowError));
}

static Value b2_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    bool is_b = type_is_subtype(t, T(blake2b));
    const char *fname = is_b ? "blake2b" : "blake2s";
    static const char *const names[] = { "", "digest_size", "key", "salt", "person", "fanout", "depth",
        "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity", NULL };
    Value a[13];
    if (args_parse(fname, args, nargs, kw, names, 0, a) < 0) return 0;
    int64_t maxd = is_b ? 64 : 32, saltn = is_b ? 16 : 8;
    int64_t digest_size = maxd, fanout = 1, depth = 1, leaf = 0, node_offset = 0, node_depth = 0, inner = 0;
    const char *key = NULL, *salt = NULL, *person = NULL;
    int64_t keyn = 0, saltl = 0, personl = 0;
    if (a[1] && get_small(a[1], &digest_size) < 0) return 0;
    if (digest_size < 1 || digest_size > maxd)
        return raise_ValueError("digest_size must be between 1 and %lld bytes", (long long)maxd);
    if (a[2] && a[2] != NONE) {
        if (!bytes_like(a[2], &key, &keyn)) return raise_TypeError("a bytes-like object is required, not '%T'", a[2]);
        if (keyn > maxd) return raise_ValueError("maximum key length is %lld bytes", (long long)maxd);
    }
    if (a[3] && a[3] != NONE) {
        if (!bytes_like(a[3], &salt, &saltl)) return raise_TypeError("a bytes-like object is required, not '%T'", a[3]);
        if (saltl > saltn) return raise_ValueError("maximum salt length is %lld bytes", (long long)saltn);
    }
    if (a[4] && a[4] != NONE) {
        if (!bytes_like(a[4], &person, &personl)) return raise_TypeError("a bytes-like object is required, not '%T'", a[4]);
        if (personl > saltn) return raise_ValueError("maximum person length is %lld bytes", (long long)saltn);
    }
    if (a[5] && get_small(a[5], &fanout) < 0) return 0;
    if (fanout < 0 || fanout > 255) return raise_ValueError("fanout must be between 0 and 255");
    if (a[6] && get_small(a[6], &depth) < 0) return 0;
    if (depth <= 0 || depth > 255) return raise_ValueError("depth must be between 1 and 255");
    if (a[7] && get_small(a[7], &leaf) < 0) return 0;
    if (leaf < 0 || leaf > 0xffffffffLL) return raise_OverflowError("leaf_size is too large");
    if (a[8] && get_small(a[8], &node_offset) < 0) return 0;
    if (node_offset < 0 || (!is_b && node_offset > 0xffffffffffffLL)) return raise_OverflowError("node_offset is too large");
    if (a[9] && get_small(a[9], &node_depth) < 0) return 0;
    if (node_depth < 0 || node_depth > 255) return raise_ValueError("node_depth must be between 0 and 255");
    if (a[10] && get_small(a[10], &inner) < 0) return 0;
    if (inner < 0 || inner > maxd) return raise_ValueError("inner_size must be between 0 and is %lld", (long long)maxd);
    int last = 0;
    if (a[11] && (last = obj_truthy(a[11])) < 0) return 0;

    Value self = OBJ_VAL(gc_alloc_noscan(t, t->basicsize > sizeof(Blake2) ? t->basicsize : sizeof(Blake2)));
    Blake2 *s = BL(self);
    s->is_b = is_b; s->digest_size = (int32_t)digest_size; s->last_node = last;
    uint8_t P[64] = { 0 };
    P[0] = (uint8_t)digest_size; P[1] = (uint8_t)keyn; P[2] = (uint8_t)fanout; P[3] = (uint8_t)depth;
    for (int i = 0; i < 4; i++) P[4 + i] = (uint8_t)(leaf >> (8 * i));
    if (is_b) {
        for (int i = 0; i < 8; i++) P[8 + i] = (uint8_t)((uint64_t)node_offset >> (8 * i));
        P[16] = (uint8_t)node_depth; P[17] = (uint8_t)inner;
        if (salt) memcpy(P + 32, salt, (size_t)saltl);
        if (person) memcpy(P + 48, person, (size_t)personl);
        for (int i = 0; i < 8; i++) {
            uint64_t w = 0;
            for (int j = 7; j >= 0; j--) w = (w << 8) | P[8 * i + j];
            s->h[i] = IVB[i] ^ w;
        }
    } else {
        for (int i = 0; i < 6; i++) P[8 + i] = (uint8_t)((uint64_t)node_offset >> (8 * i));
        P[14] = (uint8_t)node_depth; P[15] = (uint8_t)inner;
        if (salt) memcpy(P + 16, salt, (size_t)saltl);
        if (person) memcpy(P + 24, person, (size_t)personl);
        for (int i = 0; i < 8; i++)
            s->h[i] = IVS[i] ^ ((uint32_t)P[4 * i] | (uint32_t)P[4 * i + 1] << 8 | (uint32_t)P[4 * i + 2] << 16 | (uint32_t)P[4 * i + 3] << 24);
    }
    if (keyn > 0) {
        uint8_t block[128] = { 0 };
        memcpy(block, key, (size_t)keyn);
        b2_update(s, block, is_b ? 128 : 64);
    }
    if (a[0] && feed(self, a[0]) < 0) return 0;
    return self;
}

static Value s_update(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("update", kw) < 0 || args_count("update", nargs, 1, 1) < 0 || feed(self, args[0]) < 0) return 0;
    return NONE;
}

static Value s_digest(Value self, const Value *args, size_t nargs, Value kw)
{
    uint8_t out[64];
    b2_final(BL(self), out);
    return bytes_new((const char *)out, (size_t)BL(self)->digest_size);
}

static Value s_hexdigest(Value self, const Value *args, size_t nargs, Value kw)
{
    uint8_t out[64];
    b2_final(BL(self), out);
    return hash_hex(out, (size_t)BL(self)->digest_size);
}

static Value s_copy(Value self, const Value *args, size_t nargs, Value kw)
{
    return hash_copy(self, sizeof(Blake2));
}

static Value g_name(Value self) { return str_from_cstr(BL(self)->is_b ? "blake2b" : "blake2s"); }
static Value g_digest_size(Value self) { return MKSMALL(BL(self)->digest_size); }
static Value g_block_size(Value self) { return MKSMALL(BL(self)->is_b ? 128 : 64); }

static const MethodDef s_methods[] = {
    { "update", s_update, 0, "Update this hash object's state with the provided bytes-like object." },
    { "digest", s_digest, 0, "Return the digest value as a bytes object." },
    { "hexdigest", s_hexdigest, 0, "Return the digest value as a string of hexadecimal digits." },
    { "copy", s_copy, 0, "Return a copy of the hash object." }, { NULL, NULL, 0, NULL },
};
static const GetSetDef s_getsets[] = {
    { "name", g_name, NULL, NULL }, { "digest_size", g_digest_size, NULL, NULL },
    { "block_size", g_block_size, NULL, NULL }, { NULL, NULL, NULL, NULL },
};

const TypeSpec blake2b_spec = {
    .name = "_blake2.blake2b", .base = -1, .basicsize = sizeof(Blake2), .flags = TF_BASETYPE,
    .trace = trace_leaf, .new_ = b2_new, .methods = s_methods, .getsets = s_getsets,
    .doc = "Return a new BLAKE2b hash object.",
};
const TypeSpec blake2s_spec = {
    .name = "_blake2.blake2s", .base = -1, .basicsize = sizeof(Blake2), .flags = TF_BASETYPE,
    .trace = trace_leaf, .new_ = b2_new, .methods = s_methods, .getsets = s_getsets,
    .doc = "Return a new BLAKE2s hash object.",
};

static int blake2_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    static const struct { const char *n; int b, s; } k[] = {
        { "SALT_SIZE", 16, 8 }, { "PERSON_SIZE", 16, 8 }, { "MAX_KEY_SIZE", 64, 32 }, { "MAX_DIGEST_SIZE", 64, 32 },
    };
    for (size_t i = 0; i < ARRAY_LEN(k); i++) {
        char buf[64];
        snprintf(buf, sizeof buf, "BLAKE2B_%s", k[i].n);
        if (dict_set_cstr(d, buf, MKSMALL(k[i].b)) < 0) return -1;
        snprintf(buf, sizeof buf, "BLAKE2S_%s", k[i].n);
        if (dict_set_cstr(d, buf, MKSMALL(k[i].s)) < 0) return -1;
        if (dict_set_cstr(T(blake2b)->dict, k[i].n, MKSMALL(k[i].b)) < 0 ||
            dict_set_cstr(T(blake2s)->dict, k[i].n, MKSMALL(k[i].s)) < 0) return -1;
    }
    type_modified(T(blake2b)); type_modified(T(blake2s));
    if (dict_set_cstr(d, "blake2b", OBJ_VAL(T(blake2b))) < 0 || dict_set_cstr(d, "blake2s", OBJ_VAL(T(blake2s))) < 0 ||
        dict_set_cstr(d, "_GIL_MINSIZE", MKSMALL(2048)) < 0) return -1;
    return 0;
}

const ModuleDef _blake2_module = { "_blake2", "_blake2b provides BLAKE2b for hashlib\n", NULL, blake2_exec };
