/* kiln: the binascii module: conversions between binary data and ASCII
 * (hex, base64, quoted-printable, uu, crc32, crc_hqx), with CPython 3.11's
 * behaviour and messages. */
#include "core.h"
#include <string.h>
#include <stdlib.h>
#include <zlib.h>

static Value bin_exc(const char *name)
{
    Value mod = dict_get_cstr(R->modules, "binascii");
    Value err = mod ? dict_get_cstr(AS(Module, mod)->dict, name) : 0;
    return err ? err : OBJ_VAL(E(ValueError));
}

static Value bin_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) return 0;
    Value e = obj_call1(bin_exc("Error"), msg);
    return e ? raise_value(e) : 0;
}

/* Data for the a2b_* functions: bytes-like or an ASCII str. */
static int ascii_data(Value v, const char **d, int64_t *n)
{
    if (IS_STR(v)) {
        if (!(((Str *)v)->flags & STR_ASCII)) {
            bool ascii = true;
            for (int64_t i = 0; i < STR_NBYTES(v); i++) if ((unsigned char)STR_DATA(v)[i] >= 128) ascii = false;
            if (!ascii) { raise_ValueError("string argument should contain only ASCII characters"); return -1; }
        }
        *d = STR_DATA(v); *n = STR_NBYTES(v);
        return 0;
    }
    if (!bytes_like(v, d, n)) { raise_TypeError("argument should be bytes, buffer or ASCII string, not '%T'", v); return -1; }
    return 0;
}

/* Data for the b2a_* functions: bytes-like only. */
static int bin_data(Value v, const char **d, int64_t *n)
{
    if (!bytes_like(v, d, n)) { raise_TypeError("a bytes-like object is required, not '%T'", v); return -1; }
    return 0;
}

/* -- hex ------------------------------------------------------------------- */

static Value do_hexlify(const char *fname, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "data", "sep", "bytes_per_sep", NULL };
    Value a[3];
    if (args_parse(fname, args, nargs, kw, names, 1, a) < 0) return 0;
    const char *d; int64_t n;
    if (bin_data(a[0], &d, &n) < 0) return 0;
    char sep = 0;
    int64_t bps = 1;
    if (a[1]) {
        const char *sd; int64_t sn;
        if (IS_STR(a[1])) {
            if (STR_LEN(a[1]) != 1) return raise_ValueError("sep must be length 1.");
            sep = (char)str_char_at(a[1], 0);     /* CPython 3.11 takes the low byte unchecked */
        } else {
            int64_t sl = obj_len(a[1]);
            if (sl < 0) return 0;
            if (sl != 1) return raise_ValueError("sep must be length 1.");
            if (!bytes_like(a[1], &sd, &sn)) return raise_TypeError("sep must be str or bytes.");
            sep = sd[0];
        }
        if (a[2] && obj_as_ssize(a[2], &bps, E(OverflowError)) < 0) return 0;
        if (bps > INT32_MAX || bps < INT32_MIN) return raise_OverflowError("Python int too large to convert to C int");
    }
    if (n == 0) return R->empty_bytes;
    int64_t abps = bps < 0 ? -bps : bps;
    bool use_sep = a[1] && abps != 0 && n > 1;
    size_t cap = (size_t)n * 3 + 1;
    char *out = malloc(cap);
    if (!out) return raise_memory();
    size_t o = 0;
    for (int64_t i = 0; i < n; i++) {
        if (use_sep && i > 0) {
            /* positive: groups counted from the right; negative: from the left */
            bool boundary = bps > 0 ? ((n - i) % abps == 0) : (i % abps == 0);
            if (boundary) out[o++] = sep;
        }
        unsigned char c = (unsigned char)d[i];
        out[o++] = "0123456789abcdef"[c >> 4];
        out[o++] = "0123456789abcdef"[c & 15];
    }
    Value r = bytes_new(out, o);
    free(out);
    return r;
}

static Value m_hexlify(Value self, const Value *args, size_t nargs, Value kw) { return do_hexlify("hexlify", args, nargs, kw); }
static Value m_b2a_hex(Value self, const Value *args, size_t nargs, Value kw) { return do_hexlify("b2a_hex", args, nargs, kw); }

