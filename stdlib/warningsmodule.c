/* kiln: the _warnings module, the C half of the warnings machinery as in
 * CPython 3.11.  warn() and warn_explicit() choose an action from the filters
 * and record what was shown in the caller's __warningregistry__; the display
 * goes through warnings._showwarnmsg when the warnings module has been
 * imported, and is written straight to sys.stderr otherwise.
 *
 * State (kiln_state_dict()["warnings"], a 4-list): the filters list, the
 * once-registry dict, the default action str and the filters' version.  The
 * first three are the module's `filters`, `_onceregistry` and
 * `_defaultaction`; as in CPython, whatever the warnings module holds under
 * the public names (catch_warnings rebinds them) replaces them when used. */
#include "core.h"
#include "vm.h"
#include <stdlib.h>
#include <string.h>

enum { W_FILTERS, W_ONCE, W_ACTION, W_VERSION, W_COUNT };

static Value filter5(const char *action, Type *cat, const char *module)
{
    return tuple_pack(5, str_from_cstr(action), NONE, OBJ_VAL(cat),
                      module ? str_from_cstr(module) : NONE, MKSMALL(0));
}

static Value state(void)
{
    Value d = kiln_state_dict();
    Value st = dict_get_cstr(d, "warnings");
    if (st) return st;
    Value filters = list_new(0);
    if (list_append(filters, filter5("default", E(DeprecationWarning), "__main__")) < 0 ||
        list_append(filters, filter5("ignore", E(DeprecationWarning), NULL)) < 0 ||
        list_append(filters, filter5("ignore", E(PendingDeprecationWarning), NULL)) < 0 ||
        list_append(filters, filter5("ignore", E(ImportWarning), NULL)) < 0 ||
        list_append(filters, filter5("ignore", E(ResourceWarning), NULL)) < 0) return 0;
    st = list_new(0);
    if (list_append(st, filters) < 0 || list_append(st, dict_new()) < 0 ||
        list_append(st, str_intern_cstr("default")) < 0 || list_append(st, MKSMALL(0)) < 0 ||
        dict_set_cstr(d, "warnings", st) < 0) return 0;
    return st;
}

#define ST(st, i) (LIST_ITEMS(st)[i])
static void st_set(Value st, int i, Value v) { STORE_AT(AS(List, st)->items, &LIST_ITEMS(st)[i], v); }

/* warnings.<name> when the warnings module is imported (imported first when
 * try_import); 0 without exception when there is none. */
static Value warnings_attr(const char *name, bool try_import)
{
    Value m;
    if (try_import) {
        m = import_module(str_intern_cstr("warnings"));
        if (!m) return 0;
    } else {
        m = dict_get_cstr(R->modules, "warnings");
        if (!m) return 0;
    }
    return obj_lookup_attr(m, str_intern_cstr(name));
}

/* The setting in slot i, refreshed from warnings.<name>; 0 on error. */
static Value setting(Value st, int i, const char *name)
{
    Value v = warnings_attr(name, false);
    if (!v) {
        if (exc_pending()) return 0;
        v = ST(st, i);
    }
    if (i == W_FILTERS && !IS_LIST(v))
        return raise_fmt(E(ValueError), "_warnings.filters must be a list");
    if (i == W_ONCE && !IS_DICT(v))
        return raise_TypeError("_warnings.onceregistry must be a dict, not '%s'", TYPE_NAME(v));
    if (i == W_ACTION && !IS_STR(v))
        return raise_TypeError("_warnings.defaultaction must be a string, not '%s'", TYPE_NAME(v));
    st_set(st, i, v);
    return v;
}

/* A filter's message or module pattern against text: None matches all, an
 * exact str must be equal, anything else is a regex (its match()). */
static int matched(Value pattern, Value text)
{
    if (pattern == NONE) return 1;
    if (IS_TYPE(pattern, str)) {
        if (!IS_STR(text)) {
            raise_TypeError("Can't compare %s and %s", TYPE_NAME(pattern), TYPE_NAME(text));
            return -1;
        }
        return STR_NBYTES(pattern) == STR_NBYTES(text) &&
               memcmp(STR_DATA(pattern), STR_DATA(text), (size_t)STR_NBYTES(pattern)) == 0;
    }
    Value r = obj_call_method(pattern, str_intern_cstr("match"), &text, 1);
    return r ? obj_truthy(r) : -1;
}

/* The action of the first filter matching; *item gets the filter (None for
 * the default action).  0 on error. */
