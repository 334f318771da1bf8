/* kiln: the command line, mirroring python3's:
 *   kiln [option] ... [-c cmd | -m mod | file | -] [arg] ...
 * Exit status 0 on success, 1 on an uncaught exception (traceback on
 * stderr), 2 on a usage error; SystemExit's code otherwise. */
#include "core.h"
#include <errno.h>
#include <signal.h>
#include <limits.h>
#include <locale.h>
#include <nss.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../snapshot/snapshot.h"

static const char usage_text[] =
    "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options (and corresponding environment variables):\n"
    "-B     : don't write .pyc files on import (kiln never writes them)\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-I     : isolate Python from the user's environment (implies -E and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-O     : remove assert and __debug__-dependent statements\n"
    "-OO    : do -O changes and also discard docstrings\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s     : don't add user site directory to sys.path\n"
    "-S     : don't imply 'import site' on initialization\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-v     : verbose (trace import statements)\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "-W arg : warning control\n"
    "-X opt : set implementation-specific option (-X dis: print the bytecode and exit)\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

typedef struct Options {
    const char *command;     /* -c */
    const char *module;      /* -m */
    const char *file;        /* script path, or "-" */
    int first_arg;           /* argv index of the first program argument */
    bool dis;                /* -X dis */
    const char *pycache_prefix; /* -X pycache_prefix=PATH */
    const char **warn;       /* -W options (malloc'd, argc entries) */
    int nwarn;
    const char **xopt;       /* -X options (malloc'd, argc entries) */
    int nxopt;
} Options;

static NORETURN void usage_error(const char *prog, const char *fmt, const char *arg)
{
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    "Try `%s -h' for more information.\n", prog, prog);
    exit(2);
}

/* Parse options into o and the flags in the Root; exits on -h/-V/errors. */
static void parse_args(int argc, char **argv, Options *o)
{
    const char *prog = argv[0];
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || !strcmp(a, "-")) break;
        if (!strcmp(a, "--")) { i++; break; }
        if (!strcmp(a, "--version")) { printf("Python 3.11.2\n"); exit(0); }
        if (!strcmp(a, "--help")) { printf(usage_text, prog); exit(0); }
        if (a[1] == '-') usage_error(prog, "unknown option %s\n", a);
        for (const char *p = a + 1; *p; p++) {
            char c = *p;
            const char *val = NULL;
            if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                if (p[1]) val = p + 1;
                else if (i + 1 < argc) val = argv[++i];
                else {
                    char buf[8] = { '-', c, 0 };
                    usage_error(prog, "Argument expected for the %s option\n", buf);
                }
                if (c == 'c') { o->command = val; o->first_arg = i + 1; return; }
                if (c == 'm') { o->module = val; o->first_arg = i + 1; return; }
                if (c == 'W') o->warn[o->nwarn++] = val;
                if (c == 'X') o->xopt[o->nxopt++] = val;
                if (c == 'X' && !strcmp(val, "dis")) o->dis = true;
                if (c == 'X' && !strcmp(val, "no_debug_ranges")) R->flag_no_debug_ranges = 1;
                if (c == 'X' && !strncmp(val, "pycache_prefix=", 15)) o->pycache_prefix = val + 15;
                break;
            }
            switch (c) {
            case 'B': R->flag_dont_write_bytecode = 1; break;
            case 'b': case 'd': case 'i': case 'q': case 's': case 'P': case 'R': break;
            case 'E': R->flag_ignore_env = 1; break;
            case 'I': R->flag_isolated = 1; R->flag_ignore_env = 1; break;
            case 'O': R->flag_optimize++; break;
            case 'S': R->flag_no_site = 1; break;
            case 'u': R->flag_unbuffered = 1; break;
            case 'v': R->flag_verbose++; break;
            case 'V': printf("Python 3.11.2\n"); exit(0);
            case 'h': case '?': printf(usage_text, prog); exit(0);
            default: {
                char buf[3] = { '-', c, 0 };
                usage_error(prog, "Unknown option: %s\n", buf);
            }
            }
        }
    }
    if (i < argc) { o->file = argv[i]; o->first_arg = i + 1; }
    else { o->file = "-"; o->first_arg = argc; }
}

