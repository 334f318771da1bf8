/* kiln: the _signal module.  The C handler only asks the main thread's
 * interpreter to run a pending call (vm_add_pending_call, async-signal-safe);
 * that call, one per signal number, runs the Python handler at the next safe
 * point.  Python handlers live in a list in kiln_state_dict()["signal_handlers"]. */
#define _GNU_SOURCE
#include "core.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#define NSIG_ 65

static Value handlers_list(void)
{
    Value d = kiln_state_dict();
    Value l = dict_get_cstr(d, "signal_handlers");
    if (!l) {
        l = list_new(NSIG_);
        for (int i = 0; i < NSIG_; i++) LIST_ITEMS(l)[i] = MKSMALL(-1);   /* -1: not set from Python */
        if (dict_set_cstr(d, "signal_handlers", l) < 0) return 0;
    }
    return l;
}

/* Run the Python handler of signal n (pending-call context). */
static int run_handler(int n)
{
    Value l = handlers_list();
    if (!l) return -1;
    Value h = LIST_ITEMS(l)[n];
    if (IS_SMALL(h) || !obj_is_callable(h)) return 0;
    Value wfd = dict_get_cstr(kiln_state_dict(), "signal_wakeup_fd");
    if (wfd && IS_SMALL(wfd) && SMALL_VAL(wfd) >= 0) {
        unsigned char byte = (unsigned char)n;
        ssize_t w;
        do w = write((int)SMALL_VAL(wfd), &byte, 1); while (w < 0 && errno == EINTR);
    }
    Value frame = vm_getframe(0);
    if (!frame) { exc_clear(); frame = NONE; }
    Value r = obj_call2(h, MKSMALL(n), frame);
    return r ? 0 : -1;
}

#define PEND(n) static int pend_##n(void) { return run_handler(n); }
#define REP8(M, b) M(b##0) M(b##1) M(b##2) M(b##3) M(b##4) M(b##5) M(b##6) M(b##7)
PEND(1) PEND(2) PEND(3) PEND(4) PEND(5) PEND(6) PEND(7) PEND(8) PEND(9)
PEND(10) PEND(11) PEND(12) PEND(13) PEND(14) PEND(15) PEND(16) PEND(17) PEND(18) PEND(19)
PEND(20) PEND(21) PEND(22) PEND(23) PEND(24) PEND(25) PEND(26) PEND(27) PEND(28) PEND(29)
PEND(30) PEND(31) PEND(32) PEND(33) PEND(34) PEND(35) PEND(36) PEND(37) PEND(38) PEND(39)
PEND(40) PEND(41) PEND(42) PEND(43) PEND(44) PEND(45) PEND(46) PEND(47) PEND(48) PEND(49)
PEND(50) PEND(51) PEND(52) PEND(53) PEND(54) PEND(55) PEND(56) PEND(57) PEND(58) PEND(59)
PEND(60) PEND(61) PEND(62) PEND(63) PEND(64)
static int (*const pend_fns[NSIG_])(void) = {
    NULL, pend_1, pend_2, pend_3, pend_4, pend_5, pend_6, pend_7, pend_8, pend_9,
    pend_10, pend_11, pend_12, pend_13, pend_14, pend_15, pend_16, pend_17, pend_18, pend_19,
    pend_20, pend_21, pend_22, pend_23, pend_24, pend_25, pend_26, pend_27, pend_28, pend_29,
    pend_30, pend_31, pend_32, pend_33, pend_34, pend_35, pend_36, pend_37, pend_38, pend_39,
    pend_40, pend_41, pend_42, pend_43, pend_44, pend_45, pend_46, pend_47, pend_48, pend_49,
    pend_50, pend_51, pend_52, pend_53, pend_54, pend_55, pend_56, pend_57, pend_58, pend_59,
    pend_60, pend_61, pend_62, pend_63, pend_64,
};

