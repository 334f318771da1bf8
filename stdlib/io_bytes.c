/* kiln: _io.BytesIO, CPython 3.11's in-memory binary stream.
 *
 * The contents are data[0:size] where data is the owned buffer `buf` (a
 * RawBytes, capacity >= size) or, while buf is NULL, the bytes object
 * `shared`.  `shared` is an exact bytes object equal to the contents, kept
 * until the next change: the initial value (taken without a copy) or the last
 * getvalue(), so getvalue() twice and read() of everything hand out the same
 * object, as CPython's copy-on-write buffer does.  getbuffer() exports the
 * owned buffer through a _BytesIOBuffer; while views live (exports > 0) every
 * resize is refused with BufferError and getvalue() copies. */
#include "core.h"
#include "iomodule.h"

#include <string.h>

typedef struct BytesIO {
    Instance inst;
    RawBytes *buf;       /* owned storage, or NULL while the contents are `shared`'s */
    Value shared;        /* exact bytes equal to the contents, or 0 */
    int64_t pos, size, exports;
    bool closed;
} BytesIO;

typedef struct BytesIOBuf { Object hdr; Value owner; } BytesIOBuf;

#define BIO(v) ((BytesIO *)AS_OBJ(v))
#define FN(name) static Value name(Value self, const Value *args, size_t nargs, Value kw)
#define EXPORTS_MSG "Existing exports of data: object cannot be re-sized"

static void bio_trace(Object *o, Visitor visit, void *ctx)
{
    BytesIO *b = (BytesIO *)o;
    io_trace_instance(o, visit, ctx);
    visit(OBJ_VAL(b->buf), ctx);
    visit(b->shared, ctx);
}

static const char *bio_data(BytesIO *b)
{
    return b->buf ? b->buf->data : b->shared ? BYTES_DATA(b->shared) : "";
}

static int check_closed(BytesIO *b)
{
    if (b->closed) { io_closed_error(); return -1; }
    return 0;
}

static int check_exports(BytesIO *b)
{
    return buffer_resize_refused(&b->exports, EXPORTS_MSG) ? -1 : 0;
}

/* Own a buffer of at least `need` bytes holding the contents; the contents are
 * about to change, so `shared` no longer describes them. */
static void own(BytesIO *b, int64_t need)
{
    if (need < b->size) need = b->size;
    if (!b->buf || b->buf->cap < need) {
        int64_t cap = b->buf ? b->buf->cap : 0;
        cap = cap + cap / 2 > need ? cap + cap / 2 : need;
        if (cap < 16) cap = 16;
        RawBytes *nb = raw_bytes_new(cap);
        memcpy(nb->data, bio_data(b), (size_t)b->size);
        gc_write_barrier((Object *)b);
        b->buf = nb;
    }
    b->shared = 0;
}

/* Write n bytes at the position (padding an overseek with NULs). */
static int write_data(BytesIO *b, const char *p, int64_t n)
{
    if (n == 0) return 0;
    if (b->pos > INT64_MAX - n) { raise_OverflowError("new buffer size too large"); return -1; }
    int64_t end = b->pos + n;
    if (heap_too_big(end, 1)) return -1;
    own(b, end);
    if (b->pos > b->size) memset(b->buf->data + b->size, 0, (size_t)(b->pos - b->size));
    memmove(b->buf->data + b->pos, p, (size_t)n);
    b->pos = end;
    if (end > b->size) b->size = end;
    return 0;
}

/* BytesIO.write's body for any object: closed, exports, then the buffer. */
static int write_obj(BytesIO *b, Value v, int64_t *n)
{
    if (check_closed(b) < 0 || check_exports(b) < 0) return -1;
    const char *p;
    int64_t len;
    if (!bytes_like(v, &p, &len)) {
        raise_TypeError("a bytes-like object is required, not '%s'", TYPE_NAME(v));
        return -1;
    }
    *n = len;
    return write_data(b, p, len);
}

/* Hand out n bytes at the position and move past them. */
static Value read_n(BytesIO *b, int64_t n)
{
    if (n > 1 && b->pos == 0 && n == b->size && b->shared && b->exports == 0) {
        b->pos = n;
        return b->shared;
    }
    Value r = bytes_new(bio_data(b) + b->pos, (size_t)n);
    b->pos += n;
    return r;
}

