/* kiln: the _locale module over the C library's locale: setlocale, localeconv,
 * nl_langinfo, strcoll/strxfrm (as wide strings, like CPython) and gettext.
 * The locale is process state of libc, not of the heap: main() sets LC_CTYPE
 * from the environment at start-up, as CPython does.  A process restored from
 * an image sets it on its first use of this module instead (nothing else in
 * kiln depends on LC_CTYPE): loading the locale's tables is a good part of
 * the cost of a restore. */
#define _GNU_SOURCE
#include "core.h"
#include <errno.h>
#include <langinfo.h>
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static Value locale_error(const char *msg)
{
    Value mod = dict_get_cstr(R->modules, "_locale");
    Value err = mod ? dict_get_cstr(AS(Module, mod)->dict, "Error") : 0;
    return raise_fmt(err ? (Type *)err : E(Exception), "%s", msg);
}

/* After a restore: LC_CTYPE from the environment, once (R->locale_pending,
 * set by the restore). */
static void locale_ready(void)
{
    if (!R->locale_pending) return;
    setlocale(LC_CTYPE, "");
    R->locale_pending = 0;
}

static Value wide_to_str(const wchar_t *w, size_t n)
{
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < n; i++) sb_add_cp(&b, (uint32_t)w[i]);
    return sb_finish(&b);
}

/* A C string in the current locale's encoding -> str (CPython's PyUnicode_DecodeLocale). */
static Value decode_locale(const char *s)
{
    size_t n = strlen(s);
    mbstate_t st;
    memset(&st, 0, sizeof st);
    const char *p = s;
    size_t wn = mbsrtowcs(NULL, &p, 0, &st);
    if (wn == (size_t)-1) return str_decode(s, n, "utf-8", "surrogateescape");
    wchar_t *w = malloc((wn + 1) * sizeof *w);
    p = s;
    memset(&st, 0, sizeof st);
    mbsrtowcs(w, &p, wn + 1, &st);
    Value r = wide_to_str(w, wn);
    free(w);
    return r;
}

/* str -> malloc'd NUL-terminated wide string; ValueError on an embedded NUL. */
static wchar_t *to_wide(const char *fname, int argno, Value s)
{
    if (!IS_STR(s)) {
        raise_TypeError("%s() argument %d must be str, not %T", fname, argno, s);
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)STR_DATA(s), *end = p + STR_NBYTES(s);
    wchar_t *w = malloc(((size_t)STR_LEN(s) + 1) * sizeof *w);
    size_t k = 0;
    while (p < end) {
        uint32_t cp;
        p += utf8_decode1(p, end, &cp);
        if (cp == 0) { free(w); raise_ValueError("embedded null character"); return NULL; }
        w[k++] = (wchar_t)cp;
    }
    w[k] = 0;
    return w;
}

/* A str argument for a C function: NULL (and TypeError) if not a str or None
 * where allowed; *out NULL for None. */
static int cstr_arg(const char *fname, int argno, Value v, bool none_ok, const char **out)
{
    if (none_ok && v == NONE) { *out = NULL; return 0; }
    if (!IS_STR(v)) {
        raise_TypeError("%s() argument %d must be str%s, not %T", fname, argno, none_ok ? " or None" : "", v);
        return -1;
    }
    if (memchr(STR_DATA(v), 0, (size_t)STR_NBYTES(v))) { raise_ValueError("embedded null character"); return -1; }
    *out = STR_DATA(v);
    return 0;
}

static int int_arg(Value v, int *out)
{
    if (!IS_INT(v) || IS_FLOAT(v)) { raise_TypeError("'%T' object cannot be interpreted as an integer", v); return -1; }
    int64_t i;
    if (int_as_i64(v, &i) < 0) return -1;
    if (i < INT_MIN || i > INT_MAX) { raise_OverflowError("signed integer is greater than maximum"); return -1; }
    *out = (int)i;
    return 0;
}

