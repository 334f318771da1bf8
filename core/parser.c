/* kiln: a hand-written recursive-descent parser for the full Python 3.11 grammar, producing the
 * ASDL-shaped AST of ast.h with CPython's positions and its syntax error messages.
 *
 * Tokens are pulled lazily from the tokenizer into an array, so any point can be revisited: the
 * few places where the grammar needs unbounded lookahead (soft keyword `match`, parenthesised
 * with-items) parse speculatively and rewind. Errors longjmp to the innermost recovery point;
 * all memory comes from the AstPool, so an abandoned parse leaks nothing. Assignment targets are
 * parsed as expressions and then checked and switched to Store/Del context, as CPython 3.8 did.
 *
 * Errors follow CPython 3.11's PEG parser: a plain "invalid syntax" points at the furthest token
 * looked at (not counting the lookaheads done only to choose an error message); the specific
 * messages of its invalid_* rules are produced where those rules would match, using short
 * speculative parses (in_speculation: errors there only unwind); a tokenizer error found later
 * in the file overrides a parser error (ast_parse scans the rest), and a second pass reports
 * specific errors met inside a grammar alternative (`match x = 1`). */
#include "ast.h"
#include "tokenizer.h"
#include "../stdlib/unicodedata.h"  /* ucd_normalize: NFKC of identifiers */

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
    int no_comma_check;         /* >0: no "Perhaps you forgot a comma?" (dict keys) */
    const char *errsrc;         /* buffer error lines are taken from (the outer source) */
    size_t errsrc_len;
    bool fstring;               /* parsing an f-string replacement field */
    bool err_from_tok;          /* the error came from the tokenizer */
    int fs_after;               /* index of the token after the string run being decoded */
    int mode;                   /* PARSE_FILE / PARSE_EVAL / PARSE_SINGLE */
    bool text_no_newline;       /* CPython's tokenizer errors show the line without its newline */
    bool barry;                 /* barry_as_FLUFL: '<>' is the not-equal operator, '!=' an error */
} Parser;

#define EC_ZERO (-1000)         /* syntax_error end column: report end_offset 0 */
#define EC_MINUS1 (-1001)       /* syntax_error end column: report end_offset -1 */

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
    /* CPython falls back to byte offsets when the line is not valid UTF-8 */
    for (size_t k = ls; k < i;) {
        const char *why;
        int len = tok_utf8_len((const unsigned char *)b + k, i - k, &why);
        if (!len) return col + 1;
        k += (size_t)len;
    }
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
            /* CPython 3.11 reports these at the real line but with columns relative to the
             * "(expr)" text */
            if (l == p->line_off + 1) c -= p->col_off;
            if (el == p->line_off + 1 && ec >= 0) ec -= p->col_off;
        }
        e->type = type;
        e->lineno = l;
        e->end_lineno = el;
        e->text = NULL;
        int tl = p->fstring ? l - p->line_off : l, tel = p->fstring ? el - p->line_off : el;
        e->offset = char_offset(p, tl, c, &e->text);
        if (p->text_no_newline && e->text) {
            size_t tn = strlen(e->text);
            if (tn && e->text[tn - 1] == '\n') e->text[tn - 1] = 0;
        } else if (e->text && p->mode == PARSE_FILE && !p->fstring) {
            /* exec input gets a newline at its end, as CPython's string tokenizer adds one */
            size_t tn = strlen(e->text);
            if (!tn || e->text[tn - 1] != '\n') {
                char *nt = ast_alloc(p->pool, tn + 2);
                memcpy(nt, e->text, tn);
                nt[tn] = '\n';
                nt[tn + 1] = 0;
                e->text = nt;
            }
        }
        if (c == -1) e->offset = 0;     /* CPython's raw column for a DEDENT */
        e->end_offset = ec == EC_ZERO ? 0 : ec == EC_MINUS1 ? AST_OFFSET_MINUS1 : ec < 0 ? ec : char_offset(p, tel, ec, NULL);
        if (p->alt_spec) longjmp(*p->root_jb, 1);
    }
    longjmp(*p->jb, 1);
}

/* Record a compile-time warning (emitted by compile_source).  A parser that backtracks may
 * decode a literal twice: a warning already recorded at the same place is not repeated. */
static void add_warning(Parser *p, bool deprecation, int l, int c, int el, int ec, const char *fmt, ...)
    PRINTF(7, 8);
static void add_warning(Parser *p, bool deprecation, int l, int c, int el, int ec, const char *fmt, ...)
{
    AstWarning *w = ast_alloc(p->pool, sizeof *w), **tail = &p->err->warnings;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->msg, sizeof w->msg, fmt, ap);
    va_end(ap);
    w->deprecation = deprecation;
    if (p->fstring) {
        if (l == p->line_off + 1) c -= p->col_off;
        if (el == p->line_off + 1 && ec >= 0) ec -= p->col_off;
    }
    int tl = p->fstring ? l - p->line_off : l, tel = p->fstring ? el - p->line_off : el;
    w->lineno = l;
    w->end_lineno = el;
    w->offset = char_offset(p, tl, c, &w->text);
    w->end_offset = ec == EC_MINUS1 ? AST_OFFSET_MINUS1 : ec < 0 ? ec : char_offset(p, tel, ec, NULL);
    /* CPython's text for these is its tokenizer's current line: with the newline that exec
     * input gets for an escape in a one-line literal, without it otherwise */
    size_t tlen = strlen(w->text);
    if (tlen && w->text[tlen - 1] == '\n') w->text[--tlen] = 0;
    if (l != el && w->end_offset > (int)tlen + 1) w->end_offset = (int)tlen + 1;
    if (deprecation && l == el && p->mode == PARSE_FILE) {
        char *nt = ast_alloc(p->pool, tlen + 2);
        memcpy(nt, w->text, tlen);
        nt[tlen] = '\n';
        w->text = nt;
    }
    for (; *tail; tail = &(*tail)->next) {
        AstWarning *o = *tail;
        if (o->lineno == w->lineno && o->offset == w->offset && o->end_offset == w->end_offset &&
            strcmp(o->msg, w->msg) == 0)
            return;
    }
    *tail = w;
}

/* Lines in the error source; a last line without its newline counts too. */
static int source_lines(Parser *p)
{
    int lines = 0;
    for (size_t i = 0; i < p->errsrc_len; i++)
        if (p->errsrc[i] == '\n') lines++;
    if (p->errsrc_len && p->errsrc[p->errsrc_len - 1] != '\n') lines++;
    return lines;
}

