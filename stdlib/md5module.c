/* kiln: the _md5 module (MD5 hash objects), the fallback hashlib uses without OpenSSL. */
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

static const uint32_t IV[8] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };
static const uint32_t KT[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const uint8_t RS[16] = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };

static void compress(uint32_t h[8], const uint8_t *p)
{
    uint32_t m[16];
    for (int i = 0; i < 16; i++)
        m[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f; int g;
        switch (i >> 4) {
        case 0: f = (b & c) | (~b & d); g = i; break;
        case 1: f = (d & b) | (~d & c); g = (5 * i + 1) & 15; break;
        case 2: f = b ^ c ^ d; g = (3 * i + 5) & 15; break;
        default: f = c ^ (b | ~d); g = (7 * i) & 15; break;
        }
        uint32_t t = d;
        d = c; c = b;
        b = b + ROL(a + f + KT[i] + m[g], RS[(i >> 4) * 4 + (i & 3)]);
        a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
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
    for (int i = 0; i < 8; i++) lenb[i] = (uint8_t)(bits >> (8 * i));
    h_update(&s, pad, padn);
    h_update(&s, lenb, 8);
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 4; j++) out[i * 4 + j] = (uint8_t)(s.h[i] >> (8 * j));
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

static Value g_name(Value self) { return str_from_cstr("md5"); }
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
static Value m_md5(Value self, const Value *args, size_t nargs, Value kw) { return h_new(T(md5), IV, 16, "md5", args, nargs, kw); }

const TypeSpec md5_spec = {
    .name = "_md5.md5", .base = -1, .basicsize = sizeof(HashObj), .trace = trace_leaf,
    .methods = s_methods, .getsets = s_getsets,
};

static const MethodDef module_methods[] = {
    { "md5", m_md5, 0, "Return a new MD5 hash object; optionally initialized with a string." }, { NULL, NULL, 0, NULL },
};

const ModuleDef _md5_module = { "_md5", NULL, module_methods, NULL };

