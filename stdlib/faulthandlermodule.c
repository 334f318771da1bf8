/* kiln: the faulthandler module.  Handlers for the fatal signals (SIGSEGV,
 * SIGFPE, SIGABRT, SIGBUS, SIGILL) and for registered user signals write the
 * Python traceback of the threads to a file descriptor, and a watchdog thread
 * (dump_traceback_later) does the same after a timeout, with CPython's text.
 *
 * A handler runs at any moment, in any thread, with or without the GIL: it
 * uses write(2) only, formats numbers by hand, never allocates and never takes
 * a lock.  Everything it reads is reachable from R->faulthandler: a ValueArray
 * whose item FH_RAW is a RawBytes holding FhState (plain C data, no Values)
 * and whose other items keep the Python file objects open.  Frames are read
 * from each ThreadState's frame chain (vm.h).  Signal dispositions, the
 * alternate stack and the watchdog thread belong to a process:
 * faulthandler_after_restore sets them again in a process restored from an
 * image. */
#define _GNU_SOURCE
#include "core.h"
#include "vm.h"
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#define NSIG_ 65
#define MAX_FRAMES 100              /* per thread, then "  ..." */
#define MAX_THREADS 100             /* then "..." */
#define MAX_STRING 500              /* code points of a name, then "..." */
#define ALTSTACK_SIZE ((size_t)64 << 10)
#define TIMEOUT_MAX_US (INT64_MAX / 1000)

typedef struct FatalSig { int signum; const char *name; } FatalSig;
/* SIGSEGV last: the report's name when the signal is not found. */
static const FatalSig fatal_sigs[] = {
    { SIGBUS, "Bus error" }, { SIGILL, "Illegal instruction" }, { SIGFPE, "Floating point exception" },
    { SIGABRT, "Aborted" }, { SIGSEGV, "Segmentation fault" },
};
#define NFATAL ((int)ARRAY_LEN(fatal_sigs))

typedef struct UserSig {
    int enabled, fd, all_threads, chain;
    struct sigaction previous;
} UserSig;

typedef struct FhState {
    int fatal_enabled, fatal_fd, fatal_all_threads;
    int fatal_on[NFATAL];                /* our handler is installed for fatal_sigs[i] */
    struct sigaction fatal_prev[NFATAL]; /* ... in place of this one */
    volatile sig_atomic_t dumping;       /* a signal handler is writing: a nested one writes nothing */
    void *altstack;                      /* process-local: the malloc'd alternate signal stack */
    /* dump_traceback_later's watchdog */
    int later_armed, later_fd, later_repeat, later_exit;
    int64_t later_us;
    int later_header_len;
    char later_header[64];               /* "Timeout (0:00:01)!\n" */
    pid_t later_pid;                     /* process-local: the process whose thread later_tid is (0: none) */
    pthread_t later_tid;
    sem_t later_cancel;                  /* process-local: posted to stop the watchdog */
    UserSig user[NSIG_];
} FhState;

enum { FH_RAW, FH_FATAL_FILE, FH_LATER_FILE, FH_USER_FILE, FH_SIZE = FH_USER_FILE + NSIG_ };

/* The state, from anywhere (a signal handler, the watchdog): NULL before the
 * module was first imported. */
static FhState *raw_state(void)
{
    Value a = R->faulthandler;
    return a ? (FhState *)((RawBytes *)((ValueArray *)a)->items[FH_RAW])->data : NULL;
}

static FhState *state(void)
{
    if (!R->faulthandler) {
        RawBytes *raw = raw_bytes_new(sizeof(FhState));
        memset(raw->data, 0, sizeof(FhState));
        ValueArray *a = value_array_new(FH_SIZE);
        STORE_AT(a, &a->items[FH_RAW], OBJ_VAL(raw));
        FhState *s = (FhState *)raw->data;
        s->fatal_fd = s->later_fd = -1;
        sem_init(&s->later_cancel, 0, 0);
        STORE(R, faulthandler, OBJ_VAL(a));
    }
    return raw_state();
}

static void keep_file(int slot, Value file)
{
    ValueArray *a = (ValueArray *)R->faulthandler;
    STORE_AT(a, &a->items[slot], file);
}