static void c_handler(int sig)
{
    int e = errno;
    if (sig > 0 && sig < NSIG_) vm_add_pending_call(&R->ts, pend_fns[sig]);
    errno = e;
}

static int sig_arg(Value v, int *out)
{
    int64_t n;
    if (IS_FLOAT(v)) { raise_TypeError("'float' object cannot be interpreted as an integer"); return -1; }
    if (obj_as_ssize(v, &n, E(OverflowError)) < 0) return -1;
    if (n < 1 || n >= NSIG_) { raise_ValueError("signal number out of range"); return -1; }
    *out = (int)n;
    return 0;
}

/* The handler as Python sees it when it was not set from Python. */
static Value os_handler(int n)
{
    struct sigaction sa;
    if (sigaction(n, NULL, &sa) < 0) return NONE;
    if (sa.sa_handler == SIG_DFL) return MKSMALL(0);
    if (sa.sa_handler == SIG_IGN) return MKSMALL(1);
    return NONE;
}

static Value m_getsignal(Value self, const Value *args, size_t nargs, Value kw)
{
    int n;
    if (args_count("getsignal", nargs, 1, 1) < 0 || sig_arg(args[0], &n) < 0) return 0;
    Value l = handlers_list();
    if (!l) return 0;
    Value h = LIST_ITEMS(l)[n];
    return h == MKSMALL(-1) ? os_handler(n) : h;
}

