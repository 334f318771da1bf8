/* kiln: _io.StringIO, CPython 3.11's in-memory text stream.
 *
 * Positions count code points.  The text is kept in one of three forms:
 *   K_ASCII  every character is ASCII: buf holds one byte per character, so
 *            it is random access and is its own UTF-8;
 *   K_UTF8   appended to only (the position may move, but a read or a write
 *            elsewhere than at the end turns it into K_UCS4 first): buf is
 *            the UTF-8 text, nbytes long;
 *   K_UCS4   buf holds one uint32_t code point per character.
 * Writes at the end (templating, json, logging) only append bytes and
 * getvalue() of the first two forms is a single copy; `cache` keeps the last
 * getvalue() until the next change.  Newline handling follows CPython: with
 * newline None or "" a write passes through the IncrementalNewlineDecoder's
 * logic (translating "\r\n" and "\r" for None, counting the kinds seen for
 * .newlines), with "\r" or "\r\n" a write turns "\n" into it; readline() ends
 * lines as _PyIO_find_line_ending does. */
#include "core.h"
#include "iomodule.h"

#include <stdlib.h>
#include <string.h>

enum { K_ASCII, K_UTF8, K_UCS4 };
enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

typedef struct StringIO {
    Instance inst;
    RawBytes *buf;
    int64_t nbytes;          /* bytes of buf in use (K_UCS4: 4 * size) */
    int64_t pos, size;       /* code points */
    Value cache;             /* str equal to the contents, or 0 */
    Value readnl;            /* the newline argument, or 0 for None */
    Value writenl;           /* "\r" or "\r\n" when writes translate "\n", else 0 */
    int kind, seennl;
    bool ok, closed, universal, translate, decoder;
} StringIO;

#define SIO(v) ((StringIO *)AS_OBJ(v))
#define FN(name) static Value name(Value self, const Value *args, size_t nargs, Value kw)
#define U32(s) ((uint32_t *)(s)->buf->data)

static void sio_trace(Object *o, Visitor visit, void *ctx)
{
    StringIO *s = (StringIO *)o;
    io_trace_instance(o, visit, ctx);
    visit(OBJ_VAL(s->buf), ctx);
    visit(s->cache, ctx);
    visit(s->readnl, ctx);
    visit(s->writenl, ctx);
}

static int check_ok(StringIO *s)
{
    if (!s->ok) { raise_ValueError("I/O operation on uninitialized object"); return -1; }
    return 0;
}

static int check_open(StringIO *s)
{
    if (check_ok(s) < 0) return -1;
    if (s->closed) { raise_ValueError("I/O operation on closed file"); return -1; }
    return 0;
}

/* Room for `need` bytes in buf (keeping the first nbytes). */
static int reserve(StringIO *s, int64_t need)
{
    if (s->buf && s->buf->cap >= need) return 0;
    if (heap_too_big(need, 1)) return -1;
    int64_t cap = s->buf ? s->buf->cap : 0;
    cap = cap + cap / 2 > need ? cap + cap / 2 : need;
    if (cap < 32) cap = 32;
    RawBytes *nb = raw_bytes_new(cap);
    if (s->nbytes) memcpy(nb->data, s->buf->data, (size_t)s->nbytes);
    gc_write_barrier((Object *)s);
    s->buf = nb;
    return 0;
}

/* Decode n code points of UTF-8 at p into out. */
static void utf8_to_ucs4(const char *p, int64_t nbytes, uint32_t *out)
{
    const unsigned char *q = (const unsigned char *)p, *end = q + nbytes;
    while (q < end) {
        if (*q < 0x80) { *out++ = *q++; continue; }
        q += utf8_decode1(q, end, out++);
    }
}

/* Turn the text into K_UCS4 (with room for at least `chars` characters). */
static int realize(StringIO *s, int64_t chars)
{
    if (s->kind == K_UCS4) return reserve(s, (chars > s->size ? chars : s->size) * 4);
    int64_t n = chars > s->size ? chars : s->size;
    if (heap_too_big(n, 4)) return -1;
    RawBytes *nb = raw_bytes_new(n * 4 + 16);
    if (s->kind == K_ASCII) {
        uint32_t *o = (uint32_t *)nb->data;
        for (int64_t i = 0; i < s->size; i++) o[i] = (unsigned char)s->buf->data[i];
    } else {
        utf8_to_ucs4(s->buf->data, s->nbytes, (uint32_t *)nb->data);
    }
    gc_write_barrier((Object *)s);
    s->buf = nb;
    s->kind = K_UCS4;
    s->nbytes = s->size * 4;
    return 0;
}

