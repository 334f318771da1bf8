/* kiln: the `kiln` module — what a program says to the image machinery:
 * its restore entry point and its before-snapshot / after-restore hooks
 * (the same idea as AWS SnapStart's Python runtime hooks). */
#define _GNU_SOURCE   /* memmem */
#include "core.h"
#include <stdlib.h>
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
    return BOOL_V(R->restored);
}

/* Is entry ("key=value", NUL included) one of baked's ("key=value\0"...)?
 * *at: where the next entry is expected (the environment's order is
 * usually the bake's); moved past the entry found. */
static bool baked_has(const char *b, size_t bn, size_t *at, const char *entry)
{
    size_t len = strlen(entry) + 1;
    if (*at + len <= bn && !memcmp(b + *at, entry, len)) {
        *at += len;
        return true;
    }
    for (const char *p = b; (p = memmem(p, bn - (size_t)(p - b), entry, len)) != NULL; p++)
        if (p == b || p[-1] == 0) {
            *at = (size_t)(p - b) + len;
            return true;
        }
    return false;
}

/* Is key (n bytes) the key of one of the environment's entries? */
static bool in_environ(const char *key, size_t n)
{
    if (memchr(key, 0, n)) return false;
    for (char **e = environ; *e; e++)
        if (!strncmp(*e, key, n) && (*e)[n] == '=') return true;
    return false;
}

/* os.environ after a restore: the new process's environment, not the
 * baker's.  Usually the environment is the one of the bake, or close to it:
 * write only the entries that changed, so the dict's pages stay shared with
 * the image; then delete those that went away.  baked (or 0): data's entries
 * when the image was written (kiln_environ_before_snapshot): an entry of the
 * environment found there is in data, unless its key was written since, and
 * needs no look-up; data's keys are those and the ones written. */
static int refresh_environ(Value data, Value baked)
{
    const char *b = baked ? BYTES_DATA(baked) : NULL;
    size_t bn = baked ? (size_t)BYTES_SIZE(baked) : 0, at = 0;
    const char *written[8];     /* keys written (with a baked list), up to '=' */
    int nwritten = 0;
    int64_t n = 0;
    for (char **e = environ; *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        n++;
        size_t klen = (size_t)(eq - *e), vlen = strlen(eq + 1);
        bool rewritten = false;
        for (int w = 0; w < nwritten && !rewritten; w++)
            rewritten = !strncmp(written[w], *e, klen + 1);
        if (b && !rewritten && baked_has(b, bn, &at, *e)) continue;
        Value k = bytes_new(*e, klen);
        Value old = IS_DICT(data) ? dict_get(data, k) : 0;
        if (old && IS_TYPE(old, bytes) && BYTES_SIZE(old) == (int64_t)vlen && !memcmp(BYTES_DATA(old), eq + 1, vlen))
            continue;
        exc_clear();
        if (nwritten < 8) written[nwritten++] = *e;
        else b = NULL;
        if (obj_setitem(data, k, bytes_new(eq + 1, vlen)) < 0) return -1;
    }
    if (!IS_DICT(data) || dict_size(data) == n) return 0;
    if (b) {
        for (const char *p = b; p < b + bn; p += strlen(p) + 1) {
            size_t klen = (size_t)(strchr(p, '=') - p);
            if (!in_environ(p, klen) && dict_del(data, bytes_new(p, klen)) < 0) return -1;
        }
        return 0;
    }
    Value keys = dict_keys_list(data);
    if (!keys) return -1;
    for (int64_t i = 0; i < LIST_SIZE(keys); i++) {
        Value k = LIST_ITEMS(keys)[i];
        if (!(IS_TYPE(k, bytes) && in_environ(BYTES_DATA(k), (size_t)BYTES_SIZE(k))) && dict_del(data, k) < 0)
            return -1;
    }
    return 0;
}

/* os.environ._data, 0 with an exception if it is missing. */
static Value environ_data(Value os)
{
    Value env = obj_getattr_cstr(os, "environ");
    return env ? obj_getattr_cstr(env, "_data") : 0;
}

static Value k_refresh_environ(Value self, const Value *args, size_t nargs, Value kw)
{
    Value os = dict_get_cstr(R->modules, "os"), data = os ? environ_data(os) : 0;
    if (!os) return NONE;
    return data && refresh_environ(data, 0) == 0 ? NONE : 0;
}

/* Just before an image is written: os.environ's data and its entries as
 * "key=value\0"... (only if all are bytes without '=' or NUL in a key), for
 * kiln_refresh_environ. */
void kiln_environ_before_snapshot(void)
{
    Value os = dict_get_cstr(R->modules, "os"), data = os ? environ_data(os) : 0;
    exc_clear();
    if (!data || !IS_TYPE(data, dict)) return;
    size_t n = 0, cap = 4096;
    char *buf = malloc(cap);
    int64_t pos = 0;
    Value k, v;
    while (dict_next(data, &pos, &k, &v)) {
        if (!IS_TYPE(k, bytes) || !IS_TYPE(v, bytes)) goto out;
        size_t kn = (size_t)BYTES_SIZE(k), vn = (size_t)BYTES_SIZE(v);
        if (!kn || memchr(BYTES_DATA(k), '=', kn) || memchr(BYTES_DATA(k), 0, kn) || memchr(BYTES_DATA(v), 0, vn))
            goto out;
        while (n + kn + vn + 2 > cap) buf = realloc(buf, cap *= 2);
        memcpy(buf + n, BYTES_DATA(k), kn);
        buf[n + kn] = '=';
        memcpy(buf + n + kn + 1, BYTES_DATA(v), vn);
        buf[n + kn + vn + 1] = 0;
        n += kn + vn + 2;
    }
    dict_set_cstr(kiln_state_dict(), "environ", tuple_pack(2, data, bytes_new(buf, n)));
out:
    free(buf);
}

/* After a restore (image.c): kiln._refresh_environ(), with what
 * kiln_environ_before_snapshot kept. */
int kiln_refresh_environ(void)
{
    Value t = dict_get_cstr(kiln_state_dict(), "environ");
    if (t && IS_TUPLE(t)) return refresh_environ(TUPLE_ITEMS(t)[0], TUPLE_ITEMS(t)[1]);
    return k_refresh_environ(NONE, NULL, 0, 0) ? 0 : -1;
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