/* -- Writing without allocating (async-signal-safe) ------------------------- */

static void out(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

static void outs(int fd, const char *s) { out(fd, s, strlen(s)); }

/* v in lower-case hexadecimal, zero-padded to at least width (<= 16) digits. */
static void out_hex(int fd, uint64_t v, int width)
{
    char buf[16];
    int i = (int)sizeof buf;
    do {
        buf[--i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (i > 0 && (v || (int)sizeof buf - i < width));
    out(fd, buf + i, sizeof buf - (size_t)i);
}

static void out_dec(int fd, uint64_t v)
{
    char buf[20];
    int i = (int)sizeof buf;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    out(fd, buf + i, sizeof buf - (size_t)i);
}

static bool in_arena(uintptr_t a)
{
    return a >= KILN_ARENA_BASE && a < KILN_ARENA_BASE + KILN_ARENA_SIZE && !(a & 7);
}

static bool is_str(Value v) { return in_arena(v) && AS_OBJ(v)->type == T(str); }

/* A str as CPython's _Py_DumpASCII writes it: printable ASCII as is, other
 * code points as \xHH, \uHHHH or \UHHHHHHHH, cut at MAX_STRING with "...". */
static void out_text(int fd, Value s)
{
    const unsigned char *p = (const unsigned char *)STR_DATA(s), *end = p + STR_NBYTES(s);
    char buf[256];
    size_t n = 0;
    for (int count = 0; p < end && count < MAX_STRING; count++) {
        uint32_t cp;
        int k = utf8_decode1(p, end, &cp);
        if (k <= 0) { cp = *p; k = 1; }
        p += k;
        if (n > sizeof buf - 10) { out(fd, buf, n); n = 0; }
        if (cp >= ' ' && cp < 127) {
            buf[n++] = (char)cp;
            continue;
        }
        int digits = cp <= 0xff ? 2 : cp <= 0xffff ? 4 : 8;
        buf[n++] = '\\';
        buf[n++] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
        for (int d = digits - 1; d >= 0; d--) buf[n++] = "0123456789abcdef"[(cp >> (4 * d)) & 15];
    }
    out(fd, buf, n);
    if (p < end) outs(fd, "...");
}

/* -- Reading frames and threads (async-signal-safe) ------------------------ */

/* A frame record that looks sane: another thread may be changing it. */
static bool frame_ok(Frame *f)
{
    return in_arena((uintptr_t)f) && in_arena((uintptr_t)f->code) && f->code->hdr.type == T(code);
}

static int frame_line(Frame *f)
{
    Code *c = f->code;
    if (!in_arena(c->bytecode)) return c->firstlineno;
    const uint32_t *start = frame_code_start(f);
    if (f->ip <= start || f->ip > start + c->ncode) return c->firstlineno;
    return in_arena(c->linetable) ? code_line_of(c, f->ip - start - 1) : c->firstlineno;
}

static void dump_frame(int fd, Frame *f)
{
    Code *c = f->code;
    outs(fd, "  File ");
    if (is_str(c->filename)) {
        outs(fd, "\"");
        out_text(fd, c->filename);
        outs(fd, "\"");
    } else {
        outs(fd, "???");
    }
    outs(fd, ", line ");
    int line = frame_line(f);
    if (line >= 0) out_dec(fd, (uint64_t)line);
    else outs(fd, "???");
    outs(fd, " in ");
    if (is_str(c->name)) out_text(fd, c->name);
    else outs(fd, "???");
    outs(fd, "\n");
}

/* One thread's Python stack, innermost first (CPython's dump_traceback). */
static void dump_stack(int fd, ThreadState *ts, bool header)
{
    if (header) outs(fd, "Stack (most recent call first):\n");
    Frame *f = ts->frame;
    if (!f) {
        outs(fd, "  <no Python frame>\n");
        return;
    }
    for (int depth = 0; f && frame_ok(f); f = f->prev, depth++) {
        if (depth >= MAX_FRAMES) {
            outs(fd, "  ...\n");
            break;
        }
        dump_frame(fd, f);
    }
}

/* The calling thread's state, or NULL if it runs no Python code. */
static ThreadState *this_thread(void)
{
    uint64_t me = (uint64_t)pthread_self();
    int n = 0;
    for (ThreadState *ts = R->ts.next; ts && in_arena((uintptr_t)ts) && n < 10000; ts = ts->next, n++)
        if (ts->ident == me) return ts;
    return R->ts.ident == me ? &R->ts : NULL;
}

static bool dump_thread(int fd, ThreadState *ts, ThreadState *current, int *n)
{
    if (*n) outs(fd, "\n");
    if (*n >= MAX_THREADS) {
        outs(fd, "...\n");
        return false;
    }
    outs(fd, ts == current ? "Current thread 0x" : "Thread 0x");
    out_hex(fd, ts->ident, 16);
    outs(fd, " (most recent call first):\n");
    if (ts == current && R->gc_collecting) outs(fd, "  Garbage-collecting\n");
    dump_stack(fd, ts, false);
    (*n)++;
    return true;
}

/* Every thread's stack, the newest thread first and the main thread last as
 * CPython lists them; current (or none) is marked "Current thread". */
static void dump_threads(int fd, ThreadState *current)
{
    int n = 0;
    for (ThreadState *ts = R->ts.next; ts && in_arena((uintptr_t)ts); ts = ts->next)
        if (!dump_thread(fd, ts, current, &n)) return;
    dump_thread(fd, &R->ts, current, &n);
}

/* The report of a signal handler: every thread, or the calling one. */
static void dump_for_signal(FhState *s, int fd, bool all_threads)
{
    if (s->dumping) return;
    s->dumping = 1;
    ThreadState *ts = this_thread();
    if (all_threads) dump_threads(fd, ts);
    else if (ts) dump_stack(fd, ts, true);
    s->dumping = 0;
}

static bool str_same(Value a, Value b)
{
    return is_str(a) && is_str(b) && STR_NBYTES(a) == STR_NBYTES(b) && !memcmp(STR_DATA(a), STR_DATA(b), (size_t)STR_NBYTES(a));
}

/* After a fatal error, as CPython: the C modules imported that are not in
 * sys.stdlib_module_names.  Every C module of kiln is part of its standard
 * library, so without that frozenset none is listed. */
static void dump_ext_modules(int fd)
{
    Value names = 0, k, v;
    int64_t pos = 0, count = 0;
    Value sysd = R->sys ? AS(Module, R->sys)->dict : 0;
    while (sysd && dict_next(sysd, &pos, &k, &v))
        if (is_str(k) && !strcmp(STR_DATA(k), "stdlib_module_names")) { names = v; break; }
    if (!names || !in_arena(names) || AS_OBJ(names)->type != T(frozenset) || !in_arena(R->modules)) return;
    for (pos = 0; dict_next(R->modules, &pos, &k, &v);) {
        if (!is_str(k) || !in_arena(v) || AS_OBJ(v)->type != T(module) || !AS(Module, v)->def) continue;
        Value item;
        int64_t i = 0;
        bool std = false;
        while (!std && set_next(names, &i, &item)) std = str_same(k, item);
        if (std) continue;
        outs(fd, count++ ? ", " : "\nExtension modules: ");
        out_text(fd, k);
    }
    if (count) {
        outs(fd, " (total: ");
        out_dec(fd, (uint64_t)count);
        outs(fd, ")\n");
    }
}

/* -- Signal handlers ---------------------------------------------------------- */

/* A fatal signal: report, put the previous handler back and raise the signal
 * again, so that the process still ends the way it would have. */
static void fatal_handler(int sig)
{
    int e = errno;
    FhState *s = raw_state();
    if (!s || !s->fatal_enabled) {
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    int i = 0;
    while (i < NFATAL - 1 && fatal_sigs[i].signum != sig) i++;
    sigaction(fatal_sigs[i].signum, &s->fatal_prev[i], NULL);
    s->fatal_on[i] = 0;
    int fd = s->fatal_fd;
    outs(fd, "Fatal Python error: ");
    outs(fd, fatal_sigs[i].name);
    outs(fd, "\n\n");
    dump_for_signal(s, fd, s->fatal_all_threads);
    dump_ext_modules(fd);
    errno = e;
    raise(sig);   /* SA_NODEFER: the previous handler runs now */
}

static void user_handler(int sig);

static int user_install(int sig, int chain, struct sigaction *prev)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = user_handler;
    sigemptyset(&sa.sa_mask);
    /* restart interrupted system calls; a chained handler may get the signal again */
    sa.sa_flags = (chain ? SA_NODEFER : SA_RESTART) | SA_ONSTACK;
    return sigaction(sig, &sa, prev);
}

static void user_handler(int sig)
{
    int e = errno;
    FhState *s = raw_state();
    if (!s || sig <= 0 || sig >= NSIG_ || !s->user[sig].enabled) return;
    UserSig *u = &s->user[sig];
    dump_for_signal(s, u->fd, u->all_threads);
    if (u->chain) {
        sigaction(sig, &u->previous, NULL);
        errno = e;
        raise(sig);
        e = errno;
        user_install(sig, u->chain, NULL);
    }
    errno = e;
}

/* The calling thread's alternate signal stack, so that a stack overflow can be reported. */
static int alloc_altstack(FhState *s)
{
    if (s->altstack) return 0;
    void *p = malloc(ALTSTACK_SIZE);
    if (!p) {
        raise_memory();
        return -1;
    }
    stack_t st = { .ss_sp = p, .ss_flags = 0, .ss_size = ALTSTACK_SIZE }, old;
    if (sigaltstack(&st, &old) < 0) {
        free(p);
        raise_errno(NULL, errno, 0);
        return -1;
    }
    /* someone else's bigger stack stays */
    if (old.ss_sp && !(old.ss_flags & SS_DISABLE) && old.ss_size >= st.ss_size) sigaltstack(&old, NULL);
    s->altstack = p;
    return 0;
}

static int install_fatal(FhState *s)
{
    if (s->fatal_enabled) return 0;
    if (alloc_altstack(s) < 0) return -1;
    s->fatal_enabled = 1;
    for (int i = 0; i < NFATAL; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = fatal_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_NODEFER | SA_ONSTACK;
        if (sigaction(fatal_sigs[i].signum, &sa, &s->fatal_prev[i]) < 0) {
            raise_errno(E(RuntimeError), errno, 0);
            return -1;
        }
        s->fatal_on[i] = 1;
    }
    return 0;
}

static void uninstall_fatal(FhState *s)
{
    if (!s->fatal_enabled) return;
    s->fatal_enabled = 0;
    for (int i = 0; i < NFATAL; i++)
        if (s->fatal_on[i]) {
            sigaction(fatal_sigs[i].signum, &s->fatal_prev[i], NULL);
            s->fatal_on[i] = 0;
        }
}

/* -- The watchdog of dump_traceback_later ------------------------------------ */

static void *watchdog(void *arg)
{
    FhState *s = arg;
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, NULL);
    for (;;) {
        struct timespec t;
        clock_gettime(CLOCK_MONOTONIC, &t);
        int64_t ns = t.tv_nsec + (s->later_us % 1000000) * 1000;
        t.tv_sec += (time_t)(s->later_us / 1000000 + ns / 1000000000);
        t.tv_nsec = (long)(ns % 1000000000);
        int r;
        do r = sem_clockwait(&s->later_cancel, CLOCK_MONOTONIC, &t); while (r < 0 && errno == EINTR);
        if (r == 0) break;   /* cancelled */
        out(s->later_fd, s->later_header, (size_t)s->later_header_len);
        dump_threads(s->later_fd, NULL);
        if (s->later_exit) _exit(1);
        if (!s->later_repeat) break;
    }
    return NULL;
}

static int later_start(FhState *s)
{
    if (pthread_create(&s->later_tid, NULL, watchdog, s) != 0) return -1;
    s->later_pid = getpid();
    return 0;
}

static void later_cancel(FhState *s)
{
    if (s->later_pid && s->later_pid == getpid()) {
        sem_post(&s->later_cancel);
        pthread_join(s->later_tid, NULL);
        while (sem_trywait(&s->later_cancel) == 0) {}   /* the watchdog had ended by itself */
    }
    s->later_pid = 0;
    s->later_armed = 0;
    keep_file(FH_LATER_FILE, 0);
}

/* -- Arguments ------------------------------------------------------------------ */

/* An argument parsed as a C int (CPython's "i" format). */
static int int_arg(Value v, int *out)
{
    int64_t x;
    if (IS_FLOAT(v)) {
        raise_TypeError("'float' object cannot be interpreted as an integer");
        return -1;
    }
    if (obj_as_ssize(v, &x, E(OverflowError)) < 0) return -1;
    if (x > INT_MAX || x < INT_MIN) {
        raise_OverflowError(x > INT_MAX ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* The file descriptor of a file argument: an int, or an object with fileno()
 * (flushed), sys.stderr when absent or None.  *file becomes the object to
 * keep open (0 for an int).  -1 with an exception on error. */
static int get_fileno(Value *file)
{
    Value f = *file;
    if (!f || f == NONE) {
        f = dict_get_cstr(AS(Module, R->sys)->dict, "stderr");
        if (!f) { raise_RuntimeError("unable to get sys.stderr"); return -1; }
        if (f == NONE) { raise_RuntimeError("sys.stderr is None"); return -1; }
    } else if (IS_INT(f)) {
        int64_t fd;
        if (int_as_i64(f, &fd) < 0 || fd > INT_MAX || fd < INT_MIN) {
            exc_clear();   /* int_as_i64 of an int fails with OverflowError only */
            raise_OverflowError("Python int too large to convert to C int");
            return -1;
        }
        if (fd < 0) { raise_ValueError("file is not a valid file descripter"); return -1; }
        *file = 0;
        return (int)fd;
    }
    Value r = obj_call_method(f, str_intern_cstr("fileno"), NULL, 0);
    if (!r) return -1;
    int64_t fd = -1;
    if (IS_INT(r) && int_as_i64(r, &fd) < 0) { exc_clear(); fd = -1; }
    if (fd < 0 || fd >= INT_MAX) {
        raise_RuntimeError("file.fileno() is not a valid file descriptor");
        return -1;
    }
    if (!obj_call_method(f, str_intern_cstr("flush"), NULL, 0)) exc_clear();
    *file = f;
    return (int)fd;
}

/* A timeout in seconds (int or float) as microseconds, rounded up as CPython's
 * _PyTime_ROUND_TIMEOUT does. */
static int timeout_arg(Value v, int64_t *us)
{
    static const char too_large[] = "timestamp too large to convert to C _PyTime_t";
    int64_t ns;
    if (IS_FLOAT(v)) {
        double d;
        if (float_as_double(v, &d) < 0) return -1;
        if (isnan(d)) { raise_ValueError("Invalid value NaN (not a number)"); return -1; }
        d *= 1e9;
        d = d >= 0 ? ceil(d) : floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) { raise_OverflowError(too_large); return -1; }
        ns = (int64_t)d;
    } else {
        int64_t sec;
        if (obj_as_ssize(v, &sec, E(OverflowError)) < 0) {
            if (exc_matches(E(OverflowError))) { exc_clear(); raise_OverflowError(too_large); }
            return -1;
        }
        if (sec > INT64_MAX / 1000000000 || sec < INT64_MIN / 1000000000) { raise_OverflowError(too_large); return -1; }
        ns = sec * 1000000000;
    }
    *us = ns / 1000 + (ns % 1000 > 0) - (ns % 1000 < 0);
    return 0;
}

/* A signal register() and unregister() may take. */
static int check_signum(int sig)
{
    for (int i = 0; i < NFATAL; i++)
        if (fatal_sigs[i].signum == sig) {
            raise_RuntimeError("signal %d cannot be registered, use enable() instead", sig);
            return -1;
        }
    if (sig < 1 || sig >= NSIG_) {
        raise_ValueError("signal number out of range");
        return -1;
    }
    return 0;
}

/* (file=sys.stderr, all_threads=True), the arguments of enable() and dump_traceback(). */
static int file_all_args(const char *fname, const Value *args, size_t nargs, Value kw, int *fd, Value *file, int *all)
{
    static const char *const names[] = { "file", "all_threads", NULL };
    Value a[2];
    *all = 1;
    if (args_parse(fname, args, nargs, kw, names, 0, a) < 0 || (a[1] && int_arg(a[1], all) < 0)) return -1;
    *file = a[0];
    return (*fd = get_fileno(file)) < 0 ? -1 : 0;
}

/* -- The module's functions ---------------------------------------------------- */

static Value m_enable(Value self, const Value *args, size_t nargs, Value kw)
{
    int fd, all;
    Value file;
    if (file_all_args("enable", args, nargs, kw, &fd, &file, &all) < 0) return 0;
    FhState *s = state();
    keep_file(FH_FATAL_FILE, file);
    s->fatal_fd = fd;
    s->fatal_all_threads = all != 0;
    return install_fatal(s) < 0 ? 0 : NONE;
}

static Value m_disable(Value self, const Value *args, size_t nargs, Value kw)
{
    FhState *s = state();
    if (!s->fatal_enabled) return FALSE_V;
    uninstall_fatal(s);
    keep_file(FH_FATAL_FILE, 0);
    return TRUE_V;
}

static Value m_is_enabled(Value self, const Value *args, size_t nargs, Value kw)
{
    return BOOL_V(state()->fatal_enabled);
}

static Value m_dump_traceback(Value self, const Value *args, size_t nargs, Value kw)
{
    int fd, all;
    Value file;
    if (file_all_args("dump_traceback", args, nargs, kw, &fd, &file, &all) < 0) return 0;
    if (all) dump_threads(fd, TS);
    else dump_stack(fd, TS, true);
    return NONE;
}

static Value m_dump_traceback_later(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "timeout", "repeat", "file", "exit", NULL };
    Value a[4];
    int repeat = 0, exit_ = 0;
    int64_t us;
    if (args_parse("dump_traceback_later", args, nargs, kw, names, 1, a) < 0 ||
        (a[1] && int_arg(a[1], &repeat) < 0) || (a[3] && int_arg(a[3], &exit_) < 0) ||
        timeout_arg(a[0], &us) < 0) return 0;
    if (us <= 0) return raise_ValueError("timeout must be greater than 0");
    if (us > TIMEOUT_MAX_US) return raise_OverflowError("timeout value is too large");
    Value file = a[2];
    int fd = get_fileno(&file);
    if (fd < 0) return 0;
    FhState *s = state();
    later_cancel(s);
    int64_t sec = us / 1000000, frac = us % 1000000;
    s->later_header_len = snprintf(s->later_header, sizeof s->later_header,
                                   frac ? "Timeout (%ld:%02ld:%02ld.%06ld)!\n" : "Timeout (%ld:%02ld:%02ld)!\n",
                                   (long)(sec / 3600), (long)(sec / 60 % 60), (long)(sec % 60), (long)frac);
    keep_file(FH_LATER_FILE, file);
    s->later_fd = fd;
    s->later_us = us;
    s->later_repeat = repeat != 0;
    s->later_exit = exit_ != 0;
    if (later_start(s) < 0) {
        keep_file(FH_LATER_FILE, 0);
        return raise_RuntimeError("unable to start watchdog thread");
    }
    s->later_armed = 1;
    return NONE;
}

static Value m_cancel_dump_traceback_later(Value self, const Value *args, size_t nargs, Value kw)
{
    later_cancel(state());
    return NONE;
}

static Value m_register(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "signum", "file", "all_threads", "chain", NULL };
    Value a[4];
    int sig, all = 1, chain = 0;
    if (args_parse("register", args, nargs, kw, names, 1, a) < 0 || int_arg(a[0], &sig) < 0 ||
        (a[2] && int_arg(a[2], &all) < 0) || (a[3] && int_arg(a[3], &chain) < 0) ||
        check_signum(sig) < 0) return 0;
    Value file = a[1];
    int fd = get_fileno(&file);
    if (fd < 0) return 0;
    FhState *s = state();
    UserSig *u = &s->user[sig];
    if (!u->enabled) {
        if (alloc_altstack(s) < 0) return 0;
        struct sigaction prev;
        if (user_install(sig, chain, &prev) < 0) return raise_errno(NULL, errno, 0);
        u->previous = prev;
    }
    keep_file(FH_USER_FILE + sig, file);
    u->fd = fd;
    u->all_threads = all != 0;
    u->chain = chain != 0;
    u->enabled = 1;
    return NONE;
}

static Value m_unregister(Value self, const Value *args, size_t nargs, Value kw)
{
    int sig;
    if (nargs != 1) return raise_TypeError("unregister() takes exactly 1 argument (%zu given)", nargs);
    if (int_arg(args[0], &sig) < 0 || check_signum(sig) < 0) return 0;
    FhState *s = state();
    UserSig *u = &s->user[sig];
    if (!u->enabled) return FALSE_V;
    u->enabled = 0;
    sigaction(sig, &u->previous, NULL);
    keep_file(FH_USER_FILE + sig, 0);
    u->fd = -1;
    return TRUE_V;
}

/* -- Crashing on purpose (CPython's test helpers) ------------------------------ */

/* No core file for the crashes the tests cause. */
static void no_core_dump(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_CORE, &rl) == 0) {
        rl.rlim_cur = 0;
        setrlimit(RLIMIT_CORE, &rl);
    }
}

