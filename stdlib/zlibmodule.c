/* kiln: the zlib module over the system zlib, with CPython 3.11's API and
 * messages: compress/decompress, Compress/Decompress objects, crc32, adler32. */
#include "core.h"
#include <string.h>
#include <stdlib.h>
#include <zlib.h>

#define DEF_BUF_SIZE (16 * 1024)
#define DEF_MEM_LEVEL 8

typedef struct ZObj {
    Object hdr;
    Value unused_data, unconsumed_tail, zdict;   /* bytes, bytes, bytes-like or 0 */
    bool eof, is_init, is_deflate;
    z_stream zs;
} ZObj;

#define ZO(v) ((ZObj *)(v))

static void zobj_trace(Object *o, Visitor visit, void *ctx)
{
    ZObj *z = (ZObj *)o;
    visit(z->unused_data, ctx); visit(z->unconsumed_tail, ctx); visit(z->zdict, ctx);
}

static void zobj_finalize(Object *o)
{
    ZObj *z = (ZObj *)o;
    if (z->is_init) {
        if (z->is_deflate) deflateEnd(&z->zs); else inflateEnd(&z->zs);
        z->is_init = false;
    }
}

static Value zlib_error_type(void)
{
    Value mod = dict_get_cstr(R->modules, "zlib");
    Value err = mod ? dict_get_cstr(AS(Module, mod)->dict, "error") : 0;
    return err ? err : OBJ_VAL(E(Exception));
}

static Value zlib_error(const z_stream *zs, int err, const char *msg)
{
    const char *zmsg = err == Z_VERSION_ERROR ? "library version mismatch" : zs->msg;
    if (!zmsg) {
        switch (err) {
        case Z_BUF_ERROR: zmsg = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: zmsg = "inconsistent stream state"; break;
        case Z_DATA_ERROR: zmsg = "invalid input data"; break;
        }
    }
    Value s = zmsg ? str_fmt("Error %d %s: %.200s", err, msg, zmsg) : str_fmt("Error %d %s", err, msg);
    if (!s) return 0;
    Value e = obj_call1(zlib_error_type(), s);
    return e ? raise_value(e) : 0;
}

static int get_buf(Value v, const char **d, int64_t *n)
{
    if (!bytes_like(v, d, n)) { raise_TypeError("a bytes-like object is required, not '%T'", v); return -1; }
    return 0;
}

static int get_int(Value v, int64_t *out)
{
    if (IS_FLOAT(v)) { raise_TypeError("'float' object cannot be interpreted as an integer"); return -1; }
    return obj_as_ssize(v, out, E(OverflowError));
}

static int get_cint(Value v, int *out, int dflt)
{
    if (!v) { *out = dflt; return 0; }
    int64_t x;
    if (get_int(v, &x) < 0) return -1;
    if (x > INT32_MAX) { raise_OverflowError("signed integer is greater than maximum"); return -1; }
    if (x < INT32_MIN) { raise_OverflowError("signed integer is less than minimum"); return -1; }
    *out = (int)x;
    return 0;
}

/* A growable output buffer (malloc'd: holds no Values). */
typedef struct OutBuf { unsigned char *p; size_t len, cap; } OutBuf;

static int ob_reserve(OutBuf *b, size_t want)
{
    if (b->cap - b->len >= want) return 0;
    size_t nc = b->cap ? b->cap * 2 : 1024;
    while (nc - b->len < want) nc *= 2;
    unsigned char *np = realloc(b->p, nc);
    if (!np) { raise_memory(); return -1; }
    b->p = np; b->cap = nc;
    return 0;
}

static Value ob_finish(OutBuf *b)
{
    Value r = bytes_new((const char *)b->p, b->len);
    free(b->p);
    return r;
}

