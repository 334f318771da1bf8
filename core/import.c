/* kiln: the import system.
 * A path-based importer written in C: builtin C modules (BUILTIN_MODULES),
 * then sys.path (or the parent package's __path__) searched for NAME/__init__.py,
 * NAME.py, and finally NAME/ as a namespace package.  Modules are entered in
 * sys.modules before their code runs (circular imports see the partial
 * module) and removed again if it fails, as CPython's importlib does. */
#include "core.h"
#include "opcodes.h"
#include "../snapshot/snapshot.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const ModuleDef *const builtin_defs[] = {
#define DEFP(c, n) &c##_module,
    BUILTIN_MODULES(DEFP)
#undef DEFP
};

static Value sys_attr(const char *name)
{
    Value v = dict_get_cstr(AS(Module, R->sys)->dict, name);
    return v;
}

Value import_find_builtin(Value name)
{
    for (size_t i = 0; i < ARRAY_LEN(builtin_defs); i++)
        if (str_eq_cstr(name, builtin_defs[i]->name)) {
            if (!strcmp(builtin_defs[i]->name, "sys")) return R->sys;
            if (!strcmp(builtin_defs[i]->name, "builtins")) return R->builtins;
            return module_from_def(builtin_defs[i]);
        }
    return 0;
}

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Read a whole file into a malloc'd buffer. */
static char *read_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) buf = realloc(buf, cap *= 2);
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0) {
            if (errno == EINTR) continue;
            free(buf);
            close(fd);
            return NULL;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    close(fd);
    *len = n;
    return buf;
}

/* -- The compiled-code cache ---------------------------------------------------
 * An imported source file's code object is marshalled (marshal_dumps, kiln's
 * 'K' code layout) to __pycache__/NAME.kiln-311[.opt-N].pyc beside it, or under
 * sys.pycache_prefix, unless sys.dont_write_bytecode.  A cache file is used
 * only when its header matches: the format number, this kiln binary's build id
 * (any rebuild of the compiler invalidates every cache), the optimization
 * level, and the source's size and 64-bit content hash (so an edited source is
 * always recompiled, whatever its mtime); the marshal payload carries its own
 * hash, so a damaged or truncated file is ignored and the source recompiled.
 * Files are written to a temporary name and renamed into place. */
#define CACHE_TAG "kiln-311"
#define CACHE_MAGIC "kilnpyc\n"
#define CACHE_FORMAT 1u

typedef struct CacheHeader {
    char magic[8];
    uint32_t format, optimize;
    uint8_t build_id[32];
    uint32_t build_id_len, pad_;
    uint64_t src_size, src_hash;
    uint64_t payload_size, payload_hash;
} CacheHeader;

/* A fast 64-bit content hash (not cryptographic: it detects edits). */
static uint64_t content_hash(const char *p, size_t n)
{
    const uint64_t k = 0x9e3779b97f4a7c15ULL;
    uint64_t h[4] = { n ^ k, 0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL, 0xa4093822299f31d0ULL };
    size_t i = 0;
    for (; i + 32 <= n; i += 32)
        for (int j = 0; j < 4; j++) {
            uint64_t w;
            memcpy(&w, p + i + 8 * j, 8);
            h[j] = (h[j] ^ w) * k;
            h[j] ^= h[j] >> 31;
        }
    uint64_t r = h[0] ^ (h[1] * 3) ^ (h[2] * 5) ^ (h[3] * 7);
    for (; i < n; i += 8) {
        uint64_t w = 0;
        memcpy(&w, p + i, n - i < 8 ? n - i : 8);
        r = (r ^ w) * k;
        r ^= r >> 29;
    }
    r ^= r >> 32;
    return r * k ^ (r >> 27);
}

static void cache_header(CacheHeader *h, size_t src_len, uint64_t src_hash)
{
    memset(h, 0, sizeof *h);
    memcpy(h->magic, CACHE_MAGIC, 8);
    h->format = CACHE_FORMAT;
    h->optimize = (uint32_t)R->flag_optimize;
    snap_build_id(h->build_id, &h->build_id_len);
    h->src_size = src_len;
    h->src_hash = src_hash;
}

