/* kiln: the sys module, and the minimal standard streams used until the io
 * module takes over (stdprinter: writes str to a file descriptor through
 * stdio, which the process owns; only the fd number is kept in the heap). */
#include "core.h"
#include <sys/auxv.h>
#include "vm.h"
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <unistd.h>

typedef struct StdPrinter { Object hdr; int64_t fd; Value encoding; } StdPrinter;

static FILE *printer_file(Value self)
{
    int64_t fd = AS(StdPrinter, self)->fd;
    return fd == 2 ? stderr : fd == 1 ? stdout : NULL;
}

static Value printer_write(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("write", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("write() argument must be str, not %T", args[0]);
    FILE *f = printer_file(self);
    if (!f) return raise_fmt(E(ValueError), "I/O operation on closed file.");
    fwrite(STR_DATA(args[0]), 1, (size_t)STR_NBYTES(args[0]), f);
    if (R->flag_unbuffered || f == stderr) fflush(f);
    return MKSMALL(STR_LEN(args[0]));
}

static Value printer_flush(Value self, const Value *args, size_t nargs, Value kw)
{
    FILE *f = printer_file(self);
    if (f) fflush(f);
    return NONE;
}

static Value printer_fileno(Value self, const Value *args, size_t nargs, Value kw)
{
    return MKSMALL(AS(StdPrinter, self)->fd);
}

static Value printer_isatty(Value self, const Value *args, size_t nargs, Value kw)
{
    return BOOL_V(isatty((int)AS(StdPrinter, self)->fd));
}

static Value printer_readline(Value self, const Value *args, size_t nargs, Value kw)
{
    if (AS(StdPrinter, self)->fd != 0) return raise_fmt(E(OSError), "not readable");
    StrBuf b;
    sb_init(&b);
    int c;
    while ((c = fgetc(stdin)) != EOF) {
        sb_addc(&b, (char)c);
        if (c == '\n') break;
    }
    return sb_finish(&b);
}

static Value printer_read(Value self, const Value *args, size_t nargs, Value kw)
{
    if (AS(StdPrinter, self)->fd != 0) return raise_fmt(E(OSError), "not readable");
    StrBuf b;
    sb_init(&b);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) sb_add(&b, buf, n);
    return sb_finish(&b);
}

static Value printer_repr(Value self)
{
    int64_t fd = AS(StdPrinter, self)->fd;
    const char *n = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
    return str_fmt("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", n, fd == 0 ? "r" : "w");
}