/* Set the output window of zs to the free part of b (at most limit bytes; limit 0: none). */
static int ob_window(OutBuf *b, z_stream *zs, size_t chunk)
{
    if (ob_reserve(b, chunk) < 0) return -1;
    size_t avail = b->cap - b->len;
    if (avail > UINT32_MAX) avail = UINT32_MAX;
    zs->next_out = b->p + b->len;
    zs->avail_out = (uInt)avail;
    return 0;
}

static void feed_in(z_stream *zs, const unsigned char **in, size_t *left)
{
    size_t n = *left > UINT32_MAX ? UINT32_MAX : *left;
    zs->next_in = (Bytef *)*in;
    zs->avail_in = (uInt)n;
    *in += n; *left -= n;
}

/* -- module functions ------------------------------------------------------ */

static Value m_compress(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", "level", "wbits", NULL };
    Value a[3];
    if (args_parse("compress", args, nargs, kw, names, 1, a) < 0) return 0;
    const char *d; int64_t n; int level, wbits;
    if (get_buf(a[0], &d, &n) < 0 || get_cint(a[1], &level, Z_DEFAULT_COMPRESSION) < 0 ||
        get_cint(a[2], &wbits, MAX_WBITS) < 0) return 0;
    z_stream zs; memset(&zs, 0, sizeof zs);
    int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
    if (err == Z_MEM_ERROR) return raise_fmt(E(MemoryError), "Out of memory while compressing data");
    if (err == Z_STREAM_ERROR) {
        Value e = obj_call1(zlib_error_type(), str_from_cstr("Bad compression level"));
        return e ? raise_value(e) : 0;
    }
    if (err != Z_OK) { deflateEnd(&zs); return zlib_error(&zs, err, "while compressing data"); }
    OutBuf b = { 0 };
    const unsigned char *in = (const unsigned char *)d; size_t left = (size_t)n;
    do {
        feed_in(&zs, &in, &left);
        int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (ob_window(&b, &zs, DEF_BUF_SIZE) < 0) { deflateEnd(&zs); free(b.p); return 0; }
            unsigned char *start = zs.next_out;
            err = deflate(&zs, flush);
            b.len += (size_t)(zs.next_out - start);
            if (err == Z_STREAM_ERROR) { deflateEnd(&zs); free(b.p); return zlib_error(&zs, err, "while compressing data"); }
        } while (zs.avail_out == 0);
    } while (left > 0);
    err = deflateEnd(&zs);
    if (err != Z_OK) { free(b.p); return zlib_error(&zs, err, "while finishing compression"); }
    return ob_finish(&b);
}

static Value m_decompress(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", "wbits", "bufsize", NULL };
    Value a[3];
    if (args_parse("decompress", args, nargs, kw, names, 1, a) < 0) return 0;
    const char *d; int64_t n, bufsize = DEF_BUF_SIZE; int wbits;
    if (get_buf(a[0], &d, &n) < 0 || get_cint(a[1], &wbits, MAX_WBITS) < 0) return 0;
    if (a[2] && get_int(a[2], &bufsize) < 0) return 0;
    if (bufsize < 0) return raise_ValueError("bufsize must be non-negative");
    if (bufsize == 0) bufsize = 1;
    z_stream zs; memset(&zs, 0, sizeof zs);
    int err = inflateInit2(&zs, wbits);
    if (err == Z_MEM_ERROR) return raise_fmt(E(MemoryError), "Out of memory while decompressing data");
    if (err != Z_OK) { inflateEnd(&zs); return zlib_error(&zs, err, "while preparing to decompress data"); }
    OutBuf b = { 0 };
    const unsigned char *in = (const unsigned char *)d; size_t left = (size_t)n;
    size_t chunk = (size_t)bufsize;
    do {
        feed_in(&zs, &in, &left);
        do {
            if (ob_window(&b, &zs, chunk) < 0) { inflateEnd(&zs); free(b.p); return 0; }
            unsigned char *start = zs.next_out;
            err = inflate(&zs, Z_NO_FLUSH);
            b.len += (size_t)(zs.next_out - start);
            switch (err) {
            case Z_OK: case Z_BUF_ERROR: case Z_STREAM_END: break;
            case Z_MEM_ERROR: inflateEnd(&zs); free(b.p); return raise_fmt(E(MemoryError), "Out of memory while decompressing data");
            default: inflateEnd(&zs); free(b.p); return zlib_error(&zs, err, "while decompressing data");
            }
        } while (zs.avail_out == 0);
    } while (err != Z_STREAM_END && left > 0);
    if (err != Z_STREAM_END) { inflateEnd(&zs); free(b.p); return zlib_error(&zs, Z_BUF_ERROR, "while decompressing data"); }
    err = inflateEnd(&zs);
    if (err != Z_OK) { free(b.p); return zlib_error(&zs, err, "while finishing decompression"); }
    return ob_finish(&b);
}

