/* kiln: a hand-written recursive-descent parser for the full Python 3.11 grammar, producing the
 * ASDL-shaped AST of ast.h with CPython's positions and its syntax error messages.
 *
 * Tokens are pulled lazily from the tokenizer into an array, so any point can be revisited: the
 * few places where the grammar needs unbounded lookahead (soft keyword `match`, parenthesised
 * with-items) parse speculatively and rewind. Errors longjmp to the innermost recovery point;
 * all memory comes from the AstPool, so an abandoned parse leaks nothing. Assignment targets are
 * parsed as expressions and then checked and switched to Store/Del context, as CPython 3.8 did. */
#include "ast.h"
#include "tokenizer.h"

#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* -- Parser state ------------------------------------------------------------------------- */

typedef struct Parser {
    AstPool *pool;
    Tokenizer tz;
    Token **chunks;             /* tokens live in fixed chunks, so Token pointers stay valid */
    int nchunks, chunkcap, chunk;
    int ntoks, pos;
    bool tok_failed;
    jmp_buf *jb;
    SyntaxErrorInfo *err;
    const char *buf;            /* whole (decoded) source, for error text */
    size_t len;
    int line_off, col_off;      /* f-string sub-parsers: shift of positions */
    int depth;
    int in_speculation;         /* >0: lookahead for an error message; errors only unwind */
    int alt_spec;               /* >0: trying one grammar alternative (match, with '(') */
    bool pass2;                 /* second pass: specific errors inside alternatives count */
    bool alt_swallowed;         /* a specific error was dropped inside an alternative */
    jmp_buf *root_jb;
    int last_seen;              /* furthest token looked at outside error lookaheads */
    bool no_rest_check;         /* "unexpected indent": CPython does not scan further */
    const char *errsrc;         /* buffer error lines are taken from (the outer source) */
    size_t errsrc_len;
    bool fstring;               /* parsing an f-string replacement field */
    bool err_from_tok;          /* the error came from the tokenizer */
    int fs_after;               /* index of the token after the string run being decoded */
} Parser;

typedef struct Vec { int n, cap; void **items; } Vec;

#define NORET NORETURN
static NORET void syntax_error(Parser *p, const char *type, int l, int c, int el, int ec,
                               const char *fmt, ...) PRINTF(7, 8);

static void vpush(Parser *p, Vec *v, void *x)
{
    if (v->n == v->cap) {
        int nc = v->cap ? v->cap * 2 : 4;
        void **ni = ast_alloc(p->pool, sizeof(void *) * (size_t)nc);
        if (v->n) memcpy(ni, v->items, sizeof(void *) * (size_t)v->n);
        v->items = ni;
        v->cap = nc;
    }
    v->items[v->n++] = x;
}
#define SEQ(T, v) ((T){ (v).n, (void *)(v).items })

/* -- Errors ------------------------------------------------------------------------------- */

/* Byte column -> 1-based character offset within line `lineno` of the error source. */
static int char_offset(Parser *p, int lineno, int col, char **text)
{
    const char *b = p->errsrc;
    size_t n = p->errsrc_len, i = 0;
    for (int l = 1; l < lineno && i < n; i++)
        if (b[i] == '\n') l++;
    size_t ls = i;
    while (i < n && b[i] != '\n') i++;
    if (text) {
        *text = ast_alloc(p->pool, i - ls + 2);
        memcpy(*text, b + ls, i - ls);
        (*text)[i - ls] = i < n ? '\n' : 0;
    }
    if (col < 0) return col;
    int chars = 0;
    for (size_t k = ls; k < ls + (size_t)col && k < n; k++)
        if (((unsigned char)b[k] & 0xC0) != 0x80) chars++;
    if (ls + (size_t)col > i) chars += (int)(ls + (size_t)col - i);
    return chars + 1;
}

static NORET void syntax_error(Parser *p, const char *type, int l, int c, int el, int ec,
                               const char *fmt, ...)
{
    bool generic = strcmp(fmt, "invalid syntax") == 0;
    bool report = !p->in_speculation && (!p->alt_spec || (p->pass2 && !generic));
    if (!p->in_speculation && p->alt_spec && !generic) p->alt_swallowed = true;
    if (report) {
        SyntaxErrorInfo *e = p->err;
        va_list ap;
        va_start(ap, fmt);
        size_t k = 0;
        if (p->fstring && strncmp(fmt, "f-string", 8) != 0 && !(fmt[0] == '%' && strncmp(va_arg(ap, const char *), "f-string", 8) == 0))
            k = (size_t)snprintf(e->msg, sizeof e->msg, "f-string: ");
        va_end(ap);
        va_start(ap, fmt);
        vsnprintf(e->msg + k, sizeof e->msg - k, fmt, ap);
        va_end(ap);
        if (p->fstring) {
            /* CPython 3.11 reports these relative to the "(expr)" text */
            if (l == p->line_off + 1) c -= p->col_off;
            if (el == p->line_off + 1 && ec >= 0) ec -= p->col_off;
            l -= p->line_off;
            el -= p->line_off;
        }
        e->type = type;
        e->lineno = l;
        e->end_lineno = el;
        e->text = NULL;
        e->offset = char_offset(p, l, c, &e->text);
        if (c == -1) e->offset = 0;     /* CPython's raw column for a DEDENT */
        e->end_offset = ec < 0 ? ec : char_offset(p, el, ec, NULL);
        if (p->alt_spec) longjmp(*p->root_jb, 1);
    }
    longjmp(*p->jb, 1);
}

static NORET void raise_tok_error(Parser *p)
{
    if (!p->in_speculation && !p->alt_spec) p->err_from_tok = true;
    TokError *te = &p->tz.err;
    int l = te->lineno + p->line_off, c = te->col, el = te->end_lineno + p->line_off, ec = te->end_col;
    if (te->lineno == 1) c += p->col_off;
    if (te->end_lineno == 1 && ec >= 0) ec += p->col_off;
    syntax_error(p, te->type, l, c, el, ec, "%s", te->msg);
}

/* -- Tokens ------------------------------------------------------------------------------- */

#define TOK_CHUNK 1024

static Token *tok_at(Parser *p, int i) { return &p->chunks[i / p->chunk][i % p->chunk]; }

static Token *tk(Parser *p, int k)
{
    int i = p->pos + k;
    while (p->ntoks <= i) {
        if (p->tok_failed) raise_tok_error(p);
        if (p->ntoks > 0 && tok_at(p, p->ntoks - 1)->type == T_ENDMARKER) return tok_at(p, p->ntoks - 1);
        if (p->ntoks == p->nchunks * p->chunk) {
            if (p->nchunks == p->chunkcap) {
                int nc = p->chunkcap ? p->chunkcap * 2 : 8;
                Token **n = ast_alloc(p->pool, sizeof(Token *) * (size_t)nc);
                if (p->nchunks) memcpy(n, p->chunks, sizeof(Token *) * (size_t)p->nchunks);
                p->chunks = n;
                p->chunkcap = nc;
            }
            p->chunks[p->nchunks++] = ast_alloc(p->pool, sizeof(Token) * (size_t)p->chunk);
        }
        Token *t = tok_at(p, p->ntoks);
        if (tok_next(&p->tz, t) < 0) {
            p->tok_failed = true;
            raise_tok_error(p);
        }
        if (t->lineno == 1) t->col += p->col_off;
        if (t->end_lineno == 1) t->end_col += p->col_off;
        t->lineno += p->line_off;
        t->end_lineno += p->line_off;
        p->ntoks++;
    }
    if (!p->in_speculation && i > p->last_seen) p->last_seen = i;
    return tok_at(p, i);
}

#define CUR (tk(p, 0))
static Token *prev(Parser *p) { return tok_at(p, p->pos - 1); }
static Token *next_tok(Parser *p) { Token *t = tk(p, 0); p->pos++; return t; }
static bool at_op(Parser *p, int type) { return tk(p, 0)->type == type; }
static bool at_kw(Parser *p, int kw) { Token *t = tk(p, 0); return t->type == T_NAME && t->kw == kw; }
static bool tok_is_name(Parser *p, Token *t, const char *s)
{
    size_t n = strlen(s);
    return t->type == T_NAME && t->end - t->start == n && memcmp(p->tz.buf + t->start, s, n) == 0;
}
static bool accept_op(Parser *p, int type) { if (at_op(p, type)) { p->pos++; return true; } return false; }
static bool accept_kw(Parser *p, int kw) { if (at_kw(p, kw)) { p->pos++; return true; } return false; }

static NORET void invalid_syntax_at(Parser *p, Token *t)
{
    if (!p->in_speculation) {
        if (t->type == T_INDENT || t->type == T_DEDENT) p->no_rest_check = !p->alt_spec;
        if (t->type == T_INDENT)
            syntax_error(p, "IndentationError", t->lineno, t->col > 0 ? t->col - 1 : 0, t->lineno, -1,
                         "unexpected indent");
        if (t->type == T_DEDENT)
            syntax_error(p, "IndentationError", t->lineno, t->col, t->lineno, -1, "unexpected unindent");
    }
    syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "invalid syntax");
}
/* Like CPython, a plain syntax error points at the last token the parser looked at. */
static NORET void invalid_syntax(Parser *p)
{
    tk(p, 0);
    invalid_syntax_at(p, tok_at(p, p->in_speculation ? p->ntoks - 1 : p->last_seen));
}

static void expect_op(Parser *p, int type) { if (!accept_op(p, type)) invalid_syntax(p); }

/* `&&':'` in CPython's grammar: "expected ':'" at the current token. */
static void expect_forced(Parser *p, int type)
{
    if (accept_op(p, type)) return;
    Token *t = CUR;
    if (t->type == T_INDENT || t->type == T_DEDENT) invalid_syntax(p);
    syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "expected '%s'",
                 tok_type_name(type));
}

/* `if x NEWLINE`: CPython says "expected ':'" only when the line ends there. */
static void expect_colon_nl(Parser *p)
{
    if (accept_op(p, T_COLON)) return;
    if (at_op(p, T_NEWLINE)) {
        Token *t = CUR;
        syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "expected ':'");
    }
    invalid_syntax(p);
}

static char *tok_str(Parser *p, Token *t) { return ast_strndup(p->pool, p->tz.buf + t->start, t->end - t->start); }

static char *expect_name(Parser *p)
{
    Token *t = CUR;
    if (t->type != T_NAME || t->kw) invalid_syntax(p);
    p->pos++;
    return tok_str(p, t);
}

/* -- Node construction -------------------------------------------------------------------- */

static Expr *new_expr(Parser *p, ExprKind kind, int l, int c)
{
    Expr *e = ast_alloc(p->pool, sizeof *e);
    e->kind = kind;
    e->lineno = l;
    e->col_offset = c;
    Token *pt = prev(p);
    e->end_lineno = pt->end_lineno;
    e->end_col_offset = pt->end_col;
    return e;
}

static Stmt *new_stmt(Parser *p, StmtKind kind, int l, int c)
{
    Stmt *s = ast_alloc(p->pool, sizeof *s);
    s->kind = kind;
    s->lineno = l;
    s->col_offset = c;
    Token *pt = prev(p);
    s->end_lineno = pt->end_lineno;
    s->end_col_offset = pt->end_col;
    return s;
}

#define COPY_END(dst, src) ((dst)->end_lineno = (src)->end_lineno, (dst)->end_col_offset = (src)->end_col_offset)
#define SET_START(dst, src) ((dst)->lineno = (src)->lineno, (dst)->col_offset = (src)->col_offset)

static Expr *mk_name(Parser *p, Token *t, ExprContext ctx)
{
    Expr *e = ast_alloc(p->pool, sizeof *e);
    e->kind = Expr_Name;
    e->v.Name.id = tok_str(p, t);
    e->v.Name.ctx = ctx;
    e->lineno = t->lineno; e->col_offset = t->col;
    e->end_lineno = t->end_lineno; e->end_col_offset = t->end_col;
    return e;
}

/* Composite nodes start at the first token of their rule (a '(' of a parenthesised operand
 * included) and end at the last token consumed, as CPython's EXTRA does. */
static Expr *mk_binop(Parser *p, Token *start, Expr *l, Operator op, Expr *r)
{
    Expr *e = new_expr(p, Expr_BinOp, start->lineno, start->col);
    e->v.BinOp.left = l; e->v.BinOp.op = op; e->v.BinOp.right = r;
    return e;
}