static Value printer_get_encoding(Value self) { return str_from_cstr("utf-8"); }
static Value printer_get_errors(Value self) { return str_from_cstr("strict"); }
static Value printer_get_closed(Value self) { return FALSE_V; }
static Value printer_get_name(Value self)
{
    int64_t fd = AS(StdPrinter, self)->fd;
    return str_from_cstr(fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>");
}

static const MethodDef printer_methods[] = {
    { "write", printer_write, 0, NULL }, { "flush", printer_flush, 0, NULL },
    { "fileno", printer_fileno, 0, NULL }, { "isatty", printer_isatty, 0, NULL },
    { "readline", printer_readline, 0, NULL }, { "read", printer_read, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef printer_getsets[] = {
    { "encoding", printer_get_encoding, NULL, NULL }, { "errors", printer_get_errors, NULL, NULL },
    { "closed", printer_get_closed, NULL, NULL }, { "name", printer_get_name, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};
const TypeSpec stdprinter_spec = {
    .name = "_io.TextIOWrapper", .base = -1, .basicsize = sizeof(StdPrinter), .trace = trace_leaf,
    .repr = printer_repr, .methods = printer_methods, .getsets = printer_getsets,
};

static Value printer_new(int fd)
{
    StdPrinter *p = (StdPrinter *)gc_alloc(T(stdprinter), sizeof(StdPrinter));
    p->fd = fd;
    return OBJ_VAL(p);
}

/* Write a C string to sys.stderr (or the C stream when sys.stderr is unusable). */
void sys_write_stderr(const char *s)
{
    Value err = R->sys ? obj_getattr_cstr(R->sys, "stderr") : 0;
    if (err && err != NONE) {
        Value w = obj_getattr_cstr(err, "write");
        if (w && obj_call1(w, str_from_cstr(s))) return;
    }
    exc_clear();
    fputs(s, stderr);
}

/* An unhandled exception's report goes to sys.stderr, whatever it is now
 * (a program or harness may have replaced it), as CPython's excepthook does. */
void exc_print_sys_stderr(Value exc)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&buf, &n);
    if (!m) { exc_print(exc, stderr); return; }
    exc_print(exc, m);
    fclose(m);
    sys_write_stderr(buf);
    free(buf);
}

/* -- sys functions ------------------------------------------------------------ */

static Value sys_exit(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("exit", nargs, 0, 1) < 0) return 0;
    /* PyErr_SetObject(SystemExit, arg): a tuple argument becomes the exception's args */
    if (nargs == 1 && IS_TUPLE(args[0])) {
        Value t = args[0];
        args = TUPLE_ITEMS(t);
        nargs = (size_t)TUPLE_SIZE(t);
    }
    Value e = exc_new(E(SystemExit), args, nargs);
    return e ? raise_value(e) : 0;
}

/* Tracing and profiling hooks: kiln's interpreter has no trace or profile
 * events yet, so only "no function" can be set, which is what gettrace()
 * and getprofile() report (debuggers and coverage tools get a clear error;
 * code that saves and restores the hook, as doctest does, works). */
static Value set_hook(const char *what, Value fn)
{
    if (fn != NONE)
        return raise_fmt(E(NotImplementedError), "sys.%s(): kiln has no %s events yet", what,
                         what[3] == 't' ? "trace" : "profile");
    return NONE;
}

static Value sys_settrace(Value self, const Value *args, size_t nargs, Value kw) { return set_hook("settrace", args[0]); }
static Value sys_setprofile(Value self, const Value *args, size_t nargs, Value kw) { return set_hook("setprofile", args[0]); }
static Value sys_gethook(Value self, const Value *args, size_t nargs, Value kw) { return NONE; }

static Value sys_getrecursionlimit(Value self, const Value *args, size_t nargs, Value kw)
{
    return MKSMALL(TS->recursion_limit);
}

static Value sys_setrecursionlimit(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("setrecursionlimit", nargs, 1, 1) < 0) return 0;
    if (!IS_INT(args[0])) return raise_TypeError("'%T' object cannot be interpreted as an integer", args[0]);
    int64_t n;
    if (int_as_i64(args[0], &n) < 0) return 0;
    if (n < 1) return raise_ValueError("recursion limit must be greater or equal than 1");
    /* CPython 3.11 counts this call itself as one level above the caller's frames */
    int depth = TS->depth + 1;
    if (n <= depth)
        return raise_fmt(E(RecursionError), "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                         (long long)n, depth);
    TS->recursion_limit = n > 1000000 ? 1000000 : (int)n;
    return NONE;
}

static Value sys_exc_info(Value self, const Value *args, size_t nargs, Value kw)
{
    Value e = exc_topmost_handled();
    if (!e) return tuple_pack(3, NONE, NONE, NONE);
    Value tb = obj_getattr(e, S(__traceback__));
    if (!tb) return 0;
    return tuple_pack(3, OBJ_VAL(TYPE(e)), e, tb);
}

static Value sys_exception(Value self, const Value *args, size_t nargs, Value kw)
{
    Value e = exc_topmost_handled();
    return e ? e : NONE;
}

static Value sys_getframe(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("_getframe", nargs, 0, 1) < 0) return 0;
    int64_t depth = 0;
    if (nargs && int_as_i64(args[0], &depth) < 0) return 0;
    return vm_getframe((int)depth);
}

static Value sys_intern(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("intern", nargs, 1, 1) < 0) return 0;
    if (!IS_TYPE(args[0], str)) return raise_TypeError("intern() argument must be str, not %T", args[0]);
    return str_intern(args[0]);
}

static Value sys_getsizeof(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("getsizeof", nargs, 1, 2) < 0) return 0;
    Value r = obj_call_method(args[0], S(__sizeof__), NULL, 0);
    if (!r) {
        if (nargs == 2 && exc_matches(E(TypeError))) { exc_clear(); return args[1]; }
        return 0;
    }
    return r;
}

static Value sys_getrefcount(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("getrefcount", nargs, 1, 1) < 0) return 0;
    return MKSMALL(2);
}