static Value zobj_new(Type *t, bool deflate)
{
    Value o = OBJ_VAL(gc_alloc(t, sizeof(ZObj)));
    ZObj *z = ZO(o);
    z->is_deflate = deflate;
    STORE(z, unused_data, R->empty_bytes);
    STORE(z, unconsumed_tail, R->empty_bytes);
    return o;
}

static Value m_compressobj(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "level", "method", "wbits", "memLevel", "strategy", "zdict", NULL };
    Value a[6];
    if (args_parse("compressobj", args, nargs, kw, names, 0, a) < 0) return 0;
    int level, method, wbits, memlevel, strategy;
    if (get_cint(a[0], &level, Z_DEFAULT_COMPRESSION) < 0 || get_cint(a[1], &method, Z_DEFLATED) < 0 ||
        get_cint(a[2], &wbits, MAX_WBITS) < 0 || get_cint(a[3], &memlevel, DEF_MEM_LEVEL) < 0 ||
        get_cint(a[4], &strategy, Z_DEFAULT_STRATEGY) < 0) return 0;
    const char *zd = NULL; int64_t zn = 0;
    if (a[5] && a[5] != NONE && !bytes_like(a[5], &zd, &zn))
        return raise_TypeError("zdict argument must support the buffer protocol");
    Value o = zobj_new(T(zlib_compress), true);
    ZObj *z = ZO(o);
    int err = deflateInit2(&z->zs, level, method, wbits, memlevel, strategy);
    switch (err) {
    case Z_OK:
        z->is_init = true;
        if (zd) {
            err = deflateSetDictionary(&z->zs, (const Bytef *)zd, (uInt)zn);
            if (err != Z_OK) return raise_ValueError("Invalid dictionary");
        }
        return o;
    case Z_MEM_ERROR: return raise_fmt(E(MemoryError), "Can't allocate memory for compression object");
    case Z_STREAM_ERROR: return raise_ValueError("Invalid initialization option");
    default: return zlib_error(&z->zs, err, "while creating compression object");
    }
}

static int set_inflate_dict(ZObj *z)
{
    const char *zd; int64_t zn;
    if (!bytes_like(z->zdict, &zd, &zn)) { raise_TypeError("a bytes-like object is required, not '%T'", z->zdict); return -1; }
    int err = inflateSetDictionary(&z->zs, (const Bytef *)zd, (uInt)zn);
    if (err != Z_OK) { zlib_error(&z->zs, err, "while setting zdict"); return -1; }
    return 0;
}

static Value m_decompressobj(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "wbits", "zdict", NULL };
    Value a[2];
    if (args_parse("decompressobj", args, nargs, kw, names, 0, a) < 0) return 0;
    int wbits;
    if (get_cint(a[0], &wbits, MAX_WBITS) < 0) return 0;
    const char *zd; int64_t zn;
    if (a[1] && !bytes_like(a[1], &zd, &zn))
        return raise_TypeError("zdict argument must support the buffer protocol");
    Value o = zobj_new(T(zlib_decompress), false);
    ZObj *z = ZO(o);
    if (a[1]) STORE(z, zdict, a[1]);
    int err = inflateInit2(&z->zs, wbits);
    switch (err) {
    case Z_OK:
        z->is_init = true;
        if (z->zdict && wbits < 0 && set_inflate_dict(z) < 0) return 0;
        return o;
    case Z_STREAM_ERROR: return raise_ValueError("Invalid initialization option");
    case Z_MEM_ERROR: return raise_fmt(E(MemoryError), "Can't allocate memory for decompression object");
    default: return zlib_error(&z->zs, err, "while creating decompression object");
    }
}

