/* White-box test of kiln's parser API (core/ast.h): constants, strings, positions, modes,
 * encodings and syntax error details, checked against what CPython 3.11 gives. Links only the
 * parser files. Build and run:
 *   gcc -O2 -Wall -Wextra -std=gnu11 -Icore -o build/test_parser tests/c/test_parser.c \
 *       core/ast.c core/tokenizer.c core/parser.c && build/test_parser
 * (tests/parser/check.py covers the whole stdlib and the error corpus through tools/astdump.) */
#include "ast.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct T { int fails, checks; } T;

#define CHECK(t, c) do { (t)->checks++; if (!(c)) { (t)->fails++; \
    fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c); } } while (0)

static Mod *parse(AstPool *pool, const char *src, int mode, SyntaxErrorInfo *err)
{
    return ast_parse(pool, src, strlen(src), "<test>", mode, 0, err);
}

/* The value of the first statement `x = <expr>` or `<expr>`. */
static Expr *first_value(Mod *m)
{
    if (!m || m->kind != Mod_Module || m->v.Module.body.n == 0) return NULL;
    Stmt *s = m->v.Module.body.items[0];
    if (s->kind == Stmt_Assign) return s->v.Assign.value;
    if (s->kind == Stmt_Expr) return s->v.Expr.value;
    return NULL;
}

static Constant *const_of(T *t, AstPool *pool, const char *src)
{
    SyntaxErrorInfo err;
    Expr *e = first_value(parse(pool, src, PARSE_FILE, &err));
    CHECK(t, e && e->kind == Expr_Constant);
    return e && e->kind == Expr_Constant ? &e->v.Constant.value : NULL;
}

static void test_ints(T *t, AstPool *pool)
{
    Constant *c = const_of(t, pool, "x = 0xFFFFFFFFFFFFFFFFFFFF\n");
    CHECK(t, c && c->kind == CONST_INT && strcmp(c->digits, "1208925819614629174706175") == 0 && !c->fits);
    c = const_of(t, pool, "1_000_000");
    CHECK(t, c && c->fits && c->small == 1000000 && strcmp(c->digits, "1000000") == 0);
    c = const_of(t, pool, "0o17");
    CHECK(t, c && c->small == 15);
    c = const_of(t, pool, "0b_1010");
    CHECK(t, c && c->small == 10);
    c = const_of(t, pool, "0");
    CHECK(t, c && c->fits && c->small == 0 && strcmp(c->digits, "0") == 0);
    c = const_of(t, pool, "0_0");
    CHECK(t, c && strcmp(c->digits, "0") == 0);
    c = const_of(t, pool, "9223372036854775807");
    CHECK(t, c && c->fits && c->small == INT64_MAX);
    c = const_of(t, pool, "9223372036854775808");
    CHECK(t, c && !c->fits && strcmp(c->digits, "9223372036854775808") == 0);
}

static void test_floats(T *t, AstPool *pool)
{
    Constant *c = const_of(t, pool, "1e10");
    CHECK(t, c && c->kind == CONST_FLOAT && c->f == 1e10);
    c = const_of(t, pool, "1_0.2_5");
    CHECK(t, c && c->kind == CONST_FLOAT && c->f == 10.25);
    c = const_of(t, pool, ".5j");
    CHECK(t, c && c->kind == CONST_IMAG && c->f == 0.5);
    c = const_of(t, pool, "1e400");
    CHECK(t, c && c->kind == CONST_FLOAT && isinf(c->f));
    c = const_of(t, pool, "0.1");
    CHECK(t, c && c->f == 0.1);
}

