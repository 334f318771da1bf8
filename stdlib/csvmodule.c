/* kiln: the _csv module: Dialect, reader, writer, the dialect registry and
 * field_size_limit, with CPython 3.11's parser state machine and messages. */
#include "core.h"
#include <string.h>
#include <stdlib.h>

enum { QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE };
#define NOT_SET (-1)
#define EOL (-2)

typedef struct Dialect {
    Object hdr;
    Value lineterminator;
    int32_t delimiter, quotechar, escapechar;
    int quoting;
    bool doublequote, skipinitialspace, strict;
} Dialect;

enum { START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
       QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL };

typedef struct Reader {
    Object hdr;
    Value input_iter, dialect, fields;
    StrBuf field;            /* malloc'd: no Values */
    int64_t field_len, line_num;
    int state;
    bool numeric_field;
} Reader;

typedef struct Writer { Object hdr; Value write, dialect; } Writer;

#define DI(v) ((Dialect *)(v))

static Value csv_error(const char *fmt, ...)
{
    Value mod = dict_get_cstr(R->modules, "_csv");
    Value err = mod ? dict_get_cstr(AS(Module, mod)->dict, "Error") : 0;
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) return 0;
    Value e = obj_call1(err ? err : OBJ_VAL(E(Exception)), msg);
    return e ? raise_value(e) : 0;
}

static Value state_get(const char *k, Value dflt)
{
    Value v = dict_get_cstr(kiln_state_dict(), k);
    if (!v && dflt) { dict_set_cstr(kiln_state_dict(), k, dflt); v = dflt; }
    return v;
}

static Value dialects(void) { return state_get("csv_dialects", dict_new()); }
static int64_t field_limit(void) { Value v = state_get("csv_field_limit", MKSMALL(128 * 1024)); return SMALL_VAL(v); }

/* -- Dialect ----------------------------------------------------------------- */

static int set_char(const char *name, int32_t *out, Value v, int32_t dflt, bool allow_none)
{
    if (!v) { *out = dflt; return 0; }
    if (v == NONE && allow_none) { *out = NOT_SET; return 0; }
    if (!IS_STR(v)) {
        if (allow_none) raise_TypeError("\"%s\" must be string or None, not %T", name, v);
        else raise_TypeError("\"%s\" must be string, not %T", name, v);
        return -1;
    }
    if (STR_LEN(v) != 1) { raise_TypeError("\"%s\" must be a 1-character string", name); return -1; }
    *out = (int32_t)str_char_at(v, 0);
    return 0;
}

static int set_bool(bool *out, Value v, bool dflt)
{
    if (!v) { *out = dflt; return 0; }
    int t = obj_truthy(v);
    if (t < 0) return -1;
    *out = t;
    return 0;
}

static const char *const dialect_names[] = { "dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
                                             "quotechar", "quoting", "skipinitialspace", "strict", NULL };

