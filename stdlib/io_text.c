/* kiln: _io.TextIOWrapper and _io.IncrementalNewlineDecoder (CPython's
 * Modules/_io/textio.c behaviour: names, messages, tell() cookies).
 *
 * Invariants.  A TextIOWrapper's decoder is always an NLDecoder (the
 * IncrementalNewlineDecoder layout): when the stream reads universal newlines
 * it translates them as CPython's wrapper does, otherwise it only passes text
 * through (`universal` false).  Its inner decoder is either a codecs
 * incremental decoder or, for utf-8/ascii/latin-1 with a built-in error
 * handler, kiln's own (`native`): the undecoded tail of an incomplete UTF-8
 * sequence sits in `pend`, and getstate() reports (pend, 0) exactly as the
 * codecs decoder would, so tell() cookies are CPython's.  Decoded text is kept
 * as one str with a BYTE offset of what was consumed (kiln strs are UTF-8);
 * code point counts are computed only for tell().  Writes append encoded bytes
 * to `pending` (a RawBytes) and reach the buffer in chunk_size pieces. */
#include "core.h"
#include "iomodule.h"
#include "io_file.h"
#include <string.h>
#include <stdlib.h>

enum { NAT_NONE, NAT_UTF8, NAT_ASCII, NAT_LATIN1 };
static const char *const nat_names[] = { NULL, "utf-8", "ascii", "latin-1" };
enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4, SEEN_ALL = 7 };

typedef struct NLDecoder {
    Object hdr;
    Value decoder;      /* inner incremental decoder, None, or 0 (native) */
    Value errors;       /* str */
    Value pend;         /* native: bytes of an incomplete sequence held back, or 0 */
    int native;         /* NAT_* when decoder == 0 */
    int seennl;         /* SEEN_* */
    bool ok, translate, universal, pendingcr;
} NLDecoder;

typedef struct TextIO {
    Instance inst;      /* _io objects start like an Instance (iomodule.h) */
    Value buffer, encoding, errors;
    Value decoder;      /* NLDecoder or 0 (not readable) */
    Value encoder;      /* codecs incremental encoder, or 0 (native_enc / not writable) */
    Value readnl;       /* str or 0 */
    Value decoded;      /* str or 0: decoded text not yet returned from decoded_used (bytes) on */
    Value snap_flags;   /* int, with snap_input: the snapshot for tell(); 0 if none */
    Value snap_input;
    Value pending;      /* RawBytes: encoded text not yet written */
    Value raw;          /* the C FileIO under a C buffered object (fast closed checks), or 0 */
    int64_t decoded_used, pending_count, chunk_size;
    double b2cratio;
    int native_enc;     /* NAT_* encoder, or NAT_NONE (encoder object) */
    int writenl;        /* 0: none; else "\r", "\r\n" (1, 2) */
    bool ok, detached, readuniversal, readtranslate, writetranslate, line_buffering, write_through,
         seekable, telling, has_read1, encoding_start_of_stream, finalizing, writable, registered;
} TextIO;

#define NL(v) ((NLDecoder *)(v))
#define TX(v) ((TextIO *)(v))

/* -- Helpers ---------------------------------------------------------------- */

/* CPython's _PyIO_trap_eintr: an OSError with errno EINTR pending is cleared
 * (the call is retried). */
static bool io_trap_eintr(void)
{
    if (!exc_matches(E(InterruptedError))) return false;
    exc_clear();
    return true;
}

/* The FileIO under an exact C buffered object: its descriptor says whether the
 * stream is closed without a call (CPython's self->raw). */
static Value raw_fileio_of(Value buffer)
{
    if (!buffered_check(buffer)) return 0;
    Value raw = buffered_raw(buffer);
    return raw && fileio_check(raw) ? raw : 0;
}

/* A built-in error handler kiln's codecs implement (others go through codecs). */
static bool native_errors(Value errors)
{
    static const char *const ok[] = { "strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                                      "surrogatepass" };
    for (size_t i = 0; i < ARRAY_LEN(ok); i++) if (str_eq_cstr(errors, ok[i])) return true;
    return false;
}

/* utf-8, ascii and latin-1 under their common spellings (codecs normalises
 * the rest; anything else goes through codecs too). */
static int native_codec(Value enc)
{
    char n[24];
    size_t len = (size_t)STR_NBYTES(enc);
    if (len >= sizeof n) return NAT_NONE;
    for (size_t i = 0; i < len; i++) {
        char c = STR_DATA(enc)[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == '-' || c == ' ') c = '_';
        n[i] = c;
    }
    n[len] = 0;
    static const struct { const char *n; int e; } tab[] = {
        {"utf_8", NAT_UTF8}, {"utf8", NAT_UTF8}, {"u8", NAT_UTF8}, {"utf", NAT_UTF8},
        {"ascii", NAT_ASCII}, {"us_ascii", NAT_ASCII}, {"646", NAT_ASCII},
        {"latin_1", NAT_LATIN1}, {"latin1", NAT_LATIN1}, {"iso_8859_1", NAT_LATIN1},
        {"iso8859_1", NAT_LATIN1}, {"l1", NAT_LATIN1}, {"latin", NAT_LATIN1},
    };
    for (size_t k = 0; k < ARRAY_LEN(tab); k++) if (strcmp(tab[k].n, n) == 0) return tab[k].e;
    return NAT_NONE;
}

static Value check_decoded(Value v)
{
    if (v && !IS_STR(v))
        return raise_TypeError("decoder should return a string result, not '%s'", TYPE_NAME(v));
    return v;
}

static int64_t u8_count(const char *p, int64_t n)
{
    int64_t c = 0;
    for (int64_t i = 0; i < n; i++) c += ((unsigned char)p[i] & 0xC0) != 0x80;
    return c;
}

/* The byte offset of code point k counted from byte offset from in s. */
static int64_t u8_advance(Value s, int64_t from, int64_t k)
{
    if (((Str *)s)->flags & STR_ASCII) return from + k < STR_NBYTES(s) ? from + k : STR_NBYTES(s);
    const unsigned char *p = (const unsigned char *)STR_DATA(s);
    int64_t n = STR_NBYTES(s), i = from;
    while (k > 0 && i < n) {
        i++;
        while (i < n && (p[i] & 0xC0) == 0x80) i++;
        k--;
    }
    return i;
}

static Value sub_bytes(Value s, int64_t a, int64_t b)
{
    if (a == 0 && b == STR_NBYTES(s)) return s;
    if (((Str *)s)->flags & STR_ASCII) return str_new(STR_DATA(s) + a, (size_t)(b - a));
    return str_new(STR_DATA(s) + a, (size_t)(b - a));
}

/* A (buffer, flags) state tuple (CPython's "OK;msg" parse: TypeError(msg)). */
static int parse_state(Value st, const char *msg, Value *buf, Value *flags)
{
    if (!IS_TUPLE(st) || TUPLE_SIZE(st) != 2 || !IS_INT(TUPLE_ITEMS(st)[1])) {
        raise_TypeError("%s", msg);
        return -1;
    }
    *buf = TUPLE_ITEMS(st)[0];
    *flags = TUPLE_ITEMS(st)[1];
    return 0;
}

/* -- IncrementalNewlineDecoder ------------------------------------------------ */

static void nld_trace(Object *o, Visitor visit, void *ctx)
{
    NLDecoder *d = (NLDecoder *)o;
    visit(d->decoder, ctx); visit(d->errors, ctx); visit(d->pend, ctx);
}

static Value nld_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    return OBJ_VAL(gc_alloc(t, t->basicsize));
}

static int nld_init(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "decoder", "translate", "errors", NULL };
    Value a[3];
    if (args_parse("IncrementalNewlineDecoder", args, nargs, kw, names, 2, a) < 0) return -1;
    int64_t tr;
    if (obj_as_ssize(a[1], &tr, E(OverflowError)) < 0) return -1;
    NLDecoder *d = NL(self);
    STORE(d, decoder, a[0]);
    STORE(d, errors, a[2] ? a[2] : S(strict));
    d->translate = tr != 0;
    d->universal = true;
    d->native = NAT_NONE;
    d->seennl = 0;
    d->pendingcr = false;
    STORE(d, pend, 0);
    d->ok = true;
    return 0;
}

static Value nld_uninit(void) { return raise_ValueError("IncrementalNewlineDecoder.__init__() not called"); }