static NORET void raise_tok_error(Parser *p)
{
    if (!p->in_speculation && !p->alt_spec) p->err_from_tok = true;
    TokError *te = &p->tz.err;
    int l = te->lineno + p->line_off, c = te->col, el = te->end_lineno + p->line_off, ec = te->end_col;
    if (te->lineno == 1) c += p->col_off;
    if (te->end_lineno == 1 && ec >= 0) ec += p->col_off;
    if (ec == -1) ec = EC_MINUS1;
    else if (ec == -2) ec = EC_ZERO;
    p->text_no_newline = strcmp(te->type, "SyntaxError") == 0 && !te->deferred && !te->eof_in_paren &&
                         strcmp(te->msg, "invalid syntax") != 0;
    if (te->eof_in_paren && te->lineno < source_lines(p)) {
        /* the bracket's line is not the tokenizer's last one: CPython shows it without newline */
        p->text_no_newline = true;
    }
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
        int rc = tok_next(&p->tz, t);
        for (int w = 0; w < p->tz.nwarn; w++) {
            int wl = p->tz.warn[w].lineno + p->line_off, wc = p->tz.warn[w].col + (p->tz.warn[w].lineno == 1 ? p->col_off : 0);
            add_warning(p, false, wl, wc, wl, wc, "%s", p->tz.warn[w].msg);
        }
        p->tz.nwarn = 0;
        if (rc < 0) {
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
            syntax_error(p, "IndentationError", t->lineno, t->col > 0 ? t->col - 1 : 0, t->lineno, EC_MINUS1,
                         "unexpected indent");
        if (t->type == T_DEDENT)
            syntax_error(p, "IndentationError", t->lineno, t->col, t->lineno, EC_MINUS1, "unexpected unindent");
    }
    if (t->type == T_NEWLINE && !p->fstring) {
        /* CPython's NEWLINE token is zero-width; eval and single input get no implicit
         * NEWLINE, so an error at the end of such input is at column -1 */
        if (t->start == t->end && p->mode != PARSE_FILE)
            syntax_error(p, "SyntaxError", t->lineno, -1, t->lineno, EC_ZERO, "invalid syntax");
        syntax_error(p, "SyntaxError", t->lineno, t->col, t->lineno, t->col, "invalid syntax");
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

static size_t put_utf8(char *o, int cp);

/* A NAME token's text; a non-ASCII identifier in NFKC (PEP 3131). */
static char *tok_str(Parser *p, Token *t)
{
    const unsigned char *s = (const unsigned char *)p->tz.buf + t->start;
    size_t n = t->end - t->start;
    bool ascii = true;
    for (size_t i = 0; i < n; i++) if (s[i] >= 0x80) ascii = false;
    if (ascii || t->type != T_NAME) return ast_strndup(p->pool, (const char *)s, n);
    uint32_t *cps = malloc(n * sizeof *cps);
    if (!cps) abort();
    size_t m = 0;
    for (size_t i = 0; i < n;) {
        int len = s[i] < 0x80 ? 1 : (s[i] & 0xE0) == 0xC0 ? 2 : (s[i] & 0xF0) == 0xE0 ? 3 : 4;
        if (i + (size_t)len > n) len = (int)(n - i);
        cps[m++] = len == 1 ? s[i]
                 : len == 2 ? ((s[i] & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu)
                 : len == 3 ? ((s[i] & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu)
                 : ((s[i] & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu);
        i += (size_t)len;
    }
    size_t on;
    uint32_t *norm = ucd_normalize(cps, m, UCD_NFKC, &on);
    free(cps);
    char *o = ast_alloc(p->pool, on * 4 + 1);
    size_t k = 0;
    for (size_t i = 0; i < on; i++) k += put_utf8(o + k, (int)norm[i]);
    free(norm);
    o[k] = 0;
    return o;
}

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
        size_t nd = strlen(d);
        long long lim = nd > 640 && ast_int_max_str_digits ? ast_int_max_str_digits() : 0;
        if (lim > 0 && (long long)nd > lim)
            syntax_error(p, "SyntaxError", t->lineno, -1, t->lineno, EC_ZERO,
                         "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; "
                         "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                         "huge integer literals to avoid decimal conversion limits.", lim, nd);
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
    if (a->kind == Expr_Name && (strcmp(a->v.Name.id, "print") == 0 || strcmp(a->v.Name.id, "exec") == 0))
        return;
    if (a->kind == Expr_Name && t->type == T_STRING) {
        /* `f(a"s" b)`: NAME STRING is skipped, but CPython tries again from the string */
        int save = p->pos;
        jmp_buf jb, *saved = p->jb;
        Expr *volatile s = NULL, *volatile b = NULL;
        p->in_speculation++;
        if (setjmp(jb) == 0) {
            p->jb = &jb;
            s = disjunction(p);
            if (starts_expr(CUR) && !at_op(p, T_STAR)) b = expression(p);
        }
        p->jb = saved;
        p->in_speculation--;
        p->pos = save;
        if (s && b)
            syntax_error(p, "SyntaxError", s->lineno, s->col_offset, b->end_lineno, b->end_col_offset,
                         "invalid syntax. Perhaps you forgot a comma?");
        return;
    }
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

/* `[a, b for ...]`: CPython's invalid_comprehension */
static void forgot_parens(Parser *p, Vec *v)
{
    Expr *a = v->items[0], *b = v->items[v->n - 1];
    if (v->n > 1)
        syntax_error(p, "SyntaxError", a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                     "did you forget parentheses around the comprehension target?");
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
        if (at_op(p, T_DOUBLESTAR)) {       /* CPython's invalid_group: '(' '**' expression ')' */
            Token *ds = next_tok(p);
            if (!starts_expr(CUR)) invalid_syntax_at(p, ds);
            expression(p);
            if (!at_op(p, T_RPAR)) invalid_syntax_at(p, ds);
            syntax_error(p, "SyntaxError", ds->lineno, ds->col, ds->end_lineno, ds->end_col,
                         "cannot use double starred expression here");
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
            if (at_for(p)) forgot_parens(p, &v);
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
        if (at_op(p, T_DOUBLESTAR)) {
            Token *ds = next_tok(p);
            vpush(p, &keys, NULL);
            vpush(p, &vals, bitwise_or(p));
            if (at_for(p))
                syntax_error(p, "SyntaxError", ds->lineno, ds->col, ds->end_lineno, ds->end_col,
                             "dict unpacking cannot be used in dict comprehension");
        } else {
            Token *ft = CUR;
            first = star_named_expression(p);
            if (at_op(p, T_COLON) && (first->kind == Expr_Starred || (first->kind == Expr_NamedExpr && ft->type != T_LPAR)))
                invalid_syntax_at(p, CUR);     /* `{*a: 1}`, `{a := 1: 2}` */
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
                if (at_for(p)) forgot_parens(p, &v);
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
            p->no_comma_check++;     /* `{1: 2, 3 4: 5}` is "':' expected" in CPython */
            Expr *k = expression(p);
            p->no_comma_check--;
            if (!at_op(p, T_COLON))
                syntax_error(p, "SyntaxError", k->lineno, k->end_col_offset - 1, k->end_lineno, EC_ZERO,
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
    if (first->kind == Expr_Starred && at_for(p))
        err_node(p, first, "iterable unpacking cannot be used in comprehension");
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
    bool any_slice = first->kind == Expr_Slice;
    while (accept_op(p, T_COMMA)) {
        if (at_op(p, T_RSQB)) break;
        Expr *item = slice_item(p);
        any_slice |= item->kind == Expr_Slice;
        vpush(p, &v, item);
        if (!any_slice && at_for(p)) forgot_parens(p, &v);   /* s[a, b for ...] */
    }
    Expr *e = new_expr(p, Expr_Tuple, l, c);
    e->v.Tuple.elts = SEQ(ExprSeq, v);
    e->v.Tuple.ctx = Ctx_Load;
    return e;
}

static Expr *call_trailer(Parser *p, Expr *func, Token *start)
{
    bool no_genexp = func->kind == 0;   /* class bases: the dummy func of classdef */
    Token *open = next_tok(p);   /* '(' */
    Vec args = {0}, kws = {0};
    bool seen_kw = false, seen_dstar = false;
    const char *late_err = NULL;    /* reported, like CPython, once all arguments are read */
    Token *first_arg = NULL;
    while (!at_op(p, T_RPAR)) {
        Token *t = CUR;
        Token *this_arg = t;
        int l = t->lineno, c = t->col;
        if (accept_op(p, T_STAR)) {
            if (seen_dstar || (!starts_expr(CUR) && first_arg)) {
                /* CPython's invalid_arguments: args ',' '*' -- at the span of the arguments */
                Token *last = tok_at(p, p->pos - 3);
                syntax_error(p, "SyntaxError", first_arg->lineno, first_arg->col, last->end_lineno, last->end_col,
                             "iterable argument unpacking follows keyword argument unpacking");
            }
            Expr *v = expression(p);
            Expr *e = new_expr(p, Expr_Starred, l, c);
            e->v.Starred.value = v;
            e->v.Starred.ctx = Ctx_Load;
            if (at_for(p)) err_node(p, e, "iterable unpacking cannot be used in comprehension");
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
                    syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, tk(p, 1)->end_col,
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
            if (no_genexp && at_for(p)) invalid_syntax(p);
            if (at_for(p)) {
                Expr *g = ast_alloc(p->pool, sizeof *g);
                ComprehensionSeq gens;
                if (e->kind == Expr_Starred) err_node(p, e, "iterable unpacking cannot be used in comprehension");
                gens = for_if_clauses(p);
                g->kind = Expr_GeneratorExp;
                g->v.GeneratorExp.elt = e;
                g->v.GeneratorExp.generators = gens;
                if (args.n + kws.n > 0 || !at_op(p, T_RPAR)) {
                    if (args.n + kws.n == 0 && !at_op(p, T_COMMA)) invalid_syntax(p);
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
        if (!first_arg) first_arg = this_arg;
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
        if (p->tz.buf[t->start] == '<') return p->barry ? CmpOp_NotEq : -1;
        if (p->barry)
            syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col,
                         "with Barry as BDFL, use '<>' instead of '!='");
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

/* invalid_legacy_expression: `print "x"` and `exec "code"` */
static void check_legacy_call(Parser *p, Expr *d)
{
    if (strcmp(d->v.Name.id, "print") != 0 && strcmp(d->v.Name.id, "exec") != 0) return;
    int save = p->pos;
    jmp_buf jb, *saved = p->jb;
    Expr *volatile b = NULL;
    p->in_speculation++;
    if (setjmp(jb) == 0) {
        p->jb = &jb;
        b = star_expressions(p);
    }
    p->jb = saved;
    p->in_speculation--;
    p->pos = save;
    if (b)
        syntax_error(p, "SyntaxError", d->lineno, d->col_offset, b->end_lineno, b->end_col_offset,
                     "Missing parentheses in call to '%s'. Did you mean %s(...)?", d->v.Name.id,
                     d->v.Name.id);
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
    if (!p->in_speculation && d->kind == Expr_Name && start->type == T_NAME && starts_expr(CUR))
        check_legacy_call(p, d);
    if (!p->in_speculation && !p->no_comma_check && prev(p)->level > 0 && starts_expr(CUR) &&
        !at_op(p, T_STAR)) {
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
        bool lit = k == Expr_Constant && (e->v.Constant.value.kind == CONST_NONE ||
                                          e->v.Constant.value.kind == CONST_TRUE ||
                                          e->v.Constant.value.kind == CONST_FALSE);
        bool candidate = (k == Expr_Name && !paren) ||
            (!lit && k != Expr_List && k != Expr_Tuple && k != Expr_GeneratorExp &&
             k != Expr_Compare && k != Expr_BoolOp && k != Expr_IfExp && k != Expr_Lambda &&
             !(k == Expr_UnaryOp && e->v.UnaryOp.op == UnaryOp_Not));
        if (!candidate) return e;      /* CPython's lookahead rejects these before reading on */
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
/* Parse with fn as a lookahead for an error message: the tree with p->pos after it, or NULL with
 * p->pos unchanged. */
static Expr *speculate(Parser *p, Expr *(*fn)(Parser *))
{
    int save = p->pos;
    jmp_buf jb, *saved = p->jb;
    Expr *volatile r = NULL;
    p->in_speculation++;
    if (setjmp(jb) == 0) {
        p->jb = &jb;
        r = fn(p);
    }
    p->jb = saved;
    p->in_speculation--;
    if (!r) p->pos = save;
    return r;
}

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
            if (prev(p)->level > 0)
                check_forgot_comma(p, t->kind == Expr_Tuple && t->v.Tuple.elts.n ?
                                      t->v.Tuple.elts.items[t->v.Tuple.elts.n - 1] : t);
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
            if (seen_star) syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "/ must be ahead of *");
            if (seen_slash) syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "/ may appear only once");
            if (seen_star) syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, "/ must be ahead of *");
            if (plain.n == 0 && tk(p, 1)->type == T_COMMA)   /* invalid_parameters: "/" ',' */
                syntax_error(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col,
                             "at least one argument must precede /");
            if (plain.n == 0) invalid_syntax_at(p, t);
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
                if (n->type == close || n->type == T_DOUBLESTAR) {
                    Token *at = is_lambda ? n : t;   /* lambda: CPython's last-token location */
                    syntax_error(p, "SyntaxError", at->lineno, at->col, at->end_lineno, at->end_col, "named arguments must follow bare *");
                }
            } else if (at_op(p, close)) {
                Token *at = is_lambda ? CUR : t;
                syntax_error(p, "SyntaxError", at->lineno, at->col, at->end_lineno, at->end_col, "named arguments must follow bare *");
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
            if (t->type == T_LPAR && !seen_default && !seen_star && !seen_slash) {
                /* CPython's invalid_parameters: '(' NAME (',' NAME)* ','? ')' */
                int i = 1;
                while (tk(p, i)->type == T_NAME && !tk(p, i)->kw) {
                    i++;
                    if (tk(p, i)->type != T_COMMA) break;
                    i++;
                }
                Token *r = tk(p, i);
                if (i > 1 && r->type == T_RPAR)
                    syntax_error(p, "SyntaxError", t->lineno, t->col, r->end_lineno, r->end_col, "%s",
                                 is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                           : "Function parameters cannot be parenthesized");
            }
            Arg *arg = param(p, is_lambda, false);
            Expr *def = NULL;
            if (accept_op(p, T_EQUAL)) {
                if (at_op(p, T_COMMA) || at_op(p, T_RPAR)) {     /* invalid_default: '=' &(')'|',') */
                    Token *e = prev(p);
                    syntax_error(p, "SyntaxError", e->lineno, e->col, e->end_lineno, e->end_col,
                                 "expected default value expression");
                }
                def = expression(p);
            }
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

/* \N{...}: a partial table of names (generated by tests/parser/gen_uninames.py: common blocks
 * plus every name the Python files on the build machine use), sorted for binary search: the
 * fast path, and all the parser has when it is linked without the runtime (tools/astdump.c).
 * The runtime's ast_lookup_unicode_name (core/uninames.c) knows every name and alias. */
/* BEGIN generated uni_names */
static const struct { const char *name; int cp; } uni_names[] = {
    { "ACCOUNT OF", 0x2100 },
    { "ACUTE ACCENT", 0xB4 },
    { "ADDRESSED TO THE SUBJECT", 0x2101 },
    { "AKTIESELSKAB", 0x214D },
    { "ALEF SYMBOL", 0x2135 },
    { "ALL EQUAL TO", 0x224C },
    { "ALMOST EQUAL OR EQUAL TO", 0x224A },
    { "ALMOST EQUAL TO", 0x2248 },
    { "AMPERSAND", 0x26 },
    { "ANGLE", 0x2220 },
    { "ANGSTROM SIGN", 0x212B },
    { "ANTICLOCKWISE CONTOUR INTEGRAL", 0x2233 },
    { "ANTICLOCKWISE OPEN CIRCLE ARROW", 0x21BA },
    { "ANTICLOCKWISE TOP SEMICIRCLE ARROW", 0x21B6 },
    { "APOSTROPHE", 0x27 },
    { "APPROACHES THE LIMIT", 0x2250 },
    { "APPROXIMATELY BUT NOT ACTUALLY EQUAL TO", 0x2246 },
    { "APPROXIMATELY EQUAL TO", 0x2245 },
    { "APPROXIMATELY EQUAL TO OR THE IMAGE OF", 0x2252 },
    { "ASSERTION", 0x22A6 },
    { "ASTERISK", 0x2A },
    { "ASTERISK OPERATOR", 0x2217 },
    { "ASTERISM", 0x2042 },
    { "ASYMPTOTICALLY EQUAL TO", 0x2243 },
    { "AUSTRAL SIGN", 0x20B3 },
    { "BECAUSE", 0x2235 },
    { "BET SYMBOL", 0x2136 },
    { "BETWEEN", 0x226C },
    { "BITCOIN SIGN", 0x20BF },
    { "BLACK LEFT POINTING INDEX", 0x261A },
    { "BLACK LEFTWARDS BULLET", 0x204C },
    { "BLACK RIGHTWARDS BULLET", 0x204D },
    { "BLACK-LETTER CAPITAL C", 0x212D },
    { "BLACK-LETTER CAPITAL H", 0x210C },
    { "BLACK-LETTER CAPITAL I", 0x2111 },
    { "BLACK-LETTER CAPITAL R", 0x211C },
    { "BLACK-LETTER CAPITAL Z", 0x2128 },
    { "BOWTIE", 0x22C8 },
    { "BOX DRAWINGS DOUBLE DOWN AND HORIZONTAL", 0x2566 },
    { "BOX DRAWINGS DOUBLE DOWN AND LEFT", 0x2557 },
    { "BOX DRAWINGS DOUBLE DOWN AND RIGHT", 0x2554 },
    { "BOX DRAWINGS DOUBLE HORIZONTAL", 0x2550 },
    { "BOX DRAWINGS DOUBLE UP AND HORIZONTAL", 0x2569 },
    { "BOX DRAWINGS DOUBLE UP AND LEFT", 0x255D },
    { "BOX DRAWINGS DOUBLE UP AND RIGHT", 0x255A },
    { "BOX DRAWINGS DOUBLE VERTICAL", 0x2551 },
    { "BOX DRAWINGS DOUBLE VERTICAL AND HORIZONTAL", 0x256C },
    { "BOX DRAWINGS DOUBLE VERTICAL AND LEFT", 0x2563 },
    { "BOX DRAWINGS DOUBLE VERTICAL AND RIGHT", 0x2560 },
    { "BOX DRAWINGS DOWN DOUBLE AND HORIZONTAL SINGLE", 0x2565 },
    { "BOX DRAWINGS DOWN DOUBLE AND LEFT SINGLE", 0x2556 },
    { "BOX DRAWINGS DOWN DOUBLE AND RIGHT SINGLE", 0x2553 },
    { "BOX DRAWINGS DOWN HEAVY AND HORIZONTAL LIGHT", 0x2530 },
    { "BOX DRAWINGS DOWN HEAVY AND LEFT LIGHT", 0x2512 },
    { "BOX DRAWINGS DOWN HEAVY AND LEFT UP LIGHT", 0x2527 },
    { "BOX DRAWINGS DOWN HEAVY AND RIGHT LIGHT", 0x250E },
    { "BOX DRAWINGS DOWN HEAVY AND RIGHT UP LIGHT", 0x251F },
    { "BOX DRAWINGS DOWN HEAVY AND UP HORIZONTAL LIGHT", 0x2541 },
    { "BOX DRAWINGS DOWN LIGHT AND HORIZONTAL HEAVY", 0x252F },
    { "BOX DRAWINGS DOWN LIGHT AND LEFT HEAVY", 0x2511 },
    { "BOX DRAWINGS DOWN LIGHT AND LEFT UP HEAVY", 0x2529 },
    { "BOX DRAWINGS DOWN LIGHT AND RIGHT HEAVY", 0x250D },
    { "BOX DRAWINGS DOWN LIGHT AND RIGHT UP HEAVY", 0x2521 },
    { "BOX DRAWINGS DOWN LIGHT AND UP HORIZONTAL HEAVY", 0x2547 },
    { "BOX DRAWINGS DOWN SINGLE AND HORIZONTAL DOUBLE", 0x2564 },
    { "BOX DRAWINGS DOWN SINGLE AND LEFT DOUBLE", 0x2555 },
    { "BOX DRAWINGS DOWN SINGLE AND RIGHT DOUBLE", 0x2552 },
    { "BOX DRAWINGS HEAVY DOUBLE DASH HORIZONTAL", 0x254D },
    { "BOX DRAWINGS HEAVY DOUBLE DASH VERTICAL", 0x254F },
    { "BOX DRAWINGS HEAVY DOWN", 0x257B },
    { "BOX DRAWINGS HEAVY DOWN AND HORIZONTAL", 0x2533 },
    { "BOX DRAWINGS HEAVY DOWN AND LEFT", 0x2513 },
    { "BOX DRAWINGS HEAVY DOWN AND RIGHT", 0x250F },
    { "BOX DRAWINGS HEAVY HORIZONTAL", 0x2501 },
    { "BOX DRAWINGS HEAVY LEFT", 0x2578 },
    { "BOX DRAWINGS HEAVY LEFT AND LIGHT RIGHT", 0x257E },
    { "BOX DRAWINGS HEAVY QUADRUPLE DASH HORIZONTAL", 0x2509 },
    { "BOX DRAWINGS HEAVY QUADRUPLE DASH VERTICAL", 0x250B },
    { "BOX DRAWINGS HEAVY RIGHT", 0x257A },
    { "BOX DRAWINGS HEAVY TRIPLE DASH HORIZONTAL", 0x2505 },
    { "BOX DRAWINGS HEAVY TRIPLE DASH VERTICAL", 0x2507 },
    { "BOX DRAWINGS HEAVY UP", 0x2579 },
    { "BOX DRAWINGS HEAVY UP AND HORIZONTAL", 0x253B },
    { "BOX DRAWINGS HEAVY UP AND LEFT", 0x251B },
    { "BOX DRAWINGS HEAVY UP AND LIGHT DOWN", 0x257F },
    { "BOX DRAWINGS HEAVY UP AND RIGHT", 0x2517 },
    { "BOX DRAWINGS HEAVY VERTICAL", 0x2503 },
    { "BOX DRAWINGS HEAVY VERTICAL AND HORIZONTAL", 0x254B },
    { "BOX DRAWINGS HEAVY VERTICAL AND LEFT", 0x252B },
    { "BOX DRAWINGS HEAVY VERTICAL AND RIGHT", 0x2523 },
    { "BOX DRAWINGS LEFT DOWN HEAVY AND RIGHT UP LIGHT", 0x2545 },
    { "BOX DRAWINGS LEFT HEAVY AND RIGHT DOWN LIGHT", 0x252D },
    { "BOX DRAWINGS LEFT HEAVY AND RIGHT UP LIGHT", 0x2535 },
    { "BOX DRAWINGS LEFT HEAVY AND RIGHT VERTICAL LIGHT", 0x253D },
    { "BOX DRAWINGS LEFT LIGHT AND RIGHT DOWN HEAVY", 0x2532 },
    { "BOX DRAWINGS LEFT LIGHT AND RIGHT UP HEAVY", 0x253A },
    { "BOX DRAWINGS LEFT LIGHT AND RIGHT VERTICAL HEAVY", 0x254A },
    { "BOX DRAWINGS LEFT UP HEAVY AND RIGHT DOWN LIGHT", 0x2543 },
    { "BOX DRAWINGS LIGHT ARC DOWN AND LEFT", 0x256E },
    { "BOX DRAWINGS LIGHT ARC DOWN AND RIGHT", 0x256D },
    { "BOX DRAWINGS LIGHT ARC UP AND LEFT", 0x256F },
    { "BOX DRAWINGS LIGHT ARC UP AND RIGHT", 0x2570 },
    { "BOX DRAWINGS LIGHT DIAGONAL CROSS", 0x2573 },
    { "BOX DRAWINGS LIGHT DIAGONAL UPPER LEFT TO LOWER RIGHT", 0x2572 },
    { "BOX DRAWINGS LIGHT DIAGONAL UPPER RIGHT TO LOWER LEFT", 0x2571 },
    { "BOX DRAWINGS LIGHT DOUBLE DASH HORIZONTAL", 0x254C },
    { "BOX DRAWINGS LIGHT DOUBLE DASH VERTICAL", 0x254E },
    { "BOX DRAWINGS LIGHT DOWN", 0x2577 },
    { "BOX DRAWINGS LIGHT DOWN AND HORIZONTAL", 0x252C },
    { "BOX DRAWINGS LIGHT DOWN AND LEFT", 0x2510 },
    { "BOX DRAWINGS LIGHT DOWN AND RIGHT", 0x250C },
    { "BOX DRAWINGS LIGHT HORIZONTAL", 0x2500 },
    { "BOX DRAWINGS LIGHT LEFT", 0x2574 },
    { "BOX DRAWINGS LIGHT LEFT AND HEAVY RIGHT", 0x257C },
    { "BOX DRAWINGS LIGHT QUADRUPLE DASH HORIZONTAL", 0x2508 },
    { "BOX DRAWINGS LIGHT QUADRUPLE DASH VERTICAL", 0x250A },
    { "BOX DRAWINGS LIGHT RIGHT", 0x2576 },
    { "BOX DRAWINGS LIGHT TRIPLE DASH HORIZONTAL", 0x2504 },
    { "BOX DRAWINGS LIGHT TRIPLE DASH VERTICAL", 0x2506 },
    { "BOX DRAWINGS LIGHT UP", 0x2575 },
    { "BOX DRAWINGS LIGHT UP AND HEAVY DOWN", 0x257D },
    { "BOX DRAWINGS LIGHT UP AND HORIZONTAL", 0x2534 },
    { "BOX DRAWINGS LIGHT UP AND LEFT", 0x2518 },
    { "BOX DRAWINGS LIGHT UP AND RIGHT", 0x2514 },
    { "BOX DRAWINGS LIGHT VERTICAL", 0x2502 },
    { "BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL", 0x253C },
    { "BOX DRAWINGS LIGHT VERTICAL AND LEFT", 0x2524 },
    { "BOX DRAWINGS LIGHT VERTICAL AND RIGHT", 0x251C },
    { "BOX DRAWINGS RIGHT DOWN HEAVY AND LEFT UP LIGHT", 0x2546 },
    { "BOX DRAWINGS RIGHT HEAVY AND LEFT DOWN LIGHT", 0x252E },
    { "BOX DRAWINGS RIGHT HEAVY AND LEFT UP LIGHT", 0x2536 },
    { "BOX DRAWINGS RIGHT HEAVY AND LEFT VERTICAL LIGHT", 0x253E },
    { "BOX DRAWINGS RIGHT LIGHT AND LEFT DOWN HEAVY", 0x2531 },
    { "BOX DRAWINGS RIGHT LIGHT AND LEFT UP HEAVY", 0x2539 },
    { "BOX DRAWINGS RIGHT LIGHT AND LEFT VERTICAL HEAVY", 0x2549 },
    { "BOX DRAWINGS RIGHT UP HEAVY AND LEFT DOWN LIGHT", 0x2544 },
    { "BOX DRAWINGS UP DOUBLE AND HORIZONTAL SINGLE", 0x2568 },
    { "BOX DRAWINGS UP DOUBLE AND LEFT SINGLE", 0x255C },
    { "BOX DRAWINGS UP DOUBLE AND RIGHT SINGLE", 0x2559 },
    { "BOX DRAWINGS UP HEAVY AND DOWN HORIZONTAL LIGHT", 0x2540 },
    { "BOX DRAWINGS UP HEAVY AND HORIZONTAL LIGHT", 0x2538 },
    { "BOX DRAWINGS UP HEAVY AND LEFT DOWN LIGHT", 0x2526 },
    { "BOX DRAWINGS UP HEAVY AND LEFT LIGHT", 0x251A },
    { "BOX DRAWINGS UP HEAVY AND RIGHT DOWN LIGHT", 0x251E },
    { "BOX DRAWINGS UP HEAVY AND RIGHT LIGHT", 0x2516 },
    { "BOX DRAWINGS UP LIGHT AND DOWN HORIZONTAL HEAVY", 0x2548 },
    { "BOX DRAWINGS UP LIGHT AND HORIZONTAL HEAVY", 0x2537 },
    { "BOX DRAWINGS UP LIGHT AND LEFT DOWN HEAVY", 0x252A },
    { "BOX DRAWINGS UP LIGHT AND LEFT HEAVY", 0x2519 },
    { "BOX DRAWINGS UP LIGHT AND RIGHT DOWN HEAVY", 0x2522 },
    { "BOX DRAWINGS UP LIGHT AND RIGHT HEAVY", 0x2515 },
    { "BOX DRAWINGS UP SINGLE AND HORIZONTAL DOUBLE", 0x2567 },
    { "BOX DRAWINGS UP SINGLE AND LEFT DOUBLE", 0x255B },
    { "BOX DRAWINGS UP SINGLE AND RIGHT DOUBLE", 0x2558 },
    { "BOX DRAWINGS VERTICAL DOUBLE AND HORIZONTAL SINGLE", 0x256B },
    { "BOX DRAWINGS VERTICAL DOUBLE AND LEFT SINGLE", 0x2562 },
    { "BOX DRAWINGS VERTICAL DOUBLE AND RIGHT SINGLE", 0x255F },
    { "BOX DRAWINGS VERTICAL HEAVY AND HORIZONTAL LIGHT", 0x2542 },
    { "BOX DRAWINGS VERTICAL HEAVY AND LEFT LIGHT", 0x2528 },
    { "BOX DRAWINGS VERTICAL HEAVY AND RIGHT LIGHT", 0x2520 },
    { "BOX DRAWINGS VERTICAL LIGHT AND HORIZONTAL HEAVY", 0x253F },
    { "BOX DRAWINGS VERTICAL LIGHT AND LEFT HEAVY", 0x2525 },
    { "BOX DRAWINGS VERTICAL LIGHT AND RIGHT HEAVY", 0x251D },
    { "BOX DRAWINGS VERTICAL SINGLE AND HORIZONTAL DOUBLE", 0x256A },
    { "BOX DRAWINGS VERTICAL SINGLE AND LEFT DOUBLE", 0x2561 },
    { "BOX DRAWINGS VERTICAL SINGLE AND RIGHT DOUBLE", 0x255E },
    { "BROKEN BAR", 0xA6 },
    { "BULLET", 0x2022 },
    { "BULLET OPERATOR", 0x2219 },
    { "BYTE ORDER MARK", 0xFEFF },
    { "CADA UNA", 0x2106 },
    { "CANCEL TAG", 0xE007F },
    { "CARE OF", 0x2105 },
    { "CARET", 0x2038 },
    { "CARET INSERTION POINT", 0x2041 },
    { "CARRIAGE RETURN", 0xD },
    { "CEDI SIGN", 0x20B5 },
    { "CEDILLA", 0xB8 },
    { "CENT SIGN", 0xA2 },
    { "CENTRE LINE SYMBOL", 0x2104 },
    { "CHARACTER TABULATION", 0x9 },
    { "CHARACTER TIE", 0x2040 },
    { "CIRCLED ASTERISK OPERATOR", 0x229B },
    { "CIRCLED DASH", 0x229D },
    { "CIRCLED DIVISION SLASH", 0x2298 },
    { "CIRCLED DOT OPERATOR", 0x2299 },
    { "CIRCLED EQUALS", 0x229C },
    { "CIRCLED MINUS", 0x2296 },
    { "CIRCLED NUMBER THIRTY NINE", 0x32B4 },
    { "CIRCLED PLUS", 0x2295 },
    { "CIRCLED RING OPERATOR", 0x229A },
    { "CIRCLED TIMES", 0x2297 },
    { "CIRCUMFLEX ACCENT", 0x5E },
    { "CJK UNIFIED IDEOGRAPH-8000", 0x8000 },
    { "CLOCKWISE CONTOUR INTEGRAL", 0x2232 },
    { "CLOCKWISE INTEGRAL", 0x2231 },
    { "CLOCKWISE OPEN CIRCLE ARROW", 0x21BB },
    { "CLOCKWISE TOP SEMICIRCLE ARROW", 0x21B7 },
    { "CLOSE UP", 0x2050 },
    { "COLON", 0x3A },
    { "COLON EQUALS", 0x2254 },
    { "COLON SIGN", 0x20A1 },
    { "COMBINING ACUTE ACCENT", 0x301 },
    { "COMBINING ASTERISK ABOVE", 0x20F0 },
    { "COMBINING BREVE", 0x306 },
    { "COMBINING CARON", 0x30C },
    { "COMBINING CIRCUMFLEX ACCENT", 0x302 },
    { "COMBINING DIAERESIS", 0x308 },
    { "COMBINING DOT ABOVE", 0x307 },
    { "COMBINING FOUR DOTS ABOVE", 0x20DC },
    { "COMBINING GRAVE ACCENT", 0x300 },
    { "COMBINING LATIN SMALL LETTER X", 0x36F },
    { "COMBINING LEFT HARPOON ABOVE", 0x20D0 },
    { "COMBINING OVERLINE", 0x305 },
    { "COMBINING RIGHT ARROW ABOVE", 0x20D7 },
    { "COMBINING RING ABOVE", 0x30A },
    { "COMBINING THREE DOTS ABOVE", 0x20DB },
    { "COMBINING TILDE", 0x303 },
    { "COMET", 0x2604 },
    { "COMMA", 0x2C },
    { "COMMERCIAL AT", 0x40 },
    { "COMMERCIAL MINUS SIGN", 0x2052 },
    { "COMPLEMENT", 0x2201 },
    { "CONTAINS AS MEMBER", 0x220B },
    { "CONTAINS AS NORMAL SUBGROUP", 0x22B3 },
    { "CONTAINS AS NORMAL SUBGROUP OR EQUAL TO", 0x22B5 },
    { "CONTAINS WITH LONG HORIZONTAL STROKE", 0x22FA },
    { "CONTAINS WITH OVERBAR", 0x22FD },
    { "CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", 0x22FB },
    { "CONTOUR INTEGRAL", 0x222E },
    { "COPTIC CAPITAL LETTER DEI", 0x3EE },
    { "COPTIC CAPITAL LETTER FEI", 0x3E4 },
    { "COPTIC CAPITAL LETTER GANGIA", 0x3EA },
    { "COPTIC CAPITAL LETTER HORI", 0x3E8 },
    { "COPTIC CAPITAL LETTER KHEI", 0x3E6 },
    { "COPTIC CAPITAL LETTER SHEI", 0x3E2 },
    { "COPTIC CAPITAL LETTER SHIMA", 0x3EC },
    { "COPTIC SMALL LETTER DEI", 0x3EF },
    { "COPTIC SMALL LETTER FEI", 0x3E5 },
    { "COPTIC SMALL LETTER GANGIA", 0x3EB },
    { "COPTIC SMALL LETTER HORI", 0x3E9 },
    { "COPTIC SMALL LETTER KHEI", 0x3E7 },
    { "COPTIC SMALL LETTER SHEI", 0x3E3 },
    { "COPTIC SMALL LETTER SHIMA", 0x3ED },
    { "COPYRIGHT SIGN", 0xA9 },
    { "CORRESPONDS TO", 0x2258 },
    { "CRUZEIRO SIGN", 0x20A2 },
    { "CUBE ROOT", 0x221B },
    { "CURLY LOGICAL AND", 0x22CF },
    { "CURLY LOGICAL OR", 0x22CE },
    { "CURRENCY SIGN", 0xA4 },
    { "CYRILLIC CAPITAL LETTER A", 0x410 },
    { "CYRILLIC CAPITAL LETTER BE", 0x411 },
    { "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I", 0x406 },
    { "CYRILLIC CAPITAL LETTER CHE", 0x427 },
    { "CYRILLIC CAPITAL LETTER DE", 0x414 },
    { "CYRILLIC CAPITAL LETTER DJE", 0x402 },
    { "CYRILLIC CAPITAL LETTER DZE", 0x405 },
    { "CYRILLIC CAPITAL LETTER DZHE", 0x40F },
    { "CYRILLIC CAPITAL LETTER E", 0x42D },
    { "CYRILLIC CAPITAL LETTER EF", 0x424 },
    { "CYRILLIC CAPITAL LETTER EL", 0x41B },
    { "CYRILLIC CAPITAL LETTER EM", 0x41C },
    { "CYRILLIC CAPITAL LETTER EN", 0x41D },
    { "CYRILLIC CAPITAL LETTER ER", 0x420 },
    { "CYRILLIC CAPITAL LETTER ES", 0x421 },
    { "CYRILLIC CAPITAL LETTER GHE", 0x413 },
    { "CYRILLIC CAPITAL LETTER GJE", 0x403 },
    { "CYRILLIC CAPITAL LETTER HA", 0x425 },
    { "CYRILLIC CAPITAL LETTER HARD SIGN", 0x42A },
    { "CYRILLIC CAPITAL LETTER I", 0x418 },
    { "CYRILLIC CAPITAL LETTER I WITH GRAVE", 0x40D },
    { "CYRILLIC CAPITAL LETTER IE", 0x415 },
    { "CYRILLIC CAPITAL LETTER IE WITH GRAVE", 0x400 },
    { "CYRILLIC CAPITAL LETTER IO", 0x401 },
    { "CYRILLIC CAPITAL LETTER JE", 0x408 },
    { "CYRILLIC CAPITAL LETTER KA", 0x41A },
    { "CYRILLIC CAPITAL LETTER KJE", 0x40C },
    { "CYRILLIC CAPITAL LETTER LJE", 0x409 },
    { "CYRILLIC CAPITAL LETTER NJE", 0x40A },
    { "CYRILLIC CAPITAL LETTER O", 0x41E },
    { "CYRILLIC CAPITAL LETTER PE", 0x41F },
    { "CYRILLIC CAPITAL LETTER SHA", 0x428 },
    { "CYRILLIC CAPITAL LETTER SHCHA", 0x429 },
    { "CYRILLIC CAPITAL LETTER SHORT I", 0x419 },
    { "CYRILLIC CAPITAL LETTER SHORT U", 0x40E },
    { "CYRILLIC CAPITAL LETTER SOFT SIGN", 0x42C },
    { "CYRILLIC CAPITAL LETTER TE", 0x422 },
    { "CYRILLIC CAPITAL LETTER TSE", 0x426 },
    { "CYRILLIC CAPITAL LETTER TSHE", 0x40B },
    { "CYRILLIC CAPITAL LETTER U", 0x423 },
    { "CYRILLIC CAPITAL LETTER UKRAINIAN IE", 0x404 },
    { "CYRILLIC CAPITAL LETTER VE", 0x412 },
    { "CYRILLIC CAPITAL LETTER YA", 0x42F },
    { "CYRILLIC CAPITAL LETTER YERU", 0x42B },
    { "CYRILLIC CAPITAL LETTER YI", 0x407 },
    { "CYRILLIC CAPITAL LETTER YU", 0x42E },
    { "CYRILLIC CAPITAL LETTER ZE", 0x417 },
    { "CYRILLIC CAPITAL LETTER ZHE", 0x416 },
    { "CYRILLIC SMALL LETTER A", 0x430 },
    { "CYRILLIC SMALL LETTER BE", 0x431 },
    { "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I", 0x456 },
    { "CYRILLIC SMALL LETTER CHE", 0x447 },
    { "CYRILLIC SMALL LETTER DE", 0x434 },
    { "CYRILLIC SMALL LETTER DJE", 0x452 },
    { "CYRILLIC SMALL LETTER DZE", 0x455 },
    { "CYRILLIC SMALL LETTER DZHE", 0x45F },
    { "CYRILLIC SMALL LETTER E", 0x44D },
    { "CYRILLIC SMALL LETTER EF", 0x444 },
    { "CYRILLIC SMALL LETTER EL", 0x43B },
    { "CYRILLIC SMALL LETTER EM", 0x43C },
    { "CYRILLIC SMALL LETTER EN", 0x43D },
    { "CYRILLIC SMALL LETTER ER", 0x440 },
    { "CYRILLIC SMALL LETTER ES", 0x441 },
    { "CYRILLIC SMALL LETTER GHE", 0x433 },
    { "CYRILLIC SMALL LETTER GJE", 0x453 },
    { "CYRILLIC SMALL LETTER HA", 0x445 },
    { "CYRILLIC SMALL LETTER HARD SIGN", 0x44A },
    { "CYRILLIC SMALL LETTER I", 0x438 },
    { "CYRILLIC SMALL LETTER I WITH GRAVE", 0x45D },
    { "CYRILLIC SMALL LETTER IE", 0x435 },
    { "CYRILLIC SMALL LETTER IE WITH GRAVE", 0x450 },
    { "CYRILLIC SMALL LETTER IO", 0x451 },
    { "CYRILLIC SMALL LETTER JE", 0x458 },
    { "CYRILLIC SMALL LETTER KA", 0x43A },
    { "CYRILLIC SMALL LETTER KJE", 0x45C },
    { "CYRILLIC SMALL LETTER LJE", 0x459 },
    { "CYRILLIC SMALL LETTER NJE", 0x45A },
    { "CYRILLIC SMALL LETTER O", 0x43E },
    { "CYRILLIC SMALL LETTER PE", 0x43F },
    { "CYRILLIC SMALL LETTER SHA", 0x448 },
    { "CYRILLIC SMALL LETTER SHCHA", 0x449 },
    { "CYRILLIC SMALL LETTER SHORT I", 0x439 },
    { "CYRILLIC SMALL LETTER SHORT U", 0x45E },
    { "CYRILLIC SMALL LETTER SOFT SIGN", 0x44C },
    { "CYRILLIC SMALL LETTER TE", 0x442 },
    { "CYRILLIC SMALL LETTER TSE", 0x446 },
    { "CYRILLIC SMALL LETTER TSHE", 0x45B },
    { "CYRILLIC SMALL LETTER U", 0x443 },
    { "CYRILLIC SMALL LETTER UKRAINIAN IE", 0x454 },
    { "CYRILLIC SMALL LETTER VE", 0x432 },
    { "CYRILLIC SMALL LETTER YA", 0x44F },
    { "CYRILLIC SMALL LETTER YERU", 0x44B },
    { "CYRILLIC SMALL LETTER YI", 0x457 },
    { "CYRILLIC SMALL LETTER YU", 0x44E },
    { "CYRILLIC SMALL LETTER ZE", 0x437 },
    { "CYRILLIC SMALL LETTER ZHE", 0x436 },
    { "DAGGER", 0x2020 },
    { "DALET SYMBOL", 0x2138 },
    { "DEGREE CELSIUS", 0x2103 },
    { "DEGREE FAHRENHEIT", 0x2109 },
    { "DEGREE SIGN", 0xB0 },
    { "DELETE", 0x7F },
    { "DELTA EQUAL TO", 0x225C },
    { "DIAERESIS", 0xA8 },
    { "DIAMOND OPERATOR", 0x22C4 },
    { "DIFFERENCE BETWEEN", 0x224F },
    { "DIGIT EIGHT", 0x38 },
    { "DIGIT FIVE", 0x35 },
    { "DIGIT FOUR", 0x34 },
    { "DIGIT NINE", 0x39 },
    { "DIGIT ONE", 0x31 },
    { "DIGIT SEVEN", 0x37 },
    { "DIGIT SIX", 0x36 },
    { "DIGIT THREE", 0x33 },
    { "DIGIT TWO", 0x32 },
    { "DIGIT ZERO", 0x30 },
    { "DIVIDES", 0x2223 },
    { "DIVISION SIGN", 0xF7 },
    { "DIVISION SLASH", 0x2215 },
    { "DIVISION TIMES", 0x22C7 },
    { "DOES NOT CONTAIN AS MEMBER", 0x220C },
    { "DOES NOT CONTAIN AS NORMAL SUBGROUP", 0x22EB },
    { "DOES NOT CONTAIN AS NORMAL SUBGROUP OR EQUAL", 0x22ED },
    { "DOES NOT DIVIDE", 0x2224 },
    { "DOES NOT FORCE", 0x22AE },
    { "DOES NOT PRECEDE", 0x2280 },
    { "DOES NOT PRECEDE OR EQUAL", 0x22E0 },
    { "DOES NOT PROVE", 0x22AC },
    { "DOES NOT SUCCEED", 0x2281 },
    { "DOES NOT SUCCEED OR EQUAL", 0x22E1 },
    { "DOLLAR SIGN", 0x24 },
    { "DONG SIGN", 0x20AB },
    { "DOT MINUS", 0x2238 },
    { "DOT OPERATOR", 0x22C5 },
    { "DOT PLUS", 0x2214 },
    { "DOTTED CROSS", 0x205C },
    { "DOUBLE DAGGER", 0x2021 },
    { "DOUBLE EXCLAMATION MARK", 0x203C },
    { "DOUBLE HIGH-REVERSED-9 QUOTATION MARK", 0x201F },
    { "DOUBLE INTEGRAL", 0x222C },
    { "DOUBLE INTERSECTION", 0x22D2 },
    { "DOUBLE LOW LINE", 0x2017 },
    { "DOUBLE LOW-9 QUOTATION MARK", 0x201E },
    { "DOUBLE PRIME", 0x2033 },
    { "DOUBLE QUESTION MARK", 0x2047 },
    { "DOUBLE SUBSET", 0x22D0 },
    { "DOUBLE SUPERSET", 0x22D1 },
    { "DOUBLE UNION", 0x22D3 },
    { "DOUBLE VERTICAL BAR DOUBLE RIGHT TURNSTILE", 0x22AB },
    { "DOUBLE VERTICAL LINE", 0x2016 },
    { "DOUBLE-STRUCK CAPITAL C", 0x2102 },
    { "DOUBLE-STRUCK CAPITAL GAMMA", 0x213E },
    { "DOUBLE-STRUCK CAPITAL H", 0x210D },
    { "DOUBLE-STRUCK CAPITAL N", 0x2115 },
    { "DOUBLE-STRUCK CAPITAL P", 0x2119 },
    { "DOUBLE-STRUCK CAPITAL PI", 0x213F },
    { "DOUBLE-STRUCK CAPITAL Q", 0x211A },
    { "DOUBLE-STRUCK CAPITAL R", 0x211D },
    { "DOUBLE-STRUCK CAPITAL Z", 0x2124 },
    { "DOUBLE-STRUCK ITALIC CAPITAL D", 0x2145 },
    { "DOUBLE-STRUCK ITALIC SMALL D", 0x2146 },
    { "DOUBLE-STRUCK ITALIC SMALL E", 0x2147 },
    { "DOUBLE-STRUCK ITALIC SMALL I", 0x2148 },
    { "DOUBLE-STRUCK ITALIC SMALL J", 0x2149 },
    { "DOUBLE-STRUCK N-ARY SUMMATION", 0x2140 },
    { "DOUBLE-STRUCK SMALL GAMMA", 0x213D },
    { "DOUBLE-STRUCK SMALL PI", 0x213C },
    { "DOWN RIGHT DIAGONAL ELLIPSIS", 0x22F1 },
    { "DOWN TACK", 0x22A4 },
    { "DOWNWARDS ARROW", 0x2193 },
    { "DOWNWARDS ARROW FROM BAR", 0x21A7 },
    { "DOWNWARDS ARROW LEFTWARDS OF UPWARDS ARROW", 0x21F5 },
    { "DOWNWARDS ARROW WITH CORNER LEFTWARDS", 0x21B5 },
    { "DOWNWARDS ARROW WITH DOUBLE STROKE", 0x21DF },
    { "DOWNWARDS ARROW WITH TIP LEFTWARDS", 0x21B2 },
    { "DOWNWARDS ARROW WITH TIP RIGHTWARDS", 0x21B3 },
    { "DOWNWARDS DASHED ARROW", 0x21E3 },
    { "DOWNWARDS DOUBLE ARROW", 0x21D3 },
    { "DOWNWARDS HARPOON WITH BARB LEFTWARDS", 0x21C3 },
    { "DOWNWARDS HARPOON WITH BARB RIGHTWARDS", 0x21C2 },
    { "DOWNWARDS PAIRED ARROWS", 0x21CA },
    { "DOWNWARDS TWO HEADED ARROW", 0x21A1 },
    { "DOWNWARDS WHITE ARROW", 0x21E9 },
    { "DOWNWARDS ZIGZAG ARROW", 0x21AF },
    { "DRACHMA SIGN", 0x20AF },
    { "ELEMENT OF", 0x2208 },
    { "ELEMENT OF WITH DOT ABOVE", 0x22F5 },
    { "ELEMENT OF WITH LONG HORIZONTAL STROKE", 0x22F2 },
    { "ELEMENT OF WITH OVERBAR", 0x22F6 },
    { "ELEMENT OF WITH TWO HORIZONTAL STROKES", 0x22F9 },
    { "ELEMENT OF WITH UNDERBAR", 0x22F8 },
    { "ELEMENT OF WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", 0x22F3 },
    { "EM DASH", 0x2014 },
    { "EM SPACE", 0x2003 },
    { "EMPTY SET", 0x2205 },
    { "EN DASH", 0x2013 },
    { "EN SPACE", 0x2002 },
    { "END OF PROOF", 0x220E },
    { "EQUAL AND PARALLEL TO", 0x22D5 },
    { "EQUAL TO BY DEFINITION", 0x225D },
    { "EQUAL TO OR GREATER-THAN", 0x22DD },
    { "EQUAL TO OR LESS-THAN", 0x22DC },
    { "EQUAL TO OR PRECEDES", 0x22DE },
    { "EQUAL TO OR SUCCEEDS", 0x22DF },
    { "EQUALS COLON", 0x2255 },
    { "EQUALS SIGN", 0x3D },
    { "EQUIANGULAR TO", 0x225A },
    { "EQUIVALENT TO", 0x224D },
    { "ESCAPE", 0x1B },
    { "ESTIMATED SYMBOL", 0x212E },
    { "ESTIMATES", 0x2259 },
    { "ETHIOPIC SYLLABLE SEE", 0x1234 },
    { "EULER CONSTANT", 0x2107 },
    { "EURO SIGN", 0x20AC },
    { "EURO-CURRENCY SIGN", 0x20A0 },
    { "EXCESS", 0x2239 },
    { "EXCLAMATION MARK", 0x21 },
    { "EXCLAMATION QUESTION MARK", 0x2049 },
    { "FACSIMILE SIGN", 0x213B },
    { "FEMININE ORDINAL INDICATOR", 0xAA },
    { "FIGURE DASH", 0x2012 },
    { "FIVE DOT PUNCTUATION", 0x2059 },
    { "FLOWER PUNCTUATION MARK", 0x2055 },
    { "FOR ALL", 0x2200 },
    { "FORCES", 0x22A9 },
    { "FOUR DOT MARK", 0x205B },
    { "FOUR DOT PUNCTUATION", 0x2058 },
    { "FOURTH ROOT", 0x221C },
    { "FRACTION SLASH", 0x2044 },
    { "FRENCH FRANC SIGN", 0x20A3 },
    { "FULL STOP", 0x2E },
    { "FULLWIDTH DIGIT ZERO", 0xFF10 },
    { "GEOMETRIC PROPORTION", 0x223A },
    { "GEOMETRICALLY EQUAL TO", 0x2251 },
    { "GEOMETRICALLY EQUIVALENT TO", 0x224E },
    { "GERMAN PENNY SIGN", 0x20B0 },
    { "GIMEL SYMBOL", 0x2137 },
    { "GRAVE ACCENT", 0x60 },
    { "GREATER-THAN BUT NOT EQUAL TO", 0x2269 },
    { "GREATER-THAN BUT NOT EQUIVALENT TO", 0x22E7 },
    { "GREATER-THAN EQUAL TO OR LESS-THAN", 0x22DB },
    { "GREATER-THAN OR EQUAL TO", 0x2265 },
    { "GREATER-THAN OR EQUIVALENT TO", 0x2273 },
    { "GREATER-THAN OR LESS-THAN", 0x2277 },
    { "GREATER-THAN OVER EQUAL TO", 0x2267 },
    { "GREATER-THAN SIGN", 0x3E },
    { "GREATER-THAN WITH DOT", 0x22D7 },
    { "GREEK ANO TELEIA", 0x387 },
    { "GREEK BETA SYMBOL", 0x3D0 },
    { "GREEK CAPITAL DOTTED LUNATE SIGMA SYMBOL", 0x3FE },
    { "GREEK CAPITAL KAI SYMBOL", 0x3CF },
    { "GREEK CAPITAL LETTER ALPHA", 0x391 },
    { "GREEK CAPITAL LETTER ALPHA WITH TONOS", 0x386 },
    { "GREEK CAPITAL LETTER ARCHAIC SAMPI", 0x372 },
    { "GREEK CAPITAL LETTER BETA", 0x392 },
    { "GREEK CAPITAL LETTER CHI", 0x3A7 },
    { "GREEK CAPITAL LETTER DELTA", 0x394 },
    { "GREEK CAPITAL LETTER EPSILON", 0x395 },
    { "GREEK CAPITAL LETTER EPSILON WITH TONOS", 0x388 },
    { "GREEK CAPITAL LETTER ETA", 0x397 },
    { "GREEK CAPITAL LETTER ETA WITH TONOS", 0x389 },
    { "GREEK CAPITAL LETTER GAMMA", 0x393 },
    { "GREEK CAPITAL LETTER HETA", 0x370 },
    { "GREEK CAPITAL LETTER IOTA", 0x399 },
    { "GREEK CAPITAL LETTER IOTA WITH DIALYTIKA", 0x3AA },
    { "GREEK CAPITAL LETTER IOTA WITH TONOS", 0x38A },
    { "GREEK CAPITAL LETTER KAPPA", 0x39A },
    { "GREEK CAPITAL LETTER LAMDA", 0x39B },
    { "GREEK CAPITAL LETTER MU", 0x39C },
    { "GREEK CAPITAL LETTER NU", 0x39D },
    { "GREEK CAPITAL LETTER OMEGA", 0x3A9 },
    { "GREEK CAPITAL LETTER OMEGA WITH TONOS", 0x38F },
    { "GREEK CAPITAL LETTER OMICRON", 0x39F },
    { "GREEK CAPITAL LETTER OMICRON WITH TONOS", 0x38C },
    { "GREEK CAPITAL LETTER PAMPHYLIAN DIGAMMA", 0x376 },
    { "GREEK CAPITAL LETTER PHI", 0x3A6 },
    { "GREEK CAPITAL LETTER PI", 0x3A0 },
    { "GREEK CAPITAL LETTER PSI", 0x3A8 },
    { "GREEK CAPITAL LETTER RHO", 0x3A1 },
    { "GREEK CAPITAL LETTER SAN", 0x3FA },
    { "GREEK CAPITAL LETTER SHO", 0x3F7 },
    { "GREEK CAPITAL LETTER SIGMA", 0x3A3 },
    { "GREEK CAPITAL LETTER TAU", 0x3A4 },
    { "GREEK CAPITAL LETTER THETA", 0x398 },
    { "GREEK CAPITAL LETTER UPSILON", 0x3A5 },
    { "GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA", 0x3AB },
    { "GREEK CAPITAL LETTER UPSILON WITH TONOS", 0x38E },
    { "GREEK CAPITAL LETTER XI", 0x39E },
    { "GREEK CAPITAL LETTER YOT", 0x37F },
    { "GREEK CAPITAL LETTER ZETA", 0x396 },
    { "GREEK CAPITAL LUNATE SIGMA SYMBOL", 0x3F9 },
    { "GREEK CAPITAL REVERSED DOTTED LUNATE SIGMA SYMBOL", 0x3FF },
    { "GREEK CAPITAL REVERSED LUNATE SIGMA SYMBOL", 0x3FD },
    { "GREEK CAPITAL THETA SYMBOL", 0x3F4 },
    { "GREEK DIALYTIKA TONOS", 0x385 },
    { "GREEK KAI SYMBOL", 0x3D7 },
    { "GREEK KAPPA SYMBOL", 0x3F0 },
    { "GREEK LETTER ARCHAIC KOPPA", 0x3D8 },
    { "GREEK LETTER DIGAMMA", 0x3DC },
    { "GREEK LETTER KOPPA", 0x3DE },
    { "GREEK LETTER SAMPI", 0x3E0 },
    { "GREEK LETTER STIGMA", 0x3DA },
    { "GREEK LETTER YOT", 0x3F3 },
    { "GREEK LOWER NUMERAL SIGN", 0x375 },
    { "GREEK LUNATE EPSILON SYMBOL", 0x3F5 },
    { "GREEK LUNATE SIGMA SYMBOL", 0x3F2 },
    { "GREEK NUMERAL SIGN", 0x374 },
    { "GREEK PHI SYMBOL", 0x3D5 },
    { "GREEK PI SYMBOL", 0x3D6 },
    { "GREEK QUESTION MARK", 0x37E },
    { "GREEK REVERSED LUNATE EPSILON SYMBOL", 0x3F6 },
    { "GREEK RHO SYMBOL", 0x3F1 },
    { "GREEK RHO WITH STROKE SYMBOL", 0x3FC },
    { "GREEK SMALL DOTTED LUNATE SIGMA SYMBOL", 0x37C },
    { "GREEK SMALL LETTER ALPHA", 0x3B1 },
    { "GREEK SMALL LETTER ALPHA WITH TONOS", 0x3AC },
    { "GREEK SMALL LETTER ARCHAIC KOPPA", 0x3D9 },
    { "GREEK SMALL LETTER ARCHAIC SAMPI", 0x373 },
    { "GREEK SMALL LETTER BETA", 0x3B2 },
    { "GREEK SMALL LETTER CHI", 0x3C7 },
    { "GREEK SMALL LETTER DELTA", 0x3B4 },
    { "GREEK SMALL LETTER DIGAMMA", 0x3DD },
    { "GREEK SMALL LETTER EPSILON", 0x3B5 },
    { "GREEK SMALL LETTER EPSILON WITH TONOS", 0x3AD },
    { "GREEK SMALL LETTER ETA", 0x3B7 },
    { "GREEK SMALL LETTER ETA WITH TONOS", 0x3AE },
    { "GREEK SMALL LETTER FINAL SIGMA", 0x3C2 },
    { "GREEK SMALL LETTER GAMMA", 0x3B3 },
    { "GREEK SMALL LETTER HETA", 0x371 },
    { "GREEK SMALL LETTER IOTA", 0x3B9 },
    { "GREEK SMALL LETTER IOTA WITH DIALYTIKA", 0x3CA },
    { "GREEK SMALL LETTER IOTA WITH DIALYTIKA AND TONOS", 0x390 },
    { "GREEK SMALL LETTER IOTA WITH TONOS", 0x3AF },
    { "GREEK SMALL LETTER KAPPA", 0x3BA },
    { "GREEK SMALL LETTER KOPPA", 0x3DF },
    { "GREEK SMALL LETTER LAMDA", 0x3BB },
    { "GREEK SMALL LETTER MU", 0x3BC },
    { "GREEK SMALL LETTER NU", 0x3BD },
    { "GREEK SMALL LETTER OMEGA", 0x3C9 },
    { "GREEK SMALL LETTER OMEGA WITH TONOS", 0x3CE },
    { "GREEK SMALL LETTER OMICRON", 0x3BF },
    { "GREEK SMALL LETTER OMICRON WITH TONOS", 0x3CC },
    { "GREEK SMALL LETTER PAMPHYLIAN DIGAMMA", 0x377 },
    { "GREEK SMALL LETTER PHI", 0x3C6 },
    { "GREEK SMALL LETTER PI", 0x3C0 },
    { "GREEK SMALL LETTER PSI", 0x3C8 },
    { "GREEK SMALL LETTER RHO", 0x3C1 },
    { "GREEK SMALL LETTER SAMPI", 0x3E1 },
    { "GREEK SMALL LETTER SAN", 0x3FB },
    { "GREEK SMALL LETTER SHO", 0x3F8 },
    { "GREEK SMALL LETTER SIGMA", 0x3C3 },
    { "GREEK SMALL LETTER STIGMA", 0x3DB },
    { "GREEK SMALL LETTER TAU", 0x3C4 },
    { "GREEK SMALL LETTER THETA", 0x3B8 },
    { "GREEK SMALL LETTER UPSILON", 0x3C5 },
    { "GREEK SMALL LETTER UPSILON WITH DIALYTIKA", 0x3CB },
    { "GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS", 0x3B0 },
    { "GREEK SMALL LETTER UPSILON WITH TONOS", 0x3CD },
    { "GREEK SMALL LETTER XI", 0x3BE },
    { "GREEK SMALL LETTER ZETA", 0x3B6 },
    { "GREEK SMALL REVERSED DOTTED LUNATE SIGMA SYMBOL", 0x37D },
    { "GREEK SMALL REVERSED LUNATE SIGMA SYMBOL", 0x37B },
    { "GREEK THETA SYMBOL", 0x3D1 },
    { "GREEK TONOS", 0x384 },
    { "GREEK UPSILON WITH ACUTE AND HOOK SYMBOL", 0x3D3 },
    { "GREEK UPSILON WITH DIAERESIS AND HOOK SYMBOL", 0x3D4 },
    { "GREEK UPSILON WITH HOOK SYMBOL", 0x3D2 },
    { "GREEK YPOGEGRAMMENI", 0x37A },
    { "GUARANI SIGN", 0x20B2 },
    { "HANGZHOU NUMERAL TWENTY", 0x3039 },
    { "HERMITIAN CONJUGATE MATRIX", 0x22B9 },
    { "HIRAGANA LETTER A", 0x3042 },
    { "HOMOTHETIC", 0x223B },
    { "HORIZONTAL BAR", 0x2015 },
    { "HORIZONTAL ELLIPSIS", 0x2026 },
    { "HRYVNIA SIGN", 0x20B4 },
    { "HYPHEN", 0x2010 },
    { "HYPHEN BULLET", 0x2043 },
    { "HYPHEN-MINUS", 0x2D },
    { "HYPHENATION POINT", 0x2027 },
    { "IDENTICAL TO", 0x2261 },
    { "IMAGE OF", 0x22B7 },
    { "IMAGE OF OR APPROXIMATELY EQUAL TO", 0x2253 },
    { "INCREMENT", 0x2206 },
    { "INDIAN RUPEE SIGN", 0x20B9 },
    { "INFINITY", 0x221E },
    { "INFORMATION SOURCE", 0x2139 },
    { "INTEGRAL", 0x222B },
    { "INTERCALATE", 0x22BA },
    { "INTERROBANG", 0x203D },
    { "INTERSECTION", 0x2229 },
    { "INVERTED EXCLAMATION MARK", 0xA1 },
    { "INVERTED LAZY S", 0x223E },
    { "INVERTED OHM SIGN", 0x2127 },
    { "INVERTED QUESTION MARK", 0xBF },
    { "INVERTED UNDERTIE", 0x2054 },
    { "KELVIN SIGN", 0x212A },
    { "KIP SIGN", 0x20AD },
    { "L B BAR SYMBOL", 0x2114 },
    { "LARI SIGN", 0x20BE },
    { "LATIN CAPITAL LETTER A", 0x41 },
    { "LATIN CAPITAL LETTER A WITH ACUTE", 0xC1 },
    { "LATIN CAPITAL LETTER A WITH BREVE", 0x102 },
    { "LATIN CAPITAL LETTER A WITH CIRCUMFLEX", 0xC2 },
    { "LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4 },
    { "LATIN CAPITAL LETTER A WITH GRAVE", 0xC0 },
    { "LATIN CAPITAL LETTER A WITH MACRON", 0x100 },
    { "LATIN CAPITAL LETTER A WITH OGONEK", 0x104 },
    { "LATIN CAPITAL LETTER A WITH RING ABOVE", 0xC5 },
    { "LATIN CAPITAL LETTER A WITH TILDE", 0xC3 },
    { "LATIN CAPITAL LETTER AE", 0xC6 },
    { "LATIN CAPITAL LETTER B", 0x42 },
    { "LATIN CAPITAL LETTER C", 0x43 },
    { "LATIN CAPITAL LETTER C WITH ACUTE", 0x106 },
    { "LATIN CAPITAL LETTER C WITH CARON", 0x10C },
    { "LATIN CAPITAL LETTER C WITH CEDILLA", 0xC7 },
    { "LATIN CAPITAL LETTER C WITH CIRCUMFLEX", 0x108 },
    { "LATIN CAPITAL LETTER C WITH DOT ABOVE", 0x10A },
    { "LATIN CAPITAL LETTER D", 0x44 },
    { "LATIN CAPITAL LETTER D WITH CARON", 0x10E },
    { "LATIN CAPITAL LETTER D WITH STROKE", 0x110 },
    { "LATIN CAPITAL LETTER E", 0x45 },
    { "LATIN CAPITAL LETTER E WITH ACUTE", 0xC9 },
    { "LATIN CAPITAL LETTER E WITH BREVE", 0x114 },
    { "LATIN CAPITAL LETTER E WITH CARON", 0x11A },
    { "LATIN CAPITAL LETTER E WITH CIRCUMFLEX", 0xCA },
    { "LATIN CAPITAL LETTER E WITH DIAERESIS", 0xCB },
    { "LATIN CAPITAL LETTER E WITH DOT ABOVE", 0x116 },
    { "LATIN CAPITAL LETTER E WITH GRAVE", 0xC8 },
    { "LATIN CAPITAL LETTER E WITH MACRON", 0x112 },
    { "LATIN CAPITAL LETTER E WITH OGONEK", 0x118 },
    { "LATIN CAPITAL LETTER ENG", 0x14A },
    { "LATIN CAPITAL LETTER ETH", 0xD0 },
    { "LATIN CAPITAL LETTER F", 0x46 },
    { "LATIN CAPITAL LETTER G", 0x47 },
    { "LATIN CAPITAL LETTER G WITH BREVE", 0x11E },
    { "LATIN CAPITAL LETTER G WITH CEDILLA", 0x122 },
    { "LATIN CAPITAL LETTER G WITH CIRCUMFLEX", 0x11C },
    { "LATIN CAPITAL LETTER G WITH DOT ABOVE", 0x120 },
    { "LATIN CAPITAL LETTER H", 0x48 },
    { "LATIN CAPITAL LETTER H WITH CIRCUMFLEX", 0x124 },
    { "LATIN CAPITAL LETTER H WITH STROKE", 0x126 },
    { "LATIN CAPITAL LETTER I", 0x49 },
    { "LATIN CAPITAL LETTER I WITH ACUTE", 0xCD },
    { "LATIN CAPITAL LETTER I WITH BREVE", 0x12C },
    { "LATIN CAPITAL LETTER I WITH CIRCUMFLEX", 0xCE },
    { "LATIN CAPITAL LETTER I WITH DIAERESIS", 0xCF },
    { "LATIN CAPITAL LETTER I WITH DOT ABOVE", 0x130 },
    { "LATIN CAPITAL LETTER I WITH GRAVE", 0xCC },
    { "LATIN CAPITAL LETTER I WITH MACRON", 0x12A },
    { "LATIN CAPITAL LETTER I WITH OGONEK", 0x12E },
    { "LATIN CAPITAL LETTER I WITH TILDE", 0x128 },
    { "LATIN CAPITAL LETTER J", 0x4A },
    { "LATIN CAPITAL LETTER J WITH CIRCUMFLEX", 0x134 },
    { "LATIN CAPITAL LETTER K", 0x4B },
    { "LATIN CAPITAL LETTER K WITH CEDILLA", 0x136 },
    { "LATIN CAPITAL LETTER L", 0x4C },
    { "LATIN CAPITAL LETTER L WITH ACUTE", 0x139 },
    { "LATIN CAPITAL LETTER L WITH CARON", 0x13D },
    { "LATIN CAPITAL LETTER L WITH CEDILLA", 0x13B },
    { "LATIN CAPITAL LETTER L WITH MIDDLE DOT", 0x13F },
    { "LATIN CAPITAL LETTER L WITH STROKE", 0x141 },
    { "LATIN CAPITAL LETTER M", 0x4D },
    { "LATIN CAPITAL LETTER N", 0x4E },
    { "LATIN CAPITAL LETTER N WITH ACUTE", 0x143 },
    { "LATIN CAPITAL LETTER N WITH CARON", 0x147 },
    { "LATIN CAPITAL LETTER N WITH CEDILLA", 0x145 },
    { "LATIN CAPITAL LETTER N WITH TILDE", 0xD1 },
    { "LATIN CAPITAL LETTER O", 0x4F },
    { "LATIN CAPITAL LETTER O WITH ACUTE", 0xD3 },
    { "LATIN CAPITAL LETTER O WITH BREVE", 0x14E },
    { "LATIN CAPITAL LETTER O WITH CIRCUMFLEX", 0xD4 },
    { "LATIN CAPITAL LETTER O WITH DIAERESIS", 0xD6 },
    { "LATIN CAPITAL LETTER O WITH DOUBLE ACUTE", 0x150 },
    { "LATIN CAPITAL LETTER O WITH GRAVE", 0xD2 },
    { "LATIN CAPITAL LETTER O WITH MACRON", 0x14C },
    { "LATIN CAPITAL LETTER O WITH STROKE", 0xD8 },
    { "LATIN CAPITAL LETTER O WITH TILDE", 0xD5 },
    { "LATIN CAPITAL LETTER P", 0x50 },
    { "LATIN CAPITAL LETTER Q", 0x51 },
    { "LATIN CAPITAL LETTER R", 0x52 },
    { "LATIN CAPITAL LETTER R WITH ACUTE", 0x154 },
    { "LATIN CAPITAL LETTER R WITH CARON", 0x158 },
    { "LATIN CAPITAL LETTER R WITH CEDILLA", 0x156 },
    { "LATIN CAPITAL LETTER S", 0x53 },
    { "LATIN CAPITAL LETTER S WITH ACUTE", 0x15A },
    { "LATIN CAPITAL LETTER S WITH CARON", 0x160 },
    { "LATIN CAPITAL LETTER S WITH CEDILLA", 0x15E },
    { "LATIN CAPITAL LETTER S WITH CIRCUMFLEX", 0x15C },
    { "LATIN CAPITAL LETTER T", 0x54 },
    { "LATIN CAPITAL LETTER T WITH CARON", 0x164 },
    { "LATIN CAPITAL LETTER T WITH CEDILLA", 0x162 },
    { "LATIN CAPITAL LETTER T WITH STROKE", 0x166 },
    { "LATIN CAPITAL LETTER THORN", 0xDE },
    { "LATIN CAPITAL LETTER U", 0x55 },
    { "LATIN CAPITAL LETTER U WITH ACUTE", 0xDA },
    { "LATIN CAPITAL LETTER U WITH BREVE", 0x16C },
    { "LATIN CAPITAL LETTER U WITH CIRCUMFLEX", 0xDB },
    { "LATIN CAPITAL LETTER U WITH DIAERESIS", 0xDC },
    { "LATIN CAPITAL LETTER U WITH DOUBLE ACUTE", 0x170 },
    { "LATIN CAPITAL LETTER U WITH GRAVE", 0xD9 },
    { "LATIN CAPITAL LETTER U WITH MACRON", 0x16A },
    { "LATIN CAPITAL LETTER U WITH OGONEK", 0x172 },
    { "LATIN CAPITAL LETTER U WITH RING ABOVE", 0x16E },
    { "LATIN CAPITAL LETTER U WITH TILDE", 0x168 },
    { "LATIN CAPITAL LETTER V", 0x56 },
    { "LATIN CAPITAL LETTER W", 0x57 },
    { "LATIN CAPITAL LETTER W WITH CIRCUMFLEX", 0x174 },
    { "LATIN CAPITAL LETTER X", 0x58 },
    { "LATIN CAPITAL LETTER Y", 0x59 },
    { "LATIN CAPITAL LETTER Y WITH ACUTE", 0xDD },
    { "LATIN CAPITAL LETTER Y WITH CIRCUMFLEX", 0x176 },
    { "LATIN CAPITAL LETTER Y WITH DIAERESIS", 0x178 },
    { "LATIN CAPITAL LETTER Z", 0x5A },
    { "LATIN CAPITAL LETTER Z WITH ACUTE", 0x179 },
    { "LATIN CAPITAL LETTER Z WITH CARON", 0x17D },
    { "LATIN CAPITAL LETTER Z WITH DOT ABOVE", 0x17B },
    { "LATIN CAPITAL LIGATURE IJ", 0x132 },
    { "LATIN CAPITAL LIGATURE OE", 0x152 },
    { "LATIN SMALL LETTER A", 0x61 },
    { "LATIN SMALL LETTER A WITH ACUTE", 0xE1 },
    { "LATIN SMALL LETTER A WITH BREVE", 0x103 },
    { "LATIN SMALL LETTER A WITH CARON", 0x1CE },
    { "LATIN SMALL LETTER A WITH CIRCUMFLEX", 0xE2 },
    { "LATIN SMALL LETTER A WITH DIAERESIS", 0xE4 },
    { "LATIN SMALL LETTER A WITH GRAVE", 0xE0 },
    { "LATIN SMALL LETTER A WITH MACRON", 0x101 },
    { "LATIN SMALL LETTER A WITH OGONEK", 0x105 },
    { "LATIN SMALL LETTER A WITH RING ABOVE", 0xE5 },
    { "LATIN SMALL LETTER A WITH TILDE", 0xE3 },
    { "LATIN SMALL LETTER AE", 0xE6 },
    { "LATIN SMALL LETTER B", 0x62 },
    { "LATIN SMALL LETTER C", 0x63 },
    { "LATIN SMALL LETTER C WITH ACUTE", 0x107 },
    { "LATIN SMALL LETTER C WITH CARON", 0x10D },
    { "LATIN SMALL LETTER C WITH CEDILLA", 0xE7 },
    { "LATIN SMALL LETTER C WITH CIRCUMFLEX", 0x109 },
    { "LATIN SMALL LETTER C WITH DOT ABOVE", 0x10B },
    { "LATIN SMALL LETTER D", 0x64 },
    { "LATIN SMALL LETTER D WITH CARON", 0x10F },
    { "LATIN SMALL LETTER D WITH STROKE", 0x111 },
    { "LATIN SMALL LETTER DOTLESS I", 0x131 },
    { "LATIN SMALL LETTER E", 0x65 },
    { "LATIN SMALL LETTER E WITH ACUTE", 0xE9 },
    { "LATIN SMALL LETTER E WITH BREVE", 0x115 },
    { "LATIN SMALL LETTER E WITH CARON", 0x11B },
    { "LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xEA },
    { "LATIN SMALL LETTER E WITH DIAERESIS", 0xEB },
    { "LATIN SMALL LETTER E WITH DOT ABOVE", 0x117 },
    { "LATIN SMALL LETTER E WITH GRAVE", 0xE8 },
    { "LATIN SMALL LETTER E WITH MACRON", 0x113 },
    { "LATIN SMALL LETTER E WITH OGONEK", 0x119 },
    { "LATIN SMALL LETTER ENG", 0x14B },
    { "LATIN SMALL LETTER ETH", 0xF0 },
    { "LATIN SMALL LETTER F", 0x66 },
    { "LATIN SMALL LETTER G", 0x67 },
    { "LATIN SMALL LETTER G WITH BREVE", 0x11F },
    { "LATIN SMALL LETTER G WITH CEDILLA", 0x123 },
    { "LATIN SMALL LETTER G WITH CIRCUMFLEX", 0x11D },
    { "LATIN SMALL LETTER G WITH DOT ABOVE", 0x121 },
    { "LATIN SMALL LETTER H", 0x68 },
    { "LATIN SMALL LETTER H WITH CIRCUMFLEX", 0x125 },
    { "LATIN SMALL LETTER H WITH STROKE", 0x127 },
    { "LATIN SMALL LETTER I", 0x69 },
    { "LATIN SMALL LETTER I WITH ACUTE", 0xED },
    { "LATIN SMALL LETTER I WITH BREVE", 0x12D },
    { "LATIN SMALL LETTER I WITH CIRCUMFLEX", 0xEE },
    { "LATIN SMALL LETTER I WITH DIAERESIS", 0xEF },
    { "LATIN SMALL LETTER I WITH GRAVE", 0xEC },
    { "LATIN SMALL LETTER I WITH MACRON", 0x12B },
    { "LATIN SMALL LETTER I WITH OGONEK", 0x12F },
    { "LATIN SMALL LETTER I WITH TILDE", 0x129 },
    { "LATIN SMALL LETTER J", 0x6A },
    { "LATIN SMALL LETTER J WITH CIRCUMFLEX", 0x135 },
    { "LATIN SMALL LETTER K", 0x6B },
    { "LATIN SMALL LETTER K WITH CEDILLA", 0x137 },
    { "LATIN SMALL LETTER KRA", 0x138 },
    { "LATIN SMALL LETTER L", 0x6C },
    { "LATIN SMALL LETTER L WITH ACUTE", 0x13A },
    { "LATIN SMALL LETTER L WITH CARON", 0x13E },
    { "LATIN SMALL LETTER L WITH CEDILLA", 0x13C },
    { "LATIN SMALL LETTER L WITH MIDDLE DOT", 0x140 },
    { "LATIN SMALL LETTER L WITH STROKE", 0x142 },
    { "LATIN SMALL LETTER LONG S", 0x17F },
    { "LATIN SMALL LETTER M", 0x6D },
    { "LATIN SMALL LETTER N", 0x6E },
    { "LATIN SMALL LETTER N PRECEDED BY APOSTROPHE", 0x149 },
    { "LATIN SMALL LETTER N WITH ACUTE", 0x144 },
    { "LATIN SMALL LETTER N WITH CARON", 0x148 },
    { "LATIN SMALL LETTER N WITH CEDILLA", 0x146 },
    { "LATIN SMALL LETTER N WITH TILDE", 0xF1 },
    { "LATIN SMALL LETTER O", 0x6F },
    { "LATIN SMALL LETTER O WITH ACUTE", 0xF3 },
    { "LATIN SMALL LETTER O WITH BREVE", 0x14F },
    { "LATIN SMALL LETTER O WITH CIRCUMFLEX", 0xF4 },
    { "LATIN SMALL LETTER O WITH DIAERESIS", 0xF6 },
    { "LATIN SMALL LETTER O WITH DOUBLE ACUTE", 0x151 },
    { "LATIN SMALL LETTER O WITH GRAVE", 0xF2 },
    { "LATIN SMALL LETTER O WITH HORN", 0x1A1 },
    { "LATIN SMALL LETTER O WITH MACRON", 0x14D },
    { "LATIN SMALL LETTER O WITH STROKE", 0xF8 },
    { "LATIN SMALL LETTER O WITH TILDE", 0xF5 },
    { "LATIN SMALL LETTER P", 0x70 },
    { "LATIN SMALL LETTER Q", 0x71 },
    { "LATIN SMALL LETTER R", 0x72 },
    { "LATIN SMALL LETTER R WITH ACUTE", 0x155 },
    { "LATIN SMALL LETTER R WITH CARON", 0x159 },
    { "LATIN SMALL LETTER R WITH CEDILLA", 0x157 },
    { "LATIN SMALL LETTER S", 0x73 },
    { "LATIN SMALL LETTER S WITH ACUTE", 0x15B },
    { "LATIN SMALL LETTER S WITH CARON", 0x161 },
    { "LATIN SMALL LETTER S WITH CEDILLA", 0x15F },
    { "LATIN SMALL LETTER S WITH CIRCUMFLEX", 0x15D },
    { "LATIN SMALL LETTER SHARP S", 0xDF },
    { "LATIN SMALL LETTER T", 0x74 },
    { "LATIN SMALL LETTER T WITH CARON", 0x165 },
    { "LATIN SMALL LETTER T WITH CEDILLA", 0x163 },
    { "LATIN SMALL LETTER T WITH STROKE", 0x167 },
    { "LATIN SMALL LETTER THORN", 0xFE },
    { "LATIN SMALL LETTER U", 0x75 },
    { "LATIN SMALL LETTER U WITH ACUTE", 0xFA },
    { "LATIN SMALL LETTER U WITH BREVE", 0x16D },
    { "LATIN SMALL LETTER U WITH CIRCUMFLEX", 0xFB },
    { "LATIN SMALL LETTER U WITH DIAERESIS", 0xFC },
    { "LATIN SMALL LETTER U WITH DOUBLE ACUTE", 0x171 },
    { "LATIN SMALL LETTER U WITH GRAVE", 0xF9 },
    { "LATIN SMALL LETTER U WITH MACRON", 0x16B },
    { "LATIN SMALL LETTER U WITH OGONEK", 0x173 },
    { "LATIN SMALL LETTER U WITH RING ABOVE", 0x16F },
    { "LATIN SMALL LETTER U WITH TILDE", 0x169 },
    { "LATIN SMALL LETTER V", 0x76 },
    { "LATIN SMALL LETTER W", 0x77 },
    { "LATIN SMALL LETTER W WITH CIRCUMFLEX", 0x175 },
    { "LATIN SMALL LETTER X", 0x78 },
    { "LATIN SMALL LETTER Y", 0x79 },
    { "LATIN SMALL LETTER Y WITH ACUTE", 0xFD },
    { "LATIN SMALL LETTER Y WITH CIRCUMFLEX", 0x177 },
    { "LATIN SMALL LETTER Y WITH DIAERESIS", 0xFF },
    { "LATIN SMALL LETTER Z", 0x7A },
    { "LATIN SMALL LETTER Z WITH ACUTE", 0x17A },
    { "LATIN SMALL LETTER Z WITH CARON", 0x17E },
    { "LATIN SMALL LETTER Z WITH DOT ABOVE", 0x17C },
    { "LATIN SMALL LIGATURE FF", 0xFB00 },
    { "LATIN SMALL LIGATURE FFI", 0xFB03 },
    { "LATIN SMALL LIGATURE FI", 0xFB01 },
    { "LATIN SMALL LIGATURE IJ", 0x133 },
    { "LATIN SMALL LIGATURE LONG S T", 0xFB05 },
    { "LATIN SMALL LIGATURE OE", 0x153 },
    { "LATIN SMALL LIGATURE ST", 0xFB06 },
    { "LATIN SUBSCRIPT SMALL LETTER I", 0x1D62 },
    { "LEFT CURLY BRACKET", 0x7B },
    { "LEFT DOUBLE QUOTATION MARK", 0x201C },
    { "LEFT NORMAL FACTOR SEMIDIRECT PRODUCT", 0x22C9 },
    { "LEFT PARENTHESIS", 0x28 },
    { "LEFT RIGHT ARROW", 0x2194 },
    { "LEFT RIGHT ARROW WITH DOUBLE VERTICAL STROKE", 0x21FC },
    { "LEFT RIGHT ARROW WITH STROKE", 0x21AE },
    { "LEFT RIGHT ARROW WITH VERTICAL STROKE", 0x21F9 },
    { "LEFT RIGHT DOUBLE ARROW", 0x21D4 },
    { "LEFT RIGHT DOUBLE ARROW WITH STROKE", 0x21CE },
    { "LEFT RIGHT OPEN-HEADED ARROW", 0x21FF },
    { "LEFT RIGHT WAVE ARROW", 0x21AD },
    { "LEFT SEMIDIRECT PRODUCT", 0x22CB },
    { "LEFT SINGLE QUOTATION MARK", 0x2018 },
    { "LEFT SQUARE BRACKET", 0x5B },
    { "LEFT SQUARE BRACKET WITH QUILL", 0x2045 },
    { "LEFT TACK", 0x22A3 },
    { "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB },
    { "LEFT-TO-RIGHT EMBEDDING", 0x202A },
    { "LEFT-TO-RIGHT OVERRIDE", 0x202D },
    { "LEFTWARDS ARROW", 0x2190 },
    { "LEFTWARDS ARROW FROM BAR", 0x21A4 },
    { "LEFTWARDS ARROW OVER RIGHTWARDS ARROW", 0x21C6 },
    { "LEFTWARDS ARROW TO BAR", 0x21E4 },
    { "LEFTWARDS ARROW TO BAR OVER RIGHTWARDS ARROW TO BAR", 0x21B9 },
    { "LEFTWARDS ARROW WITH DOUBLE VERTICAL STROKE", 0x21FA },
    { "LEFTWARDS ARROW WITH HOOK", 0x21A9 },
    { "LEFTWARDS ARROW WITH LOOP", 0x21AB },
    { "LEFTWARDS ARROW WITH STROKE", 0x219A },
    { "LEFTWARDS ARROW WITH TAIL", 0x21A2 },
    { "LEFTWARDS ARROW WITH VERTICAL STROKE", 0x21F7 },
    { "LEFTWARDS DASHED ARROW", 0x21E0 },
    { "LEFTWARDS DOUBLE ARROW", 0x21D0 },
    { "LEFTWARDS DOUBLE ARROW WITH STROKE", 0x21CD },
    { "LEFTWARDS HARPOON OVER RIGHTWARDS HARPOON", 0x21CB },
    { "LEFTWARDS HARPOON WITH BARB DOWNWARDS", 0x21BD },
    { "LEFTWARDS HARPOON WITH BARB UPWARDS", 0x21BC },
    { "LEFTWARDS OPEN-HEADED ARROW", 0x21FD },
    { "LEFTWARDS PAIRED ARROWS", 0x21C7 },
    { "LEFTWARDS SQUIGGLE ARROW", 0x21DC },
    { "LEFTWARDS TRIPLE ARROW", 0x21DA },
    { "LEFTWARDS TWO HEADED ARROW", 0x219E },
    { "LEFTWARDS WAVE ARROW", 0x219C },
    { "LEFTWARDS WHITE ARROW", 0x21E6 },
    { "LESS-THAN BUT NOT EQUAL TO", 0x2268 },
    { "LESS-THAN BUT NOT EQUIVALENT TO", 0x22E6 },
    { "LESS-THAN EQUAL TO OR GREATER-THAN", 0x22DA },
    { "LESS-THAN OR EQUAL TO", 0x2264 },
    { "LESS-THAN OR EQUIVALENT TO", 0x2272 },
    { "LESS-THAN OR GREATER-THAN", 0x2276 },
    { "LESS-THAN OVER EQUAL TO", 0x2266 },
    { "LESS-THAN SIGN", 0x3C },
    { "LESS-THAN WITH DOT", 0x22D6 },
    { "LIGHT VERTICAL BAR", 0x2758 },
    { "LINE FEED", 0xA },
    { "LINE SEPARATOR", 0x2028 },
    { "LIRA SIGN", 0x20A4 },
    { "LIVRE TOURNOIS SIGN", 0x20B6 },
    { "LOGICAL AND", 0x2227 },
    { "LOGICAL OR", 0x2228 },
    { "LONG RIGHTWARDS SQUIGGLE ARROW", 0x27FF },
    { "LOW ASTERISK", 0x204E },
    { "LOW LINE", 0x5F },
    { "MACRON", 0xAF },
    { "MANAT SIGN", 0x20BC },
    { "MASCULINE ORDINAL INDICATOR", 0xBA },
    { "MATHEMATICAL BOLD SMALL FINAL SIGMA", 0x1D6D3 },
    { "MATHEMATICAL LEFT ANGLE BRACKET", 0x27E8 },
    { "MATHEMATICAL RIGHT ANGLE BRACKET", 0x27E9 },
    { "MEASURED ANGLE", 0x2221 },
    { "MEASURED BY", 0x225E },
    { "MICRO SIGN", 0xB5 },
    { "MIDDLE DOT", 0xB7 },
    { "MIDLINE HORIZONTAL ELLIPSIS", 0x22EF },
    { "MILL SIGN", 0x20A5 },
    { "MINUS SIGN", 0x2212 },
    { "MINUS TILDE", 0x2242 },
    { "MINUS-OR-PLUS SIGN", 0x2213 },
    { "MODELS", 0x22A7 },
    { "MUCH GREATER-THAN", 0x226B },
    { "MUCH LESS-THAN", 0x226A },
    { "MULTIMAP", 0x22B8 },
    { "MULTIPLICATION SIGN", 0xD7 },
    { "MULTISET", 0x228C },
    { "MULTISET MULTIPLICATION", 0x228D },
    { "MULTISET UNION", 0x228E },
    { "N-ARY CIRCLED TIMES OPERATOR", 0x2A02 },
    { "N-ARY COPRODUCT", 0x2210 },
    { "N-ARY INTERSECTION", 0x22C2 },
    { "N-ARY LOGICAL AND", 0x22C0 },
    { "N-ARY LOGICAL OR", 0x22C1 },
    { "N-ARY PRODUCT", 0x220F },
    { "N-ARY SUMMATION", 0x2211 },
    { "N-ARY UNION", 0x22C3 },
    { "NABLA", 0x2207 },
    { "NAIRA SIGN", 0x20A6 },
    { "NAND", 0x22BC },
    { "NARROW NO-BREAK SPACE", 0x202F },
    { "NEGATED DOUBLE VERTICAL BAR DOUBLE RIGHT TURNSTILE", 0x22AF },
    { "NEITHER A SUBSET OF NOR EQUAL TO", 0x2288 },
    { "NEITHER A SUPERSET OF NOR EQUAL TO", 0x2289 },
    { "NEITHER APPROXIMATELY NOR ACTUALLY EQUAL TO", 0x2247 },
    { "NEITHER GREATER-THAN NOR EQUAL TO", 0x2271 },
    { "NEITHER GREATER-THAN NOR EQUIVALENT TO", 0x2275 },
    { "NEITHER GREATER-THAN NOR LESS-THAN", 0x2279 },
    { "NEITHER LESS-THAN NOR EQUAL TO", 0x2270 },
    { "NEITHER LESS-THAN NOR EQUIVALENT TO", 0x2274 },
    { "NEITHER LESS-THAN NOR GREATER-THAN", 0x2278 },
    { "NEW SHEQEL SIGN", 0x20AA },
    { "NO-BREAK SPACE", 0xA0 },
    { "NON-BREAKING HYPHEN", 0x2011 },
    { "NOR", 0x22BD },
    { "NORDIC MARK SIGN", 0x20BB },
    { "NORMAL SUBGROUP OF", 0x22B2 },
    { "NORMAL SUBGROUP OF OR EQUAL TO", 0x22B4 },
    { "NORTH EAST ARROW", 0x2197 },
    { "NORTH EAST DOUBLE ARROW", 0x21D7 },
    { "NORTH WEST ARROW", 0x2196 },
    { "NORTH WEST ARROW TO CORNER", 0x21F1 },
    { "NORTH WEST ARROW TO LONG BAR", 0x21B8 },
    { "NORTH WEST DOUBLE ARROW", 0x21D6 },
    { "NOT A SUBSET OF", 0x2284 },
    { "NOT A SUPERSET OF", 0x2285 },
    { "NOT ALMOST EQUAL TO", 0x2249 },
    { "NOT AN ELEMENT OF", 0x2209 },
    { "NOT ASYMPTOTICALLY EQUAL TO", 0x2244 },
    { "NOT EQUAL TO", 0x2260 },
    { "NOT EQUIVALENT TO", 0x226D },
    { "NOT GREATER-THAN", 0x226F },
    { "NOT IDENTICAL TO", 0x2262 },
    { "NOT LESS-THAN", 0x226E },
    { "NOT NORMAL SUBGROUP OF", 0x22EA },
    { "NOT NORMAL SUBGROUP OF OR EQUAL TO", 0x22EC },
    { "NOT PARALLEL TO", 0x2226 },
    { "NOT SIGN", 0xAC },
    { "NOT SQUARE IMAGE OF OR EQUAL TO", 0x22E2 },
    { "NOT SQUARE ORIGINAL OF OR EQUAL TO", 0x22E3 },
    { "NOT TILDE", 0x2241 },
    { "NOT TRUE", 0x22AD },
    { "NULL", 0x0 },
    { "NUMBER SIGN", 0x23 },
    { "NUMERO SIGN", 0x2116 },
    { "OHM SIGN", 0x2126 },
    { "ONE DOT LEADER", 0x2024 },
    { "ORIGINAL OF", 0x22B6 },
    { "OUNCE SIGN", 0x2125 },
    { "OVERLINE", 0x203E },
    { "PARAGRAPH SEPARATOR", 0x2029 },
    { "PARALLEL TO", 0x2225 },
    { "PARTIAL DIFFERENTIAL", 0x2202 },
    { "PER MILLE SIGN", 0x2030 },
    { "PER SIGN", 0x214C },
    { "PER TEN THOUSAND SIGN", 0x2031 },
    { "PERCENT SIGN", 0x25 },
    { "PESETA SIGN", 0x20A7 },
    { "PESO SIGN", 0x20B1 },
    { "PILCROW SIGN", 0xB6 },
    { "PITCHFORK", 0x22D4 },
    { "PLANCK CONSTANT", 0x210E },
    { "PLANCK CONSTANT OVER TWO PI", 0x210F },
    { "PLUS SIGN", 0x2B },
    { "PLUS-MINUS SIGN", 0xB1 },
    { "POP DIRECTIONAL FORMATTING", 0x202C },
    { "POUND SIGN", 0xA3 },
    { "PRECEDES", 0x227A },
    { "PRECEDES BUT NOT EQUIVALENT TO", 0x22E8 },
    { "PRECEDES OR EQUAL TO", 0x227C },
    { "PRECEDES OR EQUIVALENT TO", 0x227E },
    { "PRECEDES UNDER RELATION", 0x22B0 },
    { "PRESCRIPTION TAKE", 0x211E },
    { "PRIME", 0x2032 },
    { "PROPERTY LINE", 0x214A },
    { "PROPORTION", 0x2237 },
    { "PROPORTIONAL TO", 0x221D },
    { "QUADRUPLE PRIME", 0x2057 },
    { "QUESTION EXCLAMATION MARK", 0x2048 },
    { "QUESTION MARK", 0x3F },
    { "QUESTIONED EQUAL TO", 0x225F },
    { "QUOTATION MARK", 0x22 },
    { "RATIO", 0x2236 },
    { "REFERENCE MARK", 0x203B },
    { "REGISTERED SIGN", 0xAE },
    { "RESPONSE", 0x211F },
    { "REVERSE SOLIDUS", 0x5C },
    { "REVERSED DOUBLE PRIME", 0x2036 },
    { "REVERSED PILCROW SIGN", 0x204B },
    { "REVERSED PRIME", 0x2035 },
    { "REVERSED SANS-SERIF CAPITAL L", 0x2143 },
    { "REVERSED SEMICOLON", 0x204F },
    { "REVERSED TILDE", 0x223D },
    { "REVERSED TILDE EQUALS", 0x22CD },
    { "REVERSED TRIPLE PRIME", 0x2037 },
    { "RIGHT ANGLE", 0x221F },
    { "RIGHT ANGLE WITH ARC", 0x22BE },
    { "RIGHT ARROW WITH SMALL CIRCLE", 0x21F4 },
    { "RIGHT CURLY BRACKET", 0x7D },
    { "RIGHT DOUBLE QUOTATION MARK", 0x201D },
    { "RIGHT NORMAL FACTOR SEMIDIRECT PRODUCT", 0x22CA },
    { "RIGHT PARENTHESIS", 0x29 },
    { "RIGHT SEMIDIRECT PRODUCT", 0x22CC },
    { "RIGHT SINGLE QUOTATION MARK", 0x2019 },
    { "RIGHT SQUARE BRACKET", 0x5D },
    { "RIGHT SQUARE BRACKET WITH QUILL", 0x2046 },
    { "RIGHT TACK", 0x22A2 },
    { "RIGHT TRIANGLE", 0x22BF },
    { "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB },
    { "RIGHT-TO-LEFT EMBEDDING", 0x202B },
    { "RIGHT-TO-LEFT OVERRIDE", 0x202E },
    { "RIGHTWARDS ARROW", 0x2192 },
    { "RIGHTWARDS ARROW FROM BAR", 0x21A6 },
    { "RIGHTWARDS ARROW OVER LEFTWARDS ARROW", 0x21C4 },
    { "RIGHTWARDS ARROW TO BAR", 0x21E5 },
    { "RIGHTWARDS ARROW WITH CORNER DOWNWARDS", 0x21B4 },
    { "RIGHTWARDS ARROW WITH DOUBLE VERTICAL STROKE", 0x21FB },
    { "RIGHTWARDS ARROW WITH HOOK", 0x21AA },
    { "RIGHTWARDS ARROW WITH LOOP", 0x21AC },
    { "RIGHTWARDS ARROW WITH STROKE", 0x219B },
    { "RIGHTWARDS ARROW WITH TAIL", 0x21A3 },
    { "RIGHTWARDS ARROW WITH VERTICAL STROKE", 0x21F8 },
    { "RIGHTWARDS DASHED ARROW", 0x21E2 },
    { "RIGHTWARDS DOUBLE ARROW", 0x21D2 },
    { "RIGHTWARDS DOUBLE ARROW WITH STROKE", 0x21CF },
    { "RIGHTWARDS HARPOON OVER LEFTWARDS HARPOON", 0x21CC },
    { "RIGHTWARDS HARPOON WITH BARB DOWNWARDS", 0x21C1 },
    { "RIGHTWARDS HARPOON WITH BARB UPWARDS", 0x21C0 },
    { "RIGHTWARDS OPEN-HEADED ARROW", 0x21FE },
    { "RIGHTWARDS PAIRED ARROWS", 0x21C9 },
    { "RIGHTWARDS SQUIGGLE ARROW", 0x21DD },
    { "RIGHTWARDS TRIPLE ARROW", 0x21DB },
    { "RIGHTWARDS TWO HEADED ARROW", 0x21A0 },
    { "RIGHTWARDS WAVE ARROW", 0x219D },
    { "RIGHTWARDS WHITE ARROW", 0x21E8 },
    { "RIGHTWARDS WHITE ARROW FROM WALL", 0x21F0 },
    { "RING EQUAL TO", 0x2257 },
    { "RING IN EQUAL TO", 0x2256 },
    { "RING OPERATOR", 0x2218 },
    { "ROMAN NUMERAL SIX", 0x2165 },
    { "ROTATED CAPITAL Q", 0x213A },
    { "RUBLE SIGN", 0x20BD },
    { "RUPEE SIGN", 0x20A8 },
    { "SCRIPT CAPITAL B", 0x212C },
    { "SCRIPT CAPITAL E", 0x2130 },
    { "SCRIPT CAPITAL F", 0x2131 },
    { "SCRIPT CAPITAL H", 0x210B },
    { "SCRIPT CAPITAL I", 0x2110 },
    { "SCRIPT CAPITAL L", 0x2112 },
    { "SCRIPT CAPITAL M", 0x2133 },
    { "SCRIPT CAPITAL P", 0x2118 },
    { "SCRIPT CAPITAL R", 0x211B },
    { "SCRIPT SMALL E", 0x212F },
    { "SCRIPT SMALL G", 0x210A },
    { "SCRIPT SMALL L", 0x2113 },
    { "SCRIPT SMALL O", 0x2134 },
    { "SCRUPLE", 0x2108 },
    { "SECTION SIGN", 0xA7 },
    { "SEMICOLON", 0x3B },
    { "SERVICE MARK", 0x2120 },
    { "SET MINUS", 0x2216 },
    { "SINE WAVE", 0x223F },
    { "SINGLE HIGH-REVERSED-9 QUOTATION MARK", 0x201B },
    { "SINGLE LEFT-POINTING ANGLE QUOTATION MARK", 0x2039 },
    { "SINGLE LOW-9 QUOTATION MARK", 0x201A },
    { "SINGLE RIGHT-POINTING ANGLE QUOTATION MARK", 0x203A },
    { "SMALL CONTAINS AS MEMBER", 0x220D },
    { "SMALL CONTAINS WITH OVERBAR", 0x22FE },
    { "SMALL CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", 0x22FC },
    { "SMALL ELEMENT OF", 0x220A },
    { "SMALL ELEMENT OF WITH OVERBAR", 0x22F7 },
    { "SMALL ELEMENT OF WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", 0x22F4 },
    { "SMILING CAT FACE WITH OPEN MOUTH", 0x1F63A },
    { "SNAKE", 0x1F40D },
    { "SNOWMAN", 0x2603 },
    { "SOFT HYPHEN", 0xAD },
    { "SOLIDUS", 0x2F },
    { "SOM SIGN", 0x20C0 },
    { "SOUND RECORDING COPYRIGHT", 0x2117 },
    { "SOUTH EAST ARROW", 0x2198 },
    { "SOUTH EAST ARROW TO CORNER", 0x21F2 },
    { "SOUTH EAST DOUBLE ARROW", 0x21D8 },
    { "SOUTH WEST ARROW", 0x2199 },
    { "SOUTH WEST DOUBLE ARROW", 0x21D9 },
    { "SPACE", 0x20 },
    { "SPESMILO SIGN", 0x20B7 },
    { "SPHERICAL ANGLE", 0x2222 },
    { "SQUARE CAP", 0x2293 },
    { "SQUARE CUP", 0x2294 },
    { "SQUARE IMAGE OF", 0x228F },
    { "SQUARE IMAGE OF OR EQUAL TO", 0x2291 },
    { "SQUARE IMAGE OF OR NOT EQUAL TO", 0x22E4 },
    { "SQUARE ORIGINAL OF", 0x2290 },
    { "SQUARE ORIGINAL OF OR EQUAL TO", 0x2292 },
    { "SQUARE ORIGINAL OF OR NOT EQUAL TO", 0x22E5 },
    { "SQUARE ROOT", 0x221A },
    { "SQUARED DOT OPERATOR", 0x22A1 },
    { "SQUARED MINUS", 0x229F },
    { "SQUARED PLUS", 0x229E },
    { "SQUARED TIMES", 0x22A0 },
    { "STAR EQUALS", 0x225B },
    { "STAR OPERATOR", 0x22C6 },
    { "STRICTLY EQUIVALENT TO", 0x2263 },
    { "SUBSCRIPT TWO", 0x2082 },
    { "SUBSET OF", 0x2282 },
    { "SUBSET OF OR EQUAL TO", 0x2286 },
    { "SUBSET OF WITH NOT EQUAL TO", 0x228A },
    { "SUCCEEDS", 0x227B },
    { "SUCCEEDS BUT NOT EQUIVALENT TO", 0x22E9 },
    { "SUCCEEDS OR EQUAL TO", 0x227D },
    { "SUCCEEDS OR EQUIVALENT TO", 0x227F },
    { "SUCCEEDS UNDER RELATION", 0x22B1 },
    { "SUPERSCRIPT ONE", 0xB9 },
    { "SUPERSCRIPT THREE", 0xB3 },
    { "SUPERSCRIPT TWO", 0xB2 },
    { "SUPERSET OF", 0x2283 },
    { "SUPERSET OF OR EQUAL TO", 0x2287 },
    { "SUPERSET OF WITH NOT EQUAL TO", 0x228B },
    { "SURFACE INTEGRAL", 0x222F },
    { "SWUNG DASH", 0x2053 },
    { "SYMBOL FOR SAMARITAN SOURCE", 0x214F },
    { "TELEPHONE SIGN", 0x2121 },
    { "TENGE SIGN", 0x20B8 },
    { "THAI DIGIT SIX", 0xE56 },
    { "THERE DOES NOT EXIST", 0x2204 },
    { "THERE EXISTS", 0x2203 },
    { "THEREFORE", 0x2234 },
    { "THREE DOT PUNCTUATION", 0x2056 },
    { "THREE RIGHTWARDS ARROWS", 0x21F6 },
    { "TILDE", 0x7E },
    { "TILDE OPERATOR", 0x223C },
    { "TIRONIAN SIGN ET", 0x204A },
    { "TRADE MARK SIGN", 0x2122 },
    { "TRIANGULAR BULLET", 0x2023 },
    { "TRICOLON", 0x205D },
    { "TRIPLE INTEGRAL", 0x222D },
    { "TRIPLE PRIME", 0x2034 },
    { "TRIPLE TILDE", 0x224B },
    { "TRIPLE VERTICAL BAR RIGHT TURNSTILE", 0x22AA },
    { "TRUE", 0x22A8 },
    { "TUGRIK SIGN", 0x20AE },
    { "TURKISH LIRA SIGN", 0x20BA },
    { "TURNED AMPERSAND", 0x214B },
    { "TURNED CAPITAL F", 0x2132 },
    { "TURNED GREEK SMALL LETTER IOTA", 0x2129 },
    { "TURNED SANS-SERIF CAPITAL G", 0x2141 },
    { "TURNED SANS-SERIF CAPITAL L", 0x2142 },
    { "TURNED SANS-SERIF CAPITAL Y", 0x2144 },
    { "TURNED SMALL F", 0x214E },
    { "TWO ASTERISKS ALIGNED VERTICALLY", 0x2051 },
    { "TWO DOT LEADER", 0x2025 },
    { "TWO DOT PUNCTUATION", 0x205A },
    { "UNDERTIE", 0x203F },
    { "UNION", 0x222A },
    { "UP DOWN ARROW", 0x2195 },
    { "UP DOWN ARROW WITH BASE", 0x21A8 },
    { "UP DOWN DOUBLE ARROW", 0x21D5 },
    { "UP DOWN WHITE ARROW", 0x21F3 },
    { "UP RIGHT DIAGONAL ELLIPSIS", 0x22F0 },
    { "UP TACK", 0x22A5 },
    { "UPWARDS ARROW", 0x2191 },
    { "UPWARDS ARROW FROM BAR", 0x21A5 },
    { "UPWARDS ARROW LEFTWARDS OF DOWNWARDS ARROW", 0x21C5 },
    { "UPWARDS ARROW WITH DOUBLE STROKE", 0x21DE },
    { "UPWARDS ARROW WITH TIP LEFTWARDS", 0x21B0 },
    { "UPWARDS ARROW WITH TIP RIGHTWARDS", 0x21B1 },
    { "UPWARDS DASHED ARROW", 0x21E1 },
    { "UPWARDS DOUBLE ARROW", 0x21D1 },
    { "UPWARDS HARPOON WITH BARB LEFTWARDS", 0x21BF },
    { "UPWARDS HARPOON WITH BARB RIGHTWARDS", 0x21BE },
    { "UPWARDS PAIRED ARROWS", 0x21C8 },
    { "UPWARDS TWO HEADED ARROW", 0x219F },
    { "UPWARDS WHITE ARROW", 0x21E7 },
    { "UPWARDS WHITE ARROW FROM BAR", 0x21EA },
    { "UPWARDS WHITE ARROW ON PEDESTAL", 0x21EB },
    { "UPWARDS WHITE ARROW ON PEDESTAL WITH HORIZONTAL BAR", 0x21EC },
    { "UPWARDS WHITE ARROW ON PEDESTAL WITH VERTICAL BAR", 0x21ED },
    { "UPWARDS WHITE DOUBLE ARROW", 0x21EE },
    { "UPWARDS WHITE DOUBLE ARROW ON PEDESTAL", 0x21EF },
    { "VERSICLE", 0x2123 },
    { "VERTICAL ELLIPSIS", 0x22EE },
    { "VERTICAL FOUR DOTS", 0x205E },
    { "VERTICAL LINE", 0x7C },
    { "VERY MUCH GREATER-THAN", 0x22D9 },
    { "VERY MUCH LESS-THAN", 0x22D8 },
    { "VOLUME INTEGRAL", 0x2230 },
    { "VULGAR FRACTION ONE HALF", 0xBD },
    { "VULGAR FRACTION ONE QUARTER", 0xBC },
    { "VULGAR FRACTION THREE QUARTERS", 0xBE },
    { "WON SIGN", 0x20A9 },
    { "WREATH PRODUCT", 0x2240 },
    { "XOR", 0x22BB },
    { "YEN SIGN", 0xA5 },
    { "Z NOTATION BAG MEMBERSHIP", 0x22FF },
};
/* END generated uni_names */

static int lookup_uni_name(const char *s, size_t n)
{
    char up[80];
    if (n == 0 || n >= sizeof up) return -1;
    for (size_t i = 0; i < n; i++) up[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
    up[n] = 0;
    size_t lo = 0, hi = ARRAY_LEN(uni_names);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(uni_names[mid].name, up);
        if (c == 0) return uni_names[mid].cp;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    if (ast_lookup_unicode_name) return ast_lookup_unicode_name(s, n);   /* the full table (uninames.c) */
    if (strncmp(s, "CJK UNIFIED IDEOGRAPH-", 22) == 0 && (n == 26 || n == 27)) {
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

/* Errors CPython reports at "the last token read" (string decoding): eval and single input
 * have no NEWLINE at their end, and CPython's last token there ends at the line's last column. */
static Token *last_token_for_error(Parser *p, Token *at, Token *buf)
{
    if (at->type == T_NEWLINE && at->start == at->end && p->mode != PARSE_FILE && !p->fstring) {
        *buf = *at;
        buf->col = at->col - 1;
        buf->end_col = EC_MINUS1;
        return buf;
    }
    return at;
}

/* Decode the escapes of s[0..n) (no quotes) into a pool buffer. */
static char *decode_escapes(Parser *p, const char *s, size_t n, bool raw, bool bytes,
                            size_t *outlen, Token *t)
{
    /* decoding errors point at the token after the string, as in CPython */
    Token eof_at, *at = last_token_for_error(p, tok_at(p, p->fs_after), &eof_at);
    char *o = ast_alloc(p->pool, n + 8);
    size_t k = 0;
    bool warned = false;        /* CPython warns about the first invalid escape of a literal */
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)s[i];
        if (bytes && ch >= 0x80)
            syntax_error(p, "SyntaxError", at->lineno, at->col, at->end_lineno, at->end_col,
                         "bytes can only contain ASCII literal characters");
        if (ch >= 0x80 && !bytes) {
            /* CPython decodes each literal: invalid UTF-8 is reported like its decoder */
            const char *why;
            int len = tok_utf8_len((const unsigned char *)s + i, n - i, &why);
            if (!len)
                syntax_error(p, "SyntaxError", at->lineno, at->col, at->end_lineno, at->end_col,
                             "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                             ch, i, why);
            memcpy(o + k, s + i, (size_t)len);
            k += (size_t)len;
            i += (size_t)len;
            continue;
        }
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
            if (v > 0377 && !warned) {
                warned = true;
                add_warning(p, true, t->lineno, t->col, t->end_lineno, t->end_col,
                            "invalid octal escape sequence '\\%.3s'", s + i - 3);
            }
            if (bytes) o[k++] = (char)(v & 0xFF);
            else k += put_utf8(o + k, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && ch != 'x') {
                if (!warned) {
                    warned = true;
                    add_warning(p, true, t->lineno, t->col, t->end_lineno, t->end_col,
                                "invalid escape sequence '\\%c'", ch);
                }
                o[k++] = '\\';
                o[k++] = (char)ch;
                break;
            }
            int nd = ch == 'x' ? 2 : ch == 'u' ? 4 : 8;
            uint32_t v = 0;
            for (int j = 0; j < nd; j++) {
                int h = i + (size_t)j < n ? hex_digit_value((unsigned char)s[i + (size_t)j]) : -1;
                if (h < 0 && bytes)
                    syntax_error(p, "SyntaxError", at->lineno, at->col, at->end_lineno, at->end_col,
                                 "(value error) invalid \\x escape at position %zu", i - 2);
                if (h < 0) {
                    syntax_error(p, "SyntaxError", at->lineno, at->col, at->end_lineno, at->end_col,
                                 "(%s error) '%s' codec can't decode bytes in position %zu-%zu: %s",
                                 bytes ? "value" : "unicode", bytes ? "" : "unicodeescape", i - 2,
                                 i + (size_t)j - 1,
                                 ch == 'x' ? "truncated \\xXX escape" : ch == 'u' ? "truncated \\uXXXX escape"
                                                                              : "truncated \\UXXXXXXXX escape");
                }
                v = v * 16 + (uint32_t)h;
            }
            i += (size_t)nd;
            if (bytes) o[k++] = (char)v;
            else {
                if (v > 0x10FFFF)
                    syntax_error(p, "SyntaxError", at->lineno, at->col, at->end_lineno, at->end_col,
                                 "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                                 i - 10, i - 1);
                k += put_utf8(o + k, (int)v);
            }
            break;
        }
        case 'N': {
            if (bytes) {
                if (!warned) {
                    warned = true;
                    add_warning(p, true, t->lineno, t->col, t->end_lineno, t->end_col, "invalid escape sequence '\\N'");
                }
                o[k++] = '\\';
                o[k++] = 'N';
                break;
            }
            int cp = -1;
            size_t st = i - 2;
            const char *why = "malformed \\N character escape";
            if (i < n && s[i] == '{') {
                size_t j = i + 1;
                while (j < n && s[j] != '}') j++;
                if (j < n && j > i + 1) {
                    cp = lookup_uni_name(s + i + 1, j - i - 1);
                    why = "unknown Unicode character name";
                    i = j + 1;
                } else i = j;
            }
            if (cp < 0)
                syntax_error(p, "SyntaxError", at->lineno, at->col, at->end_lineno, at->end_col,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                             st, i - 1, why);
            k += put_utf8(o + k, cp);
            break;
        }
        default:
            if (!warned) {
                warned = true;
                /* CPython keeps a backslash before a non-ASCII character silently */
                if (ch < 0x80)
                    add_warning(p, true, t->lineno, t->col, t->end_lineno, t->end_col,
                                "invalid escape sequence '\\%c'", ch);
                else warned = false;
            }
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
    int l, c, el, ec;           /* span of the whole string run: FormattedValues, and literals
                                 * flushed before one */
    int fl, fc, fel, fec;       /* span of the literal flushed at the end (a format spec's own
                                 * token; the whole run at top level), as CPython 3.11 does */
} FState;

static Expr *span_expr(Parser *p, FState *f, ExprKind k)
{
    Expr *e = ast_alloc(p->pool, sizeof *e);
    e->kind = k;
    e->lineno = f->l; e->col_offset = f->c; e->end_lineno = f->el; e->end_col_offset = f->ec;
    return e;
}

static void f_flush(Parser *p, FState *f, bool final)
{
    if (f->lit.len == 0) return;
    Expr *e = span_expr(p, f, Expr_Constant);
    if (final) {
        e->lineno = f->fl; e->col_offset = f->fc; e->end_lineno = f->fel; e->end_col_offset = f->fec;
    }
    e->v.Constant.value.kind = CONST_STR;
    e->v.Constant.value.str = f->lit.s;
    e->v.Constant.value.len = f->lit.len;
    e->v.Constant.kind = f->kind;
    vpush(p, &f->vals, e);
    f->lit = (StrBuf){0};
}

static Mod *parse_sub(Parser *outer, const char *text, size_t n, int line, int col);

static Token *last_token_for_error(Parser *p, Token *at, Token *buf);

static NORET void f_error(Parser *p, Token *t, const char *msg)
{
    Token buf;
    t = last_token_for_error(p, tok_at(p, p->fs_after), &buf);
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
    if (blank) {
        /* 3.11.2: "{!r}", "{=}", "{:}" */
        if (s[ee] == '!' || s[ee] == ':' || s[ee] == '=') {
            char m[60];
            snprintf(m, sizeof m, "f-string: expression required before '%c'", s[ee]);
            f_error(p, t, m);
        }
        f_error(p, t, "f-string: empty expression not allowed");
    }
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
            f_error(p, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = cc;
    }
    if (i < n && s[i] == ':') {
        i++;
        FState sub = {0};
        sub.l = f->l; sub.c = f->c; sub.el = f->el; sub.ec = f->ec;
        sub.fl = t->lineno; sub.fc = t->col; sub.fel = t->end_lineno; sub.fec = t->end_col;
        sub.kind = NULL;
        fstring_body(p, &sub, s, n, &i, raw, recurse + 1, t);
        f_flush(p, &sub, true);
        spec = span_expr(p, &sub, Expr_JoinedStr);     /* the spec node spans its own token */
        spec->lineno = t->lineno; spec->col_offset = t->col;
        spec->end_lineno = t->end_lineno; spec->end_col_offset = t->end_col;
        spec->v.JoinedStr.values = SEQ(ExprSeq, sub.vals);
    }
    if (i >= n || s[i] != '}') f_error(p, t, "f-string: expecting '}'");
    i++;
    if (conversion == -2) conversion = spec ? -1 : 'r';
    f_flush(p, f, false);
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
                if (s[i + 1] == '{') {
                    /* a backslash before a field: kept, with CPython's warning */
                    add_warning(p, true, t->lineno, t->col, t->end_lineno, t->end_col,
                                "invalid escape sequence '\\{'");
                    i++;
                    break;
                }
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
        Token buf, *a = last_token_for_error(p, tk(p, nt), &buf);
        syntax_error(p, "SyntaxError", a->lineno, a->col, a->end_lineno, a->end_col,
                     "cannot mix bytes and nonbytes literals");
    }
    FState f = {0};
    f.l = first->lineno; f.c = first->col; f.el = last->end_lineno; f.ec = last->end_col;
    {
        const char *s0 = p->tz.buf + first->start;
        if (*s0 == 'u') f.kind = "u";   /* CPython checks the lowercase prefix only */
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
    f.fl = f.l; f.fc = f.c; f.fel = f.el; f.fec = f.ec;
    f_flush(p, &f, true);
    Expr *e = span_expr(p, &f, Expr_JoinedStr);
    e->v.JoinedStr.values = SEQ(ExprSeq, f.vals);
    return e;
}

/* -- Statements --------------------------------------------------------------------------- */

static void statement(Parser *p, Vec *out);
static Pattern *pattern(Parser *p);

/* A compound statement ends at the last token of its last block that is not NEWLINE, INDENT
 * or DEDENT (a trailing ';' included), as CPython's EXTRA does. */
static void set_end_sig(Parser *p, int *el, int *ec)
{
    int i = p->pos - 1;
    while (i > 0) {
        int ty = tok_at(p, i)->type;
        if (ty != T_NEWLINE && ty != T_INDENT && ty != T_DEDENT) break;
        i--;
    }
    *el = tok_at(p, i)->end_lineno;
    *ec = tok_at(p, i)->end_col;
}

static void set_end_from_stmts_p(Parser *p, Stmt *s)
{
    set_end_sig(p, &s->end_lineno, &s->end_col_offset);
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
            bool eof = t->type == T_ENDMARKER || (t->type == T_DEDENT && t->start >= p->tz.len);
            syntax_error(p, "IndentationError", t->lineno, c, t->end_lineno, eof ? EC_MINUS1 : t->end_col,
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
/* Is e directly inside parentheses (a group: an atom for CPython's bitwise_or)? */
static bool is_parenthesized(Parser *p, Expr *e)
{
    for (int i = p->pos; i > 0; i--) {
        Token *t = tok_at(p, i);
        if (t->lineno == e->lineno && t->col == e->col_offset) return tok_at(p, i - 1)->type == T_LPAR;
        if (t->lineno < e->lineno) break;
    }
    return false;
}

static NORET void cannot_assign(Parser *p, Expr *target, bool first)
{
    Expr *last = target;
    if (target->kind == Expr_Tuple && target->v.Tuple.elts.n &&
        target->v.Tuple.elts.items[0]->col_offset == target->col_offset &&
        target->v.Tuple.elts.items[0]->lineno == target->lineno)
        last = target->v.Tuple.elts.items[target->v.Tuple.elts.n - 1];
    Expr *bad = invalid_target(target, TGT_STAR);
    bool here = first && bad == last;
    if (here && !is_parenthesized(p, bad)) {
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
    if (n->type == T_COLONEQUAL && e->kind != Expr_Name && e->kind != Expr_Tuple && expression_follows(p))
        err_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
    if (n->type == T_COLON && (e->kind == Expr_Name || e->kind == Expr_Attribute ||
                               e->kind == Expr_Subscript || expression_follows(p))) {
        if (e->kind == Expr_Tuple && e->col_offset == (e->v.Tuple.elts.n ? e->v.Tuple.elts.items[0]->col_offset : -1)
            && e->lineno == e->v.Tuple.elts.items[0]->lineno)
            err_node(p, e->v.Tuple.elts.items[0], "only single target (not tuple) can be annotated");
        if (e->kind == Expr_Tuple) err_node(p, e, "only single target (not tuple) can be annotated");
        if (e->kind == Expr_List) err_node(p, e, "only single target (not list) can be annotated");
        if (e->kind == Expr_Starred) invalid_syntax_at(p, n);
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
            if ((tg->kind == Expr_Yield || tg->kind == Expr_YieldFrom) && !(targets.n == 0 && is_parenthesized(p, tg)))
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
    char *first = tok_str(p, t);
    sb_add(p, &b, first, strlen(first));
    while (at_op(p, T_DOT)) {
        p->pos++;
        Token *n = CUR;
        if (n->type != T_NAME || n->kw) invalid_syntax(p);
        p->pos++;
        sb_add(p, &b, ".", 1);
        char *part = tok_str(p, n);
        sb_add(p, &b, part, strlen(part));
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
            /* CPython's invalid_del_stmt: 'del' star_expressions names the first bad target */
            int start = p->pos;
            Expr *all = speculate(p, star_expressions);
            if (all && !at_op(p, T_NEWLINE) && !at_op(p, T_SEMI)) all = NULL;
            p->pos = start;
            if (all) to_target(p, all, TGT_DEL);
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
    set_end_from_stmts_p(p, s);
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
        set_end_from_stmts_p(p, s);
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
    set_end_from_stmts_p(p, s);
    if (at_kw(p, KW_else)) {
        s->v.While.orelse = else_block(p);
        set_end_from_stmts_p(p, s);
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
    set_end_from_stmts_p(p, s);
    if (at_kw(p, KW_else)) {
        s->v.For.orelse = else_block(p);
        set_end_from_stmts_p(p, s);
    }
    return s;
}

static WithItem *with_item(Parser *p)
{
    WithItem *w = ast_alloc(p->pool, sizeof *w);
    w->context_expr = expression(p);
    if (accept_kw(p, KW_as)) {
        int at = p->pos;
        Expr *tg = at_op(p, T_STAR) ? starred(p) : bitwise_or(p);
        Token *n = CUR;
        if (n->type != T_COMMA && n->type != T_RPAR && n->type != T_COLON && n->type != T_NEWLINE) {
            /* CPython's invalid_with_item: 'as' expression &(',' | ')' | ':') is a bad target */
            int save = p->pos;
            p->pos = at;
            if (!at_op(p, T_STAR)) {
                Expr *e = expression(p);
                if (at_op(p, T_COMMA) || at_op(p, T_RPAR) || at_op(p, T_COLON)) to_target(p, e, TGT_STAR);
            }
            p->pos = save;
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
    set_end_from_stmts_p(p, s);
    return s;
}

static Stmt *try_stmt(Parser *p, Token *t)
{
    p->pos++;
    expect_forced(p, T_COLON);
    StmtSeq body = block(p, "'try' statement", t->lineno);
    Stmt *s = mk_stmt_span(p, Stmt_Try, t);
    s->v.Try.body = body;
    set_end_from_stmts_p(p, s);
    Vec handlers = {0};
    int star = -1;
    while (at_kw(p, KW_except)) {
        Token *et = next_tok(p);
        bool is_star = accept_op(p, T_STAR);
        if (star >= 0 && star != is_star)
            syntax_error(p, "SyntaxError", et->lineno, et->col, et->end_lineno, is_star ? prev(p)->end_col : et->end_col,
                         "cannot have both 'except' and 'except*' on the same 'try'");
        star = is_star;
        if (!is_star && at_op(p, T_NEWLINE))
            syntax_error(p, "SyntaxError", CUR->lineno, CUR->col, CUR->lineno, CUR->col, "expected ':'");
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
        set_end_sig(p, &h->end_lineno, &h->end_col_offset);
        COPY_END(s, h);
        vpush(p, &handlers, h);
    }
    if (star == 1) s->kind = Stmt_TryStar;
    s->v.Try.handlers = SEQ(ExceptHandlerSeq, handlers);
    if (handlers.n && at_kw(p, KW_else)) {
        s->v.Try.orelse = else_block(p);
        set_end_from_stmts_p(p, s);
    }
    if (at_kw(p, KW_finally)) {
        Token *ft = next_tok(p);
        expect_forced(p, T_COLON);
        s->v.Try.finalbody = block(p, "'finally' statement", ft->lineno);
        set_end_from_stmts_p(p, s);
    } else if (!handlers.n) {
        Token *e = CUR;
        /* at the end of the input CPython's token sits at the end of the last line */
        syntax_error(p, "SyntaxError", e->lineno, e->col, e->end_lineno,
                     e->type == T_DEDENT || e->type == T_ENDMARKER ? EC_MINUS1 : e->end_col,
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
    set_end_from_stmts_p(p, s);
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
    set_end_from_stmts_p(p, s);
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
        Expr *re = e->kind == Expr_UnaryOp ? e->v.UnaryOp.operand : e;
        if (re->v.Constant.value.kind == CONST_IMAG)
            err_node(p, re, "real number required in complex literal");
        if (im->v.Constant.value.kind != CONST_IMAG)
            err_node(p, im, "imaginary number required in complex literal");
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
        /* `(*a)` is a group pattern, which cannot hold a star pattern */
        if (close == T_RPAR && pats.n == 1 && !comma && ((Pattern *)pats.items[0])->kind == Pattern_MatchStar)
            invalid_syntax(p);
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
                if (is_wildcard(p, CUR)) invalid_syntax_at(p, CUR);
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
        if (at_op(p, T_DOT) || at_op(p, T_LPAR) || at_op(p, T_LSQB)) invalid_syntax(p);
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
    if (!at_op(p, T_COMMA)) invalid_syntax(p);      /* a lone `*a` is not a pattern */
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
        bool eof = n->type == T_ENDMARKER || (n->type == T_DEDENT && n->start >= p->tz.len);
        syntax_error(p, "IndentationError", n->lineno, n->col, n->end_lineno, eof ? EC_MINUS1 : n->end_col,
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
        expect_colon_nl(p);     /* invalid_case_block: "expected ':'" only before NEWLINE */
        mc->body = block(p, "'case' statement", ct->lineno);
        vpush(p, &cases, mc);
    }
    p->pos++;
    s = new_stmt(p, Stmt_Match, line, col);
    s->v.Match.subject = subject;
    s->v.Match.cases = SEQ(MatchCaseSeq, cases);
    set_end_from_stmts_p(p, s);
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

static bool stmt_is_compound(Stmt *s)
{
    switch (s->kind) {
    case Stmt_FunctionDef: case Stmt_AsyncFunctionDef: case Stmt_ClassDef: case Stmt_For: case Stmt_AsyncFor:
    case Stmt_While: case Stmt_If: case Stmt_With: case Stmt_AsyncWith: case Stmt_Match: case Stmt_Try:
    case Stmt_TryStar:
        return true;
    default:
        return false;
    }
}

static Mod *parse_mode(Parser *p, int mode)
{
    Mod *m = ast_alloc(p->pool, sizeof *m);
    p->mode = mode;
    if (mode != PARSE_FILE) {
        while (at_op(p, T_NEWLINE)) p->pos++;
        if (at_op(p, T_ENDMARKER)) {
            /* nothing to evaluate: CPython reports column 0 (line 0 for empty input) */
            Token *t = CUR;
            syntax_error(p, "SyntaxError", p->len == 0 ? 0 : t->lineno, -1, p->len == 0 ? 0 : t->lineno, EC_ZERO,
                         "invalid syntax");
        }
    }
    if (mode == PARSE_EVAL) {
        while (at_op(p, T_NEWLINE)) p->pos++;
        /* expressions: no bare starred items in eval input */
        Token *st = CUR;
        Expr *e = expression(p);
        if (at_op(p, T_COMMA)) {
            Vec v = {0};
            vpush(p, &v, e);
            while (accept_op(p, T_COMMA)) {
                if (!starts_expr(CUR) || at_op(p, T_STAR)) break;
                vpush(p, &v, expression(p));
            }
            e = new_expr(p, Expr_Tuple, st->lineno, st->col);
            e->v.Tuple.elts = SEQ(ExprSeq, v);
            e->v.Tuple.ctx = Ctx_Load;
        }
        while (at_op(p, T_NEWLINE)) p->pos++;
        if (!at_op(p, T_ENDMARKER)) invalid_syntax(p);
        m->kind = Mod_Expression;
        m->v.Expression.body = e;
        return m;
    }
    Vec v = {0};
    if (mode == PARSE_SINGLE) {
        while (at_op(p, T_NEWLINE)) p->pos++;
        if (!at_op(p, T_ENDMARKER)) {
            statement(p, &v);
            /* CPython's interactive rule is `compound_stmt NEWLINE`; at the end of the input
             * only one NEWLINE is implied (two after DEDENTs), so a compound statement whose
             * one-line suite ends the input without a newline fails there, at column 0 */
            Token *last = prev(p);
            if (v.n && stmt_is_compound(((Stmt **)v.items)[v.n - 1]) && last->type == T_NEWLINE &&
                last->start == last->end && at_op(p, T_ENDMARKER))
                syntax_error(p, "SyntaxError", last->lineno, -1, last->lineno, EC_ZERO, "invalid syntax");
        }
        while (at_op(p, T_NEWLINE)) p->pos++;
        if (!at_op(p, T_ENDMARKER)) {
            /* reported at the NEWLINE that ended the first statement; after a compound
             * statement CPython's interactive rule just fails on the next token */
            if (prev(p)->type == T_DEDENT) invalid_syntax_at(p, CUR);
            int i = p->pos - 1;
            while (i > 0 && tok_at(p, i)->type != T_NEWLINE) i--;
            Token *t = tok_at(p, i);
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
    p->barry = outer->barry;
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

/* CPython's get_normal_name(): the spelling its coding-cookie errors show */
static const char *normal_coding_name(const char *s)
{
    char buf[13];
    int i = 0;
    for (; i < 12 && s[i]; i++) buf[i] = (char)(s[i] == '_' ? '-' : (s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    buf[i] = 0;
    if (strcmp(buf, "utf-8") == 0 || strncmp(buf, "utf-8-", 6) == 0) return "utf-8";
    if (strcmp(buf, "latin-1") == 0 || strcmp(buf, "iso-8859-1") == 0 || strcmp(buf, "iso-latin-1") == 0 ||
        strncmp(buf, "latin-1-", 8) == 0 || strncmp(buf, "iso-8859-1-", 11) == 0 || strncmp(buf, "iso-latin-1-", 12) == 0)
        return "iso-8859-1";
    return s;
}

static const char *const utf8_names[] = { "utf-8", "utf8", NULL };
static const char *const latin1_names[] = { "latin-1", "iso-8859-1", "iso8859-1", "latin1", "iso-latin-1", NULL };
static const char *const ascii_names[] = { "ascii", "us-ascii", NULL };
static const char *const cp1252_names[] = { "cp1252", "windows-1252", NULL };
static const char *const koi8r_names[] = { "koi8-r", "koi8r", NULL };
static const char *const latin9_names[] = { "iso-8859-15", "iso8859-15", "latin-9", "latin9", NULL };
static const char *const cp1251_names[] = { "cp1251", "windows-1251", NULL };
static const char *const latin2_names[] = { "iso-8859-2", "iso8859-2", "latin-2", "latin2", NULL };
static const char *const cyrillic_names[] = { "iso-8859-5", "iso8859-5", "cyrillic", NULL };
static const char *const cp1250_names[] = { "cp1250", "windows-1250", NULL };

/* Single-byte source encodings beyond latin-1: bytes 0x80..0xFF -> code point (0xFFFF: undefined).
 * Generated from CPython's codecs. */
static const struct { const char *const *names; uint16_t map[128]; } byte_codecs[] = {
    { cp1252_names, {
        0x20AC, 0xFFFF, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0xFFFF, 0x017D, 0xFFFF, 0xFFFF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFF, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
        0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB,
        0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
        0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
        0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
        0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
        0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
        0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
    } },
    { koi8r_names, {
        0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580,
        0x2584, 0x2588, 0x258C, 0x2590, 0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,
        0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, 0x2550, 0x2551, 0x2552, 0x0451,
        0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
        0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569,
        0x256A, 0x256B, 0x256C, 0x00A9, 0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
        0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x044F, 0x0440, 0x0441,
        0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
        0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A,
        0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
        0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
    } },
    { latin9_names, {
        0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008A, 0x008B,
        0x008C, 0x008D, 0x008E, 0x008F, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
        0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
        0x20AC, 0x00A5, 0x0160, 0x00A7, 0x0161, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x017D, 0x00B5, 0x00B6, 0x00B7, 0x017E, 0x00B9, 0x00BA, 0x00BB,
        0x0152, 0x0153, 0x0178, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
        0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
        0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
        0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
        0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
        0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
    } },
    { cp1251_names, {
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039,
        0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0xFFFF, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408,
        0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB,
        0x0458, 0x0405, 0x0455, 0x0457, 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
        0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423,
        0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
        0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B,
        0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
        0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
    } },
    { latin2_names, {
        0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008A, 0x008B,
        0x008C, 0x008D, 0x008E, 0x008F, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
        0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x0104, 0x02D8, 0x0141,
        0x00A4, 0x013D, 0x015A, 0x00A7, 0x00A8, 0x0160, 0x015E, 0x0164, 0x0179, 0x00AD, 0x017D, 0x017B,
        0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E, 0x015B, 0x02C7, 0x00B8, 0x0161, 0x015F, 0x0165,
        0x017A, 0x02DD, 0x017E, 0x017C, 0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,
        0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, 0x0110, 0x0143, 0x0147, 0x00D3,
        0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
        0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB,
        0x011B, 0x00ED, 0x00EE, 0x010F, 0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,
        0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
    } },
    { cyrillic_names, {
        0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008A, 0x008B,
        0x008C, 0x008D, 0x008E, 0x008F, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
        0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x0401, 0x0402, 0x0403,
        0x0404, 0x0405, 0x0406, 0x0407, 0x0408, 0x0409, 0x040A, 0x040B, 0x040C, 0x00AD, 0x040E, 0x040F,
        0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B,
        0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
        0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433,
        0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
        0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B,
        0x044C, 0x044D, 0x044E, 0x044F, 0x2116, 0x0451, 0x0452, 0x0453, 0x0454, 0x0455, 0x0456, 0x0457,
        0x0458, 0x0459, 0x045A, 0x045B, 0x045C, 0x00A7, 0x045E, 0x045F,
    } },
    { cp1250_names, {
        0x20AC, 0xFFFF, 0x201A, 0xFFFF, 0x201E, 0x2026, 0x2020, 0x2021, 0xFFFF, 0x2030, 0x0160, 0x2039,
        0x015A, 0x0164, 0x017D, 0x0179, 0xFFFF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0xFFFF, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A, 0x00A0, 0x02C7, 0x02D8, 0x0141,
        0x00A4, 0x0104, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B,
        0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x0105, 0x015F, 0x00BB,
        0x013D, 0x02DD, 0x013E, 0x017C, 0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,
        0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, 0x0110, 0x0143, 0x0147, 0x00D3,
        0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
        0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB,
        0x011B, 0x00ED, 0x00EE, 0x010F, 0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,
        0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
    } },
};

Mod *ast_parse(AstPool *pool, const char *src, size_t len, const char *filename, int mode,
               int flags, SyntaxErrorInfo *err)
{
    (void)filename;
    memset(err, 0, sizeof *err);
    bool bom = false;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) { src += 3; len -= 3; bom = true; }
    char encbuf[64];
    const char *enc = find_coding(src, len, encbuf, sizeof encbuf);
    if (bom && enc && strcmp(normal_coding_name(enc), "utf-8") != 0) {
        err->type = "SyntaxError";
        snprintf(err->msg, sizeof err->msg, "encoding problem: %s with BOM", normal_coding_name(enc));
        err->lineno = 0;
        err->offset = AST_OFFSET_MINUS1;
        err->end_lineno = err->end_offset = -1;
        return NULL;
    }
    /* decode to UTF-8 and normalise newlines */
    char *buf = ast_alloc(pool, len * 3 + 2);
    size_t n = 0;
    bool latin1 = false;
    const uint16_t *map = NULL;
    if (enc && !enc_is(enc, utf8_names)) {
        for (size_t k = 0; k < ARRAY_LEN(byte_codecs); k++)
            if (enc_is(enc, byte_codecs[k].names)) map = byte_codecs[k].map;
        if (map || enc_is(enc, latin1_names) || enc_is(enc, ascii_names)) latin1 = true;
        else {
            err->type = "SyntaxError";
            snprintf(err->msg, sizeof err->msg, "unknown encoding: %s", enc);
            err->lineno = 0;
            err->offset = AST_OFFSET_MINUS1;
            err->end_lineno = err->end_offset = -1;
            return NULL;
        }
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            buf[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') i++;
        } else if (latin1 && c >= 0x80) {
            int cp = map ? map[c - 0x80] : c;
            if (cp == 0xFFFF) {
                int line = 1;
                for (size_t k = 0; k < i; k++) if (src[k] == '\n') line++;
                err->type = "SyntaxError";
                snprintf(err->msg, sizeof err->msg,
                         "(unicode error) '%s' codec can't decode byte 0x%02x in position %zu: character maps to <undefined>",
                         enc, c, i);
                err->lineno = line;
                err->offset = 0;
                return NULL;
            }
            n += put_utf8(buf + n, cp);
        } else {
            buf[n++] = (char)c;
        }
    }
    buf[n] = 0;
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
    p->barry = (flags & PARSE_FLAG_BARRY_AS_BDFL) != 0;
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
        p2->barry = (flags & PARSE_FLAG_BARRY_AS_BDFL) != 0;
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