static Value filter_action(Value st, Value category, Value text, int64_t lineno, Value module, Value *item)
{
    Value filters = setting(st, W_FILTERS, "filters");
    if (!filters) return 0;
    for (int64_t i = 0; i < LIST_SIZE(filters); i++) {
        Value f = LIST_ITEMS(filters)[i];
        if (!IS_TUPLE(f) || TUPLE_SIZE(f) != 5)
            return raise_fmt(E(ValueError), "_warnings.filters item %ld isn't a 5-tuple", (long)i);
        Value *x = TUPLE_ITEMS(f);
        int good_msg = matched(x[1], text);
        if (good_msg < 0) return 0;
        int good_mod = matched(x[3], module);
        if (good_mod < 0) return 0;
        int sub = obj_issubclass(category, x[2]);
        if (sub < 0) return 0;
        int64_t ln;
        if (obj_as_ssize(x[4], &ln, E(OverflowError)) < 0) return 0;
        if (good_msg && good_mod && sub && (ln == 0 || ln == lineno)) {
            *item = f;
            return x[0];
        }
    }
    *item = NONE;
    return setting(st, W_ACTION, "defaultaction");
}

/* True (1) when registry already has key under the current filters; else
 * records it when mark.  A registry made under other filters starts again. */
static int already_warned(Value st, Value registry, Value key, bool mark)
{
    Value version = dict_get_cstr(registry, "version");
    if (!version && exc_pending()) return -1;
    if (!version || !IS_SMALL(version) || version != ST(st, W_VERSION)) {
        if (!obj_call_method(registry, str_intern_cstr("clear"), NULL, 0)) return -1;
        if (dict_set_cstr(registry, "version", ST(st, W_VERSION)) < 0) return -1;
    } else {
        Value seen = dict_get(registry, key);
        if (!seen && exc_pending()) return -1;
        if (seen) {
            int t = obj_truthy(seen);
            if (t) return t;
        }
    }
    if (mark && dict_set(registry, key, TRUE_V) < 0) return -1;
    return 0;
}

/* "file:line: Category: text" and the source line, straight to sys.stderr
 * (no warnings module to display it). */
static int show_plain(Value filename, int64_t lineno, Value text, Value category, Value sourceline)
{
    Value err = dict_get_cstr(AS(Module, R->sys)->dict, "stderr");
    if (!err || err == NONE) {
        fprintf(stderr, "lost sys.stderr\n");
        return 0;
    }
    Value name = obj_getattr(category, S(__name__));
    Value t = name ? obj_str(text) : 0;
    Value line = t ? str_fmt("%U:%ld: %U: %U\n", filename, (long)lineno, name, t) : 0;
    if (!line || !obj_call_method(err, S(write), &line, 1)) return -1;
    /* CPython 3.11 displays nothing more for a line found through
     * module_globals' loader; otherwise the file's own line. */
    if (sourceline) return 0;
    char *src = exc_source_line(STR_DATA(filename), lineno);
    if (!src) return 0;
    const char *s = src;
    while (*s == ' ' || *s == '\t' || *s == '\014') s++;
    line = str_fmt("  %s\n", s);
    free(src);
    return line && obj_call_method(err, S(write), &line, 1) ? 0 : -1;
}

static int show(Value category, Value text, Value message, Value filename, int64_t lineno,
                Value sourceline, Value source)
{
    Value fn = warnings_attr("_showwarnmsg", source != 0 && source != NONE);
    if (!fn) {
        if (exc_pending()) return -1;
        return show_plain(filename, lineno, text, category, sourceline);
    }
    if (!obj_is_callable(fn)) {
        raise_TypeError("warnings._showwarnmsg() must be set to a callable");
        return -1;
    }
    Value cls = warnings_attr("WarningMessage", false);
    if (!cls) {
        if (!exc_pending()) raise_fmt(E(RuntimeError), "unable to get warnings.WarningMessage");
        return -1;
    }
    Value a[7] = { message, category, filename, MKSMALL(lineno), NONE, NONE, source ? source : NONE };
    Value msg = obj_call(cls, a, 7, 0);
    return msg && obj_call1(fn, msg) ? 0 : -1;
}

/* The heart of warn_explicit(): 0 when done (shown or not), -1 raised
 * (a warning turned into an error is raised as itself). */
