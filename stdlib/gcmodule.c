/* kiln: the gc module.  kiln's collector is a non-moving mark-sweep over the
 * whole heap (no generations, no reference counts), so this is CPython's
 * interface over it: collect() runs a full collection; enable()/disable()
 * only record the flag (allocation must stay able to reclaim memory). */
#include "core.h"

static Value gstate(void)
{
    Value d = kiln_state_dict();
    Value s = dict_get_cstr(d, "gc");
    if (!s) {
        s = dict_new();
        if (dict_set_cstr(d, "gc", s) < 0 || dict_set_cstr(s, "enabled", TRUE_V) < 0 ||
            dict_set_cstr(s, "threshold", tuple_pack(3, MKSMALL(700), MKSMALL(10), MKSMALL(10))) < 0 ||
            dict_set_cstr(s, "debug", MKSMALL(0)) < 0 || dict_set_cstr(s, "collections", MKSMALL(0)) < 0)
            return 0;
    }
    return s;
}

static Value gget(const char *k) { Value s = gstate(); return s ? dict_get_cstr(s, k) : 0; }
static Value gset(const char *k, Value v) { Value s = gstate(); return s && dict_set_cstr(s, k, v) == 0 ? NONE : 0; }

static Value module_list(Value m, const char *name)
{
    Value v = dict_get_cstr(AS(Module, m)->dict, name);
    return v && IS_LIST(v) ? v : 0;
}

static int run_callbacks(Value m, const char *phase, int64_t gen)
{
    Value cbs = module_list(m, "callbacks");
    if (!cbs || LIST_SIZE(cbs) == 0) return 0;
    Value info = dict_new();
    if (dict_set_cstr(info, "generation", MKSMALL(gen)) < 0 || dict_set_cstr(info, "collected", MKSMALL(0)) < 0 ||
        dict_set_cstr(info, "uncollectable", MKSMALL(0)) < 0) return -1;
    Value l = list_from_iter(cbs);
    if (!l) return -1;
    for (int64_t i = 0; i < LIST_SIZE(l); i++) {
        Value cb = LIST_ITEMS(l)[i];
        if (!obj_call2(cb, str_from_cstr(phase), info)) {
            Value exc = exc_fetch();
            fprintf(stderr, "Exception ignored in garbage collector callback: ");
            Value r = obj_repr(cb);
            if (r) fprintf(stderr, "%s\n", STR_DATA(r)); else { exc_clear(); fprintf(stderr, "<object>\n"); }
            exc_print(exc, stderr);
        }
    }
    return 0;
}

static Value g_collect(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "generation", NULL };
    Value a[1];
    int64_t gen = 2;
    if (args_parse("collect", args, nargs, kw, names, 0, a) < 0) return 0;
    if (a[0] && obj_as_ssize(a[0], &gen, E(OverflowError)) < 0) return 0;
    if (gen < 0 || gen > 2) return raise_ValueError("invalid generation");
    if (run_callbacks(self, "start", gen) < 0) return 0;
    vm_clear_dead_stack(args, nargs + (kw ? (size_t)TUPLE_SIZE(kw) : 0));
    gc_collect();
    if (del_run_pending() < 0) return 0;      /* finalizers of what the collection found */
    Value n = gget("collections");
    gset("collections", int_add(n ? n : MKSMALL(0), MKSMALL(1)));
    if (run_callbacks(self, "stop", gen) < 0) return 0;
    return MKSMALL(0);
}

static Value g_enable(Value self, const Value *args, size_t nargs, Value kw) { return gset("enabled", TRUE_V); }
static Value g_disable(Value self, const Value *args, size_t nargs, Value kw) { return gset("enabled", FALSE_V); }
static Value g_isenabled(Value self, const Value *args, size_t nargs, Value kw) { Value v = gget("enabled"); return v ? v : TRUE_V; }

static Value g_get_count(Value self, const Value *args, size_t nargs, Value kw)
{
    return tuple_pack(3, MKSMALL(0), MKSMALL(0), MKSMALL(0));
}

static Value g_get_threshold(Value self, const Value *args, size_t nargs, Value kw) { return gget("threshold"); }

static Value g_set_threshold(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("set_threshold", kw) < 0 || args_count("set_threshold", nargs, 1, 3) < 0) return 0;
    Value old = gget("threshold");
    Value v[3];
    for (int i = 0; i < 3; i++) {
        int64_t x;
        if ((size_t)i < nargs) {
            if (obj_as_ssize(args[i], &x, E(OverflowError)) < 0) return 0;
            v[i] = MKSMALL(x);
        } else {
            v[i] = TUPLE_ITEMS(old)[i];
        }
    }
    return gset("threshold", tuple_from(v, 3));
}

static Value g_get_debug(Value self, const Value *args, size_t nargs, Value kw) { return gget("debug"); }