/* The inner decoder on data[0..n) (or on the object `input` when not native). */
static Value inner_decode(NLDecoder *d, Value input, const char *data, int64_t n, bool final)
{
    if (d->decoder) {
        if (d->decoder == NONE) return check_decoded(input);
        if (!input) input = bytes_new(data, (size_t)n);
        Value fa[2] = { input, BOOL_V(final) };
        return check_decoded(obj_call_method(d->decoder, S(decode), fa, 2));
    }
    if (input) {
        int64_t sz;
        if (!bytes_like(input, &data, &sz))
            return raise_TypeError("a bytes-like object is required, not '%s'", TYPE_NAME(input));
        n = sz;
    }
    char *tmp = NULL;
    if (d->pend) {
        int64_t pn = BYTES_SIZE(d->pend);
        tmp = malloc((size_t)(pn + n) + 1);
        memcpy(tmp, BYTES_DATA(d->pend), (size_t)pn);
        memcpy(tmp + pn, data, (size_t)n);
        data = tmp;
        n += pn;
    }
    size_t used = (size_t)n;
    Value r = str_decode_ex(data, (size_t)n, nat_names[d->native], STR_DATA(d->errors), final, &used);
    if (r) {
        Value p = used < (size_t)n ? bytes_new(data + used, (size_t)n - used) : 0;
        STORE(d, pend, p);
    }
    free(tmp);
    return r;
}

/* CPython's _PyIncrementalNewlineDecoder_decode, on kiln's UTF-8 strs: newline
 * bytes never occur inside a multi-byte sequence, so the scans are bytewise. */
static Value nld_decode_impl(NLDecoder *d, Value input, const char *data, int64_t n, bool final)
{
    if (!d->ok) return nld_uninit();
    Value out = inner_decode(d, input, data, n, final);
    if (!out || !d->universal) return out;
    int64_t len = STR_NBYTES(out);
    bool prefix = d->pendingcr && (final || len > 0);
    bool strip = !final && len > 0 && STR_DATA(out)[len - 1] == '\r';
    if (prefix || strip) {
        StrBuf b;
        sb_init(&b);
        if (prefix) sb_addc(&b, '\r');
        sb_add(&b, STR_DATA(out), (size_t)(strip ? len - 1 : len));
        out = sb_finish(&b);
        d->pendingcr = strip;
        len = STR_NBYTES(out);
    }
    if (len == 0) return out;
    const char *s = STR_DATA(out);
    int seen = d->seennl;
    bool only_lf = false;
    if (seen == SEEN_LF || seen == 0) only_lf = memchr(s, '\r', (size_t)len) == NULL;
    if (only_lf) {
        if (seen == 0 && memchr(s, '\n', (size_t)len)) seen |= SEEN_LF;
    } else if (!d->translate) {
        for (int64_t i = 0; i < len && seen != SEEN_ALL; i++) {
            if (s[i] == '\n') seen |= SEEN_LF;
            else if (s[i] == '\r') {
                if (i + 1 < len && s[i + 1] == '\n') { seen |= SEEN_CRLF; i++; }
                else seen |= SEEN_CR;
            }
        }
    } else {
        StrBuf b;
        sb_init(&b);
        int64_t i = 0, start = 0;
        for (; i < len; i++) {
            if (s[i] == '\n') { seen |= SEEN_LF; continue; }
            if (s[i] != '\r') continue;
            sb_add(&b, s + start, (size_t)(i - start));
            sb_addc(&b, '\n');
            if (i + 1 < len && s[i + 1] == '\n') { seen |= SEEN_CRLF; i++; }
            else seen |= SEEN_CR;
            start = i + 1;
        }
        sb_add(&b, s + start, (size_t)(len - start));
        out = sb_finish(&b);
    }
    d->seennl |= seen;
    return out;
}

static Value nld_decode(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "input", "final", NULL };
    Value a[2];
    if (args_parse("decode", args, nargs, kw, names, 1, a) < 0) return 0;
    int fin = 0;
    if (a[1]) {
        int64_t f;
        if (obj_as_ssize(a[1], &f, E(OverflowError)) < 0) return 0;
        fin = f != 0;
    }
    return nld_decode_impl(NL(self), a[0], NULL, 0, fin);
}

/* getstate() as a (buffer, flags) pair; the inner flags shifted with pendingcr. */
static int nld_state(NLDecoder *d, Value *buf, Value *flags)
{
    if (!d->ok) { nld_uninit(); return -1; }
    Value b = R->empty_bytes, f = MKSMALL(0);
    if (d->decoder == 0) {
        if (d->pend) b = d->pend;
    } else if (d->decoder != NONE) {
        Value st = obj_call_method(d->decoder, S(getstate), NULL, 0);
        if (!st) return -1;
        if (parse_state(st, "illegal decoder state", &b, &f) < 0) return -1;
    }
    if (d->universal) {
        f = int_lshift(f, 1);
        if (!f) return -1;
        if (d->pendingcr) f = int_add(f, MKSMALL(1));
    }
    *buf = b;
    *flags = f;
    return 0;
}

static Value nld_getstate(Value self, const Value *args, size_t nargs, Value kw)
{
    Value b, f;
    if (nld_state(NL(self), &b, &f) < 0) return 0;
    return tuple_pack(2, b, f);
}

static int nld_set(NLDecoder *d, Value buf, Value flags)
{
    if (!d->ok) { nld_uninit(); return -1; }
    if (d->universal) {
        Value low = obj_binop(flags, MKSMALL(1), BINOP_AND);
        if (!low) return -1;
        d->pendingcr = low != MKSMALL(0);
        flags = obj_binop(flags, MKSMALL(1), BINOP_RSHIFT);
        if (!flags) return -1;
    }
    if (d->decoder == 0) {
        int64_t n;
        const char *p;
        if (!bytes_like(buf, &p, &n)) {
            raise_TypeError("a bytes-like object is required, not '%s'", TYPE_NAME(buf));
            return -1;
        }
        STORE(d, pend, n ? bytes_new(p, (size_t)n) : 0);
    } else if (d->decoder != NONE) {
        Value st = tuple_pack(2, buf, flags);
        Value r = obj_call_method(d->decoder, S(setstate), &st, 1);
        if (!r) return -1;
    }
    return 0;
}

static Value nld_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    Value st = args[0];
    if (!IS_TUPLE(st)) return raise_TypeError("state argument must be a tuple");
    Value b, f;
    if (parse_state(st, "setstate(): illegal state argument", &b, &f) < 0) return 0;
    return nld_set(NL(self), b, f) < 0 ? 0 : NONE;
}

static int nld_do_reset(NLDecoder *d)
{
    if (!d->ok) { nld_uninit(); return -1; }
    d->seennl = 0;
    d->pendingcr = false;
    if (d->decoder == 0) STORE(d, pend, 0);
    else if (d->decoder != NONE && !obj_call_method(d->decoder, S(reset), NULL, 0)) return -1;
    return 0;
}

static Value nld_reset(Value self, const Value *args, size_t nargs, Value kw)
{
    return nld_do_reset(NL(self)) < 0 ? 0 : NONE;
}

static Value nld_newlines_of(int seen)
{
    static const char *const one[] = { NULL, "\r", "\n", NULL, "\r\n" };
    switch (seen) {
    case 0: return NONE;
    case SEEN_CR: case SEEN_LF: case SEEN_CRLF: return str_from_cstr(one[seen]);
    case SEEN_CR | SEEN_LF: return tuple_pack(2, str_from_cstr("\r"), str_from_cstr("\n"));
    case SEEN_CR | SEEN_CRLF: return tuple_pack(2, str_from_cstr("\r"), str_from_cstr("\r\n"));
    case SEEN_LF | SEEN_CRLF: return tuple_pack(2, str_from_cstr("\n"), str_from_cstr("\r\n"));
    default: return tuple_pack(3, str_from_cstr("\r"), str_from_cstr("\n"), str_from_cstr("\r\n"));
    }
}

static Value nld_newlines(Value self)
{
    if (!NL(self)->ok) return nld_uninit();
    return nld_newlines_of(NL(self)->seennl);
}

/* _io objects cannot be pickled (CPython's object.__reduce_ex__ refuses their
 * C layouts): protocol 2+ names the type's tp_name, 0 and 1 its __name__. */
static Value io_text_reduce_ex(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t proto = 0;
    if (obj_as_ssize(args[0], &proto, E(OverflowError)) < 0) return 0;
    Type *t = TYPE(self);
    if (proto >= 2 && !(t->flags & TF_HEAPTYPE)) return raise_TypeError("cannot pickle '%s.%U' object", STR_DATA(t->module), t->name);
    return raise_TypeError("cannot pickle '%U' object", t->name);
}