static Value do_unhexlify(const char *fname, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "hexstr", NULL };
    Value a[1];
    if (args_parse(fname, args, nargs, kw, names, 1, a) < 0) return 0;
    const char *d; int64_t n;
    if (ascii_data(a[0], &d, &n) < 0) return 0;
    if (n % 2) return bin_error("Odd-length string");
    char *out = malloc((size_t)n / 2 + 1);
    if (!out) return raise_memory();
    for (int64_t i = 0; i < n; i += 2) {
        int hi = hex_digit_value((unsigned char)d[i]), lo = hex_digit_value((unsigned char)d[i + 1]);
        if (hi < 0 || lo < 0) { free(out); return bin_error("Non-hexadecimal digit found"); }
        out[i / 2] = (char)(hi << 4 | lo);
    }
    Value r = bytes_new(out, (size_t)n / 2);
    free(out);
    return r;
}

static Value m_unhexlify(Value self, const Value *args, size_t nargs, Value kw) { return do_unhexlify("unhexlify", args, nargs, kw); }
static Value m_a2b_hex(Value self, const Value *args, size_t nargs, Value kw) { return do_unhexlify("a2b_hex", args, nargs, kw); }

/* -- base64 ---------------------------------------------------------------- */

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64val(int c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static Value m_b2a_base64(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", "newline", NULL };
    Value a[2];
    if (args_parse("b2a_base64", args, nargs, kw, names, 1, a) < 0) return 0;
    if (nargs > 1) return raise_TypeError("b2a_base64() takes exactly 1 positional argument (%zu given)", nargs);
    const char *d; int64_t n;
    if (bin_data(a[0], &d, &n) < 0) return 0;
    int newline = 1;
    if (a[1] && (newline = obj_truthy(a[1])) < 0) return 0;
    char *out = malloc((size_t)(n + 2) / 3 * 4 + 2);
    if (!out) return raise_memory();
    size_t o = 0;
    const unsigned char *p = (const unsigned char *)d;
    int64_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        out[o++] = B64[v >> 18]; out[o++] = B64[(v >> 12) & 63]; out[o++] = B64[(v >> 6) & 63]; out[o++] = B64[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)p[i] << 16;
        out[o++] = B64[v >> 18]; out[o++] = B64[(v >> 12) & 63]; out[o++] = '='; out[o++] = '=';
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
        out[o++] = B64[v >> 18]; out[o++] = B64[(v >> 12) & 63]; out[o++] = B64[(v >> 6) & 63]; out[o++] = '=';
    }
    if (newline) out[o++] = '\n';
    Value r = bytes_new(out, o);
    free(out);
    return r;
}

static Value m_a2b_base64(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", "strict_mode", NULL };
    Value a[2];
    if (args_parse("a2b_base64", args, nargs, kw, names, 1, a) < 0) return 0;
    if (nargs > 1) return raise_TypeError("a2b_base64() takes exactly 1 positional argument (%zu given)", nargs);
    const char *d; int64_t n;
    if (ascii_data(a[0], &d, &n) < 0) return 0;
    int strict = 0;
    if (a[1] && (strict = obj_truthy(a[1])) < 0) return 0;
    unsigned char *out = malloc((size_t)n / 4 * 3 + 3);
    if (!out) return raise_memory();
    size_t o = 0;
    int quad = 0, pads = 0;
    bool padding_started = false;
    unsigned leftchar = 0;
    const char *msg = NULL;
    if (strict && n > 0 && d[0] == '=') { msg = "Leading padding not allowed"; goto fail; }
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == '=') {
            padding_started = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n) { msg = "Excess data after padding"; goto fail; }
                goto done;
            }
            continue;
        }
        int v = b64val(c);
        if (v < 0) {
            if (strict) { msg = "Only base64 data is allowed"; goto fail; }
            continue;
        }
        if (strict && padding_started) { msg = "Discontinuous padding not allowed"; goto fail; }
        pads = 0;
        switch (quad) {
        case 0: quad = 1; leftchar = (unsigned)v; break;
        case 1: quad = 2; out[o++] = (unsigned char)((leftchar << 2) | ((unsigned)v >> 4)); leftchar = (unsigned)v & 0x0f; break;
        case 2: quad = 3; out[o++] = (unsigned char)((leftchar << 4) | ((unsigned)v >> 2)); leftchar = (unsigned)v & 3; break;
        case 3: quad = 0; out[o++] = (unsigned char)((leftchar << 6) | (unsigned)v); leftchar = 0; break;
        }
    }
    if (quad != 0) {
        free(out);
        if (quad == 1)
            return bin_error("Invalid base64-encoded string: number of data characters (%zd) cannot be 1 more than a multiple of 4",
                             (size_t)(o / 3 * 4 + 1));
        return bin_error("Incorrect padding");
    }
