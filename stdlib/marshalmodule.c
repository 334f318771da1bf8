/* kiln: the marshal module (CPython's format, version 4) and the C API the
 * import system's compiled-code cache uses (marshal_dumps / marshal_loads).
 *
 * Values: None, bools, ints (TYPE_INT, TYPE_LONG in 15-bit digits), floats and
 * complex numbers (binary, or text for version < 2), str (ASCII short/long,
 * UTF-8 'u', with their interned variants), bytes and other bytes-likes,
 * tuples, lists, dicts, sets, frozensets, StopIteration, Ellipsis, and object
 * references (TYPE_REF / FLAG_REF) from version 3 on.
 *
 * FLAG_REF: CPython skips it for objects with a reference count of 1 (fresh
 * temporaries).  kiln has no reference counts, so it approximates: the value
 * given to dumps() (normally also held by a variable) always gets it; lists,
 * dicts, sets and frozensets inside it get it only when the same object
 * occurs more than once in the dumped value (found by a first pass); every
 * other object (constants, in CPython's usual case) always gets it.  loads()
 * accepts either, so only the exact bytes of dumps() can differ from
 * CPython's (e.g. for a temporary list literal passed straight to dumps).
 *
 * Code objects: kiln's bytecode is not CPython's, so kiln code objects use
 * their own type code 'K' (not CPython's 'c'): only kiln reads them back.
 * Layout after the type byte: 9 int32 (argcount, posonlyargcount,
 * kwonlyargcount, nlocals, stacksize, blocksize, flags, firstlineno, ncode),
 * ncode uint32 instructions, ncode int32 line numbers, an int32 0/1 then (if
 * 1) ncode CodePositions, then the objects consts, names, varnames, cellvars,
 * freevars, cell2arg (or NULL), filename, name, qualname. */
#include "core.h"
#include "opcodes.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
    TYPE_NULL = '0', TYPE_NONE = 'N', TYPE_FALSE = 'F', TYPE_TRUE = 'T', TYPE_STOPITER = 'S',
    TYPE_ELLIPSIS = '.', TYPE_INT = 'i', TYPE_FLOAT = 'f', TYPE_BINARY_FLOAT = 'g',
    TYPE_COMPLEX = 'x', TYPE_BINARY_COMPLEX = 'y', TYPE_LONG = 'l', TYPE_STRING = 's',
    TYPE_INTERNED = 't', TYPE_REF = 'r', TYPE_TUPLE = '(', TYPE_LIST = '[', TYPE_DICT = '{',
    TYPE_KILN_CODE = 'K', TYPE_UNICODE = 'u', TYPE_UNKNOWN = '?', TYPE_SET = '<',
    TYPE_FROZENSET = '>', TYPE_ASCII = 'a', TYPE_ASCII_INTERNED = 'A', TYPE_SMALL_TUPLE = ')',
    TYPE_SHORT_ASCII = 'z', TYPE_SHORT_ASCII_INTERNED = 'Z', FLAG_REF = 0x80,
};
enum { MARSHAL_VERSION = 4, MAX_DEPTH = 2000, SIZE32_MAX = 0x7fffffff };
enum { WFERR_OK, WFERR_UNMARSHALLABLE, WFERR_NESTEDTOODEEP };

/* ------------------------------------------------------------------ writing */

typedef struct WFile {
    StrBuf out;
    int version, depth, error;
    Value refs;       /* dict: identity key -> ref index (version >= 3) */
    Value counts;     /* dict: identity key of a mutable container -> occurrences */
} WFile;

static Value id_key(Value v)
{
    /* heap addresses are even: shifting keeps them distinct and small */
    return IS_SMALL(v) ? int_from_i64(-1 - (int64_t)(v >> 1)) : MKSMALL((int64_t)(v >> 1));
}

static void w_byte(WFile *w, int c) { sb_addc(&w->out, (char)c); }

static void w_long(WFile *w, int32_t x)
{
    uint32_t u = (uint32_t)x;
    char b[4] = { (char)u, (char)(u >> 8), (char)(u >> 16), (char)(u >> 24) };
    sb_add(&w->out, b, 4);
}

static void w_size(WFile *w, int64_t n)
{
    if (n > SIZE32_MAX) { w->error = WFERR_UNMARSHALLABLE; return; }
    w_long(w, (int32_t)n);
}

static void w_pstring(WFile *w, const char *s, int64_t n)
{
    w_size(w, n);
    sb_add(&w->out, s, (size_t)n);
}

static void w_double(WFile *w, double d)
{
    char b[8];
    memcpy(b, &d, 8);   /* little-endian IEEE 754, as PyFloat_Pack8(.., 1) */
    sb_add(&w->out, b, 8);
}