static const char *expr_name(Expr *e)
{
    switch (e->kind) {
    case Expr_Attribute: return "attribute";
    case Expr_Subscript: return "subscript";
    case Expr_Starred: return "starred";
    case Expr_Name: return "name";
    case Expr_List: return "list";
    case Expr_Tuple: return "tuple";
    case Expr_Lambda: return "lambda";
    case Expr_Call: return "function call";
    case Expr_BoolOp: case Expr_BinOp: case Expr_UnaryOp: return "expression";
    case Expr_GeneratorExp: return "generator expression";
    case Expr_Yield: case Expr_YieldFrom: return "yield expression";
    case Expr_Await: return "await expression";
    case Expr_ListComp: return "list comprehension";
    case Expr_SetComp: return "set comprehension";
    case Expr_DictComp: return "dict comprehension";
    case Expr_Dict: return "dict literal";
    case Expr_Set: return "set display";
    case Expr_JoinedStr: case Expr_FormattedValue: return "f-string expression";
    case Expr_Constant:
        switch (e->v.Constant.value.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case Expr_Compare: return "comparison";
    case Expr_IfExp: return "conditional expression";
    case Expr_NamedExpr: return "named expression";
    default: return "expression";
    }
}

enum { TGT_STAR, TGT_DEL, TGT_FOR };

/* CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target. */
static Expr *invalid_target(Expr *e, int kind)
{
    if (!e) return NULL;
    switch (e->kind) {
    case Expr_List: case Expr_Tuple: {
        ExprSeq s = e->kind == Expr_List ? e->v.List.elts : e->v.Tuple.elts;
        for (int i = 0; i < s.n; i++) {
            Expr *r = invalid_target(s.items[i], kind);
            if (r) return r;
        }
        return NULL;
    }
    case Expr_Starred:
        if (kind == TGT_DEL) return e;
        return invalid_target(e->v.Starred.value, kind);
    case Expr_Compare:
        if (kind == TGT_FOR && e->v.Compare.ops[0] == CmpOp_In)
            return invalid_target(e->v.Compare.left, kind);
        return e;
    case Expr_Name: case Expr_Subscript: case Expr_Attribute:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Expr *e, ExprContext ctx)
{
    switch (e->kind) {
    case Expr_Name: e->v.Name.ctx = ctx; break;
    case Expr_Attribute: e->v.Attribute.ctx = ctx; break;
    case Expr_Subscript: e->v.Subscript.ctx = ctx; break;
    case Expr_Starred: e->v.Starred.ctx = ctx; set_ctx(e->v.Starred.value, ctx); break;
    case Expr_List:
        e->v.List.ctx = ctx;
        for (int i = 0; i < e->v.List.elts.n; i++) set_ctx(e->v.List.elts.items[i], ctx);
        break;
    case Expr_Tuple:
        e->v.Tuple.ctx = ctx;
        for (int i = 0; i < e->v.Tuple.elts.n; i++) set_ctx(e->v.Tuple.elts.items[i], ctx);
        break;
    default: break;
    }
}

static NORET void err_node(Parser *p, Expr *e, const char *fmt, ...) PRINTF(3, 4);
static NORET void err_node(Parser *p, Expr *e, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    syntax_error(p, "SyntaxError", e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, "%s", buf);
}

/* Check a target and switch it to Store/Del. */
static void to_target(Parser *p, Expr *e, int kind)
{
    Expr *bad = invalid_target(e, kind);
    if (bad) {
        if (kind == TGT_DEL) err_node(p, bad, "cannot delete %s", expr_name(bad));
        err_node(p, bad, "cannot assign to %s", expr_name(bad));
    }
    set_ctx(e, kind == TGT_DEL ? Ctx_Del : Ctx_Store);
}

/* Nesting bound (CPython's MAXSTACK is 6000 rule calls; ours counts fewer, bigger steps). It
 * keeps the C stack under ~2 MB, so parsing is safe on threads with small stacks too. */
#define PARSE_MAX_DEPTH 1500

static void enter(Parser *p)
{
    if (++p->depth > PARSE_MAX_DEPTH) {
        /* CPython 3.11 raises MemoryError here */
        Token *t = CUR;
        syntax_error(p, "MemoryError", t->lineno, t->col, t->end_lineno, t->end_col,
                     "Parser stack overflowed - Python source too complex to parse");
    }
}
#define LEAVE(p) ((p)->depth--)

/* -- Expressions -------------------------------------------------------------------------- */

static Expr *expression(Parser *p);
static Expr *named_expression(Parser *p);
static Expr *named_expression_ex(Parser *p, bool check_eq);
static Expr *star_expressions(Parser *p);
static Expr *star_named_expression(Parser *p);
static Expr *disjunction(Parser *p);
static Expr *bitwise_or(Parser *p);
static Expr *yield_expr(Parser *p);
static Expr *strings(Parser *p);
static Arguments *parameters(Parser *p, bool is_lambda, int close);
static ComprehensionSeq for_if_clauses(Parser *p);

static bool at_for(Parser *p)
{
    return at_kw(p, KW_for) || (at_kw(p, KW_async) && tk(p, 1)->type == T_NAME && tk(p, 1)->kw == KW_for);
}

/* Can token t begin an expression? */
static bool starts_expr(Token *t)
{
    switch (t->type) {
    case T_NAME:
        switch (t->kw) {
        case 0: case KW_False: case KW_None: case KW_True: case KW_not: case KW_lambda:
        case KW_await: return true;
        default: return false;
        }
    case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE: case T_MINUS:
    case T_PLUS: case T_TILDE: case T_ELLIPSIS: case T_STAR:
        return true;
    default: return false;
    }
}

/* -- Numbers -- */

static Expr *number(Parser *p, Token *t)
{
    const char *s = p->tz.buf + t->start;
    size_t n = t->end - t->start;
    char *b = ast_alloc(p->pool, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) if (s[i] != '_') b[k++] = s[i];
    b[k] = 0;
    Expr *e = new_expr(p, Expr_Constant, t->lineno, t->col);
    Constant *c = &e->v.Constant.value;
    if (b[k - 1] == 'j' || b[k - 1] == 'J') {
        b[k - 1] = 0;
        c->kind = CONST_IMAG;
        c->f = strtod(b, NULL);
        return e;
    }
    int base = 10;
    const char *d = b;
    if (b[0] == '0' && (b[1] == 'x' || b[1] == 'X')) { base = 16; d = b + 2; }
    else if (b[0] == '0' && (b[1] == 'o' || b[1] == 'O')) { base = 8; d = b + 2; }
    else if (b[0] == '0' && (b[1] == 'b' || b[1] == 'B')) { base = 2; d = b + 2; }
    else if (strpbrk(b, ".eE")) {
        c->kind = CONST_FLOAT;
        c->f = strtod(b, NULL);
        return e;
    }
    c->kind = CONST_INT;
    if (base == 10) {
        while (d[0] == '0' && d[1]) d++;
        c->digits = d;
    } else {
        /* convert to decimal: limbs of 1e9, little endian */
        size_t nd = strlen(d);
        size_t cap = nd / 2 + 2;
        uint32_t *limb = ast_alloc(p->pool, cap * sizeof(uint32_t));
        size_t nl = 1;
        for (size_t i = 0; i < nd; i++) {
            int ch = d[i];
            uint64_t carry = (uint64_t)(ch <= '9' ? ch - '0' : (ch | 32) - 'a' + 10);
            for (size_t j = 0; j < nl; j++) {
                uint64_t v = (uint64_t)limb[j] * (uint64_t)base + carry;
                limb[j] = (uint32_t)(v % 1000000000u);
                carry = v / 1000000000u;
            }
            while (carry) { limb[nl++] = (uint32_t)(carry % 1000000000u); carry /= 1000000000u; }
        }
        char *out = ast_alloc(p->pool, nl * 9 + 2);
        int w = sprintf(out, "%u", limb[nl - 1]);
        for (size_t j = nl - 1; j-- > 0;) w += sprintf(out + w, "%09u", limb[j]);
        c->digits = out;
    }
    size_t dl = strlen(c->digits);
    if (dl < 19 || (dl == 19 && strcmp(c->digits, "9223372036854775807") <= 0)) {
        c->fits = true;
        c->small = strtoll(c->digits, NULL, 10);
    }
    return e;
}

/* -- Atoms -- */

static Expr *mk_const(Parser *p, ConstKind k, Token *t)
{
    Expr *e = new_expr(p, Expr_Constant, t->lineno, t->col);
    e->v.Constant.value.kind = k;
    return e;
}

static Expr *comprehension_expr(Parser *p, ExprKind kind, Expr *elt, int l, int c, int close)
{
    if (elt->kind == Expr_Starred)
        err_node(p, elt, "iterable unpacking cannot be used in comprehension");
    ComprehensionSeq gens = for_if_clauses(p);
    if (!at_op(p, close)) invalid_syntax(p);
    p->pos++;
    Expr *e = new_expr(p, kind, l, c);
    switch (kind) {
    case Expr_ListComp: e->v.ListComp.elt = elt; e->v.ListComp.generators = gens; break;
    case Expr_SetComp: e->v.SetComp.elt = elt; e->v.SetComp.generators = gens; break;
    default: e->v.GeneratorExp.elt = elt; e->v.GeneratorExp.generators = gens; break;
    }
    return e;
}

/* "invalid syntax. Perhaps you forgot a comma?": inside brackets, an expression directly followed
 * by another one (CPython's invalid_expression rule). */
static void check_forgot_comma(Parser *p, Expr *a)
{
    Token *t = CUR;
    if (!a || !starts_expr(t) || t->type == T_STAR) return;
    if (a->kind == Expr_Starred || a->kind == Expr_NamedExpr || a->kind == Expr_Lambda ||
        a->kind == Expr_IfExp)
        return;
    if (a->kind == Expr_Name && (t->type == T_STRING || strcmp(a->v.Name.id, "print") == 0 ||
                                 strcmp(a->v.Name.id, "exec") == 0))
        return;
    Token *at = NULL;
    for (int i = p->pos - 1; i >= 0; i--) {
        Token *x = tok_at(p, i);
        if (x->lineno == a->lineno && x->col == a->col_offset) { at = x; break; }
        if (x->lineno < a->lineno) break;
    }
    if (at && (tok_is_name(p, at, "match") || tok_is_name(p, at, "case") || tok_is_name(p, at, "_")))
        return;
    int save = p->pos;
    jmp_buf jb, *saved = p->jb;
    Expr *volatile b = NULL;
    p->in_speculation++;
    if (setjmp(jb) == 0) {
        p->jb = &jb;
        b = expression(p);
    }
    p->jb = saved;
    p->in_speculation--;
    p->pos = save;
    if (b)
        syntax_error(p, "SyntaxError", a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                     "invalid syntax. Perhaps you forgot a comma?");
}

static void expect_close(Parser *p, int close, Expr *last)
{
    if (accept_op(p, close)) return;
    check_forgot_comma(p, last);
    invalid_syntax(p);
}

static Expr *atom(Parser *p)
{
    Token *t = CUR;
    int l = t->lineno, c = t->col;
    switch (t->type) {
    case T_NAME:
        switch (t->kw) {
        case 0: p->pos++; return mk_name(p, t, Ctx_Load);
        case KW_True: p->pos++; return mk_const(p, CONST_TRUE, t);
        case KW_False: p->pos++; return mk_const(p, CONST_FALSE, t);
        case KW_None: p->pos++; return mk_const(p, CONST_NONE, t);
        default: invalid_syntax(p);
        }
    case T_NUMBER: p->pos++; return number(p, t);
    case T_STRING: return strings(p);
    case T_ELLIPSIS: p->pos++; return mk_const(p, CONST_ELLIPSIS, t);
    case T_LPAR: {
        p->pos++;
        if (accept_op(p, T_RPAR)) {
            Expr *e = new_expr(p, Expr_Tuple, l, c);
            e->v.Tuple.ctx = Ctx_Load;
            return e;
        }
        if (at_kw(p, KW_yield)) {
            Expr *y = yield_expr(p);
            expect_op(p, T_RPAR);
            return y;
        }
        Expr *first = star_named_expression(p);
        if (at_for(p)) return comprehension_expr(p, Expr_GeneratorExp, first, l, c, T_RPAR);
        if (accept_op(p, T_RPAR)) {
            if (first->kind == Expr_Starred) err_node(p, first, "cannot use starred expression here");
            return first;
        }
        if (!at_op(p, T_COMMA)) expect_close(p, T_RPAR, first);
        Vec v = {0};
        vpush(p, &v, first);
        while (accept_op(p, T_COMMA)) {
            if (at_op(p, T_RPAR)) break;
            vpush(p, &v, star_named_expression(p));
        }
        expect_close(p, T_RPAR, v.items[v.n - 1]);
        Expr *e = new_expr(p, Expr_Tuple, l, c);
        e->v.Tuple.elts = SEQ(ExprSeq, v);
        e->v.Tuple.ctx = Ctx_Load;
        return e;
    }
    case T_LSQB: {
        p->pos++;
        Vec v = {0};
        if (!at_op(p, T_RSQB)) {
            Expr *first = star_named_expression(p);
            if (at_for(p)) return comprehension_expr(p, Expr_ListComp, first, l, c, T_RSQB);
            vpush(p, &v, first);
            while (accept_op(p, T_COMMA)) {
                if (at_op(p, T_RSQB)) break;
                vpush(p, &v, star_named_expression(p));
            }
        }
        expect_close(p, T_RSQB, v.n ? v.items[v.n - 1] : NULL);
        Expr *e = new_expr(p, Expr_List, l, c);
        e->v.List.elts = SEQ(ExprSeq, v);
        e->v.List.ctx = Ctx_Load;
        return e;
    }
    case T_LBRACE: {
        p->pos++;
        if (accept_op(p, T_RBRACE)) return new_expr(p, Expr_Dict, l, c);
        Vec keys = {0}, vals = {0};
        Expr *first = NULL;
        if (accept_op(p, T_DOUBLESTAR)) {
            vpush(p, &keys, NULL);
            vpush(p, &vals, bitwise_or(p));
        } else {
            first = star_named_expression(p);
            if (accept_op(p, T_COLON)) {
                if (at_op(p, T_COMMA) || at_op(p, T_RBRACE)) {
                    Token *ct = prev(p);
                    syntax_error(p, "SyntaxError", ct->lineno, ct->col, ct->end_lineno, ct->end_col,
                                 "expression expected after dictionary key and ':'");
                }
                Expr *val = expression(p);
                if (at_for(p)) {
                    ComprehensionSeq gens = for_if_clauses(p);
                    expect_op(p, T_RBRACE);
                    Expr *e = new_expr(p, Expr_DictComp, l, c);
                    e->v.DictComp.key = first;
                    e->v.DictComp.value = val;
                    e->v.DictComp.generators = gens;
                    return e;
                }
                vpush(p, &keys, first);
                vpush(p, &vals, val);
            } else {
                /* a set */
                if (at_for(p)) return comprehension_expr(p, Expr_SetComp, first, l, c, T_RBRACE);
                Vec v = {0};
                vpush(p, &v, first);
                while (accept_op(p, T_COMMA)) {
                    if (at_op(p, T_RBRACE)) break;
                    vpush(p, &v, star_named_expression(p));
                }
                expect_close(p, T_RBRACE, v.items[v.n - 1]);
                Expr *e = new_expr(p, Expr_Set, l, c);
                e->v.Set.elts = SEQ(ExprSeq, v);
                return e;
            }
        }
        while (accept_op(p, T_COMMA)) {
            if (at_op(p, T_RBRACE)) break;
            if (accept_op(p, T_DOUBLESTAR)) {
                vpush(p, &keys, NULL);
                vpush(p, &vals, bitwise_or(p));
                continue;
            }
            Expr *k = expression(p);
            if (!at_op(p, T_COLON))
                syntax_error(p, "SyntaxError", k->lineno, k->end_col_offset - 1, k->end_lineno, -1,
                             "':' expected after dictionary key");
            p->pos++;
            if (at_op(p, T_COMMA) || at_op(p, T_RBRACE)) {
                Token *ct = prev(p);
                syntax_error(p, "SyntaxError", ct->lineno, ct->col, ct->end_lineno, ct->end_col,
                             "expression expected after dictionary key and ':'");
            }
            vpush(p, &keys, k);
            vpush(p, &vals, expression(p));
        }
        expect_close(p, T_RBRACE, vals.items[vals.n - 1]);
        Expr *e = new_expr(p, Expr_Dict, l, c);
        e->v.Dict.keys = SEQ(ExprSeq, keys);
        e->v.Dict.values = SEQ(ExprSeq, vals);
        return e;
    }
    default:
        invalid_syntax(p);
    }
}

/* -- Trailers: calls, subscripts, attributes -- */

static Expr *slice_item(Parser *p)
{
    Token *t = CUR;
    int l = t->lineno, c = t->col;
    if (at_op(p, T_STAR)) {
        p->pos++;
        Expr *v = bitwise_or(p);
        Expr *e = new_expr(p, Expr_Starred, l, c);
        e->v.Starred.value = v;
        e->v.Starred.ctx = Ctx_Load;
        return e;
    }
    Expr *lower = NULL;
    if (!at_op(p, T_COLON)) {
        lower = named_expression(p);
        if (!at_op(p, T_COLON)) return lower;
    }
    p->pos++;
    Expr *upper = NULL, *step = NULL;
    if (!at_op(p, T_COLON) && !at_op(p, T_COMMA) && !at_op(p, T_RSQB)) upper = expression(p);
    if (accept_op(p, T_COLON)) {
        if (!at_op(p, T_COMMA) && !at_op(p, T_RSQB)) step = expression(p);
    }
    Expr *e = new_expr(p, Expr_Slice, l, c);
    e->v.Slice.lower = lower;
    e->v.Slice.upper = upper;
    e->v.Slice.step = step;
    return e;
}

static Expr *slices(Parser *p)
{
    Token *t = CUR;
    int l = t->lineno, c = t->col;
    Expr *first = slice_item(p);
    if (!at_op(p, T_COMMA)) {
        if (first->kind == Expr_Starred) {
            /* a[*b] is a one-element tuple */
            Vec v = {0};
            vpush(p, &v, first);
            Expr *e = new_expr(p, Expr_Tuple, l, c);
            e->v.Tuple.elts = SEQ(ExprSeq, v);
            e->v.Tuple.ctx = Ctx_Load;
            return e;
        }
        return first;
    }
    Vec v = {0};
    vpush(p, &v, first);
    while (accept_op(p, T_COMMA)) {
        if (at_op(p, T_RSQB)) break;
        vpush(p, &v, slice_item(p));
    }
    Expr *e = new_expr(p, Expr_Tuple, l, c);
    e->v.Tuple.elts = SEQ(ExprSeq, v);
    e->v.Tuple.ctx = Ctx_Load;
    return e;
}

static Expr *call_trailer(Parser *p, Expr *func, Token *start)
{
    Token *open = next_tok(p);   /* '(' */
    Vec args = {0}, kws = {0};
    bool seen_kw = false, seen_dstar = false;
    const char *late_err = NULL;    /* reported, like CPython, once all arguments are read */
    while (!at_op(p, T_RPAR)) {
        Token *t = CUR;
        int l = t->lineno, c = t->col;
        if (accept_op(p, T_STAR)) {
            Expr *v = expression(p);
            Expr *e = new_expr(p, Expr_Starred, l, c);
            e->v.Starred.value = v;
            e->v.Starred.ctx = Ctx_Load;
            if (seen_dstar)
                err_node(p, e, "iterable argument unpacking follows keyword argument unpacking");
            vpush(p, &args, e);
        } else if (accept_op(p, T_DOUBLESTAR)) {
            Expr *v = expression(p);
            Keyword *k = ast_alloc(p->pool, sizeof *k);
            k->value = v;
            k->lineno = l; k->col_offset = c;
            k->end_lineno = prev(p)->end_lineno; k->end_col_offset = prev(p)->end_col;
            vpush(p, &kws, k);
            seen_dstar = true;
        } else if (t->type == T_NAME && (!t->kw || t->kw == KW_True || t->kw == KW_False || t->kw == KW_None)
                   && tk(p, 1)->type == T_EQUAL) {
            if (t->kw) {
                if (t->kw == KW_True || t->kw == KW_False || t->kw == KW_None)
                    syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col,
                                 "cannot assign to %s", tok_keyword_name(t->kw));
                invalid_syntax(p);
            }
            p->pos += 2;
            Expr *v = expression(p);
            if (at_for(p)) {
                syntax_error(p, "SyntaxError", v->lineno, v->col_offset, v->end_lineno, v->end_col_offset,
                             "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            Keyword *k = ast_alloc(p->pool, sizeof *k);
            k->arg = tok_str(p, t);
            k->value = v;
            k->lineno = l; k->col_offset = c;
            k->end_lineno = prev(p)->end_lineno; k->end_col_offset = prev(p)->end_col;
            vpush(p, &kws, k);
            seen_kw = true;
        } else {
            Expr *e = named_expression_ex(p, false);
            if (at_for(p)) {
                Expr *g = ast_alloc(p->pool, sizeof *g);
                ComprehensionSeq gens;
                if (e->kind == Expr_Starred) err_node(p, e, "iterable unpacking cannot be used in comprehension");
                gens = for_if_clauses(p);
                g->kind = Expr_GeneratorExp;
                g->v.GeneratorExp.elt = e;
                g->v.GeneratorExp.generators = gens;
                if (args.n + kws.n > 0 || !at_op(p, T_RPAR)) {
                    if (at_op(p, T_COMMA) && tk(p, 1)->type == T_RPAR && args.n + kws.n == 0) {
                        /* f(x for x in y,) */
                        syntax_error(p, "SyntaxError", e->lineno, e->col_offset, prev(p)->end_lineno,
                                     prev(p)->end_col, "Generator expression must be parenthesized");
                    }
                    syntax_error(p, "SyntaxError", e->lineno, e->col_offset, prev(p)->end_lineno,
                                 prev(p)->end_col, "Generator expression must be parenthesized");
                }
                p->pos++;
                g->lineno = open->lineno; g->col_offset = open->col;
                g->end_lineno = prev(p)->end_lineno; g->end_col_offset = prev(p)->end_col;
                vpush(p, &args, g);
                Expr *call = new_expr(p, Expr_Call, start->lineno, start->col);
                call->v.Call.func = func;
                call->v.Call.args = SEQ(ExprSeq, args);
                return call;
            }
            if (at_op(p, T_EQUAL)) {
                Token *eq = CUR;
                syntax_error(p, "SyntaxError", e->lineno, e->col_offset, eq->end_lineno, eq->end_col,
                             "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (!late_err && seen_dstar) late_err = "positional argument follows keyword argument unpacking";
            if (!late_err && seen_kw) late_err = "positional argument follows keyword argument";
            vpush(p, &args, e);
        }
        if (!accept_op(p, T_COMMA)) break;
    }
    if (late_err && !at_op(p, T_RPAR)) {
        Token *t = tok_at(p, p->last_seen);
        syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "%s", late_err);
    }
    if (!at_op(p, T_RPAR)) {
        if (args.n + kws.n > 0 && prev(p)->type != T_COMMA)
            check_forgot_comma(p, args.n ? args.items[args.n - 1] : ((Keyword *)kws.items[kws.n - 1])->value);
        invalid_syntax(p);
    }
    if (late_err) {
        Token *t = tok_at(p, p->last_seen);
        syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "%s", late_err);
    }
    p->pos++;
    Expr *call = new_expr(p, Expr_Call, start->lineno, start->col);
    call->v.Call.func = func;
    call->v.Call.args = SEQ(ExprSeq, args);
    call->v.Call.keywords = SEQ(KeywordSeq, kws);
    return call;
}

static Expr *primary(Parser *p)
{
    Token *start = CUR;
    Expr *e = atom(p);
    for (;;) {
        Token *t = CUR;
        if (t->type == T_DOT) {
            p->pos++;
            Token *nt = CUR;
            if (nt->type != T_NAME || nt->kw) invalid_syntax(p);
            p->pos++;
            Expr *a = new_expr(p, Expr_Attribute, start->lineno, start->col);
            a->v.Attribute.value = e;
            a->v.Attribute.attr = tok_str(p, nt);
            a->v.Attribute.ctx = Ctx_Load;
            e = a;
        } else if (t->type == T_LPAR) {
            e = call_trailer(p, e, start);
        } else if (t->type == T_LSQB) {
            p->pos++;
            Expr *s = slices(p);
            expect_close(p, T_RSQB, s->kind == Expr_Tuple && s->v.Tuple.elts.n ? s->v.Tuple.elts.items[s->v.Tuple.elts.n - 1] : s);
            Expr *a = new_expr(p, Expr_Subscript, start->lineno, start->col);
            a->v.Subscript.value = e;
            a->v.Subscript.slice = s;
            a->v.Subscript.ctx = Ctx_Load;
            e = a;
        } else {
            return e;
        }
    }
}

/* -- Operators -- */

static Expr *factor(Parser *p);

static Expr *power(Parser *p)
{
    Token *t = CUR;
    Expr *e0;
    Expr *e;
    if (t->type == T_NAME && t->kw == KW_await) {
        p->pos++;
        Expr *v = primary(p);
        e = new_expr(p, Expr_Await, t->lineno, t->col);
        e->v.Await.value = v;
    } else {
        e = primary(p);
    }
    if (accept_op(p, T_DOUBLESTAR)) {
        enter(p);
        Expr *r = factor(p);
        LEAVE(p);
        (void)e0;
        return mk_binop(p, t, e, Op_Pow, r);
    }
    return e;
}

static Expr *factor(Parser *p)
{
    Token *t = CUR;
    UnaryOpKind op;
    if (t->type == T_PLUS) op = UnaryOp_UAdd;
    else if (t->type == T_MINUS) op = UnaryOp_USub;
    else if (t->type == T_TILDE) op = UnaryOp_Invert;
    else return power(p);
    p->pos++;
    enter(p);
    Expr *v = factor(p);
    LEAVE(p);
    Expr *e = new_expr(p, Expr_UnaryOp, t->lineno, t->col);
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = v;
    return e;
}

static int binop_of(int type, int level)
{
    switch (level) {
    case 0: return type == T_STAR ? Op_Mult : type == T_SLASH ? Op_Div : type == T_DOUBLESLASH ? Op_FloorDiv
                 : type == T_PERCENT ? Op_Mod : type == T_AT ? Op_MatMult : -1;
    case 1: return type == T_PLUS ? Op_Add : type == T_MINUS ? Op_Sub : -1;
    case 2: return type == T_LEFTSHIFT ? Op_LShift : type == T_RIGHTSHIFT ? Op_RShift : -1;
    case 3: return type == T_AMPER ? Op_BitAnd : -1;
    case 4: return type == T_CIRCUMFLEX ? Op_BitXor : -1;
    case 5: return type == T_VBAR ? Op_BitOr : -1;
    default: return -1;
    }
}

static Expr *binary(Parser *p, int level)
{
    Token *start = CUR;
    Expr *e = level == 0 ? factor(p) : binary(p, level - 1);
    for (;;) {
        int op = binop_of(CUR->type, level);
        if (op < 0) return e;
        p->pos++;
        Expr *r = level == 0 ? factor(p) : binary(p, level - 1);
        e = mk_binop(p, start, e, (Operator)op, r);
    }
}

static Expr *bitwise_or(Parser *p)
{
    enter(p);
    Expr *e = binary(p, 5);
    LEAVE(p);
    return e;
}

static int cmpop_here(Parser *p, int *ntok)
{
    Token *t = CUR;
    *ntok = 1;
    switch (t->type) {
    case T_EQEQUAL: return CmpOp_Eq;
    case T_NOTEQUAL:
        if (p->tz.buf[t->start] == '<') return -1;
        return CmpOp_NotEq;
    case T_LESS: return CmpOp_Lt;
    case T_LESSEQUAL: return CmpOp_LtE;
    case T_GREATER: return CmpOp_Gt;
    case T_GREATEREQUAL: return CmpOp_GtE;
    case T_NAME:
        if (t->kw == KW_in) return CmpOp_In;
        if (t->kw == KW_is) {
            Token *n = tk(p, 1);
            if (n->type == T_NAME && n->kw == KW_not) { *ntok = 2; return CmpOp_IsNot; }
            return CmpOp_Is;
        }
        if (t->kw == KW_not) {
            Token *n = tk(p, 1);
            if (n->type == T_NAME && n->kw == KW_in) { *ntok = 2; return CmpOp_NotIn; }
        }
        return -1;
    default: return -1;
    }
}

static Expr *comparison(Parser *p)
{
    Token *start = CUR;
    Expr *e = bitwise_or(p);
    int ntok;
    int op = cmpop_here(p, &ntok);
    if (op < 0) return e;
    Vec ops = {0}, comps = {0};
    while (op >= 0) {
        p->pos += ntok;
        vpush(p, &ops, (void *)(intptr_t)op);
        vpush(p, &comps, bitwise_or(p));
        op = cmpop_here(p, &ntok);
    }
    Expr *c = new_expr(p, Expr_Compare, start->lineno, start->col);
    c->v.Compare.left = e;
    c->v.Compare.nops = ops.n;
    c->v.Compare.ops = ast_alloc(p->pool, sizeof(CmpOpKind) * (size_t)ops.n);
    for (int i = 0; i < ops.n; i++) c->v.Compare.ops[i] = (CmpOpKind)(intptr_t)ops.items[i];
    c->v.Compare.comparators = SEQ(ExprSeq, comps);
    return c;
}

static Expr *inversion(Parser *p)
{
    Token *t = CUR;
    if (t->type == T_NAME && t->kw == KW_not) {
        p->pos++;
        enter(p);
        Expr *v = inversion(p);
        LEAVE(p);
        Expr *e = new_expr(p, Expr_UnaryOp, t->lineno, t->col);
        e->v.UnaryOp.op = UnaryOp_Not;
        e->v.UnaryOp.operand = v;
        return e;
    }
    return comparison(p);
}

static Expr *boolop(Parser *p, int kw)
{
    Token *start = CUR;
    Expr *e = kw == KW_or ? boolop(p, KW_and) : inversion(p);
    if (!at_kw(p, kw)) return e;
    Vec v = {0};
    vpush(p, &v, e);
    while (accept_kw(p, kw)) vpush(p, &v, kw == KW_or ? boolop(p, KW_and) : inversion(p));
    Expr *b = new_expr(p, Expr_BoolOp, start->lineno, start->col);
    b->v.BoolOp.op = kw == KW_or ? BoolOp_Or : BoolOp_And;
    b->v.BoolOp.values = SEQ(ExprSeq, v);
    return b;
}

static Expr *disjunction(Parser *p) { return boolop(p, KW_or); }

static Expr *lambdef(Parser *p)
{
    Token *t = next_tok(p);
    Arguments *a = parameters(p, true, T_COLON);
    expect_op(p, T_COLON);
    Expr *body = expression(p);
    Expr *e = new_expr(p, Expr_Lambda, t->lineno, t->col);
    e->v.Lambda.args = a;
    e->v.Lambda.body = body;
    return e;
}

static Expr *expression(Parser *p)
{
    enter(p);
    if (at_kw(p, KW_lambda)) {
        Expr *l = lambdef(p);
        LEAVE(p);
        return l;
    }
    Token *start = CUR;
    Expr *d = disjunction(p);
    if (!p->in_speculation && prev(p)->level > 0 && starts_expr(CUR) && !at_op(p, T_STAR)) {
        /* invalid_expression: inside brackets, `a b` */
        bool soft = tok_is_name(p, start, "match") || tok_is_name(p, start, "case") ||
                    tok_is_name(p, start, "_");
        bool name_string = start->type == T_NAME && start->kw == 0 &&
                           d->kind == Expr_Name && CUR->type == T_STRING;
        if (!soft && !name_string) check_forgot_comma(p, d);
    }
    if (at_kw(p, KW_if)) {
        p->pos++;
        Expr *test = disjunction(p);
        if (!at_kw(p, KW_else)) {
            if (at_op(p, T_COLON)) invalid_syntax(p);
            syntax_error(p, "SyntaxError", d->lineno, d->col_offset, test->end_lineno,
                         test->end_col_offset, "expected 'else' after 'if' expression");
        }
        p->pos++;
        Expr *orelse = expression(p);
        Expr *e = new_expr(p, Expr_IfExp, start->lineno, start->col);
        e->v.IfExp.test = test;
        e->v.IfExp.body = d;
        e->v.IfExp.orelse = orelse;
        d = e;
    }
    LEAVE(p);
    return d;
}

/* check_eq: report a stray '=' after the expression (not for call arguments, whose
 * `f(a+1=2)` has its own message). */
static Expr *named_expression_ex(Parser *p, bool check_eq)
{
    Token *t = CUR;
    if (t->type == T_NAME && !t->kw && tk(p, 1)->type == T_COLONEQUAL) {
        p->pos += 2;
        Expr *target = mk_name(p, t, Ctx_Store);
        Expr *v = expression(p);
        Expr *e = new_expr(p, Expr_NamedExpr, t->lineno, t->col);
        e->v.NamedExpr.target = target;
        e->v.NamedExpr.value = v;
        return e;
    }
    Expr *e = expression(p);
    if (at_op(p, T_COLONEQUAL)) {
        int save = p->pos;
        p->pos++;
        jmp_buf jb, *saved = p->jb;
        Expr *volatile b = NULL;
        p->in_speculation++;
        if (setjmp(jb) == 0) {
            p->jb = &jb;
            b = expression(p);
        }
        p->jb = saved;
        p->in_speculation--;
        p->pos = save;
        if (b) err_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
        invalid_syntax(p);
    }
    if (at_op(p, T_EQUAL) && check_eq) {
        /* invalid_named_expression: `if x = 1:` */
        bool paren = t->type == T_LPAR;
        ExprKind k = e->kind;
        int save = p->pos;
        p->pos++;
        jmp_buf jb, *saved = p->jb;
        Expr *volatile b = NULL;
        p->in_speculation++;
        if (setjmp(jb) == 0) {
            p->jb = &jb;
            b = bitwise_or(p);
            if (at_op(p, T_EQUAL) || at_op(p, T_COLONEQUAL)) b = NULL;
        }
        p->jb = saved;
        p->in_speculation--;
        p->pos = save;
        if (b) {
            if (k == Expr_Name && !paren)
                syntax_error(p, "SyntaxError", e->lineno, e->col_offset, b->end_lineno, b->end_col_offset,
                             "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            bool lit = k == Expr_Constant && (e->v.Constant.value.kind == CONST_NONE ||
                                              e->v.Constant.value.kind == CONST_TRUE ||
                                              e->v.Constant.value.kind == CONST_FALSE);
            if (!lit && k != Expr_List && k != Expr_Tuple && k != Expr_GeneratorExp &&
                k != Expr_Compare && k != Expr_BoolOp && k != Expr_IfExp && k != Expr_Lambda &&
                !(k == Expr_UnaryOp && e->v.UnaryOp.op == UnaryOp_Not))
                err_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(e));
        }
    }
    return e;
}

static Expr *named_expression(Parser *p) { return named_expression_ex(p, true); }

static Expr *starred(Parser *p)
{
    Token *t = next_tok(p);
    Expr *v = bitwise_or(p);
    Expr *e = new_expr(p, Expr_Starred, t->lineno, t->col);
    e->v.Starred.value = v;
    e->v.Starred.ctx = Ctx_Load;
    return e;
}

static Expr *star_named_expression(Parser *p)
{
    if (at_op(p, T_STAR)) return starred(p);
    return named_expression(p);
}

static Expr *star_expression(Parser *p)
{
    if (at_op(p, T_STAR)) return starred(p);
    return expression(p);
}

/* star_expressions: a bare tuple when there is a comma. */
static Expr *star_expressions(Parser *p)
{
    Token *start = CUR;
    Expr *first = star_expression(p);
    if (!at_op(p, T_COMMA)) return first;
    Vec v = {0};
    vpush(p, &v, first);
    while (accept_op(p, T_COMMA)) {
        if (!starts_expr(CUR)) break;
        vpush(p, &v, star_expression(p));
    }
    Expr *e = new_expr(p, Expr_Tuple, start->lineno, start->col);
    e->v.Tuple.elts = SEQ(ExprSeq, v);
    e->v.Tuple.ctx = Ctx_Load;
    return e;
}

/* The same, for the other places that take `star_named_expressions`-like lists (return, for). */
static Expr *yield_expr(Parser *p)
{
    Token *t = next_tok(p);
    if (accept_kw(p, KW_from)) {
        Expr *v = expression(p);
        Expr *e = new_expr(p, Expr_YieldFrom, t->lineno, t->col);
        e->v.YieldFrom.value = v;
        return e;
    }
    Expr *v = NULL;
    if (starts_expr(CUR)) v = star_expressions(p);
    Expr *e = new_expr(p, Expr_Yield, t->lineno, t->col);
    e->v.Yield.value = v;
    return e;
}

/* star_targets for `for` loops and comprehensions: stops before `in`. */
static Expr *target_list(Parser *p)
{
    Token *t = CUR;
    Expr *first = at_op(p, T_STAR) ? starred(p) : bitwise_or(p);
    if (!at_op(p, T_COMMA)) return first;
    Vec v = {0};
    vpush(p, &v, first);
    while (accept_op(p, T_COMMA)) {
        if (!starts_expr(CUR)) break;
        vpush(p, &v, at_op(p, T_STAR) ? starred(p) : bitwise_or(p));
    }
    Expr *e = new_expr(p, Expr_Tuple, t->lineno, t->col);
    e->v.Tuple.elts = SEQ(ExprSeq, v);
    e->v.Tuple.ctx = Ctx_Store;
    return e;
}

static ComprehensionSeq for_if_clauses(Parser *p)
{
    Vec v = {0};
    while (at_for(p)) {
        Comprehension *c = ast_alloc(p->pool, sizeof *c);
        if (accept_kw(p, KW_async)) c->is_async = 1;
        p->pos++;
        Expr *t = target_list(p);
        if (!at_kw(p, KW_in)) {
            Expr *bad = invalid_target(t, TGT_FOR);
            if (bad) err_node(p, bad, "cannot assign to %s", expr_name(bad));
            invalid_syntax(p);
        }
        to_target(p, t, TGT_FOR);
        p->pos++;
        c->target = t;
        c->iter = disjunction(p);
        Vec ifs = {0};
        while (accept_kw(p, KW_if)) vpush(p, &ifs, disjunction(p));
        c->ifs = SEQ(ExprSeq, ifs);
        vpush(p, &v, c);
    }
    return SEQ(ComprehensionSeq, v);
}

/* -- Parameters (def and lambda) -- */

static Arg *param(Parser *p, bool is_lambda, bool star_annotation)
{
    Token *t = CUR;
    if (t->type != T_NAME || t->kw) invalid_syntax(p);
    p->pos++;
    Arg *a = ast_alloc(p->pool, sizeof *a);
    a->arg = tok_str(p, t);
    a->lineno = t->lineno; a->col_offset = t->col;
    a->end_lineno = t->end_lineno; a->end_col_offset = t->end_col;
    if (!is_lambda && accept_op(p, T_COLON)) {
        a->annotation = star_annotation && at_op(p, T_STAR) ? starred(p) : expression(p);
        a->end_lineno = prev(p)->end_lineno; a->end_col_offset = prev(p)->end_col;
    }
    return a;
}

static Arguments *parameters(Parser *p, bool is_lambda, int close)
{
    Arguments *a = ast_alloc(p->pool, sizeof *a);
    Vec plain = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0};
    bool seen_default = false, seen_star = false, seen_slash = false;
    while (!at_op(p, close)) {
        Token *t = CUR;
        if (t->type == T_SLASH) {
            if (seen_slash) syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "/ may appear only once");
            if (seen_star) syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "/ must be ahead of *");
            if (plain.n == 0) syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "at least one argument must precede /");
            p->pos++;
            seen_slash = true;
            a->posonlyargs = SEQ(ArgSeq, plain);
            plain = (Vec){0};
        } else if (t->type == T_STAR) {
            if (seen_star) syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "* argument may appear only once");
            p->pos++;
            seen_star = true;
            if (at_op(p, T_COMMA)) {
                Token *n = tk(p, 1);
                if (n->type == close || n->type == T_DOUBLESTAR)
                    syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "named arguments must follow bare *");
            } else if (at_op(p, close)) {
                syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "named arguments must follow bare *");
            } else {
                a->vararg = param(p, is_lambda, true);
                if (at_op(p, T_EQUAL)) {
                    Token *e = CUR;
                    syntax_error(p, "SyntaxError", e->lineno, e->col, e->end_lineno, e->end_col, "var-positional argument cannot have default value");
                }
            }
        } else if (t->type == T_DOUBLESTAR) {
            p->pos++;
            a->kwarg = param(p, is_lambda, false);
            if (at_op(p, T_EQUAL)) {
                Token *e = CUR;
                syntax_error(p, "SyntaxError", e->lineno, e->col, e->end_lineno, e->end_col, "var-keyword argument cannot have default value");
            }
            accept_op(p, T_COMMA);
            if (!at_op(p, close)) {
                Token *e = CUR;
                syntax_error(p, "SyntaxError", e->lineno, e->col, e->end_lineno, e->end_col, "arguments cannot follow var-keyword argument");
            }
            break;
        } else {
            Arg *arg = param(p, is_lambda, false);
            Expr *def = NULL;
            if (accept_op(p, T_EQUAL)) def = expression(p);
            if (seen_star) {
                vpush(p, &kwonly, arg);
                vpush(p, &kwdefaults, def);
            } else {
                vpush(p, &plain, arg);
                if (def) { vpush(p, &defaults, def); seen_default = true; }
                else if (seen_default && (at_op(p, T_COMMA) || at_op(p, close)))
                    syntax_error(p, "SyntaxError", arg->lineno, arg->col_offset, arg->end_lineno,
                                 arg->end_col_offset, "non-default argument follows default argument");
            }
        }
        if (!accept_op(p, T_COMMA)) break;
    }
    a->args = SEQ(ArgSeq, plain);
    a->defaults = SEQ(ExprSeq, defaults);
    a->kwonlyargs = SEQ(ArgSeq, kwonly);
    a->kw_defaults = SEQ(ExprSeq, kwdefaults);
    return a;
}