static Value l_setlocale(Value self, const Value *args, size_t nargs, Value kw)
{
    locale_ready();
    static const char *const names[] = { "category", "locale", NULL };
    Value a[2] = { 0, 0 };
    int cat;
    const char *loc = NULL;
    if (args_parse("setlocale", args, nargs, kw, names, 1, a) < 0 || int_arg(a[0], &cat) < 0) return 0;
    if (a[1] && cstr_arg("setlocale", 2, a[1], true, &loc) < 0) return 0;
    const char *r = setlocale(cat, loc);
    if (!r) return locale_error(loc ? "unsupported locale setting" : "locale query failed");
    return decode_locale(r);
}

/* CPython's copy_grouping: the bytes up to and including the 0 or CHAR_MAX end. */
static Value grouping_list(const char *s)
{
    Value l = list_new(0);
    if (!s[0]) return l;
    int i = -1;
    do {
        i++;
        list_append(l, MKSMALL((signed char)s[i]));
    } while (s[i] != '\0' && s[i] != CHAR_MAX);
    return l;
}

static Value l_localeconv(Value self, const Value *args, size_t nargs, Value kw)
{
    locale_ready();
    if (args_count("localeconv", nargs, 0, 0) < 0) return 0;
    const struct lconv *lc = localeconv();
    Value d = dict_new();
#define SSET(f) if (dict_set_cstr(d, #f, decode_locale(lc->f)) < 0) return 0;
#define ISET(f) if (dict_set_cstr(d, #f, MKSMALL((signed char)lc->f)) < 0) return 0;
    SSET(int_curr_symbol) SSET(currency_symbol) SSET(mon_decimal_point) SSET(mon_thousands_sep)
    if (dict_set_cstr(d, "mon_grouping", grouping_list(lc->mon_grouping)) < 0) return 0;
    SSET(positive_sign) SSET(negative_sign)
    ISET(int_frac_digits) ISET(frac_digits) ISET(p_cs_precedes) ISET(p_sep_by_space)
    ISET(n_cs_precedes) ISET(n_sep_by_space) ISET(p_sign_posn) ISET(n_sign_posn)
    SSET(decimal_point) SSET(thousands_sep)
    if (dict_set_cstr(d, "grouping", grouping_list(lc->grouping)) < 0) return 0;
#undef SSET
#undef ISET
    return d;
}

#define LANGINFO(X) \
    X(CODESET) X(D_T_FMT) X(D_FMT) X(T_FMT) X(T_FMT_AMPM) X(AM_STR) X(PM_STR) \
    X(DAY_1) X(DAY_2) X(DAY_3) X(DAY_4) X(DAY_5) X(DAY_6) X(DAY_7) \
    X(ABDAY_1) X(ABDAY_2) X(ABDAY_3) X(ABDAY_4) X(ABDAY_5) X(ABDAY_6) X(ABDAY_7) \
    X(MON_1) X(MON_2) X(MON_3) X(MON_4) X(MON_5) X(MON_6) X(MON_7) X(MON_8) X(MON_9) \
    X(MON_10) X(MON_11) X(MON_12) \
    X(ABMON_1) X(ABMON_2) X(ABMON_3) X(ABMON_4) X(ABMON_5) X(ABMON_6) X(ABMON_7) X(ABMON_8) \
    X(ABMON_9) X(ABMON_10) X(ABMON_11) X(ABMON_12) \
    X(RADIXCHAR) X(THOUSEP) X(YESEXPR) X(NOEXPR) X(CRNCYSTR) \
    X(ERA) X(ERA_D_FMT) X(ERA_D_T_FMT) X(ERA_T_FMT) X(ALT_DIGITS) X(_DATE_FMT)

typedef struct LConst { const char *name; int v; } LConst;
#define LI_ENTRY(n) { #n, n },
static const LConst langinfo_consts[] = { LANGINFO(LI_ENTRY) { NULL, 0 } };

static Value l_nl_langinfo(Value self, const Value *args, size_t nargs, Value kw)
{
    locale_ready();
    int key;
    if (args_no_kw("nl_langinfo", kw) < 0 || args_count("nl_langinfo", nargs, 1, 1) < 0 || int_arg(args[0], &key) < 0) return 0;
    for (const LConst *c = langinfo_consts; c->name; c++)
        if (c->v == key) return decode_locale(nl_langinfo((nl_item)key));
    return raise_ValueError("unsupported langinfo constant");
}