static int64_t remaining(BytesIO *b) { return b->size > b->pos ? b->size - b->pos : 0; }

/* Length of the line at the position, up to limit (< 0: none). */
static int64_t scan_eol(BytesIO *b, int64_t limit)
{
    int64_t n = remaining(b);
    if (limit >= 0 && limit < n) n = limit;
    if (!n) return 0;
    const char *start = bio_data(b) + b->pos;
    const char *nl = memchr(start, '\n', (size_t)n);
    return nl ? nl - start + 1 : n;
}

/* -- Construction ------------------------------------------------------------- */

static Value bio_new(Type *t, const Value *args, size_t nargs, Value kw) { return instance_new(t); }

static int bio_init(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "initial_bytes", NULL };
    Value a[1];
    if (args_parse("BytesIO", args, nargs, kw, names, 0, a) < 0) return -1;
    BytesIO *b = BIO(self);
    b->size = b->pos = 0;
    if (b->exports > 0 && check_exports(b) < 0) return -1;
    if (!a[0] || a[0] == NONE) return 0;
    if (IS_TYPE(a[0], bytes)) {
        b->buf = NULL;
        STORE(b, shared, a[0]);
        b->size = BYTES_SIZE(a[0]);
        b->closed = false;
        return 0;
    }
    int64_t n;
    if (write_obj(b, a[0], &n) < 0) return -1;
    b->pos = 0;
    return 0;
}

/* -- Methods ------------------------------------------------------------------ */

FN(bio_true) { return check_closed(BIO(self)) < 0 ? 0 : TRUE_V; }
FN(bio_flush) { return check_closed(BIO(self)) < 0 ? 0 : NONE; }
FN(bio_isatty) { return check_closed(BIO(self)) < 0 ? 0 : FALSE_V; }
FN(bio_tell) { return check_closed(BIO(self)) < 0 ? 0 : int_from_i64(BIO(self)->pos); }
static Value bio_closed_get(Value self) { return BOOL_V(BIO(self)->closed); }

FN(bio_close)
{
    BytesIO *b = BIO(self);
    if (check_exports(b) < 0) return 0;
    b->closed = true;
    b->buf = NULL;
    b->shared = 0;
    b->size = b->pos = 0;
    return NONE;
}

FN(bio_getvalue)
{
    BytesIO *b = BIO(self);
    if (check_closed(b) < 0) return 0;
    if (b->exports > 0) return bytes_new(bio_data(b), (size_t)b->size);
    if (!b->shared) {
        Value v = bytes_new(bio_data(b), (size_t)b->size);
        STORE(b, shared, v);
    }
    return b->shared;
}

FN(bio_getbuffer)
{
    BytesIO *b = BIO(self);
    if (check_closed(b) < 0) return 0;
    own(b, b->size);
    BytesIOBuf *v = (BytesIOBuf *)gc_alloc(T(io_bytesio_buf), sizeof(BytesIOBuf));
    STORE(v, owner, self);
    return obj_call1(OBJ_VAL(T(memoryview)), OBJ_VAL(v));
}

static Value read_sized(Value self, const char *name, const Value *args, size_t nargs, Value kw)
{
    int64_t size;
    if (io_size_arg(name, args, nargs, kw, &size) < 0) return 0;
    BytesIO *b = BIO(self);
    if (check_closed(b) < 0) return 0;
    int64_t n = remaining(b);
    if (size >= 0 && size < n) n = size;
    return read_n(b, n);
}

FN(bio_read) { return read_sized(self, "read", args, nargs, kw); }
FN(bio_read1) { return read_sized(self, "read1", args, nargs, kw); }

FN(bio_readline)
{
    int64_t size;
    if (io_size_arg("readline", args, nargs, kw, &size) < 0) return 0;
    BytesIO *b = BIO(self);
    if (check_closed(b) < 0) return 0;
    return read_n(b, scan_eol(b, size));
}