/* sys.pycache_prefix as a C string, or NULL. */
static const char *pycache_prefix(void)
{
    Value p = sys_attr("pycache_prefix");
    return p && IS_STR(p) && STR_NBYTES(p) ? STR_DATA(p) : NULL;
}

/* importlib.util.cache_from_source(src) for this kiln; false if too long. */
static bool cache_path(const char *src, char *out, size_t outsz)
{
    const char *slash = strrchr(src, '/');
    const char *tail = slash ? slash + 1 : src, *dot = strrchr(tail, '.');
    int baselen = (int)(dot ? dot - tail : (ptrdiff_t)strlen(tail));
    int dirlen = slash ? (int)(slash - src) : 0;
    char opt[16] = "";
    if (R->flag_optimize) snprintf(opt, sizeof opt, ".opt-%d", R->flag_optimize);
    const char *prefix = pycache_prefix();
    int n;
    if (prefix) {
        char cwd[PATH_MAX] = "";
        if (src[0] != '/' && !getcwd(cwd, sizeof cwd)) return false;
        const char *head = cwd[0] ? cwd : src;
        int headlen = cwd[0] ? (int)strlen(cwd) : dirlen;
        while (headlen && *head == '/') head++, headlen--;
        if (cwd[0] && dirlen)
            n = snprintf(out, outsz, "%s/%.*s/%.*s/%.*s." CACHE_TAG "%s.pyc", prefix, headlen, head, dirlen, src,
                         baselen, tail, opt);
        else
            n = snprintf(out, outsz, "%s/%.*s/%.*s." CACHE_TAG "%s.pyc", prefix, headlen, head, baselen, tail, opt);
    } else if (slash) {
        n = snprintf(out, outsz, "%.*s/__pycache__/%.*s." CACHE_TAG "%s.pyc", dirlen, src, baselen, tail, opt);
    } else {
        n = snprintf(out, outsz, "__pycache__/%.*s." CACHE_TAG "%s.pyc", baselen, tail, opt);
    }
    return n > 0 && (size_t)n < outsz;
}

/* The code object cached for this source text, or 0 (no exception). */
static Value cache_load(const char *cpath, const char *src, size_t len, uint64_t hash, Value filename)
{
    size_t n;
    char *data = read_file(cpath, &n);
    if (!data) return 0;
    CacheHeader want, *got = (CacheHeader *)data;
    cache_header(&want, len, hash);
    Value code = 0;
    if (n >= sizeof want && !memcmp(got, &want, offsetof(CacheHeader, payload_size)) &&
        got->payload_size == n - sizeof want &&
        got->payload_hash == content_hash(data + sizeof want, n - sizeof want)) {
        code = marshal_loads(data + sizeof want, n - sizeof want);
        if (!code || !IS_TYPE(code, code)) {
            exc_clear();
            code = 0;
        }
    }
    free(data);
    if (code && !str_eq(AS(Code, code)->filename, filename)) {
        /* the tree was moved: the code names the file it was imported from */
        Value todo = list_from(&code, 1);
        while (LIST_SIZE(todo)) {
            Value c = LIST_ITEMS(todo)[LIST_SIZE(todo) - 1];
            AS(List, todo)->size--;
            STORE(AS(Code, c), filename, filename);
            Value consts = AS(Code, c)->consts;
            for (int64_t i = 0; i < TUPLE_SIZE(consts); i++)
                if (IS_TYPE(TUPLE_ITEMS(consts)[i], code)) list_append(todo, TUPLE_ITEMS(consts)[i]);
        }
    }
    return code;
}

static int mkdirs(char *path)   /* mkdir -p of path's directory part */
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        int r = mkdir(path, 0777);
        *p = '/';
        if (r < 0 && errno != EEXIST) return -1;
    }
    return 0;
}