done:;
    Value r = bytes_new((const char *)out, o);
    free(out);
    return r;
fail:
    free(out);
    return bin_error("%s", msg);
}

/* -- checksums ------------------------------------------------------------- */

static int get_uint_bitwise(Value v, uint32_t *out)
{
    if (IS_FLOAT(v)) { raise_TypeError("'float' object cannot be interpreted as an integer"); return -1; }
    Value x = obj_index(v);
    if (!x) return -1;
    x = obj_binop(x, int_from_u64(0xffffffffu), BINOP_AND);
    int64_t i;
    if (!x || int_as_i64(x, &i) < 0) return -1;
    *out = (uint32_t)i;
    return 0;
}

static Value m_crc32(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("crc32", kw) < 0 || args_count("crc32", nargs, 1, 2) < 0) return 0;
    const char *d; int64_t n;
    if (bin_data(args[0], &d, &n) < 0) return 0;
    uint32_t crc = 0;
    if (nargs > 1 && get_uint_bitwise(args[1], &crc) < 0) return 0;
    const unsigned char *p = (const unsigned char *)d;
    uLong c = crc;
    while (n > 0) {                   /* zlib's table-driven CRC-32, as CPython */
        uInt k = n > (1 << 30) ? (1u << 30) : (uInt)n;
        c = crc32(c, p, k);
        p += k; n -= k;
    }
    return int_from_u64(c & 0xffffffffu);
}

static Value m_crc_hqx(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("crc_hqx", kw) < 0 || args_count("crc_hqx", nargs, 2, 2) < 0) return 0;
    const char *d; int64_t n;
    uint32_t crc;
    if (bin_data(args[0], &d, &n) < 0 || get_uint_bitwise(args[1], &crc) < 0) return 0;
    crc &= 0xffff;
    for (int64_t i = 0; i < n; i++) {
        crc ^= (uint32_t)(unsigned char)d[i] << 8;
        for (int k = 0; k < 8; k++) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
    return MKSMALL(crc);
}

/* -- quoted-printable ------------------------------------------------------ */

static Value m_a2b_qp(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "data", "header", NULL };
    Value a[2];
    if (args_parse("a2b_qp", args, nargs, kw, names, 1, a) < 0) return 0;
    const char *d; int64_t n;
    if (ascii_data(a[0], &d, &n) < 0) return 0;
    int header = 0;
    if (a[1] && (header = obj_truthy(a[1])) < 0) return 0;
    char *out = malloc((size_t)n + 1);
    if (!out) return raise_memory();
    size_t o = 0;
    int64_t i = 0;
    while (i < n) {
        if (d[i] == '=') {
            i++;
            if (i >= n) break;
            if (d[i] == '\n' || d[i] == '\r') {          /* soft line break */
                if (d[i] != '\n') while (i < n && d[i] != '\n') i++;
                if (i < n) i++;
            } else if (d[i] == '=') {
                out[o++] = '=';
                i++;
            } else if (i + 1 < n && hex_digit_value((unsigned char)d[i]) >= 0 && hex_digit_value((unsigned char)d[i + 1]) >= 0) {
                out[o++] = (char)(hex_digit_value((unsigned char)d[i]) << 4 | hex_digit_value((unsigned char)d[i + 1]));
                i += 2;
            } else {
                out[o++] = '=';
            }
        } else if (header && d[i] == '_') {
            out[o++] = ' ';
            i++;
        } else {
            out[o++] = d[i++];
        }
    }
    Value r = bytes_new(out, o);
    free(out);
    return r;
}

