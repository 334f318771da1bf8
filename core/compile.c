/* kiln: the bytecode compiler (AST -> Code objects).
 *
 * Code generation follows CPython 3.10's Python/compile.c (basic blocks, the fblock stack for
 * unwinding return/break/continue through try/with/loops, the same patterns for every
 * statement) adapted to kiln's bytecode contract in opcodes.h: exception handlers start with
 * two values [prev_handled, E], jumps are absolute instruction indexes and only JUMP_BACKWARD
 * goes backwards, match statements use 3.11's COPY/SWAP scheme.
 *
 * The front half is pure C over the AST pool (no Values): errors longjmp to compile_ast().
 * Assembly lays the blocks out, resolves jumps, and computes stacksize/blocksize by a flow
 * analysis over the emitted code (which also checks that every path agrees on the depths).
 * The back half (materialize) builds the Code objects with the GC paused. */
#include "core.h"
#include "opcodes.h"
#include "compile.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { CS_MODULE, CS_CLASS, CS_FUNCTION, CS_ASYNC_FUNCTION, CS_LAMBDA, CS_COMPREHENSION };

enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH, FB_ASYNC_WITH,
       FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER, FB_ASYNC_COMP_GEN,
       FB_EXCEPTION_GROUP_HANDLER };
typedef struct FBlock { int type; Block *block, *exit; const void *datum; } FBlock;
#define MAXBLOCKS 20

typedef struct Compiler {
    AstPool *pool;
    Symtable *st;
    CUnit *u;
    int nestlevel;
    int optimize;
    bool interactive;
    int features;               /* CO_FUTURE_ANNOTATIONS */
    int future_lineno;
    const char *filename;
    const char *src;
    size_t srclen;
    size_t *line_starts;        /* byte offset of each line (1-based index) */
    int nlines;
    CompileError *err;
    jmp_buf jb;
} Compiler;

#define POOL (c->pool)

/* -- Errors ------------------------------------------------------------------------------- */

static const char *source_line(Compiler *c, int lineno)
{
    if (!c->filename || c->filename[0] == '<' || lineno < 1 || lineno > c->nlines) return NULL;
    if (access(c->filename, R_OK) != 0) return NULL;   /* CPython reads the line from the file */
    size_t s = c->line_starts[lineno - 1];
    size_t e = s;
    while (e < c->srclen && c->src[e] != '\n') e++;
    if (e < c->srclen) e++;
    return ast_strndup(POOL, c->src + s, e - s);
}

/* The current location, as CPython reports compiler errors and warnings. */
static void current_loc(Compiler *c, int loc[4], const char **text)
{
    CUnit *u = c->u;
    loc[0] = u ? u->lineno : 1;
    loc[1] = u ? u->col + 1 : 1;
    loc[2] = u ? u->end_lineno : 1;
    loc[3] = u ? u->end_col + 1 : 1;
    *text = source_line(c, loc[0]);
}

static NORETURN PRINTF(2, 3) void cerror(Compiler *c, const char *fmt, ...)
{
    CompileError *e = c->err;
    if (!e->set) {
        e->set = true;
        strcpy(e->type, "SyntaxError");
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(e->msg, sizeof e->msg, fmt, ap);
        va_end(ap);
        int loc[4];
        current_loc(c, loc, &e->text);
        e->lineno = loc[0]; e->offset = loc[1]; e->end_lineno = loc[2]; e->end_offset = loc[3];
    }
    longjmp(c->jb, 1);
}

/* A compile-time SyntaxWarning at the current location (CPython's compiler_warn). */
static PRINTF(2, 3) void cwarn(Compiler *c, const char *fmt, ...)
{
    AstWarning *w = ast_alloc(POOL, sizeof *w), **tail = &c->err->warnings;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->msg, sizeof w->msg, fmt, ap);
    va_end(ap);
    int loc[4];
    const char *text;
    current_loc(c, loc, &text);
    w->lineno = loc[0]; w->offset = loc[1]; w->end_lineno = loc[2]; w->end_offset = loc[3];
    w->text = (char *)text;
    while (*tail) tail = &(*tail)->next;
    *tail = w;
}

#define SET_LOC(c, n) do { (c)->u->lineno = (n)->lineno; (c)->u->col = (n)->col_offset; \
    (c)->u->end_lineno = (n)->end_lineno; (c)->u->end_col = (n)->end_col_offset; } while (0)

/* The source range instructions are emitted with (CPython's u_lineno, u_col_offset, ...). */
typedef struct Loc { int lineno, col, end_lineno, end_col; } Loc;

static Loc get_loc(Compiler *c)
{
    CUnit *u = c->u;
    return (Loc){ u->lineno, u->col, u->end_lineno, u->end_col };
}

static void put_loc(Compiler *c, Loc l)
{
    CUnit *u = c->u;
    u->lineno = l.lineno; u->col = l.col; u->end_lineno = l.end_lineno; u->end_col = l.end_col;
}

/* CPython's update_start_location_to_match_attr: a multi-line attribute access
   starts at its attribute name. */
static void loc_match_attr(Compiler *c, const Expr *attr)
{
    CUnit *u = c->u;
    if (u->lineno == attr->end_lineno) return;
    u->lineno = attr->end_lineno;
    int len = (int)strlen(attr->v.Attribute.attr);   /* columns are in bytes */
    if (len <= attr->end_col_offset) u->col = attr->end_col_offset - len;
    else u->col = u->end_col = -1;
    if (u->end_lineno < u->lineno) u->end_lineno = u->lineno;
    if (u->lineno == u->end_lineno && u->end_col < u->col) u->end_col = u->col;
}

/* -- Pool helpers ---------------------------------------------------------------------------- */

static void *grow(Compiler *c, void *p, int n, int *cap, size_t sz)
{
    if (n < *cap) return p;
    int nc = *cap ? *cap * 2 : 8;
    void *np = ast_alloc(POOL, sz * (size_t)nc);
    if (n) memcpy(np, p, sz * (size_t)n);
    *cap = nc;
    return np;
}

static char *pstrcat3(Compiler *c, const char *a, const char *b, const char *d)
{
    size_t la = strlen(a), lb = strlen(b), ld = strlen(d);
    char *r = ast_alloc(POOL, la + lb + ld + 1);
    memcpy(r, a, la);
    memcpy(r + la, b, lb);
    memcpy(r + la + lb, d, ld + 1);
    return r;
}

/* -- Blocks and emission --------------------------------------------------------------------- */

static Block *new_block(Compiler *c)
{
    Block *b = ast_alloc(POOL, sizeof *b);
    b->sdepth = -1;
    return b;
}

static void use_block(Compiler *c, Block *b)
{
    c->u->cur->next = b;
    c->u->cur = b;
}

static void next_block(Compiler *c) { use_block(c, new_block(c)); }

static Instr *emit_raw(Compiler *c, int op, int arg)
{
    Block *b = c->u->cur;
    int cap = b->cap;
    b->ins = grow(c, b->ins, b->n, &cap, sizeof(Instr));
    b->cap = cap;
    Instr *i = &b->ins[b->n++];
    i->op = (uint8_t)op;
    i->arg = arg;
    i->target = NULL;
    i->builder = false;
    c->u->nemitted++;
    i->lineno = c->u->lineno;
    i->col = c->u->col;
    i->end_lineno = c->u->end_lineno;
    i->end_col = c->u->end_col;
    return i;
}

static void emit(Compiler *c, int op, int arg) { emit_raw(c, op, arg); }
static void emit0(Compiler *c, int op) { emit_raw(c, op, 0); }
static void emit_jump(Compiler *c, int op, Block *target) { emit_raw(c, op, 0)->target = target; }

/* -- Constants ------------------------------------------------------------------------------- */

static CConst *cc_new(Compiler *c, CConstKind k)
{
    CConst *x = ast_alloc(POOL, sizeof *x);
    x->kind = k;
    return x;
}

static CConst *cc_small(Compiler *c, int64_t v)
{
    CConst *x = cc_new(c, CC_INT);
    x->fits = true;
    x->small = v;
    x->neg = v < 0;
    char buf[32];
    snprintf(buf, sizeof buf, "%llu", (unsigned long long)(v < 0 ? -(uint64_t)v : (uint64_t)v));
    x->digits = ast_strndup(POOL, buf, strlen(buf));
    return x;
}

static CConst *cc_str(Compiler *c, const char *s)
{
    CConst *x = cc_new(c, CC_STR);
    x->str = s;
    x->len = strlen(s);
    return x;
}

static CConst *cc_from_ast(Compiler *c, const Constant *k)
{
    switch (k->kind) {
    case CONST_NONE: return cc_new(c, CC_NONE);
    case CONST_TRUE: return cc_new(c, CC_TRUE);
    case CONST_FALSE: return cc_new(c, CC_FALSE);
    case CONST_ELLIPSIS: return cc_new(c, CC_ELLIPSIS);
    case CONST_INT: {
        CConst *x = cc_new(c, CC_INT);
        x->fits = k->fits;
        x->small = k->small;
        x->digits = k->digits;
        return x;
    }
    case CONST_FLOAT: { CConst *x = cc_new(c, CC_FLOAT); x->f = k->f; return x; }
    case CONST_IMAG: { CConst *x = cc_new(c, CC_IMAG); x->f = k->f; return x; }
    case CONST_STR: { CConst *x = cc_new(c, CC_STR); x->str = k->str; x->len = k->len; return x; }
    case CONST_BYTES: { CConst *x = cc_new(c, CC_BYTES); x->str = k->str; x->len = k->len; return x; }
    }
    return cc_new(c, CC_NONE);
}

static bool cc_equal(const CConst *a, const CConst *b)
{
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case CC_NONE: case CC_TRUE: case CC_FALSE: case CC_ELLIPSIS: return true;
    case CC_INT: return a->neg == b->neg && strcmp(a->digits, b->digits) == 0;
    case CC_FLOAT: return memcmp(&a->f, &b->f, sizeof(double)) == 0;
    case CC_IMAG: return memcmp(&a->f, &b->f, sizeof(double)) == 0 && memcmp(&a->re, &b->re, sizeof(double)) == 0;
    case CC_STR: case CC_BYTES: return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
    case CC_TUPLE: case CC_FROZENSET:
        if (a->n != b->n) return false;
        for (int i = 0; i < a->n; i++)
            if (!cc_equal(a->items[i], b->items[i])) return false;
        return true;
    case CC_CODE: return a->code == b->code;
    }
    return false;
}

static uint64_t cc_hash(const CConst *k)
{
    uint64_t h = 1469598103934665603ull ^ (uint64_t)k->kind;
    const unsigned char *p = NULL;
    size_t n = 0;
    switch (k->kind) {
    case CC_INT: h ^= k->neg; p = (const unsigned char *)k->digits; n = strlen(k->digits); break;
    case CC_FLOAT: case CC_IMAG: p = (const unsigned char *)&k->f; n = sizeof(double); break;
    case CC_STR: case CC_BYTES: p = (const unsigned char *)k->str; n = k->len; break;
    case CC_TUPLE: case CC_FROZENSET:
        for (int i = 0; i < k->n; i++) h = (h ^ cc_hash(k->items[i])) * 1099511628211ull;
        break;
    case CC_CODE: h ^= (uint64_t)(uintptr_t)k->code; break;
    default: break;
    }
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

/* Index of k in the unit's constants (deduplicated by kind and value, hashed). */
static int add_const(Compiler *c, CConst *k)
{
    CUnit *u = c->u;
    uint64_t h = cc_hash(k);
    if (u->ctabcap) {
        unsigned mask = (unsigned)u->ctabcap - 1;
        for (unsigned i = (unsigned)h & mask;; i = (i + 1) & mask) {
            int e = u->ctab[i];
            if (!e) break;
            if (cc_equal(u->consts[e - 1], k)) return e - 1;
        }
    }
    u->consts = grow(c, u->consts, u->nconsts, &u->constcap, sizeof(CConst *));
    u->consts[u->nconsts++] = k;
    if (u->nconsts * 2 > u->ctabcap) {
        int nc = u->ctabcap ? u->ctabcap * 2 : 16;
        u->ctab = ast_alloc(POOL, sizeof(int) * (size_t)nc);
        u->ctabcap = nc;
        for (int j = 0; j < u->nconsts; j++) {
            unsigned mask = (unsigned)nc - 1, i = (unsigned)cc_hash(u->consts[j]) & mask;
            while (u->ctab[i]) i = (i + 1) & mask;
            u->ctab[i] = j + 1;
        }
    } else {
        unsigned mask = (unsigned)u->ctabcap - 1, i = (unsigned)h & mask;
        while (u->ctab[i]) i = (i + 1) & mask;
        u->ctab[i] = u->nconsts;
    }
    return u->nconsts - 1;
}

static void load_const(Compiler *c, CConst *k) { emit(c, OP_LOAD_CONST, add_const(c, k)); }
static void load_none(Compiler *c) { load_const(c, cc_new(c, CC_NONE)); }

/* Fold an expression to a constant when it is a literal, a negated number or a tuple of
 * those (a small part of CPython's AST optimizer).  NULL if not constant. */
static CConst *fold_const(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case Expr_Constant: return cc_from_ast(c, &e->v.Constant.value);
    case Expr_Name:
        if (strcmp(e->v.Name.id, "__debug__") == 0 && e->v.Name.ctx == Ctx_Load)
            return cc_new(c, c->optimize ? CC_FALSE : CC_TRUE);
        return NULL;
    case Expr_UnaryOp:
        if (e->v.UnaryOp.op == UnaryOp_USub && e->v.UnaryOp.operand->kind == Expr_Constant) {
            const Constant *k = &e->v.UnaryOp.operand->v.Constant.value;
            if (k->kind == CONST_INT) {
                CConst *x = cc_from_ast(c, k);
                if (strcmp(x->digits, "0") == 0) return x;
                x->neg = true;
                if (x->fits) x->small = -x->small;
                return x;
            }
            if (k->kind == CONST_FLOAT || k->kind == CONST_IMAG) {
                CConst *x = cc_from_ast(c, k);
                x->f = -x->f;
                if (k->kind == CONST_IMAG) x->re = -0.0;
                return x;
            }
        }
        return NULL;
    case Expr_BinOp: {
        CConst *a = fold_const(c, e->v.BinOp.left), *b = a ? fold_const(c, e->v.BinOp.right) : NULL;
        if (!a || !b) return NULL;
        if (a->kind == CC_INT && b->kind == CC_INT && a->fits && b->fits) {
            int64_t x = a->small, y = b->small, r;
            switch (e->v.BinOp.op) {
            case Op_Add: if (__builtin_add_overflow(x, y, &r)) return NULL; break;
            case Op_Sub: if (__builtin_sub_overflow(x, y, &r)) return NULL; break;
            case Op_Mult: if (__builtin_mul_overflow(x, y, &r)) return NULL; break;
            case Op_FloorDiv:
                if (y == 0 || (x == INT64_MIN && y == -1)) return NULL;
                r = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
                break;
            case Op_Mod:
                if (y == 0 || (x == INT64_MIN && y == -1)) return NULL;
                r = x % y;
                if (r != 0 && ((r < 0) != (y < 0))) r += y;
                break;
            case Op_LShift:
                if (y < 0 || y > 62 || x < 0 || (y && x > (INT64_MAX >> y))) return NULL;
                r = x << y;
                break;
            case Op_RShift: if (y < 0) return NULL; r = y > 63 ? (x < 0 ? -1 : 0) : x >> y; break;
            case Op_BitAnd: r = x & y; break;
            case Op_BitOr: r = x | y; break;
            case Op_BitXor: r = x ^ y; break;
            case Op_Pow:
                if (y < 0 || y > 64) return NULL;
                r = 1;
                for (int64_t i = 0; i < y; i++) if (__builtin_mul_overflow(r, x, &r)) return NULL;
                break;
            default: return NULL;
            }
            return cc_small(c, r);
        }
        if ((a->kind == CC_FLOAT || (a->kind == CC_INT && a->fits)) && b->kind == CC_IMAG &&
            (e->v.BinOp.op == Op_Add || e->v.BinOp.op == Op_Sub)) {
            /* a complex literal such as 1-2j: real +/- complex, as complex arithmetic does it */
            double re = a->kind == CC_FLOAT ? a->f : (double)a->small;
            bool add = e->v.BinOp.op == Op_Add;
            CConst *x = cc_new(c, CC_IMAG);
            x->re = add ? re + b->re : re - b->re;
            x->f = add ? 0.0 + b->f : 0.0 - b->f;
            return x;
        }
        if (a->kind == CC_STR && b->kind == CC_STR && e->v.BinOp.op == Op_Add && a->len + b->len <= 4096) {
            CConst *x = cc_new(c, CC_STR);
            char *d = ast_alloc(POOL, a->len + b->len + 1);
            memcpy(d, a->str, a->len);
            memcpy(d + a->len, b->str, b->len);
            x->str = d;
            x->len = a->len + b->len;
            return x;
        }
        return NULL;
    }
    case Expr_Tuple: {
        if (e->v.Tuple.ctx != Ctx_Load) return NULL;
        int n = e->v.Tuple.elts.n;
        CConst **items = ast_alloc(POOL, sizeof(CConst *) * (size_t)(n ? n : 1));
        for (int i = 0; i < n; i++)
            if (!(items[i] = fold_const(c, e->v.Tuple.elts.items[i]))) return NULL;
        CConst *x = cc_new(c, CC_TUPLE);
        x->items = items;
        x->n = n;
        return x;
    }
    default: return NULL;
    }
}

/* -- Names ----------------------------------------------------------------------------------- */

static int add_name(Compiler *c, const char *name) { return smap_add(&c->u->names, name, 0); }
static void emit_name(Compiler *c, int op, const char *name)
{
    emit(c, op, add_name(c, mangle(POOL, c->u->private_, name)));
}

static void forbidden_name(Compiler *c, const char *name, ExprContext ctx)
{
    if (strcmp(name, "__debug__") != 0) return;
    if (ctx == Ctx_Store) cerror(c, "cannot assign to __debug__");
    if (ctx == Ctx_Del) cerror(c, "cannot delete __debug__");
}

static int deref_index(Compiler *c, const char *name)
{
    int i = smap_find(&c->u->cellvars, name);
    if (i >= 0) return i;
    i = smap_find(&c->u->freevars, name);
    if (i >= 0) return c->u->cellvars.n + i;
    cerror(c, "internal compiler error: no cell for '%s'", name);
}

static void nameop(Compiler *c, const char *name, ExprContext ctx)
{
    forbidden_name(c, name, ctx);
    if (ctx == Ctx_Load && strcmp(name, "__debug__") == 0) {
        load_const(c, cc_new(c, c->optimize ? CC_FALSE : CC_TRUE));
        return;
    }
    CUnit *u = c->u;
    const char *mangled = mangle(POOL, u->private_, name);
    int flags;
    int scope = scope_symbol(u->ste, mangled, &flags);
    enum { OPN, OPFAST, OPGLOBAL, OPDEREF } optype = OPN;
    switch (scope) {
    case SC_FREE: case SC_CELL: optype = OPDEREF; break;
    case SC_LOCAL: if (u->ste->type == BLOCK_FUNCTION) optype = OPFAST; break;
    case SC_GLOBAL_IMPLICIT: if (u->ste->type == BLOCK_FUNCTION) optype = OPGLOBAL; break;
    case SC_GLOBAL_EXPLICIT: optype = OPGLOBAL; break;
    default: break;
    }
    static const int ops[4][3] = {
        { OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME },
        { OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST },
        { OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL },
        { OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF },
    };
    int op = ops[optype][ctx];
    switch (optype) {
    case OPDEREF:
        if (ctx == Ctx_Load && u->ste->type == BLOCK_CLASS) op = OP_LOAD_CLASSDEREF;
        emit(c, op, deref_index(c, mangled));
        return;
    case OPFAST:
        emit(c, op, smap_add(&u->varnames, mangled, 0));
        return;
    default:
        emit(c, op, add_name(c, mangled));
        return;
    }
}