static Value m_read_null(Value self, const Value *args, size_t nargs, Value kw)
{
    no_core_dump();
    volatile uintptr_t zero = 0;
    volatile int *p = (volatile int *)zero;
    return MKSMALL(*p);
}

static Value m_sigsegv(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", NULL };
    Value a[1];
    int release = 0;
    if (args_no_kw("_sigsegv", kw) < 0 || args_parse("_sigsegv", args, nargs, kw, names, 0, a) < 0 ||
        (a[0] && int_arg(a[0], &release) < 0)) return 0;
    no_core_dump();
    if (release) GIL_BLOCKING(raise(SIGSEGV));
    else raise(SIGSEGV);
    return NONE;
}

static Value m_sigabrt(Value self, const Value *args, size_t nargs, Value kw)
{
    no_core_dump();
    abort();
}

static Value m_sigfpe(Value self, const Value *args, size_t nargs, Value kw)
{
    no_core_dump();
    volatile int x = 1, y = 0;
    int z = x / y;   /* SIGFPE on x86; raised by hand elsewhere */
    raise(SIGFPE);
    return MKSMALL(z);
}

/* Take at least 4 KiB of C stack per call until the stack overflows or
 * [lo, hi] is left; the sum keeps the call from being a tail call. */
static NOINLINE uintptr_t overflow_stack(uintptr_t lo, uintptr_t hi, size_t *depth)
{
    volatile unsigned char buf[4096];
    uintptr_t sp = (uintptr_t)buf;
    ++*depth;
    if (sp < lo || sp > hi) return sp;
    buf[0] = 1;
    buf[sizeof buf - 1] = 0;
    return overflow_stack(lo, hi, depth) + buf[sizeof buf - 1];
}