static void w_float_str(WFile *w, double d)
{
    char buf[64];
    if (isnan(d)) snprintf(buf, sizeof buf, "nan");
    else if (isinf(d)) snprintf(buf, sizeof buf, d < 0 ? "-inf" : "inf");
    else snprintf(buf, sizeof buf, "%.17g", d);
    size_t n = strlen(buf);
    w_byte(w, (int)n);
    sb_add(&w->out, buf, n);
}

/* An int outside int32: TYPE_LONG, signed count of 15-bit digits, digits. */
static void w_pylong(WFile *w, Value v, int flag)
{
    uint32_t two[2];
    const uint32_t *mag;
    int64_t nd;
    bool neg;
    if (IS_SMALL(v)) {
        int64_t x = SMALL_VAL(v);
        neg = x < 0;
        uint64_t m = neg ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        two[0] = (uint32_t)m;
        two[1] = (uint32_t)(m >> 32);
        mag = two;
        nd = two[1] ? 2 : 1;
    } else {
        BigInt *b = AS(BigInt, v);
        neg = b->size < 0;
        nd = neg ? -b->size : b->size;
        mag = b->digits;
    }
    int64_t bits = 32 * nd;
    while (bits > 0 && !((mag[(bits - 1) / 32] >> ((bits - 1) % 32)) & 1)) bits--;
    int64_t n15 = (bits + 14) / 15;
    w_byte(w, TYPE_LONG | flag);
    if (n15 > SIZE32_MAX) { w->error = WFERR_UNMARSHALLABLE; return; }
    w_long(w, (int32_t)(neg ? -n15 : n15));
    for (int64_t i = 0; i < n15; i++) {
        int64_t bit = i * 15;
        uint64_t word = mag[bit / 32];
        if (bit / 32 + 1 < nd) word |= (uint64_t)mag[bit / 32 + 1] << 32;
        unsigned d = (unsigned)(word >> (bit % 32)) & 0x7fff;
        char b2[2] = { (char)d, (char)(d >> 8) };
        sb_add(&w->out, b2, 2);
    }
}

static bool is_container(Value v)
{
    return IS_TYPE(v, list) || IS_TYPE(v, dict) || IS_TYPE(v, set) || IS_TYPE(v, frozenset);
}

/* First pass: how often each list/dict/set/frozenset occurs. */
static int count_containers(WFile *w, Value v, int depth)
{
    if (IS_SMALL(v) || depth > MAX_DEPTH) return 0;
    bool tuple = IS_TYPE(v, tuple);
    if (!tuple && !is_container(v)) return 0;
    if (!tuple) {
        Value k = id_key(v), c = dict_get(w->counts, k);
        if (dict_set(w->counts, k, MKSMALL(c ? SMALL_VAL(c) + 1 : 1)) < 0) return -1;
        if (c) return 0;
    }
    if (tuple) {
        for (int64_t i = 0; i < TUPLE_SIZE(v); i++)
            if (count_containers(w, TUPLE_ITEMS(v)[i], depth + 1) < 0) return -1;
    } else if (IS_TYPE(v, list)) {
        for (int64_t i = 0; i < LIST_SIZE(v); i++)
            if (count_containers(w, LIST_ITEMS(v)[i], depth + 1) < 0) return -1;
    } else if (IS_TYPE(v, dict)) {
        int64_t pos = 0;
        Value k, x;
        while (dict_next(v, &pos, &k, &x))
            if (count_containers(w, k, depth + 1) < 0 || count_containers(w, x, depth + 1) < 0) return -1;
    } else {
        int64_t pos = 0;
        Value k;
        while (set_next(v, &pos, &k))
            if (count_containers(w, k, depth + 1) < 0) return -1;
    }
    return 0;
}

static void w_object(WFile *w, Value v);

/* Writes a TYPE_REF and returns 1 when v was written before; otherwise
 * registers it (setting FLAG_REF in *flag) when it is shared. */
static int w_ref(WFile *w, Value v, int *flag)
{
    if (w->version < 3 || !w->refs) return 0;
    if (!IS_SMALL(v) && (IS_TYPE(v, bytearray) || IS_TYPE(v, memoryview)) && w->depth > 1)
        return 0;   /* mutable buffers inside the value: written as bytes, not shared */
    Value k = id_key(v);
    if (is_container(v) && w->depth > 1) {
        Value c = w->counts ? dict_get(w->counts, k) : 0;
        if (!c || SMALL_VAL(c) < 2) return 0;
    }
    Value idx = dict_get(w->refs, k);
    if (idx) {
        w_byte(w, TYPE_REF);
        w_long(w, (int32_t)SMALL_VAL(idx));
        return 1;
    }
    int64_t n = dict_size(w->refs);
    if (n >= SIZE32_MAX || dict_set(w->refs, k, MKSMALL(n)) < 0) {
        exc_clear();
        w->error = WFERR_UNMARSHALLABLE;
        return 1;
    }
    *flag |= FLAG_REF;
    return 0;
}