FN(bio_readlines)
{
    if (args_count("readlines", nargs, 0, 1) < 0 || args_no_kw("readlines", kw) < 0) return 0;
    BytesIO *b = BIO(self);
    if (check_closed(b) < 0) return 0;
    int64_t maxsize = -1;
    Value arg = nargs ? args[0] : NONE;
    if (IS_INT(arg)) {
        if (int_as_i64(int_value_of(arg), &maxsize) < 0) return 0;
    } else if (arg != NONE) {
        return raise_TypeError("integer argument expected, got '%s'", TYPE_NAME(arg));
    }
    Value result = list_new(0);
    int64_t total = 0, n;
    while ((n = scan_eol(b, -1)) != 0) {
        Value line = bytes_new(bio_data(b) + b->pos, (size_t)n);
        b->pos += n;
        if (list_append(result, line) < 0) return 0;
        total += n;
        if (maxsize > 0 && total >= maxsize) break;
    }
    return result;
}

FN(bio_readinto)
{
    BytesIO *b = BIO(self);
    char *data;
    int64_t len;
    if (!writable_buffer(args[0], &data, &len))
        return raise_TypeError("readinto() argument must be read-write bytes-like object, not %T", args[0]);
    if (check_closed(b) < 0) return 0;
    int64_t n = remaining(b);
    if (len > n) len = n;
    memcpy(data, bio_data(b) + b->pos, (size_t)len);
    b->pos += len;
    return int_from_i64(len);
}

FN(bio_write)
{
    int64_t n;
    return write_obj(BIO(self), args[0], &n) < 0 ? 0 : int_from_i64(n);
}

FN(bio_writelines)
{
    BytesIO *b = BIO(self);
    if (check_closed(b) < 0) return 0;
    Value it = obj_iter(args[0]);
    if (!it) return 0;
    for (;;) {
        Value v = obj_next(it);
        if (!v) return exc_pending() ? 0 : NONE;
        int64_t n;
        if (write_obj(b, v, &n) < 0) return 0;
    }
}

FN(bio_seek)
{
    if (args_count("seek", nargs, 1, 2) < 0 || args_no_kw("seek", kw) < 0) return 0;
    int64_t pos;
    int whence = 0;
    if (obj_ssize_arg(args[0], &pos) < 0) return 0;
    if (nargs > 1 && io_int_arg(args[1], &whence) < 0) return 0;
    BytesIO *b = BIO(self);
    if (check_closed(b) < 0) return 0;
    if (pos < 0 && whence == 0) return raise_ValueError("negative seek value %lld", (long long)pos);
    if (whence == 1 || whence == 2) {
        int64_t base = whence == 1 ? b->pos : b->size;
        if (pos > INT64_MAX - base) return raise_OverflowError("new position too large");
        pos += base;
    } else if (whence != 0) {
        return raise_ValueError("invalid whence (%d, should be 0, 1 or 2)", whence);
    }
    b->pos = pos < 0 ? 0 : pos;
    return int_from_i64(b->pos);
}

FN(bio_truncate)
{
    if (args_count("truncate", nargs, 0, 1) < 0 || args_no_kw("truncate", kw) < 0) return 0;
    BytesIO *b = BIO(self);
    int64_t size;
    if (io_ssize_or_none(nargs ? args[0] : 0, b->pos, &size) < 0) return 0;
    if (check_closed(b) < 0 || check_exports(b) < 0) return 0;
    if (size < 0) return raise_ValueError("negative size value %lld", (long long)size);
    if (size < b->size) {
        own(b, size);
        b->size = size;
    }
    return int_from_i64(size);
}

static Value bio_iter(Value self) { return self; }

static Value bio_next(Value self)
{
    BytesIO *b = BIO(self);
    if (check_closed(b) < 0) return 0;
    int64_t n = scan_eol(b, -1);
    return n ? read_n(b, n) : 0;
}

FN(bio_getstate)
{
    Value v = bio_getvalue(self, NULL, 0, 0);
    if (!v) return 0;
    Value d = io_state_dict(self);
    return d ? tuple_pack(3, v, int_from_i64(BIO(self)->pos), d) : 0;
}

FN(bio_setstate)
{
    Value st = args[0];
    BytesIO *b = BIO(self);
    if (!IS_TUPLE(st) || TUPLE_SIZE(st) < 3)
        return raise_TypeError("%s.__setstate__ argument should be 3-tuple, got %s",
                               STR_DATA(type_qualified_name(TYPE(self))), TYPE_NAME(st));
    if (check_exports(b) < 0) return 0;
    b->size = b->pos = 0;
    int64_t n;
    if (write_obj(b, TUPLE_ITEMS(st)[0], &n) < 0) return 0;
    Value p = TUPLE_ITEMS(st)[1];
    if (!IS_INT(p)) return raise_TypeError("second item of state must be an integer, not %s", TYPE_NAME(p));
    int64_t pos;
    if (int_as_i64(int_value_of(p), &pos) < 0) return 0;
    if (pos < 0) return raise_ValueError("position value cannot be negative");
    b->pos = pos;
    Value d = TUPLE_ITEMS(st)[2];
    if (d != NONE) {
        if (!IS_DICT(d)) return raise_TypeError("third item of state should be a dict, got a %s", TYPE_NAME(d));
        if (io_set_state_dict(self, d) < 0) return 0;
    }
    return NONE;
}