static Value m_stack_overflow(Value self, const Value *args, size_t nargs, Value kw)
{
    const uintptr_t limit = (uintptr_t)100 << 20;
    size_t depth = 0;
    uintptr_t sp = (uintptr_t)&depth;
    uintptr_t end = overflow_stack(sp > limit ? sp - limit : 0, sp + limit, &depth);
    return raise_RuntimeError("unable to raise a stack overflow (allocated %zu bytes on the stack, %zu recursive calls)",
                              (size_t)(sp > end ? sp - end : end - sp), depth);
}

/* Py_FatalError() from a thread that runs no Python code: the report names
 * no current thread; faulthandler is turned off so that abort() adds none. */
static void *fatal_thread(void *arg)
{
    (void)arg;
    outs(2, "Fatal Python error: faulthandler_fatal_error_thread: in new thread\n"
            "Python runtime state: initialized\n\n");
    dump_threads(2, NULL);
    dump_ext_modules(2);
    FhState *s = raw_state();
    if (s) uninstall_fatal(s);
    abort();
}

static Value m_fatal_error_c_thread(Value self, const Value *args, size_t nargs, Value kw)
{
    no_core_dump();
    pthread_t t;
    if (pthread_create(&t, NULL, fatal_thread, NULL) != 0) return raise_RuntimeError("unable to start the thread");
    pthread_join(t, NULL);
    return NONE;
}