/* Exit status for an uncaught exception; prints it (SystemExit's rules). */
/* kiln_exit_status's answer for an unhandled KeyboardInterrupt */
#define KILN_EXIT_SIGINT (-2)

int kiln_exit_status(Value exc)
{
    if (IS_OBJ(exc) && type_is_subtype(TYPE(exc), E(SystemExit))) {
        Value code = obj_lookup_attr(exc, S(code));
        exc_clear();
        if (!code || code == NONE) return 0;
        if (IS_INT(code)) {
            int64_t n = 0;
            if (int_as_i64(code, &n) < 0) { exc_clear(); n = -1; }
            return (int)n;
        }
        Value s = obj_str(code);
        if (s) { sys_write_stderr(STR_DATA(s)); sys_write_stderr("\n"); }
        exc_clear();
        return 1;
    }
    Value hook = dict_get_cstr(AS(Module, R->sys)->dict, "excepthook");
    if (hook && !IS_TYPE(hook, builtin_function)) {
        Value tb = obj_getattr(exc, S(__traceback__));
        Value a[3] = { OBJ_VAL(TYPE(exc)), exc, tb ? tb : NONE };
        if (obj_call(hook, a, 3, 0)) return 1;
        exc_clear();
    }
    exc_print_sys_stderr(exc);
    /* an unhandled KeyboardInterrupt ends the process by SIGINT, as CPython's does */
    if (IS_OBJ(exc) && type_is_subtype(TYPE(exc), E(KeyboardInterrupt))) return KILN_EXIT_SIGINT;
    return 1;
}

void kiln_flush_std(void)
{
    Value out = dict_get_cstr(AS(Module, R->sys)->dict, "stdout");
    if (out && out != NONE && !obj_call_method(out, S(flush), NULL, 0)) exc_clear();
    fflush(stdout);
    fflush(stderr);
}

static Value new_main_module(const char *file)
{
    Value m = module_new(S(__main__));
    Value d = AS(Module, m)->dict;
    dict_set(d, S(__builtins__), R->builtins);
    if (file) dict_set(d, S(__file__), str_from_cstr(file));
    dict_set(R->modules, S(__main__), m);
    R->main_module = m;
    return m;
}

/* Run source text as __main__; returns the process exit status. */
static int run_source(const char *src, size_t len, const char *filename, const char *file_attr, Value package,
                      bool dis)
{
    Value code = compile_source(src, len, str_from_cstr(filename), "exec", 0, R->flag_optimize);
    if (!code) return kiln_exit_status(exc_fetch());
    if (dis) {
        compile_dis(code, stdout);
        return 0;
    }
    Value m = new_main_module(file_attr);
    Value d = AS(Module, m)->dict;
    if (package) dict_set(d, S(__package__), package);
    if (!vm_run_code(code, d, d)) return kiln_exit_status(exc_fetch());
    return 0;
}

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0, r;
    char *buf = malloc(cap);
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    *len = n;
    return buf;
}

/* -m: find the module's file through the import system, run it as __main__. */
static int run_module(const char *name, bool dis)
{
    Value full = str_from_cstr(name);
    const char *dot = strrchr(name, '.');
    Value paths;
    if (dot) {
        Value parent = import_module(str_new(name, (size_t)(dot - name)));
        if (!parent) return kiln_exit_status(exc_fetch());
        paths = obj_lookup_attr(parent, S(__path__));
        if (!paths) { exc_clear(); paths = 0; }
    } else {
        paths = dict_get_cstr(AS(Module, R->sys)->dict, "path");
    }
    const char *base = dot ? dot + 1 : name;
    char buf[PATH_MAX + 64];
    for (int64_t i = 0; paths && IS_LIST(paths) && i < LIST_SIZE(paths); i++) {
        Value p = LIST_ITEMS(paths)[i];
        if (!IS_STR(p)) continue;
        const char *dir = STR_NBYTES(p) ? STR_DATA(p) : ".";
        snprintf(buf, sizeof buf, "%s/%s/__init__.py", dir, base);
        if (access(buf, R_OK) == 0) {
            Value pkg = import_module(full);
            if (!pkg) return kiln_exit_status(exc_fetch());
            char sub[512];
            snprintf(sub, sizeof sub, "%s.__main__", name);
            return run_module(sub, dis);
        }
        snprintf(buf, sizeof buf, "%s/%s.py", dir, base);
        if (access(buf, R_OK) == 0) {
            FILE *f = fopen(buf, "rb");
            size_t len;
            char *src = read_all(f, &len);
            fclose(f);
            char real[PATH_MAX];
            const char *abs = realpath(buf, real) ? real : buf;
            list_insert(R->argv, 0, str_from_cstr(abs));
            /* -m pkg.mod runs with __package__ = "pkg", so relative imports work */
            Value package = dot ? str_new(name, (size_t)(dot - name)) : str_from_cstr("");
            int rc = run_source(src, len, abs, abs, package, dis);
            free(src);
            return rc;
        }
    }
    fprintf(stderr, "%s: No module named %s\n", "kiln", name);
    return 1;
}

