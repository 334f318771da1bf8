/* kiln: the `kiln` module — what a program says to the image machinery:
 * its restore entry point and its before-snapshot / after-restore hooks
 * (the same idea as AWS SnapStart's Python runtime hooks). */
#include "core.h"
#include <string.h>

extern char **environ;

static Value state_list(const char *key)
{
    Value d = kiln_state_dict();
    Value l = dict_get_cstr(d, key);
    if (!l) {
        l = list_new(0);
        if (dict_set_cstr(d, key, l) < 0) return 0;
    }
    return l;
}

static Value register_hook(const char *fname, const char *key, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw(fname, kw) < 0 || args_count(fname, nargs, 1, 1) < 0) return 0;
    if (!obj_is_callable(args[0])) return raise_TypeError("%s() argument must be callable, not '%T'", fname, args[0]);
    Value l = state_list(key);
    if (!l || list_append(l, args[0]) < 0) return 0;
    return args[0];     /* usable as a decorator */
}

static Value k_register_before_snapshot(Value self, const Value *args, size_t nargs, Value kw)
{
    return register_hook("register_before_snapshot", "before_snapshot", args, nargs, kw);
}

static Value k_register_after_restore(Value self, const Value *args, size_t nargs, Value kw)
{
    return register_hook("register_after_restore", "after_restore", args, nargs, kw);
}

static Value k_set_main(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("set_main", kw) < 0 || args_count("set_main", nargs, 1, 1) < 0) return 0;
    if (!obj_is_callable(args[0])) return raise_TypeError("set_main() argument must be callable, not '%T'", args[0]);
    if (dict_set_cstr(kiln_state_dict(), "main", args[0]) < 0) return 0;
    return args[0];
}

static Value k_is_baking(Value self, const Value *args, size_t nargs, Value kw)
{
    Value v = dict_get_cstr(kiln_state_dict(), "baking");
    return v ? v : FALSE_V;
}

static Value k_is_restored(Value self, const Value *args, size_t nargs, Value kw)
{
    Value v = dict_get_cstr(kiln_state_dict(), "restored");
    return v ? v : FALSE_V;
}

/* os.environ after a restore: the new process's environment, not the baker's. */
static Value k_refresh_environ(Value self, const Value *args, size_t nargs, Value kw)
{
    Value os = dict_get_cstr(R->modules, "os");
    if (!os) return NONE;
    Value env = obj_getattr_cstr(os, "environ");
    if (!env) return 0;
    Value data = obj_getattr_cstr(env, "_data");
    if (!data) return 0;
    /* Usually the environment is the one of the bake, or close to it: write
       only the entries that changed, so the dict's pages stay shared with
       the image; then delete those that went away. */
    int64_t n = 0;
    for (char **e = environ; *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        size_t vlen = strlen(eq + 1);
        Value k = bytes_new(*e, (size_t)(eq - *e));
        Value old = IS_DICT(data) ? dict_get(data, k) : 0;
        n++;
        if (old && IS_TYPE(old, bytes) && BYTES_SIZE(old) == (int64_t)vlen && !memcmp(BYTES_DATA(old), eq + 1, vlen))
            continue;
        exc_clear();
        if (obj_setitem(data, k, bytes_new(eq + 1, vlen)) < 0) return 0;
    }
    if (!IS_DICT(data) || dict_size(data) == n) return NONE;
    Value keys = dict_keys_list(data);
    if (!keys) return 0;
    for (int64_t i = 0; i < LIST_SIZE(keys); i++) {
        Value k = LIST_ITEMS(keys)[i];
        bool there = false;
        if (IS_TYPE(k, bytes))
            for (char **e = environ; *e && !there; e++)
                there = !strncmp(*e, BYTES_DATA(k), (size_t)BYTES_SIZE(k)) && (*e)[BYTES_SIZE(k)] == '=' &&
                        memchr(BYTES_DATA(k), 0, (size_t)BYTES_SIZE(k)) == NULL;
        if (!there && dict_del(data, k) < 0) return 0;
    }
    return NONE;
}

/* importlib's SourceFileLoader.get_code (stdlib/lib/importlib): the import statement's cache */
static Value k_source_code(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("_source_code", kw) < 0 || args_count("_source_code", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("expected str, got %T", args[0]);
    return import_source_code(STR_DATA(args[0]));
}

/* _import_lock_enter(name) -> token; _import_lock_exit(name, token): the import
 * statement's per-module locks, for importlib's loads (stdlib/lib/importlib). */
static Value k_import_lock_enter(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("_import_lock_enter", kw) < 0 || args_count("_import_lock_enter", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("module name must be str, not %T", args[0]);
    return import_lock_enter(args[0]);
}

static Value k_import_lock_exit(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("_import_lock_exit", kw) < 0 || args_count("_import_lock_exit", nargs, 2, 2) < 0) return 0;
    import_lock_exit(args[0], args[1]);
    return NONE;
}

static const MethodDef kiln_methods[] = {
    { "register_before_snapshot", k_register_before_snapshot, 0,
      "Call fn() just before the heap is written to an image (last registered runs first)." },
    { "register_after_restore", k_register_after_restore, 0,
      "Call fn() in every process restored from an image, before its main function." },
    { "set_main", k_set_main, 0, "Make fn() the function a restored image runs." },
    { "is_baking", k_is_baking, 0, "True while `kiln bake` runs the program." },
    { "is_restored", k_is_restored, 0, "True in a process restored from an image." },
    { "_refresh_environ", k_refresh_environ, 0, NULL },
    { "_source_code", k_source_code, 0, NULL },
    { "_import_lock_enter", k_import_lock_enter, 0, NULL }, { "_import_lock_exit", k_import_lock_exit, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const ModuleDef kiln_module = { "kiln", "kiln's image hooks: bake a warmed-up program, restore it fast.",
                                kiln_methods, NULL };