/* -- Units ------------------------------------------------------------------------------------ */

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static void enter_scope(Compiler *c, const char *name, int scope_type, const void *key, int lineno)
{
    CUnit *u = ast_alloc(POOL, sizeof *u);
    u->parent = c->u;
    u->scope_type = scope_type;
    u->name = name;
    u->filename = c->filename;
    Scope *ste = c->u ? symtable_lookup_child(c->u->ste, key) : c->st->top;
    if (!ste) cerror(c, "internal compiler error: no symbol table for '%s'", name);
    u->ste = ste;
    smap_init(&u->names, POOL);
    smap_init(&u->varnames, POOL);
    smap_init(&u->cellvars, POOL);
    smap_init(&u->freevars, POOL);
    for (int i = 0; i < ste->nparams; i++) smap_add(&u->varnames, ste->params[i], 0);
    /* cellvars and freevars, sorted like CPython's dictbytype */
    int ns = ste->syms.n;
    const char **tmp = ast_alloc(POOL, sizeof(char *) * (size_t)(ns + 1));
    int k = 0;
    if (ste->needs_class_closure) smap_add(&u->cellvars, "__class__", 0);
    for (int i = 0; i < ns; i++) if (ste->scopes[i] == SC_CELL) tmp[k++] = ste->syms.keys[i];
    qsort(tmp, (size_t)k, sizeof(char *), cmp_str);
    for (int i = 0; i < k; i++) smap_add(&u->cellvars, tmp[i], 0);
    k = 0;
    for (int i = 0; i < ns; i++)
        if (ste->scopes[i] == SC_FREE || (ste->flags[i] & DEF_FREE_CLASS)) tmp[k++] = ste->syms.keys[i];
    qsort(tmp, (size_t)k, sizeof(char *), cmp_str);
    for (int i = 0; i < k; i++) smap_add(&u->freevars, tmp[i], 0);
    u->fblocks = ast_alloc(POOL, sizeof(FBlock) * MAXBLOCKS);
    u->firstlineno = lineno;
    u->lineno = lineno;
    u->end_lineno = lineno;
    u->col = u->end_col = 0;
    u->entry = u->cur = new_block(c);
    u->private_ = c->u ? c->u->private_ : NULL;
    /* qualname */
    CUnit *parent = c->u;
    const char *base = NULL;
    if (parent && parent->scope_type != CS_MODULE) {
        bool force_global = false;
        if (scope_type == CS_FUNCTION || scope_type == CS_ASYNC_FUNCTION || scope_type == CS_CLASS) {
            const char *m = mangle(POOL, parent->private_, name);
            if (scope_symbol(parent->ste, m, NULL) == SC_GLOBAL_EXPLICIT) force_global = true;
        }
        if (!force_global) {
            if (parent->scope_type == CS_FUNCTION || parent->scope_type == CS_ASYNC_FUNCTION ||
                parent->scope_type == CS_LAMBDA)
                base = pstrcat3(c, parent->qualname, ".<locals>", "");
            else
                base = parent->qualname;
        }
    }
    u->qualname = base ? pstrcat3(c, base, ".", name) : name;
    c->u = u;
    c->nestlevel++;
}

static CUnit *assemble(Compiler *c, bool add_none);

static CUnit *exit_scope(Compiler *c)
{
    CUnit *u = c->u;
    c->u = u->parent;
    c->nestlevel--;
    return u;
}

/* -- fblocks and unwinding ------------------------------------------------------------------- */

static void push_fblock(Compiler *c, int type, Block *b, Block *exit, const void *datum)
{
    CUnit *u = c->u;
    if (u->nfblocks >= MAXBLOCKS) cerror(c, "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfblocks++];
    f->type = type;
    f->block = b;
    f->exit = exit;
    f->datum = datum;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

static void visit_stmt(Compiler *c, Stmt *s);
static void visit_expr(Compiler *c, Expr *e);

/* -- CPython's compile-time SyntaxWarnings (checks on the folded AST) ---------------------- */

/* The constant an expression folds to (CPython's AST optimizer runs before these checks). */
static CConst *folded(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case Expr_Constant: case Expr_UnaryOp: case Expr_BinOp: case Expr_Tuple: return fold_const(c, e);
    default: return NULL;
    }
}

static const char *const_type_name(CConst *k)
{
    switch (k->kind) {
    case CC_NONE: return "NoneType";
    case CC_TRUE: case CC_FALSE: return "bool";
    case CC_ELLIPSIS: return "ellipsis";
    case CC_INT: return "int";
    case CC_FLOAT: return "float";
    case CC_IMAG: return "complex";
    case CC_STR: return "str";
    case CC_BYTES: return "bytes";
    case CC_TUPLE: return "tuple";
    case CC_FROZENSET: return "frozenset";
    default: return "object";
    }
}

/* CPython's infer_type: the type name of a literal expression, or NULL. */
static const char *infer_type(Compiler *c, Expr *e)
{
    CConst *k = folded(c, e);
    if (k) return const_type_name(k);
    switch (e->kind) {
    case Expr_Tuple: return "tuple";
    case Expr_List: case Expr_ListComp: return "list";
    case Expr_Dict: case Expr_DictComp: return "dict";
    case Expr_Set: case Expr_SetComp: return "set";
    case Expr_GeneratorExp: return "generator";
    case Expr_Lambda: return "function";
    case Expr_JoinedStr: case Expr_FormattedValue: return "str";
    default: return NULL;
    }
}

static bool is_singleton(CConst *k)
{
    return !k || k->kind == CC_NONE || k->kind == CC_TRUE || k->kind == CC_FALSE || k->kind == CC_ELLIPSIS;
}

static void check_compare(Compiler *c, Expr *e)
{
    bool left = is_singleton(folded(c, e->v.Compare.left));
    for (int i = 0; i < e->v.Compare.nops; i++) {
        CmpOpKind op = e->v.Compare.ops[i];
        bool right = is_singleton(folded(c, e->v.Compare.comparators.items[i]));
        if ((op == CmpOp_Is || op == CmpOp_IsNot) && (!left || !right)) {
            cwarn(c, op == CmpOp_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                    : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

static void check_caller(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case Expr_Constant: case Expr_UnaryOp: case Expr_BinOp:
        if (!folded(c, e)) return;
        /* fall through */
    case Expr_Tuple: case Expr_List: case Expr_ListComp: case Expr_Dict: case Expr_DictComp:
    case Expr_Set: case Expr_SetComp: case Expr_GeneratorExp: case Expr_JoinedStr: case Expr_FormattedValue:
        cwarn(c, "'%s' object is not callable; perhaps you missed a comma?", infer_type(c, e));
        return;
    default:
        return;
    }
}

static void check_subscript(Compiler *c, Expr *e)
{
    Expr *v = e->v.Subscript.value;
    CConst *k = folded(c, v);
    if (k ? (k->kind == CC_NONE || k->kind == CC_ELLIPSIS || k->kind == CC_INT || k->kind == CC_TRUE ||
             k->kind == CC_FALSE || k->kind == CC_FLOAT || k->kind == CC_IMAG || k->kind == CC_FROZENSET)
          : (v->kind == Expr_Set || v->kind == Expr_SetComp || v->kind == Expr_GeneratorExp || v->kind == Expr_Lambda))
        cwarn(c, "'%s' object is not subscriptable; perhaps you missed a comma?", infer_type(c, v));
    const char *it = infer_type(c, e->v.Subscript.slice);
    if (!it || strcmp(it, "int") == 0 || strcmp(it, "bool") == 0) return;
    if (k ? (k->kind == CC_STR || k->kind == CC_BYTES || k->kind == CC_TUPLE)
          : (v->kind == Expr_Tuple || v->kind == Expr_List || v->kind == Expr_ListComp ||
             v->kind == Expr_JoinedStr || v->kind == Expr_FormattedValue))
        cwarn(c, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
              infer_type(c, v), it);
}
static void visit_stmts(Compiler *c, StmtSeq *seq)
{
    for (int i = 0; i < seq->n; i++) visit_stmt(c, seq->items[i]);
}

static void call_exit_with_nones(Compiler *c)
{
    load_none(c);
    emit0(c, OP_DUP_TOP);
    emit0(c, OP_DUP_TOP);
    emit(c, OP_CALL_FUNCTION, 3);
}

static void unwind_fblock(Compiler *c, FBlock *info, bool preserve_tos)
{
    switch (info->type) {
    case FB_WHILE: case FB_EXCEPTION_HANDLER: case FB_ASYNC_COMP_GEN:
        return;
    case FB_FOR:
        if (preserve_tos) emit0(c, OP_ROT_TWO);
        emit0(c, OP_POP_TOP);
        return;
    case FB_TRY_EXCEPT:
        emit0(c, OP_POP_BLOCK);
        return;
    case FB_FINALLY_TRY:
        emit0(c, OP_POP_BLOCK);
        if (preserve_tos) push_fblock(c, FB_POP_VALUE, NULL, NULL, NULL);
        visit_stmts(c, (StmtSeq *)info->datum);
        if (preserve_tos) pop_fblock(c);
        c->u->lineno = -1;   /* the unwinding instruction is artificial (CPython's UNSET_LOC) */
        return;
    case FB_FINALLY_END:
        /* [prev, E] (+ value): drop E, then POP_EXCEPT restores prev */
        if (preserve_tos) emit0(c, OP_ROT_THREE);
        emit0(c, OP_POP_TOP);
        emit0(c, OP_POP_EXCEPT);
        return;
    case FB_WITH: case FB_ASYNC_WITH: {
        Loc save = get_loc(c);
        SET_LOC(c, (const Stmt *)info->datum);
        emit0(c, OP_POP_BLOCK);
        if (preserve_tos) emit0(c, OP_ROT_TWO);
        call_exit_with_nones(c);
        if (info->type == FB_ASYNC_WITH) {
            emit(c, OP_GET_AWAITABLE, 2);
            load_none(c);
            emit0(c, OP_YIELD_FROM);
        }
        emit0(c, OP_POP_TOP);
        put_loc(c, save);
        return;
    }
    case FB_HANDLER_CLEANUP:
        if (info->datum) emit0(c, OP_POP_BLOCK);
        if (preserve_tos) emit0(c, OP_ROT_TWO);
        emit0(c, OP_POP_EXCEPT);
        if (info->datum) {
            load_none(c);
            nameop(c, (const char *)info->datum, Ctx_Store);
            nameop(c, (const char *)info->datum, Ctx_Del);
        }
        return;
    case FB_POP_VALUE:
        if (preserve_tos) emit0(c, OP_ROT_TWO);
        emit0(c, OP_POP_TOP);
        return;
    case FB_EXCEPTION_GROUP_HANDLER:
        cerror(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    }
}

/* Unwind the fblock stack down to (not including) the innermost loop when loop != NULL. */
static void unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop)
{
    CUnit *u = c->u;
    if (u->nfblocks == 0) return;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop && (top->type == FB_WHILE || top->type == FB_FOR)) {
        *loop = top;
        return;
    }
    FBlock copy = *top;
    u->nfblocks--;
    unwind_fblock(c, &copy, preserve_tos);
    unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks] = copy;
    u->nfblocks++;
}

/* -- Expressions ------------------------------------------------------------------------------ */

static int binop_arg(Operator op)
{
    switch (op) {
    case Op_Add: return BINOP_ADD;
    case Op_Sub: return BINOP_SUBTRACT;
    case Op_Mult: return BINOP_MULTIPLY;
    case Op_MatMult: return BINOP_MATRIX_MULTIPLY;
    case Op_Div: return BINOP_TRUE_DIVIDE;
    case Op_Mod: return BINOP_REMAINDER;
    case Op_Pow: return BINOP_POWER;
    case Op_LShift: return BINOP_LSHIFT;
    case Op_RShift: return BINOP_RSHIFT;
    case Op_BitOr: return BINOP_OR;
    case Op_BitXor: return BINOP_XOR;
    case Op_BitAnd: return BINOP_AND;
    case Op_FloorDiv: return BINOP_FLOOR_DIVIDE;
    default: return BINOP_ADD;
    }
}

static void emit_compare(Compiler *c, CmpOpKind op)
{
    switch (op) {
    case CmpOp_Eq: emit(c, OP_COMPARE_OP, CMP_EQ); break;
    case CmpOp_NotEq: emit(c, OP_COMPARE_OP, CMP_NE); break;
    case CmpOp_Lt: emit(c, OP_COMPARE_OP, CMP_LT); break;
    case CmpOp_LtE: emit(c, OP_COMPARE_OP, CMP_LE); break;
    case CmpOp_Gt: emit(c, OP_COMPARE_OP, CMP_GT); break;
    case CmpOp_GtE: emit(c, OP_COMPARE_OP, CMP_GE); break;
    case CmpOp_Is: emit(c, OP_IS_OP, 0); break;
    case CmpOp_IsNot: emit(c, OP_IS_OP, 1); break;
    case CmpOp_In: emit(c, OP_CONTAINS_OP, 0); break;
    case CmpOp_NotIn: emit(c, OP_CONTAINS_OP, 1); break;
    default: break;
    }
}

static bool const_truth(Compiler *c, Expr *e, int *truth)
{
    CConst *k = fold_const(c, e);
    if (!k) return false;
    switch (k->kind) {
    case CC_NONE: case CC_FALSE: *truth = 0; return true;
    case CC_TRUE: case CC_ELLIPSIS: *truth = 1; return true;
    case CC_INT: *truth = strcmp(k->digits, "0") != 0; return true;
    case CC_STR: case CC_BYTES: *truth = k->len != 0; return true;
    default: return false;
    }
}

/* Jump to `next` if the truth of e equals cond (CPython's compiler_jump_if). */
static void jump_if(Compiler *c, Expr *e, Block *next, bool cond)
{
    int truth;
    if (e->kind != Expr_Tuple && const_truth(c, e, &truth)) {
        /* constant test: an unconditional jump or nothing (the dead side is dropped) */
        if ((truth != 0) == cond) emit_jump(c, OP_JUMP, next);
        return;
    }
    switch (e->kind) {
    case Expr_UnaryOp:
        if (e->v.UnaryOp.op == UnaryOp_Not) { jump_if(c, e->v.UnaryOp.operand, next, !cond); return; }
        break;
    case Expr_BoolOp: {
        ExprSeq *s = &e->v.BoolOp.values;
        bool cond2 = e->v.BoolOp.op == BoolOp_Or;
        Block *next2 = next;
        if (cond2 != cond) next2 = new_block(c);
        for (int i = 0; i < s->n - 1; i++) jump_if(c, s->items[i], next2, cond2);
        jump_if(c, s->items[s->n - 1], next, cond);
        if (next2 != next) use_block(c, next2);
        return;
    }
    case Expr_IfExp: {
        Block *end = new_block(c), *next2 = new_block(c);
        jump_if(c, e->v.IfExp.test, next2, false);
        jump_if(c, e->v.IfExp.body, next, cond);
        emit_jump(c, OP_JUMP, end);
        use_block(c, next2);
        jump_if(c, e->v.IfExp.orelse, next, cond);
        use_block(c, end);
        return;
    }
    case Expr_Compare: {
        /* as CPython 3.11, the comparison's range stays current after it (an assert's
           raise points at the test) */
        SET_LOC(c, e);
        int n = e->v.Compare.nops - 1;
        if (n > 0) {
            check_compare(c, e);     /* (a single comparison is checked by visit_compare) */
            visit_expr(c, e->v.Compare.left);
            Block *cleanup = new_block(c);
            for (int i = 0; i < n; i++) {
                visit_expr(c, e->v.Compare.comparators.items[i]);
                emit0(c, OP_DUP_TOP);
                emit0(c, OP_ROT_THREE);
                emit_compare(c, e->v.Compare.ops[i]);
                emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup);
            }
            visit_expr(c, e->v.Compare.comparators.items[n]);
            emit_compare(c, e->v.Compare.ops[n]);
            emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next);
            Block *end = new_block(c);
            emit_jump(c, OP_JUMP, end);
            use_block(c, cleanup);
            emit0(c, OP_POP_TOP);
            if (!cond) emit_jump(c, OP_JUMP, next);
            use_block(c, end);
            return;
        }
        break;
    }
    default:
        break;
    }
    visit_expr(c, e);
    emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next);
}

static bool has_starred(ExprSeq *s)
{
    for (int i = 0; i < s->n; i++) if (s->items[i]->kind == Expr_Starred) return true;
    return false;
}

#define STACK_USE_GUIDELINE 30

/* Build a list/tuple/set display, with *unpacking (CPython's starunpack_helper). */
static void starunpack_helper(Compiler *c, ExprSeq *elts, int pushed, int build, int add, int extend, bool tuple)
{
    int n = elts->n;
    if (n > 2) {
        CConst **items = ast_alloc(POOL, sizeof(CConst *) * (size_t)n);
        bool all = true;
        for (int i = 0; i < n && all; i++) {
            Expr *x = elts->items[i];
            if (x->kind != Expr_Constant) all = false;
            else items[i] = cc_from_ast(c, &x->v.Constant.value);
        }
        if (all) {
            CConst *k = cc_new(c, add == OP_SET_ADD ? CC_FROZENSET : CC_TUPLE);
            k->items = items;
            k->n = n;
            if (tuple && !pushed) { load_const(c, k); return; }
            emit(c, build, pushed);
            load_const(c, k);
            emit(c, extend, 1);
            if (tuple) emit0(c, OP_LIST_TO_TUPLE);
            return;
        }
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    bool seen_star = has_starred(elts);
    if (!seen_star && !big) {
        for (int i = 0; i < n; i++) visit_expr(c, elts->items[i]);
        emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
        return;
    }
    bool built = false;
    if (big) { emit(c, build, pushed); built = true; }
    for (int i = 0; i < n; i++) {
        Expr *elt = elts->items[i];
        if (elt->kind == Expr_Starred) {
            if (!built) { emit(c, build, i + pushed); built = true; }
            visit_expr(c, elt->v.Starred.value);
            emit(c, extend, 1);
        } else {
            visit_expr(c, elt);
            if (built) emit(c, add, 1);
        }
    }
    if (tuple) emit0(c, OP_LIST_TO_TUPLE);
}

static void unpack_helper(Compiler *c, ExprSeq *elts)
{
    int n = elts->n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        Expr *elt = elts->items[i];
        if (elt->kind == Expr_Starred && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (1 << 15))
                cerror(c, "too many expressions in star-unpacking assignment");
            emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = true;
        } else if (elt->kind == Expr_Starred)
            cerror(c, "multiple starred expressions in assignment");
    }
    if (!seen_star) emit(c, OP_UNPACK_SEQUENCE, n);
}

static void assignment_helper(Compiler *c, ExprSeq *elts)
{
    unpack_helper(c, elts);
    for (int i = 0; i < elts->n; i++) {
        Expr *elt = elts->items[i];
        visit_expr(c, elt->kind == Expr_Starred ? elt->v.Starred.value : elt);
    }
}

static CConst *names_tuple(Compiler *c, const char **names, int n)
{
    CConst *k = cc_new(c, CC_TUPLE);
    k->items = ast_alloc(POOL, sizeof(CConst *) * (size_t)(n ? n : 1));
    k->n = n;
    for (int i = 0; i < n; i++) k->items[i] = cc_str(c, names[i]);
    return k;
}

static void subkwargs(Compiler *c, KeywordSeq *kws, int begin, int end)
{
    int n = end - begin;
    if (n > 1) {
        const char **names = ast_alloc(POOL, sizeof(char *) * (size_t)n);
        for (int i = begin; i < end; i++) {
            visit_expr(c, kws->items[i]->value);
            names[i - begin] = kws->items[i]->arg;
        }
        load_const(c, names_tuple(c, names, n));
        emit(c, OP_BUILD_CONST_KEY_MAP, n);
    } else {
        for (int i = begin; i < end; i++) {
            load_const(c, cc_str(c, kws->items[i]->arg));
            visit_expr(c, kws->items[i]->value);
        }
        emit(c, OP_BUILD_MAP, n);
    }
}

static void validate_keywords(Compiler *c, KeywordSeq *kws)
{
    for (int i = 0; i < kws->n; i++) {
        Keyword *k = kws->items[i];
        if (!k->arg) continue;
        if (strcmp(k->arg, "__debug__") == 0) forbidden_name(c, k->arg, Ctx_Store);   /* at the call */
        for (int j = i + 1; j < kws->n; j++) {
            Keyword *o = kws->items[j];
            if (o->arg && strcmp(k->arg, o->arg) == 0) {
                SET_LOC(c, o);
                cerror(c, "keyword argument repeated: %s", k->arg);
            }
        }
    }
}

/* Emit a call; the callee and n positional arguments are already pushed (CPython's
 * compiler_call_helper). */
static void call_helper(Compiler *c, int n, ExprSeq *args, KeywordSeq *kws)
{
    validate_keywords(c, kws);
    int nelts = args->n, nkw = kws->n;
    bool ex = has_starred(args);
    for (int i = 0; i < nkw; i++) if (!kws->items[i]->arg) ex = true;
    if (!ex) {
        for (int i = 0; i < nelts; i++) visit_expr(c, args->items[i]);
        if (nkw) {
            const char **names = ast_alloc(POOL, sizeof(char *) * (size_t)nkw);
            for (int i = 0; i < nkw; i++) {
                visit_expr(c, kws->items[i]->value);
                names[i] = kws->items[i]->arg;
            }
            load_const(c, names_tuple(c, names, nkw));
            emit(c, OP_CALL_FUNCTION_KW, n + nelts + nkw);
        } else
            emit(c, OP_CALL_FUNCTION, n + nelts);
        return;
    }
    if (n == 0 && nelts == 1 && args->items[0]->kind == Expr_Starred)
        visit_expr(c, args->items[0]->v.Starred.value);
    else
        starunpack_helper(c, args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            Keyword *kw = kws->items[i];
            if (!kw->arg) {
                if (nseen) {
                    subkwargs(c, kws, i - nseen, i);
                    if (have_dict) emit(c, OP_DICT_MERGE, 1);
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) { emit(c, OP_BUILD_MAP, 0); have_dict = true; }
                visit_expr(c, kw->value);
                emit(c, OP_DICT_MERGE, 1);
            } else
                nseen++;
        }
        if (nseen) {
            subkwargs(c, kws, nkw - nseen, nkw);
            if (have_dict) emit(c, OP_DICT_MERGE, 1);
        }
    }
    emit(c, OP_CALL_FUNCTION_EX, nkw > 0);
}