/* Write the cache file; any failure (read-only directory, ...) is ignored. */
static void cache_store(const char *cpath, const char *srcpath, size_t len, uint64_t hash, Value code)
{
    Value dump = marshal_dumps(code, 4);
    if (!dump) {
        exc_clear();
        return;
    }
    CacheHeader h;
    cache_header(&h, len, hash);
    h.payload_size = (uint64_t)BYTES_SIZE(dump);
    h.payload_hash = content_hash(BYTES_DATA(dump), (size_t)BYTES_SIZE(dump));
    char dir[PATH_MAX], tmp[PATH_MAX + 32];
    snprintf(dir, sizeof dir, "%s", cpath);
    if (mkdirs(dir) < 0) return;
    struct stat st;
    mode_t mode = stat(srcpath, &st) == 0 ? ((st.st_mode | 0200) & 0666) : 0644;
    snprintf(tmp, sizeof tmp, "%s.%ld", cpath, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) return;
    bool ok = write(fd, &h, sizeof h) == (ssize_t)sizeof h &&
              write(fd, BYTES_DATA(dump), (size_t)BYTES_SIZE(dump)) == (ssize_t)BYTES_SIZE(dump);
    ok = close(fd) == 0 && ok;
    if (!ok || rename(tmp, cpath) < 0) unlink(tmp);
}

static bool dont_write_bytecode(void)
{
    Value v = sys_attr("dont_write_bytecode");
    return v && obj_truthy(v) == 1;
}

/* The code object of a source file, through the cache. */
Value import_source_code(const char *path)
{
    size_t len;
    char *src = read_file(path, &len);
    if (!src) return raise_errno(NULL, errno, str_from_cstr(path));
    Value filename = str_from_cstr(path);
    char cpath[PATH_MAX];
    bool cacheable = cache_path(path, cpath, sizeof cpath);
    uint64_t hash = cacheable ? content_hash(src, len) : 0;
    Value code = cacheable ? cache_load(cpath, src, len, hash, filename) : 0;
    if (!code) {
        code = compile_source(src, len, filename, "exec", 0, R->flag_optimize);
        if (code && cacheable && !dont_write_bytecode()) cache_store(cpath, path, len, hash, code);
    }
    free(src);
    return code;
}

/* Compile (or take from the cache) and run a source file in module m. */
int import_exec_file(Value m, const char *path)
{
    Value code = import_source_code(path);
    if (!code) return -1;
    Value d = AS(Module, m)->dict;
    if (!dict_get_str(d, S(__builtins__)) && dict_set(d, S(__builtins__), R->builtins_dict) < 0) return -1;
    return vm_run_code(code, d, d) ? 0 : -1;
}

/* A ModuleSpec look-alike; _uninitialized_submodules is what importlib's
 * own import (importlib.import_module) appends to on a parent's spec. */
static Value make_spec(Value name, Value origin, Value search, bool is_pkg, Value cached)
{
    Value kwn = tuple_pack(8, str_intern_cstr("name"), str_intern_cstr("origin"),
                           str_intern_cstr("submodule_search_locations"), str_intern_cstr("loader"),
                           str_intern_cstr("parent"), str_intern_cstr("has_location"),
                           str_intern_cstr("cached"), str_intern_cstr("_uninitialized_submodules"));
    Value parent = name;
    if (!is_pkg) {
        const char *s = STR_DATA(name), *dot = strrchr(s, '.');
        parent = dot ? str_new(s, (size_t)(dot - s)) : R->empty_str;
    }
    Value vals[8] = { name, origin, search, NONE, parent, BOOL_V(origin != NONE), cached, list_new(0) };
    return obj_call(OBJ_VAL(T(simple_namespace)), vals, 0, kwn);
}

/* Where a module's source is: fills path (file or directory), kind. */
enum { FOUND_NONE, FOUND_MODULE, FOUND_PACKAGE, FOUND_NAMESPACE };

static bool copy_path(char *out, size_t outsz, const char *s)
{
    size_t n = strlen(s);
    if (n >= outsz) return false;
    memcpy(out, s, n + 1);
    return true;
}

