/* kiln: the Python 3.11 tokenizer. Turns UTF-8 source (newlines already normalised to \n) into
 * tokens on demand, tracking indentation and bracket nesting like CPython's Parser/tokenizer.c.
 * Strings (f-strings included, as in 3.11) are single STRING tokens; the parser decodes them. */
#ifndef KILN_TOKENIZER_H
#define KILN_TOKENIZER_H

#include "def.h"

/* Operators: enum name, spelling. Longest-match is done by the scanner, not by this order. */
#define TOK_OPERATORS(_) \
    _(LPAR, "(") _(RPAR, ")") _(LSQB, "[") _(RSQB, "]") _(COLON, ":") _(COMMA, ",") \
    _(SEMI, ";") _(PLUS, "+") _(MINUS, "-") _(STAR, "*") _(SLASH, "/") _(VBAR, "|") \
    _(AMPER, "&") _(LESS, "<") _(GREATER, ">") _(EQUAL, "=") _(DOT, ".") _(PERCENT, "%") \
    _(LBRACE, "{") _(RBRACE, "}") _(EQEQUAL, "==") _(NOTEQUAL, "!=") _(LESSEQUAL, "<=") \
    _(GREATEREQUAL, ">=") _(TILDE, "~") _(CIRCUMFLEX, "^") _(LEFTSHIFT, "<<") \
    _(RIGHTSHIFT, ">>") _(DOUBLESTAR, "**") _(PLUSEQUAL, "+=") _(MINEQUAL, "-=") \
    _(STAREQUAL, "*=") _(SLASHEQUAL, "/=") _(PERCENTEQUAL, "%=") _(AMPEREQUAL, "&=") \
    _(VBAREQUAL, "|=") _(CIRCUMFLEXEQUAL, "^=") _(LEFTSHIFTEQUAL, "<<=") \
    _(RIGHTSHIFTEQUAL, ">>=") _(DOUBLESTAREQUAL, "**=") _(DOUBLESLASH, "//") \
    _(DOUBLESLASHEQUAL, "//=") _(AT, "@") _(ATEQUAL, "@=") _(RARROW, "->") \
    _(ELLIPSIS, "...") _(COLONEQUAL, ":=")

#define TOK_KEYWORDS(_) \
    _(False) _(None) _(True) _(and) _(as) _(assert) _(async) _(await) _(break) _(class) \
    _(continue) _(def) _(del) _(elif) _(else) _(except) _(finally) _(for) _(from) _(global) \
    _(if) _(import) _(in) _(is) _(lambda) _(nonlocal) _(not) _(or) _(pass) _(raise) \
    _(return) _(try) _(while) _(with) _(yield)

#define TOK_OP_ENUM_(n, s) T_##n,
#define TOK_KW_ENUM_(n) KW_##n,
typedef enum TokType {
    T_ENDMARKER, T_NAME, T_NUMBER, T_STRING, T_NEWLINE, T_INDENT, T_DEDENT,
    TOK_OPERATORS(TOK_OP_ENUM_)
    T__COUNT
} TokType;
typedef enum Keyword_ { KW_NONE_, TOK_KEYWORDS(TOK_KW_ENUM_) KW__COUNT } KeywordId;
#undef TOK_OP_ENUM_
#undef TOK_KW_ENUM_

typedef struct Token {
    int type;               /* TokType */
    int kw;                 /* KeywordId for a NAME that is a hard keyword, else 0 */
    size_t start, end;      /* byte range in the tokenizer's buffer */
    int lineno, col, end_lineno, end_col;   /* 1-based lines, 0-based byte columns */
    int level;              /* bracket depth after this token */
} Token;

typedef struct TokError {
    const char *type;       /* "SyntaxError", "IndentationError", "TabError" */
    char msg[200];
    int lineno, col;        /* col: 0-based byte column, -1 = unknown */
    int end_lineno, end_col;
    bool eof_in_paren;      /* the "'(' was never closed" error at EOF */
    bool deferred;          /* CPython reports it only when the parser reaches it */
} TokError;

#define TOK_MAXINDENT 100
#define TOK_MAXLEVEL 200

typedef struct Tokenizer {
    const char *buf;        /* UTF-8, NUL-terminated, newlines normalised */
    size_t len, pos;
    int lineno;             /* line of buf[pos] */
    size_t line_start;      /* offset of the start of the current line */
    bool atbol;             /* at the beginning of a line */
    bool cont_line;         /* the previous physical line ended with a backslash */
    int pendin;             /* >0: INDENTs to emit, <0: DEDENTs */
    int indent;
    int indstack[TOK_MAXINDENT], altindstack[TOK_MAXINDENT];
    int level;              /* bracket depth */
    char parenstack[TOK_MAXLEVEL];
    int parenlineno[TOK_MAXLEVEL], parencol[TOK_MAXLEVEL];
    bool done;              /* ENDMARKER emitted */
    int last_type;          /* type of the previous token */
    TokError err;
    /* SyntaxWarnings ("invalid decimal literal" before a keyword) not yet taken by the parser */
    int nwarn;
    struct { int lineno, col; char msg[40]; } warn[8];
} Tokenizer;

void tok_init(Tokenizer *t, const char *buf, size_t len);
/* Next token into *tk; returns 0, or -1 with t->err filled. */
int tok_next(Tokenizer *t, Token *tk);
const char *tok_type_name(int type);     /* operator spelling or token class name */
const char *tok_keyword_name(int kw);
/* Length of the UTF-8 sequence at s (n bytes available), or 0 with *reason set to CPython's
 * decoder message ("invalid start byte", "invalid continuation byte", "unexpected end of data"). */
int tok_utf8_len(const unsigned char *s, size_t n, const char **reason);
/* offset of the start of the line containing byte offset `off` */
size_t tok_line_start(const char *buf, size_t off);

#endif