static int warn_explicit(Value category, Value message, Value filename, int64_t lineno,
                         Value module, Value registry, Value sourceline, Value source)
{
    Value st = state();
    if (!st) return -1;
    if (module == NONE) return 0;    /* late in shutdown: the filters are gone */
    if (registry && registry != NONE && !IS_DICT(registry)) {
        raise_TypeError("'registry' must be a dict or None");
        return -1;
    }
    if (!module) {
        int64_t n = STR_NBYTES(filename);
        if (n == 0) module = str_from_cstr("<unknown>");
        else if (n >= 3 && memcmp(STR_DATA(filename) + n - 3, ".py", 3) == 0)
            module = str_new(STR_DATA(filename), (size_t)n - 3);
        else module = filename;
    }
    Value text;
    int is_warning = obj_isinstance(message, OBJ_VAL(E(Warning)));
    if (is_warning < 0) return -1;
    if (is_warning) {
        text = obj_str(message);
        if (!text) return -1;
        category = OBJ_VAL(TYPE(message));
    } else {
        text = message;
        message = obj_call1(category, message);
        if (!message) return -1;
    }
    Value key = tuple_pack(3, text, category, MKSMALL(lineno));
    bool have_registry = registry && registry != NONE;
    if (have_registry) {
        int r = already_warned(st, registry, key, false);
        if (r) return r < 0 ? -1 : 0;
    }
    Value item = NONE;
    Value action = filter_action(st, category, text, lineno, module, &item);
    if (!action) return -1;
    if (str_eq_cstr(action, "error")) {
        raise_value(message);
        return -1;
    }
    if (str_eq_cstr(action, "ignore")) return 0;
    if (!str_eq_cstr(action, "always")) {
        if (have_registry && dict_set(registry, key, TRUE_V) < 0) return -1;
        int rc = 0;
        if (str_eq_cstr(action, "once")) {
            if (!have_registry) {
                registry = setting(st, W_ONCE, "onceregistry");
                if (!registry) return -1;
            }
            rc = already_warned(st, registry, tuple_pack(2, text, category), true);
        } else if (str_eq_cstr(action, "module")) {
            if (have_registry) rc = already_warned(st, registry, tuple_pack(2, text, category), true);
        } else if (!str_eq_cstr(action, "default")) {
            raise_fmt(E(RuntimeError), "Unrecognized action (%R) in warnings.filters:\n %R", action, item);
            return -1;
        }
        if (rc) return rc < 0 ? -1 : 0;
    }
    return show(category, text, message, filename, lineno, sourceline, source);
}

static bool is_internal_frame(Value frame)
{
    if (!frame || frame == NONE) return false;
    Value fn = ((Code *)AS(FrameObject, frame)->code)->filename;
    if (!IS_STR(fn)) return false;
    const char *s = STR_DATA(fn);
    return strstr(s, "importlib") && strstr(s, "_bootstrap");
}

static Value frame_back(Value frame)
{
    Value b = obj_getattr(frame, str_intern_cstr("f_back"));
    return b == NONE ? 0 : b;
}

/* The caller's context `stacklevel` frames up, as CPython's setup_context():
 * frames of importlib's bootstrap are skipped unless the warning comes from
 * one.  Sets *globals, *filename, *lineno; -1 on error. */
static int setup_context(int64_t stacklevel, Value *globals, Value *filename, int64_t *lineno)
{
    Value f = vm_getframe(0);
    if (!f) {
        exc_clear();
        f = 0;
    }
    if (stacklevel <= 0 || is_internal_frame(f)) {
        while (--stacklevel > 0 && f) f = frame_back(f);
    } else {
        while (--stacklevel > 0 && f) {
            do f = frame_back(f); while (f && is_internal_frame(f));
        }
    }
    if (exc_pending()) return -1;
    if (!f) {
        *globals = AS(Module, R->sys)->dict;
        *filename = str_intern_cstr("sys");
        *lineno = 1;
        return 0;
    }
    *globals = AS(FrameObject, f)->globals;
    *filename = ((Code *)AS(FrameObject, f)->code)->filename;
    Value ln = obj_getattr(f, str_intern_cstr("f_lineno"));
    if (!ln) return -1;
    *lineno = IS_SMALL(ln) ? SMALL_VAL(ln) : 0;
    return 0;
}

/* warnings.warn(message, category, stacklevel, source) as C code calls it. */
int warnings_warn(Value message, Value category, int64_t stacklevel, Value source)
{
    int is_warning = obj_isinstance(message, OBJ_VAL(E(Warning)));
    if (is_warning < 0) return -1;
    if (is_warning) category = OBJ_VAL(TYPE(message));
    else if (!category || category == NONE) category = OBJ_VAL(E(UserWarning));
    if (!IS_TYPEOBJ(category) || !type_is_subtype(AS(Type, category), E(Warning))) {
        raise_TypeError("category must be a Warning subclass, not '%s'", TYPE_NAME(category));
        return -1;
    }
    Value globals, filename;
    int64_t lineno;
    if (setup_context(stacklevel, &globals, &filename, &lineno) < 0) return -1;
    Value registry = dict_get_cstr(globals, "__warningregistry__");
    if (!registry) {
        if (exc_pending()) return -1;
        registry = dict_new();
        if (dict_set_cstr(globals, "__warningregistry__", registry) < 0) return -1;
    }
    Value module = dict_get_str(globals, S(__name__));
    if (!module && exc_pending()) return -1;
    if (!module || (module != NONE && !IS_STR(module))) module = str_intern_cstr("<string>");
    return warn_explicit(category, message, filename, lineno, module, registry, 0, source);
}

