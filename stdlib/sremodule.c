/* kiln: _sre, the regular-expression engine behind CPython's `re` package.
 *
 * re's Python compiler (re/_compiler.py) turns a pattern into a list of code
 * words; this file runs them.  The matcher is a backtracking interpreter of
 * the same opcodes, with the same semantics, as CPython's sre_lib.h: the
 * subject is first widened to an array of code points (or bytes), so every
 * position is an index, and marks are indexes (-1: unset).  Matching recurses
 * on the C stack for alternatives and repeats; its depth is bounded. */
#include "core.h"
#include <stdlib.h>
#include <string.h>

#define SRE_MAGIC 20220615
#define MAXREPEAT 0xffffffffu
#define MAXGROUPS 0x3fffffff
#define MAX_DEPTH 6000

enum {
    OP_FAILURE, OP_SUCCESS, OP_ANY, OP_ANY_ALL, OP_ASSERT, OP_ASSERT_NOT, OP_AT, OP_BRANCH,
    OP_CATEGORY, OP_CHARSET, OP_BIGCHARSET, OP_GROUPREF, OP_GROUPREF_EXISTS, OP_IN, OP_INFO,
    OP_JUMP, OP_LITERAL, OP_MARK, OP_MAX_UNTIL, OP_MIN_UNTIL, OP_NOT_LITERAL, OP_NEGATE,
    OP_RANGE, OP_REPEAT, OP_REPEAT_ONE, OP_SUBPATTERN, OP_MIN_REPEAT_ONE, OP_ATOMIC_GROUP,
    OP_POSSESSIVE_REPEAT, OP_POSSESSIVE_REPEAT_ONE, OP_GROUPREF_IGNORE, OP_IN_IGNORE,
    OP_LITERAL_IGNORE, OP_NOT_LITERAL_IGNORE, OP_GROUPREF_LOC_IGNORE, OP_IN_LOC_IGNORE,
    OP_LITERAL_LOC_IGNORE, OP_NOT_LITERAL_LOC_IGNORE, OP_GROUPREF_UNI_IGNORE, OP_IN_UNI_IGNORE,
    OP_LITERAL_UNI_IGNORE, OP_NOT_LITERAL_UNI_IGNORE, OP_RANGE_UNI_IGNORE,
};
enum {
    AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY,
    AT_END, AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY,
    AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY,
};
enum {
    CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD, CAT_LINEBREAK,
    CAT_NOT_LINEBREAK, CAT_LOC_WORD, CAT_LOC_NOT_WORD, CAT_UNI_DIGIT, CAT_UNI_NOT_DIGIT,
    CAT_UNI_SPACE, CAT_UNI_NOT_SPACE, CAT_UNI_WORD, CAT_UNI_NOT_WORD, CAT_UNI_LINEBREAK,
    CAT_UNI_NOT_LINEBREAK,
};

typedef uint32_t code_t;

/* -- character classes --------------------------------------------------------- */

