/* kiln: the _sha256 module (SHA-224 and SHA-256 hash objects), the fallback hashlib uses without OpenSSL. */
#include "core.h"
#include "hashutil.h"
#include <string.h>

typedef struct HashObj {
    Object hdr;
    uint32_t h[8];
    uint64_t len;          /* bytes hashed so far */
    int32_t buflen, digest_size;
    uint8_t buf[64];
} HashObj;

#define HO(v) ((HashObj *)(v))
#define ROL(x, n) (((x) << (n)) | ((x) >> (32 - (n))))
#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static const uint32_t IV256[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
static const uint32_t IV224[8] = {
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 };
static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void compress(uint32_t h[8], const uint8_t *p)
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = hh + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
        uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void h_update(HashObj *s, const uint8_t *p, size_t n)
{
    s->len += n;
    if (s->buflen) {
        size_t k = 64 - (size_t)s->buflen;
        if (k > n) k = n;
        memcpy(s->buf + s->buflen, p, k);
        s->buflen += (int32_t)k; p += k; n -= k;
        if (s->buflen < 64) return;
        compress(s->h, s->buf);
        s->buflen = 0;
    }
    for (; n >= 64; p += 64, n -= 64) compress(s->h, p);
    memcpy(s->buf, p, n);
    s->buflen = (int32_t)n;
}

static void h_final(const HashObj *s0, uint8_t out[32])
{
    HashObj s = *s0;
    uint64_t bits = s.len * 8;
    uint8_t pad[72] = { 0x80 };
    size_t padn = (s.buflen < 56 ? 56 : 120) - (size_t)s.buflen;
    uint8_t lenb[8];
    for (int i = 0; i < 8; i++) lenb[7 - i] = (uint8_t)(bits >> (8 * i));
    h_update(&s, pad, padn);
    h_update(&s, lenb, 8);
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 4; j++) out[i * 4 + j] = (uint8_t)(s.h[i] >> (24 - 8 * j));
}

static int feed(Value self, Value data)
{
    const char *d; int64_t n;
    if (hash_data(data, &d, &n) < 0) return -1;
    h_update(HO(self), (const uint8_t *)d, (size_t)n);
    return 0;
}

static Value h_new(Type *t, const uint32_t *iv, int digest_size, const char *fname, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "string", "usedforsecurity", NULL };
    Value a[2];
    if (args_parse(fname, args, nargs, kw, names, 0, a) < 0) return 0;
    Value self = OBJ_VAL(gc_alloc_noscan(t, sizeof(HashObj)));
    memcpy(HO(self)->h, iv, sizeof HO(self)->h);
    HO(self)->digest_size = digest_size;
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
    uint8_t out[32];
    h_final(HO(self), out);
    return bytes_new((const char *)out, (size_t)HO(self)->digest_size);
}

static Value s_hexdigest(Value self, const Value *args, size_t nargs, Value kw)
{
    uint8_t out[32];
    h_final(HO(self), out);
    return hash_hex(out, (size_t)HO(self)->digest_size);
}

static Value s_copy(Value self, const Value *args, size_t nargs, Value kw)
{
    return hash_copy(self, sizeof(HashObj));
}

static Value g_name(Value self) { return str_from_cstr(HO(self)->digest_size == 32 ? "sha256" : "sha224"); }
static Value g_digest_size(Value self) { return MKSMALL(HO(self)->digest_size); }
static Value g_block_size(Value self) { return MKSMALL(64); }

static const MethodDef s_methods[] = {
    { "update", s_update, 0, "Update this hash object's state with the provided string." },
    { "digest", s_digest, 0, "Return the digest value as a bytes object." },
    { "hexdigest", s_hexdigest, 0, "Return the digest value as a string of hexadecimal digits." },
    { "copy", s_copy, 0, "Return a copy of the hash object." }, { NULL, NULL, 0, NULL },
};
static const GetSetDef s_getsets[] = {
    { "name", g_name, NULL, NULL }, { "digest_size", g_digest_size, NULL, NULL },
    { "block_size", g_block_size, NULL, NULL }, { NULL, NULL, NULL, NULL },
};
static Value m_sha256(Value self, const Value *args, size_t nargs, Value kw) { return h_new(T(sha256), IV256, 32, "sha256", args, nargs, kw); }
static Value m_sha224(Value self, const Value *args, size_t nargs, Value kw) { return h_new(T(sha224), IV224, 28, "sha224", args, nargs, kw); }

const TypeSpec sha256_spec = {
    .name = "_sha256.sha256", .base = -1, .basicsize = sizeof(HashObj), .trace = trace_leaf,
    .methods = s_methods, .getsets = s_getsets,
};
const TypeSpec sha224_spec = {
    .name = "_sha256.sha224", .base = -1, .basicsize = sizeof(HashObj), .trace = trace_leaf,
    .methods = s_methods, .getsets = s_getsets,
};

static const MethodDef module_methods[] = {
    { "sha256", m_sha256, 0, "Return a new SHA-256 hash object; optionally initialized with a string." },
    { "sha224", m_sha224, 0, "Return a new SHA-224 hash object; optionally initialized with a string." },
    { NULL, NULL, 0, NULL },
};

const ModuleDef _sha256_module = { "_sha256", NULL, module_methods, NULL };