static void w_str(WFile *w, Value v, int flag)
{
    Str *s = AS(Str, v);
    bool interned = (s->flags & STR_INTERNED) != 0;
    if (w->version >= 4 && (s->flags & STR_ASCII)) {
        if (s->length < 256) {
            w_byte(w, (interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) | flag);
            w_byte(w, (int)s->length);
            sb_add(&w->out, s->data, (size_t)s->nbytes);
        } else {
            w_byte(w, (interned ? TYPE_ASCII_INTERNED : TYPE_ASCII) | flag);
            w_pstring(w, s->data, s->nbytes);
        }
        return;
    }
    /* kiln's UTF-8 keeps lone surrogates as CPython's "surrogatepass" encodes them */
    w_byte(w, (w->version >= 3 && interned ? TYPE_INTERNED : TYPE_UNICODE) | flag);
    w_pstring(w, s->data, s->nbytes);
}

static int dump_cmp(const void *a, const void *b)
{
    const Value *x = a, *y = b;
    int64_t nx = BYTES_SIZE(x[0]), ny = BYTES_SIZE(y[0]);
    int c = memcmp(BYTES_DATA(x[0]), BYTES_DATA(y[0]), (size_t)(nx < ny ? nx : ny));
    return c ? c : (nx > ny) - (nx < ny);
}

/* Set elements in the order of their own marshal data (CPython's bpo-37596). */
static void w_set_items(WFile *w, Value v)
{
    int64_t n = set_size(v);
    Value pairs = OBJ_VAL(value_array_new(n * 2 + 1));   /* (dump, item) pairs, traced */
    Value *items = AS(ValueArray, pairs)->items;
    int64_t pos = 0, i = 0;
    Value k;
    while (i < n && set_next(v, &pos, &k)) {
        Value d = marshal_dumps(k, w->version);
        if (!d) {
            Value e = exc_fetch();
            w->error = e && IS_OBJ(e) && TYPE(e) == E(ValueError) ? WFERR_UNMARSHALLABLE : WFERR_NESTEDTOODEEP;
            return;
        }
        STORE_AT(AS(ValueArray, pairs), &items[2 * i], d);
        STORE_AT(AS(ValueArray, pairs), &items[2 * i + 1], k);
        i++;
    }
    gc_pause();   /* qsort moves Values through C temporaries */
    qsort(items, (size_t)i, 2 * sizeof(Value), dump_cmp);
    gc_resume();
    for (int64_t j = 0; j < i && !w->error; j++) w_object(w, items[2 * j + 1]);
}

static void w_raw(WFile *w, Value raw, int64_t nbytes)
{
    sb_add(&w->out, AS(RawBytes, raw)->data, (size_t)nbytes);
}

static void w_code(WFile *w, Value v, int flag)
{
    Code *c = AS(Code, v);
    w_byte(w, TYPE_KILN_CODE | flag);
    int32_t ints[9] = { c->argcount, c->posonlyargcount, c->kwonlyargcount, c->nlocals, c->stacksize,
                        c->blocksize, c->flags, c->firstlineno, (int32_t)c->ncode };
    for (int i = 0; i < 9; i++) w_long(w, ints[i]);
    w_raw(w, c->bytecode, c->ncode * 4);
    w_raw(w, c->linetable, c->ncode * 4);
    w_long(w, c->positions ? 1 : 0);
    if (c->positions) w_raw(w, c->positions, c->ncode * (int64_t)sizeof(CodePosition));
    Value objs[9] = { c->consts, c->names, c->varnames, c->cellvars, c->freevars, c->cell2arg,
                      c->filename, c->name, c->qualname };
    for (int i = 0; i < 9 && !w->error; i++) {
        if (objs[i]) w_object(w, objs[i]);
        else w_byte(w, TYPE_NULL);
    }
}