static int find_in(Value paths, const char *base, char *out, size_t outsz, Value ns_dirs)
{
    if (!paths || !IS_LIST(paths)) return FOUND_NONE;
    char buf[2 * PATH_MAX + 16], cwd[PATH_MAX];
    for (int64_t i = 0; i < LIST_SIZE(paths); i++) {
        Value p = LIST_ITEMS(paths)[i];
        if (!IS_STR(p)) continue;
        /* '' is the current directory, named absolutely as CPython's FileFinder does */
        const char *dir = STR_NBYTES(p) ? STR_DATA(p) : getcwd(cwd, sizeof cwd) ? cwd : ".";
        snprintf(buf, sizeof buf, "%s/%s/__init__.py", dir, base);
        if (is_file(buf) && copy_path(out, outsz, buf)) return FOUND_PACKAGE;
        snprintf(buf, sizeof buf, "%s/%s.py", dir, base);
        if (is_file(buf) && copy_path(out, outsz, buf)) return FOUND_MODULE;
        snprintf(buf, sizeof buf, "%s/%s", dir, base);
        if (ns_dirs && is_dir(buf)) list_append(ns_dirs, str_from_cstr(buf));
    }
    if (ns_dirs && LIST_SIZE(ns_dirs)) return FOUND_NAMESPACE;
    return FOUND_NONE;
}

static Value not_found(Value fullname, const char *fmt_extra)
{
    Value msg = fmt_extra ? str_fmt("No module named %R; %s", fullname, fmt_extra)
                          : str_fmt("No module named %R", fullname);
    Value exc = exc_new(E(ModuleNotFoundError), &msg, 1);
    if (!exc) return 0;
    obj_setattr(exc, S(name), fullname);
    return raise_value(exc);
}

/* Load fullname (whose parent, if any, is already imported). */
static Value load_module(Value fullname, Value parent)
{
    Value m = import_find_builtin(fullname);
    if (m) {
        if (dict_set(R->modules, fullname, m) < 0) return 0;
        return m;
    }
    if (exc_pending()) return 0;
    const char *full = STR_DATA(fullname), *dot = strrchr(full, '.');
    const char *base = dot ? dot + 1 : full;
    Value paths;
    if (parent) {
        paths = obj_lookup_attr(parent, S(__path__));
        if (!paths) {
            if (exc_pending()) return 0;
            char pn[256];
            snprintf(pn, sizeof pn, "'%.*s' is not a package", (int)(dot - full), full);
            return not_found(fullname, pn);
        }
        if (!IS_LIST(paths)) paths = list_from_iter(paths);
        if (!paths) return 0;
    } else {
        paths = sys_attr("path");
    }
    char path[PATH_MAX];
    Value ns_dirs = list_new(0);
    int kind = find_in(paths, base, path, sizeof path, ns_dirs);
    if (kind == FOUND_NONE) return not_found(fullname, NULL);
    m = module_new(fullname);
    Value d = AS(Module, m)->dict;
    Value file = kind == FOUND_NAMESPACE ? NONE : str_from_cstr(path);
    Value search = NONE;
    if (kind == FOUND_PACKAGE) {
        char *slash = strrchr(path, '/');
        search = list_new(0);
        list_append(search, str_new(path, (size_t)(slash - path)));
    } else if (kind == FOUND_NAMESPACE) {
        search = ns_dirs;
    }
    char cpath[PATH_MAX];
    Value cached = kind != FOUND_NAMESPACE && cache_path(path, cpath, sizeof cpath) ? str_from_cstr(cpath) : NONE;
    Value spec = make_spec(fullname, file, search, kind != FOUND_MODULE, cached);
    if (!spec) return 0;
    if (kind != FOUND_NAMESPACE) {
        dict_set(d, S(__file__), file);
        dict_set_cstr(d, "__cached__", cached);
    }
    dict_set(d, S(__spec__), spec);
    if (kind != FOUND_MODULE) {
        dict_set(d, S(__path__), search);
        dict_set(d, S(__package__), fullname);
    } else {
        dict_set(d, S(__package__), dot ? str_new(full, (size_t)(dot - full)) : R->empty_str);
    }
    dict_set(d, S(__builtins__), R->builtins_dict);    /* imported modules see the dict, as in CPython */
    if (dict_set(R->modules, fullname, m) < 0) return 0;
    /* spec._initializing marks a "partially initialized module" while its code runs */
    Value initializing = str_intern_cstr("_initializing");
    if (obj_setattr(spec, initializing, TRUE_V) < 0) return 0;
    if (kind != FOUND_NAMESPACE && import_exec_file(m, path) < 0) {
        Value e = exc_fetch();
        if (dict_get(R->modules, fullname)) dict_del(R->modules, fullname);
        exc_clear();
        if (obj_setattr(spec, initializing, FALSE_V) < 0) exc_clear();
        exc_restore(e);
        return 0;
    }
    if (obj_setattr(spec, initializing, FALSE_V) < 0) return 0;
    Value final = dict_get(R->modules, fullname);
    if (!final) {
        if (exc_pending()) return 0;
        return raise_fmt(E(ImportError), "Loaded module %U not found in sys.modules", fullname);
    }
    if (parent && obj_setattr(parent, str_new(base, strlen(base)), final) < 0) return 0;
    return final;
}