/* -- Start-up and image restore ---------------------------------------------- */

void faulthandler_init(bool forced)
{
    const char *env = R->flag_ignore_env ? NULL : getenv("PYTHONFAULTHANDLER");
    FhState *s = raw_state();
    if ((!forced && !(env && *env)) || (s && s->fatal_enabled)) return;
    Value m = import_module(str_intern_cstr("faulthandler"));
    Value enable = m ? obj_getattr_cstr(m, "enable") : 0;
    if (!enable || !obj_call0(enable)) exc_print_sys_stderr(exc_fetch());
}

void faulthandler_after_restore(void)
{
    R->ts.ident = (uint64_t)pthread_self();
    FhState *s = raw_state();
    if (!s) {
        faulthandler_init(false);
        return;
    }
    s->altstack = NULL;
    s->dumping = 0;
    s->later_pid = 0;
    sem_init(&s->later_cancel, 0, 0);
    if (s->fatal_enabled) {
        s->fatal_enabled = 0;
        memset(s->fatal_on, 0, sizeof s->fatal_on);
        if (install_fatal(s) < 0) exc_clear();
    }
    for (int sig = 1; sig < NSIG_; sig++) {
        UserSig *u = &s->user[sig];
        if (u->enabled && (alloc_altstack(s) < 0 || user_install(sig, u->chain, &u->previous) < 0)) {
            exc_clear();
            u->enabled = 0;
        }
    }
    if (s->later_armed && later_start(s) < 0) s->later_armed = 0;
    faulthandler_init(false);
}