/* Build a Dialect from a dialect (name, object or None) and keyword overrides a[1..8]. */
static Value dialect_make(Type *t, Value dialect, Value *a)
{
    if (dialect && IS_STR(dialect)) {
        Value d = dict_get(dialects(), dialect);
        if (!d) return exc_pending() ? 0 : csv_error("unknown dialect");
        dialect = d;
    }
    bool any = false;
    for (int i = 1; i < 9; i++) if (a[i]) any = true;
    if (dialect && TYPE(dialect) == T(csv_dialect) && !any && t == T(csv_dialect)) return dialect;
    if (dialect && dialect != NONE) {
        for (int i = 1; i < 9; i++) {
            if (a[i]) continue;
            Value v = obj_lookup_attr(dialect, str_from_cstr(dialect_names[i]));
            if (!v && exc_pending()) return 0;
            a[i] = v;
        }
    }
    Value o = OBJ_VAL(gc_alloc(t, t->basicsize > sizeof(Dialect) ? t->basicsize : sizeof(Dialect)));
    Dialect *d = DI(o);
    if (set_char("delimiter", &d->delimiter, a[1], ',', false) < 0 || set_bool(&d->doublequote, a[2], true) < 0 ||
        set_char("escapechar", &d->escapechar, a[3], NOT_SET, true) < 0) return 0;
    if (a[4]) {
        if (!IS_STR(a[4])) return raise_TypeError("\"lineterminator\" must be a string");
        STORE(d, lineterminator, a[4]);
    } else {
        STORE(d, lineterminator, str_from_cstr("\r\n"));
    }
    if (set_char("quotechar", &d->quotechar, a[5], '"', true) < 0) return 0;
    int64_t q = QUOTE_MINIMAL;
    if (a[6]) {
        if (!IS_INT(a[6])) return raise_TypeError("\"quoting\" must be an integer");
        if (int_as_i64(a[6], &q) < 0) return 0;
        if (q < QUOTE_MINIMAL || q > QUOTE_NONE) return raise_TypeError("bad \"quoting\" value");
    }
    d->quoting = (int)q;
    if (set_bool(&d->skipinitialspace, a[7], false) < 0 || set_bool(&d->strict, a[8], false) < 0) return 0;
    if (a[5] == NONE && !a[6]) d->quoting = QUOTE_NONE;
    if (d->quoting != QUOTE_NONE && d->quotechar == NOT_SET)
        return raise_TypeError("quotechar must be set if quoting enabled");
    return o;
}

static Value dialect_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    Value a[9];
    if (args_parse("Dialect", args, nargs, kw, dialect_names, 0, a) < 0) return 0;
    return dialect_make(t, a[0], a);
}

static Value char_value(int32_t c) { return c == NOT_SET ? NONE : str_from_codepoint((uint32_t)c); }
static Value g_delimiter(Value self) { return char_value(DI(self)->delimiter); }
static Value g_quotechar(Value self) { return char_value(DI(self)->quotechar); }
static Value g_escapechar(Value self) { return char_value(DI(self)->escapechar); }
static Value g_lineterminator(Value self) { return DI(self)->lineterminator; }
static Value g_quoting(Value self) { return MKSMALL(DI(self)->quoting); }
static Value g_doublequote(Value self) { return BOOL_V(DI(self)->doublequote); }
static Value g_skipinitialspace(Value self) { return BOOL_V(DI(self)->skipinitialspace); }
static Value g_strict(Value self) { return BOOL_V(DI(self)->strict); }