int warnings_warn_explicit(Type *category, Value message, Value filename, int64_t lineno)
{
    return warn_explicit(OBJ_VAL(category), message, filename, lineno, 0, 0, 0, 0);
}

static Value w_warn(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "message", "category", "stacklevel", "source", NULL };
    Value a[4] = { 0 };
    if (args_parse("warn", args, nargs, kw, names, 1, a) < 0) return 0;
    int64_t level = 1;
    if (a[2] && obj_as_ssize(a[2], &level, E(OverflowError)) < 0) return 0;
    return warnings_warn(a[0], a[1], level, a[3]) < 0 ? 0 : NONE;
}

/* The source line `lineno` from module_globals' loader (get_source), or 0
 * (with an exception when one was raised). */
static Value loader_source_line(Value globals, int64_t lineno)
{
    Value loader = dict_get_cstr(globals, "__loader__");
    if (!loader) return 0;
    Value name = dict_get_str(globals, S(__name__));
    if (!name) return 0;
    Value get = obj_lookup_attr(loader, str_intern_cstr("get_source"));
    if (!get) return 0;
    Value src = obj_call1(get, name);
    if (!src || src == NONE) return 0;
    if (!IS_STR(src)) {     /* str.splitlines itself, not an override (PyUnicode_Splitlines) */
        raise_TypeError("bad argument type for built-in operation");
        return 0;
    }
    Value split = obj_getattr(OBJ_VAL(T(str)), str_intern_cstr("splitlines"));
    Value lines = split ? obj_call1(split, src) : 0;
    if (!lines) return 0;
    if (!IS_LIST(lines) || lineno < 1 || lineno > LIST_SIZE(lines)) {
        raise_fmt(E(IndexError), "list index out of range");
        return 0;
    }
    return LIST_ITEMS(lines)[lineno - 1];
}

static Value w_warn_explicit(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "message", "category", "filename", "lineno", "module",
                                         "registry", "module_globals", "source", NULL };
    Value a[8] = { 0 };
    if (args_parse("warn_explicit", args, nargs, kw, names, 4, a) < 0) return 0;
    if (!IS_STR(a[2]))
        return raise_TypeError("warn_explicit() argument 3 must be str, not %A", a[2]);
    int64_t lineno;
    if (obj_as_ssize(a[3], &lineno, E(OverflowError)) < 0) return 0;
    Value sourceline = 0;
    if (a[6] && a[6] != NONE) {
        if (!IS_DICT(a[6]))
            return raise_TypeError("module_globals must be a dict, not '%s'", TYPE_NAME(a[6]));
        sourceline = loader_source_line(a[6], lineno);
        if (!sourceline && exc_pending()) return 0;
    }
    return warn_explicit(a[1], a[0], a[2], lineno, a[4], a[5], sourceline, a[7]) < 0 ? 0 : NONE;
}

static Value w_filters_mutated(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("_filters_mutated", nargs, 0, 0) < 0 || args_no_kw("_filters_mutated", kw) < 0) return 0;
    Value st = state();
    if (!st) return 0;
    st_set(st, W_VERSION, MKSMALL(SMALL_VAL(ST(st, W_VERSION)) + 1));
    return NONE;
}

static int warnings_exec(Value m)
{
    Value st = state();
    if (!st) return -1;
    Value d = AS(Module, m)->dict;
    return dict_set_cstr(d, "filters", ST(st, W_FILTERS)) < 0 ||
           dict_set_cstr(d, "_onceregistry", ST(st, W_ONCE)) < 0 ||
           dict_set_cstr(d, "_defaultaction", ST(st, W_ACTION)) < 0 ? -1 : 0;
}

static const MethodDef warnings_methods[] = {
    { "warn", w_warn, 0, "Issue a warning, or maybe ignore it or raise an exception." },
    { "warn_explicit", w_warn_explicit, 0, "Low-level interface to warnings functionality." },
    { "_filters_mutated", w_filters_mutated, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const ModuleDef _warnings_module = {
    "_warnings",
    "_warnings provides basic warning filtering support.\n"
    "It is a helper module to speed up interpreter start-up.",
    warnings_methods, warnings_exec,
};
