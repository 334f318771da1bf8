/* kiln: astdump — parse a .py file with kiln's parser and print the tree in the format of
 * CPython's ast.dump(ast.parse(src)) (-a: include_attributes=True), or the syntax error.
 * A test driver for core/parser.c; tests/parser/check.py diffs it against CPython. */
#include "ast.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Dump { FILE *f; bool attrs; } Dump;

static void dump_expr(Dump *d, Expr *e);
static void dump_stmt(Dump *d, Stmt *s);
static void dump_pattern(Dump *d, Pattern *p);

/* -- reprs -- */

static void float_repr(double v, char *out)
{
    if (isnan(v)) { strcpy(out, "nan"); return; }
    if (isinf(v)) { strcpy(out, v < 0 ? "-inf" : "inf"); return; }
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (strtod(buf, NULL) == v) break;
    }
    char digits[32];
    int nd = 0, exp;
    const char *s = buf;
    bool neg = false;
    if (*s == '-') { neg = true; s++; }
    for (; *s && *s != 'e'; s++) if (*s != '.') digits[nd++] = *s;
    exp = atoi(s + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    char *o = out;
    if (neg) *o++ = '-';
    if (exp >= -4 && exp < 16) {
        if (exp >= 0) {
            for (int i = 0; i <= exp; i++) *o++ = i < nd ? digits[i] : '0';
            *o++ = '.';
            if (nd > exp + 1) for (int i = exp + 1; i < nd; i++) *o++ = digits[i];
            else *o++ = '0';
        } else {
            *o++ = '0'; *o++ = '.';
            for (int i = 0; i < -exp - 1; i++) *o++ = '0';
            for (int i = 0; i < nd; i++) *o++ = digits[i];
        }
        *o = 0;
    } else {
        *o++ = digits[0];
        if (nd > 1) { *o++ = '.'; for (int i = 1; i < nd; i++) *o++ = digits[i]; }
        sprintf(o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
}

static int utf8_dec(const unsigned char *s, size_t n, size_t *len)
{
    if (s[0] < 0x80 || n < 2) { *len = 1; return s[0]; }
    if ((s[0] & 0xE0) == 0xC0) { *len = 2; return ((s[0] & 0x1F) << 6) | (s[1] & 0x3F); }
    if ((s[0] & 0xF0) == 0xE0 && n >= 3) { *len = 3; return ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F); }
    if (n >= 4) { *len = 4; return ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F); }
    *len = 1;
    return s[0];
}

/* str.isprintable(), approximately (no Unicode database here). */
static bool printable(int cp)
{
    if (cp < 0x20 || cp == 0x7F) return false;
    if (cp < 0x7F) return true;
    if (cp <= 0xA0 || cp == 0xAD) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    if (cp >= 0xE000 && cp <= 0xF8FF) return false;
    if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F)) return false;
    if (cp == 0x3000 || cp == 0xFEFF || (cp >= 0xFFF0 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF) return false;
    if (cp == 0x1680 || cp == 0x180E || cp == 0x061C || (cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD || cp == 0x070F) return false;
    if (cp >= 0xE0000 && cp <= 0xE007F) return false;
    if (cp >= 0xF0000) return false;
    if (cp == 0x0378 || cp == 0x0379 || (cp >= 0x0380 && cp <= 0x0383) || cp == 0x038B || cp == 0x038D || cp == 0x03A2) return false;
    return true;
}

static void str_repr(Dump *d, const char *s, size_t n, bool bytes)
{
    bool sq = false, dq = false;
    for (size_t i = 0; i < n; i++) { if (s[i] == '\'') sq = true; if (s[i] == '"') dq = true; }
    char q = (sq && !dq) ? '"' : '\'';
    if (bytes) fputc('b', d->f);
    fputc(q, d->f);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == q || c == '\\') { fputc('\\', d->f); fputc(c, d->f); i++; continue; }
        if (c == '\n') { fputs("\\n", d->f); i++; continue; }
        if (c == '\r') { fputs("\\r", d->f); i++; continue; }
        if (c == '\t') { fputs("\\t", d->f); i++; continue; }
        if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) { fprintf(d->f, "\\x%02x", c); i++; continue; }
        if (c < 0x80) { fputc(c, d->f); i++; continue; }
        size_t len;
        int cp = utf8_dec((const unsigned char *)s + i, n - i, &len);
        if (printable(cp)) fwrite(s + i, 1, len, d->f);
        else if (cp < 0x100) fprintf(d->f, "\\x%02x", cp);
        else if (cp < 0x10000) fprintf(d->f, "\\u%04x", cp);
        else fprintf(d->f, "\\U%08x", cp);
        i += len;
    }
    fputc(q, d->f);
}