static const GetSetDef dialect_getsets[] = {
    { "delimiter", g_delimiter, NULL, NULL }, { "quotechar", g_quotechar, NULL, NULL },
    { "escapechar", g_escapechar, NULL, NULL }, { "lineterminator", g_lineterminator, NULL, NULL },
    { "quoting", g_quoting, NULL, NULL }, { "doublequote", g_doublequote, NULL, NULL },
    { "skipinitialspace", g_skipinitialspace, NULL, NULL }, { "strict", g_strict, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec csv_dialect_spec = {
    .name = "_csv.Dialect", .base = -1, .basicsize = sizeof(Dialect), .flags = TF_BASETYPE,
    .new_ = dialect_new, .getsets = dialect_getsets, .doc = "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n",
};

/* Parse (iterable/fileobj, dialect=None, **fmtparams) into a Dialect. */
static Value dialect_from_args(const char *fname, const Value *args, size_t nargs, Value kw, Value *first)
{
    static const char *const names[] = { "", "dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
                                         "quotechar", "quoting", "skipinitialspace", "strict", NULL };
    Value a[10];
    if (args_parse(fname, args, nargs, kw, names, 1, a) < 0) return 0;
    *first = a[0];
    return dialect_make(T(csv_dialect), a[1], a + 1);
}

/* -- reader ------------------------------------------------------------------- */

static void reader_finalize(Object *o) { sb_free(&((Reader *)o)->field); }

static int save_field(Reader *r)
{
    Value f = str_new(r->field.data ? r->field.data : "", r->field.len);
    if (!f) return -1;
    r->field.len = 0;
    r->field_len = 0;
    if (r->numeric_field) {
        r->numeric_field = false;
        f = obj_call1(OBJ_VAL(T(float)), f);
        if (!f) return -1;
    }
    return list_append(r->fields, f);
}

static int add_char(Reader *r, int32_t c)
{
    if (r->field_len >= field_limit()) { csv_error("field larger than field limit (%lld)", (long long)field_limit()); return -1; }
    sb_add_cp(&r->field, (uint32_t)c);
    r->field_len++;
    return 0;
}

static int process_char(Reader *r, int32_t c)
{
    Dialect *d = DI(r->dialect);
    switch (r->state) {
    case START_RECORD:
        if (c == EOL) break;
        if (c == '\n' || c == '\r') { r->state = EAT_CRNL; break; }
        r->state = START_FIELD;
        /* fallthrough */
    case START_FIELD:
        if (c == '\n' || c == '\r' || c == EOL) {
            if (save_field(r) < 0) return -1;
            r->state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == d->quotechar && d->quoting != QUOTE_NONE) {
            r->state = IN_QUOTED_FIELD;
        } else if (c == d->escapechar) {
            r->state = ESCAPED_CHAR;
        } else if (c == ' ' && d->skipinitialspace) {
        } else if (c == d->delimiter) {
            if (save_field(r) < 0) return -1;
        } else {
            if (d->quoting == QUOTE_NONNUMERIC) r->numeric_field = true;
            if (add_char(r, c) < 0) return -1;
            r->state = IN_FIELD;
        }
        break;
    case ESCAPED_CHAR:
        if (c == '\n' || c == '\r') {
            if (add_char(r, c) < 0) return -1;
            r->state = AFTER_ESCAPED_CRNL;
            break;
        }
        if (c == EOL) c = '\n';
        if (add_char(r, c) < 0) return -1;
        r->state = IN_FIELD;
        break;
    case AFTER_ESCAPED_CRNL:
        if (c == EOL) break;
        /* fallthrough */
    case IN_FIELD:
        if (c == '\n' || c == '\r' || c == EOL) {
            if (save_field(r) < 0) return -1;
            r->state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == d->escapechar) {
            r->state = ESCAPED_CHAR;
        } else if (c == d->delimiter) {
            if (save_field(r) < 0) return -1;
            r->state = START_FIELD;
        } else if (add_char(r, c) < 0) {
            return -1;
        }
        break;
    case IN_QUOTED_FIELD:
        if (c == EOL) {
        } else if (c == d->escapechar) {
            r->state = ESCAPE_IN_QUOTED_FIELD;
        } else if (c == d->quotechar && d->quoting != QUOTE_NONE) {
            r->state = d->doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        } else if (add_char(r, c) < 0) {
            return -1;
        }
        break;
    case ESCAPE_IN_QUOTED_FIELD:
        if (c == EOL) c = '\n';
        if (add_char(r, c) < 0) return -1;
        r->state = IN_QUOTED_FIELD;
        break;
    case QUOTE_IN_QUOTED_FIELD:
        if (d->quoting != QUOTE_NONE && c == d->quotechar) {
            if (add_char(r, c) < 0) return -1;
            r->state = IN_QUOTED_FIELD;
        } else if (c == d->delimiter) {
            if (save_field(r) < 0) return -1;
            r->state = START_FIELD;
        } else if (c == '\n' || c == '\r' || c == EOL) {
            if (save_field(r) < 0) return -1;
            r->state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (!d->strict) {
            if (add_char(r, c) < 0) return -1;
            r->state = IN_FIELD;
        } else {
            StrBuf b; sb_init(&b);
            sb_add_cp(&b, (uint32_t)d->delimiter); sb_adds(&b, "' expected after '"); sb_add_cp(&b, (uint32_t)d->quotechar);
            sb_addc(&b, 0);
            csv_error("'%s'", b.data);
            sb_free(&b);
            return -1;
        }
        break;
    case EAT_CRNL:
        if (c == '\n' || c == '\r') {
        } else if (c == EOL) {
            r->state = START_RECORD;
        } else {
            csv_error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
            return -1;
        }
        break;
    }
    return 0;
}

static Value reader_next(Value self)
{
    Reader *r = (Reader *)self;
    Value fields = list_new(0);
    STORE(r, fields, fields);
    r->field.len = 0; r->field_len = 0;
    r->state = START_RECORD;
    r->numeric_field = false;
    do {
        Value line = obj_next(r->input_iter);
        if (!line) {
            if (!exc_pending() && (r->field_len != 0 || r->state == IN_QUOTED_FIELD)) {
                if (DI(r->dialect)->strict) return csv_error("unexpected end of data");
                if (save_field(r) < 0) return 0;
                break;
            }
            return 0;
        }
        if (!IS_STR(line))
            return csv_error("iterator should return strings, not %s (the file should be opened in text mode)", TYPE_NAME(line));
        r->line_num++;
        const unsigned char *p = (const unsigned char *)STR_DATA(line), *end = p + STR_NBYTES(line);
        while (p < end) {
            uint32_t cp;
            p += utf8_decode1(p, end, &cp);
            if (process_char(r, (int32_t)cp) < 0) return 0;
        }
        if (process_char(r, EOL) < 0) return 0;
    } while (r->state != START_RECORD);
    Value out = r->fields;
    STORE(r, fields, 0);
    return out;
}

static Value reader_iter(Value self) { return self; }
static Value rg_dialect(Value self) { return ((Reader *)self)->dialect; }
static Value rg_line_num(Value self) { return int_from_i64(((Reader *)self)->line_num); }

static const GetSetDef reader_getsets[] = {
    { "dialect", rg_dialect, NULL, NULL }, { "line_num", rg_line_num, NULL, NULL }, { NULL, NULL, NULL, NULL },
};
const TypeSpec csv_reader_spec = {
    .name = "_csv.reader", .base = -1, .basicsize = sizeof(Reader), .finalize = reader_finalize,
    .iter = reader_iter, .next = reader_next, .getsets = reader_getsets,
};

static Value m_reader(Value self, const Value *args, size_t nargs, Value kw)
{
    Value src;
    Value d = dialect_from_args("reader", args, nargs, kw, &src);
    if (!d) return 0;
    Value it = obj_iter(src);
    if (!it) return 0;
    Value o = OBJ_VAL(gc_alloc(T(csv_reader), sizeof(Reader)));
    Reader *r = (Reader *)o;
    STORE(r, input_iter, it);
    STORE(r, dialect, d);
    sb_init(&r->field);
    return o;
}

/* -- writer ------------------------------------------------------------------- */

static bool in_str(Value s, int32_t c)
{
    const unsigned char *p = (const unsigned char *)STR_DATA(s), *end = p + STR_NBYTES(s);
    while (p < end) {
        uint32_t cp;
        p += utf8_decode1(p, end, &cp);
        if ((int32_t)cp == c) return true;
    }
    return false;
}

/* Append one field to b; field 0 means None/empty. */
static int join_field(StrBuf *b, Dialect *d, Value field, bool quoted, bool first)
{
    const unsigned char *p = field ? (const unsigned char *)STR_DATA(field) : (const unsigned char *)"";
    const unsigned char *end = p + (field ? STR_NBYTES(field) : 0);
    /* pass 1: does it need quoting? */
    for (const unsigned char *q = p; q < end && !quoted;) {
        uint32_t cp;
        q += utf8_decode1(q, end, &cp);
        int32_t c = (int32_t)cp;
        if ((c == d->delimiter || c == d->escapechar || c == d->quotechar || in_str(d->lineterminator, c)) &&
            d->quoting != QUOTE_NONE &&
            (c == d->quotechar ? d->doublequote : c != d->escapechar))
            quoted = true;
    }
    if (!first) sb_add_cp(b, (uint32_t)d->delimiter);
    if (quoted) sb_add_cp(b, (uint32_t)d->quotechar);
    while (p < end) {
        uint32_t cp;
        p += utf8_decode1(p, end, &cp);
        int32_t c = (int32_t)cp;
        if (c == d->delimiter || c == d->escapechar || c == d->quotechar || in_str(d->lineterminator, c)) {
            bool want_escape = false;
            if (d->quoting == QUOTE_NONE) want_escape = true;
            else if (c == d->quotechar) {
                if (d->doublequote) sb_add_cp(b, (uint32_t)d->quotechar);
                else want_escape = true;
            } else if (c == d->escapechar) {
                want_escape = true;
            }
            if (want_escape) {
                if (d->escapechar == NOT_SET) { csv_error("need to escape, but no escapechar set"); return -1; }
                sb_add_cp(b, (uint32_t)d->escapechar);
            }
        }
        sb_add_cp(b, cp);
    }
    if (quoted) sb_add_cp(b, (uint32_t)d->quotechar);
    return 0;
}

static Value w_writerow(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("writerow", nargs, 1, 1) < 0) return 0;
    Writer *w = (Writer *)self;
    Dialect *d = DI(w->dialect);
    Value it = obj_iter(args[0]);
    if (!it) {
        if (exc_matches(E(TypeError))) { exc_clear(); return csv_error("iterable expected, not %s", TYPE_NAME(args[0])); }
        return 0;
    }
    StrBuf b; sb_init(&b);
    int64_t nfields = 0;
    for (;;) {
        Value f = obj_next(it);
        if (!f) { if (exc_pending()) { sb_free(&b); return 0; } break; }
        bool quoted;
        switch (d->quoting) {
        case QUOTE_NONNUMERIC: {
            Type *t = TYPE(f);
            quoted = !(IS_INT(f) || IS_FLOAT(f) || t == T(complex) || t->nb_index || t->nb_int || t->nb_float);
            break;
        }
        case QUOTE_ALL: quoted = true; break;
        default: quoted = false; break;
        }
        Value s;
        if (IS_STR(f)) s = f;
        else if (f == NONE) s = 0;
        else if (!(s = obj_str(f))) { sb_free(&b); return 0; }
        if (join_field(&b, d, s, quoted, nfields == 0) < 0) { sb_free(&b); return 0; }
        nfields++;
    }
    if (nfields > 0 && b.len == 0) {
        if (d->quoting == QUOTE_NONE) { sb_free(&b); return csv_error("single empty field record must be quoted"); }
        if (join_field(&b, d, 0, true, true) < 0) { sb_free(&b); return 0; }
    }
    sb_add(&b, STR_DATA(d->lineterminator), (size_t)STR_NBYTES(d->lineterminator));
    Value line = sb_finish(&b);
    return line ? obj_call1(w->write, line) : 0;
}

static Value w_writerows(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("writerows", nargs, 1, 1) < 0) return 0;
    Value it = obj_iter(args[0]);
    if (!it) return 0;
    for (;;) {
        Value row = obj_next(it);
        if (!row) return exc_pending() ? 0 : NONE;
        if (!w_writerow(self, &row, 1, 0)) return 0;
    }
}

static Value wg_dialect(Value self) { return ((Writer *)self)->dialect; }

static const MethodDef writer_methods[] = {
    { "writerow", w_writerow, 0, NULL }, { "writerows", w_writerows, 0, NULL }, { NULL, NULL, 0, NULL },
};
static const GetSetDef writer_getsets[] = { { "dialect", wg_dialect, NULL, NULL }, { NULL, NULL, NULL, NULL } };
const TypeSpec csv_writer_spec = {
    .name = "_csv.writer", .base = -1, .basicsize = sizeof(Writer), .methods = writer_methods, .getsets = writer_getsets,
};

static Value m_writer(Value self, const Value *args, size_t nargs, Value kw)
{
    Value dst;
    Value d = dialect_from_args("writer", args, nargs, kw, &dst);
    if (!d) return 0;
    Value wr = obj_lookup_attr(dst, str_from_cstr("write"));
    if (!wr) return exc_pending() ? 0 : raise_TypeError("argument 1 must have a \"write\" method");
    Value o = OBJ_VAL(gc_alloc(T(csv_writer), sizeof(Writer)));
    STORE((Writer *)o, write, wr);
    STORE((Writer *)o, dialect, d);
    return o;
}

/* -- registry ------------------------------------------------------------------- */

static Value m_register_dialect(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", "", "delimiter", "doublequote", "escapechar", "lineterminator",
                                         "quotechar", "quoting", "skipinitialspace", "strict", NULL };
    Value a[10];
    if (args_parse("register_dialect", args, nargs, kw, names, 1, a) < 0) return 0;
    if (!IS_STR(a[0])) return raise_TypeError("dialect name must be a string");
    Value d = dialect_make(T(csv_dialect), a[1], a + 1);
    if (!d || dict_set(dialects(), a[0], d) < 0) return 0;
    return NONE;
}