static void test_strings(T *t, AstPool *pool)
{
    Constant *c = const_of(t, pool, "'a\\0b'");
    CHECK(t, c && c->kind == CONST_STR && c->len == 3 && memcmp(c->str, "a\0b", 3) == 0);
    c = const_of(t, pool, "'\\udc80'");      /* lone surrogate: WTF-8 */
    CHECK(t, c && c->len == 3 && memcmp(c->str, "\xed\xb2\x80", 3) == 0);
    c = const_of(t, pool, "'\\N{EM DASH}\\x41\\u00e9\\U0001F600\\101'");
    CHECK(t, c && c->len == 3 + 1 + 2 + 4 + 1 &&
          memcmp(c->str, "\xe2\x80\x94" "A" "\xc3\xa9" "\xf0\x9f\x98\x80" "A", c->len) == 0);
    c = const_of(t, pool, "b'\\xff\\n' rb'\\n'");
    CHECK(t, c && c->kind == CONST_BYTES && c->len == 4 && memcmp(c->str, "\xff\n\\n", 4) == 0);
    c = const_of(t, pool, "r'\\d' '\\q'");     /* unknown escapes are kept */
    CHECK(t, c && c->len == 4 && memcmp(c->str, "\\d\\q", 4) == 0);
    c = const_of(t, pool, "'''a\nb''' \"c\\\nd\"");
    CHECK(t, c && c->len == 5 && memcmp(c->str, "a\nbcd", 5) == 0);
    SyntaxErrorInfo err;
    Expr *e = first_value(parse(pool, "u'x' 'y'", PARSE_FILE, &err));
    CHECK(t, e && e->kind == Expr_Constant && e->v.Constant.kind && strcmp(e->v.Constant.kind, "u") == 0);
    e = first_value(parse(pool, "'x' u'y'", PARSE_FILE, &err));
    CHECK(t, e && e->v.Constant.kind == NULL);
}

static void test_fstrings(T *t, AstPool *pool)
{
    SyntaxErrorInfo err;
    Expr *e = first_value(parse(pool, "f'a{x!r:>{w}}b{y=}'", PARSE_FILE, &err));
    CHECK(t, e && e->kind == Expr_JoinedStr && e->v.JoinedStr.values.n == 4);
    if (!e || e->kind != Expr_JoinedStr || e->v.JoinedStr.values.n != 4) return;
    Expr **v = e->v.JoinedStr.values.items;
    CHECK(t, v[0]->kind == Expr_Constant && v[0]->v.Constant.value.len == 1);
    CHECK(t, v[1]->kind == Expr_FormattedValue && v[1]->v.FormattedValue.conversion == 'r');
    Expr *spec = v[1]->v.FormattedValue.format_spec;
    CHECK(t, spec && spec->kind == Expr_JoinedStr && spec->v.JoinedStr.values.n == 2);
    CHECK(t, v[2]->kind == Expr_Constant && v[2]->v.Constant.value.len == 3 &&
          memcmp(v[2]->v.Constant.value.str, "by=", 3) == 0);
    CHECK(t, v[3]->kind == Expr_FormattedValue && v[3]->v.FormattedValue.conversion == 'r');
    Expr *x = v[1]->v.FormattedValue.value;
    CHECK(t, x->kind == Expr_Name && x->lineno == 1 && x->col_offset == 4 && x->end_col_offset == 5);
}

static void test_positions(T *t, AstPool *pool)
{
    SyntaxErrorInfo err;
    /* columns are UTF-8 byte offsets */
    Mod *m = parse(pool, "s = '\xc3\xa9' + x\n", PARSE_FILE, &err);
    Expr *e = first_value(m);
    CHECK(t, e && e->kind == Expr_BinOp && e->v.BinOp.right->col_offset == 11);
    /* CRLF and a BOM; a parenthesised operand starts the BinOp at its '(' */
    m = parse(pool, "\xef\xbb\xbfif a:\r\n    y = (b) * c\r\n", PARSE_FILE, &err);
    CHECK(t, m && m->v.Module.body.n == 1);
    if (m && m->v.Module.body.n == 1) {
        Stmt *s = m->v.Module.body.items[0];
        CHECK(t, s->kind == Stmt_If && s->lineno == 1 && s->end_lineno == 2 && s->end_col_offset == 15);
        Expr *b = s->v.If.body.items[0]->v.Assign.value;
        CHECK(t, b->kind == Expr_BinOp && b->col_offset == 8 && b->v.BinOp.left->col_offset == 9);
    }
    m = parse(pool, "@d\nasync def f(a, /, b=1, *c, d, **e) -> int: pass\n", PARSE_FILE, &err);
    Stmt *s = m ? m->v.Module.body.items[0] : NULL;
    CHECK(t, s && s->kind == Stmt_AsyncFunctionDef && s->lineno == 2 && s->col_offset == 0);
    if (s) {
        Arguments *a = s->v.AsyncFunctionDef.args;
        CHECK(t, a->posonlyargs.n == 1 && a->args.n == 1 && a->defaults.n == 1 && a->vararg &&
              a->kwonlyargs.n == 1 && a->kw_defaults.n == 1 && a->kw_defaults.items[0] == NULL && a->kwarg);
    }
}