static void visit_call(Compiler *c, Expr *e)
{
    Expr *f = e->v.Call.func;
    check_caller(c, f);
    if (f->kind == Expr_Attribute && f->v.Attribute.ctx == Ctx_Load && e->v.Call.keywords.n == 0 &&
        e->v.Call.args.n < STACK_USE_GUIDELINE && !has_starred(&e->v.Call.args)) {
        visit_expr(c, f->v.Attribute.value);
        Loc save = get_loc(c);
        SET_LOC(c, f);
        loc_match_attr(c, f);
        emit_name(c, OP_LOAD_METHOD, f->v.Attribute.attr);
        for (int i = 0; i < e->v.Call.args.n; i++) visit_expr(c, e->v.Call.args.items[i]);
        SET_LOC(c, e);
        loc_match_attr(c, f);
        emit(c, OP_CALL_METHOD, e->v.Call.args.n);
        put_loc(c, save);
        return;
    }
    visit_expr(c, f);
    call_helper(c, 0, &e->v.Call.args, &e->v.Call.keywords);
}

static void subdict(Compiler *c, Expr *e, int begin, int end)
{
    int n = end - begin;
    bool allconst = n > 1;
    for (int i = begin; i < end && allconst; i++)
        if (e->v.Dict.keys.items[i]->kind != Expr_Constant) allconst = false;
    if (allconst) {
        CConst *k = cc_new(c, CC_TUPLE);
        k->items = ast_alloc(POOL, sizeof(CConst *) * (size_t)n);
        k->n = n;
        for (int i = begin; i < end; i++) {
            k->items[i - begin] = cc_from_ast(c, &e->v.Dict.keys.items[i]->v.Constant.value);
            visit_expr(c, e->v.Dict.values.items[i]);
        }
        load_const(c, k);
        emit(c, OP_BUILD_CONST_KEY_MAP, n);
        return;
    }
    for (int i = begin; i < end; i++) {
        visit_expr(c, e->v.Dict.keys.items[i]);
        visit_expr(c, e->v.Dict.values.items[i]);
    }
    emit(c, OP_BUILD_MAP, n);
}

