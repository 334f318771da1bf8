/* kiln: the Python 3.11 tokenizer (see tokenizer.h). Indentation, tab consistency and bracket
 * matching follow CPython's Parser/tokenizer.c so that the errors carry its messages and
 * positions. The tokenizer keeps all of its state in the Tokenizer struct. */
#include "tokenizer.h"
#include "core.h"      /* uni_props: the Unicode tables */

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define TOK_OP_STR_(n, s) [T_##n] = s,
static const char *const op_names[T__COUNT] = {
    [T_ENDMARKER] = "ENDMARKER", [T_NAME] = "NAME", [T_NUMBER] = "NUMBER",
    [T_STRING] = "STRING", [T_NEWLINE] = "NEWLINE", [T_INDENT] = "INDENT",
    [T_DEDENT] = "DEDENT", TOK_OPERATORS(TOK_OP_STR_)
};
#define TOK_KW_STR_(n) #n,
static const char *const kw_names[KW__COUNT] = { "", TOK_KEYWORDS(TOK_KW_STR_) };

const char *tok_type_name(int type) { return type >= 0 && type < T__COUNT ? op_names[type] : "?"; }
const char *tok_keyword_name(int kw) { return kw > 0 && kw < KW__COUNT ? kw_names[kw] : ""; }

size_t tok_line_start(const char *buf, size_t off)
{
    while (off > 0 && buf[off - 1] != '\n') off--;
    return off;
}

void tok_init(Tokenizer *t, const char *buf, size_t len)
{
    memset(t, 0, sizeof *t);
    t->buf = buf;
    t->len = len;
    t->lineno = 1;
    t->atbol = true;
    t->last_type = T_NEWLINE;
}

/* -- Helpers ------------------------------------------------------------------------------ */

static int cur(Tokenizer *t) { return t->pos < t->len ? (unsigned char)t->buf[t->pos] : -1; }
static int peekc(Tokenizer *t, size_t k)
{
    return t->pos + k < t->len ? (unsigned char)t->buf[t->pos + k] : -1;
}
static int col_of(Tokenizer *t, size_t off) { return (int)(off - t->line_start); }

/* Step over one byte, keeping the line count. */
static void adv(Tokenizer *t)
{
    if (t->pos < t->len && t->buf[t->pos] == '\n') {
        t->pos++;
        t->lineno++;
        t->line_start = t->pos;
    } else {
        t->pos++;
    }
}

/* end_col -1: CPython reports end_offset -1; -2: end_offset 0 */
static int error_at(Tokenizer *t, const char *type, int lineno, int col, int end_lineno,
                    int end_col, const char *fmt, ...) PRINTF(7, 8);
static int error_at(Tokenizer *t, const char *type, int lineno, int col, int end_lineno,
                    int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t->err.msg, sizeof t->err.msg, fmt, ap);
    va_end(ap);
    t->err.type = type;
    t->err.deferred = strcmp(type, "SyntaxError") != 0 || strncmp(t->err.msg, "unexpected ", 11) == 0;
    t->err.lineno = lineno;
    t->err.col = col;
    t->err.end_lineno = end_lineno;
    t->err.end_col = end_col;
    return -1;
}

static bool is_id_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128; }
static bool is_id_char(int c) { return is_id_start(c) || (c >= '0' && c <= '9'); }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