/* -- String literals ---------------------------------------------------------------------- */

/* \N{...}: a partial table of names (printable ASCII, Latin-1, general punctuation and a few
 * common symbols; kiln's C core has no Unicode name database yet), plus the algorithmic
 * "CJK UNIFIED IDEOGRAPH-XXXX" names. Other names are a SyntaxError. Generated from CPython's
 * unicodedata. */
static const struct { const char *name; int cp; } uni_names[] = {
    { "SPACE", 0x20 }, { "EXCLAMATION MARK", 0x21 }, { "QUOTATION MARK", 0x22 },
    { "NUMBER SIGN", 0x23 }, { "DOLLAR SIGN", 0x24 }, { "PERCENT SIGN", 0x25 },
    { "AMPERSAND", 0x26 }, { "APOSTROPHE", 0x27 }, { "LEFT PARENTHESIS", 0x28 },
    { "RIGHT PARENTHESIS", 0x29 }, { "ASTERISK", 0x2A }, { "PLUS SIGN", 0x2B },
    { "COMMA", 0x2C }, { "HYPHEN-MINUS", 0x2D }, { "FULL STOP", 0x2E }, { "SOLIDUS", 0x2F },
    { "DIGIT ZERO", 0x30 }, { "DIGIT ONE", 0x31 }, { "DIGIT TWO", 0x32 },
    { "DIGIT THREE", 0x33 }, { "DIGIT FOUR", 0x34 }, { "DIGIT FIVE", 0x35 },
    { "DIGIT SIX", 0x36 }, { "DIGIT SEVEN", 0x37 }, { "DIGIT EIGHT", 0x38 },
    { "DIGIT NINE", 0x39 }, { "COLON", 0x3A }, { "SEMICOLON", 0x3B },
    { "LESS-THAN SIGN", 0x3C }, { "EQUALS SIGN", 0x3D }, { "GREATER-THAN SIGN", 0x3E },
    { "QUESTION MARK", 0x3F }, { "COMMERCIAL AT", 0x40 }, { "LATIN CAPITAL LETTER A", 0x41 },
    { "LATIN CAPITAL LETTER B", 0x42 }, { "LATIN CAPITAL LETTER C", 0x43 },
    { "LATIN CAPITAL LETTER D", 0x44 }, { "LATIN CAPITAL LETTER E", 0x45 },
    { "LATIN CAPITAL LETTER F", 0x46 }, { "LATIN CAPITAL LETTER G", 0x47 },
    { "LATIN CAPITAL LETTER H", 0x48 }, { "LATIN CAPITAL LETTER I", 0x49 },
    { "LATIN CAPITAL LETTER J", 0x4A }, { "LATIN CAPITAL LETTER K", 0x4B },
    { "LATIN CAPITAL LETTER L", 0x4C }, { "LATIN CAPITAL LETTER M", 0x4D },
    { "LATIN CAPITAL LETTER N", 0x4E }, { "LATIN CAPITAL LETTER O", 0x4F },
    { "LATIN CAPITAL LETTER P", 0x50 }, { "LATIN CAPITAL LETTER Q", 0x51 },
    { "LATIN CAPITAL LETTER R", 0x52 }, { "LATIN CAPITAL LETTER S", 0x53 },
    { "LATIN CAPITAL LETTER T", 0x54 }, { "LATIN CAPITAL LETTER U", 0x55 },
    { "LATIN CAPITAL LETTER V", 0x56 }, { "LATIN CAPITAL LETTER W", 0x57 },
    { "LATIN CAPITAL LETTER X", 0x58 }, { "LATIN CAPITAL LETTER Y", 0x59 },
    { "LATIN CAPITAL LETTER Z", 0x5A }, { "LEFT SQUARE BRACKET", 0x5B },
    { "REVERSE SOLIDUS", 0x5C }, { "RIGHT SQUARE BRACKET", 0x5D },
    { "CIRCUMFLEX ACCENT", 0x5E }, { "LOW LINE", 0x5F }, { "GRAVE ACCENT", 0x60 },
    { "LATIN SMALL LETTER A", 0x61 }, { "LATIN SMALL LETTER B", 0x62 },
    { "LATIN SMALL LETTER C", 0x63 }, { "LATIN SMALL LETTER D", 0x64 },
    { "LATIN SMALL LETTER E", 0x65 }, { "LATIN SMALL LETTER F", 0x66 },
    { "LATIN SMALL LETTER G", 0x67 }, { "LATIN SMALL LETTER H", 0x68 },
    { "LATIN SMALL LETTER I", 0x69 }, { "LATIN SMALL LETTER J", 0x6A },
    { "LATIN SMALL LETTER K", 0x6B }, { "LATIN SMALL LETTER L", 0x6C },
    { "LATIN SMALL LETTER M", 0x6D }, { "LATIN SMALL LETTER N", 0x6E },
    { "LATIN SMALL LETTER O", 0x6F }, { "LATIN SMALL LETTER P", 0x70 },
    { "LATIN SMALL LETTER Q", 0x71 }, { "LATIN SMALL LETTER R", 0x72 },
    { "LATIN SMALL LETTER S", 0x73 }, { "LATIN SMALL LETTER T", 0x74 },
    { "LATIN SMALL LETTER U", 0x75 }, { "LATIN SMALL LETTER V", 0x76 },
    { "LATIN SMALL LETTER W", 0x77 }, { "LATIN SMALL LETTER X", 0x78 },
    { "LATIN SMALL LETTER Y", 0x79 }, { "LATIN SMALL LETTER Z", 0x7A },
    { "LEFT CURLY BRACKET", 0x7B }, { "VERTICAL LINE", 0x7C }, { "RIGHT CURLY BRACKET", 0x7D },
    { "TILDE", 0x7E }, { "NO-BREAK SPACE", 0xA0 }, { "INVERTED EXCLAMATION MARK", 0xA1 },
    { "CENT SIGN", 0xA2 }, { "POUND SIGN", 0xA3 }, { "CURRENCY SIGN", 0xA4 },
    { "YEN SIGN", 0xA5 }, { "BROKEN BAR", 0xA6 }, { "SECTION SIGN", 0xA7 },
    { "DIAERESIS", 0xA8 }, { "COPYRIGHT SIGN", 0xA9 }, { "FEMININE ORDINAL INDICATOR", 0xAA },
    { "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB }, { "NOT SIGN", 0xAC },
    { "SOFT HYPHEN", 0xAD }, { "REGISTERED SIGN", 0xAE }, { "MACRON", 0xAF },
    { "DEGREE SIGN", 0xB0 }, { "PLUS-MINUS SIGN", 0xB1 }, { "SUPERSCRIPT TWO", 0xB2 },
    { "SUPERSCRIPT THREE", 0xB3 }, { "ACUTE ACCENT", 0xB4 }, { "MICRO SIGN", 0xB5 },
    { "PILCROW SIGN", 0xB6 }, { "MIDDLE DOT", 0xB7 }, { "CEDILLA", 0xB8 },
    { "SUPERSCRIPT ONE", 0xB9 }, { "MASCULINE ORDINAL INDICATOR", 0xBA },
    { "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB },
    { "VULGAR FRACTION ONE QUARTER", 0xBC }, { "VULGAR FRACTION ONE HALF", 0xBD },
    { "VULGAR FRACTION THREE QUARTERS", 0xBE }, { "INVERTED QUESTION MARK", 0xBF },
    { "LATIN CAPITAL LETTER A WITH GRAVE", 0xC0 },
    { "LATIN CAPITAL LETTER A WITH ACUTE", 0xC1 },
    { "LATIN CAPITAL LETTER A WITH CIRCUMFLEX", 0xC2 },
    { "LATIN CAPITAL LETTER A WITH TILDE", 0xC3 },
    { "LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4 },
    { "LATIN CAPITAL LETTER A WITH RING ABOVE", 0xC5 }, { "LATIN CAPITAL LETTER AE", 0xC6 },
    { "LATIN CAPITAL LETTER C WITH CEDILLA", 0xC7 },
    { "LATIN CAPITAL LETTER E WITH GRAVE", 0xC8 },
    { "LATIN CAPITAL LETTER E WITH ACUTE", 0xC9 },
    { "LATIN CAPITAL LETTER E WITH CIRCUMFLEX", 0xCA },
    { "LATIN CAPITAL LETTER E WITH DIAERESIS", 0xCB },
    { "LATIN CAPITAL LETTER I WITH GRAVE", 0xCC },
    { "LATIN CAPITAL LETTER I WITH ACUTE", 0xCD },
    { "LATIN CAPITAL LETTER I WITH CIRCUMFLEX", 0xCE },
    { "LATIN CAPITAL LETTER I WITH DIAERESIS", 0xCF }, { "LATIN CAPITAL LETTER ETH", 0xD0 },
    { "LATIN CAPITAL LETTER N WITH TILDE", 0xD1 },
    { "LATIN CAPITAL LETTER O WITH GRAVE", 0xD2 },
    { "LATIN CAPITAL LETTER O WITH ACUTE", 0xD3 },
    { "LATIN CAPITAL LETTER O WITH CIRCUMFLEX", 0xD4 },
    { "LATIN CAPITAL LETTER O WITH TILDE", 0xD5 },
    { "LATIN CAPITAL LETTER O WITH DIAERESIS", 0xD6 }, { "MULTIPLICATION SIGN", 0xD7 },
    { "LATIN CAPITAL LETTER O WITH STROKE", 0xD8 },
    { "LATIN CAPITAL LETTER U WITH GRAVE", 0xD9 },
    { "LATIN CAPITAL LETTER U WITH ACUTE", 0xDA },
    { "LATIN CAPITAL LETTER U WITH CIRCUMFLEX", 0xDB },
    { "LATIN CAPITAL LETTER U WITH DIAERESIS", 0xDC },
    { "LATIN CAPITAL LETTER Y WITH ACUTE", 0xDD }, { "LATIN CAPITAL LETTER THORN", 0xDE },
    { "LATIN SMALL LETTER SHARP S", 0xDF }, { "LATIN SMALL LETTER A WITH GRAVE", 0xE0 },
    { "LATIN SMALL LETTER A WITH ACUTE", 0xE1 },
    { "LATIN SMALL LETTER A WITH CIRCUMFLEX", 0xE2 },
    { "LATIN SMALL LETTER A WITH TILDE", 0xE3 },
    { "LATIN SMALL LETTER A WITH DIAERESIS", 0xE4 },
    { "LATIN SMALL LETTER A WITH RING ABOVE", 0xE5 }, { "LATIN SMALL LETTER AE", 0xE6 },
    { "LATIN SMALL LETTER C WITH CEDILLA", 0xE7 }, { "LATIN SMALL LETTER E WITH GRAVE", 0xE8 },
    { "LATIN SMALL LETTER E WITH ACUTE", 0xE9 },
    { "LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xEA },
    { "LATIN SMALL LETTER E WITH DIAERESIS", 0xEB },
    { "LATIN SMALL LETTER I WITH GRAVE", 0xEC }, { "LATIN SMALL LETTER I WITH ACUTE", 0xED },
    { "LATIN SMALL LETTER I WITH CIRCUMFLEX", 0xEE },
    { "LATIN SMALL LETTER I WITH DIAERESIS", 0xEF }, { "LATIN SMALL LETTER ETH", 0xF0 },
    { "LATIN SMALL LETTER N WITH TILDE", 0xF1 }, { "LATIN SMALL LETTER O WITH GRAVE", 0xF2 },
    { "LATIN SMALL LETTER O WITH ACUTE", 0xF3 },
    { "LATIN SMALL LETTER O WITH CIRCUMFLEX", 0xF4 },
    { "LATIN SMALL LETTER O WITH TILDE", 0xF5 },
    { "LATIN SMALL LETTER O WITH DIAERESIS", 0xF6 }, { "DIVISION SIGN", 0xF7 },
    { "LATIN SMALL LETTER O WITH STROKE", 0xF8 }, { "LATIN SMALL LETTER U WITH GRAVE", 0xF9 },
    { "LATIN SMALL LETTER U WITH ACUTE", 0xFA },
    { "LATIN SMALL LETTER U WITH CIRCUMFLEX", 0xFB },
    { "LATIN SMALL LETTER U WITH DIAERESIS", 0xFC },
    { "LATIN SMALL LETTER Y WITH ACUTE", 0xFD }, { "LATIN SMALL LETTER THORN", 0xFE },
    { "LATIN SMALL LETTER Y WITH DIAERESIS", 0xFF }, { "HYPHEN", 0x2010 },
    { "NON-BREAKING HYPHEN", 0x2011 }, { "FIGURE DASH", 0x2012 }, { "EN DASH", 0x2013 },
    { "EM DASH", 0x2014 }, { "HORIZONTAL BAR", 0x2015 }, { "DOUBLE VERTICAL LINE", 0x2016 },
    { "DOUBLE LOW LINE", 0x2017 }, { "LEFT SINGLE QUOTATION MARK", 0x2018 },
    { "RIGHT SINGLE QUOTATION MARK", 0x2019 }, { "SINGLE LOW-9 QUOTATION MARK", 0x201A },
    { "SINGLE HIGH-REVERSED-9 QUOTATION MARK", 0x201B },
    { "LEFT DOUBLE QUOTATION MARK", 0x201C }, { "RIGHT DOUBLE QUOTATION MARK", 0x201D },
    { "DOUBLE LOW-9 QUOTATION MARK", 0x201E },
    { "DOUBLE HIGH-REVERSED-9 QUOTATION MARK", 0x201F }, { "DAGGER", 0x2020 },
    { "DOUBLE DAGGER", 0x2021 }, { "BULLET", 0x2022 }, { "TRIANGULAR BULLET", 0x2023 },
    { "ONE DOT LEADER", 0x2024 }, { "TWO DOT LEADER", 0x2025 },
    { "HORIZONTAL ELLIPSIS", 0x2026 }, { "HYPHENATION POINT", 0x2027 },
    { "BLACK LEFT POINTING INDEX", 0x261A }, { "COMET", 0x2604 },
    { "GREEK SMALL LETTER BETA", 0x3B2 }, { "GREEK SMALL LETTER PI", 0x3C0 },
    { "GREEK CAPITAL LETTER OMEGA", 0x3A9 }, { "EURO SIGN", 0x20AC },
    { "ZERO WIDTH JOINER", 0x200D }, { "BYTE ORDER MARK", 0xFEFF },
    { "REPLACEMENT CHARACTER", 0xFFFD }, { "SNOWMAN", 0x2603 }, { "BLACK STAR", 0x2605 },
    { "CHECK MARK", 0x2713 }, { "RIGHTWARDS ARROW", 0x2192 }, { "LEFTWARDS ARROW", 0x2190 },
    { "INFINITY", 0x221E }, { "EMPTY SET", 0x2205 }, { "GRINNING FACE", 0x1F600 },
    { "HEBREW LETTER ALEF", 0x5D0 }, { "CYRILLIC SMALL LETTER A", 0x430 },
    { "ARABIC LETTER ALEF", 0x627 }, { "DEVANAGARI LETTER A", 0x905 },
    { "HIRAGANA LETTER A", 0x3042 }, { "KATAKANA LETTER A", 0x30A2 },
    { "HANGUL SYLLABLE GA", 0xAC00 }, { "MATHEMATICAL BOLD CAPITAL A", 0x1D400 },
    { "PILE OF POO", 0x1F4A9 }, { "SNAKE", 0x1F40D }, { "THUMBS UP SIGN", 0x1F44D },
    { "NULL", 0x0 }, { "LINE FEED", 0xA }, { "CARRIAGE RETURN", 0xD },
    { "CHARACTER TABULATION", 0x9 }, { "ESCAPE", 0x1B }, { "DELETE", 0x7F },
    { "GREEK SMALL LETTER ALPHA", 0x3B1 }, { "GREEK SMALL LETTER LAMDA", 0x3BB },
    { "GREEK SMALL LETTER MU", 0x3BC }, { "GREEK SMALL LETTER SIGMA", 0x3C3 },
    { "GREEK CAPITAL LETTER DELTA", 0x394 }, { "GREEK CAPITAL LETTER SIGMA", 0x3A3 },
};

static int lookup_uni_name(const char *s, size_t n)
{
    char up[80];
    if (n == 0 || n >= sizeof up) return -1;
    for (size_t i = 0; i < n; i++) up[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
    up[n] = 0;
    for (size_t i = 0; i < ARRAY_LEN(uni_names); i++)
        if (strcmp(uni_names[i].name, up) == 0) return uni_names[i].cp;
    if (strncmp(up, "CJK UNIFIED IDEOGRAPH-", 22) == 0 && (n == 26 || n == 27)) {
        char *end;
        long v = strtol(up + 22, &end, 16);
        if (*end == 0) return (int)v;
    }
    return -1;
}

static size_t put_utf8(char *o, int cp)
{
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xC0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12)); o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18)); o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decode the escapes of s[0..n) (no quotes) into a pool buffer. */
static char *decode_escapes(Parser *p, const char *s, size_t n, bool raw, bool bytes,
                            size_t *outlen, Token *t)
{
    char *o = ast_alloc(p->pool, n + 8);
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)s[i];
        if (bytes && ch >= 0x80)
            syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col,
                         "bytes can only contain ASCII literal characters");
        if (ch != '\\' || raw) {
            o[k++] = (char)ch;
            i++;
            continue;
        }
        i++;
        if (i >= n) { o[k++] = '\\'; break; }
        ch = (unsigned char)s[i++];
        switch (ch) {
        case '\n': break;
        case '\\': o[k++] = '\\'; break;
        case '\'': o[k++] = '\''; break;
        case '"': o[k++] = '"'; break;
        case 'a': o[k++] = '\a'; break;
        case 'b': o[k++] = '\b'; break;
        case 'f': o[k++] = '\f'; break;
        case 'n': o[k++] = '\n'; break;
        case 'r': o[k++] = '\r'; break;
        case 't': o[k++] = '\t'; break;
        case 'v': o[k++] = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int v = ch - '0';
            if (i < n && s[i] >= '0' && s[i] <= '7') { v = v * 8 + (s[i++] - '0');
                if (i < n && s[i] >= '0' && s[i] <= '7') v = v * 8 + (s[i++] - '0'); }
            if (bytes) o[k++] = (char)(v & 0xFF);
            else k += put_utf8(o + k, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && ch != 'x') { o[k++] = '\\'; o[k++] = (char)ch; break; }
            int nd = ch == 'x' ? 2 : ch == 'u' ? 4 : 8;
            int v = 0;
            for (int j = 0; j < nd; j++) {
                int h = i + (size_t)j < n ? hexval((unsigned char)s[i + (size_t)j]) : -1;
                if (h < 0) {
                    syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col,
                                 "(%s error) '%s' codec can't decode bytes in position %zu-%zu: %s",
                                 bytes ? "value" : "unicode", bytes ? "" : "unicodeescape", i - 2,
                                 i + (size_t)j - 1,
                                 ch == 'x' ? "truncated \\xXX escape" : ch == 'u' ? "truncated \\uXXXX escape"
                                                                              : "truncated \\UXXXXXXXX escape");
                }
                v = v * 16 + h;
            }
            i += (size_t)nd;
            if (bytes) o[k++] = (char)v;
            else {
                if (v > 0x10FFFF)
                    syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col,
                                 "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                                 i - 10, i - 1);
                k += put_utf8(o + k, v);
            }
            break;
        }
        case 'N': {
            if (bytes) { o[k++] = '\\'; o[k++] = 'N'; break; }
            int cp = -1;
            size_t st = i - 2;
            if (i < n && s[i] == '{') {
                size_t j = i + 1;
                while (j < n && s[j] != '}') j++;
                if (j < n) { cp = lookup_uni_name(s + i + 1, j - i - 1); i = j + 1; }
            }
            if (cp < 0)
                syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                             st, i - 1, "unknown Unicode character name");
            k += put_utf8(o + k, cp);
            break;
        }
        default:
            o[k++] = '\\';
            i--;
            break;
        }
    }
    o[k] = 0;
    *outlen = k;
    return o;
}