static Value l_strcoll(Value self, const Value *args, size_t nargs, Value kw)
{
    locale_ready();
    if (args_no_kw("strcoll", kw) < 0 || args_count("strcoll", nargs, 2, 2) < 0) return 0;
    wchar_t *a = to_wide("strcoll", 1, args[0]);
    if (!a) return 0;
    wchar_t *b = to_wide("strcoll", 2, args[1]);
    if (!b) { free(a); return 0; }
    int r = wcscoll(a, b);
    free(a);
    free(b);
    return MKSMALL(r);
}

static Value l_strxfrm(Value self, const Value *args, size_t nargs, Value kw)
{
    locale_ready();
    if (args_no_kw("strxfrm", kw) < 0 || args_count("strxfrm", nargs, 1, 1) < 0) return 0;
    wchar_t *s = to_wide("strxfrm", 1, args[0]);
    if (!s) return 0;
    size_t n = wcsxfrm(NULL, s, 0);
    wchar_t *out = malloc((n + 1) * sizeof *out);
    wcsxfrm(out, s, n + 1);
    Value r = wide_to_str(out, n);
    free(s);
    free(out);
    return r;
}

static Value l_getencoding(Value self, const Value *args, size_t nargs, Value kw)
{
    locale_ready();
    if (args_count("getencoding", nargs, 0, 0) < 0) return 0;
    const char *e = nl_langinfo(CODESET);
    return str_from_cstr(e && *e ? e : "UTF-8");
}

static Value l_gettext(Value self, const Value *args, size_t nargs, Value kw)
{
    locale_ready();
    const char *msg;
    if (args_no_kw("gettext", kw) < 0 || args_count("gettext", nargs, 1, 1) < 0 ||
        cstr_arg("gettext", 1, args[0], false, &msg) < 0) return 0;
    return decode_locale(gettext(msg));
}

static Value l_dgettext(Value self, const Value *args, size_t nargs, Value kw)
{
    locale_ready();
    const char *dom, *msg;
    if (args_no_kw("dgettext", kw) < 0 || args_count("dgettext", nargs, 2, 2) < 0 ||
        cstr_arg("dgettext", 1, args[0], true, &dom) < 0 || cstr_arg("dgettext", 2, args[1], false, &msg) < 0) return 0;
    return decode_locale(dgettext(dom, msg));
}

static Value l_dcgettext(Value self, const Value *args, size_t nargs, Value kw)
{
    locale_ready();
    const char *dom, *msg;
    int cat;
    if (args_no_kw("dcgettext", kw) < 0 || args_count("dcgettext", nargs, 3, 3) < 0 ||
        cstr_arg("dcgettext", 1, args[0], true, &dom) < 0 || cstr_arg("dcgettext", 2, args[1], false, &msg) < 0 ||
        int_arg(args[2], &cat) < 0) return 0;
    return decode_locale(dcgettext(dom, msg, cat));
}

static Value l_textdomain(Value self, const Value *args, size_t nargs, Value kw)
{
    locale_ready();
    const char *dom;
    if (args_no_kw("textdomain", kw) < 0 || args_count("textdomain", nargs, 1, 1) < 0 ||
        cstr_arg("textdomain", 1, args[0], true, &dom) < 0) return 0;
    const char *r = textdomain(dom);
    if (!r) return raise_errno(E(OSError), errno, 0);
    return decode_locale(r);
}