static Value checksum(const char *fname, const Value *args, size_t nargs, Value kw, bool crc)
{
    if (args_no_kw(fname, kw) < 0 || args_count(fname, nargs, 1, 2) < 0) return 0;
    const char *d; int64_t n;
    if (get_buf(args[0], &d, &n) < 0) return 0;
    uint64_t v = crc ? 0 : 1;
    if (nargs > 1) {
        Value x = obj_index(args[1]);
        if (!x) return 0;
        x = obj_binop(x, int_from_u64(0xffffffffu), BINOP_AND);
        int64_t i;
        if (!x || int_as_i64(x, &i) < 0) return 0;
        v = (uint64_t)i;
    }
    const unsigned char *p = (const unsigned char *)d;
    while (n > 0) {
        uInt k = n > (1 << 30) ? (1u << 30) : (uInt)n;
        v = crc ? crc32((uLong)v, p, k) : adler32((uLong)v, p, k);
        p += k; n -= k;
    }
    return int_from_u64(v & 0xffffffffu);
}

static Value m_crc32(Value self, const Value *args, size_t nargs, Value kw) { return checksum("crc32", args, nargs, kw, true); }
static Value m_adler32(Value self, const Value *args, size_t nargs, Value kw) { return checksum("adler32", args, nargs, kw, false); }

/* -- Compress objects -------------------------------------------------------- */

static Value c_compress(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("compress", kw) < 0 || args_count("compress", nargs, 1, 1) < 0) return 0;
    const char *d; int64_t n;
    if (get_buf(args[0], &d, &n) < 0) return 0;
    ZObj *z = ZO(self);
    OutBuf b = { 0 };
    const unsigned char *in = (const unsigned char *)d; size_t left = (size_t)n;
    int err;
    do {
        feed_in(&z->zs, &in, &left);
        do {
            if (ob_window(&b, &z->zs, DEF_BUF_SIZE) < 0) { free(b.p); return 0; }
            unsigned char *start = z->zs.next_out;
            err = deflate(&z->zs, Z_NO_FLUSH);
            b.len += (size_t)(z->zs.next_out - start);
            if (err == Z_STREAM_ERROR) { free(b.p); return zlib_error(&z->zs, err, "while compressing data"); }
        } while (z->zs.avail_out == 0);
    } while (left > 0);
    return ob_finish(&b);
}

static Value c_flush(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("flush", kw) < 0 || args_count("flush", nargs, 0, 1) < 0) return 0;
    int mode = Z_FINISH;
    if (nargs > 0 && get_cint(args[0], &mode, Z_FINISH) < 0) return 0;
    if (mode == Z_NO_FLUSH) return R->empty_bytes;
    ZObj *z = ZO(self);
    OutBuf b = { 0 };
    int err;
    z->zs.avail_in = 0;
    do {
        if (ob_window(&b, &z->zs, DEF_BUF_SIZE) < 0) { free(b.p); return 0; }
        unsigned char *start = z->zs.next_out;
        err = deflate(&z->zs, mode);
        b.len += (size_t)(z->zs.next_out - start);
        if (err == Z_STREAM_ERROR) { free(b.p); return zlib_error(&z->zs, err, "while flushing"); }
    } while (z->zs.avail_out == 0);
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        err = deflateEnd(&z->zs);
        z->is_init = false;
        if (err != Z_OK) { free(b.p); return zlib_error(&z->zs, err, "while finishing compression"); }
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        free(b.p);
        return zlib_error(&z->zs, err, "while flushing");
    }
    return ob_finish(&b);
}

