/* kiln: the _sha1 module (SHA-1 hash objects), the fallback hashlib uses without OpenSSL. */
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

static const uint32_t IV[8] = { 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0 };

static void compress(uint32_t h[8], const uint8_t *p)
{
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 80; i++) w[i] = ROL(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
        else if (i < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
        else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
        else { f = b ^ c ^ d; k = 0xCA62C1D6; }
        uint32_t t = ROL(a, 5) + f + e + k + w[i];
        e = d; d = c; c = ROL(b, 30); b = a; a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
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

static Value g_name(Value self) { return str_from_cstr("sha1"); }
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
static Value m_sha1(Value self, const Value *args, size_t nargs, Value kw) { return h_new(T(sha1), IV, 20, "sha1", args, nargs, kw); }

const TypeSpec sha1_spec = {
    .name = "_sha1.sha1", .base = -1, .basicsize = sizeof(HashObj), .trace = trace_leaf,
    .methods = s_methods, .getsets = s_getsets,
};

static const MethodDef module_methods[] = {
    { "sha1", m_sha1, 0, "Return a new SHA1 hash object; optionally initialized with a string." }, { NULL, NULL, 0, NULL },
};

const ModuleDef _sha1_module = { "_sha1", NULL, module_methods, NULL };