static const MethodDef nld_methods[] = {
    { "__reduce_ex__", io_text_reduce_ex, METH_O, NULL },
    { "decode", nld_decode, 0, NULL },
    { "getstate", nld_getstate, METH_NOARGS, NULL },
    { "setstate", nld_setstate, METH_O, NULL },
    { "reset", nld_reset, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef nld_getsets[] = {
    { "newlines", nld_newlines, NULL, NULL, false },
    { NULL, NULL, NULL, NULL, false },
};

const TypeSpec io_nldecoder_spec = {
    .name = "_io.IncrementalNewlineDecoder", .base = -1, .basicsize = sizeof(NLDecoder), .flags = TF_BASETYPE,
    .trace = nld_trace, .new_ = nld_new, .init = nld_init, .methods = nld_methods, .getsets = nld_getsets,
    .doc = "Codec used when reading a file in universal newlines mode.\n\nIt wraps another incremental decoder, "
           "translating \\r\\n and \\r into \\n.\nIt also records the types of newlines encountered.  When used "
           "with\ntranslate=False, it ensures that the newline sequence is returned in\none piece. When used with "
           "decoder=None, it expects unicode strings as\ndecode input and translates newlines without first "
           "invoking an external\ndecoder.",
};

/* -- TextIOWrapper: state checks -------------------------------------------------- */

static void tx_trace(Object *o, Visitor visit, void *ctx)
{
    TextIO *t = (TextIO *)o;
    io_trace_instance(o, visit, ctx);
    visit(t->buffer, ctx); visit(t->encoding, ctx); visit(t->errors, ctx); visit(t->decoder, ctx);
    visit(t->encoder, ctx); visit(t->readnl, ctx); visit(t->decoded, ctx); visit(t->snap_flags, ctx);
    visit(t->snap_input, ctx); visit(t->pending, ctx); visit(t->raw, ctx);
}

static int check_init(TextIO *t)
{
    if (t->ok) return 0;
    raise_ValueError("I/O operation on uninitialized object");
    return -1;
}

static int check_attached(TextIO *t)
{
    if (check_init(t) < 0) return -1;
    if (!t->detached) return 0;
    raise_ValueError("underlying buffer has been detached");
    return -1;
}

/* CPython's CHECK_CLOSED: the buffer's (or the raw FileIO's) closed flag for the
 * exact type, self.closed for subclasses. */
static int check_closed(Value self)
{
    TextIO *t = TX(self);
    int r;
    if (TYPE(self) == T(io_textwrapper) && t->raw) r = ((FileIO *)t->raw)->fd < 0;
    else {
        Value c = obj_getattr(TYPE(self) == T(io_textwrapper) ? t->buffer : self, S(closed));
        if (!c) return -1;
        r = obj_truthy(c);
        if (r < 0) return -1;
    }
    if (!r) return 0;
    raise_ValueError("I/O operation on closed file.");
    return -1;
}

#define ATTACHED_OR_FAIL(self) do { if (check_attached(TX(self)) < 0) return 0; } while (0)
#define OPEN_OR_FAIL(self) do { if (check_attached(TX(self)) < 0 || check_closed(self) < 0) return 0; } while (0)

static void set_decoded(TextIO *t, Value s)
{
    STORE(t, decoded, s);
    t->decoded_used = 0;
}

static void clear_snapshot(TextIO *t)
{
    STORE(t, snap_flags, 0);
    STORE(t, snap_input, 0);
}

/* -- Writing ----------------------------------------------------------------------- */

static int write_flush(TextIO *t)
{
    if (!t->pending_count) return 0;
    RawBytes *p = (RawBytes *)t->pending;
    int64_t n = t->pending_count;
    t->pending_count = 0;
    if (buffered_check(t->buffer)) {
        /* the raw write may let another thread in: it queues into a new buffer */
        STORE(t, pending, 0);
        int64_t r = buffered_write_bytes(t->buffer, p->data, n);
        if (!t->pending) STORE(t, pending, OBJ_VAL(p));
        return r < 0 ? -1 : 0;
    }
    Value b = bytes_new(p->data, (size_t)n);
    for (;;) {
        Value r = obj_call_method(t->buffer, S(write), &b, 1);
        if (r) return 0;
        if (!io_trap_eintr()) return -1;
    }
}

/* Room for n more pending bytes. */
static char *pending_room(TextIO *t, int64_t n)
{
    RawBytes *p = (RawBytes *)t->pending;
    if (!p || p->cap < t->pending_count + n) {
        int64_t cap = p ? p->cap * 2 : 256;
        while (cap < t->pending_count + n) cap *= 2;
        RawBytes *q = raw_bytes_new(cap);
        if (p && t->pending_count) memcpy(q->data, p->data, (size_t)t->pending_count);
        STORE(t, pending, OBJ_VAL(q));
        p = q;
    }
    return p->data + t->pending_count;
}

/* Queue encoded bytes (CPython: never let the queue grow past chunk_size). */
static int pending_add(TextIO *t, const char *data, int64_t n)
{
    if (t->pending_count && t->pending_count + n > t->chunk_size && write_flush(t) < 0) return -1;
    memcpy(pending_room(t, n), data, (size_t)n);
    t->pending_count += n;
    return 0;
}

/* UTF-8 text with no lone surrogate (ED A0..BF) is its own UTF-8 encoding. */
static bool utf8_clean(Value s)
{
    if (((Str *)s)->flags & STR_ASCII) return true;
    const unsigned char *p = (const unsigned char *)STR_DATA(s), *e = p + STR_NBYTES(s);
    while ((p = memchr(p, 0xED, (size_t)(e - p))) != NULL) {
        if (p + 1 < e && p[1] >= 0xA0) return false;
        p++;
    }
    return true;
}

/* The encoded form of text: a bytes object, or text itself when its UTF-8
 * bytes are the encoding (ASCII text; any surrogate-free text for utf-8). */
static Value encode_text(TextIO *t, Value text)
{
    if (t->native_enc != NAT_NONE) {
        bool ascii = ((Str *)text)->flags & STR_ASCII;
        if (ascii || (t->native_enc == NAT_UTF8 && utf8_clean(text))) return text;
        return str_encode(text, nat_names[t->native_enc], STR_DATA(t->errors));
    }
    Value b = obj_call_method(t->encoder, S(encode), &text, 1);
    if (b && !(IS_OBJ(b) && type_is_subtype(TYPE(b), T(bytes))))
        return raise_TypeError("encoder should return a bytes object, not '%s'", TYPE_NAME(b));
    return b;
}

static Value tx_write(Value self, const Value *args, size_t nargs, Value kw)
{
    TextIO *t = TX(self);
    OPEN_OR_FAIL(self);
    Value text = args[0];
    if (!IS_STR(text)) return raise_TypeError("write() argument must be str, not %s", TYPE_NAME(text));
    if (!t->writable) return io_unsupported("not writable");
    int64_t textlen = STR_LEN(text);
    const char *d = STR_DATA(text);
    int64_t n = STR_NBYTES(text);
    bool haslf = false, needflush = false;
    if ((t->writetranslate && t->writenl) || t->line_buffering) haslf = memchr(d, '\n', (size_t)n) != NULL;
    if (haslf && t->writetranslate && t->writenl) {
        StrBuf b;
        sb_init(&b);
        for (int64_t i = 0; i < n; i++) {
            if (d[i] != '\n') { sb_addc(&b, d[i]); continue; }
            sb_add(&b, t->writenl == 1 ? "\r" : "\r\n", (size_t)t->writenl);
        }
        text = sb_finish(&b);
        d = STR_DATA(text);
        n = STR_NBYTES(text);
    }
    if (t->line_buffering && (haslf || memchr(d, '\r', (size_t)n))) needflush = true;
    Value b = encode_text(t, text);
    if (!b) return 0;
    if (t->native_enc != NAT_NONE) t->encoding_start_of_stream = false;
    const char *bd = b == text ? d : BYTES_DATA(b);
    int64_t bn = b == text ? n : BYTES_SIZE(b);
    if (!t->pending_count && bn >= t->chunk_size) {
        /* one big piece: write it as it is */
        if (buffered_check(t->buffer)) {
            if (buffered_write_bytes(t->buffer, bd, bn) < 0) return 0;
        } else {
            if (b == text) b = bytes_new(bd, (size_t)bn);
            if (!obj_call_method(t->buffer, S(write), &b, 1)) return 0;
        }
    } else {
        if (pending_add(t, bd, bn) < 0) return 0;
        if ((t->pending_count >= t->chunk_size || needflush || t->write_through) && write_flush(t) < 0) return 0;
    }
    if (needflush && !obj_call_method(t->buffer, S(flush), NULL, 0)) return 0;
    set_decoded(t, 0);
    clear_snapshot(t);
    if (t->decoder && nld_do_reset(NL(t->decoder)) < 0) return 0;
    return int_from_i64(textlen);
}

/* -- Reading ----------------------------------------------------------------------- */

/* Decode through the wrapper's decoder (an NLDecoder). */
static Value tx_decode(TextIO *t, Value input, const char *data, int64_t n, bool final)
{
    return nld_decode_impl(NL(t->decoder), input, data, n, final);
}

/* Read a chunk, decode it into t->decoded; 1 if not at EOF, 0 at EOF, -1 error.
 * With telling on, note the snapshot tell() starts from (CPython's read_chunk). */
static int read_chunk(TextIO *t, int64_t size_hint)
{
    if (!t->decoder) { io_unsupported("not readable"); return -1; }
    Value dec_buf = 0, dec_flags = 0;
    if (t->telling && nld_state(NL(t->decoder), &dec_buf, &dec_flags) < 0) return -1;
    if (t->telling && !(IS_OBJ(dec_buf) && type_is_subtype(TYPE(dec_buf), T(bytes)))) {
        raise_TypeError("illegal decoder state: the first item should be a bytes object, not '%s'",
                        TYPE_NAME(dec_buf));
        return -1;
    }
    if (size_hint > 0) size_hint = (int64_t)((t->b2cratio > 1.0 ? t->b2cratio : 1.0) * (double)size_hint);
    Value sz = int_from_i64(t->chunk_size > size_hint ? t->chunk_size : size_hint);
    Value chunk = obj_call_method(t->buffer, t->has_read1 ? S(read1) : S(read), &sz, 1);
    if (!chunk) return -1;
    const char *data;
    int64_t nbytes;
    if (!bytes_like(chunk, &data, &nbytes)) {
        raise_TypeError("underlying %s() should have returned a bytes-like object, not '%s'",
                        t->has_read1 ? "read1" : "read", TYPE_NAME(chunk));
        return -1;
    }
    bool eof = nbytes == 0;
    Value s = tx_decode(t, chunk, data, nbytes, eof);
    if (!s) return -1;
    set_decoded(t, s);
    int64_t nchars = STR_LEN(s);
    t->b2cratio = nchars > 0 ? (double)nbytes / (double)nchars : 0.0;
    if (nchars > 0) eof = false;
    if (t->telling) {
        Value next = chunk;
        if (BYTES_SIZE(dec_buf) || TYPE(chunk) != T(bytes)) {
            bytes_like(chunk, &data, &nbytes);
            StrBuf b;
            sb_init(&b);
            sb_add(&b, BYTES_DATA(dec_buf), (size_t)BYTES_SIZE(dec_buf));
            sb_add(&b, data, (size_t)nbytes);
            next = bytes_new(b.data ? b.data : "", b.len);
            sb_free(&b);
        }
        STORE(t, snap_flags, dec_flags);
        STORE(t, snap_input, next);
    }
    return !eof;
}

/* Up to n (< 0: all) code points of the decoded text, consumed. */
static Value take_decoded(TextIO *t, int64_t n)
{
    Value s = t->decoded;
    if (!s) return R->empty_str;
    int64_t from = t->decoded_used, to = n < 0 ? STR_NBYTES(s) : u8_advance(s, from, n);
    t->decoded_used = to;
    return sub_bytes(s, from, to);
}

static int read_size_arg(Value v, int64_t *n)
{
    *n = -1;
    if (!v || v == NONE) return 0;
    if (!IS_INT(v) && !type_lookup(TYPE(v), S(__index__))) {
        raise_TypeError("argument should be integer or None, not '%s'", TYPE_NAME(v));
        return -1;
    }
    return obj_as_ssize(v, n, E(OverflowError));
}

static Value tx_read(Value self, const Value *args, size_t nargs, Value kw)
{
    TextIO *t = TX(self);
    if (args_no_kw("read", kw) < 0 || args_count("read", nargs, 0, 1) < 0) return 0;
    int64_t n;
    OPEN_OR_FAIL(self);
    if (read_size_arg(nargs ? args[0] : 0, &n) < 0) return 0;
    if (!t->decoder) return io_unsupported("not readable");
    if (write_flush(t) < 0) return 0;
    if (n < 0) {
        Value b = obj_call_method(t->buffer, S(read), NULL, 0);
        if (!b) return 0;
        Value dec;
        if (b == NONE) dec = tx_decode(t, R->empty_bytes, "", 0, true);
        else dec = tx_decode(t, b, NULL, 0, true);
        if (!dec) return 0;
        Value head = take_decoded(t, -1);
        Value r = STR_NBYTES(head) ? str_concat(head, dec) : dec;
        set_decoded(t, 0);
        clear_snapshot(t);
        return r;
    }
    Value result = take_decoded(t, n);
    int64_t remaining = n - STR_LEN(result);
    if (remaining <= 0) return result;
    StrBuf b;
    sb_init(&b);
    sb_add(&b, STR_DATA(result), (size_t)STR_NBYTES(result));
    while (remaining > 0) {
        int r = read_chunk(t, remaining);
        if (r < 0) {
            if (io_trap_eintr()) continue;
            sb_free(&b);
            return 0;
        }
        if (r == 0) break;
        Value s = take_decoded(t, remaining);
        sb_add(&b, STR_DATA(s), (size_t)STR_NBYTES(s));
        remaining -= STR_LEN(s);
    }
    return sb_finish(&b);
}

/* CPython's _PyIO_find_line_ending on UTF-8 bytes: the end of the line (just
 * past its terminator) as a byte offset from p, or -1 with *consumed the bytes
 * that can be set aside (no terminator can start before them). */
static int64_t find_line_ending(TextIO *t, const char *p, int64_t n, int64_t *consumed)
{
    if (t->readtranslate) {
        const char *q = memchr(p, '\n', (size_t)n);
        if (q) return q - p + 1;
        *consumed = n;
        return -1;
    }
    if (t->readuniversal) {
        for (int64_t i = 0; i < n; i++) {
            char c = p[i];
            if (c == '\n') return i + 1;
            if (c == '\r') return (i + 1 < n && p[i + 1] == '\n') ? i + 2 : i + 1;
        }
        *consumed = n;
        return -1;
    }
    const char *nl = STR_DATA(t->readnl);
    int64_t nln = STR_NBYTES(t->readnl);
    if (nln == 1) {
        const char *q = memchr(p, nl[0], (size_t)n);
        if (q) return q - p + 1;
        *consumed = n;
        return -1;
    }
    int64_t e = n - (nln - 1);
    if (e < 0) e = 0;
    for (int64_t i = 0; i < e; i++)
        if (p[i] == nl[0] && memcmp(p + i, nl, (size_t)nln) == 0) return i + nln;
    const char *q = e < n ? memchr(p + e, nl[0], (size_t)(n - e)) : NULL;
    *consumed = q ? q - p : n;
    return -1;
}

/* readline(limit): CPython's _textiowrapper_readline, in bytes of the decoded
 * text.  A line that ends inside the decoded chunk is one substring. */
static Value readline_impl(Value self, int64_t limit)
{
    TextIO *t = TX(self);
    if (check_closed(self) < 0) return 0;
    if (write_flush(t) < 0) return 0;
    StrBuf acc;          /* text set aside from earlier chunks */
    sb_init(&acc);
    bool have_acc = false;
    int64_t chunked = 0; /* code points in acc */
    Value remaining = 0, line = 0;
    int64_t start = 0, endpos = 0, offset = 0;
    for (;;) {
        int r = 1;
        while (!t->decoded || t->decoded_used >= STR_NBYTES(t->decoded)) {
            r = read_chunk(t, 0);
            if (r < 0) {
                if (io_trap_eintr()) continue;
                sb_free(&acc);
                return 0;
            }
            if (r == 0) break;
        }
        if (r == 0) {
            set_decoded(t, 0);
            clear_snapshot(t);
            line = 0;
            break;
        }
        if (!remaining) {
            line = t->decoded;
            start = t->decoded_used;
            offset = 0;
        } else {
            line = str_concat(remaining, t->decoded);
            if (!line) { sb_free(&acc); return 0; }
            start = 0;
            offset = STR_NBYTES(remaining);
            remaining = 0;
        }
        const char *p = STR_DATA(line);
        int64_t n = STR_NBYTES(line), consumed = 0;
        int64_t e = find_line_ending(t, p + start, n - start, &consumed);
        endpos = start + (e >= 0 ? e : consumed);
        if (limit >= 0) {
            int64_t nch = (((Str *)line)->flags & STR_ASCII) ? endpos - start : u8_count(p + start, endpos - start);
            if (nch + chunked >= limit) {
                endpos = u8_advance(line, start, limit - chunked);
                break;
            }
        }
        if (e >= 0) break;
        if (endpos > start) {
            sb_add(&acc, p + start, (size_t)(endpos - start));
            have_acc = true;
            if (limit >= 0) chunked += u8_count(p + start, endpos - start);
        }
        if (endpos < n) remaining = str_new(p + endpos, (size_t)(n - endpos));
        line = 0;
        set_decoded(t, 0);
    }
    if (line) {
        t->decoded_used = endpos - offset;
        if (!have_acc && !remaining) return sub_bytes(line, start, endpos);
    }
    if (remaining) { sb_add(&acc, STR_DATA(remaining), (size_t)STR_NBYTES(remaining)); have_acc = true; }
    if (!have_acc) { sb_free(&acc); return line ? sub_bytes(line, start, endpos) : R->empty_str; }
    if (line) sb_add(&acc, STR_DATA(line) + start, (size_t)(endpos - start));
    return sb_finish(&acc);
}

static Value tx_readline(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("readline", kw) < 0 || args_count("readline", nargs, 0, 1) < 0) return 0;
    int64_t limit = -1;
    if (nargs && obj_as_ssize(args[0], &limit, E(OverflowError)) < 0) return 0;
    ATTACHED_OR_FAIL(self);
    return readline_impl(self, limit);
}

static Value tx_iternext(Value self)
{
    TextIO *t = TX(self);
    ATTACHED_OR_FAIL(self);
    t->telling = false;
    Value line;
    if (TYPE(self) == T(io_textwrapper)) line = readline_impl(self, -1);
    else {
        line = obj_call_method(self, S(readline), NULL, 0);
        if (line && !IS_STR(line))
            return raise_fmt(E(OSError), "readline() should have returned a str object, not '%s'", TYPE_NAME(line));
    }
    if (!line) return 0;
    if (STR_NBYTES(line) == 0) {
        clear_snapshot(t);
        t->telling = t->seekable;
        return 0;
    }
    return line;
}

static Value tx_flush(Value self, const Value *args, size_t nargs, Value kw)
{
    TextIO *t = TX(self);
    OPEN_OR_FAIL(self);
    t->telling = t->seekable;
    if (write_flush(t) < 0) return 0;
    return obj_call_method(t->buffer, S(flush), NULL, 0);
}

static Value call_self(Value self, Value name) { return obj_call_method(self, name, NULL, 0); }

static Value tx_close(Value self, const Value *args, size_t nargs, Value kw)
{
    TextIO *t = TX(self);
    ATTACHED_OR_FAIL(self);
    Value c = obj_getattr(t->buffer, S(closed));
    if (!c) return 0;
    int r = obj_truthy(c);
    if (r < 0) return 0;
    if (r) return NONE;
    if (t->finalizing) {
        if (!obj_call_method(t->buffer, S(_dealloc_warn), &self, 1)) exc_clear();
    }
    Value exc = 0;
    if (!call_self(self, S(flush))) exc = exc_fetch();
    Value res = obj_call_method(t->buffer, S(close), NULL, 0);
    if (exc) {
        if (!res) {
            Value e2 = exc_fetch();
            exc_set_context_cause(e2, exc);
            exc_restore(e2);
        } else exc_restore(exc);
        return 0;
    }
    return res;
}

static Value tx_detach(Value self, const Value *args, size_t nargs, Value kw)
{
    TextIO *t = TX(self);
    ATTACHED_OR_FAIL(self);
    if (!call_self(self, S(flush))) return 0;
    Value b = t->buffer;
    io_drop_owner(b, self);
    STORE(t, buffer, 0);
    STORE(t, raw, 0);
    t->detached = true;
    return b;
}

/* fileno/seekable/readable/writable/isatty: the buffer's. */
#define TX_FORWARD(fn, nm) \
    static Value fn(Value self, const Value *args, size_t nargs, Value kw) \
    { \
        ATTACHED_OR_FAIL(self); \
        return obj_call_method(TX(self)->buffer, S(nm), NULL, 0); \
    }
TX_FORWARD(tx_fileno, fileno)
TX_FORWARD(tx_seekable, seekable)
TX_FORWARD(tx_readable, readable)
TX_FORWARD(tx_writable, writable)
TX_FORWARD(tx_isatty, isatty)

static Value tx_truncate(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("truncate", kw) < 0 || args_count("truncate", nargs, 0, 1) < 0) return 0;
    ATTACHED_OR_FAIL(self);
    if (!call_self(self, S(flush))) return 0;
    Value pos = nargs ? args[0] : NONE;
    return obj_call_method(TX(self)->buffer, S(truncate), &pos, 1);
}