static Value c_copy(Value self, const Value *args, size_t nargs, Value kw)
{
    ZObj *z = ZO(self);
    if (!z->is_init) return raise_ValueError("Inconsistent stream state");
    Value o = zobj_new(T(zlib_compress), true);
    int err = deflateCopy(&ZO(o)->zs, &z->zs);
    if (err == Z_STREAM_ERROR) return raise_ValueError("Inconsistent stream state");
    if (err == Z_MEM_ERROR) return raise_fmt(E(MemoryError), "Can't allocate memory for compression object");
    if (err != Z_OK) return zlib_error(&z->zs, err, "while copying compression object");
    ZO(o)->is_init = true;
    STORE(ZO(o), zdict, z->zdict);
    return o;
}

static Value c_deepcopy(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__deepcopy__", nargs, 1, 1) < 0) return 0;
    return TYPE(self) == T(zlib_compress) ? c_copy(self, NULL, 0, 0) : 0;
}

/* -- Decompress objects ------------------------------------------------------ */

static int save_unconsumed(ZObj *z, int err)
{
    if (err == Z_STREAM_END && z->zs.avail_in > 0) {
        const char *ud; int64_t un;
        bytes_like(z->unused_data, &ud, &un);
        size_t k = z->zs.avail_in;
        char *tmp = malloc((size_t)un + k + 1);
        if (!tmp) { raise_memory(); return -1; }
        memcpy(tmp, ud, (size_t)un);
        memcpy(tmp + un, z->zs.next_in, k);
        Value nb = bytes_new(tmp, (size_t)un + k);
        free(tmp);
        if (!nb) return -1;
        STORE(z, unused_data, nb);
        z->zs.avail_in = 0;
    }
    if (z->zs.avail_in > 0 || BYTES_SIZE(z->unconsumed_tail) > 0) {
        Value nb = bytes_new((const char *)z->zs.next_in, z->zs.avail_in);
        if (!nb) return -1;
        STORE(z, unconsumed_tail, nb);
    }
    return 0;
}