static Value import_full(Value fullname);

/* Load fullname, not in sys.modules, after its parents (this thread is its loader). */
static Value import_full_unlocked(Value fullname)
{
    Value m;
    const char *full = STR_DATA(fullname), *dot = strrchr(full, '.');
    Value parent = 0;
    if (dot) {
        Value pname = str_new(full, (size_t)(dot - full));
        parent = import_full(pname);
        if (!parent) return 0;
        /* importing the parent may have imported us */
        m = dict_get(R->modules, fullname);
        if (m) return m;
    }
    return load_module(str_intern(fullname), parent);
}

/* -- Module locks --------------------------------------------------------------
 * While a thread loads a module, the module's name maps to a record {owner
 * thread, lock} in the dict R->import_state[IS_LOCKS].  Another thread that
 * asks for the module (half-initialised in sys.modules, or not there yet)
 * waits until the owner is done, as CPython's importlib._bootstrap._ModuleLock
 * makes it; the owner itself (a circular import) gets the partial module.  A
 * wait that would close a cycle of threads each waiting for a module another
 * one loads is a concurrent circular import: the partial module is returned
 * instead, as CPython does.  The lock is made by the first waiter; the owner
 * releases it when done and each waiter passes it on to the next. */
enum { IS_LOCKS, IS_BLOCKING, IS_SIZE };   /* name -> record; thread -> name it waits for */
enum { LR_OWNER, LR_LOCK, LR_SIZE };

static ValueArray *lock_state(void)
{
    if (!R->import_state) {
        ValueArray *a = value_array_new(IS_SIZE);
        a->items[IS_LOCKS] = dict_new();
        a->items[IS_BLOCKING] = dict_new();
        STORE(R, import_state, OBJ_VAL(a));
    }
    return (ValueArray *)R->import_state;
}

static Value thread_key(void) { return MKSMALL((int64_t)((uintptr_t)TS >> 3)); }

/* Does the chain "owner waits for a module whose loader waits for ..." come back to this thread? */
static bool would_deadlock(ValueArray *st, Value owner)
{
    Value me = thread_key();
    for (int hops = 0; hops < 1000; hops++) {
        if (owner == me) return true;
        Value name = dict_get(st->items[IS_BLOCKING], owner);
        Value rec = name ? dict_get(st->items[IS_LOCKS], name) : 0;
        if (!rec) return false;
        owner = ((ValueArray *)rec)->items[LR_OWNER];
    }
    return false;
}

/* Wait while another thread loads fullname.  1: waited (look again), 0: nothing
 * to wait for (no load in progress, or this thread's own), 2: waiting would
 * deadlock, -1: error. */
static int wait_for_loader(Value fullname)
{
    if (!R->import_state) return 0;
    ValueArray *st = lock_state();
    Value recv = dict_get(st->items[IS_LOCKS], fullname);
    if (!recv) return 0;
    ValueArray *rec = (ValueArray *)recv;
    if (rec->items[LR_OWNER] == thread_key()) return 0;
    if (would_deadlock(st, rec->items[LR_OWNER])) return 2;
    if (!rec->items[LR_LOCK]) STORE_AT(rec, &rec->items[LR_LOCK], thread_lock_new(true));
    Value lock = rec->items[LR_LOCK];
    if (dict_set(st->items[IS_BLOCKING], thread_key(), fullname) < 0) return -1;
    int r = thread_lock_wait(lock);
    dict_del(st->items[IS_BLOCKING], thread_key());
    if (r < 0) return -1;
    thread_lock_post(lock);              /* wake the next waiter */
    return 1;
}