static void w_complex_object(WFile *w, Value v, int flag)
{
    const char *data;
    int64_t n;
    if (IS_SMALL(v) || IS_TYPE(v, int)) {
        int64_t x;
        if (IS_SMALL(v) && (x = SMALL_VAL(v)) >= INT32_MIN && x <= INT32_MAX) {
            w_byte(w, TYPE_INT | flag);
            w_long(w, (int32_t)x);
        } else {
            w_pylong(w, v, flag);
        }
    } else if (IS_TYPE(v, float)) {
        if (w->version > 1) {
            w_byte(w, TYPE_BINARY_FLOAT | flag);
            w_double(w, FLOAT_VAL(v));
        } else {
            w_byte(w, TYPE_FLOAT | flag);
            w_float_str(w, FLOAT_VAL(v));
        }
    } else if (IS_TYPE(v, complex)) {
        Complex *cx = AS(Complex, v);
        if (w->version > 1) {
            w_byte(w, TYPE_BINARY_COMPLEX | flag);
            w_double(w, cx->re);
            w_double(w, cx->im);
        } else {
            w_byte(w, TYPE_COMPLEX | flag);
            w_float_str(w, cx->re);
            w_float_str(w, cx->im);
        }
    } else if (IS_TYPE(v, bytes)) {
        w_byte(w, TYPE_STRING | flag);
        w_pstring(w, BYTES_DATA(v), BYTES_SIZE(v));
    } else if (IS_TYPE(v, str)) {
        w_str(w, v, flag);
    } else if (IS_TYPE(v, tuple)) {
        n = TUPLE_SIZE(v);
        if (w->version >= 4 && n < 256) {
            w_byte(w, TYPE_SMALL_TUPLE | flag);
            w_byte(w, (int)n);
        } else {
            w_byte(w, TYPE_TUPLE | flag);
            w_size(w, n);
        }
        for (int64_t i = 0; i < n && !w->error; i++) w_object(w, TUPLE_ITEMS(v)[i]);
    } else if (IS_TYPE(v, list)) {
        w_byte(w, TYPE_LIST | flag);
        w_size(w, LIST_SIZE(v));
        for (int64_t i = 0; i < LIST_SIZE(v) && !w->error; i++) w_object(w, LIST_ITEMS(v)[i]);
    } else if (IS_TYPE(v, dict)) {
        w_byte(w, TYPE_DICT | flag);
        int64_t pos = 0;
        Value k, x;
        while (!w->error && dict_next(v, &pos, &k, &x)) {
            w_object(w, k);
            w_object(w, x);
        }
        w_byte(w, TYPE_NULL);
    } else if (IS_TYPE(v, set) || IS_TYPE(v, frozenset)) {
        w_byte(w, (IS_TYPE(v, frozenset) ? TYPE_FROZENSET : TYPE_SET) | flag);
        w_size(w, set_size(v));
        w_set_items(w, v);
    } else if (IS_TYPE(v, code)) {
        w_code(w, v, flag);
    } else if (bytes_like(v, &data, &n)) {
        w_byte(w, TYPE_STRING | flag);
        w_pstring(w, data, n);
    } else {
        w_byte(w, TYPE_UNKNOWN);
        w->error = WFERR_UNMARSHALLABLE;
    }
}

static void w_object(WFile *w, Value v)
{
    int flag = 0;
    w->depth++;
    if (w->depth > MAX_DEPTH) w->error = WFERR_NESTEDTOODEEP;
    else if (v == NONE) w_byte(w, TYPE_NONE);
    else if (v == OBJ_VAL(E(StopIteration))) w_byte(w, TYPE_STOPITER);
    else if (v == ELLIPSIS_V) w_byte(w, TYPE_ELLIPSIS);
    else if (v == FALSE_V) w_byte(w, TYPE_FALSE);
    else if (v == TRUE_V) w_byte(w, TYPE_TRUE);
    else if (!w_ref(w, v, &flag)) w_complex_object(w, v, flag);
    w->depth--;
}

Value marshal_dumps(Value v, int version)
{
    WFile w;
    memset(&w, 0, sizeof w);
    sb_init(&w.out);
    w.version = version;
    if (version >= 3) {
        w.refs = dict_new();
        w.counts = dict_new();
        if (count_containers(&w, v, 0) < 0) { sb_free(&w.out); return 0; }
    }
    w_object(&w, v);
    if (w.error) {
        sb_free(&w.out);
        return raise_ValueError(w.error == WFERR_UNMARSHALLABLE ? "unmarshallable object"
                                                                : "object too deeply nested to marshal");
    }
    Value r = bytes_new(w.out.data, w.out.len);
    sb_free(&w.out);
    return r;
}

/* ------------------------------------------------------------------ reading */

typedef struct RFile {
    const unsigned char *ptr, *end;   /* loads(): the data */
    Value file;                       /* load(): the file (ptr is NULL) */
    Value chunk;                      /* load(): the last bytes read (keeps ptr alive) */
    Value refs;                       /* list of objects with FLAG_REF, in order */
    int depth;
} RFile;

/* n bytes, or NULL with EOFError (or the file's error). */
static const unsigned char *r_string(RFile *r, int64_t n)
{
    if (!r->file) {
        if (r->end - r->ptr < n) {
            raise_fmt(E(EOFError), "marshal data too short");
            return NULL;
        }
        const unsigned char *p = r->ptr;
        r->ptr += n;
        return p;
    }
    Value nv = int_from_i64(n);
    Value data = obj_call_method(r->file, S(read), &nv, 1);
    if (!data) return NULL;
    const char *p;
    int64_t got;
    if (!bytes_like(data, &p, &got)) {
        raise_TypeError("file.read() returned not bytes but %T", data);
        return NULL;
    }
    if (got != n) {
        if (got > n) raise_ValueError("read() returned too much data: %lld bytes requested, %lld returned",
                                      (long long)n, (long long)got);
        else raise_fmt(E(EOFError), "EOF read where not expected");
        return NULL;
    }
    r->chunk = data;
    return (const unsigned char *)p;
}