static const MethodDef faulthandler_methods[] = {
    { "enable", m_enable, 0, "enable(file=sys.stderr, all_threads=True): enable the fault handler" },
    { "disable", m_disable, METH_NOARGS, "disable(): disable the fault handler" },
    { "is_enabled", m_is_enabled, METH_NOARGS, "is_enabled()->bool: check if the handler is enabled" },
    { "dump_traceback", m_dump_traceback, 0,
      "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, "
      "or of all threads if all_threads is True, into file" },
    { "dump_traceback_later", m_dump_traceback_later, 0,
      "dump_traceback_later(timeout, repeat=False, file=sys.stderrn, exit=False):\n"
      "dump the traceback of all threads in timeout seconds,\n"
      "or each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe." },
    { "cancel_dump_traceback_later", m_cancel_dump_traceback_later, METH_NOARGS,
      "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later()." },
    { "register", m_register, 0,
      "register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal "
      "'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file" },
    { "unregister", m_unregister, 0,
      "unregister(signum): unregister the handler of the signal 'signum' registered by register()" },
    { "_read_null", m_read_null, METH_NOARGS,
      "_read_null(): read from NULL, raise a SIGSEGV or SIGBUS signal depending on the platform" },
    { "_sigsegv", m_sigsegv, 0, "_sigsegv(release_gil=False): raise a SIGSEGV signal" },
    { "_fatal_error_c_thread", m_fatal_error_c_thread, METH_NOARGS,
      "fatal_error_c_thread(): call Py_FatalError() in a new C thread." },
    { "_sigabrt", m_sigabrt, METH_NOARGS, "_sigabrt(): raise a SIGABRT signal" },
    { "_sigfpe", m_sigfpe, METH_NOARGS, "_sigfpe(): raise a SIGFPE signal" },
    { "_stack_overflow", m_stack_overflow, METH_NOARGS, "_stack_overflow(): recursive call to raise a stack overflow" },
    { NULL, NULL, 0, NULL },
};

static int faulthandler_exec(Value m)
{
    (void)m;
    state();
    return 0;
}

const ModuleDef faulthandler_module = { "faulthandler", "faulthandler module.", faulthandler_methods, faulthandler_exec };
