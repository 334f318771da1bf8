/* kiln: the code object (the compiler fills it, the VM runs it).
 * Layout in opcodes.h; attributes are CPython's co_* names. */
#include "core.h"
#include "opcodes.h"
#include <string.h>

static void code_trace(Object *o, Visitor visit, void *ctx) {
    Code *c = (Code *)o;
    visit(c->bytecode, ctx); visit(c->consts, ctx); visit(c->names, ctx);
    visit(c->varnames, ctx); visit(c->cellvars, ctx); visit(c->freevars, ctx);
    visit(c->cell2arg, ctx); visit(c->filename, ctx); visit(c->name, ctx);
    visit(c->qualname, ctx); visit(c->linetable, ctx); visit(c->exctable, ctx); visit(c->positions, ctx);
    visit(c->docstring, ctx); visit(c->cache, ctx);
}

Value code_new(void) {
    Code *c = (Code *)gc_alloc(T(code), sizeof(Code));
    c->consts = c->names = c->varnames = c->cellvars = c->freevars = R->empty_tuple;
    c->filename = c->name = c->qualname = R->empty_str;
    return OBJ_VAL(c);
}

int code_line_of(Code *c, int64_t i) {
    if (!c->linetable) return c->firstlineno;
    const int32_t *lt = (const int32_t *)((RawBytes *)c->linetable)->data;
    if (i >= c->ncode) i = c->ncode - 1;
    for (; i >= 0; i--)
        if (lt[i] >= 0) return lt[i];
    return c->firstlineno;
}

static Value code_repr(Value v) {
    Code *c = (Code *)v;
    return str_fmt("<code object %U at %p, file \"%U\", line %d>", c->name, (void *)c,
                   c->filename, (int)c->firstlineno);
}

#define C(v) ((Code *)(v))
static Value g_name(Value s) { return C(s)->name; }
static Value g_qualname(Value s) { return C(s)->qualname; }
static Value g_filename(Value s) { return C(s)->filename; }
static Value g_varnames(Value s) { return C(s)->varnames; }
static Value g_cellvars(Value s) { return C(s)->cellvars; }
static Value g_freevars(Value s) { return C(s)->freevars; }
static Value g_consts(Value s) { return C(s)->consts; }
static Value g_names(Value s) { return C(s)->names; }
static Value g_argcount(Value s) { return MKSMALL(C(s)->argcount); }
static Value g_posonly(Value s) { return MKSMALL(C(s)->posonlyargcount); }
static Value g_kwonly(Value s) { return MKSMALL(C(s)->kwonlyargcount); }
static Value g_nlocals(Value s) { return MKSMALL(C(s)->nlocals); }
static Value g_stacksize(Value s) { return MKSMALL(C(s)->stacksize); }
static Value g_flags(Value s) { return MKSMALL(C(s)->flags); }
static Value g_firstlineno(Value s) { return MKSMALL(C(s)->firstlineno); }
static Value g_empty_bytes(Value s) { return bytes_new("", 0); }
static Value g_code(Value s) {
    Code *c = C(s);
    if (!c->bytecode) return bytes_new("", 0);
    return bytes_new(((RawBytes *)c->bytecode)->data, (size_t)c->ncode * 4);
}

/* co_lines(): (start, end, line) triples in bytes, as CPython (4 bytes per insn). */
static Value code_co_lines(Value self, const Value *args, size_t nargs, Value kw) {
    Code *c = C(self);
    Value out = list_new(0);
    if (!out) return 0;
    int64_t start = 0;
    for (int64_t i = 1; i <= c->ncode; i++) {
        int prev = code_line_of(c, i - 1);
        if (i == c->ncode || code_line_of(c, i) != prev) {
            Value t = tuple_pack(3, MKSMALL(start * 4), MKSMALL(i * 4), MKSMALL(prev));
            if (!t || list_append(out, t) < 0) return 0;
            start = i;
        }
    }
    return obj_iter(out);
}

/* co_positions(): (line, end_line, col, end_col) per 2-byte code unit as
 * CPython (so tb_lasti // 2 indexes it); None where unknown. */