static int enc_len(uint32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

static char *enc(char *o, uint32_t c)
{
    if (c < 0x80) { *o++ = (char)c; }
    else if (c < 0x800) { *o++ = (char)(0xC0 | (c >> 6)); *o++ = (char)(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) {
        *o++ = (char)(0xE0 | (c >> 12)); *o++ = (char)(0x80 | ((c >> 6) & 0x3F)); *o++ = (char)(0x80 | (c & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (c >> 18)); *o++ = (char)(0x80 | ((c >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((c >> 6) & 0x3F)); *o++ = (char)(0x80 | (c & 0x3F));
    }
    return o;
}

/* A str of n code points. */
static Value ucs4_str(const uint32_t *p, int64_t n)
{
    size_t len = 0;
    for (int64_t i = 0; i < n; i++) len += (size_t)enc_len(p[i]);
    char *tmp = malloc(len + 1), *o = tmp;
    if (!tmp) return raise_memory();
    for (int64_t i = 0; i < n; i++) o = enc(o, p[i]);
    Value r = str_new(tmp, len);
    free(tmp);
    return r;
}

/* Characters [a, b) of the text as a str (K_ASCII or K_UCS4, or all of K_UTF8). */
static Value slice_str(StringIO *s, int64_t a, int64_t b)
{
    if (a >= b) return R->empty_str;
    if (s->kind == K_UCS4) return ucs4_str(U32(s) + a, b - a);
    if (s->kind == K_UTF8) return str_new(s->buf->data, (size_t)s->nbytes);
    return str_new(s->buf->data + a, (size_t)(b - a));
}

static Value getvalue(StringIO *s)
{
    if (!s->cache) {
        Value v = slice_str(s, 0, s->size);
        if (!v) return 0;
        STORE(s, cache, v);
    }
    return s->cache;
}

/* -- Writing ------------------------------------------------------------------ */

/* The newline handling of a write: *out is the text to store (malloc'd, or
 * NULL when it is the input's unchanged), *outn its bytes, *chars its length. */
static int translate_write(StringIO *s, const char *p, int64_t n, int64_t *chars, char **out, int64_t *outn)
{
    *out = NULL;
    *outn = n;
    if (s->decoder) {
        const char *cr = memchr(p, '\r', (size_t)n);
        if (!cr) {
            if (memchr(p, '\n', (size_t)n)) s->seennl |= SEEN_LF;
            return 0;
        }
        char *o = s->translate ? malloc((size_t)n + 1) : NULL, *w = o;
        if (s->translate && !o) { raise_memory(); return -1; }
        for (int64_t i = 0; i < n; i++) {
            char c = p[i];
            if (c == '\n') s->seennl |= SEEN_LF;
            else if (c == '\r') {
                if (i + 1 < n && p[i + 1] == '\n') {
                    s->seennl |= SEEN_CRLF;
                    if (o) { i++; c = '\n'; }
                } else {
                    s->seennl |= SEEN_CR;
                    if (o) c = '\n';
                }
            }
            if (o) *w++ = c;
        }
        if (o) {
            *chars -= n - (w - o);
            *out = o;
            *outn = w - o;
        }
        return 0;
    }
    if (s->writenl) {
        int64_t nl = 0;
        for (const char *q = p; (q = memchr(q, '\n', (size_t)(p + n - q))) != NULL; q++) nl++;
        if (!nl) return 0;
        const char *rep = STR_DATA(s->writenl);
        int64_t rl = STR_NBYTES(s->writenl);
        char *o = malloc((size_t)(n + nl * (rl - 1)) + 1), *w = o;
        if (!o) { raise_memory(); return -1; }
        for (int64_t i = 0; i < n; i++) {
            if (p[i] == '\n') { memcpy(w, rep, (size_t)rl); w += rl; }
            else *w++ = p[i];
        }
        *chars += nl * (rl - 1);
        *out = o;
        *outn = w - o;
    }
    return 0;
}

/* Store n bytes of UTF-8 (chars code points) at the position. */
static int store(StringIO *s, const char *p, int64_t n, int64_t chars)
{
    if (chars == 0) return 0;
    if (s->pos > INT64_MAX / 8 - chars) { raise_OverflowError("new position too large"); return -1; }
    bool ascii = n == chars;
    int64_t end = s->pos + chars;
    s->cache = 0;
    if (s->kind != K_UCS4 && s->pos == s->size) {          /* append */
        if (reserve(s, s->nbytes + n) < 0) return -1;
        memcpy(s->buf->data + s->nbytes, p, (size_t)n);
        s->nbytes += n;
        if (!ascii) s->kind = K_UTF8;
    } else if (s->kind == K_ASCII && ascii) {
        if (reserve(s, end) < 0) return -1;
        if (s->pos > s->size) memset(s->buf->data + s->size, 0, (size_t)(s->pos - s->size));
        memcpy(s->buf->data + s->pos, p, (size_t)n);
        if (end > s->nbytes) s->nbytes = end;
    } else {
        if (realize(s, end) < 0) return -1;
        uint32_t *u = U32(s);
        for (int64_t i = s->size; i < s->pos; i++) u[i] = 0;
        utf8_to_ucs4(p, n, u + s->pos);
        if (end * 4 > s->nbytes) s->nbytes = end * 4;
    }
    s->pos = end;
    if (end > s->size) s->size = end;
    return 0;
}

static int write_str(StringIO *s, Value v)
{
    int64_t chars = STR_LEN(v), n;
    char *t;
    if (translate_write(s, STR_DATA(v), STR_NBYTES(v), &chars, &t, &n) < 0) return -1;
    int rc = store(s, t ? t : STR_DATA(v), n, chars);
    free(t);
    return rc;
}

/* -- Reading ------------------------------------------------------------------ */

/* Readable as characters: K_UTF8 becomes K_UCS4. */
static int readable_form(StringIO *s)
{
    return s->kind == K_UTF8 ? realize(s, 0) : 0;
}

/* Length of the line starting at p (n characters left; at most n), as
 * CPython's _PyIO_find_line_ending; n when no line ending is found. */
#define FIND_EOL(name, T)                                                              \
    static int64_t name(StringIO *s, const T *p, int64_t n)                           \
    {                                                                                  \
        if (s->translate || !s->readnl) {                                              \
            for (int64_t i = 0; i < n; i++) if (p[i] == '\n') return i + 1;            \
            return n;                                                                  \
        }                                                                              \
        if (s->universal) {                                                            \
            for (int64_t i = 0; i < n; i++) {                                          \
                if (p[i] == '\n') return i + 1;                                        \
                if (p[i] == '\r') return i + 1 < n && p[i + 1] == '\n' ? i + 2 : i + 1; \
            }                                                                          \
            return n;                                                                  \
        }                                                                              \
        const char *nl = STR_DATA(s->readnl);                                          \
        int64_t nll = STR_NBYTES(s->readnl);                                           \
        for (int64_t i = 0; i + nll <= n; i++)                                         \
            if (p[i] == (T)nl[0] && (nll == 1 || p[i + 1] == (T)nl[1])) return i + nll; \
        return n;                                                                      \
    }
FIND_EOL(eol_ascii, unsigned char)
FIND_EOL(eol_ucs4, uint32_t)

static Value read_line(StringIO *s, int64_t limit)
{
    if (s->pos >= s->size) return R->empty_str;
    if (readable_form(s) < 0) return 0;
    int64_t n = s->size - s->pos;
    if (limit >= 0 && limit < n) n = limit;
    int64_t len = s->kind == K_UCS4 ? eol_ucs4(s, U32(s) + s->pos, n)
                                    : eol_ascii(s, (unsigned char *)s->buf->data + s->pos, n);
    Value r = slice_str(s, s->pos, s->pos + len);
    if (r) s->pos += len;
    return r;
}

/* -- Construction ------------------------------------------------------------- */

static Value sio_new(Type *t, const Value *args, size_t nargs, Value kw) { return instance_new(t); }

static int sio_init(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "initial_value", "newline", NULL };
    Value a[2];
    if (args_parse("StringIO", args, nargs, kw, names, 0, a) < 0) return -1;
    Value value = a[0], nl = a[1];
    const char *newline = "\n";
    if (nl == NONE) newline = NULL;
    else if (nl) {
        if (!IS_STR(nl)) { raise_TypeError("newline must be str or None, not %s", TYPE_NAME(nl)); return -1; }
        newline = STR_DATA(nl);
    }
    if (newline && newline[0] && strcmp(newline, "\n") && strcmp(newline, "\r") && strcmp(newline, "\r\n")) {
        raise_ValueError("illegal newline value: %R", nl);
        return -1;
    }
    if (value && value != NONE && !IS_STR(value)) {
        raise_TypeError("initial_value must be str or None, not %s", TYPE_NAME(value));
        return -1;
    }
    StringIO *s = SIO(self);
    s->ok = false;
    STORE(s, readnl, newline ? (nl ? nl : str_intern_cstr("\n")) : 0);
    s->universal = !newline || !newline[0];
    s->translate = !newline;
    STORE(s, writenl, newline && newline[0] == '\r' ? s->readnl : 0);
    s->decoder = s->universal;
    s->seennl = 0;
    s->kind = K_ASCII;
    s->nbytes = s->size = s->pos = 0;
    s->cache = 0;
    if (value && value != NONE && STR_LEN(value) > 0) {
        if (write_str(s, value) < 0) return -1;
        if (!s->decoder && !s->writenl && s->kind != K_UCS4) STORE(s, cache, value);
    }
    s->pos = 0;
    s->closed = false;
    s->ok = true;
    return 0;
}

/* -- Methods ------------------------------------------------------------------ */

FN(sio_true) { return check_open(SIO(self)) < 0 ? 0 : TRUE_V; }
FN(sio_tell) { return check_open(SIO(self)) < 0 ? 0 : int_from_i64(SIO(self)->pos); }
FN(sio_getvalue) { return check_open(SIO(self)) < 0 ? 0 : getvalue(SIO(self)); }

FN(sio_close)
{
    StringIO *s = SIO(self);
    s->closed = true;
    s->buf = NULL;
    s->cache = 0;
    s->nbytes = s->size = 0;
    s->kind = K_ASCII;
    return NONE;
}

static Value closed_get(Value self)
{
    return check_ok(SIO(self)) < 0 ? 0 : BOOL_V(SIO(self)->closed);
}

static Value line_buffering_get(Value self) { return check_open(SIO(self)) < 0 ? 0 : FALSE_V; }

static Value newlines_get(Value self)
{
    StringIO *s = SIO(self);
    if (check_open(s) < 0) return 0;
    if (!s->decoder) return NONE;
    static const char *const names[] = { "\r", "\n", "\r\n" };
    Value parts[3];
    int n = 0;
    for (int i = 0; i < 3; i++)
        if (s->seennl & (i == 0 ? SEEN_CR : i == 1 ? SEEN_LF : SEEN_CRLF)) parts[n++] = str_from_cstr(names[i]);
    return n == 0 ? NONE : n == 1 ? parts[0] : tuple_from(parts, n);
}

FN(sio_write)
{
    StringIO *s = SIO(self);
    Value v = args[0];
    if (check_ok(s) < 0) return 0;
    if (!IS_STR(v)) return raise_TypeError("string argument expected, got '%s'", TYPE_NAME(v));
    if (check_open(s) < 0) return 0;
    return STR_LEN(v) > 0 && write_str(s, v) < 0 ? 0 : int_from_i64(STR_LEN(v));
}

FN(sio_read)
{
    int64_t size;
    if (io_size_arg("read", args, nargs, kw, &size) < 0) return 0;
    StringIO *s = SIO(self);
    if (check_open(s) < 0) return 0;
    int64_t n = s->size - s->pos;
    if (size < 0 || size > n) n = n < 0 ? 0 : n;
    else n = size;
    if (n == 0) return R->empty_str;
    if (s->pos == 0 && n == s->size) {
        s->pos = n;
        return getvalue(s);
    }
    if (readable_form(s) < 0) return 0;
    Value r = slice_str(s, s->pos, s->pos + n);
    if (r) s->pos += n;
    return r;
}

FN(sio_readline)
{
    int64_t size;
    if (io_size_arg("readline", args, nargs, kw, &size) < 0) return 0;
    StringIO *s = SIO(self);
    if (check_open(s) < 0) return 0;
    return read_line(s, size);
}

FN(sio_seek)
{
    if (args_count("seek", nargs, 1, 2) < 0 || args_no_kw("seek", kw) < 0) return 0;
    int64_t pos;
    int whence = 0;
    if (obj_ssize_arg(args[0], &pos) < 0) return 0;
    if (nargs > 1 && io_int_arg(args[1], &whence) < 0) return 0;
    StringIO *s = SIO(self);
    if (check_open(s) < 0) return 0;
    if (whence < 0 || whence > 2) return raise_ValueError("Invalid whence (%d, should be 0, 1 or 2)", whence);
    if (pos < 0 && whence == 0) return raise_ValueError("Negative seek position %lld", (long long)pos);
    if (whence != 0 && pos != 0) return raise_fmt(E(OSError), "Can't do nonzero cur-relative seeks");
    if (whence == 1) pos = s->pos;
    else if (whence == 2) pos = s->size;
    s->pos = pos;
    return int_from_i64(pos);
}

FN(sio_truncate)
{
    if (args_count("truncate", nargs, 0, 1) < 0 || args_no_kw("truncate", kw) < 0) return 0;
    StringIO *s = SIO(self);
    int64_t size;
    if (io_ssize_or_none(nargs ? args[0] : 0, s->pos, &size) < 0) return 0;
    if (check_open(s) < 0) return 0;
    if (size < 0) return raise_ValueError("Negative size value %lld", (long long)size);
    if (size < s->size) {
        if (readable_form(s) < 0) return 0;
        s->size = size;
        s->nbytes = s->kind == K_UCS4 ? size * 4 : size;
        s->cache = 0;
    }
    return int_from_i64(size);
}

static Value sio_next(Value self)
{
    StringIO *s = SIO(self);
    if (check_open(s) < 0) return 0;
    Value line;
    if (TYPE(self) == T(io_stringio)) {
        line = read_line(s, -1);
    } else {
        line = obj_call_method(self, S(readline), NULL, 0);
        if (line && !IS_STR(line))
            return raise_fmt(E(OSError), "readline() should have returned a str object, not '%s'", TYPE_NAME(line));
    }
    return !line || STR_LEN(line) == 0 ? 0 : line;
}

FN(sio_getstate)
{
    Value v = sio_getvalue(self, NULL, 0, 0);
    if (!v) return 0;
    Value d = io_state_dict(self);
    if (!d) return 0;
    StringIO *s = SIO(self);
    return tuple_pack(4, v, s->readnl ? s->readnl : NONE, int_from_i64(s->pos), d);
}

FN(sio_setstate)
{
    Value st = args[0];
    StringIO *s = SIO(self);
    if (s->closed) return raise_ValueError("I/O operation on closed file");
    if (!IS_TUPLE(st) || TUPLE_SIZE(st) < 4)
        return raise_TypeError("%s.__setstate__ argument should be 4-tuple, got %s",
                               STR_DATA(type_qualified_name(TYPE(self))), TYPE_NAME(st));
    if (sio_init(self, TUPLE_ITEMS(st), 2, 0) < 0) return 0;
    /* the value was translated once already: store it as it is */
    Value v = TUPLE_ITEMS(st)[0];
    s->kind = K_ASCII;
    s->nbytes = s->size = s->pos = 0;
    s->cache = 0;
    if (IS_STR(v) && store(s, STR_DATA(v), STR_NBYTES(v), STR_LEN(v)) < 0) return 0;
    Value p = TUPLE_ITEMS(st)[2];
    if (!IS_INT(p)) return raise_TypeError("third item of state must be an integer, got %s", TYPE_NAME(p));
    int64_t pos;
    if (int_as_i64(int_value_of(p), &pos) < 0) return 0;
    if (pos < 0) return raise_ValueError("position value cannot be negative");
    s->pos = pos;
    Value d = TUPLE_ITEMS(st)[3];
    if (d != NONE) {
        if (!IS_DICT(d)) return raise_TypeError("fourth item of state should be a dict, got a %s", TYPE_NAME(d));
        if (io_set_state_dict(self, d) < 0) return 0;
    }
    return NONE;
}

static const MethodDef sio_methods[] = {
    { "close", sio_close, METH_NOARGS, "Close the IO object." },
    { "getvalue", sio_getvalue, METH_NOARGS, "Retrieve the entire contents of the object." },
    { "read", sio_read, 0, "Read at most size characters, returned as a string." },
    { "readline", sio_readline, 0, "Read until newline or EOF." },
    { "tell", sio_tell, METH_NOARGS, "Tell the current file position." },
    { "truncate", sio_truncate, 0, "Truncate size to pos." },
    { "seek", sio_seek, 0, "Change stream position." },
    { "write", sio_write, METH_O, "Write string to file." },
    { "seekable", sio_true, METH_NOARGS, "Returns True if the IO object can be seeked." },
    { "readable", sio_true, METH_NOARGS, "Returns True if the IO object can be read." },
    { "writable", sio_true, METH_NOARGS, "Returns True if the IO object can be written." },
    { "__getstate__", sio_getstate, METH_NOARGS, NULL },
    { "__setstate__", sio_setstate, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static const GetSetDef sio_getsets[] = {
    { "closed", closed_get, NULL, NULL },
    { "newlines", newlines_get, NULL, NULL },
    { "line_buffering", line_buffering_get, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec io_stringio_spec = {
    .name = "_io.StringIO", .base = TYPE_ID_io_textbase, .basicsize = sizeof(StringIO),
    .flags = TF_BASETYPE | TF_HAS_SHAPE,
    .doc = "Text I/O implementation using an in-memory buffer.\n\n"
           "The initial_value argument sets the value of object.  The newline\n"
           "argument is like the one of TextIOWrapper's constructor.",
    .trace = sio_trace, .new_ = sio_new, .init = sio_init, .next = sio_next,
    .finalize = io_finalize_none, .methods = sio_methods, .getsets = sio_getsets,
};