static Value sys_getdefaultencoding(Value self, const Value *args, size_t nargs, Value kw)
{
    return str_from_cstr("utf-8");
}

static Value sys_getfilesystemencodeerrors(Value self, const Value *args, size_t nargs, Value kw)
{
    return str_from_cstr("surrogateescape");
}

static Value sys_getswitchinterval(Value self, const Value *args, size_t nargs, Value kw)
{
    return float_new((double)gil_get_interval() / 1e6);
}

static Value sys_is_finalizing(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("is_finalizing", nargs, 0, 0) < 0) return 0;
    return FALSE_V;
}

static Value sys_setswitchinterval(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("setswitchinterval", nargs, 1, 1) < 0) return 0;
    double d;
    if (!IS_FLOAT(args[0]) && !IS_INT(args[0]))
        return raise_TypeError("must be real number, not %T", args[0]);
    if (float_as_double(args[0], &d) < 0) return 0;
    if (!(d > 0)) return raise_ValueError("switch interval must be strictly positive");
    gil_set_interval(d * 1e6 > 1e12 ? (int64_t)1e12 : (int64_t)(d * 1e6));
    return NONE;
}

static Value sys_displayhook(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("displayhook", nargs, 1, 1) < 0) return 0;
    if (args[0] == NONE) return NONE;
    if (dict_set(R->builtins_dict, S(_), NONE) < 0) return 0;
    Value r = obj_repr(args[0]);
    if (!r) return 0;
    Value out = obj_getattr(R->sys, S(stdout));
    if (!out) return 0;
    if (!obj_call_method(out, S(write), &r, 1)) return 0;
    Value nl = str_from_cstr("\n");
    if (!obj_call_method(out, S(write), &nl, 1)) return 0;
    if (dict_set(R->builtins_dict, S(_), args[0]) < 0) return 0;
    return NONE;
}

static Value sys_excepthook(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("excepthook", nargs, 3, 3) < 0) return 0;
    exc_print_sys_stderr(args[1]);
    return NONE;
}

static Value sys_unraisablehook(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("unraisablehook", nargs, 1, 1) < 0) return 0;
    Value e = obj_getattr_cstr(args[0], "exc_value");
    Value obj = e ? obj_getattr_cstr(args[0], "object") : 0;
    Value msg = obj ? obj_getattr_cstr(args[0], "err_msg") : 0;
    if (!msg) return 0;
    exc_print_unraisable(e, obj, msg);
    return NONE;
}

static Value sys_get_int_max_str_digits(Value self, const Value *args, size_t nargs, Value kw)
{
    Value v = dict_get_cstr(kiln_state_dict(), "int_max_str_digits");
    return v ? v : MKSMALL(4300);
}

static Value sys_set_int_max_str_digits(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "maxdigits", NULL };
    Value a[1];
    if (args_parse("set_int_max_str_digits", args, nargs, kw, names, 1, a) < 0) return 0;
    int64_t n;
    if (int_as_i64(a[0], &n) < 0) return 0;
    if (n != 0 && n < 640) return raise_ValueError("maxdigits must be 0 or larger than 640");
    if (dict_set_cstr(kiln_state_dict(), "int_max_str_digits", a[0]) < 0) return 0;
    return NONE;
}

/* sys.audit / sys.addaudithook (PEP 578): hooks live in the state dict. */
static Value sys_audit(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 1) return raise_TypeError("audit() missing 1 required positional argument: 'event'");
    if (!IS_STR(args[0])) return raise_TypeError("expected str for argument 'event', not %T", args[0]);
    Value hooks = dict_get_cstr(kiln_state_dict(), "audit_hooks");
    if (!hooks || !IS_LIST(hooks) || LIST_SIZE(hooks) == 0) return NONE;
    Value rest = tuple_from(args + 1, (int64_t)nargs - 1);
    for (int64_t i = 0; i < LIST_SIZE(hooks); i++)
        if (!obj_call2(LIST_ITEMS(hooks)[i], args[0], rest)) return 0;
    return NONE;
}