typedef struct StrBuf { char *s; size_t len, cap; } StrBuf;

static void sb_add(Parser *p, StrBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t nc = (b->len + n + 1) * 2;
        char *ns = ast_alloc(p->pool, nc);
        if (b->len) memcpy(ns, b->s, b->len);
        b->s = ns;
        b->cap = nc;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

typedef struct FState {
    StrBuf lit;
    Vec vals;
    const char *kind;
    int l, c, el, ec;           /* span given to the pieces */
} FState;

static Expr *span_expr(Parser *p, FState *f, ExprKind k)
{
    Expr *e = ast_alloc(p->pool, sizeof *e);
    e->kind = k;
    e->lineno = f->l; e->col_offset = f->c; e->end_lineno = f->el; e->end_col_offset = f->ec;
    return e;
}

static void f_flush(Parser *p, FState *f)
{
    if (f->lit.len == 0) return;
    Expr *e = span_expr(p, f, Expr_Constant);
    e->v.Constant.value.kind = CONST_STR;
    e->v.Constant.value.str = f->lit.s;
    e->v.Constant.value.len = f->lit.len;
    e->v.Constant.kind = f->kind;
    vpush(p, &f->vals, e);
    f->lit = (StrBuf){0};
}

static Mod *parse_sub(Parser *outer, const char *text, size_t n, int line, int col);

static NORET void f_error(Parser *p, Token *t, const char *msg)
{
    t = tok_at(p, p->fs_after);
    syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "%s", msg);
}