static void visit_dict(Compiler *c, Expr *e)
{
    int n = e->v.Dict.values.n, elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        bool unpacking = e->v.Dict.keys.items[i] == NULL;
        if (unpacking) {
            if (elements) {
                subdict(c, e, i - elements, i);
                if (have_dict) emit(c, OP_DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) { emit(c, OP_BUILD_MAP, 0); have_dict = true; }
            visit_expr(c, e->v.Dict.values.items[i]);
            emit(c, OP_DICT_UPDATE, 1);
        } else {
            if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(c, e, i - elements, i + 1);
                if (have_dict) emit(c, OP_DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            } else
                elements++;
        }
    }
    if (elements) {
        subdict(c, e, n - elements, n);
        if (have_dict) emit(c, OP_DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict) emit(c, OP_BUILD_MAP, 0);
}

/* `x in [1, 2]` / `for x in [1, 2]`: a display of constants becomes a tuple (a frozenset for a
 * set) constant, as CPython's AST optimizer does. */
static bool fold_iterable(Compiler *c, Expr *e)
{
    ExprSeq *elts;
    bool set = false;
    if (e->kind == Expr_List && e->v.List.ctx == Ctx_Load) elts = &e->v.List.elts;
    else if (e->kind == Expr_Set) { elts = &e->v.Set.elts; set = true; }
    else return false;
    if (!elts->n) return false;
    CConst **items = ast_alloc(POOL, sizeof(CConst *) * (size_t)elts->n);
    for (int i = 0; i < elts->n; i++) {
        Expr *x = elts->items[i];
        if (x->kind != Expr_Constant) return false;
        items[i] = cc_from_ast(c, &x->v.Constant.value);
    }
    CConst *k = cc_new(c, set ? CC_FROZENSET : CC_TUPLE);
    k->items = items;
    k->n = elts->n;
    Loc save = get_loc(c);
    c->u->lineno = e->lineno;
    load_const(c, k);
    put_loc(c, save);
    return true;
}

/* A for-loop or comprehension iterable as CPython's AST optimizer leaves it: a list display
 * becomes a tuple (a constant one when every item is constant). */
static void visit_iterable(Compiler *c, Expr *e)
{
    if (e->kind != Expr_List || e->v.List.ctx != Ctx_Load || has_starred(&e->v.List.elts)) {
        visit_expr(c, e);
        return;
    }
    if (fold_iterable(c, e)) return;
    for (int i = 0; i < e->v.List.elts.n; i++) visit_expr(c, e->v.List.elts.items[i]);
    SET_LOC(c, e);
    emit(c, OP_BUILD_TUPLE, e->v.List.elts.n);
}

static void visit_compare(Compiler *c, Expr *e)
{
    check_compare(c, e);
    visit_expr(c, e->v.Compare.left);
    int n = e->v.Compare.nops - 1;
    if (n == 0) {
        CmpOpKind op = e->v.Compare.ops[0];
        if (!((op == CmpOp_In || op == CmpOp_NotIn) && fold_iterable(c, e->v.Compare.comparators.items[0])))
            visit_expr(c, e->v.Compare.comparators.items[0]);
        emit_compare(c, op);
        return;
    }
    Block *cleanup = new_block(c);
    for (int i = 0; i < n; i++) {
        visit_expr(c, e->v.Compare.comparators.items[i]);
        emit0(c, OP_DUP_TOP);
        emit0(c, OP_ROT_THREE);
        emit_compare(c, e->v.Compare.ops[i]);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    visit_expr(c, e->v.Compare.comparators.items[n]);
    emit_compare(c, e->v.Compare.ops[n]);
    Block *end = new_block(c);
    emit_jump(c, OP_JUMP, end);
    use_block(c, cleanup);
    emit0(c, OP_ROT_TWO);
    emit0(c, OP_POP_TOP);
    use_block(c, end);
}

static void visit_slice(Compiler *c, Expr *s)
{
    int n = 2;
    if (s->v.Slice.lower) visit_expr(c, s->v.Slice.lower); else load_none(c);
    if (s->v.Slice.upper) visit_expr(c, s->v.Slice.upper); else load_none(c);
    if (s->v.Slice.step) { n++; visit_expr(c, s->v.Slice.step); }
    emit(c, OP_BUILD_SLICE, n);
}

static void make_closure(Compiler *c, CUnit *co, int flags);
static void visit_lambda(Compiler *c, Expr *e);
static void visit_comprehension(Compiler *c, Expr *e);
static const char *annotation_string(Compiler *c, Expr *e);

static void emit_yield(Compiler *c)
{
    if (c->u->ste->coroutine) emit0(c, OP_ASYNC_GEN_WRAP);
    emit0(c, OP_YIELD_VALUE);
}

static void visit_expr1(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case Expr_NamedExpr:
        visit_expr(c, e->v.NamedExpr.value);
        emit0(c, OP_DUP_TOP);
        visit_expr(c, e->v.NamedExpr.target);
        return;
    case Expr_BoolOp: {
        int jumpi = e->v.BoolOp.op == BoolOp_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        Block *end = new_block(c);
        ExprSeq *s = &e->v.BoolOp.values;
        for (int i = 0; i < s->n - 1; i++) {
            visit_expr(c, s->items[i]);
            emit_jump(c, jumpi, end);
        }
        visit_expr(c, s->items[s->n - 1]);
        use_block(c, end);
        return;
    }
    case Expr_BinOp: {
        CConst *k = fold_const(c, e);
        if (k) { load_const(c, k); return; }
        visit_expr(c, e->v.BinOp.left);
        visit_expr(c, e->v.BinOp.right);
        emit(c, OP_BINARY_OP, binop_arg(e->v.BinOp.op));
        return;
    }
    case Expr_UnaryOp: {
        CConst *k = fold_const(c, e);
        if (k) { load_const(c, k); return; }
        visit_expr(c, e->v.UnaryOp.operand);
        switch (e->v.UnaryOp.op) {
        case UnaryOp_Invert: emit0(c, OP_UNARY_INVERT); break;
        case UnaryOp_Not: emit0(c, OP_UNARY_NOT); break;
        case UnaryOp_UAdd: emit0(c, OP_UNARY_POSITIVE); break;
        case UnaryOp_USub: emit0(c, OP_UNARY_NEGATIVE); break;
        default: break;
        }
        return;
    }
    case Expr_Lambda:
        visit_lambda(c, e);
        return;
    case Expr_IfExp: {
        Block *end = new_block(c), *next = new_block(c);
        jump_if(c, e->v.IfExp.test, next, false);
        visit_expr(c, e->v.IfExp.body);
        emit_jump(c, OP_JUMP, end);
        use_block(c, next);
        visit_expr(c, e->v.IfExp.orelse);
        use_block(c, end);
        return;
    }
    case Expr_Dict:
        visit_dict(c, e);
        return;
    case Expr_Set:
        starunpack_helper(c, &e->v.Set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
        return;
    case Expr_GeneratorExp: case Expr_ListComp: case Expr_SetComp: case Expr_DictComp:
        visit_comprehension(c, e);
        return;
    case Expr_Yield:
        if (c->u->ste->type != BLOCK_FUNCTION) cerror(c, "'yield' outside function");
        if (e->v.Yield.value) visit_expr(c, e->v.Yield.value); else load_none(c);
        emit_yield(c);
        return;
    case Expr_YieldFrom:
        if (c->u->ste->type != BLOCK_FUNCTION) cerror(c, "'yield' outside function");
        if (c->u->scope_type == CS_ASYNC_FUNCTION) cerror(c, "'yield from' inside async function");
        visit_expr(c, e->v.YieldFrom.value);
        emit0(c, OP_GET_YIELD_FROM_ITER);
        load_none(c);
        emit0(c, OP_YIELD_FROM);
        return;
    case Expr_Await:
        if (c->u->ste->type != BLOCK_FUNCTION) cerror(c, "'await' outside function");
        if (c->u->scope_type != CS_ASYNC_FUNCTION && c->u->scope_type != CS_COMPREHENSION)
            cerror(c, "'await' outside async function");
        visit_expr(c, e->v.Await.value);
        emit(c, OP_GET_AWAITABLE, 0);
        load_none(c);
        emit0(c, OP_YIELD_FROM);
        return;
    case Expr_Compare:
        visit_compare(c, e);
        return;
    case Expr_Call:
        visit_call(c, e);
        return;
    case Expr_FormattedValue: {
        visit_expr(c, e->v.FormattedValue.value);
        int conv = e->v.FormattedValue.conversion;
        int oparg = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
        if (e->v.FormattedValue.format_spec) {
            visit_expr(c, e->v.FormattedValue.format_spec);
            oparg |= 4;
        }
        emit(c, OP_FORMAT_VALUE, oparg);
        return;
    }
    case Expr_JoinedStr: {
        ExprSeq *v = &e->v.JoinedStr.values;
        for (int i = 0; i < v->n; i++) visit_expr(c, v->items[i]);
        if (v->n != 1) emit(c, OP_BUILD_STRING, v->n);
        return;
    }
    case Expr_Constant:
        load_const(c, cc_from_ast(c, &e->v.Constant.value));
        return;
    case Expr_Attribute: {
        if (e->v.Attribute.ctx != Ctx_Store && e->v.Attribute.ctx != Ctx_Del) {
            visit_expr(c, e->v.Attribute.value);
            loc_match_attr(c, e);
            emit_name(c, OP_LOAD_ATTR, e->v.Attribute.attr);
            return;
        }
        visit_expr(c, e->v.Attribute.value);
        loc_match_attr(c, e);
        if (e->v.Attribute.ctx == Ctx_Store) {
            forbidden_name(c, e->v.Attribute.attr, Ctx_Store);
            emit_name(c, OP_STORE_ATTR, e->v.Attribute.attr);
        } else
            emit_name(c, OP_DELETE_ATTR, e->v.Attribute.attr);
        return;
    }
    case Expr_Subscript:
        if (e->v.Subscript.ctx == Ctx_Load) check_subscript(c, e);
        visit_expr(c, e->v.Subscript.value);
        visit_expr(c, e->v.Subscript.slice);
        emit0(c, e->v.Subscript.ctx == Ctx_Store ? OP_STORE_SUBSCR :
                 e->v.Subscript.ctx == Ctx_Del ? OP_DELETE_SUBSCR : OP_BINARY_SUBSCR);
        return;
    case Expr_Starred:
        if (e->v.Starred.ctx == Ctx_Store) cerror(c, "starred assignment target must be in a list or tuple");
        cerror(c, "can't use starred expression here");
    case Expr_Slice:
        visit_slice(c, e);
        return;
    case Expr_Name:
        nameop(c, e->v.Name.id, e->v.Name.ctx);
        return;
    case Expr_List:
    case Expr_Tuple: {
        bool list = e->kind == Expr_List;
        ExprSeq *elts = list ? &e->v.List.elts : &e->v.Tuple.elts;
        ExprContext ctx = list ? e->v.List.ctx : e->v.Tuple.ctx;
        if (ctx == Ctx_Store) { assignment_helper(c, elts); return; }
        if (ctx == Ctx_Del) { for (int i = 0; i < elts->n; i++) visit_expr(c, elts->items[i]); return; }
        if (!list) {
            CConst *k = fold_const(c, e);
            if (k) { load_const(c, k); return; }
        }
        starunpack_helper(c, elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, !list);
        return;
    }
    }
}

static void visit_expr(Compiler *c, Expr *e)
{
    Loc save = get_loc(c);
    SET_LOC(c, e);
    visit_expr1(c, e);
    put_loc(c, save);
}

/* -- Functions, lambdas, classes ------------------------------------------------------------ */

static bool is_docstring(StmtSeq *body)
{
    if (body->n == 0) return false;
    Stmt *s = body->items[0];
    return s->kind == Stmt_Expr && s->v.Expr.value->kind == Expr_Constant &&
           s->v.Expr.value->v.Constant.value.kind == CONST_STR;
}

/* LOAD_CLOSURE the cells co needs, then MAKE_FUNCTION. */
static void make_closure(Compiler *c, CUnit *co, int flags)
{
    int nfree = co->freevars.n;
    if (nfree) {
        for (int i = 0; i < nfree; i++) {
            const char *name = co->freevars.keys[i];
            int arg;
            if (c->u->scope_type == CS_CLASS && strcmp(name, "__class__") == 0)
                arg = smap_find(&c->u->cellvars, name);
            else {
                int sc = scope_symbol(c->u->ste, name, NULL);
                arg = -1;
                if (sc == SC_CELL) arg = smap_find(&c->u->cellvars, name);
                if (arg < 0) {
                    int j = smap_find(&c->u->freevars, name);
                    if (j >= 0) arg = c->u->cellvars.n + j;
                }
            }
            if (arg < 0) cerror(c, "internal compiler error: no closure cell for '%s'", name);
            emit(c, OP_LOAD_CLOSURE, arg);
        }
        emit(c, OP_BUILD_TUPLE, nfree);
        flags |= 8;
    }
    CConst *k = cc_new(c, CC_CODE);
    k->code = co;
    load_const(c, k);
    emit(c, OP_MAKE_FUNCTION, flags);
}

static int default_arguments(Compiler *c, Arguments *a)
{
    int flags = 0;
    if (a->defaults.n) {
        starunpack_helper(c, &a->defaults, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
        flags |= 1;
    }
    int n = 0;
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        Expr *d = i < a->kw_defaults.n ? a->kw_defaults.items[i] : NULL;
        if (!d) continue;
        load_const(c, cc_str(c, mangle(POOL, c->u->private_, a->kwonlyargs.items[i]->arg)));
        visit_expr(c, d);
        n++;
    }
    if (n) {
        emit(c, OP_BUILD_MAP, n);
        flags |= 2;
    }
    return flags;
}

static void visit_annexpr(Compiler *c, Expr *ann)
{
    if (c->features & CO_FUTURE_ANNOTATIONS)
        load_const(c, cc_str(c, annotation_string(c, ann)));
    else
        visit_expr(c, ann);
}

static void argannotation(Compiler *c, const char *id, Expr *ann, int *n)
{
    if (!ann) return;
    load_const(c, cc_str(c, mangle(POOL, c->u->private_, id)));
    if (c->features & CO_FUTURE_ANNOTATIONS)
        load_const(c, cc_str(c, annotation_string(c, ann)));
    else if (ann->kind == Expr_Starred) {
        visit_expr(c, ann->v.Starred.value);
        emit(c, OP_UNPACK_SEQUENCE, 1);
    } else
        visit_expr(c, ann);
    (*n)++;
}

static int visit_annotations(Compiler *c, Arguments *a, Expr *returns)
{
    int n = 0;
    for (int i = 0; i < a->args.n; i++) argannotation(c, a->args.items[i]->arg, a->args.items[i]->annotation, &n);
    for (int i = 0; i < a->posonlyargs.n; i++) argannotation(c, a->posonlyargs.items[i]->arg, a->posonlyargs.items[i]->annotation, &n);
    if (a->vararg) argannotation(c, a->vararg->arg, a->vararg->annotation, &n);
    for (int i = 0; i < a->kwonlyargs.n; i++) argannotation(c, a->kwonlyargs.items[i]->arg, a->kwonlyargs.items[i]->annotation, &n);
    if (a->kwarg) argannotation(c, a->kwarg->arg, a->kwarg->annotation, &n);
    argannotation(c, "return", returns, &n);
    if (n) {
        emit(c, OP_BUILD_MAP, n);
        return 4;
    }
    return 0;
}

static void check_debug_args(Compiler *c, Arguments *a)
{
    ArgSeq *seqs[3] = { &a->posonlyargs, &a->args, &a->kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < seqs[k]->n; i++) forbidden_name(c, seqs[k]->items[i]->arg, Ctx_Store);
    if (a->vararg) forbidden_name(c, a->vararg->arg, Ctx_Store);
    if (a->kwarg) forbidden_name(c, a->kwarg->arg, Ctx_Store);
}

static void visit_function(Compiler *c, Stmt *s)
{
    FunctionDefFields *f = &s->v.FunctionDef;
    bool is_async = s->kind == Stmt_AsyncFunctionDef;
    check_debug_args(c, f->args);
    for (int i = 0; i < f->decorator_list.n; i++) visit_expr(c, f->decorator_list.items[i]);
    int firstlineno = f->decorator_list.n ? f->decorator_list.items[0]->lineno : s->lineno;
    int funcflags = default_arguments(c, f->args);
    funcflags |= visit_annotations(c, f->args, f->returns);
    enter_scope(c, f->name, is_async ? CS_ASYNC_FUNCTION : CS_FUNCTION, s, firstlineno);
    bool doc = c->optimize < 2 && is_docstring(&f->body);
    if (doc) add_const(c, cc_from_ast(c, &f->body.items[0]->v.Expr.value->v.Constant.value));
    else add_const(c, cc_new(c, CC_NONE));
    c->u->argcount = f->args->args.n + f->args->posonlyargs.n;
    c->u->posonly = f->args->posonlyargs.n;
    c->u->kwonly = f->args->kwonlyargs.n;
    for (int i = doc ? 1 : 0; i < f->body.n; i++) visit_stmt(c, f->body.items[i]);
    CUnit *co = assemble(c, true);
    exit_scope(c);
    make_closure(c, co, funcflags);
    {
        Loc save = get_loc(c);
        for (int i = f->decorator_list.n - 1; i >= 0; i--) {
            SET_LOC(c, f->decorator_list.items[i]);
            emit(c, OP_CALL_FUNCTION, 1);
        }
        put_loc(c, save);
    }
    nameop(c, f->name, Ctx_Store);
}

static void visit_lambda(Compiler *c, Expr *e)
{
    Arguments *a = e->v.Lambda.args;
    check_debug_args(c, a);
    int funcflags = default_arguments(c, a);
    enter_scope(c, "<lambda>", CS_LAMBDA, e, e->lineno);
    add_const(c, cc_new(c, CC_NONE));
    c->u->argcount = a->args.n + a->posonlyargs.n;
    c->u->posonly = a->posonlyargs.n;
    c->u->kwonly = a->kwonlyargs.n;
    visit_expr(c, e->v.Lambda.body);   /* RETURN_VALUE at the scope's start, as CPython */
    CUnit *co;
    if (c->u->ste->generator)
        co = assemble(c, false);
    else {
        emit0(c, OP_RETURN_VALUE);
        co = assemble(c, true);
    }
    exit_scope(c);
    make_closure(c, co, funcflags);
}

static bool find_ann(StmtSeq *stmts)
{
    for (int i = 0; i < stmts->n; i++) {
        Stmt *s = stmts->items[i];
        switch (s->kind) {
        case Stmt_AnnAssign: return true;
        case Stmt_For: case Stmt_AsyncFor:
            if (find_ann(&s->v.For.body) || find_ann(&s->v.For.orelse)) return true;
            break;
        case Stmt_While:
            if (find_ann(&s->v.While.body) || find_ann(&s->v.While.orelse)) return true;
            break;
        case Stmt_If:
            if (find_ann(&s->v.If.body) || find_ann(&s->v.If.orelse)) return true;
            break;
        case Stmt_With: case Stmt_AsyncWith:
            if (find_ann(&s->v.With.body)) return true;
            break;
        case Stmt_Try: case Stmt_TryStar:
            for (int j = 0; j < s->v.Try.handlers.n; j++)
                if (find_ann(&s->v.Try.handlers.items[j]->body)) return true;
            if (find_ann(&s->v.Try.body) || find_ann(&s->v.Try.finalbody) || find_ann(&s->v.Try.orelse)) return true;
            break;
        case Stmt_Match:
            for (int j = 0; j < s->v.Match.cases.n; j++)
                if (find_ann(&s->v.Match.cases.items[j]->body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

/* Module and class bodies: SETUP_ANNOTATIONS, __doc__, statements. */
static void compile_body(Compiler *c, StmtSeq *stmts)
{
    if (c->u->scope_type == CS_MODULE && stmts->n) SET_LOC(c, stmts->items[0]);
    if (find_ann(stmts)) emit0(c, OP_SETUP_ANNOTATIONS);
    if (!stmts->n) return;
    int i = 0;
    if (c->optimize < 2 && is_docstring(stmts)) {
        i = 1;
        SET_LOC(c, stmts->items[0]);
        visit_expr(c, stmts->items[0]->v.Expr.value);
        nameop(c, "__doc__", Ctx_Store);
    }
    for (; i < stmts->n; i++) visit_stmt(c, stmts->items[i]);
}

static void visit_class(Compiler *c, Stmt *s)
{
    for (int i = 0; i < s->v.ClassDef.decorator_list.n; i++) visit_expr(c, s->v.ClassDef.decorator_list.items[i]);
    int firstlineno = s->v.ClassDef.decorator_list.n ? s->v.ClassDef.decorator_list.items[0]->lineno : s->lineno;
    enter_scope(c, s->v.ClassDef.name, CS_CLASS, s, firstlineno);
    c->u->private_ = s->v.ClassDef.name;
    nameop(c, "__name__", Ctx_Load);   /* at the scope's start: (firstlineno, 0) */
    nameop(c, "__module__", Ctx_Store);
    load_const(c, cc_str(c, c->u->qualname));
    nameop(c, "__qualname__", Ctx_Store);
    compile_body(c, &s->v.ClassDef.body);
    if (c->u->nemitted != c->u->stmt_mark) c->u->lineno = -1;   /* see assemble */
    if (c->u->ste->needs_class_closure) {
        emit(c, OP_LOAD_CLOSURE, smap_find(&c->u->cellvars, "__class__"));
        emit0(c, OP_DUP_TOP);
        nameop(c, "__classcell__", Ctx_Store);
    } else
        load_none(c);
    emit0(c, OP_RETURN_VALUE);
    CUnit *co = assemble(c, true);
    exit_scope(c);
    emit0(c, OP_LOAD_BUILD_CLASS);
    make_closure(c, co, 0);
    load_const(c, cc_str(c, s->v.ClassDef.name));
    call_helper(c, 2, &s->v.ClassDef.bases, &s->v.ClassDef.keywords);
    {
        Loc save = get_loc(c);
        for (int i = s->v.ClassDef.decorator_list.n - 1; i >= 0; i--) {
            SET_LOC(c, s->v.ClassDef.decorator_list.items[i]);
            emit(c, OP_CALL_FUNCTION, 1);
        }
        put_loc(c, save);
    }
    nameop(c, s->v.ClassDef.name, Ctx_Store);
}

/* -- Comprehensions --------------------------------------------------------------------------- */

static void comprehension_generator(Compiler *c, ComprehensionSeq *gens, int gen_index, int depth,
                                    Expr *elt, Expr *val, int type);

static void sync_comprehension_generator(Compiler *c, ComprehensionSeq *gens, int gen_index, int depth,
                                         Expr *elt, Expr *val, int type)
{
    Block *start = new_block(c), *if_cleanup = new_block(c), *anchor = new_block(c);
    Comprehension *gen = gens->items[gen_index];
    if (gen_index == 0) {
        c->u->argcount = 1;
        emit(c, OP_LOAD_FAST, 0);
    } else {
        visit_iterable(c, gen->iter);
        emit0(c, OP_GET_ITER);
    }
    depth++;
    use_block(c, start);
    emit_jump(c, OP_FOR_ITER, anchor);
    visit_expr(c, gen->target);
    for (int i = 0; i < gen->ifs.n; i++) jump_if(c, gen->ifs.items[i], if_cleanup, false);
    if (++gen_index < gens->n)
        comprehension_generator(c, gens, gen_index, depth, elt, val, type);
    if (gen_index >= gens->n) {
        switch (type) {
        case COMP_GEN: visit_expr(c, elt); emit_yield(c); emit0(c, OP_POP_TOP); break;
        case COMP_LIST: visit_expr(c, elt); emit(c, OP_LIST_APPEND, depth + 1); break;
        case COMP_SET: visit_expr(c, elt); emit(c, OP_SET_ADD, depth + 1); break;
        case COMP_DICT: visit_expr(c, elt); visit_expr(c, val); emit(c, OP_MAP_ADD, depth + 1); break;
        }
    }
    use_block(c, if_cleanup);
    emit_jump(c, OP_JUMP, start);
    use_block(c, anchor);
}

static void async_comprehension_generator(Compiler *c, ComprehensionSeq *gens, int gen_index, int depth,
                                          Expr *elt, Expr *val, int type)
{
    Block *start = new_block(c), *except = new_block(c), *if_cleanup = new_block(c);
    Comprehension *gen = gens->items[gen_index];
    if (gen_index == 0) {
        c->u->argcount = 1;
        emit(c, OP_LOAD_FAST, 0);
    } else {
        visit_iterable(c, gen->iter);
        emit0(c, OP_GET_AITER);
    }
    use_block(c, start);
    push_fblock(c, FB_ASYNC_COMP_GEN, start, NULL, NULL);
    emit_jump(c, OP_SETUP_FINALLY, except);
    emit0(c, OP_GET_ANEXT);
    load_none(c);
    emit0(c, OP_YIELD_FROM);
    emit0(c, OP_POP_BLOCK);
    visit_expr(c, gen->target);
    for (int i = 0; i < gen->ifs.n; i++) jump_if(c, gen->ifs.items[i], if_cleanup, false);
    depth++;
    if (++gen_index < gens->n)
        comprehension_generator(c, gens, gen_index, depth, elt, val, type);
    if (gen_index >= gens->n) {
        switch (type) {
        case COMP_GEN: visit_expr(c, elt); emit_yield(c); emit0(c, OP_POP_TOP); break;
        case COMP_LIST: visit_expr(c, elt); emit(c, OP_LIST_APPEND, depth + 1); break;
        case COMP_SET: visit_expr(c, elt); emit(c, OP_SET_ADD, depth + 1); break;
        case COMP_DICT: visit_expr(c, elt); visit_expr(c, val); emit(c, OP_MAP_ADD, depth + 1); break;
        }
    }
    use_block(c, if_cleanup);
    emit_jump(c, OP_JUMP, start);
    pop_fblock(c);
    use_block(c, except);
    emit0(c, OP_END_ASYNC_FOR);
}

static void comprehension_generator(Compiler *c, ComprehensionSeq *gens, int gen_index, int depth,
                                    Expr *elt, Expr *val, int type)
{
    if (gens->items[gen_index]->is_async)
        async_comprehension_generator(c, gens, gen_index, depth, elt, val, type);
    else
        sync_comprehension_generator(c, gens, gen_index, depth, elt, val, type);
}

static void visit_comprehension(Compiler *c, Expr *e)
{
    const char *name;
    int type;
    ComprehensionSeq *gens;
    Expr *elt, *val = NULL;
    switch (e->kind) {
    case Expr_GeneratorExp: name = "<genexpr>"; type = COMP_GEN; gens = &e->v.GeneratorExp.generators; elt = e->v.GeneratorExp.elt; break;
    case Expr_ListComp: name = "<listcomp>"; type = COMP_LIST; gens = &e->v.ListComp.generators; elt = e->v.ListComp.elt; break;
    case Expr_SetComp: name = "<setcomp>"; type = COMP_SET; gens = &e->v.SetComp.generators; elt = e->v.SetComp.elt; break;
    default: name = "<dictcomp>"; type = COMP_DICT; gens = &e->v.DictComp.generators; elt = e->v.DictComp.key; val = e->v.DictComp.value; break;
    }
    Comprehension *outermost = gens->items[0];
    int scope_type = c->u->scope_type;
    enter_scope(c, name, CS_COMPREHENSION, e, e->lineno);
    SET_LOC(c, e);
    bool is_async_generator = c->u->ste->coroutine;
    if (is_async_generator && type != COMP_GEN && scope_type != CS_ASYNC_FUNCTION &&
        scope_type != CS_COMPREHENSION)
        cerror(c, "asynchronous comprehension outside of an asynchronous function");
    if (type != COMP_GEN)
        emit(c, type == COMP_LIST ? OP_BUILD_LIST : type == COMP_SET ? OP_BUILD_SET : OP_BUILD_MAP, 0);
    comprehension_generator(c, gens, 0, 0, elt, val, type);
    if (type != COMP_GEN) emit0(c, OP_RETURN_VALUE);
    CUnit *co = assemble(c, true);
    exit_scope(c);
    make_closure(c, co, 0);
    visit_iterable(c, outermost->iter);
    emit0(c, outermost->is_async ? OP_GET_AITER : OP_GET_ITER);
    emit(c, OP_CALL_FUNCTION, 1);
    if (is_async_generator && type != COMP_GEN) {
        emit(c, OP_GET_AWAITABLE, 0);
        load_none(c);
        emit0(c, OP_YIELD_FROM);
    }
}

/* -- Statements ------------------------------------------------------------------------------- */

static void visit_if(Compiler *c, Stmt *s)
{
    Block *end = new_block(c);
    Block *next = s->v.If.orelse.n ? new_block(c) : end;
    jump_if(c, s->v.If.test, next, false);
    visit_stmts(c, &s->v.If.body);
    if (s->v.If.orelse.n) {
        emit_jump(c, OP_JUMP, end);
        use_block(c, next);
        visit_stmts(c, &s->v.If.orelse);
    }
    use_block(c, end);
}

static void visit_for(Compiler *c, Stmt *s)
{
    Block *start = new_block(c), *cleanup = new_block(c), *end = new_block(c);
    push_fblock(c, FB_FOR, start, end, NULL);
    visit_iterable(c, s->v.For.iter);
    emit0(c, OP_GET_ITER);
    use_block(c, start);
    emit_jump(c, OP_FOR_ITER, cleanup);
    visit_expr(c, s->v.For.target);
    visit_stmts(c, &s->v.For.body);
    emit_jump(c, OP_JUMP, start);
    use_block(c, cleanup);
    pop_fblock(c);
    visit_stmts(c, &s->v.For.orelse);
    use_block(c, end);
}

static void visit_async_for(Compiler *c, Stmt *s)
{
    if (c->u->scope_type != CS_ASYNC_FUNCTION) cerror(c, "'async for' outside async function");
    Block *start = new_block(c), *except = new_block(c), *end = new_block(c);
    visit_expr(c, s->v.AsyncFor.iter);      /* CPython's optimizer leaves this one alone */
    emit0(c, OP_GET_AITER);
    use_block(c, start);
    push_fblock(c, FB_FOR, start, end, NULL);
    emit_jump(c, OP_SETUP_FINALLY, except);
    emit0(c, OP_GET_ANEXT);
    load_none(c);
    emit0(c, OP_YIELD_FROM);
    emit0(c, OP_POP_BLOCK);
    visit_expr(c, s->v.AsyncFor.target);
    visit_stmts(c, &s->v.AsyncFor.body);
    emit_jump(c, OP_JUMP, start);
    pop_fblock(c);
    use_block(c, except);
    emit0(c, OP_END_ASYNC_FOR);
    visit_stmts(c, &s->v.AsyncFor.orelse);
    use_block(c, end);
}

static void visit_while(Compiler *c, Stmt *s)
{
    Block *loop = new_block(c), *body = new_block(c), *anchor = new_block(c), *end = new_block(c);
    int truth = -1;
    const_truth(c, s->v.While.test, &truth);
    use_block(c, loop);
    push_fblock(c, FB_WHILE, loop, end, NULL);
    if (truth != 1) jump_if(c, s->v.While.test, anchor, false);
    use_block(c, body);
    visit_stmts(c, &s->v.While.body);
    emit_jump(c, OP_JUMP, loop);
    pop_fblock(c);
    use_block(c, anchor);
    visit_stmts(c, &s->v.While.orelse);
    use_block(c, end);
}

static void visit_return(Compiler *c, Stmt *s)
{
    Expr *v = s->v.Return.value;
    bool preserve_tos = v && v->kind != Expr_Constant;
    if (c->u->ste->type != BLOCK_FUNCTION) cerror(c, "'return' outside function");
    if (v && c->u->ste->coroutine && c->u->ste->generator) cerror(c, "'return' with value in async generator");
    if (preserve_tos) visit_expr(c, v);
    else if (v) SET_LOC(c, v);
    if (!v || v->lineno != s->lineno) SET_LOC(c, s);
    unwind_fblock_stack(c, preserve_tos, NULL);
    if (!v) load_none(c);
    else if (!preserve_tos) load_const(c, cc_from_ast(c, &v->v.Constant.value));
    emit0(c, OP_RETURN_VALUE);
    next_block(c);
}

static void visit_break(Compiler *c)
{
    FBlock *loop = NULL;
    unwind_fblock_stack(c, false, &loop);
    if (!loop) cerror(c, "'break' outside loop");
    unwind_fblock(c, loop, false);
    emit_jump(c, OP_JUMP, loop->exit);
    next_block(c);
}

static void visit_continue(Compiler *c)
{
    FBlock *loop = NULL;
    unwind_fblock_stack(c, false, &loop);
    if (!loop) cerror(c, "'continue' not properly in loop");
    emit_jump(c, OP_JUMP, loop->block);
    next_block(c);
}

static void try_except(Compiler *c, Stmt *s)
{
    Block *body = new_block(c), *except = new_block(c), *orelse = new_block(c), *end = new_block(c);
    emit_jump(c, OP_SETUP_FINALLY, except);
    use_block(c, body);
    push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL);
    visit_stmts(c, &s->v.Try.body);
    pop_fblock(c);
    emit0(c, OP_POP_BLOCK);
    emit_jump(c, OP_JUMP, orelse);
    int n = s->v.Try.handlers.n;
    use_block(c, except);
    push_fblock(c, FB_EXCEPTION_HANDLER, NULL, NULL, NULL);
    for (int i = 0; i < n; i++) {
        ExceptHandler *h = s->v.Try.handlers.items[i];
        SET_LOC(c, h);
        if (!h->type && i < n - 1) cerror(c, "default 'except:' must be last");
        except = new_block(c);
        if (h->type) {
            visit_expr(c, h->type);
            emit0(c, OP_CHECK_EXC_MATCH);
            emit_jump(c, OP_POP_JUMP_IF_FALSE, except);
        }
        if (h->name) {
            Block *cleanup_end = new_block(c), *cleanup_body = new_block(c);
            nameop(c, h->name, Ctx_Store);
            emit_jump(c, OP_SETUP_FINALLY, cleanup_end);
            use_block(c, cleanup_body);
            push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name);
            visit_stmts(c, &h->body);
            pop_fblock(c);
            c->u->lineno = -1;
            emit0(c, OP_POP_BLOCK);
            emit0(c, OP_POP_EXCEPT);
            load_none(c);
            nameop(c, h->name, Ctx_Store);
            nameop(c, h->name, Ctx_Del);
            emit_jump(c, OP_JUMP, end);
            use_block(c, cleanup_end);
            c->u->lineno = -1;
            load_none(c);
            nameop(c, h->name, Ctx_Store);
            nameop(c, h->name, Ctx_Del);
            emit0(c, OP_RERAISE);
        } else {
            Block *cleanup_body = new_block(c);
            emit0(c, OP_POP_TOP);
            use_block(c, cleanup_body);
            push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL);
            visit_stmts(c, &h->body);
            pop_fblock(c);
            c->u->lineno = -1;
            emit0(c, OP_POP_EXCEPT);
            emit_jump(c, OP_JUMP, end);
        }
        use_block(c, except);
    }
    pop_fblock(c);
    c->u->lineno = -1;
    emit0(c, OP_RERAISE);
    use_block(c, orelse);
    visit_stmts(c, &s->v.Try.orelse);
    use_block(c, end);
}

/* try/except*: CPython 3.11's scheme on the block stack.  The handler starts with
 * [prev, E]; it keeps [prev, orig, res, rest] while matching: res collects what the
 * except* bodies raised, PREP_RERAISE_STAR combines it with the unhandled rest. */
static void try_star_except(Compiler *c, Stmt *s)
{
    Block *body = new_block(c), *except = new_block(c), *orelse = new_block(c), *end = new_block(c);
    Block *reraise_star = new_block(c), *reraise = new_block(c);
    emit_jump(c, OP_SETUP_FINALLY, except);
    use_block(c, body);
    push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL);
    visit_stmts(c, &s->v.TryStar.body);
    pop_fblock(c);
    emit0(c, OP_POP_BLOCK);
    emit_jump(c, OP_JUMP, orelse);
    int n = s->v.TryStar.handlers.n;
    use_block(c, except);
    push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, NULL);
    for (int i = 0; i < n; i++) {
        ExceptHandler *h = s->v.TryStar.handlers.items[i];
        SET_LOC(c, h);
        Block *next_except = new_block(c), *handle = new_block(c);
        if (i == 0) {
            emit(c, OP_COPY, 1);
            emit(c, OP_BUILD_LIST, 0);
            emit(c, OP_SWAP, 2);
        }
        if (h->type) {
            visit_expr(c, h->type);
            emit0(c, OP_CHECK_EG_MATCH);
            emit(c, OP_COPY, 1);
            emit_jump(c, OP_POP_JUMP_IF_NOT_NONE, handle);
            emit0(c, OP_POP_TOP);
            emit_jump(c, OP_JUMP, next_except);
        }
        use_block(c, handle);
        Block *cleanup_end = new_block(c), *cleanup_body = new_block(c);
        if (h->name) nameop(c, h->name, Ctx_Store);
        else emit0(c, OP_POP_TOP);
        emit_jump(c, OP_SETUP_FINALLY, cleanup_end);
        use_block(c, cleanup_body);
        push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name);
        visit_stmts(c, &h->body);
        pop_fblock(c);
        c->u->lineno = -1;
        emit0(c, OP_POP_BLOCK);
        if (h->name) {
            load_none(c);
            nameop(c, h->name, Ctx_Store);
            nameop(c, h->name, Ctx_Del);
        }
        emit_jump(c, OP_JUMP, next_except);
        use_block(c, cleanup_end);
        if (h->name) {
            load_none(c);
            nameop(c, h->name, Ctx_Store);
            nameop(c, h->name, Ctx_Del);
        }
        /* [prev, orig, res, rest, prev2, E2]: collect E2, leave the inner handler */
        emit(c, OP_LIST_APPEND, 3);
        emit0(c, OP_POP_EXCEPT);
        emit_jump(c, OP_JUMP, next_except);
        use_block(c, next_except);
        if (i == n - 1) {
            emit(c, OP_LIST_APPEND, 1);
            emit_jump(c, OP_JUMP, reraise_star);
        }
    }
    c->u->lineno = -1;
    pop_fblock(c);
    use_block(c, reraise_star);
    emit0(c, OP_PREP_RERAISE_STAR);
    emit(c, OP_COPY, 1);
    emit_jump(c, OP_POP_JUMP_IF_NOT_NONE, reraise);
    emit0(c, OP_POP_TOP);
    emit0(c, OP_POP_EXCEPT);
    emit_jump(c, OP_JUMP, end);
    use_block(c, reraise);
    emit0(c, OP_RERAISE);
    use_block(c, orelse);
    visit_stmts(c, &s->v.TryStar.orelse);
    use_block(c, end);
}

static void try_finally(Compiler *c, Stmt *s)
{
    Block *body = new_block(c), *end = new_block(c), *exit = new_block(c);
    emit_jump(c, OP_SETUP_FINALLY, end);
    use_block(c, body);
    push_fblock(c, FB_FINALLY_TRY, body, end, &s->v.Try.finalbody);
    if (s->v.Try.handlers.n) {
        if (s->kind == Stmt_TryStar) try_star_except(c, s);
        else try_except(c, s);
    } else
        visit_stmts(c, &s->v.Try.body);
    emit0(c, OP_POP_BLOCK);
    pop_fblock(c);
    visit_stmts(c, &s->v.Try.finalbody);
    emit_jump(c, OP_JUMP, exit);
    use_block(c, end);
    c->u->lineno = -1;
    push_fblock(c, FB_FINALLY_END, end, NULL, NULL);
    visit_stmts(c, &s->v.Try.finalbody);
    pop_fblock(c);
    emit0(c, OP_RERAISE);
    use_block(c, exit);
}

static void with_except_finish(Compiler *c)
{
    Block *exit = new_block(c);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, exit);
    emit0(c, OP_RERAISE);
    use_block(c, exit);
    emit0(c, OP_POP_TOP);
    emit0(c, OP_POP_EXCEPT);
    emit0(c, OP_POP_TOP);
}