static Value code_co_positions(Value self, const Value *args, size_t nargs, Value kw) {
    Code *c = C(self);
    Value out = list_new(0);
    if (!out) return 0;
    for (int64_t i = 0; i < c->ncode; i++) {
        int line = code_line_of(c, i);
        Value ln = line < 0 ? NONE : MKSMALL(line), el = ln, col = NONE, ecol = NONE;
        if (c->positions && line >= 0) {
            CodePosition p = ((const CodePosition *)((RawBytes *)c->positions)->data)[i];
            el = p.end_line < 0 ? NONE : MKSMALL(p.end_line);
            if (p.col >= 0) col = MKSMALL(p.col);
            if (p.end_col >= 0) ecol = MKSMALL(p.end_col);
        }
        Value t = tuple_pack(4, ln, el, col, ecol);
        if (!t || list_append(out, t) < 0 || list_append(out, t) < 0) return 0;
    }
    return obj_iter(out);
}

/* -- CodeType(...) and code.replace(...) --------------------------------------
 * Both take CPython's fields and checks.  The bytecode is kiln's own (co_code
 * gives it back as bytes, 4 per instruction); co_linetable and
 * co_exceptiontable are accepted and ignored (kiln keeps its own tables). */

enum { F_ARGCOUNT, F_POSONLY, F_KWONLY, F_NLOCALS, F_STACKSIZE, F_FLAGS, F_CODE, F_CONSTS, F_NAMES,
       F_VARNAMES, F_FILENAME, F_NAME, F_QUALNAME, F_FIRSTLINENO, F_LINETABLE, F_EXCTABLE,
       F_FREEVARS, F_CELLVARS, F_COUNT };
static const char field_kind[F_COUNT + 1] = "iiiiiibtttsssibbtt";   /* int, bytes, tuple, str */
static const char *const field_names[F_COUNT + 1] = {
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
    "co_code", "co_consts", "co_names", "co_varnames", "co_filename", "co_name", "co_qualname",
    "co_firstlineno", "co_linetable", "co_exceptiontable", "co_freevars", "co_cellvars", NULL };

/* Type-check field i (value v) as CPython's argument clinic does; ints go to *iv. */
static int field_check(const char *fname, int i, Value v, int32_t *iv)
{
    char label[40];
    if (fname[0] == 'c') snprintf(label, sizeof label, "%d", i + 1);     /* code(): by position */
    else snprintf(label, sizeof label, "'%s'", field_names[i]);          /* replace(): by name */
    switch (field_kind[i]) {
    case 'i': {
        Value x = obj_index(v);
        int64_t n;
        if (!x) return -1;
        if (int_as_i64(x, &n) < 0 || n > INT32_MAX || n < INT32_MIN) {
            exc_clear();
            raise_OverflowError("Python int too large to convert to C int");
            return -1;
        }
        *iv = (int32_t)n;
        return 0;
    }
    case 'b': if (IS_OBJ(v) && type_is_subtype(TYPE(v), T(bytes))) return 0; break;
    case 't': if (IS_TUPLE(v)) return 0; break;
    case 's': if (IS_STR(v)) return 0; break;
    }
    static const char *const tn[] = { ['b'] = "bytes", ['t'] = "tuple", ['s'] = "str" };
    raise_TypeError("%s() argument %s must be %s, not %A", fname, label, tn[(int)field_kind[i]], v);
    return -1;
}

static int names_only_str(Value t, bool replace)
{
    for (int64_t i = 0; i < TUPLE_SIZE(t); i++) {
        Value x = TUPLE_ITEMS(t)[i];
        if (!IS_STR(x)) {
            if (replace) raise_SystemError("non-string found in code slot");
            else raise_TypeError("name tuples must contain only strings, not '%T'", x);
            return -1;
        }
    }
    return 0;
}

/* Fill c from the checked fields v[] (ints in iv[]); old is the code being
 * replaced (its bytecode layout must be kept) or NULL for CodeType(...). */