/* Start the runtime: genesis, the Python half of sys, sys.argv and sys.path. */
int kiln_start_runtime(int argc, char **argv, int first_arg, const char *argv0, const char *script_dir)
{
    genesis();
    R->ts.ident = (uint64_t)pthread_self();
    if (R->flag_unbuffered) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    }
    if (sys_init_late() < 0) {
        exc_print(exc_fetch(), stderr);
        return -1;
    }
    /* Ctrl-C raises KeyboardInterrupt from the start, as in CPython */
    if (!import_module(str_from_cstr("_signal"))) exc_clear();
    if (argv0) list_append(R->argv, str_from_cstr(argv0));
    for (int i = first_arg; i < argc; i++) list_append(R->argv, str_from_cstr(argv[i]));
    if (import_init_path(script_dir) < 0) return -1;
    faulthandler_init(false);   /* PYTHONFAULTHANDLER */
    if (!R->flag_no_site) {
        /* the builtins CPython's site.py adds (sys.path is already set up like site's) */
        static const char src[] =
            "import builtins, _sitebuiltins\n"
            "builtins.exit = _sitebuiltins.Quitter('exit', 'Ctrl-D (i.e. EOF)')\n"
            "builtins.quit = _sitebuiltins.Quitter('quit', 'Ctrl-D (i.e. EOF)')\n"
            "builtins.help = _sitebuiltins._Helper()\n";
        Value code = compile_source(src, sizeof src - 1, str_from_cstr("<site>"), "exec", 0, 0);
        Value g = dict_new();
        if (!code || dict_set(g, S(__builtins__), R->builtins_dict) < 0 || !vm_run_code(code, g, g)) exc_clear();
    }
    return 0;
}

/* sys._xoptions from the -X options (-X NAME: True, -X NAME=VALUE: 'VALUE');
 * -X faulthandler enables faulthandler. */
static void init_xoptions(const Options *o)
{
    Value d = dict_get_cstr(AS(Module, R->sys)->dict, "_xoptions");
    bool fh = false;
    for (int i = 0; i < o->nxopt; i++) {
        const char *x = o->xopt[i], *eq = strchr(x, '=');
        Value k = eq ? str_new(x, (size_t)(eq - x)) : str_from_cstr(x);
        if (d && IS_DICT(d) && dict_set(d, k, eq ? str_from_cstr(eq + 1) : TRUE_V) < 0) exc_clear();
        fh |= str_eq_cstr(k, "faulthandler");
    }
    if (fh) faulthandler_init(true);
}

/* sys.warnoptions: PYTHONWARNINGS's comma-separated entries, then the -W
 * options (the warnings module gives the later ones precedence); when there
 * are any, warnings is imported at once, as CPython does, so that it applies
 * them (and reports bad ones) before the program runs. */
