/* kiln: the code object (the compiler fills it, the VM runs it).
 * Layout in opcodes.h; attributes are CPython's co_* names. */
#include "core.h"
#include "opcodes.h"

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

static Value code_replace(Value self, const Value *args, size_t nargs, Value kw) {
    if (nargs) return raise_TypeError("replace() takes no positional arguments");
    Code *o = C(self);
    Code *c = (Code *)code_new();
    Object hdr = c->hdr;
    *c = *o;
    c->hdr = hdr;
    c->cache = 0;
    int64_t nk = kw ? TUPLE_SIZE(kw) : 0;
    for (int64_t i = 0; i < nk; i++) {
        Value k = TUPLE_ITEMS(kw)[i], v = args[i];
        if (str_eq_cstr(k, "co_name")) c->name = v;
        else if (str_eq_cstr(k, "co_qualname")) c->qualname = v;
        else if (str_eq_cstr(k, "co_filename")) c->filename = v;
        else if (str_eq_cstr(k, "co_consts")) c->consts = v;
        else if (str_eq_cstr(k, "co_names")) c->names = v;
        else if (str_eq_cstr(k, "co_firstlineno") && IS_SMALL(v)) c->firstlineno = (int32_t)SMALL_VAL(v);
        else if (str_eq_cstr(k, "co_flags") && IS_SMALL(v)) c->flags = (int32_t)SMALL_VAL(v);
        else return raise_TypeError("replace() got an unexpected keyword argument '%U'", k);
    }
    return OBJ_VAL(c);
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
    {"co_name", g_name, NULL, NULL},
    {"co_qualname", g_qualname, NULL, NULL},
    {"co_filename", g_filename, NULL, NULL},
    {"co_varnames", g_varnames, NULL, NULL},
    {"co_cellvars", g_cellvars, NULL, NULL},
    {"co_freevars", g_freevars, NULL, NULL},
    {"co_consts", g_consts, NULL, NULL},
    {"co_names", g_names, NULL, NULL},
    {"co_argcount", g_argcount, NULL, NULL},
    {"co_posonlyargcount", g_posonly, NULL, NULL},
    {"co_kwonlyargcount", g_kwonly, NULL, NULL},
    {"co_nlocals", g_nlocals, NULL, NULL},
    {"co_stacksize", g_stacksize, NULL, NULL},
    {"co_flags", g_flags, NULL, NULL},
    {"co_firstlineno", g_firstlineno, NULL, NULL},
    {"co_code", g_code, NULL, NULL},
    {"_co_code_adaptive", g_code, NULL, NULL},
    {"co_linetable", g_empty_bytes, NULL, NULL},
    {"co_exceptiontable", g_empty_bytes, NULL, NULL},
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
    .methods = code_methods,
    .getsets = code_getsets,
};
