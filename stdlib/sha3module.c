/* kiln: the _sha3 module: SHA3-224/256/384/512 and SHAKE128/256 (FIPS 202)
 * over the Keccak-f[1600] permutation, the fallback hashlib uses. */
#include "core.h"
#include "hashutil.h"
#include <string.h>
#include <stdlib.h>

typedef struct Sha3 {
    Object hdr;
    uint64_t st[25];
    int32_t pos, rate, digest_size;   /* digest_size 0: a SHAKE */
    uint8_t suffix;
} Sha3;

#define SH(v) ((Sha3 *)(v))
#define ROL(x, n) (((x) << (n)) | ((x) >> (64 - (n))))

static const uint64_t RC[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};
static const uint8_t ROTC[24] = { 1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44 };
static const uint8_t PILN[24] = { 10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1 };

static const uint8_t M5[10] = { 0, 1, 2, 3, 4, 0, 1, 2, 3, 4 };   /* x mod 5 for x < 10 */

static void keccakf(uint64_t st[25])
{
    uint64_t bc[5];
    for (int r = 0; r < 24; r++) {
        for (int x = 0; x < 5; x++) bc[x] = st[x] ^ st[x + 5] ^ st[x + 10] ^ st[x + 15] ^ st[x + 20];
        for (int x = 0; x < 5; x++) {
            uint64_t t = bc[M5[x + 4]] ^ ROL(bc[M5[x + 1]], 1);
            st[x] ^= t; st[x + 5] ^= t; st[x + 10] ^= t; st[x + 15] ^= t; st[x + 20] ^= t;
        }
        uint64_t t = st[1];
        for (int i = 0; i < 24; i++) {
            int j = PILN[i];
            uint64_t b = st[j];
            st[j] = ROL(t, ROTC[i]);
            t = b;
        }
        for (int y = 0; y < 25; y += 5) {
            uint64_t a0 = st[y], a1 = st[y + 1], a2 = st[y + 2], a3 = st[y + 3], a4 = st[y + 4];
            st[y] = a0 ^ (~a1 & a2); st[y + 1] = a1 ^ (~a2 & a3); st[y + 2] = a2 ^ (~a3 & a4);
            st[y + 3] = a3 ^ (~a4 & a0); st[y + 4] = a4 ^ (~a0 & a1);
        }
        st[0] ^= RC[r];
    }
}

static void absorb(Sha3 *s, const uint8_t *p, size_t n)
{
    while (n > 0) {
        if (s->pos == 0 && n >= (size_t)s->rate) {      /* whole blocks, a lane at a time */
            for (int i = 0; i < s->rate / 8; i++) {
                uint64_t w;
                memcpy(&w, p + 8 * i, 8);              /* little-endian host */
                s->st[i] ^= w;
            }
            keccakf(s->st);
            p += s->rate; n -= (size_t)s->rate;
            continue;
        }
        s->st[s->pos >> 3] ^= (uint64_t)*p++ << (8 * (s->pos & 7));
        n--;
        if (++s->pos == s->rate) { keccakf(s->st); s->pos = 0; }
    }
}

static void squeeze(const Sha3 *s0, uint8_t *out, size_t n)
{
    Sha3 s = *s0;
    s.st[s.pos >> 3] ^= (uint64_t)s.suffix << (8 * (s.pos & 7));
    s.st[(s.rate - 1) >> 3] ^= (uint64_t)0x80 << (8 * ((s.rate - 1) & 7));
    keccakf(s.st);
    int pos = 0;
    for (size_t i = 0; i < n; i++) {
        if (pos == s.rate) { keccakf(s.st); pos = 0; }
        out[i] = (uint8_t)(s.st[pos >> 3] >> (8 * (pos & 7)));
        pos++;
    }
}

static int feed(Value self, Value data)
{
    const char *d; int64_t n;
    if (hash_data(data, &d, &n) < 0) return -1;
    absorb(SH(self), (const uint8_t *)d, (size_t)n);
    return 0;
}

/* bits of output for SHA3 types; 128/256 security for SHAKE */
static int type_bits(Type *t, bool *shake)
{
    *shake = false;
    if (t == T(sha3_224)) return 224;
    if (t == T(sha3_256)) return 256;
    if (t == T(sha3_384)) return 384;
    if (t == T(sha3_512)) return 512;
    *shake = true;
    return t == T(shake_128) ? 128 : 256;
}

static Value sha3_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", "usedforsecurity", NULL };
    Value a[2];
    bool shake;
    int bits = type_bits(t, &shake);
    if (args_parse(STR_DATA(t->name), args, nargs, kw, names, 0, a) < 0) return 0;
    Value self = OBJ_VAL(gc_alloc_noscan(t, sizeof(Sha3)));
    Sha3 *s = SH(self);
    s->rate = 200 - 2 * bits / 8;
    s->digest_size = shake ? 0 : bits / 8;
    s->suffix = shake ? 0x1f : 0x06;
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
    if (args_count("digest", nargs, 0, 0) < 0) return 0;
    uint8_t out[64];
    squeeze(SH(self), out, (size_t)SH(self)->digest_size);
    return bytes_new((const char *)out, (size_t)SH(self)->digest_size);
}