/* Line and column of byte offset `off` inside token t. */
static void tok_pos_of(Parser *p, Token *t, size_t off, int *line, int *col)
{
    int l = t->lineno, c = t->col;
    for (size_t i = t->start; i < off; i++) {
        if (p->tz.buf[i] == '\n') { l++; c = 0; } else c++;
    }
    *line = l;
    *col = c;
}

static void fstring_body(Parser *p, FState *f, const char *s, size_t n, size_t *ip, bool raw,
                         int recurse, Token *t);

/* One `{...}` replacement field starting at s[*ip] == '{'. */
static void fstring_expr(Parser *p, FState *f, const char *s, size_t n, size_t *ip, bool raw,
                         int recurse, Token *t)
{
    if (recurse >= 2) f_error(p, t, "f-string: expressions nested too deeply");
    size_t i = *ip + 1;
    size_t es = i;
    int depth = 0;
    char parens[200];
    int quote = 0;
    bool triple = false;
    for (; i < n; i++) {
        char ch = s[i];
        if (ch == '\\') f_error(p, t, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (triple) {
                    if (i + 2 < n && s[i + 1] == ch && s[i + 2] == ch) { i += 2; quote = 0; }
                } else quote = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (i + 2 < n && s[i + 1] == ch && s[i + 2] == ch) { triple = true; i += 2; }
            else triple = false;
            quote = ch;
            continue;
        }
        if (ch == '[' || ch == '(' || ch == '{') {
            if (depth >= 200) f_error(p, t, "f-string: too many nested parenthesis");
            parens[depth++] = ch;
            continue;
        }
        if (ch == '#') f_error(p, t, "f-string expression part cannot include '#'");
        if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (i + 1 < n && s[i + 1] == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) { i++; continue; }
            if (ch == '>' || ch == '<') continue;
            break;
        }
        if (ch == ']' || ch == ')' || ch == '}') {
            if (depth == 0) {
                char m[40];
                snprintf(m, sizeof m, "f-string: unmatched '%c'", ch);
                f_error(p, t, m);
            }
            char o = parens[--depth];
            if (!((o == '(' && ch == ')') || (o == '[' && ch == ']') || (o == '{' && ch == '}'))) {
                char m[80];
                snprintf(m, sizeof m, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, o);
                f_error(p, t, m);
            }
        }
    }
    if (quote) f_error(p, t, "f-string: unterminated string");
    if (depth) {
        char m[40];
        snprintf(m, sizeof m, "f-string: unmatched '%c'", parens[depth - 1]);
        f_error(p, t, m);
    }
    if (i >= n) f_error(p, t, "f-string: expecting '}'");
    size_t ee = i;
    bool blank = true;
    for (size_t k = es; k < ee; k++)
        if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\f' && s[k] != '\r') blank = false;
    if (blank) f_error(p, t, "f-string: empty expression not allowed");
    int line, col;
    tok_pos_of(p, t, (size_t)(s - p->tz.buf) + es, &line, &col);
    Mod *m = parse_sub(p, s + es, ee - es, line, col);
    Expr *value = m->v.Expression.body;
    int conversion = -1;
    Expr *spec = NULL;
    if (s[i] == '=') {
        i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r')) i++;
        sb_add(p, &f->lit, s + es, i - es);
        if (i >= n) f_error(p, t, "f-string: expecting '}'");
        conversion = -2;     /* decided below */
    }
    if (s[i] == '!') {
        i++;
        if (i >= n) f_error(p, t, "f-string: expecting '}'");
        char cc = s[i++];
        if (cc != 's' && cc != 'r' && cc != 'a') {
            if (cc == '}' || cc == ':')
                f_error(p, t, "f-string: missing conversion character: expected 's', 'r', or 'a'");
            f_error(p, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = cc;
    }
    if (i < n && s[i] == ':') {
        i++;
        FState sub = {0};
        /* CPython 3.11 gives a format spec the span of its own string token */
        sub.l = t->lineno; sub.c = t->col; sub.el = t->end_lineno; sub.ec = t->end_col;
        sub.kind = NULL;
        fstring_body(p, &sub, s, n, &i, raw, recurse + 1, t);
        f_flush(p, &sub);
        spec = span_expr(p, &sub, Expr_JoinedStr);
        spec->v.JoinedStr.values = SEQ(ExprSeq, sub.vals);
    }
    if (i >= n || s[i] != '}') f_error(p, t, "f-string: expecting '}'");
    i++;
    if (conversion == -2) conversion = spec ? -1 : 'r';
    f_flush(p, f);
    Expr *fv = span_expr(p, f, Expr_FormattedValue);
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    vpush(p, &f->vals, fv);
    *ip = i;
}

/* Literal text and fields up to the end (top level) or to the closing '}' (format spec). */
static void fstring_body(Parser *p, FState *f, const char *s, size_t n, size_t *ip, bool raw,
                         int recurse, Token *t)
{
    size_t i = *ip;
    while (i < n) {
        size_t ls = i;
        while (i < n && s[i] != '{' && s[i] != '}') {
            if (!raw && s[i] == '\\' && i + 1 < n) {
                if (s[i + 1] == 'N' && i + 2 < n && s[i + 2] == '{') {
                    while (i < n && s[i] != '}') i++;
                    if (i < n) i++;
                    continue;
                }
                i += 2;
                continue;
            }
            i++;
        }
        if (i > ls) {
            size_t dl;
            char *d = decode_escapes(p, s + ls, i - ls, raw, false, &dl, t);
            sb_add(p, &f->lit, d, dl);
        }
        if (i >= n) break;
        char ch = s[i];
        if (recurse == 0 && i + 1 < n && s[i + 1] == ch) {
            sb_add(p, &f->lit, &ch, 1);
            i += 2;
            continue;
        }
        if (ch == '}') {
            if (recurse == 0) f_error(p, t, "f-string: single '}' is not allowed");
            break;
        }
        fstring_expr(p, f, s, n, &i, raw, recurse, t);
    }
    *ip = i;
}

static Expr *strings(Parser *p)
{
    Token *first = CUR;
    int nt = 0;
    while (tk(p, nt)->type == T_STRING) nt++;
    Token *last = tk(p, nt - 1);
    p->fs_after = p->pos + nt;
    bool bytes_mode = false, any_f = false, any_bytes = false, any_str = false;
    for (int k = 0; k < nt; k++) {
        Token *t = tk(p, k);
        const char *s = p->tz.buf + t->start;
        bool b = false;
        for (; *s != '\'' && *s != '"'; s++) {
            if (*s == 'b' || *s == 'B') b = true;
            if (*s == 'f' || *s == 'F') any_f = true;
        }
        if (b) any_bytes = true; else any_str = true;
        if (k == 0) bytes_mode = b;
    }
    if (any_bytes && any_str) {
        Token *a = tk(p, nt);
        syntax_error(p, "SyntaxError", a->lineno, a->col, a->end_lineno, a->end_col,
                     "cannot mix bytes and nonbytes literals");
    }
    FState f = {0};
    f.l = first->lineno; f.c = first->col; f.el = last->end_lineno; f.ec = last->end_col;
    {
        const char *s0 = p->tz.buf + first->start;
        if (*s0 == 'u' || *s0 == 'U') f.kind = "u";
    }
    for (int k = 0; k < nt; k++) {
        Token *t = tk(p, k);
        const char *s = p->tz.buf + t->start, *e = p->tz.buf + t->end;
        bool raw = false, isf = false;
        for (; *s != '\'' && *s != '"'; s++) {
            if (*s == 'r' || *s == 'R') raw = true;
            if (*s == 'f' || *s == 'F') isf = true;
        }
        size_t q = (e - s >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
        const char *body = s + q;
        size_t blen = (size_t)(e - s) - 2 * q;
        if (isf) {
            size_t i = 0;
            fstring_body(p, &f, body, blen, &i, raw, 0, t);
        } else {
            size_t dl;
            char *d = decode_escapes(p, body, blen, raw, bytes_mode, &dl, t);
            sb_add(p, &f.lit, d, dl);
        }
    }
    p->pos += nt;
    if (!any_f) {
        Expr *e = span_expr(p, &f, Expr_Constant);
        e->v.Constant.value.kind = bytes_mode ? CONST_BYTES : CONST_STR;
        e->v.Constant.value.str = f.lit.s ? f.lit.s : "";
        e->v.Constant.value.len = f.lit.len;
        e->v.Constant.kind = f.kind;
        return e;
    }
    f_flush(p, &f);
    Expr *e = span_expr(p, &f, Expr_JoinedStr);
    e->v.JoinedStr.values = SEQ(ExprSeq, f.vals);
    return e;
}

/* -- Statements --------------------------------------------------------------------------- */

static void statement(Parser *p, Vec *out);
static Pattern *pattern(Parser *p);

static void set_end_from_stmts(Stmt *s, StmtSeq body)
{
    if (body.n) COPY_END(s, body.items[body.n - 1]);
}

static StmtSeq simple_stmts(Parser *p, Vec *out);

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
static StmtSeq block(Parser *p, const char *what, int line)
{
    Vec v = {0};
    if (at_op(p, T_NEWLINE)) {
        p->pos++;
        if (!at_op(p, T_INDENT)) {
            Token *t = CUR;
            /* CPython has no column for a DEDENT: it reports the raw cursor column */
            int c = t->col;
            if (t->type == T_DEDENT && t->start < p->tz.len) c--;
            syntax_error(p, "IndentationError", t->lineno, c, t->end_lineno, t->end_col,
                         "expected an indented block after %s on line %d", what, line);
        }
        p->pos++;
        while (!at_op(p, T_DEDENT) && !at_op(p, T_ENDMARKER)) statement(p, &v);
        accept_op(p, T_DEDENT);
        return SEQ(StmtSeq, v);
    }
    return simple_stmts(p, &v);
}

static Stmt *mk_stmt_span(Parser *p, StmtKind k, Token *t)
{
    return new_stmt(p, k, t->lineno, t->col);
}

/* Does a bitwise_or follow the '=' at the current position, itself not followed by '=' or ':='?
 * (the lookahead of CPython's invalid_named_expression rule) */
static bool eq_then_bitwise_or(Parser *p)
{
    int save = p->pos;
    p->pos++;
    jmp_buf jb, *saved = p->jb;
    volatile bool ok = false;
    p->in_speculation++;
    if (setjmp(jb) == 0) {
        p->jb = &jb;
        bitwise_or(p);
        ok = !at_op(p, T_EQUAL) && !at_op(p, T_COLONEQUAL);
    }
    p->jb = saved;
    p->in_speculation--;
    p->pos = save;
    return ok;
}

/* An invalid assignment target, seen when its '=' is the current token. */
static NORET void cannot_assign(Parser *p, Expr *target, bool first)
{
    Expr *last = target;
    if (target->kind == Expr_Tuple && target->v.Tuple.elts.n &&
        target->v.Tuple.elts.items[0]->col_offset == target->col_offset &&
        target->v.Tuple.elts.items[0]->lineno == target->lineno)
        last = target->v.Tuple.elts.items[target->v.Tuple.elts.n - 1];
    Expr *bad = invalid_target(target, TGT_STAR);
    bool here = first && bad == last;
    if (here) {
        ExprKind k = bad->kind;
        if (k == Expr_List || k == Expr_Tuple || k == Expr_GeneratorExp || k == Expr_Compare ||
            k == Expr_BoolOp || k == Expr_IfExp || k == Expr_Lambda || k == Expr_NamedExpr ||
            (k == Expr_UnaryOp && bad->v.UnaryOp.op == UnaryOp_Not) || k == Expr_Yield ||
            k == Expr_YieldFrom || k == Expr_Starred)
            here = false;
        if (k == Expr_Constant) {
            ConstKind ck = bad->v.Constant.value.kind;
            if (ck == CONST_NONE || ck == CONST_TRUE || ck == CONST_FALSE) here = false;
        }
        if (here) here = eq_then_bitwise_or(p);
    }
    if (here)
        err_node(p, bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(bad));
    err_node(p, bad, "cannot assign to %s", expr_name(bad));
}

/* Is the current token (':' or '=') followed by an expression? */
static bool expression_follows(Parser *p)
{
    int save = p->pos;
    p->pos++;
    jmp_buf jb, *saved = p->jb;
    volatile bool ok = false;
    p->in_speculation++;
    if (setjmp(jb) == 0) {
        p->jb = &jb;
        expression(p);
        ok = true;
    }
    p->jb = saved;
    p->in_speculation--;
    p->pos = save;
    return ok;
}

static Stmt *expr_stmt(Parser *p)
{
    Token *t = CUR;
    int l = t->lineno, c = t->col;
    Expr *e = at_kw(p, KW_yield) ? yield_expr(p) : star_expressions(p);
    Token *n = CUR;
    if (n->type == T_COLON && (e->kind == Expr_Name || e->kind == Expr_Attribute ||
                               e->kind == Expr_Subscript || expression_follows(p))) {
        if (e->kind == Expr_Tuple && e->col_offset == (e->v.Tuple.elts.n ? e->v.Tuple.elts.items[0]->col_offset : -1)
            && e->lineno == e->v.Tuple.elts.items[0]->lineno)
            err_node(p, e->v.Tuple.elts.items[0], "only single target (not tuple) can be annotated");
        if (e->kind == Expr_Tuple) err_node(p, e, "only single target (not tuple) can be annotated");
        if (e->kind == Expr_List) err_node(p, e, "only single target (not list) can be annotated");
        if (e->kind != Expr_Name && e->kind != Expr_Attribute && e->kind != Expr_Subscript)
            err_node(p, e, "illegal target for annotation");
        p->pos++;
        Expr *ann = expression(p);
        Expr *val = NULL;
        if (accept_op(p, T_EQUAL)) val = at_kw(p, KW_yield) ? yield_expr(p) : star_expressions(p);
        set_ctx(e, Ctx_Store);
        Stmt *s = new_stmt(p, Stmt_AnnAssign, l, c);
        s->v.AnnAssign.target = e;
        s->v.AnnAssign.annotation = ann;
        s->v.AnnAssign.value = val;
        s->v.AnnAssign.simple = e->kind == Expr_Name && e->col_offset == c && e->lineno == l;
        return s;
    }
    if (n->type == T_EQUAL) {
        Vec targets = {0};
        Expr *value, *tg = e;
        for (;;) {
            /* tg is followed by '=': check it now, as CPython does before reading the value */
            if (tg->kind == Expr_Yield || tg->kind == Expr_YieldFrom)
                err_node(p, tg, "assignment to yield expression not possible");
            if (invalid_target(tg, TGT_STAR)) cannot_assign(p, tg, targets.n == 0);
            set_ctx(tg, Ctx_Store);
            vpush(p, &targets, tg);
            p->pos++;
            Expr *v = at_kw(p, KW_yield) ? yield_expr(p) : star_expressions(p);
            if (at_op(p, T_EQUAL)) { tg = v; continue; }
            value = v;
            break;
        }
        Stmt *s = new_stmt(p, Stmt_Assign, l, c);
        s->v.Assign.targets = SEQ(ExprSeq, targets);
        s->v.Assign.value = value;
        return s;
    }
    int op = -1;
    switch (n->type) {
    case T_PLUSEQUAL: op = Op_Add; break;
    case T_MINEQUAL: op = Op_Sub; break;
    case T_STAREQUAL: op = Op_Mult; break;
    case T_ATEQUAL: op = Op_MatMult; break;
    case T_SLASHEQUAL: op = Op_Div; break;
    case T_PERCENTEQUAL: op = Op_Mod; break;
    case T_AMPEREQUAL: op = Op_BitAnd; break;
    case T_VBAREQUAL: op = Op_BitOr; break;
    case T_CIRCUMFLEXEQUAL: op = Op_BitXor; break;
    case T_LEFTSHIFTEQUAL: op = Op_LShift; break;
    case T_RIGHTSHIFTEQUAL: op = Op_RShift; break;
    case T_DOUBLESTAREQUAL: op = Op_Pow; break;
    case T_DOUBLESLASHEQUAL: op = Op_FloorDiv; break;
    default: break;
    }
    if (op >= 0) {
        if (e->kind != Expr_Name && e->kind != Expr_Attribute && e->kind != Expr_Subscript)
            err_node(p, e, "'%s' is an illegal expression for augmented assignment", expr_name(e));
        p->pos++;
        Expr *v = at_kw(p, KW_yield) ? yield_expr(p) : star_expressions(p);
        set_ctx(e, Ctx_Store);
        Stmt *s = new_stmt(p, Stmt_AugAssign, l, c);
        s->v.AugAssign.target = e;
        s->v.AugAssign.op = (Operator)op;
        s->v.AugAssign.value = v;
        return s;
    }
    Stmt *s = new_stmt(p, Stmt_Expr, l, c);
    s->v.Expr.value = e;
    return s;
}

static char *dotted_name(Parser *p)
{
    Token *t = CUR;
    if (t->type != T_NAME || t->kw) invalid_syntax(p);
    p->pos++;
    StrBuf b = {0};
    sb_add(p, &b, p->tz.buf + t->start, t->end - t->start);
    while (at_op(p, T_DOT)) {
        p->pos++;
        Token *n = CUR;
        if (n->type != T_NAME || n->kw) invalid_syntax(p);
        p->pos++;
        sb_add(p, &b, ".", 1);
        sb_add(p, &b, p->tz.buf + n->start, n->end - n->start);
    }
    return b.s;
}

static Alias *alias(Parser *p, bool dotted)
{
    Token *t = CUR;
    Alias *a = ast_alloc(p->pool, sizeof *a);
    a->name = dotted ? dotted_name(p) : expect_name(p);
    if (accept_kw(p, KW_as)) a->asname = expect_name(p);
    a->lineno = t->lineno; a->col_offset = t->col;
    a->end_lineno = prev(p)->end_lineno; a->end_col_offset = prev(p)->end_col;
    return a;
}

static Stmt *import_stmt(Parser *p)
{
    Token *t = next_tok(p);
    if (t->kw == KW_import) {
        Vec v = {0};
        do vpush(p, &v, alias(p, true)); while (accept_op(p, T_COMMA));
        Stmt *s = mk_stmt_span(p, Stmt_Import, t);
        s->v.Import.names = SEQ(AliasSeq, v);
        return s;
    }
    int level = 0;
    for (;;) {
        if (accept_op(p, T_DOT)) level++;
        else if (accept_op(p, T_ELLIPSIS)) level += 3;
        else break;
    }
    char *module = NULL;
    if (!at_kw(p, KW_import) || level == 0) module = dotted_name(p);
    if (!accept_kw(p, KW_import)) invalid_syntax(p);
    Vec v = {0};
    if (at_op(p, T_STAR)) {
        Token *st = next_tok(p);
        Alias *a = ast_alloc(p->pool, sizeof *a);
        a->name = "*";
        a->lineno = st->lineno; a->col_offset = st->col; a->end_lineno = st->end_lineno; a->end_col_offset = st->end_col;
        vpush(p, &v, a);
    } else if (accept_op(p, T_LPAR)) {
        do {
            if (at_op(p, T_RPAR) && v.n) break;
            vpush(p, &v, alias(p, false));
        } while (accept_op(p, T_COMMA));
        expect_op(p, T_RPAR);
    } else {
        do {
            if (v.n && (at_op(p, T_NEWLINE) || at_op(p, T_SEMI))) {
                Token *e = CUR;
                syntax_error(p, "SyntaxError", e->lineno, e->col, e->end_lineno, e->end_col,
                             "trailing comma not allowed without surrounding parentheses");
            }
            vpush(p, &v, alias(p, false));
        } while (accept_op(p, T_COMMA));
    }
    Stmt *s = mk_stmt_span(p, Stmt_ImportFrom, t);
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.names = SEQ(AliasSeq, v);
    s->v.ImportFrom.level = level;
    return s;
}

static Stmt *simple_stmt(Parser *p)
{
    Token *t = CUR;
    if (t->type == T_NAME) {
        switch (t->kw) {
        case KW_pass: p->pos++; return mk_stmt_span(p, Stmt_Pass, t);
        case KW_break: p->pos++; return mk_stmt_span(p, Stmt_Break, t);
        case KW_continue: p->pos++; return mk_stmt_span(p, Stmt_Continue, t);
        case KW_return: {
            p->pos++;
            Expr *v = starts_expr(CUR) ? star_expressions(p) : NULL;
            Stmt *s = mk_stmt_span(p, Stmt_Return, t);
            s->v.Return.value = v;
            return s;
        }
        case KW_raise: {
            p->pos++;
            Expr *exc = NULL, *cause = NULL;
            if (starts_expr(CUR)) {
                exc = expression(p);
                if (accept_kw(p, KW_from)) cause = expression(p);
            }
            Stmt *s = mk_stmt_span(p, Stmt_Raise, t);
            s->v.Raise.exc = exc;
            s->v.Raise.cause = cause;
            return s;
        }
        case KW_global: case KW_nonlocal: {
            p->pos++;
            IdentSeq names = {0};
            Vec v = {0};
            do vpush(p, &v, expect_name(p)); while (accept_op(p, T_COMMA));
            names.n = v.n;
            names.items = (char **)v.items;
            Stmt *s = mk_stmt_span(p, t->kw == KW_global ? Stmt_Global : Stmt_Nonlocal, t);
            if (t->kw == KW_global) s->v.Global.names = names; else s->v.Nonlocal.names = names;
            return s;
        }
        case KW_del: {
            p->pos++;
            Vec v = {0};
            do {
                if (v.n && !starts_expr(CUR)) break;
                Expr *e = at_op(p, T_STAR) ? starred(p) : bitwise_or(p);
                to_target(p, e, TGT_DEL);
                vpush(p, &v, e);
            } while (accept_op(p, T_COMMA));
            if (!at_op(p, T_NEWLINE) && !at_op(p, T_SEMI)) invalid_syntax(p);
            Stmt *s = mk_stmt_span(p, Stmt_Delete, t);
            s->v.Delete.targets = SEQ(ExprSeq, v);
            return s;
        }
        case KW_assert: {
            p->pos++;
            Expr *test = expression(p), *msg = NULL;
            if (accept_op(p, T_COMMA)) msg = expression(p);
            Stmt *s = mk_stmt_span(p, Stmt_Assert, t);
            s->v.Assert.test = test;
            s->v.Assert.msg = msg;
            return s;
        }
        case KW_import: case KW_from:
            return import_stmt(p);
        default: break;
        }
    }
    return expr_stmt(p);
}

static StmtSeq simple_stmts(Parser *p, Vec *out)
{
    for (;;) {
        vpush(p, out, simple_stmt(p));
        if (accept_op(p, T_SEMI)) {
            if (at_op(p, T_NEWLINE)) break;
            continue;
        }
        break;
    }
    if (!accept_op(p, T_NEWLINE)) invalid_syntax(p);
    return SEQ(StmtSeq, *out);
}

/* -- Compound statements -- */

static Stmt *if_stmt(Parser *p, Token *t, const char *what)
{
    p->pos++;
    Expr *test = named_expression(p);
    expect_colon_nl(p);
    StmtSeq body = block(p, what, t->lineno);
    Stmt *s = mk_stmt_span(p, Stmt_If, t);
    s->v.If.test = test;
    s->v.If.body = body;
    set_end_from_stmts(s, body);
    if (at_kw(p, KW_elif)) {
        Token *et = CUR;
        Stmt *e = if_stmt(p, et, "'elif' statement");
        Stmt **one = ast_alloc(p->pool, sizeof(Stmt *));
        one[0] = e;
        s->v.If.orelse = (StmtSeq){ 1, one };
        COPY_END(s, e);
    } else if (at_kw(p, KW_else)) {
        Token *et = next_tok(p);
        expect_forced(p, T_COLON);
        s->v.If.orelse = block(p, "'else' statement", et->lineno);
        set_end_from_stmts(s, s->v.If.orelse);
    }
    return s;
}

static StmtSeq else_block(Parser *p)
{
    Token *et = next_tok(p);
    expect_forced(p, T_COLON);
    return block(p, "'else' statement", et->lineno);
}

static Stmt *while_stmt(Parser *p, Token *t)
{
    p->pos++;
    Expr *test = named_expression(p);
    expect_colon_nl(p);
    StmtSeq body = block(p, "'while' statement", t->lineno);
    Stmt *s = mk_stmt_span(p, Stmt_While, t);
    s->v.While.test = test;
    s->v.While.body = body;
    set_end_from_stmts(s, body);
    if (at_kw(p, KW_else)) {
        s->v.While.orelse = else_block(p);
        set_end_from_stmts(s, s->v.While.orelse);
    }
    return s;
}

static Stmt *for_stmt(Parser *p, Token *t, bool is_async)
{
    p->pos++;
    Expr *target = target_list(p);
    if (!at_kw(p, KW_in)) {
        Expr *bad = invalid_target(target, TGT_FOR);
        if (bad) err_node(p, bad, "cannot assign to %s", expr_name(bad));
        invalid_syntax(p);
    }
    to_target(p, target, TGT_FOR);
    p->pos++;
    Expr *iter = star_expressions(p);
    expect_forced(p, T_COLON);
    StmtSeq body = block(p, "'for' statement", t->lineno);
    Stmt *s = mk_stmt_span(p, is_async ? Stmt_AsyncFor : Stmt_For, t);
    s->v.For.target = target;
    s->v.For.iter = iter;
    s->v.For.body = body;
    set_end_from_stmts(s, body);
    if (at_kw(p, KW_else)) {
        s->v.For.orelse = else_block(p);
        set_end_from_stmts(s, s->v.For.orelse);
    }
    return s;
}

static WithItem *with_item(Parser *p)
{
    WithItem *w = ast_alloc(p->pool, sizeof *w);
    w->context_expr = expression(p);
    if (accept_kw(p, KW_as)) {
        Expr *tg = at_op(p, T_STAR) ? starred(p) : bitwise_or(p);
        Token *n = CUR;
        if (n->type != T_COMMA && n->type != T_RPAR && n->type != T_COLON) {
            invalid_syntax(p);
        }
        to_target(p, tg, TGT_STAR);
        w->optional_vars = tg;
    }
    return w;
}

static Stmt *with_stmt(Parser *p, Token *t, bool is_async)
{
    p->pos++;
    Vec items = {0};
    volatile bool done = false;
    if (at_op(p, T_LPAR)) {
        /* speculative: '(' with_item (',' with_item)* [','] ')' ':' */
        int save = p->pos;
        jmp_buf jb, *saved = p->jb;
        p->alt_spec++;
        if (setjmp(jb) == 0) {
            p->jb = &jb;
            p->pos++;
            Vec v = {0};
            do {
                if (at_op(p, T_RPAR) && v.n) break;
                vpush(p, &v, with_item(p));
            } while (accept_op(p, T_COMMA));
            expect_op(p, T_RPAR);
            if (!at_op(p, T_COLON)) invalid_syntax(p);
            items = v;
            done = true;
        } else {
            p->pos = save;
        }
        p->jb = saved;
        p->alt_spec--;
    }
    if (!done) {
        items = (Vec){0};
        do vpush(p, &items, with_item(p)); while (accept_op(p, T_COMMA));
    }
    expect_colon_nl(p);
    StmtSeq body = block(p, "'with' statement", t->lineno);
    Stmt *s = mk_stmt_span(p, is_async ? Stmt_AsyncWith : Stmt_With, t);
    s->v.With.items = SEQ(WithItemSeq, items);
    s->v.With.body = body;
    set_end_from_stmts(s, body);
    return s;
}

static Stmt *try_stmt(Parser *p, Token *t)
{
    p->pos++;
    expect_forced(p, T_COLON);
    StmtSeq body = block(p, "'try' statement", t->lineno);
    Stmt *s = mk_stmt_span(p, Stmt_Try, t);
    s->v.Try.body = body;
    set_end_from_stmts(s, body);
    Vec handlers = {0};
    int star = -1;
    while (at_kw(p, KW_except)) {
        Token *et = next_tok(p);
        bool is_star = accept_op(p, T_STAR);
        if (star >= 0 && star != is_star)
            syntax_error(p, "SyntaxError", et->lineno, et->col, et->end_lineno, et->end_col,
                         "cannot have both 'except' and 'except*' on the same 'try'");
        star = is_star;
        ExceptHandler *h = ast_alloc(p->pool, sizeof *h);
        h->kind = ExceptHandler_ExceptHandler;
        if (!at_op(p, T_COLON) || is_star) {
            if (is_star && at_op(p, T_COLON))
                syntax_error(p, "SyntaxError", CUR->lineno, CUR->col, CUR->end_lineno, CUR->end_col,
                             "expected one or more exception types");
            h->type = expression(p);
            if (at_op(p, T_COMMA)) {
                /* invalid_except_stmt: 'except' expression ',' expressions ['as' NAME] ':' */
                Expr *first = h->type;
                int save = p->pos;
                jmp_buf jb, *saved = p->jb;
                Expr *volatile last = NULL;
                p->in_speculation++;
                if (setjmp(jb) == 0) {
                    p->jb = &jb;
                    p->pos++;
                    Expr *x = expression(p);
                    while (accept_op(p, T_COMMA)) {
                        if (!starts_expr(CUR)) break;
                        x = expression(p);
                    }
                    if (accept_kw(p, KW_as)) expect_name(p);
                    if (at_op(p, T_COLON)) last = x;
                }
                p->jb = saved;
                p->in_speculation--;
                p->pos = save;
                if (last)
                    syntax_error(p, "SyntaxError", first->lineno, first->col_offset, last->end_lineno,
                                 last->end_col_offset, "multiple exception types must be parenthesized");
                invalid_syntax(p);
            }
            if (accept_kw(p, KW_as)) h->name = expect_name(p);
        }
        expect_colon_nl(p);
        h->body = block(p, is_star ? "'except*' statement" : "'except' statement", et->lineno);
        h->lineno = et->lineno; h->col_offset = et->col;
        if (h->body.n) COPY_END(h, h->body.items[h->body.n - 1]);
        COPY_END(s, h);
        vpush(p, &handlers, h);
    }
    if (star == 1) s->kind = Stmt_TryStar;
    s->v.Try.handlers = SEQ(ExceptHandlerSeq, handlers);
    if (handlers.n && at_kw(p, KW_else)) {
        s->v.Try.orelse = else_block(p);
        set_end_from_stmts(s, s->v.Try.orelse);
    }
    if (at_kw(p, KW_finally)) {
        Token *ft = next_tok(p);
        expect_forced(p, T_COLON);
        s->v.Try.finalbody = block(p, "'finally' statement", ft->lineno);
        set_end_from_stmts(s, s->v.Try.finalbody);
    } else if (!handlers.n) {
        Token *e = CUR;
        if (e->type == T_DEDENT || e->type == T_ENDMARKER) e = prev(p);
        syntax_error(p, "SyntaxError", e->lineno, e->col, e->end_lineno, e->end_col,
                     "expected 'except' or 'finally' block");
    }
    return s;
}

static Stmt *funcdef(Parser *p, Token *t, Vec *decos, bool is_async)
{
    Token *dt = next_tok(p);   /* 'def' */
    (void)dt;
    char *name = expect_name(p);
    expect_forced(p, T_LPAR);
    Arguments *args = parameters(p, false, T_RPAR);
    expect_op(p, T_RPAR);
    Expr *returns = NULL;
    if (at_op(p, T_RARROW) && starts_expr(tk(p, 1))) {
        p->pos++;
        returns = expression(p);
    }
    expect_forced(p, T_COLON);
    StmtSeq body = block(p, "function definition", t->lineno);
    Stmt *s = mk_stmt_span(p, is_async ? Stmt_AsyncFunctionDef : Stmt_FunctionDef, t);
    s->v.FunctionDef.name = name;
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.body = body;
    if (decos) s->v.FunctionDef.decorator_list = SEQ(ExprSeq, *decos);
    s->v.FunctionDef.returns = returns;
    set_end_from_stmts(s, body);
    return s;
}

static Stmt *classdef(Parser *p, Token *t, Vec *decos)
{
    p->pos++;
    char *name = expect_name(p);
    ExprSeq bases = {0};
    KeywordSeq kws = {0};
    if (at_op(p, T_LPAR)) {
        Expr dummy = {0};
        Expr *call = call_trailer(p, &dummy, CUR);
        bases = call->v.Call.args;
        kws = call->v.Call.keywords;
    }
    expect_colon_nl(p);
    StmtSeq body = block(p, "class definition", t->lineno);
    Stmt *s = mk_stmt_span(p, Stmt_ClassDef, t);
    s->v.ClassDef.name = name;
    s->v.ClassDef.bases = bases;
    s->v.ClassDef.keywords = kws;
    s->v.ClassDef.body = body;
    if (decos) s->v.ClassDef.decorator_list = SEQ(ExprSeq, *decos);
    set_end_from_stmts(s, body);
    return s;
}

/* -- Match statements -- */

static Pattern *new_pattern(Parser *p, PatternKind k, int l, int c)
{
    Pattern *pt = ast_alloc(p->pool, sizeof *pt);
    pt->kind = k;
    pt->lineno = l;
    pt->col_offset = c;
    pt->end_lineno = prev(p)->end_lineno;
    pt->end_col_offset = prev(p)->end_col;
    return pt;
}

static bool is_wildcard(Parser *p, Token *t) { return tok_is_name(p, t, "_"); }

/* signed_number / complex_number as an expression */
static Expr *signed_number(Parser *p)
{
    Token *t = CUR;
    Expr *e;
    if (t->type == T_MINUS) {
        p->pos++;
        Token *n = CUR;
        if (n->type != T_NUMBER) invalid_syntax(p);
        p->pos++;
        Expr *num = number(p, n);
        e = new_expr(p, Expr_UnaryOp, t->lineno, t->col);
        e->v.UnaryOp.op = UnaryOp_USub;
        e->v.UnaryOp.operand = num;
    } else {
        if (t->type != T_NUMBER) invalid_syntax(p);
        p->pos++;
        e = number(p, t);
    }
    if (at_op(p, T_PLUS) || at_op(p, T_MINUS)) {
        Token *o = next_tok(p);
        Token *n = CUR;
        if (n->type != T_NUMBER) invalid_syntax(p);
        p->pos++;
        Expr *im = number(p, n);
        if (im->v.Constant.value.kind != CONST_IMAG)
            err_node(p, im, "imaginary number required in complex literal");
        if (e->kind == Expr_Constant && e->v.Constant.value.kind == CONST_IMAG)
            err_node(p, e, "real number required in complex literal");
        e = mk_binop(p, t, e, o->type == T_PLUS ? Op_Add : Op_Sub, im);
    }
    return e;
}

/* name_or_attr: NAME ('.' NAME)* */
static Expr *name_or_attr(Parser *p)
{
    Token *t = CUR;
    Expr *e = mk_name(p, next_tok(p), Ctx_Load);
    while (at_op(p, T_DOT)) {
        p->pos++;
        Token *n = CUR;
        if (n->type != T_NAME || n->kw) invalid_syntax(p);
        p->pos++;
        Expr *a = new_expr(p, Expr_Attribute, t->lineno, t->col);
        a->v.Attribute.value = e;
        a->v.Attribute.attr = tok_str(p, n);
        a->v.Attribute.ctx = Ctx_Load;
        e = a;
    }
    return e;
}

static Pattern *star_or_pattern(Parser *p)
{
    Token *t = CUR;
    if (t->type == T_STAR) {
        p->pos++;
        Token *n = CUR;
        if (n->type != T_NAME || n->kw) invalid_syntax(p);
        p->pos++;
        Pattern *pt = new_pattern(p, Pattern_MatchStar, t->lineno, t->col);
        pt->v.MatchStar.name = is_wildcard(p, n) ? NULL : tok_str(p, n);
        return pt;
    }
    return pattern(p);
}

static Pattern *closed_pattern(Parser *p)
{
    Token *t = CUR;
    int l = t->lineno, c = t->col;
    switch (t->type) {
    case T_NUMBER: case T_MINUS: {
        Expr *v = signed_number(p);
        Pattern *pt = new_pattern(p, Pattern_MatchValue, l, c);
        pt->v.MatchValue.value = v;
        return pt;
    }
    case T_STRING: {
        Expr *v = strings(p);
        if (v->kind == Expr_JoinedStr) err_node(p, v, "patterns may only match literals and attribute lookups");
        Pattern *pt = new_pattern(p, Pattern_MatchValue, l, c);
        pt->v.MatchValue.value = v;
        return pt;
    }
    case T_NAME: {
        if (t->kw == KW_None || t->kw == KW_True || t->kw == KW_False) {
            p->pos++;
            Pattern *pt = new_pattern(p, Pattern_MatchSingleton, l, c);
            pt->v.MatchSingleton.value.kind = t->kw == KW_None ? CONST_NONE : t->kw == KW_True ? CONST_TRUE : CONST_FALSE;
            return pt;
        }
        if (t->kw) invalid_syntax(p);
        Expr *e = name_or_attr(p);
        if (at_op(p, T_LPAR)) {
            /* class pattern */
            p->pos++;
            Vec pats = {0}, kwnames = {0}, kwpats = {0};
            while (!at_op(p, T_RPAR)) {
                Token *a = CUR;
                if (a->type == T_NAME && !a->kw && tk(p, 1)->type == T_EQUAL) {
                    p->pos += 2;
                    vpush(p, &kwnames, tok_str(p, a));
                    vpush(p, &kwpats, pattern(p));
                } else {
                    Pattern *pp = pattern(p);
                    if (kwnames.n)
                        syntax_error(p, "SyntaxError", pp->lineno, pp->col_offset, pp->end_lineno,
                                     pp->end_col_offset, "positional patterns follow keyword patterns");
                    vpush(p, &pats, pp);
                }
                if (!accept_op(p, T_COMMA)) break;
            }
            expect_op(p, T_RPAR);
            Pattern *pt = new_pattern(p, Pattern_MatchClass, l, c);
            pt->v.MatchClass.cls = e;
            pt->v.MatchClass.patterns = SEQ(PatternSeq, pats);
            pt->v.MatchClass.kwd_attrs = (IdentSeq){ kwnames.n, (char **)kwnames.items };
            pt->v.MatchClass.kwd_patterns = SEQ(PatternSeq, kwpats);
            return pt;
        }
        if (e->kind == Expr_Name) {
            Pattern *pt = new_pattern(p, Pattern_MatchAs, l, c);
            if (!is_wildcard(p, t)) pt->v.MatchAs.name = e->v.Name.id;
            return pt;
        }
        Pattern *pt = new_pattern(p, Pattern_MatchValue, l, c);
        pt->v.MatchValue.value = e;
        return pt;
    }
    case T_LPAR: case T_LSQB: {
        int close = t->type == T_LPAR ? T_RPAR : T_RSQB;
        p->pos++;
        Vec pats = {0};
        bool comma = false;
        while (!at_op(p, close)) {
            vpush(p, &pats, star_or_pattern(p));
            if (!accept_op(p, T_COMMA)) break;
            comma = true;
        }
        expect_op(p, close);
        if (close == T_RPAR && pats.n == 1 && !comma && ((Pattern *)pats.items[0])->kind != Pattern_MatchStar)
            return pats.items[0];   /* group pattern */
        Pattern *pt = new_pattern(p, Pattern_MatchSequence, l, c);
        pt->v.MatchSequence.patterns = SEQ(PatternSeq, pats);
        return pt;
    }
    case T_LBRACE: {
        p->pos++;
        Vec keys = {0}, pats = {0};
        char *rest = NULL;
        while (!at_op(p, T_RBRACE)) {
            if (accept_op(p, T_DOUBLESTAR)) {
                rest = expect_name(p);
                accept_op(p, T_COMMA);
                break;
            }
            Token *k = CUR;
            Expr *key;
            if (k->type == T_STRING) key = strings(p);
            else if (k->type == T_NUMBER || k->type == T_MINUS) key = signed_number(p);
            else if (k->type == T_NAME && (k->kw == KW_None || k->kw == KW_True || k->kw == KW_False)) {
                p->pos++;
                key = mk_const(p, k->kw == KW_None ? CONST_NONE : k->kw == KW_True ? CONST_TRUE : CONST_FALSE, k);
            } else if (k->type == T_NAME && !k->kw) {
                key = name_or_attr(p);
                if (key->kind == Expr_Name) invalid_syntax(p);
            } else invalid_syntax(p);
            expect_op(p, T_COLON);
            vpush(p, &keys, key);
            vpush(p, &pats, pattern(p));
            if (!accept_op(p, T_COMMA)) break;
        }
        expect_op(p, T_RBRACE);
        Pattern *pt = new_pattern(p, Pattern_MatchMapping, l, c);
        pt->v.MatchMapping.keys = SEQ(ExprSeq, keys);
        pt->v.MatchMapping.patterns = SEQ(PatternSeq, pats);
        pt->v.MatchMapping.rest = rest;
        return pt;
    }
    default:
        invalid_syntax(p);
    }
}

static Pattern *or_pattern(Parser *p)
{
    Token *t = CUR;
    Pattern *first = closed_pattern(p);
    if (!at_op(p, T_VBAR)) return first;
    Vec v = {0};
    vpush(p, &v, first);
    while (accept_op(p, T_VBAR)) vpush(p, &v, closed_pattern(p));
    Pattern *pt = new_pattern(p, Pattern_MatchOr, t->lineno, t->col);
    pt->v.MatchOr.patterns = SEQ(PatternSeq, v);
    return pt;
}

static Pattern *pattern(Parser *p)
{
    Token *t = CUR;
    enter(p);
    Pattern *pt = or_pattern(p);
    if (accept_kw(p, KW_as)) {
        Token *n = CUR;
        if (n->type != T_NAME || n->kw) invalid_syntax(p);
        if (is_wildcard(p, n))
            syntax_error(p, "SyntaxError", n->lineno, n->col, n->end_lineno, n->end_col, "cannot use '_' as a target");
        p->pos++;
        Pattern *as = new_pattern(p, Pattern_MatchAs, t->lineno, t->col);
        as->v.MatchAs.pattern = pt;
        as->v.MatchAs.name = tok_str(p, n);
        pt = as;
    }
    LEAVE(p);
    return pt;
}

/* patterns: open_sequence_pattern | pattern */
static Pattern *patterns(Parser *p)
{
    Token *t = CUR;
    Pattern *first = star_or_pattern(p);
    if (!at_op(p, T_COMMA) && first->kind != Pattern_MatchStar) return first;
    Vec v = {0};
    vpush(p, &v, first);
    while (accept_op(p, T_COMMA)) {
        if (at_op(p, T_COLON) || at_kw(p, KW_if)) break;
        vpush(p, &v, star_or_pattern(p));
    }
    Pattern *pt = new_pattern(p, Pattern_MatchSequence, t->lineno, t->col);
    pt->v.MatchSequence.patterns = SEQ(PatternSeq, v);
    return pt;
}

static Expr *subject_expr(Parser *p)
{
    Token *t = CUR;
    Expr *first = star_named_expression(p);
    if (!at_op(p, T_COMMA)) {
        if (first->kind == Expr_Starred) invalid_syntax(p);
        return first;
    }
    Vec v = {0};
    vpush(p, &v, first);
    while (accept_op(p, T_COMMA)) {
        if (at_op(p, T_COLON)) break;
        vpush(p, &v, star_named_expression(p));
    }
    Expr *e = new_expr(p, Expr_Tuple, t->lineno, t->col);
    e->v.Tuple.elts = SEQ(ExprSeq, v);
    e->v.Tuple.ctx = Ctx_Load;
    return e;
}

/* Try `match subject:`; returns NULL (position restored) when this is not a match statement. */
static Stmt *match_stmt(Parser *p)
{
    Token *t = CUR;
    int save = p->pos;
    Expr *volatile subject = NULL;
    jmp_buf jb, *saved = p->jb;
    p->alt_spec++;
    if (setjmp(jb) == 0) {
        p->jb = &jb;
        p->pos++;
        subject = subject_expr(p);
        if (!at_op(p, T_COLON)) {
            if (at_op(p, T_NEWLINE)) {
                Token *n = CUR;
                syntax_error(p, "SyntaxError", n->lineno, n->col, n->end_lineno, n->end_col, "expected ':'");
            }
            invalid_syntax(p);
        }
    } else {
        subject = NULL;
    }
    p->jb = saved;
    p->alt_spec--;
    if (!subject) { p->pos = save; return NULL; }
    t = tok_at(p, save);
    int line = t->lineno, col = t->col;
    p->pos++;
    if (!at_op(p, T_NEWLINE)) invalid_syntax(p);
    p->pos++;
    if (!at_op(p, T_INDENT)) {
        Token *n = CUR;
        syntax_error(p, "IndentationError", n->lineno, n->col, n->end_lineno, n->end_col,
                     "expected an indented block after 'match' statement on line %d", line);
    }
    p->pos++;
    Vec cases = {0};
    Stmt *s = NULL;
    while (!at_op(p, T_DEDENT)) {
        Token *ct = CUR;
        if (!tok_is_name(p, ct, "case")) invalid_syntax(p);
        p->pos++;
        MatchCase *mc = ast_alloc(p->pool, sizeof *mc);
        mc->pattern = patterns(p);
        if (accept_kw(p, KW_if)) mc->guard = named_expression(p);
        expect_forced(p, T_COLON);
        mc->body = block(p, "'case' statement", ct->lineno);
        vpush(p, &cases, mc);
    }
    p->pos++;
    s = new_stmt(p, Stmt_Match, line, col);
    s->v.Match.subject = subject;
    s->v.Match.cases = SEQ(MatchCaseSeq, cases);
    MatchCase *last = cases.items[cases.n - 1];
    set_end_from_stmts(s, last->body);
    return s;
}

/* -- Statement dispatch -- */

static void statement(Parser *p, Vec *out)
{
    Token *t = CUR;
    if (t->type == T_NAME) {
        switch (t->kw) {
        case KW_def: vpush(p, out, funcdef(p, t, NULL, false)); return;
        case KW_class: vpush(p, out, classdef(p, t, NULL)); return;
        case KW_if: vpush(p, out, if_stmt(p, t, "'if' statement")); return;
        case KW_while: vpush(p, out, while_stmt(p, t)); return;
        case KW_for: vpush(p, out, for_stmt(p, t, false)); return;
        case KW_with: vpush(p, out, with_stmt(p, t, false)); return;
        case KW_try: vpush(p, out, try_stmt(p, t)); return;
        case KW_async: {
            Token *n = tk(p, 1);
            p->pos++;
            if (n->type == T_NAME && n->kw == KW_def) { vpush(p, out, funcdef(p, t, NULL, true)); return; }
            if (n->type == T_NAME && n->kw == KW_for) { vpush(p, out, for_stmt(p, t, true)); return; }
            if (n->type == T_NAME && n->kw == KW_with) { vpush(p, out, with_stmt(p, t, true)); return; }
            invalid_syntax(p);
        }
        case 0:
            if (tok_is_name(p, t, "match")) {
                Stmt *s = match_stmt(p);
                if (s) { vpush(p, out, s); return; }
            }
            break;
        default: break;
        }
    } else if (t->type == T_AT) {
        Vec decos = {0};
        while (accept_op(p, T_AT)) {
            vpush(p, &decos, named_expression(p));
            if (!accept_op(p, T_NEWLINE)) invalid_syntax(p);
        }
        Token *d = CUR;
        if (at_kw(p, KW_def)) { vpush(p, out, funcdef(p, d, &decos, false)); return; }
        if (at_kw(p, KW_class)) { vpush(p, out, classdef(p, d, &decos)); return; }
        if (at_kw(p, KW_async) && tk(p, 1)->type == T_NAME && tk(p, 1)->kw == KW_def) {
            p->pos++;
            vpush(p, out, funcdef(p, d, &decos, true));
            return;
        }
        invalid_syntax(p);
    }
    simple_stmts(p, out);
}

/* -- Entry points ------------------------------------------------------------------------- */

static void parser_init(Parser *p, AstPool *pool, const char *buf, size_t len, SyntaxErrorInfo *err)
{
    memset(p, 0, sizeof *p);
    p->pool = pool;
    p->buf = buf;
    p->len = len;
    p->err = err;
    p->errsrc = buf;
    p->errsrc_len = len;
    p->chunk = len < 256 ? 32 : TOK_CHUNK;   /* f-string fields are short */
    tok_init(&p->tz, buf, len);
}

static Mod *parse_mode(Parser *p, int mode)
{
    Mod *m = ast_alloc(p->pool, sizeof *m);
    if (mode == PARSE_EVAL) {
        while (at_op(p, T_NEWLINE)) p->pos++;
        Expr *e = star_expressions(p);
        while (at_op(p, T_NEWLINE)) p->pos++;
        if (!at_op(p, T_ENDMARKER)) invalid_syntax(p);
        m->kind = Mod_Expression;
        m->v.Expression.body = e;
        return m;
    }
    Vec v = {0};
    if (mode == PARSE_SINGLE) {
        while (at_op(p, T_NEWLINE)) p->pos++;
        if (!at_op(p, T_ENDMARKER)) statement(p, &v);
        while (at_op(p, T_NEWLINE)) p->pos++;
        if (!at_op(p, T_ENDMARKER)) {
            Token *t = CUR;
            syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col,
                         "multiple statements found while compiling a single statement");
        }
        m->kind = Mod_Interactive;
        m->v.Interactive.body = SEQ(StmtSeq, v);
        return m;
    }
    while (!at_op(p, T_ENDMARKER)) {
        if (at_op(p, T_NEWLINE)) { p->pos++; continue; }
        statement(p, &v);
    }
    m->kind = Mod_Module;
    m->v.Module.body = SEQ(StmtSeq, v);
    return m;
}

/* An f-string replacement field: parse "(text)" with positions shifted to the source. */
static Mod *parse_sub(Parser *outer, const char *text, size_t n, int line, int col)
{
    char *b = ast_alloc(outer->pool, n + 3);
    b[0] = '(';
    memcpy(b + 1, text, n);
    b[n + 1] = ')';
    b[n + 2] = 0;
    Parser *p = ast_alloc(outer->pool, sizeof *p);
    parser_init(p, outer->pool, b, n + 2, outer->err);
    p->jb = outer->jb;
    p->root_jb = outer->root_jb;
    p->in_speculation = outer->in_speculation;
    p->alt_spec = outer->alt_spec;
    p->pass2 = outer->pass2;
    p->fstring = true;
    p->line_off = line - 1;
    p->col_off = col - 1;
    p->depth = outer->depth;
    Expr *e = star_expressions(p);
    if (!at_op(p, T_NEWLINE) && !at_op(p, T_ENDMARKER)) invalid_syntax(p);
    Mod *m = ast_alloc(p->pool, sizeof *m);
    m->kind = Mod_Expression;
    m->v.Expression.body = e;
    return m;
}

/* -- Source decoding ---------------------------------------------------------------------- */

/* The coding declaration on line 1 or 2 (PEP 263), or NULL. */
static const char *find_coding(const char *s, size_t len, char *out, size_t outsz)
{
    size_t i = 0;
    for (int line = 0; line < 2 && i < len; line++) {
        size_t ls = i;
        while (i < len && s[i] != '\n' && s[i] != '\r') i++;
        size_t le = i;
        if (i < len && s[i] == '\r' && i + 1 < len && s[i + 1] == '\n') i++;
        if (i < len) i++;
        size_t k = ls;
        while (k < le && (s[k] == ' ' || s[k] == '\t' || s[k] == '\f')) k++;
        if (k >= le || s[k] != '#') {
            if (k < le) return NULL;   /* a code line ends the search */
            continue;
        }
        for (; k + 6 < le; k++) {
            if (memcmp(s + k, "coding", 6) == 0 && (s[k + 6] == ':' || s[k + 6] == '=')) {
                size_t j = k + 7;
                while (j < le && (s[j] == ' ' || s[j] == '\t')) j++;
                size_t n = 0;
                while (j < le && n + 1 < outsz &&
                       ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
                        (s[j] >= '0' && s[j] <= '9') || s[j] == '-' || s[j] == '_' || s[j] == '.'))
                    out[n++] = s[j++];
                out[n] = 0;
                if (n) return out;
            }
        }
    }
    return NULL;
}