/* A byte, or -1 at the end (with an EOFError only when reading a file). */
static int r_byte(RFile *r)
{
    if (!r->file) return r->ptr < r->end ? *r->ptr++ : -1;
    const unsigned char *p = r_string(r, 1);
    return p ? *p : -1;
}

static int r_long(RFile *r, int32_t *out)
{
    const unsigned char *p = r_string(r, 4);
    if (!p) return -1;
    *out = (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
    return 0;
}

static double r_double(const unsigned char *p)
{
    double d;
    memcpy(&d, p, 8);
    return d;
}

static int r_float_str(RFile *r, double *out)
{
    int n = r_byte(r);
    if (n < 0) {
        if (!exc_pending()) raise_fmt(E(EOFError), "EOF read where object expected");
        return -1;
    }
    const unsigned char *p = r_string(r, n);
    if (!p) return -1;
    Value s = str_new((const char *)p, (size_t)n);
    Value f = float_from_str_obj(s);
    if (!f) return -1;
    *out = FLOAT_VAL(f);
    return 0;
}

static Value bad(const char *what)
{
    return raise_ValueError("bad marshal data (%s)", what);
}

static Value r_pylong(RFile *r)
{
    int32_t n;
    if (r_long(r, &n) < 0) return 0;
    if (n == 0) return MKSMALL(0);
    if (n < -SIZE32_MAX) return bad("long size out of range");
    int64_t nd = n < 0 ? -(int64_t)n : n;
    if (!r->file && nd * 2 > r->end - r->ptr) {
        raise_fmt(E(EOFError), "marshal data too short");
        return 0;
    }
    /* 15-bit digits -> little-endian bytes */
    size_t nbytes = (size_t)(nd * 15 + 7) / 8 + 1;
    unsigned char *buf = calloc(nbytes, 1);
    if (!buf) return raise_memory();
    for (int64_t i = 0; i < nd; i++) {
        const unsigned char *p = r_string(r, 2);
        if (!p) { free(buf); return 0; }
        int d = (int16_t)(p[0] | p[1] << 8);
        if (d < 0 || d > 0x8000) { free(buf); return bad("digit out of range in long"); }
        if (d == 0 && i == nd - 1) { free(buf); return bad("unnormalized long data"); }
        uint64_t bit = (uint64_t)i * 15;
        uint32_t x = (uint32_t)d << (bit % 8);
        for (size_t k = bit / 8; x; k++, x >>= 8) buf[k] |= (unsigned char)x;
    }
    Value v = int_from_bytes(buf, nbytes, true, false);
    free(buf);
    if (v && n < 0) v = int_neg(v);
    return v;
}

static Value r_object(RFile *r);

static Value r_ref(RFile *r, Value v, int flag)
{
    if (v && flag && list_append(r->refs, v) < 0) return 0;
    return v;
}

static int64_t r_ref_reserve(RFile *r, int flag)
{
    if (!flag) return 0;
    int64_t idx = LIST_SIZE(r->refs);
    if (list_append(r->refs, NONE) < 0) return -1;
    return idx;
}

static Value r_ref_insert(RFile *r, Value v, int64_t idx, int flag)
{
    if (v && flag) STORE_AT(AS(List, r->refs)->items, &LIST_ITEMS(r->refs)[idx], v);
    return v;
}

static int r_size(RFile *r, int64_t *out, const char *what)
{
    int32_t n;
    if (r_long(r, &n) < 0) return -1;
    if (n < 0) { bad(what); return -1; }
    *out = n;
    return 0;
}

/* A container of n items, each at least one byte: refuse counts the data
 * cannot hold before allocating (CPython fails the same way, later). */
static int r_check_items(RFile *r, int64_t n)
{
    if (r->file || n <= r->end - r->ptr) return 0;
    raise_fmt(E(EOFError), "EOF read where object expected");
    return -1;
}

static Value r_str(RFile *r, int64_t n, bool ascii, bool interned)
{
    const unsigned char *p = r_string(r, n);
    if (!p) return 0;
    Value s;
    if (ascii) {
        bool pure = true;
        for (int64_t i = 0; i < n && pure; i++) pure = p[i] < 0x80;
        if (pure) s = str_new((const char *)p, (size_t)n);
        else {   /* CPython reads the bytes as Latin-1 */
            StrBuf b;
            sb_init(&b);
            for (int64_t i = 0; i < n; i++) sb_add_cp(&b, p[i]);
            s = sb_finish(&b);
        }
    } else {
        s = str_decode((const char *)p, (size_t)n, "utf-8", "surrogatepass");
    }
    if (s && interned) s = str_intern(s);
    return s;
}

static Value r_raw(RFile *r, int64_t nbytes)
{
    const unsigned char *p = r_string(r, nbytes);
    if (!p) return 0;
    RawBytes *b = raw_bytes_frozen(nbytes ? nbytes : 1);
    memcpy(b->data, p, (size_t)nbytes);
    return OBJ_VAL(b);
}

static bool all_str(Value t)
{
    if (!IS_TYPE(t, tuple)) return false;
    for (int64_t i = 0; i < TUPLE_SIZE(t); i++)
        if (!IS_STR(TUPLE_ITEMS(t)[i])) return false;
    return true;
}

static Value r_code(RFile *r, int flag)
{
    int64_t idx = r_ref_reserve(r, flag);
    if (idx < 0) return 0;
    int32_t ints[9];
    for (int i = 0; i < 9; i++)
        if (r_long(r, &ints[i]) < 0) return 0;
    int64_t ncode = ints[8];
    if (ncode <= 0 || ncode > (1 << 24) || ints[3] < 0 || ints[4] < 0 || ints[5] < 0)
        return bad("invalid code object");
    Value code = code_new();
    Code *c = AS(Code, code);
    c->argcount = ints[0];
    c->posonlyargcount = ints[1];
    c->kwonlyargcount = ints[2];
    c->nlocals = ints[3];
    c->stacksize = ints[4];
    c->blocksize = ints[5];
    c->flags = ints[6];
    c->firstlineno = ints[7];
    c->ncode = ncode;
    Value bc = r_raw(r, ncode * 4), lt = bc ? r_raw(r, ncode * 4) : 0;
    if (!lt) return 0;
    STORE(c, bytecode, bc);
    STORE(c, linetable, lt);
    int32_t haspos;
    if (r_long(r, &haspos) < 0) return 0;
    if (haspos) {
        Value ps = r_raw(r, ncode * (int64_t)sizeof(CodePosition));
        if (!ps) return 0;
        STORE(c, positions, ps);
    }
    Value objs[9];
    for (int i = 0; i < 9; i++) {
        objs[i] = r_object(r);
        if (!objs[i] && (i != 5 || exc_pending())) {
            if (!exc_pending()) raise_TypeError("NULL object in marshal data for code");
            return 0;
        }
    }
    if (!IS_TYPE(objs[0], tuple) || !all_str(objs[1]) || !all_str(objs[2]) || !all_str(objs[3]) ||
        !all_str(objs[4]) || (objs[5] && !IS_TYPE(objs[5], tuple)) || !IS_STR(objs[6]) ||
        !IS_STR(objs[7]) || !IS_STR(objs[8]) || TUPLE_SIZE(objs[2]) != c->nlocals)
        return bad("invalid code object");
    /* every argument must index what it names, so a damaged cache cannot crash the VM */
    const uint32_t *ins = (const uint32_t *)AS(RawBytes, bc)->data;
    int64_t ncells = TUPLE_SIZE(objs[3]) + TUPLE_SIZE(objs[4]);
    for (int64_t i = 0; i < ncode; i++) {
        uint32_t op = INSN_OP(ins[i]), arg = INSN_ARG(ins[i]);
        int64_t lim = -1;
        if (op >= OP_COUNT) return bad("invalid code object");
        if (op == OP_LOAD_CONST) lim = TUPLE_SIZE(objs[0]);
        else if (op == OP_LOAD_FAST || op == OP_STORE_FAST || op == OP_DELETE_FAST) lim = c->nlocals;
        else if (op == OP_LOAD_FAST_DISOWN || op == OP_STORE_FAST_DISOWN || op == OP_ADD_FAST) {
            if (op == OP_ADD_FAST) arg >>= 1;
            lim = c->nlocals < 32 ? c->nlocals : 32;     /* they index Frame.owned's bits */
        }
        else if (op == OP_LOAD_DEREF || op == OP_STORE_DEREF || op == OP_DELETE_DEREF ||
                 op == OP_LOAD_CLOSURE || op == OP_LOAD_CLASSDEREF) lim = ncells;
        else if (op == OP_LOAD_NAME || op == OP_STORE_NAME || op == OP_DELETE_NAME || op == OP_LOAD_GLOBAL ||
                 op == OP_STORE_GLOBAL || op == OP_DELETE_GLOBAL || op == OP_LOAD_ATTR || op == OP_STORE_ATTR ||
                 op == OP_DELETE_ATTR || op == OP_LOAD_METHOD || op == OP_IMPORT_NAME || op == OP_IMPORT_FROM)
            lim = TUPLE_SIZE(objs[1]);
        else if (op == OP_JUMP || op == OP_JUMP_BACKWARD || op == OP_POP_JUMP_IF_FALSE ||
                 op == OP_POP_JUMP_IF_TRUE || op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE ||
                 op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER ||
                 op == OP_SETUP_FINALLY || op == OP_SETUP_WITH || op == OP_SETUP_ASYNC_WITH)
            lim = ncode + 1;
        if (lim >= 0 && (int64_t)arg >= lim) return bad("invalid code object");
    }
    STORE(c, consts, objs[0]);
    STORE(c, names, objs[1]);
    STORE(c, varnames, objs[2]);
    STORE(c, cellvars, objs[3]);
    STORE(c, freevars, objs[4]);
    STORE(c, cell2arg, objs[5]);
    STORE(c, filename, objs[6]);
    STORE(c, name, objs[7]);
    STORE(c, qualname, objs[8]);
    STORE(c, docstring, NONE);
    return r_ref_insert(r, code, idx, flag);
}

/* Fill items[0..n) of the container seq (returned, or 0). */
static Value r_items(RFile *r, Value seq, Object *owner, int64_t n, Value *items, const char *what)
{
    for (int64_t i = 0; i < n; i++) {
        Value x = r_object(r);
        if (!x) {
            if (!exc_pending()) raise_TypeError("NULL object in marshal data for %s", what);
            return 0;
        }
        STORE_AT(owner, &items[i], x);
    }
    return seq;
}

static Value r_object_inner(RFile *r, int type, int flag)
{
    Value v;
    int64_t n;
    int32_t x;
    double re, im;
    const unsigned char *p;
    switch (type) {
    case TYPE_NULL: return 0;
    case TYPE_NONE: return NONE;
    case TYPE_STOPITER: return OBJ_VAL(E(StopIteration));
    case TYPE_ELLIPSIS: return ELLIPSIS_V;
    case TYPE_FALSE: return FALSE_V;
    case TYPE_TRUE: return TRUE_V;
    case TYPE_INT:
        if (r_long(r, &x) < 0) return 0;
        return r_ref(r, MKSMALL(x), flag);
    case TYPE_LONG:
        return r_ref(r, r_pylong(r), flag);
    case TYPE_FLOAT:
        if (r_float_str(r, &re) < 0) return 0;
        return r_ref(r, float_new(re), flag);
    case TYPE_BINARY_FLOAT:
        if (!(p = r_string(r, 8))) return 0;
        return r_ref(r, float_new(r_double(p)), flag);
    case TYPE_COMPLEX:
        if (r_float_str(r, &re) < 0 || r_float_str(r, &im) < 0) return 0;
        return r_ref(r, complex_new(re, im), flag);
    case TYPE_BINARY_COMPLEX:
        if (!(p = r_string(r, 16))) return 0;
        return r_ref(r, complex_new(r_double(p), r_double(p + 8)), flag);
    case TYPE_STRING:
        if (r_size(r, &n, "bytes object size out of range") < 0 || !(p = r_string(r, n))) return 0;
        return r_ref(r, bytes_new((const char *)p, (size_t)n), flag);
    case TYPE_ASCII_INTERNED: case TYPE_ASCII:
        if (r_size(r, &n, "string size out of range") < 0) return 0;
        return r_ref(r, r_str(r, n, true, type == TYPE_ASCII_INTERNED), flag);
    case TYPE_SHORT_ASCII_INTERNED: case TYPE_SHORT_ASCII: {
        int b = r_byte(r);
        if (b < 0) {
            if (!exc_pending()) raise_fmt(E(EOFError), "EOF read where object expected");
            return 0;
        }
        return r_ref(r, r_str(r, b, true, type == TYPE_SHORT_ASCII_INTERNED), flag);
    }
    case TYPE_INTERNED: case TYPE_UNICODE:
        if (r_size(r, &n, "string size out of range") < 0) return 0;
        return r_ref(r, r_str(r, n, false, type == TYPE_INTERNED), flag);
    case TYPE_SMALL_TUPLE: case TYPE_TUPLE: {
        if (type == TYPE_SMALL_TUPLE) {
            int b = r_byte(r);
            if (exc_pending()) return 0;
            n = (unsigned char)b;
        } else if (r_size(r, &n, "tuple size out of range") < 0) {
            return 0;
        }
        if (r_check_items(r, n) < 0) return 0;
        v = tuple_new(n);
        if (!r_ref(r, v, flag)) return 0;
        return r_items(r, v, AS(Object, v), n, TUPLE_ITEMS(v), "tuple");
    }
    case TYPE_LIST:
        if (r_size(r, &n, "list size out of range") < 0 || r_check_items(r, n) < 0) return 0;
        v = list_new(n);
        if (!r_ref(r, v, flag)) return 0;
        return r_items(r, v, (Object *)AS(List, v)->items, n, n ? LIST_ITEMS(v) : NULL, "list");
    case TYPE_DICT:
        v = dict_new();
        if (!r_ref(r, v, flag)) return 0;
        for (;;) {
            Value k = r_object(r);
            if (!k) break;
            Value val = r_object(r);
            if (!val) break;
            if (dict_set(v, k, val) < 0) return 0;
        }
        return exc_pending() ? 0 : v;
    case TYPE_SET: case TYPE_FROZENSET: {
        if (r_size(r, &n, "set size out of range") < 0 || r_check_items(r, n) < 0) return 0;
        bool frozen = type == TYPE_FROZENSET;
        v = frozen ? frozenset_new() : set_new();
        int64_t idx = 0;
        if (!frozen) {
            if (!r_ref(r, v, flag)) return 0;
        } else if ((idx = r_ref_reserve(r, flag)) < 0) {
            return 0;
        }
        for (int64_t i = 0; i < n; i++) {
            Value e = r_object(r);
            if (!e) {
                if (!exc_pending()) raise_TypeError("NULL object in marshal data for set");
                return 0;
            }
            if (set_add(v, e) < 0) return 0;
        }
        return frozen ? r_ref_insert(r, v, idx, flag) : v;
    }
    case TYPE_KILN_CODE:
        return r_code(r, flag);
    case TYPE_REF:
        if (r_long(r, &x) < 0) return 0;
        if (x < 0 || x >= LIST_SIZE(r->refs) || LIST_ITEMS(r->refs)[x] == NONE)
            return bad("invalid reference");
        return LIST_ITEMS(r->refs)[x];
    default:
        return bad("unknown type code");
    }
}

static Value r_object(RFile *r)
{
    int code = r_byte(r);
    if (code < 0) {
        if (!r->file || exc_matches(E(EOFError))) {
            exc_clear();
            raise_fmt(E(EOFError), "EOF read where object expected");
        }
        return 0;
    }
    if (++r->depth > MAX_DEPTH) {
        r->depth--;
        return raise_ValueError("recursion limit exceeded");
    }
    Value v = r_object_inner(r, code & ~FLAG_REF, code & FLAG_REF);
    r->depth--;
    return v;
}

static Value read_object(RFile *r)
{
    r->refs = list_new(0);
    Value v = r_object(r);
    if (!v && !exc_pending()) raise_TypeError("NULL object in marshal data for object");
    return v;
}

Value marshal_loads(const char *data, size_t n)
{
    RFile r;
    memset(&r, 0, sizeof r);
    r.ptr = (const unsigned char *)data;
    r.end = r.ptr + n;
    return read_object(&r);
}

/* ------------------------------------------------------------- the module */

static int version_arg(Value v, int *out)
{
    int64_t x = MARSHAL_VERSION;
    if (v && obj_as_ssize(v, &x, E(OverflowError)) < 0) return -1;
    if (x < INT32_MIN || x > INT32_MAX) {
        raise_OverflowError("Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

static Value m_dumps(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("dumps", kw) < 0 || args_count("dumps", nargs, 1, 2) < 0) return 0;
    int version;
    if (version_arg(nargs > 1 ? args[1] : 0, &version) < 0) return 0;
    return marshal_dumps(args[0], version);
}

static Value m_dump(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("dump", kw) < 0 || args_count("dump", nargs, 2, 3) < 0) return 0;
    int version;
    if (version_arg(nargs > 2 ? args[2] : 0, &version) < 0) return 0;
    Value b = marshal_dumps(args[0], version);
    if (!b) return 0;
    return obj_call_method(args[1], str_intern_cstr("write"), &b, 1);   /* write()'s result, as CPython */
}

static Value m_loads(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("loads", kw) < 0 || args_count("loads", nargs, 1, 1) < 0) return 0;
    const char *data;
    int64_t n;
    if (IS_STR(args[0]) || !bytes_like(args[0], &data, &n))
        return raise_TypeError("a bytes-like object is required, not '%T'", args[0]);
    Value keep = args[0];   /* the buffer stays alive while we read it */
    Value v = marshal_loads(data, (size_t)n);
    (void)keep;
    return v;
}

static Value m_load(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("load", kw) < 0 || args_count("load", nargs, 1, 1) < 0) return 0;
    Value zero = MKSMALL(0);
    Value probe = obj_call_method(args[0], S(read), &zero, 1);
    if (!probe) return 0;
    if (!IS_TYPE(probe, bytes)) return raise_TypeError("file.read() returned not bytes but %T", probe);
    RFile r;
    memset(&r, 0, sizeof r);
    r.file = args[0];
    return read_object(&r);
}

static const MethodDef marshal_methods[] = {
    { "dumps", m_dumps, 0, "Return the bytes object that would be written to a file by dump(value, file)." },
    { "dump", m_dump, 0, "Write the value on the open file." },
    { "loads", m_loads, 0, "Convert the bytes-like object to a value." },
    { "load", m_load, 0, "Read one value from the open file and return it." },
    { NULL, NULL, 0, NULL },
};

static int marshal_exec(Value m)
{
    return dict_set_cstr(AS(Module, m)->dict, "version", MKSMALL(MARSHAL_VERSION));
}

const ModuleDef marshal_module = { "marshal", "This module contains functions that can read and write Python values in\n"
                                   "a binary format. The format is specific to Python, but independent of\n"
                                   "machine architecture issues.\n", marshal_methods, marshal_exec };