static Value sys_addaudithook(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("addaudithook", nargs, 1, 1) < 0) return 0;
    Value d = kiln_state_dict();
    Value hooks = dict_get_cstr(d, "audit_hooks");
    if (!hooks) {
        hooks = list_new(0);
        if (dict_set_cstr(d, "audit_hooks", hooks) < 0) return 0;
    }
    return list_append(hooks, args[0]) < 0 ? 0 : NONE;
}

static const MethodDef sys_methods[] = {
    { "audit", sys_audit, 0, NULL },
    { "addaudithook", sys_addaudithook, 0, NULL },
    { "exit", sys_exit, 0, NULL },
    { "getrecursionlimit", sys_getrecursionlimit, 0, NULL },
    { "settrace", sys_settrace, METH_O, "settrace(function)\n\nSet the global debug tracing function.  It will be called on each\n"
      "function call.  See the debugger chapter in the library manual." },
    { "gettrace", sys_gethook, METH_NOARGS, "Return the global debug tracing function set with sys.settrace.\n\n"
      "See the debugger chapter in the library manual." },
    { "setprofile", sys_setprofile, METH_O, "setprofile(function)\n\nSet the profiling function.  It will be called on each function call\n"
      "and return.  See the profiler chapter in the library manual." },
    { "getprofile", sys_gethook, METH_NOARGS, "Return the profiling function set with sys.setprofile.\n\n"
      "See the profiler chapter in the library manual." },
    { "setrecursionlimit", sys_setrecursionlimit, 0, NULL },
    { "exc_info", sys_exc_info, 0, NULL },
    { "exception", sys_exception, 0, NULL },
    { "_getframe", sys_getframe, 0, NULL },
    { "intern", sys_intern, 0, NULL },
    { "getsizeof", sys_getsizeof, 0, NULL },
    { "getrefcount", sys_getrefcount, 0, NULL },
    { "getdefaultencoding", sys_getdefaultencoding, 0, NULL },
    { "getfilesystemencoding", sys_getdefaultencoding, 0, NULL },
    { "getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, NULL },
    { "getswitchinterval", sys_getswitchinterval, 0, NULL },
    { "is_finalizing", sys_is_finalizing, 0, NULL },
    { "setswitchinterval", sys_setswitchinterval, 0, NULL },
    { "displayhook", sys_displayhook, 0, NULL },
    { "__displayhook__", sys_displayhook, 0, NULL },
    { "excepthook", sys_excepthook, 0, NULL },
    { "__excepthook__", sys_excepthook, 0, NULL },
    { "unraisablehook", sys_unraisablehook, 0, NULL },
    { "__unraisablehook__", sys_unraisablehook, 0, NULL },
    { "get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL },
    { "set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL },
    { NULL, NULL, 0, NULL },
};

/* The struct-sequence types (version_info, flags, float_info...) are small
 * tuple subclasses; writing them in Python keeps their reprs exact. */
static const char sys_prelude[] =
    "def _structseq(name, fields, values, module='sys'):\n"
    "    def make(i):\n"
    "        return property(lambda self: tuple.__getitem__(self, i))\n"
    "    ns = {f: make(i) for i, f in enumerate(fields)}\n"
    "    ns['__module__'] = module\n"
    "    ns['n_fields'] = ns['n_sequence_fields'] = len(fields)\n"
    "    ns['n_unnamed_fields'] = 0\n"
    "    def __repr__(self):\n"
    "        return (module + '.' if module != 'builtins' else '') + name + '(' + ', '.join(\n"
    "            f + '=' + repr(v) for f, v in zip(fields, self)) + ')'\n"
    "    def __reduce__(self):\n"
    "        return (type(self), (tuple(self),))\n"
    "    ns['__repr__'] = __repr__\n"
    "    ns['__reduce__'] = __reduce__\n"
    "    ns['_fields'] = tuple(fields)\n"
    "    cls = type(name, (tuple,), ns)\n"
    "    return cls(values)\n"
    "version_info = _structseq('version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'),\n"
    "                          (3, 11, 2, 'final', 0))\n"
    "import_ = None\n"
    "flags = _structseq('flags', ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',\n"
    "    'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',\n"
    "    'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',\n"
    "    'safe_path', 'int_max_str_digits'),\n"
    "    (0, 0, 0, _flags[0], _flags[4], 0, _flags[1], _flags[2], 0, 0, 0, 1, _flags[3], False, 0, 0, False, -1))\n"
    "float_info = _structseq('float_info', ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp',\n"
    "    'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'),\n"
    "    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,\n"
    "     2.220446049250313e-16, 2, 1))\n"
    "int_info = _structseq('int_info', ('bits_per_digit', 'sizeof_digit',\n"
    "    'default_max_str_digits', 'str_digits_check_threshold'), (30, 4, 4300, 640))\n"
    "hash_info = _structseq('hash_info', ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm',\n"
    "    'hash_bits', 'seed_bits', 'cutoff'), (64, 2305843009213693951, 314159, 0, 1000003,\n"
    "    'siphash13', 64, 128, 0))\n"
    "thread_info = _structseq('thread_info', ('name', 'lock', 'version'), ('pthread', 'mutex+cond', None))\n"
    "implementation = _SimpleNamespace(name='kiln', cache_tag='kiln-311', version=version_info,\n"
    "                                  hexversion=0x30b02f0, _multiarch='x86_64-linux-gnu')\n"
    "def _asyncgen_hooks():\n"
    "    cls = type(_structseq('asyncgen_hooks', ('firstiter', 'finalizer'), (None, None), 'builtins'))\n"
    "    state = [None, None]\n"
    "    unset = object()\n"
    "    def get_asyncgen_hooks():\n"
    "        'Return the installed asynchronous generators hooks.'\n"
    "        return cls(state)\n"
    "    def set_asyncgen_hooks(firstiter=unset, finalizer=unset):\n"
    "        'Set new hooks for asynchronous generators.'\n"
    "        for name, v in (('finalizer', finalizer), ('firstiter', firstiter)):\n"
    "            if v is not unset and v is not None and not callable(v):\n"
    "                raise TypeError('callable %s expected, got %s' % (name, type(v).__name__))\n"
    "        if finalizer is not unset: state[1] = finalizer\n"
    "        if firstiter is not unset: state[0] = firstiter\n"
    "    for f in (get_asyncgen_hooks, set_asyncgen_hooks):\n"
    "        f.__module__ = 'sys'\n"
    "        f.__qualname__ = f.__name__\n"
    "    return get_asyncgen_hooks, set_asyncgen_hooks\n"
    "get_asyncgen_hooks, set_asyncgen_hooks = _asyncgen_hooks()\n"
    "_UnraisableHookArgs = type(_structseq('UnraisableHookArgs',\n"
    "    ('exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'), (None,) * 5, 'builtins'))\n"
    "del _SimpleNamespace, _structseq, import_, _flags, _asyncgen_hooks\n";

static int set(Value d, const char *k, Value v)
{
    if (!v) return -1;
    return dict_set(d, str_intern_cstr(k), v);
}

static Value str_list(const char *const *items)
{
    Value l = list_new(0);
    for (; *items; items++) list_append(l, str_from_cstr(*items));
    return l;
}

/* sys.executable and sys._base_executable: the running binary, so that
 * subprocess.run([sys.executable, ...]) starts kiln again (set again after a
 * restore: the image may be run by a copy of the binary elsewhere); '' when
 * the kernel does not say, as CPython when it cannot find itself. */
static int set_executable(Value d)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = 0;
    Value v = str_from_cstr(exe);
    if (!v || dict_set_cstr(d, "executable", v) < 0 || dict_set_cstr(d, "_base_executable", v) < 0) return -1;
    return 0;
}

static int sys_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    static const char *const builtin_names[] = {
#define MODNAME(c, n) n,
        BUILTIN_MODULES(MODNAME)
#undef MODNAME
        NULL };
    Value names = str_list(builtin_names);
    if (list_sort(names, 0, false) < 0) return -1;
    static const char *const empty[] = { NULL };
    if (set(d, "modules", R->modules) < 0 || set(d, "argv", R->argv) < 0 ||
        set(d, "orig_argv", list_new(0)) < 0 ||
        set(d, "path", list_new(0)) < 0 || set(d, "meta_path", list_new(0)) < 0 ||
        set(d, "path_hooks", list_new(0)) < 0 || set(d, "path_importer_cache", dict_new()) < 0 ||
        set(d, "builtin_module_names", tuple_from_iter(names)) < 0 ||
        set(d, "version", str_from_cstr("3.11.2 (kiln) [GCC]")) < 0 ||
        set(d, "hexversion", MKSMALL(0x30b02f0)) < 0 ||
        set(d, "api_version", MKSMALL(1013)) < 0 ||
        set(d, "platform", str_from_cstr("linux")) < 0 ||
        set(d, "byteorder", str_from_cstr("little")) < 0 ||
        set(d, "maxsize", int_from_i64(INT64_MAX)) < 0 ||
        set(d, "maxunicode", MKSMALL(0x10ffff)) < 0 ||
        set(d, "float_repr_style", str_from_cstr("short")) < 0 ||
        set(d, "abiflags", str_from_cstr("")) < 0 ||
        set(d, "dont_write_bytecode", BOOL_V(R->flag_dont_write_bytecode)) < 0 ||
        set(d, "warnoptions", str_list(empty)) < 0 ||
        set(d, "_xoptions", dict_new()) < 0 ||
        set(d, "pycache_prefix", NONE) < 0 ||
        set(d, "platlibdir", str_from_cstr("lib")) < 0 ||
        set(d, "copyright", str_from_cstr("Copyright (c) kiln authors.")) < 0)
        return -1;
    static const char *const prefixes[] = { "prefix", "base_prefix", "exec_prefix", "base_exec_prefix" };
    for (size_t i = 0; i < ARRAY_LEN(prefixes); i++)
        if (set(d, prefixes[i], str_from_cstr("/usr")) < 0) return -1;
    if (set_executable(d) < 0) return -1;
    Value in = printer_new(0), out = printer_new(1), err = printer_new(2);
    if (set(d, "stdin", in) < 0 || set(d, "stdout", out) < 0 || set(d, "stderr", err) < 0 ||
        set(d, "__stdin__", in) < 0 || set(d, "__stdout__", out) < 0 || set(d, "__stderr__", err) < 0)
        return -1;
    return 0;
}

/* Run the Python part of sys (struct sequences) once the VM can run. */
int sys_init_late(void)
{
    Value d = AS(Module, R->sys)->dict;
    Value flags = tuple_pack(5, MKSMALL(R->flag_optimize), MKSMALL(R->flag_no_site),
                             MKSMALL(R->flag_ignore_env), MKSMALL(R->flag_isolated),
                             MKSMALL(R->flag_dont_write_bytecode));
    if (dict_set_cstr(d, "_flags", flags) < 0 ||
        dict_set_cstr(d, "_SimpleNamespace", OBJ_VAL(T(simple_namespace))) < 0)
        return -1;
    if (RUN_PRELUDE(d, sys_prelude, "<sys>") < 0) return -1;
    /* exc_write_unraisable makes the hook's argument */
    Value uha = dict_get_cstr(d, "_UnraisableHookArgs");
    if (uha) {
        dict_set_cstr(kiln_state_dict(), "UnraisableHookArgs", uha);
        dict_del(d, str_intern_cstr("_UnraisableHookArgs"));
    }
    exc_clear();
    return 0;
}

const ModuleDef sys_module = { "sys", "System-specific parameters and functions.", sys_methods, sys_exec };

/* After a restore: a process started by the very path that was baked in
 * (a resolved one, from /proc/self/exe) keeps it without asking /proc,
 * whose first lookup costs tens of microseconds; one started by another
 * path to the same file keeps it too, without a write. */
int sys_set_executable(void)
{
    Value d = AS(Module, R->sys)->dict, cur = dict_get_cstr(d, "executable");
    const char *fn = (const char *)getauxval(AT_EXECFN);
    bool same = cur && IS_STR(cur);
    if (same && fn && fn[0] == '/' && !strcmp(STR_DATA(cur), fn)) return 0;
    char exe[PATH_MAX];
    ssize_t n = same ? readlink("/proc/self/exe", exe, sizeof exe - 1) : -1;
    if (n > 0 && n == STR_NBYTES(cur) && !memcmp(exe, STR_DATA(cur), (size_t)n) &&
        dict_get_cstr(d, "_base_executable") == cur)
        return 0;
    return set_executable(d);
}

int sys_init(int argc, char **argv)
{
    Value m = module_from_def(&sys_module);
    if (!m) return -1;
    R->sys = m;
    return dict_set(R->modules, str_intern_cstr("sys"), m);
}