static Value m_signal(Value self, const Value *args, size_t nargs, Value kw)
{
    int n;
    if (args_count("signal", nargs, 2, 2) < 0 || sig_arg(args[0], &n) < 0) return 0;
    Value h = args[1];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    int64_t hv = -1;
    if (IS_INT(h) && !IS_BOOL(h)) { if (int_as_i64(h, &hv) < 0) return 0; }
    if (hv == 0 || hv == 1) {
        sa.sa_handler = hv ? SIG_IGN : SIG_DFL;
    } else if (obj_is_callable(h)) {
        sa.sa_handler = c_handler;
        sa.sa_flags = SA_ONSTACK;
    } else {
        return raise_TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    Value old = m_getsignal(self, args, 1, 0);
    if (!old) return 0;
    if (sigaction(n, &sa, NULL) < 0) return raise_errno(NULL, errno, 0);
    Value l = handlers_list();
    STORE_AT(AS(List, l)->items, &LIST_ITEMS(l)[n], h);
    return old;
}

/* After a restore (image.c): the handlers are the process's, set again
 * each one the program set from Python to SIG_IGN or a callable, as
 * signal.signal(n, handler) would (the list already holds it). */
void signal_after_restore(void)
{
    Value l = dict_get_cstr(kiln_state_dict(), "signal_handlers");
    if (!l || !IS_LIST(l)) return;
    for (int64_t n = 1; n < LIST_SIZE(l) && n < NSIG_; n++) {
        Value h = LIST_ITEMS(l)[n];
        int64_t hv = -1;
        if (IS_INT(h) && !IS_BOOL(h) && int_as_i64(h, &hv) < 0) exc_clear();
        if (hv == -1 && IS_SMALL(h)) continue;      /* not set from Python */
        if (hv == 0) continue;
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sigemptyset(&sa.sa_mask);
        if (hv == 1) {
            sa.sa_handler = SIG_IGN;
        } else if (obj_is_callable(h)) {
            sa.sa_handler = c_handler;
            sa.sa_flags = SA_ONSTACK;
        } else {
            continue;
        }
        sigaction((int)n, &sa, NULL);
    }
}

static Value m_default_int_handler(Value self, const Value *args, size_t nargs, Value kw)
{
    return raise_type_noargs(E(KeyboardInterrupt));
}

static Value m_alarm(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t s;
    if (args_count("alarm", nargs, 1, 1) < 0 || obj_as_ssize(args[0], &s, E(OverflowError)) < 0) return 0;
    return MKSMALL(alarm((unsigned)s));
}

static Value m_pause(Value self, const Value *args, size_t nargs, Value kw)
{
    pause();
    return NONE;
}

/* Send sig to this process; when it has a Python handler (and is not blocked),
 * the handler runs before this returns, as in CPython where the eval loop sees
 * the signal right after the call.  -1 with an exception pending on error. */
int signal_send_self(int sig)
{
    Value l = sig > 0 && sig < NSIG_ ? handlers_list() : 0;
    Value h = l ? LIST_ITEMS(l)[sig] : 0;
    if (!h || IS_SMALL(h) || !obj_is_callable(h)) {
        if (kill(getpid(), sig) < 0) { raise_errno(NULL, errno, 0); return -1; }
        return 0;
    }
    /* Another C handler took the signal over (faulthandler.register): send it
     * for real; when that handler chains to ours, the Python handler runs now. */
    struct sigaction cur;
    if (sigaction(sig, NULL, &cur) == 0 && cur.sa_handler != c_handler) {
        if (kill(getpid(), sig) < 0) { raise_errno(NULL, errno, 0); return -1; }
        return TS == &R->ts ? vm_check_pending() : 0;
    }
    sigset_t s, old;
    sigemptyset(&s);
    sigaddset(&s, sig);
    pthread_sigmask(SIG_BLOCK, &s, &old);
    if (sigismember(&old, sig) == 1) {
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        if (kill(getpid(), sig) < 0) { raise_errno(NULL, errno, 0); return -1; }
        return 0;
    }
    if (kill(getpid(), sig) < 0) {
        int e = errno;
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        raise_errno(NULL, e, 0);
        return -1;
    }
    struct timespec zero = { 0, 0 };
    int got = sigtimedwait(&s, NULL, &zero);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return got == sig ? run_handler(sig) : 0;
}

static Value m_raise_signal(Value self, const Value *args, size_t nargs, Value kw)
{
    int n;
    if (args_count("raise_signal", nargs, 1, 1) < 0 || sig_arg(args[0], &n) < 0) return 0;
    return signal_send_self(n) < 0 ? 0 : NONE;
}

static Value m_strsignal(Value self, const Value *args, size_t nargs, Value kw)
{
    int n;
    if (args_count("strsignal", nargs, 1, 1) < 0 || sig_arg(args[0], &n) < 0) return 0;
    const char *s = strsignal(n);
    if (!s || !strncmp(s, "Unknown signal", 14) || !strncmp(s, "Real-time signal", 16)) return NONE;
    return str_from_cstr(s);
}

static Value sigset_to_set(const sigset_t *s)
{
    Value r = set_new();
    for (int i = 1; i < NSIG_; i++)
        if (sigismember(s, i) == 1) {
            if (set_add(r, MKSMALL(i)) < 0) return 0;
        }
    return r;
}

static Value m_valid_signals(Value self, const Value *args, size_t nargs, Value kw)
{
    sigset_t s;
    sigfillset(&s);
    Value r = set_new();
    for (int i = 1; i < NSIG_; i++)
        if (sigismember(&s, i) == 1 && set_add(r, MKSMALL(i)) < 0) return 0;
    return r;
}

static int iter_to_sigset(Value it, sigset_t *s)
{
    sigemptyset(s);
    Value i = obj_iter(it);
    if (!i) return -1;
    Value v;
    while ((v = obj_next(i))) {
        int n;
        if (sig_arg(v, &n) < 0) return -1;
        sigaddset(s, n);
    }
    return exc_pending() ? -1 : 0;
}

static Value m_pthread_sigmask(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t how;
    sigset_t s, old;
    if (args_count("pthread_sigmask", nargs, 2, 2) < 0 || obj_as_ssize(args[0], &how, E(OverflowError)) < 0 ||
        iter_to_sigset(args[1], &s) < 0) return 0;
    int e = pthread_sigmask((int)how, &s, &old);
    if (e) return raise_errno(NULL, e, 0);
    return sigset_to_set(&old);
}

static Value m_sigpending(Value self, const Value *args, size_t nargs, Value kw)
{
    sigset_t s;
    if (sigpending(&s) < 0) return raise_errno(NULL, errno, 0);
    return sigset_to_set(&s);
}

/* set_wakeup_fd(fd, *, warn_on_full_buffer=True): run_handler writes the
 * signal number as one byte to fd before it runs the Python handler (from the
 * pending call, not the C handler: a blocking poll retries after running
 * pending calls, so the byte still wakes an event loop's selector). */
static Value m_set_wakeup_fd(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", "warn_on_full_buffer", NULL };
    Value a[2];
    if (args_parse("set_wakeup_fd", args, nargs, kw, names, 1, a) < 0) return 0;
    if (IS_FLOAT(a[0])) return raise_TypeError("'float' object cannot be interpreted as an integer");
    int64_t fd;
    if (obj_as_ssize(a[0], &fd, E(OverflowError)) < 0) return 0;
    if (fd != -1) {
        struct stat st;
        if (fd < 0 || fd > INT_MAX || fstat((int)fd, &st) < 0) return raise_errno(NULL, EBADF, 0);
        int fl = fcntl((int)fd, F_GETFL);
        if (fl < 0) return raise_errno(NULL, errno, 0);
        if (!(fl & O_NONBLOCK)) return raise_ValueError("the fd %d must be in non-blocking mode", (int)fd);
    }
    Value d = kiln_state_dict();
    Value old = dict_get_cstr(d, "signal_wakeup_fd");
    if (dict_set_cstr(d, "signal_wakeup_fd", MKSMALL(fd)) < 0) return 0;
    return old ? old : MKSMALL(-1);
}

static Value m_siginterrupt(Value self, const Value *args, size_t nargs, Value kw)
{
    int n;
    if (args_count("siginterrupt", nargs, 2, 2) < 0 || sig_arg(args[0], &n) < 0) return 0;
    int flag = obj_truthy(args[1]);
    if (flag < 0) return 0;
    struct sigaction sa;
    sigaction(n, NULL, &sa);
    if (flag) sa.sa_flags &= ~SA_RESTART; else sa.sa_flags |= SA_RESTART;
    if (sigaction(n, &sa, NULL) < 0) return raise_errno(NULL, errno, 0);
    return NONE;
}

static Value m_pthread_kill(Value self, const Value *args, size_t nargs, Value kw)
{
    int n;
    int64_t tid;
    if (args_count("pthread_kill", nargs, 2, 2) < 0 || obj_as_ssize(args[0], &tid, E(OverflowError)) < 0) return 0;
    if (args[1] != MKSMALL(0) && sig_arg(args[1], &n) < 0) return 0;
    if (args[1] == MKSMALL(0)) n = 0;
    int e = pthread_kill((pthread_t)tid, n);
    if (e) return raise_errno(NULL, e, 0);
    return NONE;
}

static Value itimer_tuple(const struct itimerval *v)
{
    return tuple_pack(2, float_new(v->it_value.tv_sec + v->it_value.tv_usec * 1e-6),
                      float_new(v->it_interval.tv_sec + v->it_interval.tv_usec * 1e-6));
}

static void to_tv(double d, struct timeval *tv)
{
    tv->tv_sec = (time_t)d;
    tv->tv_usec = (suseconds_t)((d - (double)tv->tv_sec) * 1e6);
    if (d > 0 && tv->tv_sec == 0 && tv->tv_usec == 0) tv->tv_usec = 1;
}

static Value m_setitimer(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t which;
    double secs, interval = 0;
    if (args_count("setitimer", nargs, 2, 3) < 0 || obj_as_ssize(args[0], &which, E(OverflowError)) < 0 ||
        float_as_double(args[1], &secs) < 0 || (nargs > 2 && float_as_double(args[2], &interval) < 0)) return 0;
    struct itimerval nv, ov;
    to_tv(secs, &nv.it_value);
    to_tv(interval, &nv.it_interval);
    if (setitimer((int)which, &nv, &ov) < 0) return raise_errno(NULL, errno, 0);
    return itimer_tuple(&ov);
}

static Value m_getitimer(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t which;
    if (args_count("getitimer", nargs, 1, 1) < 0 || obj_as_ssize(args[0], &which, E(OverflowError)) < 0) return 0;
    struct itimerval v;
    if (getitimer((int)which, &v) < 0) return raise_errno(NULL, errno, 0);
    return itimer_tuple(&v);
}

static const MethodDef signal_methods[] = {
    { "signal", m_signal, 0, NULL }, { "getsignal", m_getsignal, 0, NULL },
    { "default_int_handler", m_default_int_handler, 0, NULL }, { "alarm", m_alarm, 0, NULL },
    { "pause", m_pause, 0, NULL }, { "raise_signal", m_raise_signal, 0, NULL },
    { "strsignal", m_strsignal, 0, NULL }, { "valid_signals", m_valid_signals, 0, NULL },
    { "pthread_sigmask", m_pthread_sigmask, 0, NULL }, { "sigpending", m_sigpending, 0, NULL },
    { "set_wakeup_fd", m_set_wakeup_fd, 0, NULL }, { "siginterrupt", m_siginterrupt, 0, NULL },
    { "pthread_kill", m_pthread_kill, 0, NULL }, { "setitimer", m_setitimer, 0, NULL },
    { "getitimer", m_getitimer, 0, NULL },
    { NULL, NULL, 0, NULL },
};

typedef struct SigConst { const char *name; int v; } SigConst;
#define C(n) { #n, n },
static const SigConst sig_consts[] = {
    C(SIGHUP) C(SIGINT) C(SIGQUIT) C(SIGILL) C(SIGTRAP) C(SIGABRT) C(SIGIOT) C(SIGBUS) C(SIGFPE)
    C(SIGKILL) C(SIGUSR1) C(SIGSEGV) C(SIGUSR2) C(SIGPIPE) C(SIGALRM) C(SIGTERM) C(SIGSTKFLT)
    C(SIGCHLD) C(SIGCONT) C(SIGSTOP) C(SIGTSTP) C(SIGTTIN) C(SIGTTOU) C(SIGURG) C(SIGXCPU)
    C(SIGXFSZ) C(SIGVTALRM) C(SIGPROF) C(SIGWINCH) C(SIGIO) C(SIGPOLL) C(SIGPWR) C(SIGSYS)
    { "SIGRTMIN", 34 }, { "SIGRTMAX", 64 },
    C(SIG_BLOCK) C(SIG_UNBLOCK) C(SIG_SETMASK)
    C(ITIMER_REAL) C(ITIMER_VIRTUAL) C(ITIMER_PROF)
    { "NSIG", NSIG_ }, { "SIG_DFL", 0 }, { "SIG_IGN", 1 },
    { NULL, 0 },
};
#undef C

static int signal_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    for (const SigConst *c = sig_consts; c->name; c++)
        if (dict_set_cstr(d, c->name, MKSMALL(c->v)) < 0) return -1;
    if (dict_set_cstr(d, "ItimerError", OBJ_VAL(E(OSError))) < 0) return -1;
    Value l = handlers_list();
    if (!l) return -1;
    /* As CPython: SIGINT raises KeyboardInterrupt unless someone changed it. */
    if (LIST_ITEMS(l)[SIGINT] == MKSMALL(-1) && os_handler(SIGINT) == MKSMALL(0)) {
        Value h = dict_get_cstr(d, "default_int_handler");
        Value a[2] = { MKSMALL(SIGINT), h };
        if (!h || !m_signal(m, a, 2, 0)) return -1;
    }
    return 0;
}

const ModuleDef _signal_module = { "_signal", NULL, signal_methods, signal_exec };