static Value d_decompress(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", "max_length", NULL };
    Value a[2];
    if (args_parse("decompress", args, nargs, kw, names, 1, a) < 0) return 0;
    const char *d; int64_t n, max_length = 0;
    if (get_buf(a[0], &d, &n) < 0) return 0;
    if (a[1] && get_int(a[1], &max_length) < 0) return 0;
    if (max_length < 0) return raise_ValueError("max_length must be non-negative");
    size_t hard = max_length == 0 ? SIZE_MAX : (size_t)max_length;
    ZObj *z = ZO(self);
    OutBuf b = { 0 };
    const unsigned char *in = (const unsigned char *)d; size_t left = (size_t)n;
    int err = Z_OK;
    do {
        feed_in(&z->zs, &in, &left);
        do {
            if (b.len >= hard) goto save;
            size_t chunk = DEF_BUF_SIZE;
            if (ob_window(&b, &z->zs, chunk) < 0) { free(b.p); return 0; }
            if (z->zs.avail_out > hard - b.len) z->zs.avail_out = (uInt)(hard - b.len);
            unsigned char *start = z->zs.next_out;
            err = inflate(&z->zs, Z_SYNC_FLUSH);
            b.len += (size_t)(z->zs.next_out - start);
            switch (err) {
            case Z_OK: case Z_BUF_ERROR: case Z_STREAM_END: break;
            case Z_NEED_DICT:
                if (z->zdict) {
                    if (set_inflate_dict(z) < 0) { free(b.p); return 0; }
                    continue;   /* err stays Z_NEED_DICT: inflate again */
                }
                /* fallthrough */
            default:
                free(b.p);
                if (save_unconsumed(z, err) < 0) return 0;
                return zlib_error(&z->zs, err, "while decompressing data");
            }
        } while (z->zs.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && left > 0);
save:
    /* put back input that was never handed to zlib */
    if (left > 0) z->zs.avail_in += (uInt)left;   /* contiguous with next_in */
    if (save_unconsumed(z, err) < 0) { free(b.p); return 0; }
    if (err == Z_STREAM_END) z->eof = true;
    else if (err != Z_OK && err != Z_BUF_ERROR) { free(b.p); return zlib_error(&z->zs, err, "while decompressing data"); }
    return ob_finish(&b);
}

static Value d_flush(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("flush", kw) < 0 || args_count("flush", nargs, 0, 1) < 0) return 0;
    int64_t length = DEF_BUF_SIZE;
    if (nargs > 0 && get_int(args[0], &length) < 0) return 0;
    if (length <= 0) return raise_ValueError("length must be greater than zero");
    ZObj *z = ZO(self);
    Value tail = z->unconsumed_tail;
    OutBuf b = { 0 };
    const unsigned char *in = (const unsigned char *)BYTES_DATA(tail); size_t left = (size_t)BYTES_SIZE(tail);
    int err = Z_OK;
    do {
        feed_in(&z->zs, &in, &left);
        int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (ob_window(&b, &z->zs, (size_t)length) < 0) { free(b.p); return 0; }
            unsigned char *start = z->zs.next_out;
            err = inflate(&z->zs, flush);
            b.len += (size_t)(z->zs.next_out - start);
            switch (err) {
            case Z_OK: case Z_BUF_ERROR: case Z_STREAM_END: break;
            case Z_NEED_DICT:
                if (z->zdict) {
                    if (set_inflate_dict(z) < 0) { free(b.p); return 0; }
                    continue;   /* err stays Z_NEED_DICT: inflate again */
                }
                /* fallthrough */
            default:
                goto done;
            }
        } while (z->zs.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && left > 0);
done:
    if (left > 0) z->zs.avail_in += (uInt)left;
    if (save_unconsumed(z, err) < 0) { free(b.p); return 0; }
    if (err == Z_STREAM_END) {
        z->eof = true;
        if (z->is_init) { inflateEnd(&z->zs); z->is_init = false; }
    }
    return ob_finish(&b);
}

static Value d_copy(Value self, const Value *args, size_t nargs, Value kw)
{
    ZObj *z = ZO(self);
    if (!z->is_init) return raise_ValueError("Inconsistent stream state");
    Value o = zobj_new(T(zlib_decompress), false);
    int err = inflateCopy(&ZO(o)->zs, &z->zs);
    if (err == Z_STREAM_ERROR) return raise_ValueError("Inconsistent stream state");
    if (err == Z_MEM_ERROR) return raise_fmt(E(MemoryError), "Can't allocate memory for decompression object");
    if (err != Z_OK) return zlib_error(&z->zs, err, "while copying decompression object");
    ZObj *c = ZO(o);
    c->is_init = true; c->eof = z->eof;
    STORE(c, unused_data, z->unused_data);
    STORE(c, unconsumed_tail, z->unconsumed_tail);
    STORE(c, zdict, z->zdict);
    return o;
}

static Value d_deepcopy(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__deepcopy__", nargs, 1, 1) < 0) return 0;
    return d_copy(self, NULL, 0, 0);
}

static Value g_unused_data(Value self) { return ZO(self)->unused_data; }
static Value g_unconsumed_tail(Value self) { return ZO(self)->unconsumed_tail; }
static Value g_eof(Value self) { return BOOL_V(ZO(self)->eof); }