static void visit_with(Compiler *c, Stmt *s, int pos)
{
    Block *body = new_block(c), *final = new_block(c), *exit = new_block(c);
    WithItem *item = s->v.With.items.items[pos];
    visit_expr(c, item->context_expr);
    emit_jump(c, OP_SETUP_WITH, final);
    use_block(c, body);
    push_fblock(c, FB_WITH, body, final, s);
    if (item->optional_vars) visit_expr(c, item->optional_vars);
    else emit0(c, OP_POP_TOP);
    pos++;
    if (pos == s->v.With.items.n) visit_stmts(c, &s->v.With.body);
    else visit_with(c, s, pos);
    c->u->lineno = -1;
    emit0(c, OP_POP_BLOCK);
    pop_fblock(c);
    SET_LOC(c, s);
    call_exit_with_nones(c);
    emit0(c, OP_POP_TOP);
    emit_jump(c, OP_JUMP, exit);
    use_block(c, final);
    emit0(c, OP_WITH_EXCEPT_START);
    with_except_finish(c);
    use_block(c, exit);
}

static void visit_async_with(Compiler *c, Stmt *s, int pos)
{
    if (c->u->scope_type != CS_ASYNC_FUNCTION) cerror(c, "'async with' outside async function");
    Block *body = new_block(c), *final = new_block(c), *exit = new_block(c);
    WithItem *item = s->v.AsyncWith.items.items[pos];
    visit_expr(c, item->context_expr);
    emit0(c, OP_BEFORE_ASYNC_WITH);
    emit(c, OP_GET_AWAITABLE, 1);
    load_none(c);
    emit0(c, OP_YIELD_FROM);
    emit_jump(c, OP_SETUP_ASYNC_WITH, final);
    use_block(c, body);
    push_fblock(c, FB_ASYNC_WITH, body, final, s);
    if (item->optional_vars) visit_expr(c, item->optional_vars);
    else emit0(c, OP_POP_TOP);
    pos++;
    if (pos == s->v.AsyncWith.items.n) visit_stmts(c, &s->v.AsyncWith.body);
    else visit_async_with(c, s, pos);
    pop_fblock(c);
    emit0(c, OP_POP_BLOCK);
    SET_LOC(c, s);
    call_exit_with_nones(c);
    emit(c, OP_GET_AWAITABLE, 2);
    load_none(c);
    emit0(c, OP_YIELD_FROM);
    emit0(c, OP_POP_TOP);
    emit_jump(c, OP_JUMP, exit);
    use_block(c, final);
    emit0(c, OP_WITH_EXCEPT_START);
    emit(c, OP_GET_AWAITABLE, 2);
    load_none(c);
    emit0(c, OP_YIELD_FROM);
    with_except_finish(c);
    use_block(c, exit);
}

static void import_as(Compiler *c, const char *name, const char *asname)
{
    const char *dot = strchr(name, '.');
    if (dot) {
        while (1) {
            const char *pos = dot + 1;
            dot = strchr(pos, '.');
            const char *attr = dot ? ast_strndup(POOL, pos, (size_t)(dot - pos)) : pos;
            emit(c, OP_IMPORT_FROM, add_name(c, attr));
            if (!dot) break;
            emit0(c, OP_ROT_TWO);
            emit0(c, OP_POP_TOP);
        }
        nameop(c, asname, Ctx_Store);
        emit0(c, OP_POP_TOP);
        return;
    }
    nameop(c, asname, Ctx_Store);
}

static void visit_import(Compiler *c, Stmt *s)
{
    for (int i = 0; i < s->v.Import.names.n; i++) {
        Alias *a = s->v.Import.names.items[i];
        load_const(c, cc_small(c, 0));
        load_none(c);
        emit_name(c, OP_IMPORT_NAME, a->name);
        if (a->asname)
            import_as(c, a->name, a->asname);
        else {
            const char *dot = strchr(a->name, '.');
            const char *tmp = dot ? ast_strndup(POOL, a->name, (size_t)(dot - a->name)) : a->name;
            nameop(c, tmp, Ctx_Store);
        }
    }
}

static void visit_import_from(Compiler *c, Stmt *s)
{
    int n = s->v.ImportFrom.names.n;
    load_const(c, cc_small(c, s->v.ImportFrom.level));
    const char **names = ast_alloc(POOL, sizeof(char *) * (size_t)n);
    for (int i = 0; i < n; i++) names[i] = s->v.ImportFrom.names.items[i]->name;
    if (s->lineno > c->future_lineno && s->v.ImportFrom.module &&
        strcmp(s->v.ImportFrom.module, "__future__") == 0)
        cerror(c, "from __future__ imports must occur at the beginning of the file");
    load_const(c, names_tuple(c, names, n));
    emit_name(c, OP_IMPORT_NAME, s->v.ImportFrom.module ? s->v.ImportFrom.module : "");
    for (int i = 0; i < n; i++) {
        Alias *a = s->v.ImportFrom.names.items[i];
        if (i == 0 && a->name[0] == '*') {
            emit0(c, OP_IMPORT_STAR);
            return;
        }
        emit_name(c, OP_IMPORT_FROM, a->name);
        nameop(c, a->asname ? a->asname : a->name, Ctx_Store);
    }
    emit0(c, OP_POP_TOP);
}

static void check_ann_expr(Compiler *c, Expr *e)
{
    visit_expr(c, e);
    emit0(c, OP_POP_TOP);
}

static void check_ann_subscr(Compiler *c, Expr *e)
{
    if (e->kind == Expr_Slice) {
        if (e->v.Slice.lower) check_ann_expr(c, e->v.Slice.lower);
        if (e->v.Slice.upper) check_ann_expr(c, e->v.Slice.upper);
        if (e->v.Slice.step) check_ann_expr(c, e->v.Slice.step);
    } else if (e->kind == Expr_Tuple) {
        for (int i = 0; i < e->v.Tuple.elts.n; i++) check_ann_subscr(c, e->v.Tuple.elts.items[i]);
    } else
        check_ann_expr(c, e);
}

static void visit_annassign(Compiler *c, Stmt *s)
{
    Expr *t = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        visit_expr(c, s->v.AnnAssign.value);
        visit_expr(c, t);
    }
    switch (t->kind) {
    case Expr_Name:
        forbidden_name(c, t->v.Name.id, Ctx_Store);
        if (s->v.AnnAssign.simple && (c->u->scope_type == CS_MODULE || c->u->scope_type == CS_CLASS)) {
            visit_annexpr(c, s->v.AnnAssign.annotation);
            emit_name(c, OP_LOAD_NAME, "__annotations__");
            load_const(c, cc_str(c, mangle(POOL, c->u->private_, t->v.Name.id)));
            emit0(c, OP_STORE_SUBSCR);
        }
        break;
    case Expr_Attribute:
        forbidden_name(c, t->v.Attribute.attr, Ctx_Store);
        if (!s->v.AnnAssign.value) check_ann_expr(c, t->v.Attribute.value);
        break;
    case Expr_Subscript:
        if (!s->v.AnnAssign.value) {
            check_ann_expr(c, t->v.Subscript.value);
            check_ann_subscr(c, t->v.Subscript.slice);
        }
        break;
    default:
        cerror(c, "invalid node type for annotated assignment");
    }
    if (!s->v.AnnAssign.simple && !(c->features & CO_FUTURE_ANNOTATIONS) &&
        (c->u->scope_type == CS_MODULE || c->u->scope_type == CS_CLASS))
        check_ann_expr(c, s->v.AnnAssign.annotation);
}

/* `x += value` / `x = x + value` on a fast local x with index < 32: LOAD_FAST x;
 * value; ADD_FAST x, emitted at the location of `op` (opcodes.h: string building).
 * False, with nothing emitted, for any other target. */
static bool add_fast(Compiler *c, Expr *x, Expr *value, bool inplace, Loc op)
{
    CUnit *u = c->u;
    if (x->kind != Expr_Name || u->ste->type != BLOCK_FUNCTION) return false;
    const char *mangled = mangle(POOL, u->private_, x->v.Name.id);
    int flags;
    if (scope_symbol(u->ste, mangled, &flags) != SC_LOCAL) return false;
    int slot = smap_add(&u->varnames, mangled, 0);
    if (slot >= 32) return false;
    forbidden_name(c, x->v.Name.id, Ctx_Store);
    Loc save = get_loc(c);
    SET_LOC(c, x);
    nameop(c, x->v.Name.id, Ctx_Load);
    Instr *load = &u->cur->ins[u->cur->n - 1];
    if (load->op != OP_LOAD_FAST || load->arg != slot) cerror(c, "internal compiler error: ADD_FAST");
    load->builder = true;
    put_loc(c, save);
    visit_expr(c, value);
    put_loc(c, op);
    emit(c, OP_ADD_FAST, slot << 1 | inplace);
    put_loc(c, save);
    u->builders |= 1u << slot;
    return true;
}

/* In a code object with ADD_FAST, the other loads and stores of its locals are
 * the _DISOWN variants. */
static void disown_builders(CUnit *u)
{
    for (Block *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++) {
            Instr *ins = &b->ins[i];
            if ((ins->op != OP_LOAD_FAST && ins->op != OP_STORE_FAST) || ins->builder ||
                ins->arg >= 32 || !(u->builders >> ins->arg & 1)) continue;
            ins->op = ins->op == OP_LOAD_FAST ? OP_LOAD_FAST_DISOWN : OP_STORE_FAST_DISOWN;
        }
}

static void visit_augassign(Compiler *c, Stmt *s)
{
    Expr *e = s->v.AugAssign.target;
    Loc save = get_loc(c);
    if (s->v.AugAssign.op == Op_Add && add_fast(c, e, s->v.AugAssign.value, true, save)) return;
    SET_LOC(c, e);
    switch (e->kind) {
    case Expr_Attribute:
        visit_expr(c, e->v.Attribute.value);
        emit0(c, OP_DUP_TOP);
        emit_name(c, OP_LOAD_ATTR, e->v.Attribute.attr);
        break;
    case Expr_Subscript:
        visit_expr(c, e->v.Subscript.value);
        visit_expr(c, e->v.Subscript.slice);
        emit0(c, OP_DUP_TOP_TWO);
        emit0(c, OP_BINARY_SUBSCR);
        break;
    case Expr_Name:
        nameop(c, e->v.Name.id, Ctx_Load);
        break;
    default:
        cerror(c, "invalid node type for augmented assignment");
    }
    put_loc(c, save);
    visit_expr(c, s->v.AugAssign.value);
    emit(c, OP_BINARY_OP, BINOP_COUNT + binop_arg(s->v.AugAssign.op));
    SET_LOC(c, e);
    switch (e->kind) {
    case Expr_Attribute:
        emit0(c, OP_ROT_TWO);
        emit_name(c, OP_STORE_ATTR, e->v.Attribute.attr);
        break;
    case Expr_Subscript:
        emit0(c, OP_ROT_THREE);
        emit0(c, OP_STORE_SUBSCR);
        break;
    default:
        nameop(c, e->v.Name.id, Ctx_Store);
        break;
    }
}

static void visit_match(Compiler *c, Stmt *s);

static void visit_stmt(Compiler *c, Stmt *s)
{
    SET_LOC(c, s);
    c->u->stmt_mark = c->u->nemitted;
    switch (s->kind) {
    case Stmt_FunctionDef: case Stmt_AsyncFunctionDef: visit_function(c, s); return;
    case Stmt_ClassDef: visit_class(c, s); return;
    case Stmt_Return: visit_return(c, s); return;
    case Stmt_Delete:
        for (int i = 0; i < s->v.Delete.targets.n; i++) visit_expr(c, s->v.Delete.targets.items[i]);
        return;
    case Stmt_Assign: {
        int n = s->v.Assign.targets.n;
        Expr *v = s->v.Assign.value, *t = s->v.Assign.targets.items[0];
        if (n == 1 && t->kind == Expr_Name && v->kind == Expr_BinOp && v->v.BinOp.op == Op_Add &&
            v->v.BinOp.left->kind == Expr_Name && strcmp(v->v.BinOp.left->v.Name.id, t->v.Name.id) == 0) {
            Loc save = get_loc(c);
            SET_LOC(c, v);
            Loc op = get_loc(c);
            put_loc(c, save);
            if (add_fast(c, t, v->v.BinOp.right, false, op)) return;
        }
        visit_expr(c, s->v.Assign.value);
        for (int i = 0; i < n; i++) {
            if (i < n - 1) emit0(c, OP_DUP_TOP);
            visit_expr(c, s->v.Assign.targets.items[i]);
        }
        return;
    }
    case Stmt_AugAssign: visit_augassign(c, s); return;
    case Stmt_AnnAssign: visit_annassign(c, s); return;
    case Stmt_For: visit_for(c, s); return;
    case Stmt_AsyncFor: visit_async_for(c, s); return;
    case Stmt_While: visit_while(c, s); return;
    case Stmt_If: visit_if(c, s); return;
    case Stmt_With: visit_with(c, s, 0); return;
    case Stmt_AsyncWith: visit_async_with(c, s, 0); return;
    case Stmt_Match: visit_match(c, s); return;
    case Stmt_Raise: {
        int n = 0;
        if (s->v.Raise.exc) {
            visit_expr(c, s->v.Raise.exc);
            n++;
            if (s->v.Raise.cause) { visit_expr(c, s->v.Raise.cause); n++; }
        }
        emit(c, OP_RAISE_VARARGS, n);
        next_block(c);
        return;
    }
    case Stmt_Try:
        if (s->v.Try.finalbody.n) try_finally(c, s);
        else try_except(c, s);
        return;
    case Stmt_TryStar:
        if (s->v.TryStar.finalbody.n) try_finally(c, s);
        else try_star_except(c, s);
        return;
    case Stmt_Assert: {
        Expr *test = s->v.Assert.test;
        if (test->kind == Expr_Tuple && test->v.Tuple.elts.n > 0)
            cwarn(c, "assertion is always true, perhaps remove parentheses?");
        if (c->optimize) return;
        Block *end = new_block(c);
        jump_if(c, s->v.Assert.test, end, true);
        emit0(c, OP_LOAD_ASSERTION_ERROR);
        if (s->v.Assert.msg) {
            visit_expr(c, s->v.Assert.msg);
            emit(c, OP_CALL_FUNCTION, 1);
        }
        emit(c, OP_RAISE_VARARGS, 1);
        use_block(c, end);
        return;
    }
    case Stmt_Import: visit_import(c, s); return;
    case Stmt_ImportFrom: visit_import_from(c, s); return;
    case Stmt_Global: case Stmt_Nonlocal: case Stmt_Pass: return;
    case Stmt_Expr: {
        Expr *v = s->v.Expr.value;
        if (c->interactive && c->nestlevel <= 1) {
            visit_expr(c, v);
            emit0(c, OP_PRINT_EXPR);
            return;
        }
        if (v->kind == Expr_Constant) return;
        visit_expr(c, v);
        emit0(c, OP_POP_TOP);
        return;
    }
    case Stmt_Break: visit_break(c); return;
    case Stmt_Continue: visit_continue(c); return;
    }
}

/* -- Pattern matching (CPython 3.11's scheme) ------------------------------------------------- */

typedef struct PatCtx {
    const char **stores; int nstores, storecap;
    bool allow_irrefutable;
    Block **fail_pop; int fail_pop_size, fail_pop_cap;
    int on_top;
} PatCtx;

#define WILDCARD_CHECK(p) ((p)->kind == Pattern_MatchAs && !(p)->v.MatchAs.pattern && !(p)->v.MatchAs.name)
#define WILDCARD_STAR_CHECK(p) ((p)->kind == Pattern_MatchStar && !(p)->v.MatchStar.name)

static void visit_pattern(Compiler *c, Pattern *p, PatCtx *pc);

static void ensure_fail_pop(Compiler *c, PatCtx *pc, int n)
{
    int size = n + 1;
    while (pc->fail_pop_size < size) {
        pc->fail_pop = grow(c, pc->fail_pop, pc->fail_pop_size, &pc->fail_pop_cap, sizeof(Block *));
        pc->fail_pop[pc->fail_pop_size++] = new_block(c);
    }
}

static void jump_to_fail_pop(Compiler *c, PatCtx *pc, int op)
{
    int pops = pc->on_top + pc->nstores;
    ensure_fail_pop(c, pc, pops);
    emit_jump(c, op, pc->fail_pop[pops]);
}

static void emit_and_reset_fail_pop(Compiler *c, PatCtx *pc)
{
    if (!pc->fail_pop_size) return;
    while (--pc->fail_pop_size) {
        use_block(c, pc->fail_pop[pc->fail_pop_size]);
        emit0(c, OP_POP_TOP);
    }
    use_block(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
    pc->fail_pop_cap = 0;
}

static void pattern_rotate(Compiler *c, int count)
{
    while (1 < count) emit(c, OP_SWAP, count--);
}

static bool stores_has(PatCtx *pc, const char *n)
{
    for (int i = 0; i < pc->nstores; i++) if (strcmp(pc->stores[i], n) == 0) return true;
    return false;
}

static void stores_append(Compiler *c, PatCtx *pc, const char *n)
{
    pc->stores = grow(c, pc->stores, pc->nstores, &pc->storecap, sizeof(char *));
    pc->stores[pc->nstores++] = n;
}

static void pattern_store_name(Compiler *c, const char *n, PatCtx *pc)
{
    if (!n) { emit0(c, OP_POP_TOP); return; }
    forbidden_name(c, n, Ctx_Store);
    if (stores_has(pc, n)) cerror(c, "multiple assignments to name '%s' in pattern", n);
    pattern_rotate(c, pc->on_top + pc->nstores + 1);
    stores_append(c, pc, n);
}

static void pattern_subpattern(Compiler *c, Pattern *p, PatCtx *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    visit_pattern(c, p, pc);
    pc->allow_irrefutable = allow;
}

static void pattern_unpack_helper(Compiler *c, PatternSeq *elts)
{
    int n = elts->n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        Pattern *elt = elts->items[i];
        if (elt->kind == Pattern_MatchStar && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (1 << 15))
                cerror(c, "too many expressions in star-unpacking sequence pattern");
            emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = true;
        } else if (elt->kind == Pattern_MatchStar)
            cerror(c, "multiple starred expressions in sequence pattern");
    }
    if (!seen_star) emit(c, OP_UNPACK_SEQUENCE, n);
}