#define MAXLINESIZE 76

static Value m_b2a_qp(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "data", "quotetabs", "istext", "header", NULL };
    Value a[4];
    if (args_parse("b2a_qp", args, nargs, kw, names, 1, a) < 0) return 0;
    const char *dd; int64_t n;
    if (bin_data(a[0], &dd, &n) < 0) return 0;
    const unsigned char *d = (const unsigned char *)dd;
    int quotetabs = 0, istext = 1, header = 0;
    if ((a[1] && (quotetabs = obj_truthy(a[1])) < 0) || (a[2] && (istext = obj_truthy(a[2])) < 0) ||
        (a[3] && (header = obj_truthy(a[3])) < 0)) return 0;
    const unsigned char *nl = memchr(d, '\n', (size_t)n);
    bool crlf = nl && nl > d && nl[-1] == '\r';
    StrBuf b;
    sb_init(&b);
    int64_t in = 0, linelen = 0;
#define HEXU(c) do { sb_addc(&b, "0123456789ABCDEF"[(c) >> 4]); sb_addc(&b, "0123456789ABCDEF"[(c) & 15]); } while (0)
#define SOFTBREAK() do { sb_addc(&b, '='); if (crlf) sb_addc(&b, '\r'); sb_addc(&b, '\n'); linelen = 0; } while (0)
    while (in < n) {
        unsigned char c = d[in];
        if (c > 126 || c == '=' || (header && c == '_') ||
            (c == '.' && linelen == 0 && (in + 1 == n || d[in + 1] == '\n' || d[in + 1] == '\r' || d[in + 1] == 0)) ||
            (!istext && (c == '\r' || c == '\n')) ||
            ((c == '\t' || c == ' ') && in + 1 == n) ||
            (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')))) {
            if (linelen + 3 >= MAXLINESIZE) SOFTBREAK();
            sb_addc(&b, '=');
            HEXU(c);
            in++;
            linelen += 3;
        } else if (istext && (c == '\n' || (in + 1 < n && c == '\r' && d[in + 1] == '\n'))) {
            linelen = 0;
            if (b.len && (b.data[b.len - 1] == ' ' || b.data[b.len - 1] == '\t')) {
                unsigned char ch = (unsigned char)b.data[b.len - 1];
                b.data[b.len - 1] = '=';
                HEXU(ch);
            }
            if (crlf) sb_addc(&b, '\r');
            sb_addc(&b, '\n');
            in += c == '\r' ? 2 : 1;
        } else {
            if (in + 1 != n && d[in + 1] != '\n' && linelen + 1 >= MAXLINESIZE) SOFTBREAK();
            linelen++;
            if (header && c == ' ') sb_addc(&b, '_');
            else sb_addc(&b, (char)c);
            in++;
        }
    }
    Value r = bytes_new(b.data ? b.data : "", b.len);
    sb_free(&b);
    return r;
}

/* -- uu -------------------------------------------------------------------- */

static Value m_b2a_uu(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", "backtick", NULL };
    Value a[2];
    if (nargs > 1) return raise_TypeError("b2a_uu() takes exactly 1 positional argument (%zu given)", nargs); /* backtick is keyword-only */
    if (args_parse("b2a_uu", args, nargs, kw, names, 1, a) < 0) return 0;
    const char *dd; int64_t n;
    if (bin_data(a[0], &dd, &n) < 0) return 0;
    int backtick = 0;
    if (a[1] && (backtick = obj_truthy(a[1])) < 0) return 0;
    if (n > 45) return bin_error("At most 45 bytes at once");
    const unsigned char *d = (const unsigned char *)dd;
    char out[64 + 2];
    size_t o = 0;
#define UU(v) ((backtick && (v) == 0) ? '`' : (char)(' ' + (v)))
    out[o++] = UU((int)n);
    for (int64_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)d[i] << 16 | (uint32_t)(i + 1 < n ? d[i + 1] : 0) << 8 | (i + 2 < n ? d[i + 2] : 0);
        out[o++] = UU((int)(v >> 18)); out[o++] = UU((int)((v >> 12) & 63));
        out[o++] = UU((int)((v >> 6) & 63)); out[o++] = UU((int)(v & 63));
    }
    out[o++] = '\n';
    return bytes_new(out, o);
}