/* -- tell() and seek(): CPython's opaque cookies --------------------------------- */

/* start_pos (64 bits) | dec_flags << 64 | bytes_to_feed << 96 | chars_to_skip << 128
 * | need_eof << 160: CPython's 21-byte little-endian cookie struct. */
typedef struct Cookie { int64_t start_pos; int32_t dec_flags, bytes_to_feed, chars_to_skip; uint8_t need_eof; } Cookie;

static Value cookie_build(const Cookie *c)
{
    unsigned char b[21];
    memcpy(b, &c->start_pos, 8);
    memcpy(b + 8, &c->dec_flags, 4);
    memcpy(b + 12, &c->bytes_to_feed, 4);
    memcpy(b + 16, &c->chars_to_skip, 4);
    b[20] = c->need_eof;
    return int_from_bytes(b, sizeof b, true, false);
}

static int cookie_parse(Value v, Cookie *c)
{
    Value n = obj_type_call(T(int), &v, 1, 0);
    if (!n) return -1;
    unsigned char b[21];
    if (int_to_bytes(n, b, sizeof b, true, false) < 0) return -1;
    memcpy(&c->start_pos, b, 8);
    memcpy(&c->dec_flags, b + 8, 4);
    memcpy(&c->bytes_to_feed, b + 12, 4);
    memcpy(&c->chars_to_skip, b + 16, 4);
    c->need_eof = b[20];
    return 0;
}