static bool is_ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_ascii_space(uint32_t c) { return c == ' ' || (c >= 9 && c <= 13); }
static bool is_ascii_word(uint32_t c)
{
    return c < 128 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c) || c == '_');
}
static bool is_uni_digit(uint32_t c) { return c < 128 ? is_ascii_digit(c) : uni_decimal(c) >= 0; }
static bool is_uni_space(uint32_t c)
{
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    return (uni_props(c) & UNI_SPACE) != 0;
}
static bool is_uni_alnum(uint32_t c)
{
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c);
    return (uni_props(c) & (UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC)) != 0;
}
static bool is_uni_word(uint32_t c) { return c == '_' || is_uni_alnum(c); }
static bool is_uni_linebreak(uint32_t c)
{
    return c == '\n' || c == 0x0b || c == 0x0c || c == '\r' || c == 0x1c || c == 0x1d || c == 0x1e ||
           c == 0x85 || c == 0x2028 || c == 0x2029;
}
static uint32_t lower_ascii(uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static uint32_t lower_uni(uint32_t c) { return c < 128 ? lower_ascii(c) : uni_case_simple(c, 0); }
static uint32_t upper_uni(uint32_t c)
{
    if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
    return uni_case_simple(c, 1);
}

static bool category(code_t cat, uint32_t c)
{
    switch (cat) {
    case CAT_DIGIT: return is_ascii_digit(c);
    case CAT_NOT_DIGIT: return !is_ascii_digit(c);
    case CAT_SPACE: return is_ascii_space(c);
    case CAT_NOT_SPACE: return !is_ascii_space(c);
    case CAT_WORD: case CAT_LOC_WORD: return is_ascii_word(c);
    case CAT_NOT_WORD: case CAT_LOC_NOT_WORD: return !is_ascii_word(c);
    case CAT_LINEBREAK: return c == '\n';
    case CAT_NOT_LINEBREAK: return c != '\n';
    case CAT_UNI_DIGIT: return is_uni_digit(c);
    case CAT_UNI_NOT_DIGIT: return !is_uni_digit(c);
    case CAT_UNI_SPACE: return is_uni_space(c);
    case CAT_UNI_NOT_SPACE: return !is_uni_space(c);
    case CAT_UNI_WORD: return is_uni_word(c);
    case CAT_UNI_NOT_WORD: return !is_uni_word(c);
    case CAT_UNI_LINEBREAK: return is_uni_linebreak(c);
    case CAT_UNI_NOT_LINEBREAK: return !is_uni_linebreak(c);
    }
    return false;
}

/* Is c in the set at `set` (a sequence of set items ending with FAILURE)? */
static int in_charset(const code_t *set, uint32_t c)
{
    int ok = 1;
    for (;;) {
        switch (*set++) {
        case OP_FAILURE: return !ok;
        case OP_LITERAL: if (c == set[0]) return ok; set++; break;
        case OP_CATEGORY: if (category(set[0], c)) return ok; set++; break;
        case OP_CHARSET:
            if (c < 256 && (set[c >> 5] & (1u << (c & 31)))) return ok;
            set += 256 / 32;
            break;
        case OP_RANGE: if (set[0] <= c && c <= set[1]) return ok; set += 2; break;
        case OP_RANGE_UNI_IGNORE: {
            if (set[0] <= c && c <= set[1]) return ok;
            uint32_t u = upper_uni(c);
            if (set[0] <= u && u <= set[1]) return ok;
            set += 2;
            break;
        }
        case OP_NEGATE: ok = !ok; break;
        case OP_BIGCHARSET: {
            code_t count = *set++;
            int block = c < 0x10000 ? ((const unsigned char *)set)[c >> 8] : -1;
            set += 256 / sizeof(code_t);
            if (block >= 0 && (set[(block * 256 + (c & 255)) >> 5] & (1u << (c & 31)))) return ok;
            set += count * (256 / 32);
            break;
        }
        default: return -1;
        }
    }
}

/* in_charset with the commonest sets answered inline: a lone CHARSET bitmap
 * (classes of ASCII ranges), a lone CATEGORY (\d, \s, \w), RANGEs alone. */
static inline int in_set(const code_t *set, uint32_t c)
{
    if (set[0] == OP_CHARSET && c < 256) {
        if (set[1 + (c >> 5)] & (1u << (c & 31))) return 1;
        if (set[9] == OP_FAILURE) return 0;
    } else if (set[0] == OP_CATEGORY && set[2] == OP_FAILURE) {
        return category(set[1], c);
    } else if (set[0] == OP_RANGE) {
        const code_t *q = set;
        for (; q[0] == OP_RANGE; q += 3)
            if (q[1] <= c && c <= q[2]) return 1;
        if (q[0] == OP_FAILURE) return 0;
    }
    return in_charset(set, c);
}

#define CH(i) (s8 ? (uint32_t)s8[i] : s32[i])

/* -- match state ---------------------------------------------------------------- */

typedef struct Repeat {
    int64_t count;
    const code_t *pattern;  /* points at REPEAT's skip word */
    int64_t last_ptr;
    struct Repeat *prev;
} Repeat;

typedef struct State {
    const uint8_t *s8;      /* subject characters: bytes or an ASCII str's data, */
    const uint32_t *s32;    /* or code points (exactly one of the two is set) */
    int64_t beginning;      /* 0 */
    int64_t start, end;     /* search window (pos .. endpos) */
    int64_t ptr;            /* result end after a success */
    int64_t *mark;          /* 2 * groups positions */
    int64_t nmark;
    int64_t lastmark, lastindex;
    Repeat *repeat;
    bool match_all, must_advance;
    int depth;
    int error;              /* 0, or -1 with a Python exception pending */
    int64_t match_start;    /* where the current attempt began */
    const uint32_t *fmap;   /* the pattern's first-character bitmap for c < 256, or NULL */
} State;

static void state_reset(State *st)
{
    for (int64_t i = 0; i < st->nmark; i++) st->mark[i] = -1;
    st->lastmark = -1;
    st->lastindex = -1;
    st->repeat = NULL;
}

static bool at(State *st, int64_t p, code_t code)
{
    const uint8_t *s8 = st->s8;
    const uint32_t *s32 = st->s32;
    int64_t end = st->end;
    bool thisp, thatp;
    switch (code) {
    case AT_BEGINNING: case AT_BEGINNING_STRING: return p == st->beginning;
    case AT_BEGINNING_LINE: return p == st->beginning || CH(p - 1) == '\n';
    case AT_END: return p == end || (p + 1 == end && CH(p) == '\n');
    case AT_END_LINE: return p == end || CH(p) == '\n';
    case AT_END_STRING: return p == end;
    case AT_BOUNDARY: case AT_LOC_BOUNDARY:
        if (st->beginning == end) return false;
        thatp = p > st->beginning && is_ascii_word(CH(p - 1));
        thisp = p < end && is_ascii_word(CH(p));
        return thisp != thatp;
    case AT_NON_BOUNDARY: case AT_LOC_NON_BOUNDARY:
        if (st->beginning == end) return false;
        thatp = p > st->beginning && is_ascii_word(CH(p - 1));
        thisp = p < end && is_ascii_word(CH(p));
        return thisp == thatp;
    case AT_UNI_BOUNDARY:
        if (st->beginning == end) return false;
        thatp = p > st->beginning && is_uni_word(CH(p - 1));
        thisp = p < end && is_uni_word(CH(p));
        return thisp != thatp;
    case AT_UNI_NON_BOUNDARY:
        if (st->beginning == end) return false;
        thatp = p > st->beginning && is_uni_word(CH(p - 1));
        thisp = p < end && is_uni_word(CH(p));
        return thisp == thatp;
    }
    return false;
}

static int match(State *st, const code_t *pat, int64_t ptr, bool toplevel);

/* How many times (up to maxcount) the single-character item at `pat` matches
 * from ptr on. */
static int64_t count_item(State *st, const code_t *pat, int64_t ptr, int64_t maxcount)
{
    int64_t end = st->end;
    if (maxcount > end - ptr) maxcount = end - ptr;
    int64_t lim = ptr + maxcount, p = ptr;
    const uint8_t *s8 = st->s8;
    const uint32_t *s32 = st->s32;
    code_t ch = pat[1];
    switch (pat[0]) {
    case OP_IN: while (p < lim && in_set(pat + 2, CH(p)) == 1) p++; break;
    case OP_ANY: while (p < lim && CH(p) != '\n') p++; break;
    case OP_ANY_ALL: p = lim; break;
    case OP_LITERAL: while (p < lim && CH(p) == ch) p++; break;
    case OP_LITERAL_IGNORE: while (p < lim && lower_ascii(CH(p)) == ch) p++; break;
    case OP_LITERAL_UNI_IGNORE: while (p < lim && lower_uni(CH(p)) == ch) p++; break;
    case OP_LITERAL_LOC_IGNORE: while (p < lim && lower_ascii(CH(p)) == ch) p++; break;
    case OP_NOT_LITERAL: while (p < lim && CH(p) != ch) p++; break;
    case OP_NOT_LITERAL_IGNORE: while (p < lim && lower_ascii(CH(p)) != ch) p++; break;
    case OP_NOT_LITERAL_UNI_IGNORE: while (p < lim && lower_uni(CH(p)) != ch) p++; break;
    case OP_NOT_LITERAL_LOC_IGNORE: while (p < lim && lower_ascii(CH(p)) != ch) p++; break;
    default:
        /* general single-width item: run the matcher on it (it ends with SUCCESS) */
        while (p < lim) {
            int r = match(st, pat, p, false);
            if (r < 0) return -1;
            if (!r) break;
            p++;
        }
    }
    return p - ptr;
}

static int group_span(State *st, code_t g, int64_t *a, int64_t *b)
{
    int64_t i = (int64_t)g * 2;
    if (i + 1 > st->lastmark || st->mark[i] < 0 || st->mark[i + 1] < 0) return 0;
    *a = st->mark[i];
    *b = st->mark[i + 1];
    return *a <= *b;
}

/* Marks saved around a BRANCH/REPEAT attempt: a few in the struct itself
 * (always a local, never copied), more in malloc'd memory. */
enum { SAVED_INLINE = 8 };
typedef struct Saved { int64_t lastmark, lastindex; int64_t *marks; int64_t buf[SAVED_INLINE]; } Saved;

static void save_marks(State *st, Saved *sv)
{
    sv->lastmark = st->lastmark;
    sv->lastindex = st->lastindex;
    sv->marks = NULL;
    if (st->lastmark >= 0) {
        sv->marks = st->lastmark < SAVED_INLINE ? sv->buf : malloc((size_t)(st->lastmark + 1) * sizeof(int64_t));
        memcpy(sv->marks, st->mark, (size_t)(st->lastmark + 1) * sizeof(int64_t));
    }
}

static void restore_marks(State *st, Saved *sv)
{
    if (sv->marks) memcpy(st->mark, sv->marks, (size_t)(sv->lastmark + 1) * sizeof(int64_t));
    st->lastmark = sv->lastmark;
    st->lastindex = sv->lastindex;
}

static void drop_marks(Saved *sv)
{
    if (sv->marks != sv->buf) free(sv->marks);
    sv->marks = NULL;
}

#define FAIL do { ret = 0; goto out; } while (0)

/* Match the code at pat against the subject at ptr; 1 with st->ptr set, 0, or -1. */
static int match(State *st, const code_t *pat, int64_t ptr, bool toplevel)
{
    const uint8_t *s8 = st->s8;
    const uint32_t *s32 = st->s32;
    int64_t end = st->end;
    int ret = 0;
    if (++st->depth > MAX_DEPTH) {
        raise_fmt(E(RecursionError), "maximum recursion limit exceeded");
        st->error = -1;
        st->depth--;
        return -1;
    }
    if (pat[0] == OP_INFO) {
        if (pat[3] && (int64_t)pat[3] > end - ptr) FAIL;
        pat += pat[1] + 1;
    }
    for (;;) {
        code_t op = *pat++;
        switch (op) {
        case OP_MARK: {
            int64_t i = pat[0];
            if (i & 1) st->lastindex = i / 2 + 1;
            if (i > st->lastmark) {
                for (int64_t j = st->lastmark + 1; j < i; j++) st->mark[j] = -1;
                st->lastmark = i;
            }
            st->mark[i] = ptr;
            pat++;
            break;
        }
        case OP_LITERAL: if (ptr >= end || CH(ptr) != pat[0]) FAIL; pat++; ptr++; break;
        case OP_NOT_LITERAL: if (ptr >= end || CH(ptr) == pat[0]) FAIL; pat++; ptr++; break;
        case OP_SUCCESS:
            if (toplevel && ((st->match_all && ptr != end) || (st->must_advance && ptr == st->match_start))) FAIL;
            st->ptr = ptr;
            ret = 1;
            goto out;
        case OP_AT: if (!at(st, ptr, pat[0])) FAIL; pat++; break;
        case OP_CATEGORY: if (ptr >= end || !category(pat[0], CH(ptr))) FAIL; pat++; ptr++; break;
        case OP_ANY: if (ptr >= end || CH(ptr) == '\n') FAIL; ptr++; break;
        case OP_ANY_ALL: if (ptr >= end) FAIL; ptr++; break;
        case OP_IN: if (ptr >= end || in_set(pat + 1, CH(ptr)) != 1) FAIL; pat += pat[0]; ptr++; break;
        case OP_LITERAL_IGNORE: case OP_LITERAL_LOC_IGNORE:
            if (ptr >= end || lower_ascii(CH(ptr)) != pat[0]) FAIL;
            pat++; ptr++; break;
        case OP_LITERAL_UNI_IGNORE: if (ptr >= end || lower_uni(CH(ptr)) != pat[0]) FAIL; pat++; ptr++; break;
        case OP_NOT_LITERAL_IGNORE: case OP_NOT_LITERAL_LOC_IGNORE:
            if (ptr >= end || lower_ascii(CH(ptr)) == pat[0]) FAIL;
            pat++; ptr++; break;
        case OP_NOT_LITERAL_UNI_IGNORE: if (ptr >= end || lower_uni(CH(ptr)) == pat[0]) FAIL; pat++; ptr++; break;
        case OP_IN_IGNORE: case OP_IN_LOC_IGNORE:
            if (ptr >= end || in_set(pat + 1, lower_ascii(CH(ptr))) != 1) FAIL;
            pat += pat[0]; ptr++; break;
        case OP_IN_UNI_IGNORE:
            if (ptr >= end || in_charset(pat + 1, lower_uni(CH(ptr))) != 1) FAIL;
            pat += pat[0]; ptr++; break;
        case OP_JUMP: case OP_INFO: pat += pat[0]; break;
        case OP_BRANCH: {
            Saved sv;
            save_marks(st, &sv);
            for (; pat[0]; pat += pat[0]) {
                if (pat[1] == OP_LITERAL && (ptr >= end || CH(ptr) != pat[2])) continue;
                if (pat[1] == OP_IN && (ptr >= end || in_set(pat + 3, CH(ptr)) != 1)) continue;
                int r = match(st, pat + 1, ptr, toplevel);
                if (r) { drop_marks(&sv); ret = r; goto out; }
                restore_marks(st, &sv);
            }
            drop_marks(&sv);
            FAIL;
        }
        case OP_REPEAT_ONE: case OP_MIN_REPEAT_ONE: case OP_POSSESSIVE_REPEAT_ONE: {
            /* <op> <skip> <min> <max> item <SUCCESS> tail */
            int64_t mn = pat[1], mx = pat[2] == MAXREPEAT ? INT64_MAX : (int64_t)pat[2];
            const code_t *tail = pat + pat[0];
            if (mn > end - ptr) FAIL;
            if (op == OP_REPEAT_ONE || op == OP_POSSESSIVE_REPEAT_ONE) {
                int64_t n = count_item(st, pat + 3, ptr, mx);
                if (n < 0) { ret = -1; goto out; }
                if (n < mn) FAIL;
                ptr += n;
                if (op == OP_POSSESSIVE_REPEAT_ONE) { pat = tail; break; }
                if (tail[0] == OP_SUCCESS && ptr == end &&
                    !(toplevel && st->must_advance && ptr == st->match_start)) {
                    st->ptr = ptr;
                    ret = 1;
                    goto out;
                }
                Saved sv;
                save_marks(st, &sv);
                const code_t *lit = tail;
                while (lit[0] == OP_MARK) lit += 2;     /* marks consume nothing */
                if (lit[0] == OP_LITERAL) {
                    code_t chr = lit[1];
                    for (;;) {
                        while (n >= mn && (ptr >= end || CH(ptr) != chr)) { ptr--; n--; }
                        if (n < mn) break;
                        int r = match(st, tail, ptr, toplevel);
                        if (r) { drop_marks(&sv); ret = r; goto out; }
                        restore_marks(st, &sv);
                        ptr--;
                        n--;
                    }
                } else {
                    while (n >= mn) {
                        int r = match(st, tail, ptr, toplevel);
                        if (r) { drop_marks(&sv); ret = r; goto out; }
                        restore_marks(st, &sv);
                        ptr--;
                        n--;
                    }
                }
                drop_marks(&sv);
                FAIL;
            }
            /* lazy */
            int64_t n = 0;
            if (mn > 0) {
                n = count_item(st, pat + 3, ptr, mn);
                if (n < 0) { ret = -1; goto out; }
                if (n < mn) FAIL;
                ptr += n;
            }
            if (tail[0] == OP_SUCCESS && !(toplevel && ((st->match_all && ptr != end) ||
                                                       (st->must_advance && ptr == st->match_start)))) {
                st->ptr = ptr;
                ret = 1;
                goto out;
            }
            Saved sv;
            save_marks(st, &sv);
            while (n <= mx) {
                int r = match(st, tail, ptr, toplevel);
                if (r) { drop_marks(&sv); ret = r; goto out; }
                restore_marks(st, &sv);
                int64_t c = count_item(st, pat + 3, ptr, 1);
                if (c < 0) { drop_marks(&sv); ret = -1; goto out; }
                if (c == 0) break;
                ptr++;
                n++;
            }
            drop_marks(&sv);
            FAIL;
        }
        case OP_REPEAT: {
            /* <REPEAT> <skip> <min> <max> item <UNTIL> tail */
            Repeat rep = { -1, pat, -1, st->repeat };
            st->repeat = &rep;
            int r = match(st, pat + pat[0], ptr, toplevel);
            st->repeat = rep.prev;
            ret = r;
            goto out;
        }
        case OP_MAX_UNTIL: {
            Repeat *rep = st->repeat;
            if (!rep) { raise_RuntimeError("internal error in regular expression engine"); ret = -1; goto out; }
            int64_t count = rep->count + 1;
            int64_t mn = rep->pattern[1];
            int64_t mx = rep->pattern[2] == MAXREPEAT ? INT64_MAX : (int64_t)rep->pattern[2];
            if (count < mn) {
                rep->count = count;
                int r = match(st, rep->pattern + 3, ptr, toplevel);
                if (r) { ret = r; goto out; }
                rep->count = count - 1;
                FAIL;
            }
            if (count < mx && ptr != rep->last_ptr) {
                rep->count = count;
                Saved sv;
                save_marks(st, &sv);
                int64_t old_last = rep->last_ptr;
                rep->last_ptr = ptr;
                int r = match(st, rep->pattern + 3, ptr, toplevel);
                rep->last_ptr = old_last;
                if (r) { drop_marks(&sv); ret = r; goto out; }
                restore_marks(st, &sv);
                drop_marks(&sv);
                rep->count = count - 1;
            }
            st->repeat = rep->prev;
            int r = match(st, pat, ptr, toplevel);
            st->repeat = rep;
            ret = r;
            goto out;
        }
        case OP_MIN_UNTIL: {
            Repeat *rep = st->repeat;
            if (!rep) { raise_RuntimeError("internal error in regular expression engine"); ret = -1; goto out; }
            int64_t count = rep->count + 1;
            int64_t mn = rep->pattern[1];
            int64_t mx = rep->pattern[2] == MAXREPEAT ? INT64_MAX : (int64_t)rep->pattern[2];
            if (count < mn) {
                rep->count = count;
                int r = match(st, rep->pattern + 3, ptr, toplevel);
                if (r) { ret = r; goto out; }
                rep->count = count - 1;
                FAIL;
            }
            Saved sv;
            save_marks(st, &sv);
            st->repeat = rep->prev;
            int r = match(st, pat, ptr, toplevel);
            st->repeat = rep;
            if (r) { drop_marks(&sv); ret = r; goto out; }
            restore_marks(st, &sv);
            drop_marks(&sv);
            if (count >= mx || ptr == rep->last_ptr) FAIL;
            rep->count = count;
            int64_t old_last = rep->last_ptr;
            rep->last_ptr = ptr;
            r = match(st, rep->pattern + 3, ptr, toplevel);
            rep->last_ptr = old_last;
            if (r) { ret = r; goto out; }
            rep->count = count - 1;
            FAIL;
        }
        case OP_POSSESSIVE_REPEAT: {
            /* <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail */
            int64_t mn = pat[1], mx = pat[2] == MAXREPEAT ? INT64_MAX : (int64_t)pat[2];
            int64_t n = 0;
            Repeat *saved_rep = st->repeat;
            st->repeat = NULL;
            while (n < mn) {
                int r = match(st, pat + 3, ptr, false);
                if (r <= 0) { st->repeat = saved_rep; ret = r; goto out; }
                ptr = st->ptr;
                n++;
            }
            while (n < mx) {
                Saved sv;
                save_marks(st, &sv);
                int r = match(st, pat + 3, ptr, false);
                if (r < 0) { drop_marks(&sv); st->repeat = saved_rep; ret = -1; goto out; }
                if (!r || st->ptr == ptr) { restore_marks(st, &sv); drop_marks(&sv); break; }
                drop_marks(&sv);
                ptr = st->ptr;
                n++;
            }
            st->repeat = saved_rep;
            pat += pat[0];
            break;
        }
        case OP_ATOMIC_GROUP: {
            Repeat *saved_rep = st->repeat;
            st->repeat = NULL;
            int r = match(st, pat + 1, ptr, false);
            st->repeat = saved_rep;
            if (r <= 0) { ret = r; goto out; }
            ptr = st->ptr;
            pat += pat[0];
            break;
        }
        case OP_GROUPREF: case OP_GROUPREF_IGNORE: case OP_GROUPREF_UNI_IGNORE: case OP_GROUPREF_LOC_IGNORE: {
            int64_t a, b;
            if (!group_span(st, pat[0], &a, &b)) FAIL;
            if (b - a > end - ptr) FAIL;
            for (int64_t i = a; i < b; i++, ptr++) {
                uint32_t x = CH(i), y = CH(ptr);
                if (op == OP_GROUPREF_IGNORE || op == OP_GROUPREF_LOC_IGNORE) { x = lower_ascii(x); y = lower_ascii(y); }
                else if (op == OP_GROUPREF_UNI_IGNORE) { x = lower_uni(x); y = lower_uni(y); }
                if (x != y) FAIL;
            }
            pat++;
            break;
        }
        case OP_GROUPREF_EXISTS: {
            int64_t a, b;
            if (!group_span(st, pat[0], &a, &b)) { pat += pat[1]; break; }
            pat += 2;
            break;
        }
        case OP_ASSERT: case OP_ASSERT_NOT: {
            /* <ASSERT> <skip> <back> pattern <SUCCESS> */
            int64_t back = pat[1];
            Repeat *saved_rep = st->repeat;
            if (ptr - back < st->beginning) {
                if (op == OP_ASSERT) FAIL;
                pat += pat[0];
                break;
            }
            Saved sv;
            if (op == OP_ASSERT_NOT) save_marks(st, &sv);
            st->repeat = NULL;
            int r = match(st, pat + 2, ptr - back, false);
            st->repeat = saved_rep;
            if (r < 0) { if (op == OP_ASSERT_NOT) drop_marks(&sv); ret = -1; goto out; }
            if (op == OP_ASSERT) {
                if (!r) FAIL;
            } else {
                restore_marks(st, &sv);
                drop_marks(&sv);
                if (r) FAIL;
            }
            pat += pat[0];
            break;
        }
        case OP_FAILURE: FAIL;
        default:
            raise_RuntimeError("internal error in regular expression engine (opcode %u)", (unsigned)op);
            ret = -1;
            goto out;
        }
    }
out:
    st->depth--;
    if (ret < 0) st->error = -1;
    return ret;
}

#undef FAIL

/* Search from st->start; on success st->start is the match start, st->ptr its end. */
/* The item the first character of any match must pass: a LITERAL or IN
 * right after INFO and MARKs, alone or repeated at least once (REPEAT_ONE);
 * NULL when the pattern starts otherwise. */
static const code_t *first_item(const code_t *code)
{
    const code_t *pc = code;
    if (pc[0] == OP_INFO) pc += pc[1] + 1;
    while (pc[0] == OP_MARK) pc += 2;
    if (pc[0] == OP_LITERAL || pc[0] == OP_IN) return pc;
    if ((pc[0] == OP_REPEAT_ONE || pc[0] == OP_MIN_REPEAT_ONE || pc[0] == OP_POSSESSIVE_REPEAT_ONE) && pc[2] >= 1) {
        const code_t *it = pc + 4;
        if (it[0] == OP_LITERAL || it[0] == OP_IN) return it;
    }
    return NULL;
}

static int search(State *st, const code_t *code)
{
    int64_t minlen = code[0] == OP_INFO ? (int64_t)code[3] : 0;
    bool must = st->must_advance;
    const code_t *fi = first_item(code);
    const uint8_t *s8 = st->s8;
    const uint32_t *s32 = st->s32;
    const uint32_t *fmap = st->fmap;
    for (int64_t p = st->start; p <= st->end; p++) {
        if (st->end - p < minlen) return 0;
        if (fi) {
            /* skip the positions where the first character cannot match */
            if (p >= st->end) break;
            if (s8 && fi[0] == OP_LITERAL) {
                const uint8_t *q = fi[1] < 256 ? memchr(s8 + p, (int)fi[1], (size_t)(st->end - p)) : NULL;
                if (!q) break;
                p = q - s8;
            } else if (s8 && fmap) {
                while (p < st->end && !(fmap[s8[p] >> 5] & (1u << (s8[p] & 31)))) p++;
                if (p >= st->end) break;
            } else {
                uint32_t c = CH(p);
                if (fi[0] == OP_LITERAL ? c != fi[1]
                    : fmap && c < 256 ? !(fmap[c >> 5] & (1u << (c & 31))) : in_charset(fi + 2, c) != 1) continue;
            }
            if (st->end - p < minlen) return 0;
        }
        state_reset(st);
        st->match_start = p;
        st->must_advance = must && p == st->start;
        int r = match(st, code, p, true);
        if (r < 0) return -1;
        if (r) {
            st->start = p;
            st->must_advance = must;
            return 1;
        }
    }
    st->must_advance = must;
    return 0;
}

/* -- objects ----------------------------------------------------------------------- */

typedef struct Pattern {
    Object hdr;
    Value pattern;        /* str, bytes or None */
    int64_t flags;
    Value code;           /* RawBytes of code_t */
    int64_t codesize;
    int64_t groups;
    Value groupindex;     /* dict name -> index */
    Value indexgroup;     /* tuple index -> name or None */
    bool is_bytes;
    bool has_fmap;        /* fmap holds, for c < 256, whether c passes the first item (an IN set) */
    uint32_t fmap[8];
} Pattern;

typedef struct Match {
    Object hdr;
    Value string;
    Value pattern;
    int64_t pos, endpos;
    int64_t lastindex;
    Value spans;          /* RawBytes: int64 pairs per group (group 0 first), -1 unset */
} Match;

typedef struct Scanner {
    Object hdr;
    Value pattern;
    Value string;
    Value chars;          /* RawBytes of uint32 code points, or 0 for an ASCII str (read in place) */
    int64_t len;
    int64_t start, end;   /* start -1: exhausted */
    bool must_advance;
} Scanner;

#define PAT(v) ((Pattern *)(v))
#define MAT(v) ((Match *)(v))

static void pattern_trace(Object *o, Visitor v, void *ctx)
{
    Pattern *p = (Pattern *)o;
    v(p->pattern, ctx); v(p->code, ctx); v(p->groupindex, ctx); v(p->indexgroup, ctx);
}
static void match_trace(Object *o, Visitor v, void *ctx)
{
    Match *m = (Match *)o;
    v(m->string, ctx); v(m->pattern, ctx); v(m->spans, ctx);
}
static void scanner_trace(Object *o, Visitor v, void *ctx)
{
    Scanner *s = (Scanner *)o;
    v(s->pattern, ctx); v(s->string, ctx); v(s->chars, ctx);
}

/* The subject: bytes, or an ASCII str's UTF-8 data, are read in place; any
 * other str is widened to code points (malloc'd, freed by subject_free). */
typedef struct Subject { const uint8_t *s8; uint32_t *s32; int64_t n; } Subject;

static int subject_chars(Pattern *p, Value string, Subject *sub)
{
    sub->s8 = NULL;
    sub->s32 = NULL;
    if (IS_STR(string)) {
        if (p->is_bytes) { raise_TypeError("cannot use a bytes pattern on a string-like object"); return -1; }
        int64_t len = STR_LEN(string);
        sub->n = len;
        if (((Str *)string)->flags & STR_ASCII) {
            sub->s8 = (const uint8_t *)STR_DATA(string);
            return 0;
        }
        uint32_t *c = malloc((size_t)(len ? len : 1) * sizeof *c);
        const unsigned char *d = (const unsigned char *)STR_DATA(string), *e = d + STR_NBYTES(string);
        for (int64_t i = 0; i < len; i++) d += utf8_decode1(d, e, &c[i]);
        sub->s32 = c;
        return 0;
    }
    const char *data;
    int64_t size;
    if (bytes_like(string, &data, &size)) {
        if (!p->is_bytes && p->pattern != NONE) { raise_TypeError("cannot use a string pattern on a bytes-like object"); return -1; }
        uint32_t *c = malloc((size_t)(size ? size : 1) * sizeof *c);   /* a copy: bytearrays may change */
        for (int64_t i = 0; i < size; i++) c[i] = (unsigned char)data[i];
        sub->s32 = c;
        sub->n = size;
        return 0;
    }
    raise_TypeError("expected string or bytes-like object, got '%T'", string);
    return -1;
}

static void subject_free(Subject *sub) { free(sub->s32); sub->s32 = NULL; }

static Value slice_of(Value string, int64_t a, int64_t b)
{
    if (IS_STR(string)) return str_substr(string, a, b);
    if (IS_TYPE(string, bytes)) return bytes_new(BYTES_DATA(string) + a, (size_t)(b - a));
    Value sl = slice_new(int_from_i64(a), int_from_i64(b), NONE);
    return obj_getitem(string, sl);
}

static int64_t clamp(int64_t v, int64_t n) { return v < 0 ? 0 : v > n ? n : v; }

static int state_init(State *st, Pattern *p, const Subject *sub, int64_t pos, int64_t endpos)
{
    int64_t n = sub->n;
    memset(st, 0, sizeof *st);
    st->s8 = sub->s8;
    st->s32 = sub->s32;
    st->end = clamp(endpos, n);
    st->start = clamp(pos, n);
    if (st->start > st->end) st->start = st->end + 1;   /* nothing can match */
    st->fmap = p->has_fmap ? p->fmap : NULL;
    st->nmark = p->groups * 2;
    st->mark = malloc((size_t)(st->nmark ? st->nmark : 1) * sizeof(int64_t));
    state_reset(st);
    return 0;
}

static Value make_match(Pattern *p, Value string, State *st, int64_t pos, int64_t endpos)
{
    Match *m = (Match *)gc_alloc(T(sre_match), sizeof(Match));
    STORE(m, string, string);
    STORE(m, pattern, OBJ_VAL(p));
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = st->lastindex;
    RawBytes *sp = raw_bytes_new((p->groups + 1) * 2 * (int64_t)sizeof(int64_t));
    int64_t *spans = (int64_t *)sp->data;
    spans[0] = st->start;
    spans[1] = st->ptr;
    for (int64_t g = 1; g <= p->groups; g++) {
        int64_t i = (g - 1) * 2;
        if (i + 1 <= st->lastmark && st->mark[i] >= 0 && st->mark[i + 1] >= 0 && st->mark[i] <= st->mark[i + 1]) {
            spans[2 * g] = st->mark[i];
            spans[2 * g + 1] = st->mark[i + 1];
        } else {
            spans[2 * g] = spans[2 * g + 1] = -1;
        }
    }
    STORE(m, spans, OBJ_VAL(sp));
    return OBJ_VAL(m);
}

static int parse_pos(const char *fname, const Value *args, size_t nargs, Value kw, Value *string,
                     int64_t *pos, int64_t *endpos)
{
    static const char *const names[] = { "string", "pos", "endpos", NULL };
    Value a[3];
    if (args_parse(fname, args, nargs, kw, names, 1, a) < 0) return -1;
    *string = a[0];
    *pos = 0;
    *endpos = INT64_MAX;
    if (a[1] && obj_as_ssize(a[1], pos, E(OverflowError)) < 0) return -1;
    if (a[2] && obj_as_ssize(a[2], endpos, E(OverflowError)) < 0) return -1;
    return 0;
}

static const code_t *pattern_code(Pattern *p) { return (const code_t *)((RawBytes *)p->code)->data; }

/* match / fullmatch / search */
static Value do_match(Value self, const char *fname, const Value *args, size_t nargs, Value kw, int mode)
{
    Pattern *p = PAT(self);
    Value string;
    int64_t pos, endpos;
    if (parse_pos(fname, args, nargs, kw, &string, &pos, &endpos) < 0) return 0;
    Subject sub;
    if (subject_chars(p, string, &sub) < 0) return 0;
    int64_t n = sub.n;
    State st;
    state_init(&st, p, &sub, pos, endpos);
    int r = 0;
    if (st.start <= st.end) {
        if (mode == 2) r = search(&st, pattern_code(p));
        else {
            st.match_all = mode == 1;
            st.match_start = st.start;
            r = match(&st, pattern_code(p), st.start, true);
        }
    }
    Value res = r > 0 ? make_match(p, string, &st, clamp(pos, n), clamp(endpos, n)) : r == 0 ? NONE : 0;
    free(st.mark);
    subject_free(&sub);
    return res;
}

static Value pattern_match(Value self, const Value *a, size_t n, Value kw) { return do_match(self, "match", a, n, kw, 0); }
static Value pattern_fullmatch(Value self, const Value *a, size_t n, Value kw) { return do_match(self, "fullmatch", a, n, kw, 1); }
static Value pattern_search(Value self, const Value *a, size_t n, Value kw) { return do_match(self, "search", a, n, kw, 2); }

static Value group_value(Value string, State *st, int64_t g, Value dflt)
{
    int64_t i = (g - 1) * 2;
    if (g == 0) return slice_of(string, st->start, st->ptr);
    if (i + 1 <= st->lastmark && st->mark[i] >= 0 && st->mark[i + 1] >= 0 && st->mark[i] <= st->mark[i + 1])
        return slice_of(string, st->mark[i], st->mark[i + 1]);
    return dflt;
}

static Value empty_like(Value string)
{
    return IS_STR(string) ? R->empty_str : slice_of(string, 0, 0);
}

static Value pattern_findall(Value self, const Value *args, size_t nargs, Value kw)
{
    Pattern *p = PAT(self);
    Value string;
    int64_t pos, endpos;
    if (parse_pos("findall", args, nargs, kw, &string, &pos, &endpos) < 0) return 0;
    Subject sub;
    if (subject_chars(p, string, &sub) < 0) return 0;
    State st;
    state_init(&st, p, &sub, pos, endpos);
    Value list = list_new(0), empty = empty_like(string);
    while (st.start <= st.end) {
        int r = search(&st, pattern_code(p));
        if (r < 0) { list = 0; break; }
        if (!r) break;
        Value item;
        if (p->groups == 0) item = slice_of(string, st.start, st.ptr);
        else if (p->groups == 1) item = group_value(string, &st, 1, empty);
        else {
            item = tuple_new(p->groups);
            for (int64_t g = 1; g <= p->groups; g++) TUPLE_ITEMS(item)[g - 1] = group_value(string, &st, g, empty);
        }
        if (!item || list_append(list, item) < 0) { list = 0; break; }
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    free(st.mark);
    subject_free(&sub);
    return list;
}

static Value pattern_split(Value self, const Value *args, size_t nargs, Value kw)
{
    Pattern *p = PAT(self);
    static const char *const names[] = { "string", "maxsplit", NULL };
    Value a[2];
    if (args_parse("split", args, nargs, kw, names, 1, a) < 0) return 0;
    int64_t maxsplit = 0;
    if (a[1] && obj_as_ssize(a[1], &maxsplit, E(OverflowError)) < 0) return 0;
    Subject sub;
    if (subject_chars(p, a[0], &sub) < 0) return 0;
    State st;
    state_init(&st, p, &sub, 0, INT64_MAX);
    Value list = list_new(0);
    int64_t last = 0, count = 0;
    while (!maxsplit || count < maxsplit) {
        int r = search(&st, pattern_code(p));
        if (r < 0) { list = 0; goto done; }
        if (!r) break;
        list_append(list, slice_of(a[0], last, st.start));
        for (int64_t g = 1; g <= p->groups; g++) list_append(list, group_value(a[0], &st, g, NONE));
        count++;
        st.must_advance = st.ptr == st.start;
        last = st.start = st.ptr;
        if (st.start > st.end) break;
    }
    list_append(list, slice_of(a[0], last, st.end));
done:
    free(st.mark);
    subject_free(&sub);
    return list;
}

static Value pattern_subx(Value self, Value repl, Value string, int64_t count, bool subn)
{
    Pattern *p = PAT(self);
    Value filter = repl;
    bool callable = obj_is_callable(repl);
    bool literal = false;
    if (!callable) {
        bool has_backslash = false;
        if (IS_STR(repl)) has_backslash = memchr(STR_DATA(repl), '\\', (size_t)STR_NBYTES(repl)) != NULL;
        else {
            const char *d;
            int64_t sz;
            if (!bytes_like(repl, &d, &sz)) return raise_TypeError("expected str or bytes-like object, got '%T'", repl);
            has_backslash = memchr(d, '\\', (size_t)sz) != NULL;
        }
        if (has_backslash) {
            Value re = import_module(str_from_cstr("re"));
            if (!re) return 0;
            Value subx = obj_getattr_cstr(re, "_subx");
            if (!subx) return 0;
            filter = obj_call2(subx, self, repl);
            if (!filter) return 0;
            callable = obj_is_callable(filter);
        }
        literal = !callable;
    }
    Subject sub;
    if (subject_chars(p, string, &sub) < 0) return 0;
    int64_t n = sub.n;
    State st;
    state_init(&st, p, &sub, 0, INT64_MAX);
    Value pieces = list_new(0);
    int64_t i = 0, nsub = 0;
    while (!count || nsub < count) {
        int r = search(&st, pattern_code(p));
        if (r < 0) { pieces = 0; goto done; }
        if (!r) break;
        int64_t b = st.start, e = st.ptr;
        if (i < b) list_append(pieces, slice_of(string, i, b));
        Value item = filter;
        if (!literal) {
            Value m = make_match(p, string, &st, 0, n);
            item = obj_call1(filter, m);
            if (!item) { pieces = 0; goto done; }
            if (item != NONE && !IS_STR(item) && !IS_TYPE(item, bytes)) {
                const char *d;
                int64_t sz;
                if (!bytes_like(item, &d, &sz)) {
                    raise_TypeError("expected str instance, %T found", item);
                    pieces = 0;
                    goto done;
                }
            }
        }
        if (item != NONE) list_append(pieces, item);
        i = e;
        nsub++;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
        if (st.start > st.end) break;
    }
    if (i < st.end) list_append(pieces, slice_of(string, i, st.end));
done:
    free(st.mark);
    subject_free(&sub);
    if (!pieces) return 0;
    Value joined;
    if (IS_STR(string) || (p->pattern != NONE && !p->is_bytes)) joined = str_join(R->empty_str, pieces);
    else {
        Value sep = bytes_new("", 0);
        joined = obj_call_method(sep, str_from_cstr("join"), &pieces, 1);
        if (joined && !IS_TYPE(string, bytes) && !IS_STR(string) && IS_TYPE(string, bytearray)) {
            Value ba = OBJ_VAL(T(bytearray));
            joined = obj_call1(ba, joined);
        }
    }
    if (!joined) return 0;
    if (subn) return tuple_pack(2, joined, int_from_i64(nsub));
    return joined;
}

static int parse_sub(const char *fname, const Value *args, size_t nargs, Value kw, Value *repl, Value *string, int64_t *count)
{
    static const char *const names[] = { "repl", "string", "count", NULL };
    Value a[3];
    if (args_parse(fname, args, nargs, kw, names, 2, a) < 0) return -1;
    *repl = a[0];
    *string = a[1];
    *count = 0;
    if (a[2] && obj_as_ssize(a[2], count, E(OverflowError)) < 0) return -1;
    return 0;
}

static Value pattern_sub(Value self, const Value *args, size_t nargs, Value kw)
{
    Value repl, string;
    int64_t count;
    if (parse_sub("sub", args, nargs, kw, &repl, &string, &count) < 0) return 0;
    return pattern_subx(self, repl, string, count, false);
}

static Value pattern_subn(Value self, const Value *args, size_t nargs, Value kw)
{
    Value repl, string;
    int64_t count;
    if (parse_sub("subn", args, nargs, kw, &repl, &string, &count) < 0) return 0;
    return pattern_subx(self, repl, string, count, true);
}

static Value make_scanner(Value self, Value string, int64_t pos, int64_t endpos)
{
    Pattern *p = PAT(self);
    Subject sub;
    if (subject_chars(p, string, &sub) < 0) return 0;
    Scanner *s = (Scanner *)gc_alloc(T(sre_scanner), sizeof(Scanner));
    STORE(s, pattern, self);
    STORE(s, string, string);
    if (sub.s32) {
        RawBytes *rb = raw_bytes_new((sub.n ? sub.n : 1) * (int64_t)sizeof(uint32_t));
        memcpy(rb->data, sub.s32, (size_t)sub.n * sizeof(uint32_t));
        STORE(s, chars, OBJ_VAL(rb));
    }
    subject_free(&sub);
    s->len = sub.n;
    s->end = clamp(endpos, sub.n);
    s->start = clamp(pos, sub.n);
    if (s->start > s->end) s->start = -1;
    return OBJ_VAL(s);
}

static Value scanner_step(Value self, bool searching)
{
    Scanner *sc = (Scanner *)self;
    if (sc->start < 0) return NONE;
    Pattern *p = PAT(sc->pattern);
    Subject sub = { NULL, NULL, sc->len };
    if (sc->chars) sub.s32 = (uint32_t *)((RawBytes *)sc->chars)->data;
    else sub.s8 = (const uint8_t *)STR_DATA(sc->string);
    State st;
    state_init(&st, p, &sub, sc->start, sc->end);
    st.must_advance = sc->must_advance;
    int r;
    if (searching) r = search(&st, pattern_code(p));
    else {
        st.match_start = st.start;
        r = match(&st, pattern_code(p), st.start, true);
    }
    Value res;
    if (r < 0) res = 0;
    else if (!r) { sc->start = -1; res = NONE; }
    else {
        res = make_match(p, sc->string, &st, 0, sc->len);
        sc->must_advance = st.ptr == st.start;
        sc->start = st.ptr;
        if (sc->start > sc->end) sc->start = -1;
    }
    free(st.mark);
    return res;
}

static Value scanner_match(Value self, const Value *a, size_t n, Value kw) { return scanner_step(self, false); }
static Value scanner_search(Value self, const Value *a, size_t n, Value kw) { return scanner_step(self, true); }
static Value scanner_get_pattern(Value self) { return ((Scanner *)self)->pattern; }

/* finditer: an iterator calling the scanner's search until None */
static Value pattern_scanner(Value self, const Value *args, size_t nargs, Value kw)
{
    Value string;
    int64_t pos, endpos;
    if (parse_pos("scanner", args, nargs, kw, &string, &pos, &endpos) < 0) return 0;
    return make_scanner(self, string, pos, endpos);
}

static Value pattern_finditer(Value self, const Value *args, size_t nargs, Value kw)
{
    Value sc = pattern_scanner(self, args, nargs, kw);
    if (!sc) return 0;
    Value search = obj_getattr_cstr(sc, "search");
    if (!search) return 0;
    return callable_iter_new(search, NONE);
}

static Value pattern_repr(Value self)
{
    Pattern *p = PAT(self);
    Value pr = obj_repr(p->pattern);
    if (!pr) return 0;
    if (STR_LEN(pr) > 200) pr = str_substr(pr, 0, 200);
    static const struct { int flag; const char *name; } fl[] = {
        { 2, "re.IGNORECASE" }, { 4, "re.LOCALE" }, { 8, "re.MULTILINE" }, { 16, "re.DOTALL" },
        { 32, "re.UNICODE" }, { 64, "re.VERBOSE" }, { 128, "re.DEBUG" }, { 256, "re.ASCII" },
    };
    int64_t flags = p->flags;
    if (!p->is_bytes) flags &= ~32;   /* UNICODE is implied for str patterns */
    if (!flags) return str_fmt("re.compile(%U)", pr);
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < ARRAY_LEN(fl); i++)
        if (flags & fl[i].flag) {
            if (b.len) sb_addc(&b, '|');
            sb_adds(&b, fl[i].name);
            flags &= ~fl[i].flag;
        }
    if (flags) {
        if (b.len) sb_addc(&b, '|');
        sb_printf(&b, "0x%llx", (unsigned long long)flags);
    }
    return str_fmt("re.compile(%U, %U)", pr, sb_finish(&b));
}

static Value pattern_richcompare(Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !IS_TYPE(b, sre_pattern)) return NOTIMPL;
    Pattern *x = PAT(a), *y = PAT(b);
    bool eq = a == b;
    if (!eq && x->flags == y->flags && x->is_bytes == y->is_bytes && x->codesize == y->codesize &&
        !memcmp(pattern_code(x), pattern_code(y), (size_t)x->codesize * sizeof(code_t))) {
        int r = obj_eq(x->pattern, y->pattern);
        if (r < 0) return 0;
        eq = r;
    }
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static int pattern_hash(Value self, int64_t *out)
{
    int64_t h;
    if (obj_hash(PAT(self)->pattern, &h) < 0) return -1;
    *out = h ^ (PAT(self)->flags * 1000003);
    if (*out == -1) *out = -2;
    return 0;
}

static Value pattern_get_pattern(Value self) { return PAT(self)->pattern; }
static Value pattern_get_flags(Value self) { return int_from_i64(PAT(self)->flags); }
static Value pattern_get_groups(Value self) { return int_from_i64(PAT(self)->groups); }
static Value pattern_get_groupindex(Value self)
{
    return obj_call1(OBJ_VAL(T(mappingproxy)), dict_copy(PAT(self)->groupindex));
}
static Value pattern_copy(Value self, const Value *a, size_t n, Value kw) { return self; }
static Value class_getitem(Value self, const Value *a, size_t n, Value kw) { return self; }

static const MethodDef pattern_methods[] = {
    { "match", pattern_match, 0, NULL }, { "fullmatch", pattern_fullmatch, 0, NULL },
    { "search", pattern_search, 0, NULL }, { "findall", pattern_findall, 0, NULL },
    { "finditer", pattern_finditer, 0, NULL }, { "split", pattern_split, 0, NULL },
    { "sub", pattern_sub, 0, NULL }, { "subn", pattern_subn, 0, NULL },
    { "scanner", pattern_scanner, 0, NULL }, { "__copy__", pattern_copy, 0, NULL },
    { "__deepcopy__", pattern_copy, 0, NULL }, { "__class_getitem__", class_getitem, METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef pattern_getsets[] = {
    { "pattern", pattern_get_pattern, NULL, NULL }, { "flags", pattern_get_flags, NULL, NULL },
    { "groups", pattern_get_groups, NULL, NULL }, { "groupindex", pattern_get_groupindex, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};
const TypeSpec sre_pattern_spec = {
    .name = "re.Pattern", .base = -1, .basicsize = sizeof(Pattern), .trace = pattern_trace,
    .repr = pattern_repr, .richcompare = pattern_richcompare, .hash = pattern_hash,
    .methods = pattern_methods, .getsets = pattern_getsets,
};

static const MethodDef scanner_methods[] = {
    { "match", scanner_match, 0, NULL }, { "search", scanner_search, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef scanner_getsets[] = { { "pattern", scanner_get_pattern, NULL, NULL }, { NULL, NULL, NULL, NULL } };
const TypeSpec sre_scanner_spec = {
    .name = "_sre.SRE_Scanner", .base = -1, .basicsize = sizeof(Scanner), .trace = scanner_trace,
    .methods = scanner_methods, .getsets = scanner_getsets,
};

/* -- Match ---------------------------------------------------------------------- */

static const int64_t *spans_of(Value m) { return (const int64_t *)((RawBytes *)MAT(m)->spans)->data; }

/* Group index from an int or a name; -1 with IndexError. */
static int64_t group_index(Value m, Value g)
{
    Pattern *p = PAT(MAT(m)->pattern);
    int64_t i = -1;
    if (IS_INT(g)) {
        if (int_as_i64(g, &i) < 0) { exc_clear(); i = -1; }
    } else if (IS_STR(g) || !IS_SMALL(g)) {
        Value v = IS_STR(g) ? dict_get(p->groupindex, g) : 0;
        if (v && IS_SMALL(v)) i = SMALL_VAL(v);
        exc_clear();
    }
    if (i < 0 || i > p->groups) { raise_IndexError("no such group"); return -1; }
    return i;
}

static Value match_group1(Value m, int64_t i, Value dflt)
{
    const int64_t *sp = spans_of(m);
    if (sp[2 * i] < 0) return dflt;
    return slice_of(MAT(m)->string, sp[2 * i], sp[2 * i + 1]);
}

static Value match_group(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs == 0) return match_group1(self, 0, NONE);
    if (nargs == 1) {
        int64_t i = group_index(self, args[0]);
        return i < 0 ? 0 : match_group1(self, i, NONE);
    }
    Value t = tuple_new((int64_t)nargs);
    for (size_t k = 0; k < nargs; k++) {
        int64_t i = group_index(self, args[k]);
        if (i < 0) return 0;
        TUPLE_ITEMS(t)[k] = match_group1(self, i, NONE);
    }
    return t;
}

static Value match_getitem(Value self, Value k)
{
    int64_t i = group_index(self, k);
    return i < 0 ? 0 : match_group1(self, i, NONE);
}

static Value match_groups(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "default", NULL };
    Value a[1];
    if (args_parse("groups", args, nargs, kw, names, 0, a) < 0) return 0;
    int64_t n = PAT(MAT(self)->pattern)->groups;
    Value t = tuple_new(n);
    for (int64_t i = 1; i <= n; i++) TUPLE_ITEMS(t)[i - 1] = match_group1(self, i, a[0] ? a[0] : NONE);
    return t;
}

static Value match_groupdict(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "default", NULL };
    Value a[1];
    if (args_parse("groupdict", args, nargs, kw, names, 0, a) < 0) return 0;
    Value d = dict_new(), k, v;
    int64_t pos = 0;
    Value gi = PAT(MAT(self)->pattern)->groupindex;
    while (dict_next(gi, &pos, &k, &v))
        if (dict_set(d, k, match_group1(self, SMALL_VAL(v), a[0] ? a[0] : NONE)) < 0) return 0;
    return d;
}

static int64_t span_arg(Value self, const Value *args, size_t nargs, const char *fname)
{
    if (args_count(fname, nargs, 0, 1) < 0) return -1;
    return nargs ? group_index(self, args[0]) : 0;
}

static Value match_start(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t i = span_arg(self, args, nargs, "start");
    return i < 0 ? 0 : int_from_i64(spans_of(self)[2 * i]);
}

static Value match_end(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t i = span_arg(self, args, nargs, "end");
    return i < 0 ? 0 : int_from_i64(spans_of(self)[2 * i + 1]);
}

static Value match_span(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t i = span_arg(self, args, nargs, "span");
    if (i < 0) return 0;
    return tuple_pack(2, int_from_i64(spans_of(self)[2 * i]), int_from_i64(spans_of(self)[2 * i + 1]));
}

static Value match_expand(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("expand", nargs, 1, 1) < 0) return 0;
    Value re = import_module(str_from_cstr("re"));
    if (!re) return 0;
    Value f = obj_getattr_cstr(re, "_expand");
    if (!f) return 0;
    Value a[3] = { MAT(self)->pattern, self, args[0] };
    return obj_call(f, a, 3, 0);
}

static Value match_repr(Value self)
{
    Value g0 = match_group1(self, 0, NONE);
    if (!g0) return 0;
    const int64_t *sp = spans_of(self);
    return str_fmt("<re.Match object; span=(%lld, %lld), match=%R>", (long long)sp[0], (long long)sp[1], g0);
}

static Value match_get_string(Value self) { return MAT(self)->string; }
static Value match_get_re(Value self) { return MAT(self)->pattern; }
static Value match_get_pos(Value self) { return int_from_i64(MAT(self)->pos); }
static Value match_get_endpos(Value self) { return int_from_i64(MAT(self)->endpos); }
static Value match_get_lastindex(Value self)
{
    return MAT(self)->lastindex >= 0 ? int_from_i64(MAT(self)->lastindex) : NONE;
}
static Value match_get_lastgroup(Value self)
{
    Pattern *p = PAT(MAT(self)->pattern);
    int64_t li = MAT(self)->lastindex;
    if (li < 0 || !IS_TUPLE(p->indexgroup) || li >= TUPLE_SIZE(p->indexgroup)) return NONE;
    return TUPLE_ITEMS(p->indexgroup)[li];
}
static Value match_get_regs(Value self)
{
    int64_t n = PAT(MAT(self)->pattern)->groups;
    const int64_t *sp = spans_of(self);
    Value t = tuple_new(n + 1);
    for (int64_t i = 0; i <= n; i++)
        TUPLE_ITEMS(t)[i] = tuple_pack(2, int_from_i64(sp[2 * i]), int_from_i64(sp[2 * i + 1]));
    return t;
}
static int match_bool(Value self) { return 1; }

static const MethodDef match_methods[] = {
    { "group", match_group, 0, NULL }, { "groups", match_groups, 0, NULL },
    { "groupdict", match_groupdict, 0, NULL }, { "start", match_start, 0, NULL },
    { "end", match_end, 0, NULL }, { "span", match_span, 0, NULL },
    { "expand", match_expand, 0, NULL }, { "__copy__", pattern_copy, 0, NULL },
    { "__deepcopy__", pattern_copy, 0, NULL }, { "__class_getitem__", class_getitem, METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef match_getsets[] = {
    { "string", match_get_string, NULL, NULL }, { "re", match_get_re, NULL, NULL },
    { "pos", match_get_pos, NULL, NULL }, { "endpos", match_get_endpos, NULL, NULL },
    { "lastindex", match_get_lastindex, NULL, NULL }, { "lastgroup", match_get_lastgroup, NULL, NULL },
    { "regs", match_get_regs, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};
const TypeSpec sre_match_spec = {
    .name = "re.Match", .base = -1, .basicsize = sizeof(Match), .trace = match_trace,
    .repr = match_repr, .getitem = match_getitem, .nb_bool = match_bool,
    .methods = match_methods, .getsets = match_getsets,
};

/* -- module ------------------------------------------------------------------------ */

static Value sre_compile(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "pattern", "flags", "code", "groups", "groupindex", "indexgroup", NULL };
    Value a[6];
    if (args_parse("compile", args, nargs, kw, names, 6, a) < 0) return 0;
    Value code = list_from_iter(a[2]);
    if (!code) return 0;
    int64_t n = LIST_SIZE(code);
    RawBytes *rb = raw_bytes_new((n ? n : 1) * (int64_t)sizeof(code_t));
    code_t *c = (code_t *)rb->data;
    for (int64_t i = 0; i < n; i++) {
        int64_t v;
        if (int_as_i64(LIST_ITEMS(code)[i], &v) < 0) return 0;
        if (v < 0 || v > 0xffffffffLL) return raise_OverflowError("regular expression code size limit exceeded");
        c[i] = (code_t)v;
    }
    Pattern *p = (Pattern *)gc_alloc(T(sre_pattern), sizeof(Pattern));
    STORE(p, pattern, a[0]);
    int64_t flags, groups;
    if (int_as_i64(a[1], &flags) < 0 || int_as_i64(a[3], &groups) < 0) return 0;
    p->flags = flags;
    STORE(p, code, OBJ_VAL(rb));
    p->codesize = n;
    p->groups = groups;
    STORE(p, groupindex, IS_DICT(a[4]) ? a[4] : dict_new());
    STORE(p, indexgroup, a[5]);
    p->is_bytes = a[0] != NONE && !IS_STR(a[0]);
    const code_t *fi = n ? first_item(c) : NULL;
    if (fi && fi[0] == OP_IN) {
        p->has_fmap = true;
        for (uint32_t ch = 0; ch < 256; ch++) {
            int r = in_charset(fi + 2, ch);
            if (r < 0) p->has_fmap = false;
            if (r == 1) p->fmap[ch >> 5] |= 1u << (ch & 31);
        }
    }
    return OBJ_VAL(p);
}

static Value sre_getcodesize(Value self, const Value *a, size_t n, Value kw) { return MKSMALL(sizeof(code_t)); }

static int64_t char_arg(const Value *args, size_t nargs, const char *fname)
{
    int64_t c;
    if (args_count(fname, nargs, 1, 1) < 0 || int_as_i64(args[0], &c) < 0) return -1;
    return c;
}

static Value sre_ascii_iscased(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t c = char_arg(args, nargs, "ascii_iscased");
    if (c < 0 && exc_pending()) return 0;
    return BOOL_V(c < 128 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')));
}

static Value sre_unicode_iscased(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t c = char_arg(args, nargs, "unicode_iscased");
    if (c < 0 && exc_pending()) return 0;
    return BOOL_V(c != lower_uni((uint32_t)c) || c != upper_uni((uint32_t)c));
}

static Value sre_ascii_tolower(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t c = char_arg(args, nargs, "ascii_tolower");
    if (c < 0 && exc_pending()) return 0;
    return MKSMALL(lower_ascii((uint32_t)c));
}

static Value sre_unicode_tolower(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t c = char_arg(args, nargs, "unicode_tolower");
    if (c < 0 && exc_pending()) return 0;
    return MKSMALL(lower_uni((uint32_t)c));
}

static const MethodDef sre_methods[] = {
    { "compile", sre_compile, 0, NULL }, { "getcodesize", sre_getcodesize, 0, NULL },
    { "ascii_iscased", sre_ascii_iscased, 0, NULL }, { "unicode_iscased", sre_unicode_iscased, 0, NULL },
    { "ascii_tolower", sre_ascii_tolower, 0, NULL }, { "unicode_tolower", sre_unicode_tolower, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static int sre_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (dict_set_cstr(d, "MAGIC", MKSMALL(SRE_MAGIC)) < 0 || dict_set_cstr(d, "CODESIZE", MKSMALL(4)) < 0 ||
        dict_set_cstr(d, "MAXREPEAT", int_from_u64(MAXREPEAT)) < 0 ||
        dict_set_cstr(d, "MAXGROUPS", MKSMALL(MAXGROUPS)) < 0 ||
        dict_set_cstr(d, "copyright", str_from_cstr("kiln regular expression engine")) < 0)
        return -1;
    return 0;
}

const ModuleDef _sre_module = { "_sre", NULL, sre_methods, sre_exec };