FN(bio_sizeof)
{
    BytesIO *b = BIO(self);
    int64_t n = (int64_t)TYPE(self)->basicsize;
    if (b->buf && !b->shared) n += b->buf->cap + 1;
    return int_from_i64(n);
}

static const MethodDef bio_methods[] = {
    { "readable", bio_true, METH_NOARGS, "Returns True if the IO object can be read." },
    { "seekable", bio_true, METH_NOARGS, "Returns True if the IO object can be seeked." },
    { "writable", bio_true, METH_NOARGS, "Returns True if the IO object can be written." },
    { "close", bio_close, METH_NOARGS, "Disable all I/O operations." },
    { "flush", bio_flush, METH_NOARGS, "Does nothing." },
    { "isatty", bio_isatty, METH_NOARGS, "Always returns False." },
    { "tell", bio_tell, METH_NOARGS, "Current file position, an integer." },
    { "write", bio_write, METH_O, "Write bytes to file." },
    { "writelines", bio_writelines, METH_O, "Write lines to the file." },
    { "read1", bio_read1, 0, "Read at most size bytes, returned as a bytes object." },
    { "readinto", bio_readinto, METH_O, "Read bytes into buffer." },
    { "readline", bio_readline, 0, "Next line from the file, as a bytes object." },
    { "readlines", bio_readlines, 0, "List of bytes objects, each a line from the file." },
    { "read", bio_read, 0, "Read at most size bytes, returned as a bytes object." },
    { "getbuffer", bio_getbuffer, METH_NOARGS, "Get a read-write view over the contents of the BytesIO object." },
    { "getvalue", bio_getvalue, METH_NOARGS, "Retrieve the entire contents of the BytesIO object." },
    { "seek", bio_seek, 0, "Change stream position." },
    { "truncate", bio_truncate, 0, "Truncate the file to at most size bytes." },
    { "__getstate__", bio_getstate, METH_NOARGS, NULL },
    { "__setstate__", bio_setstate, METH_O, NULL },
    { "__sizeof__", bio_sizeof, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const GetSetDef bio_getsets[] = {
    { "closed", bio_closed_get, NULL, "True if the file is closed." },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec io_bytesio_spec = {
    .name = "_io.BytesIO", .base = TYPE_ID_io_bufferedbase, .basicsize = sizeof(BytesIO),
    .flags = TF_BASETYPE | TF_HAS_SHAPE, .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
    .trace = bio_trace, .new_ = bio_new, .init = bio_init, .iter = bio_iter, .next = bio_next,
    .finalize = io_finalize_none, .methods = bio_methods, .getsets = bio_getsets,
};

/* -- _BytesIOBuffer: what getbuffer()'s memoryview views ------------------------ */

static void bbuf_trace(Object *o, Visitor visit, void *ctx) { visit(((BytesIOBuf *)o)->owner, ctx); }

static bool bbuf_getbuffer(Value v, BufferView *view)
{
    BytesIO *b = BIO(((BytesIOBuf *)AS_OBJ(v))->owner);
    if (!b->buf) own(b, b->size);
    *view = (BufferView){ .data = b->buf->data, .len = b->size, .itemsize = 1, .format = 'B', .readonly = false };
    return true;
}

static void bbuf_export(Value v, int delta)
{
    BytesIO *b = BIO(((BytesIOBuf *)AS_OBJ(v))->owner);
    b->exports += delta;
    if (delta > 0) b->shared = 0;
}

const TypeSpec io_bytesio_buf_spec = {
    .name = "_io._BytesIOBuffer", .base = -1, .basicsize = sizeof(BytesIOBuf), .trace = bbuf_trace,
    .getbuffer = bbuf_getbuffer, .buffer_export = bbuf_export,
};