static void init_warnoptions(const Options *o)
{
    Value l = dict_get_cstr(AS(Module, R->sys)->dict, "warnoptions");
    const char *env = R->flag_ignore_env ? NULL : getenv("PYTHONWARNINGS");
    for (const char *p = env; p && *p;) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n) list_append(l, str_new(p, n));
        p += n + (e != NULL);
    }
    for (int i = 0; i < o->nwarn; i++) list_append(l, str_from_cstr(o->warn[i]));
    if (LIST_SIZE(l) && !import_module(str_intern_cstr("warnings"))) {
        fprintf(stderr, "'import warnings' failed; traceback:\n");
        exc_print(exc_fetch(), stderr);
    }
}

/* Run a script file as __main__; returns the exit status (2: can't open). */
int kiln_run_main_file(const char *path, bool dis)
{
    char real[PATH_MAX];
    FILE *f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        char cwd[PATH_MAX];
        if (path[0] != '/' && getcwd(cwd, sizeof cwd))
            fprintf(stderr, "kiln: can't open file '%s/%s': [Errno %d] %s\n", cwd, path, e, strerror(e));
        else
            fprintf(stderr, "kiln: can't open file '%s': [Errno %d] %s\n", path, e, strerror(e));
        return 2;
    }
    /* __file__ and code filenames are absolute, as in CPython 3.9+: the
     * working directory joined to a relative path, not normalised */
    char cwd[PATH_MAX];
    size_t nc, np = strlen(path);
    if (path[0] != '/' && getcwd(cwd, sizeof cwd) && (nc = strlen(cwd)) + np + 2 <= sizeof real) {
        memcpy(real, cwd, nc);
        real[nc] = '/';
        memcpy(real + nc + 1, path, np + 1);
        path = real;
    }
    size_t len;
    char *src = read_all(f, &len);
    fclose(f);
    int rc = run_source(src, len, path, path, 0, dis);
    free(src);
    return rc;
}

/* Flush the buffered files nobody closed (_io._flush_at_exit), as CPython's
 * teardown does when it finalizes them. */
static void flush_open_files(void)
{
    Value io = dict_get_cstr(R->modules, "_io");
    Value f = io && IS_TYPE(io, module) ? dict_get_cstr(AS(Module, io)->dict, "_flush_at_exit") : 0;
    if (f && !obj_call0(f)) exc_clear();
}

/* The end of a run, a script's or a restored image's (rc: its exit status,
 * KILN_EXIT_SIGINT for an unhandled KeyboardInterrupt), in CPython's order:
 * join the non-daemon threads, run the atexit callbacks, flush the standard
 * streams, then (finalize) the __del__ methods due at exit, and flush again.
 * Those take a full collection, which in a restored process reads the whole
 * image (ten milliseconds and more for a standard-library app); a restore
 * leaves them out, as Python allows (CPython too does not promise __del__
 * for the objects still alive at exit). */