static int decode_utf8(const char *s, size_t n, int *len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0) { *len = 0; return -1; }
    if (u[0] < 0x80) { *len = 1; return u[0]; }
    if ((u[0] & 0xE0) == 0xC0 && n >= 2) { *len = 2; return ((u[0] & 0x1F) << 6) | (u[1] & 0x3F); }
    if ((u[0] & 0xF0) == 0xE0 && n >= 3) {
        *len = 3;
        return ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    if ((u[0] & 0xF8) == 0xF0 && n >= 4) {
        *len = 4;
        return ((u[0] & 0x07) << 18) | ((u[1] & 0x3F) << 12) | ((u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    }
    *len = 1;
    return u[0];
}

int tok_utf8_len(const unsigned char *s, size_t n, const char **reason)
{
    unsigned c = s[0];
    int k;
    unsigned lo = 0x80, hi = 0xBF;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) k = 1;
    else if (c >= 0xE0 && c <= 0xEF) { k = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { k = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
    else { *reason = "invalid start byte"; return 0; }
    for (int j = 1; j <= k; j++) {
        if ((size_t)j >= n) { *reason = "unexpected end of data"; return 0; }
        unsigned d = s[j];
        if (d < (j == 1 ? lo : 0x80) || d > (j == 1 ? hi : 0xBF)) {
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return k + 1;
}

/* A name with non-ASCII characters must be an identifier before NFKC (its
 * first character XID_Start, the others XID_Continue), as CPython's
 * verify_identifier checks: else "invalid character" at the first bad one. */
static int verify_identifier(Tokenizer *t, size_t start, int sline)
{
    for (size_t p = start; p < t->pos;) {
        int n;
        int cp = decode_utf8(t->buf + p, t->pos - p, &n);
        unsigned f = cp < 128 ? (unsigned)(is_id_char(cp) ? UNI_XID_CONT | (is_id_start(cp) ? UNI_XID_START : 0) : 0)
                              : uni_props((uint32_t)cp);
        if (!(f & (p == start ? UNI_XID_START : UNI_XID_CONT))) {
            int col = col_of(t, p);
            if (cp >= 128 && !(f & UNI_PRINTABLE))
                return error_at(t, "SyntaxError", sline, col, sline, col, "invalid non-printable character U+%04X", cp);
            return error_at(t, "SyntaxError", sline, col, sline, col, "invalid character '%.*s' (U+%04X)",
                            n, t->buf + p, cp);
        }
        p += (size_t)n;
    }
    return 0;
}

/* CPython's Py_UNICODE_ISPRINTABLE: "invalid non-printable character" otherwise */
static bool is_nonprintable(int cp) { return !(uni_props((uint32_t)cp) & UNI_PRINTABLE); }

static int kw_lookup(const char *s, size_t n)
{
    for (int i = 1; i < KW__COUNT; i++)
        if (strlen(kw_names[i]) == n && memcmp(kw_names[i], s, n) == 0) return i;
    return 0;
}

/* -- Numbers ------------------------------------------------------------------------------ */

static int tok_warn(Tokenizer *t, int col, const char *kind)
{
    if (t->nwarn < (int)ARRAY_LEN(t->warn)) {
        t->warn[t->nwarn].lineno = t->lineno;
        t->warn[t->nwarn].col = col < 0 ? 0 : col;
        snprintf(t->warn[t->nwarn].msg, sizeof t->warn[0].msg, "invalid %s literal", kind);
        t->nwarn++;
    }
    return 0;
}

/* After a number: a letter may only start one of the keywords CPython tolerates there. */
static int verify_end(Tokenizer *t, const char *kind, size_t start)
{
    int c = cur(t);
    if (!is_id_start(c)) return 0;
    /* CPython points at the last character of the number (the `j` is included). */
    int col = col_of(t, t->pos) ;
    /* CPython's verify_end_of_number: these keywords may follow directly (with a warning) */
    static const char *const ok[] = { "and", "else", "for", "not", "or" };
    for (size_t i = 0; i < ARRAY_LEN(ok); i++) {
        size_t n = strlen(ok[i]);
        if (t->pos + n <= t->len && memcmp(t->buf + t->pos, ok[i], n) == 0 &&
            !is_id_char(peekc(t, n)))
            return tok_warn(t, col - 1, kind);
    }
    if (c == 'i' && (peekc(t, 1) == 'f' || peekc(t, 1) == 'n' || peekc(t, 1) == 's'))
        return tok_warn(t, col - 1, kind);
    (void)start;
    return error_at(t, "SyntaxError", t->lineno, col - 1 < 0 ? 0 : col - 1, t->lineno,
                    col - 1 < 0 ? 0 : col - 1, "invalid %s literal", kind);
}

/* Digits with single underscores between them; returns -1 (error set) on a bad underscore. */
static int scan_digits(Tokenizer *t, bool (*ok)(int), const char *kind)
{
    for (;;) {
        while (ok(cur(t))) adv(t);
        if (cur(t) != '_') return 0;
        adv(t);
        if (!ok(cur(t))) {
            int col = col_of(t, t->pos);
            return error_at(t, "SyntaxError", t->lineno, col - 1, t->lineno, col - 1,
                            "invalid %s literal", kind);
        }
    }
}

static bool is_oct(int c) { return c >= '0' && c <= '7'; }
static bool is_bin(int c) { return c == '0' || c == '1'; }

static int scan_exponent_and_imag(Tokenizer *t, size_t start)
{
    int c = cur(t);
    if (c == 'e' || c == 'E') {
        size_t save = t->pos;
        adv(t);
        c = cur(t);
        if (c == '+' || c == '-') { adv(t); c = cur(t); }
        if (!is_digit(c)) {
            bool sign = t->pos != save + 1;
            if (sign) {
                int sc = col_of(t, t->pos) - 1;
                return error_at(t, "SyntaxError", t->lineno, sc, t->lineno, sc, "invalid decimal literal");
            }
            t->pos = save;
            /* `1else` is 1 followed by `else`; `1e`, `1e+` are errors, reported (like CPython)
             * at the character before the 'e' */
            int ec = col_of(t, save) - 1;
            if (!sign && t->pos + 4 <= t->len && memcmp(t->buf + t->pos, "else", 4) == 0 &&
                !is_id_char(peekc(t, 4)))
                return tok_warn(t, ec, "decimal");
            return error_at(t, "SyntaxError", t->lineno, ec < 0 ? 0 : ec, t->lineno,
                            ec < 0 ? 0 : ec, "invalid decimal literal");
        }
        if (scan_digits(t, is_digit, "decimal") < 0) return -1;
    }
    if (cur(t) == 'j' || cur(t) == 'J') {
        adv(t);
        return verify_end(t, "imaginary", start);
    }
    return verify_end(t, "decimal", start);
}

static bool is_digit_fn(int c) { return is_digit(c); }
static bool is_xdigit_fn(int c) { return is_xdigit(c); }

static int scan_number(Tokenizer *t)
{
    size_t start = t->pos;
    int c = cur(t);
    if (c == '0') {
        int n = peekc(t, 1);
        if (n == 'x' || n == 'X' || n == 'o' || n == 'O' || n == 'b' || n == 'B') {
            adv(t); adv(t);
            const char *kind = (n == 'x' || n == 'X') ? "hexadecimal" : (n == 'o' || n == 'O') ? "octal" : "binary";
            bool (*ok)(int) = (n == 'x' || n == 'X') ? is_xdigit_fn : (n == 'o' || n == 'O') ? is_oct : is_bin;
            if (cur(t) == '_') adv(t);
            if (!ok(cur(t))) {
                c = cur(t);
                int col = col_of(t, t->pos);
                if (is_digit(c))
                    return error_at(t, "SyntaxError", t->lineno, col, t->lineno, col,
                                    "invalid digit '%c' in %s literal", c, kind);
                return error_at(t, "SyntaxError", t->lineno, col - 1, t->lineno, col - 1,
                                "invalid %s literal", kind);
            }
            if (scan_digits(t, ok, kind) < 0) return -1;
            c = cur(t);
            if (is_digit(c)) {
                int col = col_of(t, t->pos);
                return error_at(t, "SyntaxError", t->lineno, col, t->lineno, col,
                                "invalid digit '%c' in %s literal", c, kind);
            }
            return verify_end(t, kind, start);
        }
        /* zeros, possibly followed by a float part */
        bool nonzero = false;
        for (;;) {
            while (cur(t) == '0') adv(t);
            if (cur(t) == '_') {
                adv(t);
                if (!is_digit(cur(t))) {
                    int col = col_of(t, t->pos);
                    return error_at(t, "SyntaxError", t->lineno, col - 1, t->lineno, col - 1,
                                    "invalid decimal literal");
                }
                continue;
            }
            break;
        }
        size_t zend = t->pos;
        if (is_digit(cur(t))) {
            nonzero = true;
            if (scan_digits(t, is_digit_fn, "decimal") < 0) return -1;
        }
        c = cur(t);
        if (c == '.') {
            adv(t);
            if (is_digit(cur(t)) && scan_digits(t, is_digit_fn, "decimal") < 0) return -1;
            return scan_exponent_and_imag(t, start);
        }
        if (c == 'e' || c == 'E' || c == 'j' || c == 'J') return scan_exponent_and_imag(t, start);
        if (nonzero) {
            int sc = col_of(t, start), ec = col_of(t, zend);
            return error_at(t, "SyntaxError", t->lineno, sc, t->lineno, ec,
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers");
        }
        return verify_end(t, "decimal", start);
    }
    if (c == '.') {
        adv(t);
        if (scan_digits(t, is_digit_fn, "decimal") < 0) return -1;
        return scan_exponent_and_imag(t, start);
    }
    if (scan_digits(t, is_digit_fn, "decimal") < 0) return -1;
    if (cur(t) == '.') {
        adv(t);
        if (is_digit(cur(t)) && scan_digits(t, is_digit_fn, "decimal") < 0) return -1;
    }
    return scan_exponent_and_imag(t, start);
}

/* -- Strings ------------------------------------------------------------------------------ */

static int scan_string(Tokenizer *t, size_t start, int sline, int scol)
{
    int q = cur(t);
    bool triple = peekc(t, 1) == q && peekc(t, 2) == q;
    (void)start;
    adv(t);
    if (triple) { adv(t); adv(t); }
    for (;;) {
        int c = cur(t);
        if (c < 0) {
            int det = t->lineno;
            if (t->len > 0 && t->buf[t->len - 1] == '\n') det--;
            if (triple)
                return error_at(t, "SyntaxError", sline, scol, sline,
                                scol,
                                "unterminated triple-quoted string literal (detected at line %d)", det);
            return error_at(t, "SyntaxError", sline, scol, sline,
                            scol,
                            "unterminated string literal (detected at line %d)", det);
        }
        if (c == '\n' && !triple)
            return error_at(t, "SyntaxError", sline, scol, sline,
                            scol,
                            "unterminated string literal (detected at line %d)", t->lineno);
        if (c == '\\') {
            adv(t);
            if (cur(t) >= 0) adv(t);
            continue;
        }
        if (c == q) {
            if (!triple) { adv(t); return 0; }
            if (peekc(t, 1) == q && peekc(t, 2) == q) { adv(t); adv(t); adv(t); return 0; }
        }
        adv(t);
    }
}

/* -- Operators ---------------------------------------------------------------------------- */

static int scan_op(Tokenizer *t)
{
    int c = cur(t), c2 = peekc(t, 1), c3 = peekc(t, 2);
    int n = 1, type = -1;
    switch (c) {
    case '(': type = T_LPAR; break;
    case ')': type = T_RPAR; break;
    case '[': type = T_LSQB; break;
    case ']': type = T_RSQB; break;
    case '{': type = T_LBRACE; break;
    case '}': type = T_RBRACE; break;
    case ',': type = T_COMMA; break;
    case ';': type = T_SEMI; break;
    case '~': type = T_TILDE; break;
    case ':': if (c2 == '=') { type = T_COLONEQUAL; n = 2; } else type = T_COLON; break;
    case '+': if (c2 == '=') { type = T_PLUSEQUAL; n = 2; } else type = T_PLUS; break;
    case '-':
        if (c2 == '=') { type = T_MINEQUAL; n = 2; }
        else if (c2 == '>') { type = T_RARROW; n = 2; }
        else type = T_MINUS;
        break;
    case '*':
        if (c2 == '*') { if (c3 == '=') { type = T_DOUBLESTAREQUAL; n = 3; } else { type = T_DOUBLESTAR; n = 2; } }
        else if (c2 == '=') { type = T_STAREQUAL; n = 2; }
        else type = T_STAR;
        break;
    case '/':
        if (c2 == '/') { if (c3 == '=') { type = T_DOUBLESLASHEQUAL; n = 3; } else { type = T_DOUBLESLASH; n = 2; } }
        else if (c2 == '=') { type = T_SLASHEQUAL; n = 2; }
        else type = T_SLASH;
        break;
    case '|': if (c2 == '=') { type = T_VBAREQUAL; n = 2; } else type = T_VBAR; break;
    case '&': if (c2 == '=') { type = T_AMPEREQUAL; n = 2; } else type = T_AMPER; break;
    case '^': if (c2 == '=') { type = T_CIRCUMFLEXEQUAL; n = 2; } else type = T_CIRCUMFLEX; break;
    case '%': if (c2 == '=') { type = T_PERCENTEQUAL; n = 2; } else type = T_PERCENT; break;
    case '@': if (c2 == '=') { type = T_ATEQUAL; n = 2; } else type = T_AT; break;
    case '=': if (c2 == '=') { type = T_EQEQUAL; n = 2; } else type = T_EQUAL; break;
    case '!': if (c2 == '=') { type = T_NOTEQUAL; n = 2; } break;
    case '<':
        if (c2 == '<') { if (c3 == '=') { type = T_LEFTSHIFTEQUAL; n = 3; } else { type = T_LEFTSHIFT; n = 2; } }
        else if (c2 == '=') { type = T_LESSEQUAL; n = 2; }
        else if (c2 == '>') { type = T_NOTEQUAL; n = 2; }   /* only valid with barry_as_FLUFL */
        else type = T_LESS;
        break;
    case '>':
        if (c2 == '>') { if (c3 == '=') { type = T_RIGHTSHIFTEQUAL; n = 3; } else { type = T_RIGHTSHIFT; n = 2; } }
        else if (c2 == '=') { type = T_GREATEREQUAL; n = 2; }
        else type = T_GREATER;
        break;
    case '.':
        if (c2 == '.' && c3 == '.') { type = T_ELLIPSIS; n = 3; }
        else type = T_DOT;
        break;
    default: break;
    }
    if (type >= 0) for (int i = 0; i < n; i++) adv(t);
    return type;
}

/* -- The scanner -------------------------------------------------------------------------- */

static void set_tok(Tokenizer *t, Token *tk, int type, size_t start, int sline, int scol)
{
    tk->type = type;
    tk->kw = 0;
    tk->start = start;
    tk->end = t->pos;
    tk->lineno = sline;
    tk->col = scol;
    tk->end_lineno = t->lineno;
    tk->end_col = col_of(t, t->pos);
    tk->level = t->level;
    t->last_type = type;
}

/* Measure the indentation of a new line; sets pendin or reports an indentation error.
 * Returns 1 when the line is blank (comment only / empty), 0 otherwise, -1 on error. */
static int do_indent(Tokenizer *t)
{
    int col = 0, altcol = 0, cont_col = 0;
    for (;;) {
        int c = cur(t);
        if (c == ' ') { col++; altcol++; }
        else if (c == '\t') { col = (col / 8 + 1) * 8; altcol = altcol + 1; }
        else if (c == '\f') { col = altcol = 0; }
        else if (c == '\\' && peekc(t, 1) == '\n') {
            /* indentation cannot be split by a backslash: as in CPython, the column of the
             * first one decides (and one in column 0 lets the next line's count go on) */
            if (!cont_col) cont_col = col;
            int bl = t->lineno, bc = col_of(t, t->pos) + 1;
            adv(t);
            adv(t);
            if (cur(t) < 0) return error_at(t, "SyntaxError", bl, bc, bl, -1, "unexpected EOF while parsing");
            continue;
        }
        else break;
        adv(t);
    }
    if (cont_col) col = altcol = cont_col;
    int c = cur(t);
    if (c == '#' || c == '\n') return 1;
    if (c < 0) {
        col = altcol = 0;  /* EOF closes every block */
    }
    if (t->level != 0) return 0;
    if (col == t->indstack[t->indent]) {
        if (altcol != t->altindstack[t->indent]) goto tab_error;
    } else if (col > t->indstack[t->indent]) {
        if (t->indent + 1 >= TOK_MAXINDENT)
            return error_at(t, "IndentationError", t->lineno, col_of(t, t->pos), t->lineno, -1,
                            "too many levels of indentation");
        if (altcol <= t->altindstack[t->indent]) goto tab_error;
        t->pendin++;
        t->indent++;
        t->indstack[t->indent] = col;
        t->altindstack[t->indent] = altcol;
    } else {
        while (t->indent > 0 && col < t->indstack[t->indent]) {
            t->pendin--;
            t->indent--;
        }
        if (col != t->indstack[t->indent]) {
            /* CPython points past the end of the offending line */
            size_t e = t->pos;
            while (e < t->len && t->buf[e] != '\n') e++;
            return error_at(t, "IndentationError", t->lineno, col_of(t, e), t->lineno, -1,
                            "unindent does not match any outer indentation level");
        }
        if (altcol != t->altindstack[t->indent]) goto tab_error;
    }
    return 0;
tab_error:
    return error_at(t, "TabError", t->lineno, 0, t->lineno, -2,
                    "inconsistent use of tabs and spaces in indentation");
}

int tok_next(Tokenizer *t, Token *tk)
{
again:
    if (t->atbol) {
        t->atbol = false;
        int r = do_indent(t);
        if (r < 0) return -1;
        if (r == 1) {
            /* blank line: skip the comment and the newline */
            while (cur(t) >= 0 && cur(t) != '\n') adv(t);
            if (cur(t) == '\n') { adv(t); t->atbol = true; }
            else if (t->level == 0 && !t->done) {
                /* comment on the last line without newline: treat as EOF at column 0 */
                t->atbol = false;
            }
            goto again;
        }
    }
    if (t->pendin != 0) {
        int type;
        if (t->pendin > 0) { t->pendin--; type = T_INDENT; }
        else { t->pendin++; type = T_DEDENT; }
        int sl = t->lineno, sc = col_of(t, t->pos);
        if (type == T_DEDENT && t->pos >= t->len && t->len > 0 && t->buf[t->len - 1] == '\n' && sc == 0 && sl > 1) {
            /* CPython's tokens at EOF sit at the end of the last line */
            sl--;
            sc = (int)(t->len - 1 - tok_line_start(t->buf, t->len - 1));
        }
        set_tok(t, tk, type, t->pos, sl, sc);
        tk->end_lineno = sl;
        tk->end_col = sc;
        return 0;
    }
    /* skip whitespace */
    for (;;) {
        int c = cur(t);
        if (c == ' ' || c == '\t' || c == '\f') { adv(t); continue; }
        if (c == '#') { while (cur(t) >= 0 && cur(t) != '\n') adv(t); continue; }
        if (c == '\\') {
            int n = peekc(t, 1);
            if (n == '\n') {
                int bl = t->lineno, bc = col_of(t, t->pos) + 1;
                adv(t); adv(t);
                if (cur(t) < 0)
                    return error_at(t, "SyntaxError", bl, bc, bl, -1, "unexpected EOF while parsing");
                continue;
            }
            if (n < 0) {
                int col = col_of(t, t->pos) + 1;
                return error_at(t, "SyntaxError", t->lineno, col, t->lineno, -1,
                                "unexpected EOF while parsing");
            }
            int col = col_of(t, t->pos) + 1;
            return error_at(t, "SyntaxError", t->lineno, col, t->lineno, -2,
                            "unexpected character after line continuation character");
        }
        break;
    }
    size_t start = t->pos;
    int sline = t->lineno, scol = col_of(t, start);
    int c = cur(t);
    if (c < 0) {
        if (t->level > 0) {
            int i = t->level - 1;
            t->err.eof_in_paren = true;
            return error_at(t, "SyntaxError", t->parenlineno[i], t->parencol[i],
                            t->parenlineno[i], -2, "'%c' was never closed",
                            t->parenstack[i]);
        }
        if (t->last_type != T_NEWLINE && t->last_type != T_DEDENT && t->last_type != T_INDENT) {
            set_tok(t, tk, T_NEWLINE, start, sline, scol);
            tk->end_col = scol;     /* CPython's NEWLINE tokens are zero-width */
            return 0;
        }
        /* CPython's tokens at EOF sit at the end of the last line */
        if (t->len > 0 && t->buf[t->len - 1] == '\n' && scol == 0 && sline > 1) {
            size_t ls = tok_line_start(t->buf, t->len - 1);
            sline--;
            scol = (int)(t->len - 1 - ls);
        }
        if (t->indent > 0) {
            t->indent--;
            set_tok(t, tk, T_DEDENT, start, sline, scol);
            tk->end_lineno = sline;
            tk->end_col = scol;
            return 0;
        }
        t->done = true;
        set_tok(t, tk, T_ENDMARKER, start, sline, scol);
        tk->end_lineno = sline;
        tk->end_col = scol;
        return 0;
    }
    if (c == '\n') {
        adv(t);
        if (t->level > 0) goto again;
        t->atbol = true;
        set_tok(t, tk, T_NEWLINE, start, sline, scol);
        tk->end_lineno = sline;
        tk->end_col = scol;
        return 0;
    }
    if (is_id_start(c)) {
        /* string prefix? */
        size_t k = 0;
        bool sb = false, sr = false, su = false, sf = false, prefix = true;
        while (prefix && k < 3) {
            int d = peekc(t, k);
            if ((d == 'b' || d == 'B') && !sb && !su && !sf) sb = true;
            else if ((d == 'r' || d == 'R') && !sr && !su) sr = true;
            else if ((d == 'u' || d == 'U') && !sb && !sr && !sf && !su && k == 0) su = true;
            else if ((d == 'f' || d == 'F') && !sf && !sb && !su) sf = true;
            else break;
            k++;
        }
        int q = peekc(t, k);
        if (k > 0 && (q == '"' || q == '\'')) {
            for (size_t i = 0; i < k; i++) adv(t);
            if (scan_string(t, start, sline, scol) < 0) return -1;
            set_tok(t, tk, T_STRING, start, sline, scol);
            return 0;
        }
        bool nonascii = false;
        while (t->pos < t->len) {
            int d = cur(t);
            if (!is_id_char(d)) break;
            if (d >= 128) {
                nonascii = true;
                const char *why;
                if (!tok_utf8_len((const unsigned char *)t->buf + t->pos, t->len - t->pos, &why)) {
                    /* CPython decodes each name: report like its decoder */
                    int col = col_of(t, t->pos);
                    return error_at(t, "SyntaxError", t->lineno, col, t->lineno, col + 1,
                                    "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                                    (unsigned char)t->buf[t->pos], (int)(t->pos - start), why);
                }
                int n;
                decode_utf8(t->buf + t->pos, t->len - t->pos, &n);
                t->pos += n;
            } else {
                adv(t);
            }
        }
        if (nonascii && verify_identifier(t, start, sline) < 0) return -1;
        set_tok(t, tk, T_NAME, start, sline, scol);
        tk->kw = kw_lookup(t->buf + start, t->pos - start);
        return 0;
    }
    if (is_digit(c) || (c == '.' && is_digit(peekc(t, 1)))) {
        if (scan_number(t) < 0) return -1;
        set_tok(t, tk, T_NUMBER, start, sline, scol);
        return 0;
    }
    if (c == '"' || c == '\'') {
        if (scan_string(t, start, sline, scol) < 0) return -1;
        set_tok(t, tk, T_STRING, start, sline, scol);
        return 0;
    }
    {
        int type = scan_op(t);
        if (type >= 0) {
            if (type == T_LPAR || type == T_LSQB || type == T_LBRACE) {
                if (t->level >= TOK_MAXLEVEL)
                    return error_at(t, "SyntaxError", sline, scol, sline, scol, "too many nested parentheses");
                t->parenstack[t->level] = (char)c;
                t->parenlineno[t->level] = sline;
                t->parencol[t->level] = scol;
                t->level++;
            } else if (type == T_RPAR || type == T_RSQB || type == T_RBRACE) {
                if (t->level == 0)
                    return error_at(t, "SyntaxError", sline, scol, sline, scol, "unmatched '%c'", c);
                t->level--;
                int o = t->parenstack[t->level];
                if (!((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}'))) {
                    if (t->parenlineno[t->level] != sline)
                        return error_at(t, "SyntaxError", sline, scol, sline, scol,
                                        "closing parenthesis '%c' does not match opening "
                                        "parenthesis '%c' on line %d", c, o, t->parenlineno[t->level]);
                    return error_at(t, "SyntaxError", sline, scol, sline, scol,
                                    "closing parenthesis '%c' does not match opening parenthesis '%c'", c, o);
                }
            }
            set_tok(t, tk, type, start, sline, scol);
            return 0;
        }
    }
    {
        int n;
        int cp = decode_utf8(t->buf + t->pos, t->len - t->pos, &n);
        if (cp == '!' || cp == '$' || cp == '?' || cp == '`')
            return error_at(t, "SyntaxError", sline, scol, sline, scol + 1, "invalid syntax");
        if (is_nonprintable(cp))
            return error_at(t, "SyntaxError", sline, scol, sline, scol,
                            "invalid non-printable character U+%04X", cp);
        return error_at(t, "SyntaxError", sline, scol, sline, scol, "invalid character '%.*s' (U+%04X)",
                        n, t->buf + t->pos, cp);
    }
}