static Value m_unregister_dialect(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("unregister_dialect", nargs, 1, 1) < 0) return 0;
    int c = dict_contains(dialects(), args[0]);
    if (c < 0) return 0;
    if (!c) return csv_error("unknown dialect");
    return dict_del(dialects(), args[0]) < 0 ? 0 : NONE;
}

static Value m_get_dialect(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("get_dialect", nargs, 1, 1) < 0) return 0;
    Value d = dict_get(dialects(), args[0]);
    if (!d) return exc_pending() ? 0 : csv_error("unknown dialect");
    return d;
}

static Value m_list_dialects(Value self, const Value *args, size_t nargs, Value kw) { return dict_keys_list(dialects()); }

static Value m_field_size_limit(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "new_limit", NULL };
    Value a[1];
    if (args_parse("field_size_limit", args, nargs, kw, names, 0, a) < 0) return 0;
    int64_t old = field_limit();
    if (a[0]) {
        if (!IS_INT(a[0])) return raise_TypeError("limit must be an integer");
        int64_t n;
        if (int_as_i64(a[0], &n) < 0) return 0;
        if (!SMALL_FITS(n)) return raise_OverflowError("Python int too large to convert to C long");
        if (dict_set_cstr(kiln_state_dict(), "csv_field_limit", MKSMALL(n)) < 0) return 0;
    }
    return int_from_i64(old);
}