static Value g_set_debug(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t x;
    if (args_count("set_debug", nargs, 1, 1) < 0 || obj_as_ssize(args[0], &x, E(OverflowError)) < 0) return 0;
    return gset("debug", MKSMALL(x));
}

static Value g_get_objects(Value self, const Value *args, size_t nargs, Value kw) { return list_new(0); }
static Value g_get_referrers(Value self, const Value *args, size_t nargs, Value kw) { return list_new(0); }

/* What tp_traverse would visit for the common containers. */
static Value g_get_referents(Value self, const Value *args, size_t nargs, Value kw)
{
    Value out = list_new(0);
    for (size_t i = 0; i < nargs; i++) {
        Value o = args[i];
        if (IS_TUPLE(o) || IS_LIST(o)) {
            if (list_extend(out, o) < 0) return 0;
        } else if (IS_DICT(o)) {
            int64_t pos = 0; Value k, v;
            while (dict_next(o, &pos, &k, &v)) { list_append(out, k); list_append(out, v); }
        }
    }
    return out;
}

static bool atomic(Value o)
{
    if (IS_SMALL(o) || o == NONE || IS_BOOL(o)) return true;
    Type *t = TYPE(o);
    return t == T(int) || t == T(float) || t == T(str) || t == T(bytes) || t == T(complex) ||
           t == T(notimplemented) || t == T(ellipsis) || t == T(range);
}

static Value g_is_tracked(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("is_tracked", nargs, 1, 1) < 0) return 0;
    Value o = args[0];
    if (atomic(o)) return FALSE_V;
    if (IS_TYPE(o, tuple)) {
        for (int64_t i = 0; i < TUPLE_SIZE(o); i++)
            if (!atomic(TUPLE_ITEMS(o)[i])) return TRUE_V;
        return FALSE_V;
    }
    if (IS_TYPE(o, dict)) {
        int64_t pos = 0; Value k, v;
        while (dict_next(o, &pos, &k, &v))
            if (!atomic(k) || !atomic(v)) return TRUE_V;
        return FALSE_V;
    }
    return TRUE_V;
}

static Value g_is_finalized(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("is_finalized", nargs, 1, 1) < 0) return 0;
    return FALSE_V;
}

static Value g_get_stats(Value self, const Value *args, size_t nargs, Value kw)
{
    Value l = list_new(0);
    Value n = gget("collections");
    for (int i = 0; i < 3; i++) {
        Value d = dict_new();
        dict_set_cstr(d, "collections", i == 2 && n ? n : MKSMALL(0));
        dict_set_cstr(d, "collected", MKSMALL(0));
        dict_set_cstr(d, "uncollectable", MKSMALL(0));
        list_append(l, d);
    }
    return l;
}

static Value g_freeze(Value self, const Value *args, size_t nargs, Value kw) { return NONE; }
static Value g_unfreeze(Value self, const Value *args, size_t nargs, Value kw) { return NONE; }
static Value g_get_freeze_count(Value self, const Value *args, size_t nargs, Value kw) { return MKSMALL(0); }

static const MethodDef gc_methods[] = {
    { "collect", g_collect, 0, NULL }, { "enable", g_enable, 0, NULL }, { "disable", g_disable, 0, NULL },
    { "isenabled", g_isenabled, 0, NULL }, { "get_count", g_get_count, 0, NULL },
    { "get_threshold", g_get_threshold, 0, NULL }, { "set_threshold", g_set_threshold, 0, NULL },
    { "get_debug", g_get_debug, 0, NULL }, { "set_debug", g_set_debug, 0, NULL },
    { "get_objects", g_get_objects, 0, NULL }, { "get_referrers", g_get_referrers, 0, NULL },
    { "get_referents", g_get_referents, 0, NULL }, { "is_tracked", g_is_tracked, 0, NULL },
    { "is_finalized", g_is_finalized, 0, NULL }, { "get_stats", g_get_stats, 0, NULL },
    { "freeze", g_freeze, 0, NULL }, { "unfreeze", g_unfreeze, 0, NULL },
    { "get_freeze_count", g_get_freeze_count, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static int gc_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (!gstate() || dict_set_cstr(d, "garbage", list_new(0)) < 0 || dict_set_cstr(d, "callbacks", list_new(0)) < 0 ||
        dict_set_cstr(d, "DEBUG_STATS", MKSMALL(1)) < 0 || dict_set_cstr(d, "DEBUG_COLLECTABLE", MKSMALL(2)) < 0 ||
        dict_set_cstr(d, "DEBUG_UNCOLLECTABLE", MKSMALL(4)) < 0 || dict_set_cstr(d, "DEBUG_SAVEALL", MKSMALL(32)) < 0 ||
        dict_set_cstr(d, "DEBUG_LEAK", MKSMALL(38)) < 0)
        return -1;
    return 0;
}

const ModuleDef gc_module = { "gc", "This module provides access to the garbage collector for reference cycles.",
                              gc_methods, gc_exec };