static Value code_build(Value *v, int32_t *iv, Code *old)
{
    bool replace = old != NULL;
    for (int i = F_NAMES; i <= F_CELLVARS; i++)
        if ((i == F_NAMES || i == F_VARNAMES || i == F_FREEVARS || i == F_CELLVARS) && names_only_str(v[i], replace) < 0)
            return 0;
    int64_t nv = TUPLE_SIZE(v[F_VARNAMES]);
    int32_t flags = iv[F_FLAGS];
    if (iv[F_ARGCOUNT] < iv[F_POSONLY] || iv[F_STACKSIZE] < 0 || flags < 0)
        return raise_SystemError("bad argument to internal function");
    int64_t nb = ((Bytes *)v[F_CODE])->size;
    if (nb % 4 || (replace && (nb != old->ncode * 4 || memcmp(((Bytes *)v[F_CODE])->data,
                                                              ((RawBytes *)old->bytecode)->data, (size_t)nb))))
        return raise_ValueError("code: co_code is malformed");
    int64_t nargs = (int64_t)iv[F_ARGCOUNT] + iv[F_KWONLY] + ((flags & CO_VARARGS) ? 1 : 0) + ((flags & CO_VARKEYWORDS) ? 1 : 0);
    if (nv < nargs || (replace && nv < old->nlocals)) return raise_ValueError("code: co_varnames is too small");
    if (replace && (TUPLE_SIZE(v[F_FREEVARS]) != TUPLE_SIZE(old->freevars) ||
                    TUPLE_SIZE(v[F_CELLVARS]) != TUPLE_SIZE(old->cellvars)))
        return raise_ValueError("code: kiln cannot change the number of co_freevars or co_cellvars");
    Code *c = (Code *)code_new();
    if (replace) {
        Object hdr = c->hdr;
        *c = *old;
        c->hdr = hdr;
        c->cache = 0;
    } else {
        RawBytes *bc = raw_bytes_frozen(nb);
        memcpy(bc->data, ((Bytes *)v[F_CODE])->data, (size_t)nb);
        STORE(c, bytecode, OBJ_VAL(bc));
        c->ncode = nb / 4;
        /* no stack-depth analysis of foreign bytecode: bounds no instruction can exceed */
        c->stacksize = (int32_t)(c->ncode * 4 + 8);
        c->blocksize = (int32_t)(c->ncode + 1);
    }
    c->argcount = iv[F_ARGCOUNT];
    c->posonlyargcount = iv[F_POSONLY];
    c->kwonlyargcount = iv[F_KWONLY];
    c->nlocals = (int32_t)nv;
    if (iv[F_STACKSIZE] > c->stacksize) c->stacksize = iv[F_STACKSIZE];
    c->flags = flags;
    c->firstlineno = iv[F_FIRSTLINENO];
    STORE(c, consts, v[F_CONSTS]);
    STORE(c, names, v[F_NAMES]);
    STORE(c, varnames, v[F_VARNAMES]);
    STORE(c, filename, v[F_FILENAME]);
    STORE(c, name, v[F_NAME]);
    STORE(c, qualname, v[F_QUALNAME]);
    STORE(c, freevars, v[F_FREEVARS]);
    STORE(c, cellvars, v[F_CELLVARS]);
    if (!replace || (old->varnames != c->varnames || old->cellvars != c->cellvars)) {
        /* which cells start as a copy of an argument */
        Value c2a = 0;
        for (int64_t i = 0; i < TUPLE_SIZE(c->cellvars); i++) {
            int64_t j;
            for (j = 0; j < nargs && j < nv; j++)
                if (str_eq(TUPLE_ITEMS(c->varnames)[j], TUPLE_ITEMS(c->cellvars)[i])) break;
            if (j < nargs && j < nv && !c2a) {
                c2a = tuple_new(TUPLE_SIZE(c->cellvars));
                for (int64_t k = 0; k < TUPLE_SIZE(c2a); k++) TUPLE_ITEMS(c2a)[k] = MKSMALL(-1);
            }
            if (j < nargs && j < nv) TUPLE_ITEMS(c2a)[i] = MKSMALL(j);
        }
        STORE(c, cell2arg, c2a);
    }
    return OBJ_VAL(c);
}

static Value code_new_slot(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) return raise_TypeError("code() takes no keyword arguments");
    if (nargs < 16) return raise_TypeError("code expected at least 16 arguments, got %zu", nargs);
    if (nargs > 18) return raise_TypeError("code expected at most 18 arguments, got %zu", nargs);
    Value v[F_COUNT];
    int32_t iv[F_COUNT] = {0};
    for (int i = 0; i < F_COUNT; i++) {
        v[i] = (size_t)i < nargs ? args[i] : R->empty_tuple;
        if (field_check("code", i, v[i], &iv[i]) < 0) return 0;
    }
    static const char *const neg[] = { "argcount", "posonlyargcount", "kwonlyargcount", "nlocals" };
    for (int i = F_ARGCOUNT; i <= F_NLOCALS; i++)
        if (iv[i] < 0) return raise_ValueError("code: %s must not be negative", neg[i]);
    return code_build(v, iv, NULL);
}