static Value l_bindtextdomain(Value self, const Value *args, size_t nargs, Value kw)
{
    locale_ready();
    const char *dom, *dir;
    if (args_no_kw("bindtextdomain", kw) < 0 || args_count("bindtextdomain", nargs, 2, 2) < 0 ||
        cstr_arg("bindtextdomain", 1, args[0], false, &dom) < 0) return 0;
    if (!*dom) return raise_ValueError("empty string");
    if (args[1] == NONE) dir = NULL;
    else {
        Value p = args[1];
        if (!IS_STR(p) && !IS_TYPE(p, bytes)) {
            Value f = obj_lookup_special(p, str_intern_cstr("__fspath__"));
            if (!f) return exc_pending() ? 0 : raise_TypeError("expected str, bytes or os.PathLike object, not %T", p);
            if (!(p = obj_call0(f))) return 0;
        }
        if (IS_TYPE(p, bytes)) {
            if (memchr(BYTES_DATA(p), 0, (size_t)BYTES_SIZE(p))) return raise_ValueError("embedded null byte");
            dir = BYTES_DATA(p);
        } else if (cstr_arg("bindtextdomain", 2, p, false, &dir) < 0) return 0;
    }
    const char *r = bindtextdomain(dom, dir);
    if (!r) return raise_errno(E(OSError), errno ? errno : ENOMEM, 0);
    return decode_locale(r);
}

static Value l_bind_textdomain_codeset(Value self, const Value *args, size_t nargs, Value kw)
{
    locale_ready();
    const char *dom, *cs;
    if (args_no_kw("bind_textdomain_codeset", kw) < 0 || args_count("bind_textdomain_codeset", nargs, 2, 2) < 0 ||
        cstr_arg("bind_textdomain_codeset", 1, args[0], false, &dom) < 0 ||
        cstr_arg("bind_textdomain_codeset", 2, args[1], true, &cs) < 0) return 0;
    errno = 0;
    const char *r = bind_textdomain_codeset(dom, cs);
    if (!r) {
        if (errno) return raise_errno(E(OSError), errno, 0);
        return NONE;
    }
    return decode_locale(r);
}

static const MethodDef locale_methods[] = {
    { "setlocale", l_setlocale, 0, "Activates/queries locale processing." },
    { "localeconv", l_localeconv, 0, "Returns numeric and monetary locale-specific parameters." },
    { "nl_langinfo", l_nl_langinfo, 0, "Return the value for the locale information associated with key." },
    { "strcoll", l_strcoll, 0, "Compares two strings according to the locale." },
    { "strxfrm", l_strxfrm, 0, "Return a string that can be used as a key for locale-aware comparisons." },
    { "getencoding", l_getencoding, 0, "Get the current locale encoding." },
    { "gettext", l_gettext, 0, "Return translation of msg." },
    { "dgettext", l_dgettext, 0, "Return translation of msg in domain." },
    { "dcgettext", l_dcgettext, 0, "Return translation of msg in domain and category." },
    { "textdomain", l_textdomain, 0, "Set the C library's textdmain to domain, returning the new domain." },
    { "bindtextdomain", l_bindtextdomain, 0, "Bind the C library's domain to dir." },
    { "bind_textdomain_codeset", l_bind_textdomain_codeset, 0, "Bind the C library's domain to codeset." },
    { NULL, NULL, 0, NULL },
};

static int locale_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    static const LConst cats[] = {
        { "LC_CTYPE", LC_CTYPE }, { "LC_TIME", LC_TIME }, { "LC_COLLATE", LC_COLLATE },
        { "LC_MONETARY", LC_MONETARY }, { "LC_MESSAGES", LC_MESSAGES }, { "LC_NUMERIC", LC_NUMERIC },
        { "LC_ALL", LC_ALL }, { "CHAR_MAX", CHAR_MAX }, { NULL, 0 },
    };
    for (const LConst *c = cats; c->name; c++)
        if (dict_set_cstr(d, c->name, MKSMALL(c->v)) < 0) return -1;
    for (const LConst *c = langinfo_consts; c->name; c++)
        if (dict_set_cstr(d, c->name, MKSMALL(c->v)) < 0) return -1;
    Value ns = dict_new();
    if (!ns || dict_set(ns, S(__module__), str_from_cstr("locale")) < 0) return -1;
    Value err = type_new_class(OBJ_VAL(T(type)), str_from_cstr("Error"), tuple_pack(1, OBJ_VAL(E(Exception))), ns, 0);
    if (!err || dict_set_cstr(d, "Error", err) < 0) return -1;
    return 0;
}

const ModuleDef _locale_module = { "_locale", "Support for POSIX locales.", locale_methods, locale_exec };