static void pattern_sequence(Compiler *c, Pattern *p, PatCtx *pc)
{
    PatternSeq *patterns = &p->v.MatchSequence.patterns;
    int size = patterns->n, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        Pattern *q = patterns->items[i];
        if (q->kind == Pattern_MatchStar) {
            if (star >= 0) cerror(c, "multiple starred names in sequence pattern");
            star_wildcard = WILDCARD_STAR_CHECK(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= WILDCARD_CHECK(q);
    }
    pc->on_top++;
    emit0(c, OP_MATCH_SEQUENCE);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (star < 0) {
        emit0(c, OP_GET_LEN);
        load_const(c, cc_small(c, size));
        emit(c, OP_COMPARE_OP, CMP_EQ);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    } else if (size > 1) {
        emit0(c, OP_GET_LEN);
        load_const(c, cc_small(c, size - 1));
        emit(c, OP_COMPARE_OP, CMP_GE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    pc->on_top--;
    if (only_wildcard) {
        emit0(c, OP_POP_TOP);
    } else if (star_wildcard) {
        pc->on_top++;
        for (int i = 0; i < size; i++) {
            Pattern *q = patterns->items[i];
            if (WILDCARD_CHECK(q) || i == star) continue;
            emit(c, OP_COPY, 1);
            if (i < star)
                load_const(c, cc_small(c, i));
            else {
                emit0(c, OP_GET_LEN);
                load_const(c, cc_small(c, size - i));
                emit(c, OP_BINARY_OP, BINOP_SUBTRACT);
            }
            emit0(c, OP_BINARY_SUBSCR);
            pattern_subpattern(c, q, pc);
        }
        pc->on_top--;
        emit0(c, OP_POP_TOP);
    } else {
        pattern_unpack_helper(c, patterns);
        pc->on_top += size;
        for (int i = 0; i < size; i++) {
            pc->on_top--;
            pattern_subpattern(c, patterns->items[i], pc);
        }
    }
}

static void pattern_mapping(Compiler *c, Pattern *p, PatCtx *pc)
{
    ExprSeq *keys = &p->v.MatchMapping.keys;
    PatternSeq *patterns = &p->v.MatchMapping.patterns;
    int size = keys->n;
    const char *star_target = p->v.MatchMapping.rest;
    pc->on_top++;
    emit0(c, OP_MATCH_MAPPING);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (!size && !star_target) {
        pc->on_top--;
        emit0(c, OP_POP_TOP);
        return;
    }
    if (size) {
        emit0(c, OP_GET_LEN);
        load_const(c, cc_small(c, size));
        emit(c, OP_COMPARE_OP, CMP_GE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    CConst **seen = ast_alloc(POOL, sizeof(CConst *) * (size_t)(size + 1));
    int nseen = 0;
    for (int i = 0; i < size; i++) {
        Expr *key = keys->items[i];
        CConst *k = fold_const(c, key);
        if (k && key->kind != Expr_Name) {
            for (int j = 0; j < nseen; j++)
                if (cc_equal(seen[j], k)) {
                    SET_LOC(c, p);
                    const char *txt = annotation_string(c, key);
                    cerror(c, "mapping pattern checks duplicate key (%s)", txt);
                }
            seen[nseen++] = k;
        } else if (key->kind != Expr_Attribute)
            cerror(c, "mapping pattern keys may only match literals and attribute lookups");
        visit_expr(c, key);
    }
    emit(c, OP_BUILD_TUPLE, size);
    emit0(c, OP_MATCH_KEYS);
    pc->on_top += 2;
    emit(c, OP_COPY, 1);
    load_none(c);
    emit(c, OP_IS_OP, 1);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    emit(c, OP_UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        pattern_subpattern(c, patterns->items[i], pc);
    }
    /* [subject, keys] remain on top */
    if (star_target) {
        emit0(c, OP_COPY_DICT_WITHOUT_KEYS);
        pattern_store_name(c, star_target, pc);
    }
    pc->on_top -= 2;
    emit0(c, OP_POP_TOP);
    emit0(c, OP_POP_TOP);
}

static void pattern_class(Compiler *c, Pattern *p, PatCtx *pc)
{
    PatternSeq *patterns = &p->v.MatchClass.patterns;
    IdentSeq *kwd_attrs = &p->v.MatchClass.kwd_attrs;
    PatternSeq *kwd_patterns = &p->v.MatchClass.kwd_patterns;
    int nargs = patterns->n, nattrs = kwd_attrs->n;
    for (int i = 0; i < nattrs; i++) {
        SET_LOC(c, kwd_patterns->items[i]);
        forbidden_name(c, kwd_attrs->items[i], Ctx_Store);
        for (int j = i + 1; j < nattrs; j++)
            if (strcmp(kwd_attrs->items[i], kwd_attrs->items[j]) == 0) {
                SET_LOC(c, kwd_patterns->items[j]);
                cerror(c, "attribute name repeated in class pattern: %s", kwd_attrs->items[i]);
            }
    }
    SET_LOC(c, p);
    visit_expr(c, p->v.MatchClass.cls);
    load_const(c, names_tuple(c, (const char **)kwd_attrs->items, nattrs));
    emit(c, OP_MATCH_CLASS, nargs);
    emit(c, OP_COPY, 1);
    load_none(c);
    emit(c, OP_IS_OP, 1);
    pc->on_top++;
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    emit(c, OP_UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        Pattern *q = i < nargs ? patterns->items[i] : kwd_patterns->items[i - nargs];
        if (WILDCARD_CHECK(q)) { emit0(c, OP_POP_TOP); continue; }
        pattern_subpattern(c, q, pc);
    }
}

static void pattern_or(Compiler *c, Pattern *p, PatCtx *pc)
{
    Block *end = new_block(c);
    int size = p->v.MatchOr.patterns.n;
    PatCtx old = *pc;
    const char **control = NULL;
    int ncontrol = 0;
    for (int i = 0; i < size; i++) {
        Pattern *alt = p->v.MatchOr.patterns.items[i];
        SET_LOC(c, alt);
        pc->stores = NULL; pc->nstores = 0; pc->storecap = 0;
        pc->allow_irrefutable = (i == size - 1) && old.allow_irrefutable;
        pc->fail_pop = NULL; pc->fail_pop_size = 0; pc->fail_pop_cap = 0;
        pc->on_top = 0;
        emit(c, OP_COPY, 1);
        visit_pattern(c, alt, pc);
        int nstores = pc->nstores;
        if (!i) {
            control = pc->stores;
            ncontrol = nstores;
        } else if (nstores != ncontrol) {
            cerror(c, "alternative patterns bind different names");
        } else if (nstores) {
            int icontrol = nstores;
            while (icontrol--) {
                const char *name = control[icontrol];
                int istores = -1;
                for (int k = 0; k < pc->nstores; k++) if (strcmp(pc->stores[k], name) == 0) { istores = k; break; }
                if (istores < 0) cerror(c, "alternative patterns bind different names");
                if (icontrol != istores) {
                    int rotations = istores + 1;
                    /* rotated = stores[:rotations]; del stores[:rotations];
                       stores[icontrol-istores:icontrol-istores] = rotated */
                    const char **tmp = ast_alloc(POOL, sizeof(char *) * (size_t)pc->nstores);
                    const char **rest = pc->stores + rotations;
                    int nrest = pc->nstores - rotations, at = icontrol - istores, k = 0;
                    for (int j = 0; j < at; j++) tmp[k++] = rest[j];
                    for (int j = 0; j < rotations; j++) tmp[k++] = pc->stores[j];
                    for (int j = at; j < nrest; j++) tmp[k++] = rest[j];
                    memcpy(pc->stores, tmp, sizeof(char *) * (size_t)pc->nstores);
                    while (rotations--) pattern_rotate(c, icontrol + 1);
                }
            }
        }
        emit_jump(c, OP_JUMP, end);
        emit_and_reset_fail_pop(c, pc);
    }
    *pc = old;
    emit0(c, OP_POP_TOP);
    jump_to_fail_pop(c, pc, OP_JUMP);
    use_block(c, end);
    int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < ncontrol; i++) {
        pattern_rotate(c, nrots);
        if (stores_has(pc, control[i])) cerror(c, "multiple assignments to name '%s' in pattern", control[i]);
        stores_append(c, pc, control[i]);
    }
    emit0(c, OP_POP_TOP);
}

static void visit_pattern(Compiler *c, Pattern *p, PatCtx *pc)
{
    SET_LOC(c, p);
    switch (p->kind) {
    case Pattern_MatchValue: {
        Expr *v = p->v.MatchValue.value;
        if (v->kind != Expr_Constant && v->kind != Expr_Attribute && v->kind != Expr_UnaryOp &&
            v->kind != Expr_BinOp)
            cerror(c, "patterns may only match literals and attribute lookups");
        visit_expr(c, v);
        emit(c, OP_COMPARE_OP, CMP_EQ);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
        return;
    }
    case Pattern_MatchSingleton:
        load_const(c, cc_from_ast(c, &p->v.MatchSingleton.value));
        emit(c, OP_IS_OP, 0);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
        return;
    case Pattern_MatchSequence: pattern_sequence(c, p, pc); return;
    case Pattern_MatchMapping: pattern_mapping(c, p, pc); return;
    case Pattern_MatchClass: pattern_class(c, p, pc); return;
    case Pattern_MatchStar: pattern_store_name(c, p->v.MatchStar.name, pc); return;
    case Pattern_MatchAs:
        if (!p->v.MatchAs.pattern) {
            if (!pc->allow_irrefutable) {
                if (p->v.MatchAs.name) cerror(c, "name capture '%s' makes remaining patterns unreachable", p->v.MatchAs.name);
                cerror(c, "wildcard makes remaining patterns unreachable");
            }
            pattern_store_name(c, p->v.MatchAs.name, pc);
            return;
        }
        pc->on_top++;
        emit(c, OP_COPY, 1);
        visit_pattern(c, p->v.MatchAs.pattern, pc);
        pc->on_top--;
        pattern_store_name(c, p->v.MatchAs.name, pc);
        return;
    case Pattern_MatchOr: pattern_or(c, p, pc); return;
    }
}

static void visit_match(Compiler *c, Stmt *s)
{
    PatCtx pcs, *pc = &pcs;
    memset(pc, 0, sizeof *pc);
    visit_expr(c, s->v.Match.subject);
    Block *end = new_block(c);
    int cases = s->v.Match.cases.n;
    MatchCase *m = s->v.Match.cases.items[cases - 1];
    bool has_default = WILDCARD_CHECK(m->pattern) && 1 < cases;
    for (int i = 0; i < cases - has_default; i++) {
        m = s->v.Match.cases.items[i];
        SET_LOC(c, m->pattern);
        if (i != cases - has_default - 1) emit(c, OP_COPY, 1);
        pc->stores = NULL; pc->nstores = 0; pc->storecap = 0;
        pc->allow_irrefutable = m->guard != NULL || i == cases - 1;
        pc->fail_pop = NULL; pc->fail_pop_size = 0; pc->fail_pop_cap = 0;
        pc->on_top = 0;
        visit_pattern(c, m->pattern, pc);
        for (int n = 0; n < pc->nstores; n++) nameop(c, pc->stores[n], Ctx_Store);
        if (m->guard) {
            ensure_fail_pop(c, pc, 0);
            jump_if(c, m->guard, pc->fail_pop[0], false);
        }
        if (i != cases - has_default - 1) emit0(c, OP_POP_TOP);
        visit_stmts(c, &m->body);
        emit_jump(c, OP_JUMP, end);
        SET_LOC(c, m->pattern);
        emit_and_reset_fail_pop(c, pc);
    }
    if (has_default) {
        m = s->v.Match.cases.items[cases - 1];
        SET_LOC(c, m->pattern);
        if (cases == 1) emit0(c, OP_POP_TOP);
        if (m->guard) jump_if(c, m->guard, end, false);
        visit_stmts(c, &m->body);
    }
    use_block(c, end);
}

/* -- Annotations under `from __future__ import annotations` ---------------------------------- */

/* An AST unparser (CPython's Python/ast_unparse.c): annotations become their source text in
 * CPython's normalised spelling. */
typedef struct UBuf { Compiler *c; char *d; size_t n, cap; } UBuf;
enum { PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND,
       PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM };

static void ub_add(UBuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t nc = (b->n + n + 1) * 2;
        char *nd = ast_alloc(b->c->pool, nc);
        if (b->n) memcpy(nd, b->d, b->n);
        b->d = nd;
        b->cap = nc;
    }
    memcpy(b->d + b->n, s, n);
    b->n += n;
    b->d[b->n] = 0;
}
static void ub_s(UBuf *b, const char *s) { ub_add(b, s, strlen(s)); }

static void unparse(UBuf *b, Expr *e, int level);

static void unparse_str_repr(UBuf *b, const char *s, size_t len, bool bytes)
{
    bool sq = false, dq = false;
    for (size_t i = 0; i < len; i++) { if (s[i] == '\'') sq = true; if (s[i] == '"') dq = true; }
    char q = (sq && !dq) ? '"' : '\'';
    if (bytes) ub_s(b, "b");
    ub_add(b, &q, 1);
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        char tmp[8];
        if (ch == (unsigned char)q || ch == '\\') { tmp[0] = '\\'; tmp[1] = (char)ch; ub_add(b, tmp, 2); }
        else if (ch == '\n') ub_s(b, "\\n");
        else if (ch == '\r') ub_s(b, "\\r");
        else if (ch == '\t') ub_s(b, "\\t");
        else if (ch < 0x20 || ch == 0x7f || (bytes && ch >= 0x80)) { snprintf(tmp, sizeof tmp, "\\x%02x", ch); ub_s(b, tmp); }
        else ub_add(b, (const char *)&s[i], 1);
    }
    ub_add(b, &q, 1);
}

static void unparse_float(UBuf *b, double d)
{
    char buf[40];
    if (d != d) { ub_s(b, "nan"); return; }
    if (d > 1e308 || d < -1e308) { ub_s(b, d > 0 ? "1e309" : "-1e309"); return; }
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (strtod(buf, NULL) == d) break;
    }
    /* Python spells exponents e+XX / e-XX with at least 2 digits and floats always have . or e */
    if (!strchr(buf, '.') && !strchr(buf, 'e') && !strchr(buf, 'n') && !strchr(buf, 'i')) strcat(buf, ".0");
    ub_s(b, buf);
}

static void unparse_const(UBuf *b, const Constant *k)
{
    switch (k->kind) {
    case CONST_NONE: ub_s(b, "None"); break;
    case CONST_TRUE: ub_s(b, "True"); break;
    case CONST_FALSE: ub_s(b, "False"); break;
    case CONST_ELLIPSIS: ub_s(b, "..."); break;
    case CONST_INT: ub_s(b, k->digits); break;
    case CONST_FLOAT: unparse_float(b, k->f); break;
    case CONST_IMAG: unparse_float(b, k->f); b->n -= (b->n >= 2 && b->d[b->n - 2] == '.' && b->d[b->n - 1] == '0') ? 2 : 0; ub_s(b, "j"); break;
    case CONST_STR: unparse_str_repr(b, k->str, k->len, false); break;
    case CONST_BYTES: unparse_str_repr(b, k->str, k->len, true); break;
    }
}

static void unparse_seq(UBuf *b, ExprSeq *s, const char *sep)
{
    for (int i = 0; i < s->n; i++) {
        if (i) ub_s(b, sep);
        unparse(b, s->items[i], PR_TEST);
    }
}

static void unparse_comprehensions(UBuf *b, ComprehensionSeq *gens)
{
    for (int i = 0; i < gens->n; i++) {
        Comprehension *g = gens->items[i];
        ub_s(b, g->is_async ? " async for " : " for ");
        unparse(b, g->target, PR_TUPLE);
        ub_s(b, " in ");
        unparse(b, g->iter, PR_TEST + 1);
        for (int j = 0; j < g->ifs.n; j++) {
            ub_s(b, " if ");
            unparse(b, g->ifs.items[j], PR_TEST + 1);
        }
    }
}

static void unparse_args(UBuf *b, Arguments *a)
{
    bool first = true;
    int npos = a->posonlyargs.n + a->args.n;
    int di = npos - a->defaults.n;
    for (int i = 0; i < npos; i++) {
        Arg *arg = i < a->posonlyargs.n ? a->posonlyargs.items[i] : a->args.items[i - a->posonlyargs.n];
        if (!first) ub_s(b, ", ");
        first = false;
        ub_s(b, arg->arg);
        if (i >= di) { ub_s(b, "="); unparse(b, a->defaults.items[i - di], PR_TEST); }
        if (a->posonlyargs.n && i == a->posonlyargs.n - 1) ub_s(b, ", /");
    }
    if (a->vararg || a->kwonlyargs.n) {
        if (!first) ub_s(b, ", ");
        first = false;
        ub_s(b, "*");
        if (a->vararg) ub_s(b, a->vararg->arg);
    }
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        ub_s(b, ", ");
        ub_s(b, a->kwonlyargs.items[i]->arg);
        Expr *d = i < a->kw_defaults.n ? a->kw_defaults.items[i] : NULL;
        if (d) { ub_s(b, "="); unparse(b, d, PR_TEST); }
    }
    if (a->kwarg) {
        if (!first) ub_s(b, ", ");
        ub_s(b, "**");
        ub_s(b, a->kwarg->arg);
    }
}

static void unparse_fstring_body(UBuf *b, ExprSeq *values);

static void unparse_fvalue(UBuf *b, Expr *e)
{
    UBuf inner = { b->c, NULL, 0, 0 };
    unparse(&inner, e->v.FormattedValue.value, PR_TEST + 1);
    ub_s(b, "{");
    if (inner.n && inner.d[0] == '{') ub_s(b, " ");
    if (inner.n) ub_add(b, inner.d, inner.n);
    int conv = e->v.FormattedValue.conversion;
    if (conv > 0) { char t[3] = { '!', (char)conv, 0 }; ub_s(b, t); }
    if (e->v.FormattedValue.format_spec) {
        ub_s(b, ":");
        Expr *spec = e->v.FormattedValue.format_spec;
        if (spec->kind == Expr_JoinedStr) unparse_fstring_body(b, &spec->v.JoinedStr.values);
    }
    ub_s(b, "}");
}

static void unparse_fstring_body(UBuf *b, ExprSeq *values)
{
    for (int i = 0; i < values->n; i++) {
        Expr *v = values->items[i];
        if (v->kind == Expr_Constant && v->v.Constant.value.kind == CONST_STR) {
            const char *s = v->v.Constant.value.str;
            for (size_t j = 0; j < v->v.Constant.value.len; j++) {
                if (s[j] == '{') ub_s(b, "{{");
                else if (s[j] == '}') ub_s(b, "}}");
                else ub_add(b, s + j, 1);
            }
        } else if (v->kind == Expr_FormattedValue)
            unparse_fvalue(b, v);
    }
}

static const char *cmp_op_str(CmpOpKind op)
{
    static const char *const s[] = { " == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ", " not in " };
    return s[op];
}