static void ident(Dump *d, const char *s) { str_repr(d, s, strlen(s), false); }

static void constant(Dump *d, Constant *c)
{
    char buf[64];
    switch (c->kind) {
    case CONST_NONE: fputs("None", d->f); break;
    case CONST_TRUE: fputs("True", d->f); break;
    case CONST_FALSE: fputs("False", d->f); break;
    case CONST_ELLIPSIS: fputs("Ellipsis", d->f); break;
    case CONST_INT: fputs(c->digits, d->f); break;
    case CONST_FLOAT: float_repr(c->f, buf); fputs(buf, d->f); break;
    case CONST_IMAG: {
        float_repr(c->f, buf);
        size_t n = strlen(buf);
        if (n > 2 && strcmp(buf + n - 2, ".0") == 0) buf[n - 2] = 0;
        fprintf(d->f, "%sj", buf);
        break;
    }
    case CONST_STR: str_repr(d, c->str, c->len, false); break;
    case CONST_BYTES: str_repr(d, c->str, c->len, true); break;
    }
}

/* -- nodes -- */

static void field(Dump *d, int *nf, const char *name)
{
    if ((*nf)++) fputs(", ", d->f);
    fprintf(d->f, "%s=", name);
}

static void attrs(Dump *d, int *nf, int l, int c, int el, int ec)
{
    if (!d->attrs) return;
    field(d, nf, "lineno"); fprintf(d->f, "%d", l);
    field(d, nf, "col_offset"); fprintf(d->f, "%d", c);
    field(d, nf, "end_lineno"); fprintf(d->f, "%d", el);
    field(d, nf, "end_col_offset"); fprintf(d->f, "%d", ec);
}

#define OPT_EXPR(name, e) do { if (e) { field(d, &nf, name); dump_expr(d, e); } } while (0)
#define REQ_EXPR(name, e) do { field(d, &nf, name); dump_expr(d, e); } while (0)
#define OPT_ID(name, s) do { if (s) { field(d, &nf, name); ident(d, s); } } while (0)
#define LIST(name, seq, fn) do { field(d, &nf, name); fputc('[', d->f); \
    for (int i_ = 0; i_ < (seq).n; i_++) { if (i_) fputs(", ", d->f); fn(d, (seq).items[i_]); } \
    fputc(']', d->f); } while (0)

static void expr_or_none(Dump *d, Expr *e) { if (e) dump_expr(d, e); else fputs("None", d->f); }
static void ident_item(Dump *d, char *s) { ident(d, s); }