static int decoder_setstate(TextIO *t, const Cookie *c)
{
    NLDecoder *d = NL(t->decoder);
    if (c->start_pos == 0 && c->dec_flags == 0) return nld_do_reset(d);
    return nld_set(d, R->empty_bytes, MKSMALL(c->dec_flags));
}

static int encoder_reset(TextIO *t, bool start_of_stream)
{
    t->encoding_start_of_stream = start_of_stream;
    if (!t->encoder) return 0;
    Value r = start_of_stream ? obj_call_method(t->encoder, S(reset), NULL, 0)
                              : obj_call_method(t->encoder, S(setstate), (Value[]){ MKSMALL(0) }, 1);
    return r ? 0 : -1;
}

/* The decoder's pending input length and flags (tell()'s DECODER_GETSTATE). */
static int dec_pending(TextIO *t, int64_t *buflen, int32_t *flags)
{
    Value b, f;
    if (nld_state(NL(t->decoder), &b, &f) < 0) return -1;
    if (!(IS_OBJ(b) && type_is_subtype(TYPE(b), T(bytes)))) {
        raise_TypeError("illegal decoder state: the first item should be a bytes object, not '%s'", TYPE_NAME(b));
        return -1;
    }
    int64_t fl;
    if (int_as_i64(f, &fl) < 0) return -1;
    if (fl > INT32_MAX || fl < INT32_MIN) { raise_OverflowError("signed integer is greater than maximum"); return -1; }
    *buflen = BYTES_SIZE(b);
    *flags = (int32_t)fl;
    return 0;
}

/* Code points decoded from data[0..n). */
static int dec_count(TextIO *t, const char *data, int64_t n, int64_t *chars)
{
    Value s = tx_decode(t, 0, data, n, false);
    if (!s) return -1;
    *chars = STR_LEN(s);
    return 0;
}