/* Enter this thread as fullname's loader; returns the record (0 on error). */
static Value loader_begin(Value fullname)
{
    ValueArray *rec = value_array_new(LR_SIZE);
    rec->items[LR_OWNER] = thread_key();
    if (dict_set(lock_state()->items[IS_LOCKS], fullname, OBJ_VAL(rec)) < 0) return 0;
    return OBJ_VAL(rec);
}

static void loader_end(Value fullname, Value rec)
{
    Value e = exc_fetch();
    ValueArray *st = lock_state();
    if (dict_get(st->items[IS_LOCKS], fullname) == rec) dict_del(st->items[IS_LOCKS], fullname);
    Value lock = ((ValueArray *)rec)->items[LR_LOCK];
    if (lock) thread_lock_post(lock);
    exc_clear();
    if (e) exc_restore(e);
}

/* importlib's own loads (importlib.import_module) take the same module locks
 * (stdlib/lib/importlib wraps _bootstrap._find_and_load with these): wait for
 * another thread's load of name, then enter this thread as its loader.  The
 * token is passed to import_lock_exit; None if there is nothing to undo. */
Value import_lock_enter(Value name)
{
    int w;
    while ((w = wait_for_loader(name)) == 1) {}
    if (w < 0) return 0;
    if (w == 2 || dict_get(lock_state()->items[IS_LOCKS], name)) return NONE;
    return loader_begin(name);
}

void import_lock_exit(Value name, Value token)
{
    if (token != NONE) loader_end(name, token);
}

/* Import fullname and all its parents; returns the module itself. */
static Value import_full(Value fullname)
{
    for (;;) {
        Value m = dict_get(R->modules, fullname);
        if (!m && exc_pending()) return 0;
        int w = wait_for_loader(fullname);
        if (w < 0) return 0;
        if (w == 1 && !m) continue;       /* the other thread is done: look again */
        if (w == 1) return m;             /* as CPython: the module found before waiting, even if its load failed */
        if (w == 2 && !m) return raise_RuntimeError("deadlock detected by _ModuleLock(%R)", fullname);
        if (m) {
            if (m == NONE) return raise_fmt(E(ModuleNotFoundError), "import of %U halted; None in sys.modules", fullname);
            return m;
        }
        break;
    }
    Value rec = 0;
    Value locks = R->import_state ? lock_state()->items[IS_LOCKS] : 0;
    if (!locks || !dict_get(locks, fullname)) {   /* not already loading it in this thread */
        rec = loader_begin(fullname);
        if (!rec) return 0;
    }
    Value m = import_full_unlocked(fullname);
    if (rec) loader_end(fullname, rec);
    return m;
}

/* The package that a relative import at `level` is relative to. */
static Value resolve_package(Value globals, int level)
{
    Value pkg = 0;
    if (globals && IS_DICT(globals)) {
        pkg = dict_get_str(globals, S(__package__));
        if (pkg == NONE) pkg = 0;
        if (!pkg) {
            Value spec = dict_get_str(globals, S(__spec__));
            if (spec && spec != NONE) {
                pkg = obj_getattr_cstr(spec, "parent");
                if (!pkg) return 0;
            }
        }
        if (!pkg) {
            Value name = dict_get_str(globals, S(__name__));
            if (name && IS_STR(name)) {
                if (dict_get_str(globals, S(__path__))) pkg = name;
                else {
                    const char *s = STR_DATA(name), *dot = strrchr(s, '.');
                    pkg = dot ? str_new(s, (size_t)(dot - s)) : R->empty_str;
                }
            }
        }
    }
    if (pkg && !IS_STR(pkg)) return raise_TypeError("package must be a string");
    if (!pkg || STR_NBYTES(pkg) == 0)
        return raise_fmt(E(ImportError), "attempted relative import with no known parent package");
    const char *s = STR_DATA(pkg);
    int64_t end = STR_NBYTES(pkg);
    for (int i = 1; i < level; i++) {
        while (end > 0 && s[end - 1] != '.') end--;
        if (end == 0) return raise_fmt(E(ImportError), "attempted relative import beyond top-level package");
        end--;
    }
    return str_new(s, (size_t)end);
}