static Value m_a2b_uu(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("a2b_uu", kw) < 0 || args_count("a2b_uu", nargs, 1, 1) < 0) return 0;
    const char *dd; int64_t n;
    if (ascii_data(args[0], &dd, &n) < 0) return 0;
    const unsigned char *d = (const unsigned char *)dd;
    int64_t i = 0;
    size_t bin_len = (size_t)(((n > 0 ? d[0] : 0) - ' ') & 077);   /* empty data: 32 NULs, as CPython */
    if (n > 0) i = 1;
    unsigned char out[64];
    memset(out, 0, sizeof out);
    size_t o = 0;
    uint32_t leftchar = 0;
    int leftbits = 0;
    for (; o < bin_len; i++) {
        unsigned c = i < n ? d[i] : 0;
        if (i >= n || c == '\n' || c == '\r') c = 0;    /* whitespace-stripped lines are padded */
        else {
            if (c < ' ' || c > (' ' + 64)) return bin_error("Illegal char");
            c = (c - ' ') & 077;
        }
        leftchar = (leftchar << 6) | c;
        leftbits += 6;
        if (leftbits >= 8) {
            leftbits -= 8;
            out[o++] = (unsigned char)(leftchar >> leftbits);
            leftchar &= (1u << leftbits) - 1;
        }
    }
    for (; i < n; i++) {
        unsigned c = d[i];
        if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') return bin_error("Trailing garbage");
    }
    return bytes_new((const char *)out, bin_len);
}

static const MethodDef binascii_methods[] = {
    { "hexlify", m_hexlify, 0, "Hexadecimal representation of binary data." },
    { "b2a_hex", m_b2a_hex, 0, "Hexadecimal representation of binary data." },
    { "unhexlify", m_unhexlify, 0, "Binary data of hexadecimal representation." },
    { "a2b_hex", m_a2b_hex, 0, "Binary data of hexadecimal representation." },
    { "b2a_base64", m_b2a_base64, 0, "Base64-code line of data." },
    { "a2b_base64", m_a2b_base64, 0, "Decode a line of base64 data." },
    { "crc32", m_crc32, 0, "Compute CRC-32 incrementally." },
    { "crc_hqx", m_crc_hqx, 0, "Compute CRC-CCITT incrementally." },
    { "b2a_qp", m_b2a_qp, 0, "Encode a string using quoted-printable encoding." },
    { "a2b_qp", m_a2b_qp, 0, "Decode a string of qp-encoded data." },
    { "b2a_uu", m_b2a_uu, 0, "Uuencode line of data." },
    { "a2b_uu", m_a2b_uu, 0, "Decode a line of uuencoded data." },
    { NULL, NULL, 0, NULL },
};

static int binascii_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    Value ns = dict_new();
    if (!ns || dict_set(ns, S(__module__), str_from_cstr("binascii")) < 0) return -1;
    Value err = type_new_class(OBJ_VAL(T(type)), str_from_cstr("Error"), tuple_pack(1, OBJ_VAL(E(ValueError))), ns, 0);
    if (!err || dict_set_cstr(d, "Error", err) < 0) return -1;
    ns = dict_new();
    if (!ns || dict_set(ns, S(__module__), str_from_cstr("binascii")) < 0) return -1;
    Value inc = type_new_class(OBJ_VAL(T(type)), str_from_cstr("Incomplete"), tuple_pack(1, OBJ_VAL(E(Exception))), ns, 0);
    if (!inc || dict_set_cstr(d, "Incomplete", inc) < 0) return -1;
    return 0;
}

const ModuleDef binascii_module = { "binascii", "Conversion between binary data and ASCII", binascii_methods, binascii_exec };