static void dump_arg(Dump *d, Arg *a)
{
    int nf = 0;
    fputs("arg(", d->f);
    field(d, &nf, "arg"); ident(d, a->arg);
    OPT_EXPR("annotation", a->annotation);
    attrs(d, &nf, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    fputc(')', d->f);
}

static void dump_arguments(Dump *d, Arguments *a)
{
    int nf = 0;
    fputs("arguments(", d->f);
    LIST("posonlyargs", a->posonlyargs, dump_arg);
    LIST("args", a->args, dump_arg);
    if (a->vararg) { field(d, &nf, "vararg"); dump_arg(d, a->vararg); }
    LIST("kwonlyargs", a->kwonlyargs, dump_arg);
    LIST("kw_defaults", a->kw_defaults, expr_or_none);
    if (a->kwarg) { field(d, &nf, "kwarg"); dump_arg(d, a->kwarg); }
    LIST("defaults", a->defaults, dump_expr);
    fputc(')', d->f);
}

static void dump_keyword(Dump *d, Keyword *k)
{
    int nf = 0;
    fputs("keyword(", d->f);
    OPT_ID("arg", k->arg);
    REQ_EXPR("value", k->value);
    attrs(d, &nf, k->lineno, k->col_offset, k->end_lineno, k->end_col_offset);
    fputc(')', d->f);
}

static void dump_alias(Dump *d, Alias *a)
{
    int nf = 0;
    fputs("alias(", d->f);
    field(d, &nf, "name"); ident(d, a->name);
    OPT_ID("asname", a->asname);
    attrs(d, &nf, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    fputc(')', d->f);
}

static void dump_withitem(Dump *d, WithItem *w)
{
    int nf = 0;
    fputs("withitem(", d->f);
    REQ_EXPR("context_expr", w->context_expr);
    OPT_EXPR("optional_vars", w->optional_vars);
    fputc(')', d->f);
}

static void dump_comprehension(Dump *d, Comprehension *c)
{
    int nf = 0;
    fputs("comprehension(", d->f);
    REQ_EXPR("target", c->target);
    REQ_EXPR("iter", c->iter);
    LIST("ifs", c->ifs, dump_expr);
    field(d, &nf, "is_async"); fprintf(d->f, "%d", c->is_async);
    fputc(')', d->f);
}

static void dump_handler(Dump *d, ExceptHandler *h)
{
    int nf = 0;
    fputs("ExceptHandler(", d->f);
    OPT_EXPR("type", h->type);
    OPT_ID("name", h->name);
    LIST("body", h->body, dump_stmt);
    attrs(d, &nf, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset);
    fputc(')', d->f);
}

static void dump_match_case(Dump *d, MatchCase *m)
{
    int nf = 0;
    fputs("match_case(", d->f);
    field(d, &nf, "pattern"); dump_pattern(d, m->pattern);
    OPT_EXPR("guard", m->guard);
    LIST("body", m->body, dump_stmt);
    fputc(')', d->f);
}

static void dump_pattern(Dump *d, Pattern *p)
{
    int nf = 0;
    switch (p->kind) {
    case Pattern_MatchValue: fputs("MatchValue(", d->f); REQ_EXPR("value", p->v.MatchValue.value); break;
    case Pattern_MatchSingleton:
        fputs("MatchSingleton(", d->f); field(d, &nf, "value"); constant(d, &p->v.MatchSingleton.value); break;
    case Pattern_MatchSequence:
        fputs("MatchSequence(", d->f); LIST("patterns", p->v.MatchSequence.patterns, dump_pattern); break;
    case Pattern_MatchMapping:
        fputs("MatchMapping(", d->f);
        LIST("keys", p->v.MatchMapping.keys, dump_expr);
        LIST("patterns", p->v.MatchMapping.patterns, dump_pattern);
        OPT_ID("rest", p->v.MatchMapping.rest);
        break;
    case Pattern_MatchClass:
        fputs("MatchClass(", d->f);
        REQ_EXPR("cls", p->v.MatchClass.cls);
        LIST("patterns", p->v.MatchClass.patterns, dump_pattern);
        LIST("kwd_attrs", p->v.MatchClass.kwd_attrs, ident_item);
        LIST("kwd_patterns", p->v.MatchClass.kwd_patterns, dump_pattern);
        break;
    case Pattern_MatchStar: fputs("MatchStar(", d->f); OPT_ID("name", p->v.MatchStar.name); break;
    case Pattern_MatchAs:
        fputs("MatchAs(", d->f);
        if (p->v.MatchAs.pattern) { field(d, &nf, "pattern"); dump_pattern(d, p->v.MatchAs.pattern); }
        OPT_ID("name", p->v.MatchAs.name);
        break;
    case Pattern_MatchOr: fputs("MatchOr(", d->f); LIST("patterns", p->v.MatchOr.patterns, dump_pattern); break;
    }
    attrs(d, &nf, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
    fputc(')', d->f);
}

static void ctx(Dump *d, int *nf, ExprContext c)
{
    field(d, nf, "ctx");
    fprintf(d->f, "%s()", ast_ctx_name(c));
}

static void dump_expr(Dump *d, Expr *e)
{
    int nf = 0;
    switch (e->kind) {
    case Expr_BoolOp:
        fputs("BoolOp(", d->f);
        field(d, &nf, "op"); fprintf(d->f, "%s()", ast_boolop_name(e->v.BoolOp.op));
        LIST("values", e->v.BoolOp.values, dump_expr);
        break;
    case Expr_NamedExpr:
        fputs("NamedExpr(", d->f); REQ_EXPR("target", e->v.NamedExpr.target); REQ_EXPR("value", e->v.NamedExpr.value); break;
    case Expr_BinOp:
        fputs("BinOp(", d->f);
        REQ_EXPR("left", e->v.BinOp.left);
        field(d, &nf, "op"); fprintf(d->f, "%s()", ast_operator_name(e->v.BinOp.op));
        REQ_EXPR("right", e->v.BinOp.right);
        break;
    case Expr_UnaryOp:
        fputs("UnaryOp(", d->f);
        field(d, &nf, "op"); fprintf(d->f, "%s()", ast_unaryop_name(e->v.UnaryOp.op));
        REQ_EXPR("operand", e->v.UnaryOp.operand);
        break;
    case Expr_Lambda:
        fputs("Lambda(", d->f);
        field(d, &nf, "args"); dump_arguments(d, e->v.Lambda.args);
        REQ_EXPR("body", e->v.Lambda.body);
        break;
    case Expr_IfExp:
        fputs("IfExp(", d->f); REQ_EXPR("test", e->v.IfExp.test); REQ_EXPR("body", e->v.IfExp.body);
        REQ_EXPR("orelse", e->v.IfExp.orelse);
        break;
    case Expr_Dict:
        fputs("Dict(", d->f); LIST("keys", e->v.Dict.keys, expr_or_none); LIST("values", e->v.Dict.values, dump_expr); break;
    case Expr_Set: fputs("Set(", d->f); LIST("elts", e->v.Set.elts, dump_expr); break;
    case Expr_ListComp:
        fputs("ListComp(", d->f); REQ_EXPR("elt", e->v.ListComp.elt);
        LIST("generators", e->v.ListComp.generators, dump_comprehension);
        break;
    case Expr_SetComp:
        fputs("SetComp(", d->f); REQ_EXPR("elt", e->v.SetComp.elt);
        LIST("generators", e->v.SetComp.generators, dump_comprehension);
        break;
    case Expr_DictComp:
        fputs("DictComp(", d->f); REQ_EXPR("key", e->v.DictComp.key); REQ_EXPR("value", e->v.DictComp.value);
        LIST("generators", e->v.DictComp.generators, dump_comprehension);
        break;
    case Expr_GeneratorExp:
        fputs("GeneratorExp(", d->f); REQ_EXPR("elt", e->v.GeneratorExp.elt);
        LIST("generators", e->v.GeneratorExp.generators, dump_comprehension);
        break;
    case Expr_Await: fputs("Await(", d->f); REQ_EXPR("value", e->v.Await.value); break;
    case Expr_Yield: fputs("Yield(", d->f); OPT_EXPR("value", e->v.Yield.value); break;
    case Expr_YieldFrom: fputs("YieldFrom(", d->f); REQ_EXPR("value", e->v.YieldFrom.value); break;
    case Expr_Compare:
        fputs("Compare(", d->f);
        REQ_EXPR("left", e->v.Compare.left);
        field(d, &nf, "ops"); fputc('[', d->f);
        for (int i = 0; i < e->v.Compare.nops; i++)
            fprintf(d->f, "%s%s()", i ? ", " : "", ast_cmpop_name(e->v.Compare.ops[i]));
        fputc(']', d->f);
        LIST("comparators", e->v.Compare.comparators, dump_expr);
        break;
    case Expr_Call:
        fputs("Call(", d->f); REQ_EXPR("func", e->v.Call.func); LIST("args", e->v.Call.args, dump_expr);
        LIST("keywords", e->v.Call.keywords, dump_keyword);
        break;
    case Expr_FormattedValue:
        fputs("FormattedValue(", d->f); REQ_EXPR("value", e->v.FormattedValue.value);
        field(d, &nf, "conversion"); fprintf(d->f, "%d", e->v.FormattedValue.conversion);
        OPT_EXPR("format_spec", e->v.FormattedValue.format_spec);
        break;
    case Expr_JoinedStr: fputs("JoinedStr(", d->f); LIST("values", e->v.JoinedStr.values, dump_expr); break;
    case Expr_Constant:
        fputs("Constant(", d->f);
        field(d, &nf, "value"); constant(d, &e->v.Constant.value);
        OPT_ID("kind", e->v.Constant.kind);
        break;
    case Expr_Attribute:
        fputs("Attribute(", d->f); REQ_EXPR("value", e->v.Attribute.value);
        field(d, &nf, "attr"); ident(d, e->v.Attribute.attr);
        ctx(d, &nf, e->v.Attribute.ctx);
        break;
    case Expr_Subscript:
        fputs("Subscript(", d->f); REQ_EXPR("value", e->v.Subscript.value); REQ_EXPR("slice", e->v.Subscript.slice);
        ctx(d, &nf, e->v.Subscript.ctx);
        break;
    case Expr_Starred: fputs("Starred(", d->f); REQ_EXPR("value", e->v.Starred.value); ctx(d, &nf, e->v.Starred.ctx); break;
    case Expr_Name: fputs("Name(", d->f); field(d, &nf, "id"); ident(d, e->v.Name.id); ctx(d, &nf, e->v.Name.ctx); break;
    case Expr_List: fputs("List(", d->f); LIST("elts", e->v.List.elts, dump_expr); ctx(d, &nf, e->v.List.ctx); break;
    case Expr_Tuple: fputs("Tuple(", d->f); LIST("elts", e->v.Tuple.elts, dump_expr); ctx(d, &nf, e->v.Tuple.ctx); break;
    case Expr_Slice:
        fputs("Slice(", d->f); OPT_EXPR("lower", e->v.Slice.lower); OPT_EXPR("upper", e->v.Slice.upper);
        OPT_EXPR("step", e->v.Slice.step);
        break;
    }
    attrs(d, &nf, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    fputc(')', d->f);
}

static void dump_stmt(Dump *d, Stmt *s)
{
    int nf = 0;
    switch (s->kind) {
    case Stmt_FunctionDef: case Stmt_AsyncFunctionDef:
        fputs(s->kind == Stmt_FunctionDef ? "FunctionDef(" : "AsyncFunctionDef(", d->f);
        field(d, &nf, "name"); ident(d, s->v.FunctionDef.name);
        field(d, &nf, "args"); dump_arguments(d, s->v.FunctionDef.args);
        LIST("body", s->v.FunctionDef.body, dump_stmt);
        LIST("decorator_list", s->v.FunctionDef.decorator_list, dump_expr);
        OPT_EXPR("returns", s->v.FunctionDef.returns);
        break;
    case Stmt_ClassDef:
        fputs("ClassDef(", d->f);
        field(d, &nf, "name"); ident(d, s->v.ClassDef.name);
        LIST("bases", s->v.ClassDef.bases, dump_expr);
        LIST("keywords", s->v.ClassDef.keywords, dump_keyword);
        LIST("body", s->v.ClassDef.body, dump_stmt);
        LIST("decorator_list", s->v.ClassDef.decorator_list, dump_expr);
        break;
    case Stmt_Return: fputs("Return(", d->f); OPT_EXPR("value", s->v.Return.value); break;
    case Stmt_Delete: fputs("Delete(", d->f); LIST("targets", s->v.Delete.targets, dump_expr); break;
    case Stmt_Assign:
        fputs("Assign(", d->f); LIST("targets", s->v.Assign.targets, dump_expr); REQ_EXPR("value", s->v.Assign.value);
        break;
    case Stmt_AugAssign:
        fputs("AugAssign(", d->f); REQ_EXPR("target", s->v.AugAssign.target);
        field(d, &nf, "op"); fprintf(d->f, "%s()", ast_operator_name(s->v.AugAssign.op));
        REQ_EXPR("value", s->v.AugAssign.value);
        break;
    case Stmt_AnnAssign:
        fputs("AnnAssign(", d->f); REQ_EXPR("target", s->v.AnnAssign.target);
        REQ_EXPR("annotation", s->v.AnnAssign.annotation); OPT_EXPR("value", s->v.AnnAssign.value);
        field(d, &nf, "simple"); fprintf(d->f, "%d", s->v.AnnAssign.simple);
        break;
    case Stmt_For: case Stmt_AsyncFor:
        fputs(s->kind == Stmt_For ? "For(" : "AsyncFor(", d->f);
        REQ_EXPR("target", s->v.For.target); REQ_EXPR("iter", s->v.For.iter);
        LIST("body", s->v.For.body, dump_stmt); LIST("orelse", s->v.For.orelse, dump_stmt);
        break;
    case Stmt_While:
        fputs("While(", d->f); REQ_EXPR("test", s->v.While.test);
        LIST("body", s->v.While.body, dump_stmt); LIST("orelse", s->v.While.orelse, dump_stmt);
        break;
    case Stmt_If:
        fputs("If(", d->f); REQ_EXPR("test", s->v.If.test);
        LIST("body", s->v.If.body, dump_stmt); LIST("orelse", s->v.If.orelse, dump_stmt);
        break;
    case Stmt_With: case Stmt_AsyncWith:
        fputs(s->kind == Stmt_With ? "With(" : "AsyncWith(", d->f);
        LIST("items", s->v.With.items, dump_withitem); LIST("body", s->v.With.body, dump_stmt);
        break;
    case Stmt_Match:
        fputs("Match(", d->f); REQ_EXPR("subject", s->v.Match.subject);
        LIST("cases", s->v.Match.cases, dump_match_case);
        break;
    case Stmt_Raise: fputs("Raise(", d->f); OPT_EXPR("exc", s->v.Raise.exc); OPT_EXPR("cause", s->v.Raise.cause); break;
    case Stmt_Try: case Stmt_TryStar:
        fputs(s->kind == Stmt_Try ? "Try(" : "TryStar(", d->f);
        LIST("body", s->v.Try.body, dump_stmt); LIST("handlers", s->v.Try.handlers, dump_handler);
        LIST("orelse", s->v.Try.orelse, dump_stmt); LIST("finalbody", s->v.Try.finalbody, dump_stmt);
        break;
    case Stmt_Assert: fputs("Assert(", d->f); REQ_EXPR("test", s->v.Assert.test); OPT_EXPR("msg", s->v.Assert.msg); break;
    case Stmt_Import: fputs("Import(", d->f); LIST("names", s->v.Import.names, dump_alias); break;
    case Stmt_ImportFrom:
        fputs("ImportFrom(", d->f); OPT_ID("module", s->v.ImportFrom.module);
        LIST("names", s->v.ImportFrom.names, dump_alias);
        field(d, &nf, "level"); fprintf(d->f, "%d", s->v.ImportFrom.level);
        break;
    case Stmt_Global: fputs("Global(", d->f); LIST("names", s->v.Global.names, ident_item); break;
    case Stmt_Nonlocal: fputs("Nonlocal(", d->f); LIST("names", s->v.Nonlocal.names, ident_item); break;
    case Stmt_Expr: fputs("Expr(", d->f); REQ_EXPR("value", s->v.Expr.value); break;
    case Stmt_Pass: fputs("Pass(", d->f); break;
    case Stmt_Break: fputs("Break(", d->f); break;
    case Stmt_Continue: fputs("Continue(", d->f); break;
    }
    attrs(d, &nf, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    fputc(')', d->f);
}

static void dump_mod(Dump *d, Mod *m)
{
    int nf = 0;
    switch (m->kind) {
    case Mod_Module:
        fputs("Module(", d->f); LIST("body", m->v.Module.body, dump_stmt);
        field(d, &nf, "type_ignores"); fputs("[]", d->f);
        break;
    case Mod_Interactive: fputs("Interactive(", d->f); LIST("body", m->v.Interactive.body, dump_stmt); break;
    case Mod_Expression: fputs("Expression(", d->f); REQ_EXPR("body", m->v.Expression.body); break;
    }
    fputc(')', d->f);
}

int main(int argc, char **argv)
{
    Dump d = { stdout, false };
    int mode = PARSE_FILE;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-a") == 0) d.attrs = true;
        else if (strcmp(argv[i], "-e") == 0) mode = PARSE_EVAL;
        else if (strcmp(argv[i], "-s") == 0) mode = PARSE_SINGLE;
        else path = argv[i];
    }
    if (!path) { fprintf(stderr, "usage: astdump [-a] [-e|-s] file.py\n"); return 2; }
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) { perror(path); return 2; }
    size_t cap = 1 << 16, n = 0;
    char *src = malloc(cap);
    for (;;) {
        if (n == cap) src = realloc(src, cap *= 2);
        size_t r = fread(src + n, 1, cap - n, f);
        if (r == 0) break;
        n += r;
    }
    if (f != stdin) fclose(f);
    AstPool *pool = ast_pool_new();
    SyntaxErrorInfo err;
    Mod *m = ast_parse(pool, src, n, path, mode, 0, &err);
    int rc = 0;
    if (m) {
        dump_mod(&d, m);
        fputc('\n', d.f);
    } else {
        printf("%s: %s (%s, line %d, offset %d)\n", err.type, err.msg, path, err.lineno, err.offset);
        rc = 1;
    }
    ast_pool_free(pool);
    free(src);
    return rc;
}