Value import_name(Value name, Value globals, Value fromlist, int level)
{
    Value fullname = name;
    if (level > 0) {
        Value base = resolve_package(globals, level);
        if (!base) return 0;
        if (STR_NBYTES(name)) fullname = str_fmt("%U.%U", base, name);
        else fullname = base;
    } else if (STR_NBYTES(name) == 0) {
        return raise_ValueError("Empty module name");
    }
    Value m = import_full(fullname);
    if (!m) return 0;
    bool has_from = fromlist && fromlist != NONE && obj_truthy(fromlist) == 1;
    if (!has_from) {
        if (level == 0) {
            const char *s = STR_DATA(name), *dot = strchr(s, '.');
            if (!dot) return m;
            return import_full(str_new(s, (size_t)(dot - s)));
        }
        if (STR_NBYTES(name) == 0) return m;
        /* __import__('a.b', level=1) returns the package of the first component */
        const char *s = STR_DATA(name), *dot = strchr(s, '.');
        if (!dot) return m;
        int64_t cut = STR_NBYTES(fullname) - (int64_t)(STR_NBYTES(name) - (dot - s));
        return dict_get(R->modules, str_new(STR_DATA(fullname), (size_t)cut));
    }
    /* from package import submodule */
    Value path = obj_lookup_attr(m, S(__path__));
    if (!path) {
        exc_clear();
        return m;
    }
    Value it = obj_iter(fromlist);
    if (!it) return 0;
    Value x;
    while ((x = obj_next(it))) {
        if (!IS_STR(x)) return raise_TypeError("Item in %U.__all__ must be str, not %T", fullname, x);
        if (str_eq_cstr(x, "*")) {
            Value all = obj_lookup_attr(m, S(__all__));
            if (all) {
                Value r = import_name(fullname, NONE, all, 0);
                if (!r) return 0;
            }
            exc_clear();
            continue;
        }
        if (obj_hasattr(m, x) == 1) continue;
        Value sub = str_fmt("%U.%U", fullname, x);
        if (!import_full(sub)) {
            if (exc_matches(E(ModuleNotFoundError))) {
                Value e = exc_fetch();
                Value en = obj_lookup_attr(e, S(name));
                exc_clear();
                if (en && IS_STR(en) && str_eq(en, sub)) continue;
                exc_restore(e);
            }
            return 0;
        }
    }
    return exc_pending() ? 0 : m;
}

Value import_module(Value name)
{
    return import_full(name);
}

/* sys.path: the script's directory (or '' for -c/-m/stdin), PYTHONPATH, the
 * kiln overlay library, CPython's stdlib, then the dist-packages dirs. */
int import_init_path(const char *script_dir)
{
    Value path = sys_attr("path");
    if (!path) return -1;
    if (script_dir && !R->flag_isolated) list_append(path, str_from_cstr(script_dir));
    const char *pp = R->flag_ignore_env ? NULL : getenv("PYTHONPATH");
    if (pp && *pp) {
        char *copy = strdup(pp), *save = NULL;
        for (char *tok = strtok_r(copy, ":", &save); tok; tok = strtok_r(NULL, ":", &save))
            list_append(path, str_from_cstr(tok));
        free(copy);
    }
    const char *lib = getenv("KILN_STDLIB");
    char exe[PATH_MAX], buf[PATH_MAX + 32];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) *slash = 0;
        snprintf(buf, sizeof buf, "%s/../stdlib/lib", exe);
        char real[PATH_MAX];
        if (realpath(buf, real) && is_dir(real)) list_append(path, str_from_cstr(real));
        else {
            snprintf(buf, sizeof buf, "%s/../lib/kiln", exe);
            if (realpath(buf, real) && is_dir(real)) list_append(path, str_from_cstr(real));
#ifdef KILN_LIBDIR
            else if (is_dir(KILN_LIBDIR)) list_append(path, str_from_cstr(KILN_LIBDIR));
#endif
        }
    }
    list_append(path, str_from_cstr(lib && *lib ? lib : "/usr/lib/python3.11"));
    if (!R->flag_no_site) {
        list_append(path, str_from_cstr("/usr/local/lib/python3.11/dist-packages"));
        list_append(path, str_from_cstr("/usr/lib/python3/dist-packages"));
    }
    return 0;
}