static Value code_replace(Value self, const Value *args, size_t nargs, Value kw) {
    if (nargs) return raise_TypeError("replace() takes no positional arguments");
    Code *o = C(self);
    Value v[F_COUNT] = {
        MKSMALL(o->argcount), MKSMALL(o->posonlyargcount), MKSMALL(o->kwonlyargcount), MKSMALL(o->nlocals),
        MKSMALL(o->stacksize), MKSMALL(o->flags), g_code(self), o->consts, o->names, o->varnames,
        o->filename, o->name, o->qualname, MKSMALL(o->firstlineno), R->empty_bytes, R->empty_bytes,
        o->freevars, o->cellvars };
    int32_t iv[F_COUNT] = {0};
    int64_t nk = kw ? TUPLE_SIZE(kw) : 0;
    for (int64_t k = 0; k < nk; k++) {
        Value key = TUPLE_ITEMS(kw)[k];
        int i;
        for (i = 0; i < F_COUNT; i++)
            if (str_eq_cstr(key, field_names[i])) break;
        if (i == F_COUNT) return raise_TypeError("'%U' is an invalid keyword argument for replace()", key);
        v[i] = args[k];
    }
    for (int i = 0; i < F_COUNT; i++)
        if (field_check("replace", i, v[i], &iv[i]) < 0) return 0;
    static const int positive[] = { F_ARGCOUNT, F_POSONLY, F_KWONLY, F_FIRSTLINENO };
    for (size_t i = 0; i < ARRAY_LEN(positive); i++)
        if (iv[positive[i]] < 0) return raise_ValueError("%s must be a positive integer", field_names[positive[i]]);
    return code_build(v, iv, o);
}

/* _varname_from_oparg(i): the name of local-plus slot i (locals, cells, free variables). */
static Value code_varname_from_oparg(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = { "oparg", NULL };
    Value a[1];
    int64_t i;
    if (args_parse("_varname_from_oparg", args, nargs, kw, names, 1, a) < 0) return 0;
    if (obj_as_ssize(a[0], &i, E(OverflowError)) < 0) return 0;
    Code *c = C(self);
    Value parts[3] = { c->varnames, c->cellvars, c->freevars };
    for (int k = 0; k < 3 && i >= 0; k++) {
        if (i < TUPLE_SIZE(parts[k])) return TUPLE_ITEMS(parts[k])[i];
        i -= TUPLE_SIZE(parts[k]);
    }
    return raise_IndexError("tuple index out of range");
}

static const MethodDef code_methods[] = {
    {"_varname_from_oparg", code_varname_from_oparg, 0, NULL},
    {"co_lines", code_co_lines, METH_NOARGS, NULL},
    {"co_positions", code_co_positions, METH_NOARGS, NULL},
    {"replace", code_replace, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef code_getsets[] = {
    {"co_name", g_name, NULL, NULL, true},
    {"co_qualname", g_qualname, NULL, NULL, true},
    {"co_filename", g_filename, NULL, NULL, true},
    {"co_varnames", g_varnames, NULL, NULL},
    {"co_cellvars", g_cellvars, NULL, NULL},
    {"co_freevars", g_freevars, NULL, NULL},
    {"co_consts", g_consts, NULL, NULL, true},
    {"co_names", g_names, NULL, NULL, true},
    {"co_argcount", g_argcount, NULL, NULL, true},
    {"co_posonlyargcount", g_posonly, NULL, NULL, true},
    {"co_kwonlyargcount", g_kwonly, NULL, NULL, true},
    {"co_nlocals", g_nlocals, NULL, NULL, true},
    {"co_stacksize", g_stacksize, NULL, NULL, true},
    {"co_flags", g_flags, NULL, NULL, true},
    {"co_firstlineno", g_firstlineno, NULL, NULL, true},
    {"co_code", g_code, NULL, NULL},
    {"_co_code_adaptive", g_code, NULL, NULL},
    {"co_linetable", g_empty_bytes, NULL, NULL, true},
    {"co_exceptiontable", g_empty_bytes, NULL, NULL, true},
    {"co_lnotab", g_empty_bytes, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec code_spec = {
    .name = "code",
    .base = -1,
    .basicsize = sizeof(Code),
    .flags = TF_IMMUTABLE,
    .trace = code_trace,
    .repr = code_repr,
    .new_ = code_new_slot,
    .methods = code_methods,
    .getsets = code_getsets,
};