static void unparse(UBuf *b, Expr *e, int level)
{
    switch (e->kind) {
    case Expr_BoolOp: {
        int pr = e->v.BoolOp.op == BoolOp_And ? PR_AND : PR_OR;
        if (level > pr) ub_s(b, "(");
        for (int i = 0; i < e->v.BoolOp.values.n; i++) {
            if (i) ub_s(b, e->v.BoolOp.op == BoolOp_And ? " and " : " or ");
            unparse(b, e->v.BoolOp.values.items[i], pr + 1);
        }
        if (level > pr) ub_s(b, ")");
        return;
    }
    case Expr_BinOp: {
        static const char *const ops[] = { " + ", " - ", " * ", " @ ", " / ", " % ", " ** ", " << ", " >> ", " | ", " ^ ", " & ", " // " };
        static const int prs[] = { PR_ARITH, PR_ARITH, PR_TERM, PR_TERM, PR_TERM, PR_TERM, PR_POWER, PR_SHIFT, PR_SHIFT, PR_BOR, PR_BXOR, PR_BAND, PR_TERM };
        int op = e->v.BinOp.op, pr = prs[op], rassoc = op == Op_Pow;
        if (level > pr) ub_s(b, "(");
        unparse(b, e->v.BinOp.left, pr + rassoc);
        ub_s(b, ops[op]);
        unparse(b, e->v.BinOp.right, pr + !rassoc);
        if (level > pr) ub_s(b, ")");
        return;
    }
    case Expr_UnaryOp: {
        static const char *const ops[] = { "~", "not ", "+", "-" };
        int op = e->v.UnaryOp.op, pr = op == UnaryOp_Not ? PR_NOT : PR_FACTOR;
        if (level > pr) ub_s(b, "(");
        ub_s(b, ops[op]);
        unparse(b, e->v.UnaryOp.operand, pr);
        if (level > pr) ub_s(b, ")");
        return;
    }
    case Expr_Lambda: {
        if (level > PR_TEST) ub_s(b, "(");
        Arguments *a = e->v.Lambda.args;
        bool has = a->posonlyargs.n || a->args.n || a->vararg || a->kwonlyargs.n || a->kwarg;
        ub_s(b, has ? "lambda " : "lambda");
        unparse_args(b, a);
        ub_s(b, ": ");
        unparse(b, e->v.Lambda.body, PR_TEST);
        if (level > PR_TEST) ub_s(b, ")");
        return;
    }
    case Expr_IfExp:
        if (level > PR_TEST) ub_s(b, "(");
        unparse(b, e->v.IfExp.body, PR_TEST + 1);
        ub_s(b, " if ");
        unparse(b, e->v.IfExp.test, PR_TEST + 1);
        ub_s(b, " else ");
        unparse(b, e->v.IfExp.orelse, PR_TEST);
        if (level > PR_TEST) ub_s(b, ")");
        return;
    case Expr_Dict:
        ub_s(b, "{");
        for (int i = 0; i < e->v.Dict.values.n; i++) {
            if (i) ub_s(b, ", ");
            Expr *k = e->v.Dict.keys.items[i];
            if (k) { unparse(b, k, PR_TEST); ub_s(b, ": "); unparse(b, e->v.Dict.values.items[i], PR_TEST); }
            else { ub_s(b, "**"); unparse(b, e->v.Dict.values.items[i], PR_EXPR); }
        }
        ub_s(b, "}");
        return;
    case Expr_Set:
        if (!e->v.Set.elts.n) { ub_s(b, "{*()}"); return; }
        ub_s(b, "{"); unparse_seq(b, &e->v.Set.elts, ", "); ub_s(b, "}");
        return;
    case Expr_ListComp:
        ub_s(b, "["); unparse(b, e->v.ListComp.elt, PR_TEST); unparse_comprehensions(b, &e->v.ListComp.generators); ub_s(b, "]");
        return;
    case Expr_SetComp:
        ub_s(b, "{"); unparse(b, e->v.SetComp.elt, PR_TEST); unparse_comprehensions(b, &e->v.SetComp.generators); ub_s(b, "}");
        return;
    case Expr_DictComp:
        ub_s(b, "{"); unparse(b, e->v.DictComp.key, PR_TEST); ub_s(b, ": "); unparse(b, e->v.DictComp.value, PR_TEST);
        unparse_comprehensions(b, &e->v.DictComp.generators); ub_s(b, "}");
        return;
    case Expr_GeneratorExp:
        ub_s(b, "("); unparse(b, e->v.GeneratorExp.elt, PR_TEST); unparse_comprehensions(b, &e->v.GeneratorExp.generators); ub_s(b, ")");
        return;
    case Expr_Await:
        if (level > PR_AWAIT) ub_s(b, "(");
        ub_s(b, "await ");
        unparse(b, e->v.Await.value, PR_ATOM);
        if (level > PR_AWAIT) ub_s(b, ")");
        return;
    case Expr_Yield:
        if (!e->v.Yield.value) { ub_s(b, "(yield)"); return; }
        ub_s(b, "(yield "); unparse(b, e->v.Yield.value, PR_TEST); ub_s(b, ")");
        return;
    case Expr_YieldFrom:
        ub_s(b, "(yield from "); unparse(b, e->v.YieldFrom.value, PR_TEST); ub_s(b, ")");
        return;
    case Expr_Compare:
        if (level > PR_CMP) ub_s(b, "(");
        unparse(b, e->v.Compare.left, PR_CMP + 1);
        for (int i = 0; i < e->v.Compare.nops; i++) {
            ub_s(b, cmp_op_str(e->v.Compare.ops[i]));
            unparse(b, e->v.Compare.comparators.items[i], PR_CMP + 1);
        }
        if (level > PR_CMP) ub_s(b, ")");
        return;
    case Expr_Call: {
        unparse(b, e->v.Call.func, PR_ATOM);
        ExprSeq *args = &e->v.Call.args;
        if (args->n == 1 && !e->v.Call.keywords.n && args->items[0]->kind == Expr_GeneratorExp) {
            unparse(b, args->items[0], PR_TEST);
            return;
        }
        ub_s(b, "(");
        bool first = true;
        for (int i = 0; i < args->n; i++) { if (!first) ub_s(b, ", "); first = false; unparse(b, args->items[i], PR_TEST); }
        for (int i = 0; i < e->v.Call.keywords.n; i++) {
            Keyword *k = e->v.Call.keywords.items[i];
            if (!first) ub_s(b, ", ");
            first = false;
            if (k->arg) { ub_s(b, k->arg); ub_s(b, "="); }
            else ub_s(b, "**");
            unparse(b, k->value, PR_TEST);
        }
        ub_s(b, ")");
        return;
    }
    case Expr_FormattedValue: {
        UBuf body = { b->c, NULL, 0, 0 };
        unparse_fvalue(&body, e);
        ub_s(b, "f");
        unparse_str_repr(b, body.d ? body.d : "", body.n, false);
        return;
    }
    case Expr_JoinedStr: {
        UBuf body = { b->c, NULL, 0, 0 };
        unparse_fstring_body(&body, &e->v.JoinedStr.values);
        ub_s(b, "f");
        unparse_str_repr(b, body.d ? body.d : "", body.n, false);
        return;
    }
    case Expr_Constant:
        unparse_const(b, &e->v.Constant.value);
        return;
    case Expr_Attribute: {
        Expr *v = e->v.Attribute.value;
        unparse(b, v, PR_ATOM);
        ub_s(b, v->kind == Expr_Constant && v->v.Constant.value.kind == CONST_INT ? " ." : ".");
        ub_s(b, e->v.Attribute.attr);
        return;
    }
    case Expr_Subscript: {
        unparse(b, e->v.Subscript.value, PR_ATOM);
        ub_s(b, "[");
        Expr *s = e->v.Subscript.slice;
        if (s->kind == Expr_Tuple && s->v.Tuple.elts.n) {
            for (int i = 0; i < s->v.Tuple.elts.n; i++) {
                if (i) ub_s(b, ", ");
                unparse(b, s->v.Tuple.elts.items[i], PR_TEST);
            }
            if (s->v.Tuple.elts.n == 1) ub_s(b, ",");
        } else
            unparse(b, s, PR_TUPLE);
        ub_s(b, "]");
        return;
    }
    case Expr_Starred:
        ub_s(b, "*");
        unparse(b, e->v.Starred.value, PR_EXPR);
        return;
    case Expr_Name:
        ub_s(b, e->v.Name.id);
        return;
    case Expr_List:
        ub_s(b, "["); unparse_seq(b, &e->v.List.elts, ", "); ub_s(b, "]");
        return;
    case Expr_Tuple:
        if (!e->v.Tuple.elts.n) { ub_s(b, "()"); return; }
        if (level > PR_TUPLE) ub_s(b, "(");
        unparse_seq(b, &e->v.Tuple.elts, ", ");
        if (e->v.Tuple.elts.n == 1) ub_s(b, ",");
        if (level > PR_TUPLE) ub_s(b, ")");
        return;
    case Expr_Slice:
        if (e->v.Slice.lower) unparse(b, e->v.Slice.lower, PR_TEST);
        ub_s(b, ":");
        if (e->v.Slice.upper) unparse(b, e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) { ub_s(b, ":"); unparse(b, e->v.Slice.step, PR_TEST); }
        return;
    case Expr_NamedExpr:
        if (level > PR_TUPLE) ub_s(b, "(");
        unparse(b, e->v.NamedExpr.target, PR_ATOM);
        ub_s(b, " := ");
        unparse(b, e->v.NamedExpr.value, PR_ATOM);
        if (level > PR_TUPLE) ub_s(b, ")");
        return;
    }
}

static const char *annotation_string(Compiler *c, Expr *e)
{
    UBuf b = { c, NULL, 0, 0 };
    unparse(&b, e, PR_TEST);
    return b.d ? b.d : "";
}

/* -- Assembly ---------------------------------------------------------------------------------- */

static bool is_terminator(int op)
{
    return op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS || op == OP_JUMP ||
           op == OP_JUMP_BACKWARD;
}

/* Stack effect of an instruction (jump: along the taken edge); *bd gets the block-stack effect. */
static int stack_effect(int op, int arg, bool jump, int *bd)
{
    *bd = 0;
    switch (op) {
    case OP_NOP: case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR: case OP_ROT_N: case OP_SWAP:
        return 0;
    case OP_POP_TOP: return -1;
    case OP_DUP_TOP: case OP_COPY: return 1;
    case OP_DUP_TOP_TWO: return 2;
    case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF: case OP_LOAD_NAME: case OP_LOAD_GLOBAL: case OP_LOAD_BUILD_CLASS:
    case OP_LOAD_ASSERTION_ERROR:
        return 1;
    case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_NAME: case OP_STORE_GLOBAL: return -1;
    case OP_LOAD_FAST_DISOWN: return 1;
    case OP_STORE_FAST_DISOWN: return -1;
    case OP_ADD_FAST: return -2;
    case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_NAME: case OP_DELETE_GLOBAL: return 0;
    case OP_LOAD_ATTR: return 0;
    case OP_STORE_ATTR: return -2;
    case OP_DELETE_ATTR: return -1;
    case OP_LOAD_METHOD: return 1;
    case OP_CALL_METHOD: return -arg - 1;
    case OP_CALL_FUNCTION: return -arg;
    case OP_CALL_FUNCTION_KW: return -arg - 1;
    case OP_CALL_FUNCTION_EX: return -1 - (arg & 1);
    case OP_BINARY_OP: return -1;
    case OP_UNARY_POSITIVE: case OP_UNARY_NEGATIVE: case OP_UNARY_NOT: case OP_UNARY_INVERT: return 0;
    case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP: case OP_BINARY_SUBSCR: return -1;
    case OP_STORE_SUBSCR: return -3;
    case OP_DELETE_SUBSCR: return -2;
    case OP_JUMP: case OP_JUMP_BACKWARD: return 0;
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
        return -1;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_GET_ITER: case OP_GET_YIELD_FROM_ITER: return 0;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING: return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_BUILD_CONST_KEY_MAP: return -arg;
    case OP_BUILD_SLICE: return arg == 3 ? -2 : -1;
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE: case OP_DICT_MERGE:
        return -1;
    case OP_MAP_ADD: return -2;
    case OP_LIST_TO_TUPLE: return 0;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_MAKE_FUNCTION: return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1));
    case OP_RETURN_VALUE: return -1;
    case OP_IMPORT_NAME: return -1;
    case OP_IMPORT_FROM: return 1;
    case OP_IMPORT_STAR: return -1;
    case OP_SETUP_FINALLY: *bd = 1; return jump ? 2 : 0;
    case OP_POP_BLOCK: *bd = -1; return 0;
    case OP_POP_EXCEPT: *bd = -1; return -1;
    case OP_RERAISE: return -1;
    case OP_RAISE_VARARGS: return -arg;
    case OP_CHECK_EXC_MATCH: case OP_CHECK_EG_MATCH: return 0;
    case OP_PREP_RERAISE_STAR: return -1;
    case OP_SETUP_WITH: *bd = 1; return jump ? 2 : 1;
    case OP_BEFORE_ASYNC_WITH: return 1;
    case OP_SETUP_ASYNC_WITH: *bd = 1; return jump ? 1 : 0;
    case OP_WITH_EXCEPT_START: return 1;
    case OP_GEN_START: return -1;
    case OP_YIELD_VALUE: return 0;
    case OP_YIELD_FROM: return -1;
    case OP_GET_AWAITABLE: case OP_GET_AITER: return 0;
    case OP_GET_ANEXT: return 1;
    case OP_END_ASYNC_FOR: *bd = -1; return -3;
    case OP_ASYNC_GEN_WRAP: return 0;
    case OP_PRINT_EXPR: return -1;
    case OP_SETUP_ANNOTATIONS: return 0;
    case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS: return 1;
    case OP_MATCH_CLASS: return -2;
    case OP_COPY_DICT_WITHOUT_KEYS: return 1;
    default: return 0;
    }
}

typedef struct Flow { Block **work; int n, cap; } Flow;

static void flow_push(Compiler *c, Flow *f, Block *b, int sd, int bd)
{
    if (b->sdepth >= 0) {
        if (b->sdepth != sd || b->bdepth != bd)
            cerror(c, "internal compiler error: inconsistent stack depth (%d/%d vs %d/%d)", b->sdepth, b->bdepth, sd, bd);
        return;
    }
    b->sdepth = sd;
    b->bdepth = bd;
    f->work = grow(c, f->work, f->n, &f->cap, sizeof(Block *));
    f->work[f->n++] = b;
}

static int compute_flags(CUnit *u, int cflags)
{
    Scope *ste = u->ste;
    int flags = 0;
    if (ste->type == BLOCK_FUNCTION) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (ste->nested) flags |= CO_NESTED;
        if (ste->generator && !ste->coroutine) flags |= CO_GENERATOR;
        if (!ste->generator && ste->coroutine) flags |= CO_COROUTINE;
        if (ste->generator && ste->coroutine) flags |= CO_ASYNC_GENERATOR;
        if (ste->varargs) flags |= CO_VARARGS;
        if (ste->varkeywords) flags |= CO_VARKEYWORDS;
    }
    flags |= cflags & (CO_FUTURE_ANNOTATIONS | CO_FUTURE_BARRY_AS_BDFL);
    /* CPython 3.11 no longer sets CO_NOFREE */
    return flags;
}

/* The first laid, non-empty block from b on (where a jump to b lands). */
static Block *landing(Block *b)
{
    while (b && (b->sdepth < 0 || b->n == 0)) b = b->next;
    return b;
}

static void copy_loc(const Instr *from, Instr *to)
{
    to->lineno = from->lineno; to->col = from->col;
    to->end_lineno = from->end_lineno; to->end_col = from->end_col;
}

/* CPython 3.11's propagate_line_numbers: an instruction without a location takes
   the one before it in its block, and a block's first one the location of the
   jump or fall-through into it when that is its only predecessor. */
static void propagate_locations(CUnit *u)
{
    for (Block *b = u->entry; b; b = b->next) b->npred = 0;
    if (landing(u->entry)) landing(u->entry)->npred++;
    for (Block *b = u->entry; b; b = b->next) {
        if (b->sdepth < 0 || b->n == 0) continue;
        for (int i = 0; i < b->n; i++)
            if (b->ins[i].target) { Block *t = landing(b->ins[i].target); if (t) t->npred++; }
        if (!is_terminator(b->ins[b->n - 1].op)) { Block *t = landing(b->next); if (t) t->npred++; }
    }
    for (Block *b = u->entry; b; b = b->next) {
        if (b->sdepth < 0 || b->n == 0) continue;
        const Instr *prev = NULL;
        for (int i = 0; i < b->n; i++) {
            Instr *ins = &b->ins[i];
            if (ins->lineno < 0) { if (prev) copy_loc(prev, ins); }
            else prev = ins;
            if (ins->target && ins->lineno >= 0) {   /* kiln's blocks may hold jumps before their end */
                Block *t = landing(ins->target);
                if (t && t->npred == 1 && t->ins[0].lineno < 0) copy_loc(ins, &t->ins[0]);
            }
        }
        Instr *last = &b->ins[b->n - 1];
        if (last->lineno >= 0 && !is_terminator(last->op)) {
            Block *t = landing(b->next);
            if (t && t->npred == 1 && t->ins[0].lineno < 0) copy_loc(last, &t->ins[0]);
        }
    }
}

static CUnit *assemble(Compiler *c, bool add_none)
{
    CUnit *u = c->u;
    Block *cur = u->cur;
    if (!(cur->n && cur->ins[cur->n - 1].op == OP_RETURN_VALUE)) {
        /* as CPython's UNSET_LOC: the location of the instruction before (after a
           statement that emitted nothing, e.g. `pass`, that statement's: CPython's NOP) */
        if (u->nemitted != u->stmt_mark) u->lineno = -1;
        if (add_none) load_none(c);
        emit0(c, OP_RETURN_VALUE);
    }
    u->flags = compute_flags(u, c->features);
    if (u->builders) disown_builders(u);
    bool gen = (u->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    if (gen) {
        Block *b = new_block(c);
        CUnit *saved = c->u;
        Block *savecur = u->cur;
        u->cur = b;
        int kind = (u->flags & CO_GENERATOR) ? 0 : (u->flags & CO_COROUTINE) ? 1 : 2;
        u->lineno = u->firstlineno;
        emit(c, OP_GEN_START, kind);
        b->next = u->entry;
        u->entry = b;
        u->cur = savecur;
        c->u = saved;
    }
    /* stack and block depth by flow analysis */
    Flow f = { 0 };
    int maxs = 0, maxb = 0;
    flow_push(c, &f, u->entry, gen ? 1 : 0, 0);
    while (f.n) {
        Block *b = f.work[--f.n];
        int sd = b->sdepth, bd = b->bdepth;
        bool fall = true;
        for (int i = 0; i < b->n; i++) {
            Instr *ins = &b->ins[i];
            int dbd;
            if (ins->target) {
                int td = sd + stack_effect(ins->op, ins->arg, true, &dbd);
                if (td > maxs) maxs = td;
                if (bd + dbd > maxb) maxb = bd + dbd;
                flow_push(c, &f, ins->target, td, bd + dbd);
            }
            sd += stack_effect(ins->op, ins->arg, false, &dbd);
            bd += dbd;
            if (sd < 0 || bd < 0)
                cerror(c, "internal compiler error: negative stack depth at %s in %s", opcode_name(ins->op), u->qualname);
            if (sd > maxs) maxs = sd;
            if (bd > maxb) maxb = bd;
            if (is_terminator(ins->op)) { fall = false; b->n = i + 1; break; }
        }
        if (fall && b->next) flow_push(c, &f, b->next, sd, bd);
    }
    /* jump threading: a JUMP to a block that starts with JUMP goes straight to its target;
       a JUMP to the block laid right after it is dropped */
    for (Block *b = u->entry; b; b = b->next) {
        if (b->sdepth < 0) continue;
        for (int i = 0; i < b->n; i++) {
            Instr *ins = &b->ins[i];
            for (int hops = 0; ins->target && hops < 8; hops++) {
                Block *t = ins->target;
                while (t && t->n == 0) t = t->next;
                if (!t || t->ins[0].op != OP_JUMP || t->ins[0].target == ins->target) break;
                if (ins->op != OP_JUMP) break;   /* a conditional jump must stay forward */
                ins->target = t->ins[0].target;
            }
        }
    }
    {
        int nb = 0, cap = 0;
        Block **order = NULL;
        for (Block *b = u->entry; b; b = b->next)
            if (b->sdepth >= 0) { order = grow(c, order, nb, &cap, sizeof(Block *)); order[nb++] = b; }
        for (int i = nb - 1; i >= 0; i--) {
            Block *b = order[i];
            if (!b->n || b->ins[b->n - 1].op != OP_JUMP) continue;
            Block *nx = b->next;
            while (nx && (nx->sdepth < 0 || nx->n == 0)) nx = nx->next;
            Block *t = b->ins[b->n - 1].target;
            while (t && t->n == 0 && t != nx) t = t->next;
            if (t == nx && nx) b->n--;
        }
    }
    propagate_locations(u);
    /* layout */
    int n = 0;
    for (Block *b = u->entry; b; b = b->next) {
        if (b->sdepth < 0) continue;          /* unreachable: dropped */
        b->offset = n;
        b->laid = true;
        n += b->n;
    }
    u->ncode = n;
    u->code = ast_alloc(POOL, sizeof(uint32_t) * (size_t)(n ? n : 1));
    u->lines = ast_alloc(POOL, sizeof(int32_t) * (size_t)(n ? n : 1));
    u->positions = ast_alloc(POOL, sizeof(CodePosition) * (size_t)(n ? n : 1));
    int k = 0, prevline = u->firstlineno;
    CodePosition prevpos = { u->firstlineno, -1, -1 };
    for (Block *b = u->entry; b; b = b->next) {
        if (b->sdepth < 0) continue;
        for (int i = 0; i < b->n; i++, k++) {
            Instr *ins = &b->ins[i];
            int op = ins->op, arg = ins->arg;
            if (ins->target) {
                if (!ins->target->laid) cerror(c, "internal compiler error: jump to a block not laid out");
                arg = ins->target->offset;
                if (arg >= n) cerror(c, "internal compiler error: jump past the end");
                if (arg <= k) {
                    if (op == OP_JUMP) op = ins->op = OP_JUMP_BACKWARD;
                    else if (op != OP_JUMP_BACKWARD) cerror(c, "internal compiler error: backward conditional jump (%s)", opcode_name(op));
                }
            }
            if (arg < 0 || arg >= (1 << 24)) cerror(c, "internal compiler error: argument out of range");
            u->code[k] = INSN(op, arg);
            if (ins->lineno >= 0) {
                prevline = ins->lineno;
                prevpos = (CodePosition){ ins->end_lineno, (int16_t)ins->col, (int16_t)ins->end_col };
                if (ins->col < 0 || ins->col > INT16_MAX || ins->end_col < 0 || ins->end_col > INT16_MAX)
                    prevpos.col = prevpos.end_col = -1;
            }
            u->lines[k] = prevline;
            u->positions[k] = prevpos;
        }
    }
    u->stacksize = maxs;
    u->blocksize = maxb;
    return u;
}

/* -- Front half entry ---------------------------------------------------------------------------- */

static const char *const known_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations", NULL,
};