static const MethodDef c_methods[] = {
    { "compress", c_compress, 0, NULL }, { "flush", c_flush, 0, NULL },
    { "copy", c_copy, 0, NULL }, { "__copy__", c_copy, 0, NULL }, { "__deepcopy__", c_deepcopy, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const MethodDef d_methods[] = {
    { "decompress", d_decompress, 0, NULL }, { "flush", d_flush, 0, NULL },
    { "copy", d_copy, 0, NULL }, { "__copy__", d_copy, 0, NULL }, { "__deepcopy__", d_deepcopy, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef d_getsets[] = {
    { "unused_data", g_unused_data, NULL, NULL }, { "unconsumed_tail", g_unconsumed_tail, NULL, NULL },
    { "eof", g_eof, NULL, NULL }, { NULL, NULL, NULL, NULL },
};

const TypeSpec zlib_compress_spec = {
    .name = "zlib.Compress", .base = -1, .basicsize = sizeof(ZObj), .trace = zobj_trace,
    .finalize = zobj_finalize, .methods = c_methods,
};
const TypeSpec zlib_decompress_spec = {
    .name = "zlib.Decompress", .base = -1, .basicsize = sizeof(ZObj), .trace = zobj_trace,
    .finalize = zobj_finalize, .methods = d_methods, .getsets = d_getsets,
};

static const MethodDef zlib_methods[] = {
    { "compress", m_compress, 0, "Returns a bytes object containing compressed data." },
    { "decompress", m_decompress, 0, "Returns a bytes object containing the uncompressed data." },
    { "compressobj", m_compressobj, 0, "Return a compressor object." },
    { "decompressobj", m_decompressobj, 0, "Return a decompressor object." },
    { "crc32", m_crc32, 0, "Compute a CRC-32 checksum of data." },
    { "adler32", m_adler32, 0, "Compute an Adler-32 checksum of data." },
    { NULL, NULL, 0, NULL },
};

static int zlib_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    Value ns = dict_new();
    if (!ns || dict_set(ns, S(__module__), str_from_cstr("zlib")) < 0) return -1;
    Value err = type_new_class(OBJ_VAL(T(type)), str_from_cstr("error"), tuple_pack(1, OBJ_VAL(E(Exception))), ns, 0);
    if (!err || dict_set_cstr(d, "error", err) < 0) return -1;
    static const struct { const char *n; int v; } k[] = {
        { "MAX_WBITS", MAX_WBITS }, { "DEFLATED", Z_DEFLATED }, { "DEF_MEM_LEVEL", DEF_MEM_LEVEL },
        { "DEF_BUF_SIZE", DEF_BUF_SIZE }, { "Z_NO_COMPRESSION", Z_NO_COMPRESSION },
        { "Z_BEST_SPEED", Z_BEST_SPEED }, { "Z_BEST_COMPRESSION", Z_BEST_COMPRESSION },
        { "Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION }, { "Z_FILTERED", Z_FILTERED },
        { "Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY }, { "Z_RLE", Z_RLE }, { "Z_FIXED", Z_FIXED },
        { "Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY }, { "Z_NO_FLUSH", Z_NO_FLUSH },
        { "Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH }, { "Z_SYNC_FLUSH", Z_SYNC_FLUSH },
        { "Z_FULL_FLUSH", Z_FULL_FLUSH }, { "Z_FINISH", Z_FINISH }, { "Z_BLOCK", Z_BLOCK },
        { "Z_TREES", Z_TREES },
    };
    for (size_t i = 0; i < ARRAY_LEN(k); i++)
        if (dict_set_cstr(d, k[i].n, MKSMALL(k[i].v)) < 0) return -1;
    if (dict_set_cstr(d, "ZLIB_VERSION", str_from_cstr(ZLIB_VERSION)) < 0 ||
        dict_set_cstr(d, "ZLIB_RUNTIME_VERSION", str_from_cstr(zlibVersion())) < 0 ||
        dict_set_cstr(d, "__version__", str_from_cstr("1.0")) < 0) return -1;
    return 0;
}

const ModuleDef zlib_module = {
    "zlib",
    "The functions in this module allow compression and decompression using the\n"
    "zlib library, which is based on GNU zip.",
    zlib_methods, zlib_exec,
};
