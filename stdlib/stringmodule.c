/* _string: the str.format parser string.Formatter uses, as CPython's
 * Objects/stringlib/unicode_format.h: formatter_parser yields (literal,
 * field_name, format_spec, conversion) tuples and formatter_field_name_split
 * splits "a.b[0]" into "a" and an iterator of (is_attribute, key).  Both
 * iterators parse lazily, so an error surfaces at the item where it occurs.
 * Every delimiter is ASCII, so the scans run over the UTF-8 bytes. */
#include "core.h"

typedef struct StrIter { Object hdr; Value s; int64_t pos; } StrIter;

static void striter_trace(Object *o, Visitor visit, void *ctx) { visit(((StrIter *)o)->s, ctx); }

static Value striter_new(Type *t, Value s, int64_t pos)
{
    StrIter *it = (StrIter *)gc_alloc(t, sizeof(StrIter));
    STORE(it, s, s);
    it->pos = pos;
    return OBJ_VAL(it);
}

static Value self_iter(Value self) { return self; }

static Value sub(Value s, int64_t a, int64_t b) { return str_new(STR_DATA(s) + a, (size_t)(b - a)); }

/* get_integer: a run of decimal digits (any script) as an index, -1 if it is
 * not one, -2 with ValueError when it overflows. */
static int64_t get_integer(Value s, int64_t a, int64_t b)
{
    if (a >= b) return -1;
    const unsigned char *p = (const unsigned char *)STR_DATA(s) + a, *end = (const unsigned char *)STR_DATA(s) + b;
    int64_t acc = 0;
    while (p < end) {
        uint32_t cp;
        p += utf8_decode1(p, end, &cp);
        int d = uni_decimal(cp);
        if (d < 0) return -1;
        if (acc > (INT64_MAX - d) / 10) {
            raise_ValueError("Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

/* An index or the key text, as the split gives it. */
static Value int_or_str(Value s, int64_t a, int64_t b)
{
    int64_t idx = get_integer(s, a, b);
    if (idx == -2) return 0;
    return idx >= 0 ? int_from_i64(idx) : sub(s, a, b);
}

static int check_str(Value v)
{
    if (IS_STR(v)) return 0;
    raise_TypeError("expected str, got %T", v);
    return -1;
}

/* -- formatter_parser ----------------------------------------------------------- */

/* parse_field: the field after '{' at *pos; fills the name range, the spec range
 * (spec_a < 0: none) and the conversion (0: none). */
static int parse_field(Value s, int64_t *pos, int64_t *name_b, int64_t *spec_a, int64_t *spec_b, uint32_t *conv)
{
    const char *d = STR_DATA(s);
    int64_t i = *pos, n = STR_NBYTES(s);
    char c = 0;
    *conv = 0;
    *spec_a = *spec_b = -1;
    while (i < n) {
        c = d[i++];
        if (c == '{') { raise_ValueError("unexpected '{' in field name"); return -1; }
        if (c == '[') {
            while (i < n && d[i] != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    *name_b = i - 1;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (i >= n) { raise_ValueError("end of string while looking for conversion specifier"); return -1; }
            i += utf8_decode1((const unsigned char *)d + i, (const unsigned char *)d + n, conv);
            if (i < n) {
                c = d[i++];
                if (c == '}') { *pos = i; return 0; }
                if (c != ':') { raise_ValueError("expected ':' after conversion specifier"); return -1; }
            }
        }
        *spec_a = i;
        for (int count = 1; i < n; ) {
            c = d[i++];
            if (c == '{') count++;
            else if (c == '}' && --count == 0) { *spec_b = i - 1; *pos = i; return 0; }
        }
        raise_ValueError("unmatched '{' in format spec");
        return -1;
    }
    if (c != '}') { raise_ValueError("expected '}' before end of string"); return -1; }
    *pos = i;
    return 0;
}

static Value fmtiter_next(Value self)
{
    StrIter *it = AS(StrIter, self);
    Value s = it->s;
    const char *d = STR_DATA(s);
    int64_t n = STR_NBYTES(s), i = it->pos, start = i;
    if (i >= n) return 0;
    char c = 0;
    bool markup = false;
    while (i < n) {
        c = d[i++];
        if (c == '{' || c == '}') { markup = true; break; }
    }
    bool at_end = i >= n;
    int64_t len = i - start;
    if (c == '}' && (at_end || d[i] != '}')) {
        it->pos = n;
        return raise_ValueError("Single '}' encountered in format string");
    }
    if (at_end && c == '{') {
        it->pos = n;
        return raise_ValueError("Single '{' encountered in format string");
    }
    if (!at_end) {
        if (d[i] == c) { i++; markup = false; }   /* {{ or }}: literal text only */
        else len--;
    }
    Value lit = sub(s, start, start + len);
    if (!markup) {
        it->pos = i;
        return tuple_pack(4, lit, NONE, NONE, NONE);
    }
    int64_t name_b, spec_a, spec_b;
    uint32_t conv;
    int64_t name_a = i;
    if (parse_field(s, &i, &name_b, &spec_a, &spec_b, &conv) < 0) { it->pos = n; return 0; }
    it->pos = i;
    Value name = sub(s, name_a, name_b);
    Value spec = spec_a < 0 ? R->empty_str : sub(s, spec_a, spec_b);
    Value cv = conv ? str_from_codepoint(conv) : NONE;
    return tuple_pack(4, lit, name, spec, cv);
}

const TypeSpec string_formatter_iter_spec = {
    .name = "formatteriterator", .base = -1, .basicsize = sizeof(StrIter), .trace = striter_trace,
    .iter = self_iter, .next = fmtiter_next,
};

static Value m_formatter_parser(Value self, const Value *args, size_t nargs, Value kw)
{
    if (check_str(args[0]) < 0) return 0;
    return striter_new(T(string_formatter_iter), args[0], 0);
}

/* -- formatter_field_name_split ---------------------------------------------- */

static Value fielditer_next(Value self)
{
    StrIter *it = AS(StrIter, self);
    Value s = it->s;
    const char *d = STR_DATA(s);
    int64_t n = STR_NBYTES(s), i = it->pos, a, b;
    if (i >= n) return 0;
    bool attr;
    it->pos = n;      /* an error ends the iteration */
    switch (d[i++]) {
    case '.':
        attr = true;
        a = i;
        while (i < n && d[i] != '.' && d[i] != '[') i++;
        b = i;
        break;
    case '[':
        attr = false;
        a = i;
        while (i < n && d[i] != ']') i++;
        if (i >= n) return raise_ValueError("Missing ']' in format string");
        b = i++;
        break;
    default:
        return raise_ValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    Value key = attr ? sub(s, a, b) : int_or_str(s, a, b);
    if (!key) return 0;
    if (a == b) return raise_ValueError("Empty attribute in format string");
    it->pos = i;
    return tuple_pack(2, BOOL_V(attr), key);
}

const TypeSpec string_fieldname_iter_spec = {
    .name = "fieldnameiterator", .base = -1, .basicsize = sizeof(StrIter), .trace = striter_trace,
    .iter = self_iter, .next = fielditer_next,
};

static Value m_formatter_field_name_split(Value self, const Value *args, size_t nargs, Value kw)
{
    Value s = args[0];
    if (check_str(s) < 0) return 0;
    const char *d = STR_DATA(s);
    int64_t n = STR_NBYTES(s), i = 0;
    while (i < n && d[i] != '.' && d[i] != '[') i++;
    Value first = int_or_str(s, 0, i);
    if (!first) return 0;
    return tuple_pack(2, first, striter_new(T(string_fieldname_iter), s, i));
}

static const MethodDef string_functions[] = {
    { "formatter_parser", m_formatter_parser, METH_O, "parse the argument as a format string" },
    { "formatter_field_name_split", m_formatter_field_name_split, METH_O, "split the argument as a field name" },
    { NULL, NULL, 0, NULL },
};

const ModuleDef _string_module = { "_string", "string helper module", string_functions, NULL };