static const MethodDef csv_methods[] = {
    { "reader", m_reader, 0, NULL }, { "writer", m_writer, 0, NULL },
    { "register_dialect", m_register_dialect, 0, NULL }, { "unregister_dialect", m_unregister_dialect, 0, NULL },
    { "get_dialect", m_get_dialect, 0, NULL }, { "list_dialects", m_list_dialects, 0, NULL },
    { "field_size_limit", m_field_size_limit, 0, NULL }, { NULL, NULL, 0, NULL },
};

static int csv_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    Value ns = dict_new();
    if (!ns || dict_set(ns, S(__module__), str_from_cstr("_csv")) < 0) return -1;
    Value err = type_new_class(OBJ_VAL(T(type)), str_from_cstr("Error"), tuple_pack(1, OBJ_VAL(E(Exception))), ns, 0);
    if (!err || dict_set_cstr(d, "Error", err) < 0) return -1;
    if (dict_set_cstr(d, "Dialect", OBJ_VAL(T(csv_dialect))) < 0 || dict_set_cstr(d, "__version__", str_from_cstr("1.0")) < 0 ||
        dict_set_cstr(d, "QUOTE_MINIMAL", MKSMALL(QUOTE_MINIMAL)) < 0 || dict_set_cstr(d, "QUOTE_ALL", MKSMALL(QUOTE_ALL)) < 0 ||
        dict_set_cstr(d, "QUOTE_NONNUMERIC", MKSMALL(QUOTE_NONNUMERIC)) < 0 || dict_set_cstr(d, "QUOTE_NONE", MKSMALL(QUOTE_NONE)) < 0 ||
        dict_set_cstr(d, "_dialects", dialects()) < 0) return -1;
    return 0;
}

const ModuleDef _csv_module = { "_csv", "CSV parsing and writing.\n", csv_methods, csv_exec };