static Value tx_tell(Value self, const Value *args, size_t nargs, Value kw)
{
    TextIO *t = TX(self);
    OPEN_OR_FAIL(self);
    if (!t->seekable) return io_unsupported("underlying stream is not seekable");
    if (!t->telling) return raise_fmt(E(OSError), "telling position disabled by next() call");
    if (write_flush(t) < 0 || !call_self(self, S(flush))) return 0;
    Value pos = obj_call_method(t->buffer, S(tell), NULL, 0);
    if (!pos) return 0;
    if (!t->decoder || !t->snap_flags) return pos;
    Cookie c = { 0, 0, 0, 0, 0 };
    if (int_as_i64(pos, &c.start_pos) < 0) return 0;
    int64_t fl;
    if (int_as_i64(t->snap_flags, &fl) < 0) return 0;
    c.dec_flags = (int32_t)fl;
    Value next = t->snap_input;
    c.start_pos -= BYTES_SIZE(next);
    if (t->decoded_used == 0) return cookie_build(&c);
    int64_t chars_to_skip = u8_count(STR_DATA(t->decoded), t->decoded_used);
    Value sb, sf;
    if (nld_state(NL(t->decoder), &sb, &sf) < 0) return 0;
    Value saved = tuple_pack(2, sb, sf);
    const char *input = BYTES_DATA(next);
    int64_t in_len = BYTES_SIZE(next);
    int64_t buflen, chars;
    int32_t dflags;
    /* fast search for a start point close to the position */
    int64_t skip_bytes = (int64_t)(t->b2cratio * (double)chars_to_skip), skip_back = 1;
    if (skip_bytes > in_len) skip_bytes = in_len;
    while (skip_bytes > 0) {
        if (decoder_setstate(t, &c) < 0 || dec_count(t, input, skip_bytes, &chars) < 0) goto fail;
        if (chars <= chars_to_skip) {
            if (dec_pending(t, &buflen, &dflags) < 0) goto fail;
            if (buflen == 0) {
                c.dec_flags = dflags;
                chars_to_skip -= chars;
                break;
            }
            skip_bytes -= buflen;
            skip_back = 1;
        } else {
            skip_bytes -= skip_back;
            skip_back *= 2;
        }
    }
    if (skip_bytes <= 0) {
        skip_bytes = 0;
        if (decoder_setstate(t, &c) < 0) goto fail;
    }
    c.start_pos += skip_bytes;
    c.chars_to_skip = (int32_t)chars_to_skip;
    if (chars_to_skip) {
        /* feed the decoder one byte at a time, noting the last safe start point */
        int64_t decoded = 0, i = skip_bytes;
        for (; i < in_len; i++) {
            if (dec_count(t, input + i, 1, &chars) < 0) goto fail;
            decoded += chars;
            c.bytes_to_feed++;
            if (dec_pending(t, &buflen, &dflags) < 0) goto fail;
            if (buflen == 0 && decoded <= chars_to_skip) {
                c.start_pos += c.bytes_to_feed;
                chars_to_skip -= decoded;
                c.dec_flags = dflags;
                c.bytes_to_feed = 0;
                decoded = 0;
            }
            if (decoded >= chars_to_skip) break;
        }
        if (i >= in_len) {
            Value s = tx_decode(t, 0, "", 0, true);
            if (!s) goto fail;
            decoded += STR_LEN(s);
            c.need_eof = 1;
            if (decoded < chars_to_skip) {
                raise_fmt(E(OSError), "can't reconstruct logical file position");
                goto fail;
            }
        }
    }
    if (nld_set(NL(t->decoder), TUPLE_ITEMS(saved)[0], TUPLE_ITEMS(saved)[1]) < 0) return 0;
    c.chars_to_skip = (int32_t)chars_to_skip;
    return cookie_build(&c);
fail:
    {
        Value e = exc_fetch();
        nld_set(NL(t->decoder), TUPLE_ITEMS(saved)[0], TUPLE_ITEMS(saved)[1]);
        exc_clear();
        exc_restore(e);
    }
    return 0;
}