static void test_modes_and_encodings(T *t, AstPool *pool)
{
    SyntaxErrorInfo err;
    Mod *m = parse(pool, "1 + 2\n", PARSE_EVAL, &err);
    CHECK(t, m && m->kind == Mod_Expression && m->v.Expression.body->kind == Expr_BinOp);
    m = parse(pool, "x = 1\n", PARSE_SINGLE, &err);
    CHECK(t, m && m->kind == Mod_Interactive && m->v.Interactive.body.n == 1);
    m = parse(pool, "x = 1\ny = 2\n", PARSE_SINGLE, &err);
    CHECK(t, !m && strcmp(err.msg, "multiple statements found while compiling a single statement") == 0);
    Constant *c = const_of(t, pool, "# -*- coding: latin-1 -*-\nx = '\xe9'\n");
    CHECK(t, c && c->len == 2 && memcmp(c->str, "\xc3\xa9", 2) == 0);
    m = parse(pool, "x = '\xff'\n", PARSE_FILE, &err);
    CHECK(t, !m && strncmp(err.msg, "(unicode error) 'utf-8' codec can't decode byte 0xff", 52) == 0);
    /* soft keywords stay names */
    m = parse(pool, "match = case = _ = 1\nmatch(x)\nmatch x:\n    case [1, *_] | {'k': _}: pass\n", PARSE_FILE, &err);
    CHECK(t, m && m->v.Module.body.n == 3 && m->v.Module.body.items[2]->kind == Stmt_Match);
}

static void expect_error(T *t, AstPool *pool, const char *src, const char *type, const char *msg,
                         int lineno, int offset)
{
    SyntaxErrorInfo err;
    Mod *m = parse(pool, src, PARSE_FILE, &err);
    bool ok = !m && err.type && strcmp(err.type, type) == 0 && strcmp(err.msg, msg) == 0 &&
              err.lineno == lineno && err.offset == offset;
    t->checks++;
    if (!ok) {
        t->fails++;
        fprintf(stderr, "error test failed for %s: got %s: %s (line %d, offset %d)\n", src,
                m ? "no error" : err.type, m ? "" : err.msg, err.lineno, err.offset);
    }
}

static void test_errors(T *t, AstPool *pool)
{
    expect_error(t, pool, "x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5);
    expect_error(t, pool, "if x:\n\tpass\n        pass\n", "TabError",
                 "inconsistent use of tabs and spaces in indentation", 3, 1);
    expect_error(t, pool, "if x:\npass\n", "IndentationError",
                 "expected an indented block after 'if' statement on line 1", 2, 1);
    expect_error(t, pool, "x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5);
    expect_error(t, pool, "f() = 1\n", "SyntaxError",
                 "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1);
    expect_error(t, pool, "s = '\xc3\xa9\xc3\xa9' 1\n", "SyntaxError", "invalid syntax", 1, 10);
    SyntaxErrorInfo err;
    parse(pool, "a = 1\nb = )\n", PARSE_FILE, &err);
    CHECK(t, err.text && strcmp(err.text, "b = )") == 0 && err.end_offset == 5);
}

static void test_pool(T *t)
{
    AstPool *pool = ast_pool_new();
    char *a = ast_alloc(pool, 3), *b = ast_alloc(pool, 1 << 20), *c = ast_alloc(pool, 5);
    CHECK(t, ((uintptr_t)a & 7) == 0 && ((uintptr_t)b & 7) == 0 && ((uintptr_t)c & 7) == 0);
    CHECK(t, b[0] == 0 && b[(1 << 20) - 1] == 0);
    char *s = ast_strndup(pool, "hello", 4);
    CHECK(t, strcmp(s, "hell") == 0);
    ast_pool_free(pool);
}

int main(void)
{
    T t = {0, 0};
    AstPool *pool = ast_pool_new();
    test_ints(&t, pool);
    test_floats(&t, pool);
    test_strings(&t, pool);
    test_fstrings(&t, pool);
    test_positions(&t, pool);
    test_modes_and_encodings(&t, pool);
    test_errors(&t, pool);
    ast_pool_free(pool);
    test_pool(&t);
    printf("test_parser: %d/%d checks passed\n", t.checks - t.fails, t.checks);
    return t.fails != 0;
}