static bool enc_is(const char *enc, const char *const *names)
{
    char norm[64];
    size_t n = 0;
    for (; enc[n] && n + 1 < sizeof norm; n++) {
        char c = enc[n];
        norm[n] = (char)(c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    norm[n] = 0;
    for (; *names; names++) {
        size_t k = strlen(*names);
        if (strncmp(norm, *names, k) == 0 && (norm[k] == 0 || norm[k] == '-')) return true;
    }
    return false;
}

static const char *const utf8_names[] = { "utf-8", "utf8", NULL };
static const char *const latin1_names[] = { "latin-1", "iso-8859-1", "iso8859-1", "latin1", "iso-latin-1", NULL };
static const char *const ascii_names[] = { "ascii", "us-ascii", NULL };

/* Returns the first invalid UTF-8 byte position, or -1. */
static long utf8_invalid(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        int k;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) k = 1;
        else if (c >= 0xE0 && c <= 0xEF) k = 2;
        else if (c >= 0xF0 && c <= 0xF4) k = 3;
        else return (long)i;
        if (i + (size_t)k >= n + 0 && i + (size_t)k > n - 1 + 1) return (long)i;
        for (int j = 1; j <= k; j++)
            if (i + (size_t)j >= n || (s[i + (size_t)j] & 0xC0) != 0x80) return (long)i;
        i += (size_t)k + 1;
    }
    return -1;
}