static Value tx_seek(Value self, const Value *args, size_t nargs, Value kw)
{
    TextIO *t = TX(self);
    if (args_no_kw("seek", kw) < 0 || args_count("seek", nargs, 1, 2) < 0) return 0;
    Value cookie = args[0];
    int64_t whence = 0;
    if (nargs > 1) {
        if (IS_FLOAT(args[1])) return raise_TypeError("'float' object cannot be interpreted as an integer");
        if (obj_as_ssize(args[1], &whence, E(OverflowError)) < 0) return 0;
    }
    OPEN_OR_FAIL(self);
    if (!t->seekable) return io_unsupported("underlying stream is not seekable");
    if (whence == 1 || whence == 2) {
        int z = obj_compare_bool(cookie, MKSMALL(0), CMP_EQ);
        if (z < 0) return 0;
        if (!z) return io_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                                  : "can't do nonzero end-relative seeks");
        if (whence == 1) {
            cookie = call_self(self, S(tell));
            if (!cookie) return 0;
        } else {
            if (!call_self(self, S(flush))) return 0;
            set_decoded(t, 0);
            clear_snapshot(t);
            if (t->decoder && nld_do_reset(NL(t->decoder)) < 0) return 0;
            Value sa[2] = { MKSMALL(0), MKSMALL(2) };
            Value res = obj_call_method(t->buffer, S(seek), sa, 2);
            if (!res) return 0;
            if (t->encoder || t->writable) {
                int z0 = obj_compare_bool(res, MKSMALL(0), CMP_EQ);
                if (z0 < 0 || encoder_reset(t, z0) < 0) return 0;
            }
            return res;
        }
    } else if (whence != 0) {
        return raise_ValueError("invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    }
    int neg = obj_compare_bool(cookie, MKSMALL(0), CMP_LT);
    if (neg < 0) return 0;
    if (neg) return raise_ValueError("negative seek position %R", cookie);
    if (!call_self(self, S(flush))) return 0;
    Cookie c;
    if (cookie_parse(cookie, &c) < 0) return 0;
    Value pos = int_from_i64(c.start_pos);
    if (!obj_call_method(t->buffer, S(seek), &pos, 1)) return 0;
    set_decoded(t, 0);
    clear_snapshot(t);
    if (t->decoder && decoder_setstate(t, &c) < 0) return 0;
    if (c.chars_to_skip) {
        Value n = MKSMALL(c.bytes_to_feed);
        Value chunk = obj_call_method(t->buffer, S(read), &n, 1);
        if (!chunk) return 0;
        if (!(IS_OBJ(chunk) && type_is_subtype(TYPE(chunk), T(bytes))))
            return raise_TypeError("underlying read() should have returned a bytes object, not '%s'", TYPE_NAME(chunk));
        STORE(t, snap_flags, MKSMALL(c.dec_flags));
        STORE(t, snap_input, chunk);
        Value s = tx_decode(t, chunk, NULL, 0, c.need_eof != 0);
        if (!s) return 0;
        set_decoded(t, s);
        if (STR_LEN(s) < c.chars_to_skip) return raise_fmt(E(OSError), "can't restore logical file position");
        t->decoded_used = u8_advance(s, 0, c.chars_to_skip);
    } else {
        STORE(t, snap_flags, MKSMALL(c.dec_flags));
        STORE(t, snap_input, R->empty_bytes);
    }
    if (t->writable && encoder_reset(t, c.start_pos == 0 && c.dec_flags == 0) < 0) return 0;
    return cookie;
}

/* -- Attributes ------------------------------------------------------------------- */

static Value tx_name(Value self)
{
    ATTACHED_OR_FAIL(self);
    return obj_getattr(TX(self)->buffer, S(name));
}

static Value tx_closed(Value self)
{
    ATTACHED_OR_FAIL(self);
    return obj_getattr(TX(self)->buffer, S(closed));
}

static Value tx_newlines(Value self)
{
    TextIO *t = TX(self);
    ATTACHED_OR_FAIL(self);
    if (!t->decoder || !NL(t->decoder)->universal) return NONE;
    return nld_newlines_of(NL(t->decoder)->seennl);
}

static Value tx_errors(Value self)
{
    if (check_init(TX(self)) < 0) return 0;
    return TX(self)->errors;
}

static Value tx_chunk_size(Value self)
{
    ATTACHED_OR_FAIL(self);
    return int_from_i64(TX(self)->chunk_size);
}

static int tx_set_chunk_size(Value self, Value v)
{
    if (check_attached(TX(self)) < 0) return -1;
    if (!v) { raise_AttributeError("cannot delete attribute"); return -1; }
    int64_t n;
    if (obj_as_ssize(v, &n, E(ValueError)) < 0) {
        if (exc_matches(E(ValueError))) {
            exc_clear();
            raise_ValueError("cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    if (n <= 0) { raise_ValueError("a strictly positive integer is required"); return -1; }
    TX(self)->chunk_size = n;
    return 0;
}

static Value tx_encoding(Value self) { return TX(self)->encoding ? TX(self)->encoding : NONE; }
static Value tx_buffer(Value self) { return TX(self)->buffer ? TX(self)->buffer : NONE; }
static Value tx_line_buffering(Value self) { return BOOL_V(TX(self)->line_buffering); }
static Value tx_write_through(Value self) { return BOOL_V(TX(self)->write_through); }
static Value tx_finalizing(Value self) { return BOOL_V(TX(self)->finalizing); }
static int tx_finalizing_set(Value self, Value v)
{
    if (!v) { raise_TypeError("can't delete numeric/char attribute"); return -1; }
    if (!IS_BOOL(v)) { raise_TypeError("attribute value type must be bool"); return -1; }
    TX(self)->finalizing = v == TRUE_V;
    return 0;
}

static Value tx_repr(Value self)
{
    TextIO *t = TX(self);
    if (check_init(t) < 0) return 0;
    int st = repr_enter(self);
    if (st < 0) return 0;
    if (st > 0) return raise_RuntimeError("reentrant call inside %s.__repr__", TYPE_NAME(self));
    StrBuf b;
    sb_init(&b);
    sb_adds(&b, "<_io.TextIOWrapper");
    Value r = 0;
    Value nm = obj_lookup_attr(self, S(name));
    if (!nm && exc_pending()) {
        if (!exc_matches(E(ValueError))) goto done;
        exc_clear();
    }
    if (nm) {
        Value s = obj_repr(nm);
        if (!s) goto done;
        sb_adds(&b, " name=");
        sb_add(&b, STR_DATA(s), (size_t)STR_NBYTES(s));
    }
    Value md = obj_lookup_attr(self, S(mode));
    if (!md && exc_pending()) goto done;
    if (md) {
        Value s = obj_repr(md);
        if (!s) goto done;
        sb_adds(&b, " mode=");
        sb_add(&b, STR_DATA(s), (size_t)STR_NBYTES(s));
    }
    Value e = obj_repr(t->encoding);
    if (!e) goto done;
    sb_adds(&b, " encoding=");
    sb_add(&b, STR_DATA(e), (size_t)STR_NBYTES(e));
    sb_addc(&b, '>');
    r = sb_finish(&b);
done:
    if (!r) sb_free(&b);
    repr_leave(self);
    return r;
}

/* -- Construction ----------------------------------------------------------------- */

static int validate_newline(Value nl)
{
    if (!nl) return 0;
    const char *s = STR_DATA(nl);
    if (strlen(s) != (size_t)STR_NBYTES(nl)) { raise_ValueError("embedded null character"); return -1; }
    if (s[0] && strcmp(s, "\n") && strcmp(s, "\r") && strcmp(s, "\r\n")) {
        raise_ValueError("illegal newline value: %s", s);
        return -1;
    }
    return 0;
}

static void set_newline(TextIO *t, Value nl)
{
    STORE(t, readnl, nl);
    t->readuniversal = !nl || STR_NBYTES(nl) == 0;
    t->readtranslate = !nl;
    t->writetranslate = !nl || STR_NBYTES(nl) != 0;
    t->writenl = 0;
    if (!t->readuniversal && nl && STR_DATA(nl)[0] == '\r') t->writenl = (int)STR_NBYTES(nl);
}

/* The locale's encoding: _locale.getencoding(), which also sets LC_CTYPE from
 * the environment in a process restored from an image. */
static Value locale_encoding(void)
{
    Value m = import_module(str_intern_cstr("_locale"));
    return m ? obj_call_method(m, str_intern_cstr("getencoding"), NULL, 0) : 0;
}

/* codecs.lookup(encoding), refused unless it is a text encoding. */
static Value lookup_text_encoding(Value enc)
{
    Value codecs = import_module(str_from_cstr("codecs"));
    if (!codecs) return 0;
    Value ci = obj_call_method(codecs, str_from_cstr("lookup"), &enc, 1);
    if (!ci) return 0;
    Value it = obj_lookup_attr(ci, str_from_cstr("_is_text_encoding"));
    if (!it && exc_pending()) return 0;
    if (it) {
        int r = obj_truthy(it);
        if (r < 0) return 0;
        if (!r)
            return raise_fmt(E(LookupError), "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs",
                             STR_DATA(enc));
    }
    return ci;
}

static int buffer_flag(Value buffer, Value name)
{
    Value r = obj_call_method(buffer, name, NULL, 0);
    return r ? obj_truthy(r) : -1;
}

/* The decoder and encoder for encoding/errors over t->buffer (CPython's
 * _textiowrapper_set_decoder/_set_encoder); codec_info is 0 for a native codec. */
static int set_codecs(TextIO *t, Value enc, Value errors)
{
    int nat = native_errors(errors) ? native_codec(enc) : NAT_NONE;
    Value ci = 0;
    if (nat == NAT_NONE && !(ci = lookup_text_encoding(enc))) return -1;
    int r = buffer_flag(t->buffer, S(readable));
    if (r < 0) return -1;
    STORE(t, decoder, 0);
    if (r) {
        Value inner = 0;
        if (ci) {
            Value f = obj_getattr(ci, str_from_cstr("incrementaldecoder"));
            if (!f || !(inner = obj_call1(f, errors))) return -1;
        }
        NLDecoder *d = (NLDecoder *)gc_alloc(T(io_nldecoder), sizeof(NLDecoder));
        STORE(d, decoder, inner);
        STORE(d, errors, errors);
        d->native = nat;
        d->universal = t->readuniversal;
        d->translate = t->readtranslate;
        d->ok = true;
        STORE(t, decoder, OBJ_VAL(d));
    }
    r = buffer_flag(t->buffer, S(writable));
    if (r < 0) return -1;
    STORE(t, encoder, 0);
    t->writable = r;
    t->native_enc = NAT_NONE;
    if (r) {
        if (ci) {
            Value f = obj_getattr(ci, str_from_cstr("incrementalencoder"));
            Value e = f ? obj_call1(f, errors) : 0;
            if (!e) return -1;
            STORE(t, encoder, e);
        } else t->native_enc = nat;
    }
    return 0;
}

static int fix_encoder_state(TextIO *t)
{
    if (!t->seekable || !t->writable) return 0;
    t->encoding_start_of_stream = true;
    Value pos = obj_call_method(t->buffer, S(tell), NULL, 0);
    if (!pos) return -1;
    int z = obj_compare_bool(pos, MKSMALL(0), CMP_EQ);
    if (z < 0) return -1;
    if (!z) return encoder_reset(t, false);
    return 0;
}

static int str_or_none_arg(const char *arg, Value v, Value *out)
{
    *out = 0;
    if (!v || v == NONE) return 0;
    if (!IS_STR(v)) {
        raise_TypeError("TextIOWrapper() argument '%s' must be str or None, not %s", arg, TYPE_NAME(v));
        return -1;
    }
    *out = v;
    return 0;
}

static Value tx_new(Type *tp, const Value *args, size_t nargs, Value kw)
{
    Value o = OBJ_VAL(gc_alloc(tp, tp->basicsize));
    TX(o)->chunk_size = 8192;
    return o;
}

static int tx_init(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "buffer", "encoding", "errors", "newline", "line_buffering",
                                         "write_through", NULL };
    TextIO *t = TX(self);
    Value a[6];
    if (args_parse("TextIOWrapper", args, nargs, kw, names, 1, a) < 0) return -1;
    Value enc, errors, nl;
    if (str_or_none_arg("encoding", a[1], &enc) < 0) return -1;
    if (enc && strlen(STR_DATA(enc)) != (size_t)STR_NBYTES(enc)) { raise_ValueError("embedded null character"); return -1; }
    if (str_or_none_arg("newline", a[3], &nl) < 0) return -1;
    int64_t lb = 0, wt = 0;
    if (a[4] && obj_as_ssize(a[4], &lb, E(OverflowError)) < 0) return -1;
    if (a[5] && obj_as_ssize(a[5], &wt, E(OverflowError)) < 0) return -1;
    t->ok = false;     /* a failed re-initialization leaves the object unusable, as CPython's */
    t->detached = false;
    if (a[2] && a[2] != NONE && !IS_STR(a[2])) {
        raise_TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s", TYPE_NAME(a[2]));
        return -1;
    }
    errors = a[2] && a[2] != NONE ? a[2] : S(strict);
    if (validate_newline(nl) < 0) return -1;
    STORE(t, raw, 0);
    if ((!enc || str_eq_cstr(enc, "locale")) && !(enc = locale_encoding())) return -1;
    STORE(t, encoding, enc);
    STORE(t, errors, errors);
    t->chunk_size = 8192;
    t->line_buffering = lb != 0;
    t->write_through = wt != 0;
    set_newline(t, nl);
    STORE(t, buffer, a[0]);
    set_decoded(t, 0);
    clear_snapshot(t);
    t->pending_count = 0;
    t->b2cratio = 0.0;
    if (set_codecs(t, enc, errors) < 0) return -1;
    Value raw = raw_fileio_of(a[0]);
    STORE(t, raw, raw);
    int r = buffer_flag(a[0], S(seekable));
    if (r < 0) return -1;
    t->seekable = t->telling = r;
    Value r1 = obj_lookup_attr(a[0], S(read1));
    if (!r1 && exc_pending()) return -1;
    t->has_read1 = r1 != 0;
    t->encoding_start_of_stream = false;
    if (fix_encoder_state(t) < 0) return -1;
    if (t->writable && !t->registered) {
        if (io_exit_register(self) < 0) return -1;
        t->registered = true;
    }
    io_set_owner(a[0], self);
    t->ok = true;
    return 0;
}

static Value tx_reconfigure(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "encoding", "errors", "newline", "line_buffering", "write_through", NULL };
    TextIO *t = TX(self);
    if (nargs) return raise_TypeError("reconfigure() takes no positional arguments");
    Value a[5];
    if (args_parse("reconfigure", args, nargs, kw, names, 0, a) < 0) return 0;
    Value enc = a[0] ? a[0] : NONE, errors = a[1] ? a[1] : NONE, nl = a[2];
    ATTACHED_OR_FAIL(self);
    if (t->decoded && (enc != NONE || errors != NONE || nl))
        return io_unsupported("It is not possible to set the encoding or newline of stream after the first read");
    Value nlv = 0;
    if (nl && nl != NONE) {
        if (!IS_STR(nl)) return raise_TypeError("bad argument type for built-in operation");
        if (validate_newline(nl) < 0) return 0;
        nlv = nl;
    }
    int64_t lb = t->line_buffering, wt = t->write_through;
    if (a[3] && a[3] != NONE && obj_as_ssize(a[3], &lb, E(OverflowError)) < 0) return 0;
    if (a[4] && a[4] != NONE && obj_as_ssize(a[4], &wt, E(OverflowError)) < 0) return 0;
    if (!call_self(self, S(flush))) return 0;
    t->b2cratio = 0;
    if (nl) set_newline(t, nlv);
    if (enc != NONE || errors != NONE || nl) {
        if (enc == NONE) {
            enc = t->encoding;
            if (errors == NONE) errors = t->errors;
        } else {
            if (!IS_STR(enc)) return raise_TypeError("bad argument type for built-in operation");
            if (str_eq_cstr(enc, "locale") && !(enc = locale_encoding())) return 0;
            if (errors == NONE) errors = S(strict);
        }
        if (!IS_STR(errors)) return raise_TypeError("bad argument type for built-in operation");
        if (set_codecs(t, enc, errors) < 0) return 0;
        STORE(t, encoding, enc);
        STORE(t, errors, errors);
        if (fix_encoder_state(t) < 0) return 0;
    }
    t->line_buffering = lb != 0;
    t->write_through = wt != 0;
    return NONE;
}

/* CPython's textiowrapper_dealloc: close() learns it runs for a collected
 * stream (ResourceWarning through buffer._dealloc_warn), as iobase_finalize. */
static Value tx_del(Value self, const Value *args, size_t nargs, Value kw)
{
    Value saved = exc_fetch();
    TX(self)->finalizing = true;
    Value c = obj_lookup_attr(self, S(closed));
    int closed = c ? obj_truthy(c) : -1;
    exc_clear();
    if (closed == 0 && !call_self(self, S(close))) exc_clear();
    if (saved) exc_restore(saved);
    return NONE;
}

static const MethodDef tx_methods[] = {
    { "__del__", tx_del, METH_NOARGS, NULL },
    { "__reduce_ex__", io_text_reduce_ex, METH_O, NULL },
    { "detach", tx_detach, METH_NOARGS, NULL },
    { "reconfigure", tx_reconfigure, 0, NULL },
    { "write", tx_write, METH_O, NULL },
    { "read", tx_read, 0, NULL },
    { "readline", tx_readline, 0, NULL },
    { "flush", tx_flush, METH_NOARGS, NULL },
    { "close", tx_close, METH_NOARGS, NULL },
    { "fileno", tx_fileno, METH_NOARGS, NULL },
    { "seekable", tx_seekable, METH_NOARGS, NULL },
    { "readable", tx_readable, METH_NOARGS, NULL },
    { "writable", tx_writable, METH_NOARGS, NULL },
    { "isatty", tx_isatty, METH_NOARGS, NULL },
    { "seek", tx_seek, 0, NULL },
    { "tell", tx_tell, METH_NOARGS, NULL },
    { "truncate", tx_truncate, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef tx_getsets[] = {
    { "encoding", tx_encoding, NULL, NULL, true },
    { "buffer", tx_buffer, NULL, NULL, true },
    { "line_buffering", tx_line_buffering, NULL, NULL, true },
    { "write_through", tx_write_through, NULL, NULL, true },
    { "_finalizing", tx_finalizing, tx_finalizing_set, NULL },
    { "name", tx_name, NULL, NULL, false },
    { "closed", tx_closed, NULL, NULL, false },
    { "newlines", tx_newlines, NULL, NULL, false },
    { "errors", tx_errors, NULL, NULL, false },
    { "_CHUNK_SIZE", tx_chunk_size, tx_set_chunk_size, NULL, false },
    { NULL, NULL, NULL, NULL, false },
};

const TypeSpec io_textwrapper_spec = {
    .name = "_io.TextIOWrapper", .base = TYPE_ID_io_textbase, .basicsize = sizeof(TextIO),
    .flags = TF_BASETYPE | TF_HAS_SHAPE,
    .trace = tx_trace, .new_ = tx_new, .init = tx_init, .repr = tx_repr, .next = tx_iternext,
    .methods = tx_methods, .getsets = tx_getsets,
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.\n\n"
           "encoding gives the name of the encoding that the stream will be\n"
           "decoded or encoded with. It defaults to locale.getencoding().\n\n"
           "errors determines the strictness of encoding and decoding (see\n"
           "help(codecs.Codec) or the documentation for codecs.register) and\n"
           "defaults to \"strict\".\n\n"
           "newline controls how line endings are handled. It can be None, '',\n"
           "'\\n', '\\r', and '\\r\\n'.  It works as follows:\n\n"
           "* On input, if newline is None, universal newlines mode is\n"
           "  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n"
           "  these are translated into '\\n' before being returned to the\n"
           "  caller. If it is '', universal newline mode is enabled, but line\n"
           "  endings are returned to the caller untranslated. If it has any of\n"
           "  the other legal values, input lines are only terminated by the given\n"
           "  string, and the line ending is returned to the caller untranslated.\n\n"
           "* On output, if newline is None, any '\\n' characters written are\n"
           "  translated to the system default line separator, os.linesep. If\n"
           "  newline is '' or '\\n', no translation takes place. If newline is any\n"
           "  of the other legal values, any '\\n' characters written are translated\n"
           "  to the given string.\n\n"
           "If line_buffering is True, a call to flush is implied when a call to\n"
           "write contains a newline character.",
};

/* Add the two types to the _io module (iomodule.c's exec). */
int io_text_init(Value module)
{
    Value d = AS(Module, module)->dict;
    if (dict_set_cstr(d, "IncrementalNewlineDecoder", OBJ_VAL(T(io_nldecoder))) < 0) return -1;
    return dict_set_cstr(d, "TextIOWrapper", OBJ_VAL(T(io_textwrapper)));
}