int kiln_finish(int rc, bool finalize)
{
    if (thread_shutdown() < 0) {
        Value exc = exc_fetch();
        if (!IS_OBJ(exc) || !type_is_subtype(TYPE(exc), E(KeyboardInterrupt))) exc_print(exc, stderr);
    }
    atexit_run_callbacks();
    kiln_flush_std();
    if (finalize) del_at_exit();
    flush_open_files();
    kiln_flush_std();
    if (rc == KILN_EXIT_SIGINT) {
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        rc = 130;
    }
    return rc;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

/* A static kiln (make static) cannot load glibc's name-service modules: such
 * a module (libnss_systemd, libnss_sss, ...) brings a second C library into
 * the process.  Its user, group, host and service lookups use the sources
 * built into the C library instead: the files under /etc, and DNS for host
 * names (what a container has).  Set up before the first lookup, not at
 * start-up: it reads /etc/nsswitch.conf (about 150 us here), and a restore
 * would pay for it every time.  _DYNAMIC is defined only in a dynamically
 * linked program. */
extern const char _DYNAMIC[] __attribute__((weak));

void name_services_ready(void)
{
    static const char *const files_only[] = { "passwd", "group", "shadow", "gshadow", "initgroups", "netgroup",
                                              "aliases", "ethers", "networks", "protocols", "rpc", "services",
                                              "publickey" };
    if (_DYNAMIC || R->nss_ready) return;
    for (size_t i = 0; i < sizeof files_only / sizeof *files_only; i++) __nss_configure_lookup(files_only[i], "files");
    __nss_configure_lookup("hosts", "files dns");
    R->nss_ready = 1;
}

int main(int argc, char **argv)
{
    /* A restore sets the locale on first use (localemodule.c): not here. */
    if (argc > 1 && (!strcmp(argv[1], "run") || (ends_with(argv[1], ".kiln") && access(argv[1], F_OK) == 0))) {
        if (strcmp(argv[1], "run") != 0) return snap_run_main(argc, argv);
        return snap_run_main(argc - 1, argv + 1);
    }
    setlocale(LC_CTYPE, "");   /* as CPython: the character type locale comes from the environment */
    if (argc > 1 && !strcmp(argv[1], "inspect")) return snap_inspect_main(argc - 1, argv + 1);
    heap_init();
    /* the conservative stack scan covers everything below main's frame */
    R->ts.c_stack_base = __builtin_frame_address(0);
    if (argc > 1 && !strcmp(argv[1], "bake")) return snap_bake_main(argc - 1, argv + 1);
    Options o = { 0 };
    o.warn = calloc((size_t)argc, sizeof *o.warn);
    o.xopt = calloc((size_t)argc, sizeof *o.xopt);
    parse_args(argc, argv, &o);
    if (!R->flag_ignore_env) {
        const char *ndr = getenv("PYTHONNODEBUGRANGES");
        if (ndr && *ndr) R->flag_no_debug_ranges = 1;
        const char *dwb = getenv("PYTHONDONTWRITEBYTECODE");
        if (dwb && *dwb) R->flag_dont_write_bytecode = 1;
        const char *ub = getenv("PYTHONUNBUFFERED");
        if (ub && *ub) R->flag_unbuffered = 1;
        if (!o.pycache_prefix) {
            const char *pp = getenv("PYTHONPYCACHEPREFIX");
            if (pp && *pp) o.pycache_prefix = pp;
        }
    }
    const char *argv0 = o.command ? "-c" : o.module ? NULL
                      : !strcmp(o.file, "-") && o.first_arg == argc ? "" : o.file;
    char dir[PATH_MAX];
    const char *script_dir = "";
    if (!o.command && !o.module && strcmp(o.file, "-") != 0) {
        char real[PATH_MAX];
        if (!realpath(o.file, real)) {
            int e = errno;
            char cwd[PATH_MAX];
            if (o.file[0] != '/' && getcwd(cwd, sizeof cwd))
                fprintf(stderr, "%s: can't open file '%s/%s': [Errno %d] %s\n", argv[0], cwd, o.file, e, strerror(e));
            else
                fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], o.file, e, strerror(e));
            return 2;
        }
        snprintf(dir, sizeof dir, "%s", real);
        char *slash = strrchr(dir, '/');
        if (slash) *slash = 0;
        script_dir = dir;
    }
    if (kiln_start_runtime(argc, argv, o.first_arg, argv0, script_dir) < 0) return 1;
    init_warnoptions(&o);
    free(o.warn);
    init_xoptions(&o);
    free(o.xopt);
    if (o.pycache_prefix) {
        char abs[2 * PATH_MAX + 2], cwd[PATH_MAX];
        if (o.pycache_prefix[0] != '/' && getcwd(cwd, sizeof cwd))
            snprintf(abs, sizeof abs, "%s/%s", cwd, o.pycache_prefix);
        else
            snprintf(abs, sizeof abs, "%s", o.pycache_prefix);
        dict_set_cstr(AS(Module, R->sys)->dict, "pycache_prefix", str_from_cstr(abs));
    }
    int rc;
    if (o.command) {
        rc = run_source(o.command, strlen(o.command), "<string>", NULL, 0, o.dis);
    } else if (o.module) {
        rc = run_module(o.module, o.dis);
    } else if (!strcmp(o.file, "-")) {
        size_t len;
        char *src = read_all(stdin, &len);
        rc = run_source(src, len, "<stdin>", "<stdin>", 0, o.dis);
        free(src);
    } else {
        rc = kiln_run_main_file(o.file, o.dis);
    }
    return kiln_finish(rc, true);
}