Mod *ast_parse(AstPool *pool, const char *src, size_t len, const char *filename, int mode,
               int flags, SyntaxErrorInfo *err)
{
    (void)filename;
    (void)flags;
    memset(err, 0, sizeof *err);
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) { src += 3; len -= 3; }
    char encbuf[64];
    const char *enc = find_coding(src, len, encbuf, sizeof encbuf);
    /* decode to UTF-8 and normalise newlines */
    char *buf = ast_alloc(pool, len * 2 + 2);
    size_t n = 0;
    bool latin1 = false;
    if (enc && !enc_is(enc, utf8_names)) {
        if (enc_is(enc, latin1_names) || enc_is(enc, ascii_names)) latin1 = true;
        else {
            err->type = "SyntaxError";
            snprintf(err->msg, sizeof err->msg, "unknown encoding: %s", enc);
            err->lineno = 0;
            err->offset = -1;
            return NULL;
        }
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            buf[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') i++;
        } else if (latin1 && c >= 0x80) {
            buf[n++] = (char)(0xC0 | (c >> 6));
            buf[n++] = (char)(0x80 | (c & 0x3F));
        } else {
            buf[n++] = (char)c;
        }
    }
    buf[n] = 0;
    if (!latin1) {
        long bad = utf8_invalid((const unsigned char *)buf, n);
        if (bad >= 0) {
            int line = 1;
            for (long i = 0; i < bad; i++) if (buf[i] == '\n') line++;
            err->type = "SyntaxError";
            snprintf(err->msg, sizeof err->msg,
                     "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %ld: invalid start byte",
                     (unsigned char)buf[bad], bad - (long)tok_line_start(buf, (size_t)bad));
            err->lineno = line;
            err->offset = 0;
            return NULL;
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (buf[i] == 0) {
            err->type = "SyntaxError";
            snprintf(err->msg, sizeof err->msg, "source code cannot contain null bytes");
            err->lineno = 0;
            err->offset = -1;
            return NULL;
        }
    }
    Parser *p = ast_alloc(pool, sizeof *p);
    parser_init(p, pool, buf, n, err);
    jmp_buf jb;
    Mod *volatile m = NULL;
    p->jb = p->root_jb = &jb;
    if (setjmp(jb) == 0) m = parse_mode(p, mode);
    else m = NULL;
    if (!m && !p->err_from_tok && p->alt_swallowed) {
        /* CPython's second pass: errors found while trying an alternative (`match x = 1`)
         * are reported too. */
        SyntaxErrorInfo first = *err;
        Parser *p2 = ast_alloc(pool, sizeof *p2);
        parser_init(p2, pool, buf, n, err);
        p2->pass2 = true;
        p2->jb = p2->root_jb = &jb;
        if (setjmp(jb) == 0) parse_mode(p2, mode);
        if (strcmp(err->msg, "invalid syntax") == 0) *err = first;
        else p = p2;
    }
    if (!m && !p->err_from_tok && !p->no_rest_check && p->ntoks > 0) {
        /* Like CPython, tokenize the rest of the source: a tokenizer error there wins over a
         * parser error, and so does a bracket left open at EOF if it was opened on a line
         * before the last token the parser looked at. */
        int last_line = tok_at(p, p->ntoks - 1)->lineno;
        Token scratch;
        for (;;) {
            /* a tokenizer error already met inside a lookahead is still pending */
            if (p->tok_failed || tok_next(&p->tz, &scratch) < 0) {
                TokError *te = &p->tz.err;
                if (te->deferred) break;
                if (!te->eof_in_paren || last_line > te->lineno) {
                    if (setjmp(jb) == 0) raise_tok_error(p);
                }
                break;
            }
            if (scratch.type == T_ENDMARKER) break;
        }
    }
    return m;
}