static bool future_parse(Compiler *c, Mod *mod)
{
    StmtSeq *body;
    if (mod->kind == Mod_Module) body = &mod->v.Module.body;
    else if (mod->kind == Mod_Interactive) body = &mod->v.Interactive.body;
    else return true;
    bool done = false, found_doc = false;
    int prev_line = 0;
    for (int i = 0; i < body->n; i++) {
        Stmt *s = body->items[i];
        if (done && s->lineno > prev_line) return true;
        prev_line = s->lineno;
        if (s->kind == Stmt_ImportFrom) {
            const char *m = s->v.ImportFrom.module;
            if (m && strcmp(m, "__future__") == 0) {
                const char *msg = NULL;
                char buf[300];
                if (done) msg = "from __future__ imports must occur at the beginning of the file";
                for (int j = 0; j < s->v.ImportFrom.names.n && !msg; j++) {
                    const char *f = s->v.ImportFrom.names.items[j]->name;
                    bool ok = false;
                    for (int k = 0; known_features[k]; k++) if (strcmp(f, known_features[k]) == 0) ok = true;
                    if (strcmp(f, "annotations") == 0) c->features |= CO_FUTURE_ANNOTATIONS;
                    if (strcmp(f, "barry_as_FLUFL") == 0) c->features |= CO_FUTURE_BARRY_AS_BDFL;
                    if (ok) continue;
                    if (strcmp(f, "braces") == 0) msg = "not a chance";
                    else { snprintf(buf, sizeof buf, "future feature %s is not defined", f); msg = buf; }
                }
                if (msg) {
                    CompileError *e = c->err;
                    e->set = true;
                    strcpy(e->type, "SyntaxError");
                    snprintf(e->msg, sizeof e->msg, "%s", msg);
                    e->lineno = s->lineno;
                    e->offset = s->col_offset + 1;
                    e->end_lineno = s->lineno;
                    e->end_offset = -1;
                    e->text = source_line(c, s->lineno);
                    return false;
                }
                c->future_lineno = s->lineno;
            } else
                done = true;
        } else if (s->kind == Stmt_Expr && !found_doc) {
            Expr *e = s->v.Expr.value;
            if (e->kind != Expr_Constant || e->v.Constant.value.kind != CONST_STR) done = true;
            else found_doc = true;
        } else
            done = true;
    }
    return true;
}

CUnit *compile_ast(AstPool *pool, Mod *mod, const char *src, size_t srclen, const char *filename,
                   int flags, int optimize, CompileError *err)
{
    Compiler *c = ast_alloc(pool, sizeof *c);
    c->pool = pool;
    c->err = err;
    c->filename = filename;
    c->src = src;
    c->srclen = srclen;
    c->optimize = optimize;
    c->future_lineno = -1;
    c->features = flags & (CO_FUTURE_ANNOTATIONS | CO_FUTURE_BARRY_AS_BDFL);
    int nl = 1;
    for (size_t i = 0; i < srclen; i++) if (src[i] == '\n') nl++;
    c->line_starts = ast_alloc(pool, sizeof(size_t) * (size_t)(nl + 1));
    c->line_starts[0] = 0;
    int li = 1;
    for (size_t i = 0; i < srclen; i++) if (src[i] == '\n') c->line_starts[li++] = i + 1;
    c->nlines = nl;
    if (!future_parse(c, mod)) return NULL;
    c->st = symtable_build(pool, mod, c->features & CO_FUTURE_ANNOTATIONS, err);
    if (!c->st) {
        if (err->set && !err->text) err->text = source_line(c, err->lineno);
        return NULL;
    }
    if (setjmp(c->jb)) return NULL;
    enter_scope(c, "<module>", CS_MODULE, mod, 1);
    CUnit *u;
    switch (mod->kind) {
    case Mod_Module:
        compile_body(c, &mod->v.Module.body);
        u = assemble(c, true);
        break;
    case Mod_Interactive:
        if (find_ann(&mod->v.Interactive.body)) emit0(c, OP_SETUP_ANNOTATIONS);
        c->interactive = true;
        visit_stmts(c, &mod->v.Interactive.body);
        u = assemble(c, true);
        break;
    default:
        SET_LOC(c, mod->v.Expression.body);
        visit_expr(c, mod->v.Expression.body);
        emit0(c, OP_RETURN_VALUE);
        u = assemble(c, false);
        break;
    }
    exit_scope(c);
    return u;
}

/* -- Disassembly -------------------------------------------------------------------------------- */

#define OP_NAME_STR(n, d) #n,
static const char *const opnames[] = { OPCODES(OP_NAME_STR) };

const char *opcode_name(int op) { return op >= 0 && op < OP_COUNT ? opnames[op] : "???"; }

static bool op_has_jump(int op)
{
    switch (op) {
    case OP_JUMP: case OP_JUMP_BACKWARD: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER: case OP_SETUP_FINALLY: case OP_SETUP_WITH:
    case OP_SETUP_ASYNC_WITH:
        return true;
    default: return false;
    }
}

static bool op_has_name(int op)
{
    switch (op) {
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
    case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        return true;
    default: return false;
    }
}

static bool op_has_local(int op)
{
    return op == OP_LOAD_FAST || op == OP_STORE_FAST || op == OP_DELETE_FAST || op == OP_LOAD_FAST_DISOWN ||
           op == OP_STORE_FAST_DISOWN;
}
static bool op_has_free(int op)
{
    return op == OP_LOAD_DEREF || op == OP_STORE_DEREF || op == OP_DELETE_DEREF || op == OP_LOAD_CLOSURE ||
           op == OP_LOAD_CLASSDEREF;
}

static const char *const cmp_names[] = { "<", "<=", "==", "!=", ">", ">=" };

static void cc_print(CConst *k, FILE *f)
{
    switch (k->kind) {
    case CC_NONE: fputs("None", f); break;
    case CC_TRUE: fputs("True", f); break;
    case CC_FALSE: fputs("False", f); break;
    case CC_ELLIPSIS: fputs("Ellipsis", f); break;
    case CC_INT: fprintf(f, "%s%s", k->neg ? "-" : "", k->digits); break;
    case CC_FLOAT: fprintf(f, "%.17g", k->f); break;
    case CC_IMAG: fprintf(f, "%.17gj", k->f); break;
    case CC_STR: fputc('\'', f); fwrite(k->str, 1, k->len > 60 ? 60 : k->len, f); fputs(k->len > 60 ? "...'" : "'", f); break;
    case CC_BYTES: fputs("b'", f); fwrite(k->str, 1, k->len > 60 ? 60 : k->len, f); fputc('\'', f); break;
    case CC_TUPLE: case CC_FROZENSET:
        fputs(k->kind == CC_TUPLE ? "(" : "frozenset({", f);
        for (int i = 0; i < k->n; i++) { if (i) fputs(", ", f); cc_print(k->items[i], f); }
        if (k->kind == CC_TUPLE && k->n == 1) fputc(',', f);
        fputs(k->kind == CC_TUPLE ? ")" : "})", f);
        break;
    case CC_CODE: fprintf(f, "<code %s>", k->code->qualname); break;
    }
}

void cu_dis(CUnit *u, FILE *f)
{
    fprintf(f, "Disassembly of <code %s> (argcount=%d posonly=%d kwonly=%d stacksize=%d blocksize=%d flags=0x%x)\n",
            u->qualname, u->argcount, u->posonly, u->kwonly, u->stacksize, u->blocksize, u->flags);
    int prevline = -2;
    for (int i = 0; i < u->ncode; i++) {
        uint32_t w = u->code[i];
        int op = INSN_OP(w), arg = (int)INSN_ARG(w);
        if (u->lines[i] != prevline) { fprintf(f, "%4d ", u->lines[i]); prevline = u->lines[i]; }
        else fputs("     ", f);
        fprintf(f, "%5d %-22s", i, opcode_name(op));
        if (op == OP_LOAD_CONST) { fprintf(f, "%d (", arg); cc_print(u->consts[arg], f); fputc(')', f); }
        else if (op_has_name(op)) fprintf(f, "%d (%s)", arg, u->names.keys[arg]);
        else if (op_has_local(op)) fprintf(f, "%d (%s)", arg, u->varnames.keys[arg]);
        else if (op == OP_ADD_FAST) fprintf(f, "%d (%s%s)", arg, u->varnames.keys[arg >> 1], arg & 1 ? " +=" : "");
        else if (op_has_free(op)) fprintf(f, "%d (%s)", arg, arg < u->cellvars.n ? u->cellvars.keys[arg] : u->freevars.keys[arg - u->cellvars.n]);
        else if (op_has_jump(op)) fprintf(f, "to %d", arg);
        else if (op == OP_COMPARE_OP && arg < 6) fprintf(f, "%d (%s)", arg, cmp_names[arg]);
        else if (arg) fprintf(f, "%d", arg);
        fputc('\n', f);
    }
    fputc('\n', f);
    for (int i = 0; i < u->nconsts; i++)
        if (u->consts[i]->kind == CC_CODE) cu_dis(u->consts[i]->code, f);
}

/* -- Back half: Code objects ------------------------------------------------------------------- */

static Value str_of(const char *s, size_t n) { return str_intern(str_new(s, n)); }

static Value cu_value(CUnit *u, Value filename);

static Value cc_value(CConst *k, Value filename)
{
    switch (k->kind) {
    case CC_NONE: return NONE;
    case CC_TRUE: return TRUE_V;
    case CC_FALSE: return FALSE_V;
    case CC_ELLIPSIS: return ELLIPSIS_V;
    case CC_INT: {
        if (k->fits) return int_from_i64(k->small);
        /* in chunks below the int/str digit limit: a big 0x... literal is not limited */
        const char *d = k->digits;
        size_t n = strlen(d), first = n % 600 ? n % 600 : 600;
        Value v = int_from_str(d, first, 10), scale = 0;
        for (size_t i = first; v && i < n; i += 600) {
            if (!scale) {
                char ten[602] = "1";
                memset(ten + 1, '0', 600);
                ten[601] = 0;
                scale = int_from_str(ten, 601, 10);
                if (!scale) return 0;
            }
            Value chunk = int_from_str(d + i, 600, 10);
            v = chunk ? obj_binop(v, scale, BINOP_MULTIPLY) : 0;
            v = v ? obj_binop(v, chunk, BINOP_ADD) : 0;
        }
        return v && k->neg ? obj_neg(v) : v;
    }
    case CC_FLOAT: return float_new(k->f);
    case CC_IMAG: {
        Complex *cx = (Complex *)gc_alloc_noscan(T(complex), sizeof(Complex));
        cx->re = k->re;
        cx->im = k->f;
        return OBJ_VAL(cx);
    }
    case CC_STR: {
        /* like CPython, intern only identifier-like constants */
        bool name_chars = true;
        for (size_t i = 0; i < k->len && name_chars; i++) {
            char ch = k->str[i];
            name_chars = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        }
        return name_chars ? str_of(k->str, k->len) : str_new(k->str, k->len);
    }
    case CC_BYTES: return bytes_new(k->str, k->len);
    case CC_TUPLE: {
        Value t = tuple_new(k->n);
        for (int i = 0; i < k->n; i++) {
            Value v = cc_value(k->items[i], filename);
            if (!v) return 0;
            TUPLE_ITEMS(t)[i] = v;
        }
        return t;
    }
    case CC_FROZENSET: {
        Value s = frozenset_new();
        for (int i = 0; i < k->n; i++) {
            Value v = cc_value(k->items[i], filename);
            if (!v || set_add(s, v) < 0) return 0;
        }
        return s;
    }
    case CC_CODE: return cu_value(k->code, filename);
    }
    return NONE;
}

static Value names_value(const StrMap *m)
{
    Value t = tuple_new(m->n);
    for (int i = 0; i < m->n; i++) TUPLE_ITEMS(t)[i] = str_of(m->keys[i], strlen(m->keys[i]));
    return t;
}

static Value cu_value(CUnit *u, Value filename)
{
    Value consts = tuple_new(u->nconsts);
    for (int i = 0; i < u->nconsts; i++) {
        Value v = cc_value(u->consts[i], filename);
        if (!v) return 0;
        TUPLE_ITEMS(consts)[i] = v;
    }
    Value cv = code_new();
    if (!cv) return 0;
    Code *co = (Code *)cv;
    RawBytes *bc = raw_bytes_frozen((int64_t)u->ncode * 4);
    memcpy(bc->data, u->code, (size_t)u->ncode * 4);
    RawBytes *lt = raw_bytes_frozen((int64_t)u->ncode * 4);
    memcpy(lt->data, u->lines, (size_t)u->ncode * 4);
    STORE(co, bytecode, OBJ_VAL(bc));
    co->ncode = u->ncode;
    STORE(co, consts, consts);
    STORE(co, names, names_value(&u->names));
    STORE(co, varnames, names_value(&u->varnames));
    STORE(co, cellvars, names_value(&u->cellvars));
    STORE(co, freevars, names_value(&u->freevars));
    int nargs = u->argcount + u->kwonly + ((u->flags & CO_VARARGS) ? 1 : 0) + ((u->flags & CO_VARKEYWORDS) ? 1 : 0);
    bool any = false;
    for (int i = 0; i < u->cellvars.n; i++) {
        int j = smap_find(&u->varnames, u->cellvars.keys[i]);
        if (j >= 0 && j < nargs) any = true;
    }
    if (any) {
        Value c2a = tuple_new(u->cellvars.n);
        for (int i = 0; i < u->cellvars.n; i++) {
            int j = smap_find(&u->varnames, u->cellvars.keys[i]);
            TUPLE_ITEMS(c2a)[i] = MKSMALL(j >= 0 && j < nargs ? j : -1);
        }
        STORE(co, cell2arg, c2a);
    }
    STORE(co, filename, filename);
    STORE(co, name, str_of(u->name, strlen(u->name)));
    STORE(co, qualname, str_of(u->qualname, strlen(u->qualname)));
    STORE(co, linetable, OBJ_VAL(lt));
    RawBytes *ps = raw_bytes_frozen((int64_t)u->ncode * (int64_t)sizeof(CodePosition));
    memcpy(ps->data, u->positions, (size_t)u->ncode * sizeof(CodePosition));
    STORE(co, positions, OBJ_VAL(ps));
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->nlocals = u->varnames.n;
    co->stacksize = u->stacksize;
    co->blocksize = u->blocksize;
    co->flags = u->flags;
    co->firstlineno = u->firstlineno;
    STORE(co, docstring, NONE);
    return cv;
}

static Value raise_syntax(const char *type, const char *msg, Value filename, int lineno, int offset,
                          const char *text, int end_lineno, int end_offset)
{
    if (strcmp(type, "RecursionError") == 0) return raise_fmt(E(RecursionError), "%s", msg);
    if (strcmp(type, "MemoryError") == 0) return raise_type_noargs(E(MemoryError));   /* CPython 3.11: no message */
    Type *t = E(SyntaxError);
    if (strcmp(type, "IndentationError") == 0) t = E(IndentationError);
    else if (strcmp(type, "TabError") == 0) t = E(TabError);
    Value vtext = text ? str_new(text, strlen(text)) : NONE;
    Value loc = tuple_pack(6, filename, MKSMALL(lineno), offset == AST_OFFSET_MINUS1 ? MKSMALL(-1) : offset < 0 ? NONE : MKSMALL(offset), vtext,
                           end_lineno < 0 ? NONE : MKSMALL(end_lineno), end_offset == AST_OFFSET_MINUS1 ? MKSMALL(-1)
                           : end_offset < 0 ? NONE : MKSMALL(end_offset));
    Value args[2] = { str_from_cstr(msg), loc };
    Value exc = exc_new(t, args, 2);
    if (!exc) return 0;
    return raise_value(exc);
}

/* Emit the recorded compile-time warnings through _warnings' warn_explicit; one the filters turn
 * into an exception of its own category becomes a SyntaxError (as in CPython). -1: raised. */
static int emit_warnings(AstWarning *w, Value filename)
{
    for (; w; w = w->next) {
        Type *cat = w->deprecation ? E(DeprecationWarning) : E(SyntaxWarning);
        Value msg = str_from_cstr(w->msg);
        if (!msg) return -1;
        if (warnings_warn_explicit(cat, msg, filename, w->lineno) == 0) continue;
        if (!exc_matches(cat)) return -1;
        exc_clear();
        raise_syntax("SyntaxError", w->msg, filename, w->lineno, w->offset, w->text, w->end_lineno,
                     w->end_offset);
        return -1;
    }
    return 0;
}

Value compile_source(const char *src, size_t len, Value filename, const char *mode, int flags, int optimize)
{
    int m = strcmp(mode, "eval") == 0 ? PARSE_EVAL : strcmp(mode, "single") == 0 ? PARSE_SINGLE : PARSE_FILE;
    if (optimize < 0) optimize = R->flag_optimize;
    AstPool *pool = ast_pool_new();
    char *fname = ast_strndup(pool, STR_DATA(filename), (size_t)STR_NBYTES(filename));
    SyntaxErrorInfo perr;
    memset(&perr, 0, sizeof perr);
    Mod *mod = ast_parse(pool, src, len, fname, m,
                         (flags & CO_FUTURE_BARRY_AS_BDFL) ? PARSE_FLAG_BARRY_AS_BDFL : 0, &perr);
    if (perr.warnings && emit_warnings(perr.warnings, filename) < 0) {
        ast_pool_free(pool);
        return 0;
    }
    if (!mod) {
        raise_syntax(perr.type ? perr.type : "SyntaxError", perr.msg, filename, perr.lineno, perr.offset,
                     perr.text, perr.end_lineno, perr.end_offset);
        ast_pool_free(pool);
        return 0;
    }
    CompileError cerr;
    memset(&cerr, 0, sizeof cerr);
    CUnit *u = compile_ast(pool, mod, src, len, fname, flags, optimize, &cerr);
    if (cerr.warnings && emit_warnings(cerr.warnings, filename) < 0) {
        ast_pool_free(pool);
        return 0;
    }
    if (!u) {
        raise_syntax(cerr.type, cerr.msg, filename, cerr.lineno, cerr.offset, cerr.text, cerr.end_lineno,
                     cerr.end_offset);
        ast_pool_free(pool);
        return 0;
    }
    gc_pause();
    Value code = cu_value(u, filename);
    gc_resume();
    ast_pool_free(pool);
    return code;
}

/* Disassemble a Code object (and the code objects among its constants). */
void compile_dis(Value code, FILE *f)
{
    Code *co = (Code *)code;
    fprintf(f, "Disassembly of <code %s> (argcount=%d posonly=%d kwonly=%d nlocals=%d stacksize=%d blocksize=%d flags=0x%x)\n",
            STR_DATA(co->qualname), co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals,
            co->stacksize, co->blocksize, co->flags);
    const uint32_t *ins = (const uint32_t *)((RawBytes *)co->bytecode)->data;
    const int32_t *lines = (const int32_t *)((RawBytes *)co->linetable)->data;
    int64_t ncell = TUPLE_SIZE(co->cellvars);
    int prevline = -2;
    for (int64_t i = 0; i < co->ncode; i++) {
        int op = INSN_OP(ins[i]), arg = (int)INSN_ARG(ins[i]);
        if (lines[i] != prevline) { fprintf(f, "%4d ", lines[i]); prevline = lines[i]; }
        else fputs("     ", f);
        fprintf(f, "%5lld %-22s", (long long)i, opcode_name(op));
        if (op == OP_LOAD_CONST) {
            Value r = obj_repr(TUPLE_ITEMS(co->consts)[arg]);
            if (r) fprintf(f, "%d (%.80s)", arg, STR_DATA(r));
            else { exc_clear(); fprintf(f, "%d (?)", arg); }
        } else if (op_has_name(op)) fprintf(f, "%d (%s)", arg, STR_DATA(TUPLE_ITEMS(co->names)[arg]));
        else if (op_has_local(op)) fprintf(f, "%d (%s)", arg, STR_DATA(TUPLE_ITEMS(co->varnames)[arg]));
        else if (op == OP_ADD_FAST)
            fprintf(f, "%d (%s%s)", arg, STR_DATA(TUPLE_ITEMS(co->varnames)[arg >> 1]), arg & 1 ? " +=" : "");
        else if (op_has_free(op))
            fprintf(f, "%d (%s)", arg, STR_DATA(arg < ncell ? TUPLE_ITEMS(co->cellvars)[arg] : TUPLE_ITEMS(co->freevars)[arg - ncell]));
        else if (op_has_jump(op)) fprintf(f, "to %d", arg);
        else if (op == OP_COMPARE_OP && arg < 6) fprintf(f, "%d (%s)", arg, cmp_names[arg]);
        else if (arg) fprintf(f, "%d", arg);
        fputc('\n', f);
    }
    fputc('\n', f);
    for (int64_t i = 0; i < TUPLE_SIZE(co->consts); i++) {
        Value v = TUPLE_ITEMS(co->consts)[i];
        if (IS_OBJ(v) && AS_OBJ(v)->type == T(code)) compile_dis(v, f);
    }
}