static Value s_hexdigest(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("hexdigest", nargs, 0, 0) < 0) return 0;
    uint8_t out[64];
    squeeze(SH(self), out, (size_t)SH(self)->digest_size);
    return hash_hex(out, (size_t)SH(self)->digest_size);
}

static int shake_len(const char *fname, const Value *args, size_t nargs, Value kw, size_t *n)
{
    static const char *const names[] = { "length", NULL };
    Value a[1];
    int64_t len;
    if (args_parse(fname, args, nargs, kw, names, 1, a) < 0 || obj_as_ssize(a[0], &len, E(OverflowError)) < 0) return -1;
    if (len < 0) { raise_ValueError("value must be positive"); return -1; }
    if (len >= (1LL << 29)) { raise_ValueError("length is too large"); return -1; }
    *n = (size_t)len;
    return 0;
}

static Value k_digest(Value self, const Value *args, size_t nargs, Value kw)
{
    size_t n;
    if (shake_len("digest", args, nargs, kw, &n) < 0) return 0;
    uint8_t *out = malloc(n + 1);
    if (!out) return raise_memory();
    squeeze(SH(self), out, n);
    Value r = bytes_new((const char *)out, n);
    free(out);
    return r;
}

static Value k_hexdigest(Value self, const Value *args, size_t nargs, Value kw)
{
    size_t n;
    if (shake_len("hexdigest", args, nargs, kw, &n) < 0) return 0;
    uint8_t *out = malloc(n + 1);
    if (!out) return raise_memory();
    squeeze(SH(self), out, n);
    Value r = hash_hex(out, n);
    free(out);
    return r;
}

static Value s_copy(Value self, const Value *args, size_t nargs, Value kw)
{
    return hash_copy(self, sizeof(Sha3));
}

static Value g_name(Value self)
{
    const char *n = STR_DATA(TYPE(self)->name);
    return str_from_cstr(n);
}
static Value g_digest_size(Value self) { return MKSMALL(SH(self)->digest_size); }
static Value g_block_size(Value self) { return MKSMALL(SH(self)->rate); }
static Value g_rate_bits(Value self) { return MKSMALL(SH(self)->rate * 8); }
static Value g_capacity_bits(Value self) { return MKSMALL(1600 - SH(self)->rate * 8); }
static Value g_suffix(Value self) { char c = (char)SH(self)->suffix; return bytes_new(&c, 1); }

static const MethodDef s_methods[] = {
    { "update", s_update, 0, "Update this hash object's state with the provided bytes-like object." },
    { "digest", s_digest, 0, "Return the digest value as a bytes object." },
    { "hexdigest", s_hexdigest, 0, "Return the digest value as a string of hexadecimal digits." },
    { "copy", s_copy, 0, "Return a copy of the hash object." }, { NULL, NULL, 0, NULL },
};
static const MethodDef k_methods[] = {
    { "update", s_update, 0, "Update this hash object's state with the provided bytes-like object." },
    { "digest", k_digest, 0, "Return the digest value as a bytes object." },
    { "hexdigest", k_hexdigest, 0, "Return the digest value as a string of hexadecimal digits." },
    { "copy", s_copy, 0, "Return a copy of the hash object." }, { NULL, NULL, 0, NULL },
};
static const GetSetDef s_getsets[] = {
    { "name", g_name, NULL, NULL }, { "digest_size", g_digest_size, NULL, NULL },
    { "block_size", g_block_size, NULL, NULL }, { "_rate_bits", g_rate_bits, NULL, NULL },
    { "_capacity_bits", g_capacity_bits, NULL, NULL }, { "_suffix", g_suffix, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

#define SHA3_SPEC(c, m) \
    const TypeSpec c##_spec = { .name = "_sha3." #c, .base = -1, .basicsize = sizeof(Sha3), \
        .trace = trace_leaf, .new_ = sha3_new, .methods = m, .getsets = s_getsets };
SHA3_SPEC(sha3_224, s_methods)
SHA3_SPEC(sha3_256, s_methods)
SHA3_SPEC(sha3_384, s_methods)
SHA3_SPEC(sha3_512, s_methods)
SHA3_SPEC(shake_128, k_methods)
SHA3_SPEC(shake_256, k_methods)

static int sha3_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    Type *ts[] = { T(sha3_224), T(sha3_256), T(sha3_384), T(sha3_512), T(shake_128), T(shake_256) };
    for (size_t i = 0; i < ARRAY_LEN(ts); i++)
        if (dict_set(d, ts[i]->name, OBJ_VAL(ts[i])) < 0) return -1;
    if (dict_set_cstr(d, "keccakopt", MKSMALL(64)) < 0 ||
        dict_set_cstr(d, "implementation", str_from_cstr("kiln")) < 0) return -1;
    return 0;
}

const ModuleDef _sha3_module = { "_sha3", NULL, NULL, sha3_exec };
