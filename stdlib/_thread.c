/* kiln: the _thread module: real OS threads running under the global
 * interpreter lock (core/gil.c), locks, re-entrant locks and thread-local
 * objects, with CPython's names and messages.
 *
 * A thread's state is a ThreadObj (a ThreadState first, so TS works) chained
 * from R->ts.next while the thread lives; its type is scanned conservatively.
 * Locks are POSIX semaphores inside heap objects: acquiring one lets go of the
 * GIL while it waits.  Signals are handled by the main thread only: the other
 * threads block the asynchronous ones. */
#define _GNU_SOURCE   /* sem_clockwait */
#include "core.h"
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

void kiln_flush_std(void);   /* main.c */

typedef struct ThreadObj {
    ThreadState ts;
    Value func, args, kwargs;   /* what the thread runs */
    Value sentinel;             /* lock released when the thread ends (_set_sentinel), or 0 */
    int64_t serial;             /* unique per thread (0: the main thread) */
} ThreadObj;

typedef struct Lock { Object hdr; sem_t sem; } Lock;
typedef struct RLock { Object hdr; sem_t sem; uint64_t owner; int64_t count; } RLock;
typedef struct Local { Object hdr; Value args, kwargs; Value dicts; } Local;

#define TIMEOUT_MAX_S 9223372036.0
#define MIN_STACK ((size_t)16 << 20)   /* vm.c's C stack checks assume 8 MiB + a margin */

/* Module state: kiln_state_dict()["_thread"], a ValueArray. */
enum { ST_SERIAL, ST_STACK_SIZE, ST_SIZE };

static ValueArray *state(void)
{
    Value d = kiln_state_dict();
    Value a = dict_get_cstr(d, "_thread");
    if (!a) {
        ValueArray *v = value_array_new(ST_SIZE);
        v->items[ST_SERIAL] = MKSMALL(0);
        v->items[ST_STACK_SIZE] = MKSMALL(0);
        a = OBJ_VAL(v);
        dict_set_cstr(d, "_thread", a);
    }
    return (ValueArray *)a;
}

static int64_t cur_serial(void)
{
    return TS == &R->ts ? 0 : ((ThreadObj *)TS)->serial;
}

/* -- Waiting on a semaphore ------------------------------------------------------ */

/* Parse (blocking, timeout) as lock.acquire does; *us = -1: forever. */
static int parse_acquire(const char *fname, const Value *args, size_t nargs, Value kw, int64_t *us)
{
    static const char *const names[] = { "blocking", "timeout", NULL };
    Value a[2];
    if (args_parse(fname, args, nargs, kw, names, 0, a) < 0) return -1;
    int blocking = 1;
    if (a[0] && (blocking = obj_truthy(a[0])) < 0) return -1;
    double t = -1;
    if (a[1] && float_as_double(a[1], &t) < 0) return -1;
    if (!blocking && t != -1) { raise_ValueError("can't specify a timeout for a non-blocking call"); return -1; }
    if (t < 0 && t != -1) { raise_ValueError("timeout value must be positive"); return -1; }
    if (t * 1e9 >= 9.2e18) { raise_OverflowError("timestamp too large to convert to C _PyTime_t"); return -1; }
    if (t > TIMEOUT_MAX_S) { raise_OverflowError("timeout value is too large"); return -1; }
    *us = !blocking ? 0 : t < 0 ? -1 : (int64_t)(t * 1e6 + 0.5);
    return 0;
}

/* 1 acquired, 0 timed out, -1 a signal handler raised.  The GIL is let go
 * while waiting; the main thread runs signal handlers when woken by one. */
static int sem_acquire(sem_t *s, int64_t us)
{
    if (sem_trywait(s) == 0) return 1;
    if (us == 0) return 0;
    struct timespec dl;
    if (us > 0) {
        clock_gettime(CLOCK_MONOTONIC, &dl);
        int64_t ns = dl.tv_nsec + (us % 1000000) * 1000;
        dl.tv_sec += (time_t)(us / 1000000 + ns / 1000000000);
        dl.tv_nsec = ns % 1000000000;
    }
    for (;;) {
        ThreadState *ts = gil_release();
        int r = us < 0 ? sem_wait(s) : sem_clockwait(s, CLOCK_MONOTONIC, &dl);
        int e = errno;
        gil_acquire(ts);
        if (r == 0) return 1;
        if (e == ETIMEDOUT) return 0;
        if (e == EINTR) {
            if (vm_check_pending() < 0) return -1;
            continue;
        }
        raise_errno(NULL, e, 0);
        return -1;
    }
}

/* -- lock ---------------------------------------------------------------------- */

static Value lock_new_locked(bool locked)
{
    Lock *l = (Lock *)gc_alloc_noscan(T(thread_lock), sizeof(Lock));
    sem_init(&l->sem, 0, locked ? 0 : 1);
    return OBJ_VAL(l);
}

/* For the import system's per-module locks (import.c): a new lock, a blocking
 * acquire without the GIL (-1 if a signal handler raised), and a release. */
Value thread_lock_new(bool locked) { return lock_new_locked(locked); }
int thread_lock_wait(Value lock) { return sem_acquire(&AS(Lock, lock)->sem, -1) < 0 ? -1 : 0; }
void thread_lock_post(Value lock) { sem_post(&AS(Lock, lock)->sem); }
int thread_lock_wait_us(Value lock, int64_t us) { return sem_acquire(&AS(Lock, lock)->sem, us); }

static bool sem_locked(sem_t *s)
{
    int v = 0;
    sem_getvalue(s, &v);
    return v <= 0;
}

static Value lock_acquire(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t us;
    if (parse_acquire("acquire", args, nargs, kw, &us) < 0) return 0;
    int r = sem_acquire(&AS(Lock, self)->sem, us);
    return r < 0 ? 0 : BOOL_V(r);
}

static Value lock_release(Value self, const Value *args, size_t nargs, Value kw)
{
    Lock *l = AS(Lock, self);
    if (!sem_locked(&l->sem)) return raise_RuntimeError("release unlocked lock");
    sem_post(&l->sem);
    return NONE;
}

static Value lock_exit(Value self, const Value *args, size_t nargs, Value kw)
{
    return lock_release(self, NULL, 0, 0);
}

static Value lock_locked(Value self, const Value *args, size_t nargs, Value kw)
{
    return BOOL_V(sem_locked(&AS(Lock, self)->sem));
}

static Value lock_reinit(Value self, const Value *args, size_t nargs, Value kw)
{
    sem_init(&AS(Lock, self)->sem, 0, 1);
    return NONE;
}

static Value lock_repr(Value self)
{
    return str_fmt("<%s _thread.lock object at %p>", sem_locked(&AS(Lock, self)->sem) ? "locked" : "unlocked", (void *)self);
}

static const MethodDef lock_methods[] = {
    { "acquire", lock_acquire, 0, NULL }, { "acquire_lock", lock_acquire, 0, NULL },
    { "release", lock_release, 0, NULL }, { "release_lock", lock_release, 0, NULL },
    { "locked", lock_locked, 0, NULL }, { "locked_lock", lock_locked, 0, NULL },
    { "__enter__", lock_acquire, 0, NULL }, { "__exit__", lock_exit, 0, NULL },
    { "_at_fork_reinit", lock_reinit, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const TypeSpec thread_lock_spec = {
    .name = "_thread.lock", .base = -1, .basicsize = sizeof(Lock), .trace = trace_leaf,
    .repr = lock_repr, .methods = lock_methods,
    .doc = "A lock object is a synchronization primitive.",
};

/* -- RLock ----------------------------------------------------------------------- */

static Value rlock_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    RLock *l = (RLock *)gc_alloc(t, t->basicsize);
    sem_init(&l->sem, 0, 1);
    return OBJ_VAL(l);
}

static uint64_t ident(void) { return (uint64_t)pthread_self(); }

static Value rlock_acquire(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t us;
    if (parse_acquire("acquire", args, nargs, kw, &us) < 0) return 0;
    RLock *l = AS(RLock, self);
    if (l->count > 0 && l->owner == ident()) {
        l->count++;
        return TRUE_V;
    }
    int r = sem_acquire(&l->sem, us);
    if (r <= 0) return r < 0 ? 0 : FALSE_V;
    l->owner = ident();
    l->count = 1;
    return TRUE_V;
}

static Value rlock_release(Value self, const Value *args, size_t nargs, Value kw)
{
    RLock *l = AS(RLock, self);
    if (l->count == 0 || l->owner != ident()) return raise_RuntimeError("cannot release un-acquired lock");
    if (--l->count == 0) {
        l->owner = 0;
        sem_post(&l->sem);
    }
    return NONE;
}

static Value rlock_exit(Value self, const Value *args, size_t nargs, Value kw)
{
    return rlock_release(self, NULL, 0, 0);
}

static Value rlock_is_owned(Value self, const Value *args, size_t nargs, Value kw)
{
    RLock *l = AS(RLock, self);
    return BOOL_V(l->count > 0 && l->owner == ident());
}

/* Condition.wait: release fully, return (count, owner) to restore later. */
static Value rlock_release_save(Value self, const Value *args, size_t nargs, Value kw)
{
    RLock *l = AS(RLock, self);
    if (l->count == 0) return raise_RuntimeError("cannot release un-acquired lock");
    Value r = tuple_pack(2, int_from_i64(l->count), int_from_u64(l->owner));
    l->count = 0;
    l->owner = 0;
    sem_post(&l->sem);
    return r;
}

static Value rlock_acquire_restore(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("_acquire_restore", nargs, 1, 1) < 0) return 0;
    Value st = args[0];
    if (!IS_TUPLE(st) || TUPLE_SIZE(st) != 2) return raise_TypeError("_acquire_restore() argument 1 must be tuple");
    int64_t count;
    if (int_as_i64(TUPLE_ITEMS(st)[0], &count) < 0) return 0;
    RLock *l = AS(RLock, self);
    if (sem_acquire(&l->sem, -1) < 0) return 0;
    l->owner = ident();
    l->count = count;
    return NONE;
}

static Value rlock_reinit(Value self, const Value *args, size_t nargs, Value kw)
{
    RLock *l = AS(RLock, self);
    sem_init(&l->sem, 0, 1);
    l->owner = 0;
    l->count = 0;
    return NONE;
}

static Value rlock_repr(Value self)
{
    RLock *l = AS(RLock, self);
    Value tn = type_qualified_name(TYPE(self));
    if (TYPE(self) == T(thread_rlock)) tn = str_from_cstr("_thread.RLock");
    return str_fmt("<%s %U object owner=%lu count=%lld at %p>", l->count ? "locked" : "unlocked", tn,
                   (unsigned long)l->owner, (long long)l->count, (void *)self);
}

static const MethodDef rlock_methods[] = {
    { "acquire", rlock_acquire, 0, NULL }, { "release", rlock_release, 0, NULL },
    { "__enter__", rlock_acquire, 0, NULL }, { "__exit__", rlock_exit, 0, NULL },
    { "_is_owned", rlock_is_owned, 0, NULL },
    { "_release_save", rlock_release_save, 0, NULL }, { "_acquire_restore", rlock_acquire_restore, 0, NULL },
    { "_at_fork_reinit", rlock_reinit, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const TypeSpec thread_rlock_spec = {
    .name = "_thread.RLock", .base = -1, .basicsize = sizeof(RLock), .flags = TF_BASETYPE,
    .new_ = rlock_new, .repr = rlock_repr, .methods = rlock_methods,
};

/* -- _local ------------------------------------------------------------------------ */

static Value local_init_fn(void) { return type_lookup(T(thread_local), S(__init__)); }

static Value local_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    size_t nkw = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    if ((nargs || nkw) && type_lookup(t, S(__init__)) == local_init_fn())
        return raise_TypeError("Initialization arguments are not supported");
    Local *l = (Local *)gc_alloc(t, t->basicsize);
    STORE(l, args, tuple_from(args, (int64_t)nargs));
    if (nkw) {
        Value d = dict_new();
        for (size_t i = 0; i < nkw; i++)
            if (dict_set(d, TUPLE_ITEMS(kw)[i], args[nargs + i]) < 0) return 0;
        STORE(l, kwargs, d);
    }
    STORE(l, dicts, dict_new());
    /* the creating thread's __init__ runs through the normal type call */
    if (dict_set(l->dicts, MKSMALL(cur_serial()), dict_new()) < 0) return 0;
    return OBJ_VAL(l);
}

static int local_init(Value self, const Value *args, size_t nargs, Value kw) { return 0; }

/* This thread's attribute dict of a local, made (and __init__ run) on first use. */
static Value local_dict(Value self)
{
    Local *l = AS(Local, self);
    Value key = MKSMALL(cur_serial());
    Value d = dict_get(l->dicts, key);
    if (d || exc_pending()) return d;
    d = dict_new();
    if (dict_set(l->dicts, key, d) < 0) return 0;
    Value init = type_lookup(TYPE(self), S(__init__));
    if (init && init != local_init_fn()) {
        Value m = obj_getattr(self, S(__init__));
        if (!m || !obj_call_tuple_dict(m, l->args, l->kwargs)) {
            Value exc = exc_fetch();
            if (dict_del(l->dicts, key) < 0) exc_clear();
            exc_restore(exc);
            return 0;
        }
    }
    return d;
}

static const char *local_tname(Value self)
{
    return TYPE(self) == T(thread_local) ? "_thread._local" : STR_DATA(TYPE(self)->name);
}

static Value local_getattr(Value self, Value name)
{
    Value d = local_dict(self);
    if (!d) return 0;
    if (str_eq_cstr(name, "__dict__")) return d;
    Type *t = TYPE(self);
    Value descr = type_lookup(t, name);
    if (descr && TYPE(descr)->descr_get && TYPE(descr)->descr_set)
        return TYPE(descr)->descr_get(descr, self, OBJ_VAL(t));
    Value v = dict_get(d, name);
    if (v || exc_pending()) return v;
    if (descr) return TYPE(descr)->descr_get ? TYPE(descr)->descr_get(descr, self, OBJ_VAL(t)) : descr;
    return raise_AttributeError("'%s' object has no attribute '%U'", local_tname(self), name);
}

static int local_setattr(Value self, Value name, Value v)
{
    if (str_eq_cstr(name, "__dict__")) {
        raise_AttributeError("'%s' object attribute '__dict__' is read-only", local_tname(self));
        return -1;
    }
    Value d = local_dict(self);
    if (!d) return -1;
    Value descr = type_lookup(TYPE(self), name);
    if (descr && TYPE(descr)->descr_set) return TYPE(descr)->descr_set(descr, self, v);
    if (v) return dict_set(d, name, v);
    if (dict_del(d, name) < 0) {
        if (!exc_matches(E(KeyError))) return -1;
        exc_clear();
        raise_AttributeError("'%s' object has no attribute '%U'", local_tname(self), name);
        return -1;
    }
    return 0;
}

const TypeSpec thread_local_spec = {
    .name = "_thread._local", .base = -1, .basicsize = sizeof(Local), .flags = TF_BASETYPE,
    .new_ = local_new, .init = local_init, .getattr = local_getattr, .setattr = local_setattr,
    .doc = "Thread-local data",
};

/* -- Threads ------------------------------------------------------------------------- */

const TypeSpec thread_state_spec = {
    .name = "_thread._state", .base = -1, .basicsize = sizeof(ThreadObj),
    .doc = "kiln internal: a thread's state (scanned conservatively)",
};

/* Report an exception that ended a thread started by start_new_thread. */
static void report_exit(Value func)
{
    Value exc = exc_fetch();
    if (IS_OBJ(exc) && type_is_subtype(TYPE(exc), E(SystemExit))) return;
    kiln_flush_std();
    Value r = obj_repr(func);
    if (!r) exc_clear();
    fprintf(stderr, "Exception ignored in thread started by: %s\n", r ? STR_DATA(r) : "<object>");
    exc_print(exc, stderr);
    fflush(stderr);
}

static void *thread_main(void *arg)
{
    ThreadObj *t = arg;
    sigset_t s;
    sigfillset(&s);
    static const int sync_sigs[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT, SIGSYS };
    for (size_t i = 0; i < sizeof sync_sigs / sizeof sync_sigs[0]; i++) sigdelset(&s, sync_sigs[i]);
    pthread_sigmask(SIG_BLOCK, &s, NULL);
    t->ts.ident = ident();
    t->ts.c_stack_base = __builtin_frame_address(0);
    gil_enter(&t->ts);
    Value r = obj_call_tuple_dict(t->func, t->args, t->kwargs);
    if (!r) report_exit(t->func);
    exc_clear();
    if (t->sentinel && sem_locked(&AS(Lock, t->sentinel)->sem)) sem_post(&AS(Lock, t->sentinel)->sem);
    for (ThreadState *p = &R->ts; p; p = p->next)
        if (p->next == &t->ts) { p->next = t->ts.next; break; }
    t->ts.next = NULL;
    t->ts.frame_stack = 0;
    t->func = t->args = t->kwargs = 0;
    gil_exit();
    return NULL;
}

static Value m_start_new_thread(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("start_new_thread", kw) < 0) return 0;
    if (nargs < 2) return raise_TypeError("start_new_thread expected at least 2 arguments, got %zu", nargs);
    if (nargs > 3) return raise_TypeError("start_new_thread expected at most 3 arguments, got %zu", nargs);
    if (!obj_is_callable(args[0])) return raise_TypeError("first arg must be callable");
    if (!IS_TUPLE(args[1])) return raise_TypeError("2nd arg must be a tuple");
    if (nargs == 3 && !IS_DICT(args[2])) return raise_TypeError("optional 3rd arg must be a dictionary");
    ValueArray *st = state();
    ThreadObj *t = (ThreadObj *)gc_alloc(T(thread_state), sizeof(ThreadObj));
    t->ts.recursion_limit = R->ts.recursion_limit;
    STORE(t, func, args[0]);
    STORE(t, args, args[1]);
    if (nargs == 3) STORE(t, kwargs, args[2]);
    int64_t serial = SMALL_VAL(st->items[ST_SERIAL]) + 1;
    st->items[ST_SERIAL] = MKSMALL(serial);
    t->serial = serial;
    size_t stack = (size_t)SMALL_VAL(st->items[ST_STACK_SIZE]);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, stack > MIN_STACK ? stack : MIN_STACK);
    t->ts.next = R->ts.next;
    R->ts.next = &t->ts;
    gil_count_thread(1);
    pthread_t tid;
    int e = pthread_create(&tid, &attr, thread_main, t);   /* it waits for the GIL */
    pthread_attr_destroy(&attr);
    if (e) {
        R->ts.next = t->ts.next;
        gil_count_thread(-1);
        return raise_RuntimeError("can't start new thread");
    }
    return int_from_u64((uint64_t)tid);
}

static Value m_allocate_lock(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("allocate_lock", nargs, 0, 0) < 0) return 0;
    return lock_new_locked(false);
}

static Value m_get_ident(Value self, const Value *args, size_t nargs, Value kw)
{
    return int_from_u64(ident());
}

static Value m_get_native_id(Value self, const Value *args, size_t nargs, Value kw)
{
    return MKSMALL((int64_t)syscall(SYS_gettid));
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kw)
{
    return MKSMALL(gil_threads() - 1);
}

static Value m_stack_size(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("stack_size", nargs, 0, 1) < 0) return 0;
    ValueArray *st = state();
    Value old = st->items[ST_STACK_SIZE];
    if (nargs) {
        int64_t n;
        if (obj_as_ssize(args[0], &n, E(OverflowError)) < 0) return 0;
        if (n < 0) return raise_ValueError("size must be 0 or a positive value");
        if (n != 0 && n < 32768) return raise_ValueError("size not valid: %lld bytes", (long long)n);
        st->items[ST_STACK_SIZE] = MKSMALL(n);
    }
    return old;
}

static Value m_interrupt_main(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "signum", NULL };
    Value a[1];
    if (args_parse("interrupt_main", args, nargs, kw, names, 0, a) < 0) return 0;
    int64_t sig = SIGINT;
    if (a[0] && obj_as_ssize(a[0], &sig, E(OverflowError)) < 0) return 0;
    if (sig < 1 || sig >= 65) return raise_ValueError("signal number out of range");
    /* as if the signal arrived: only a signal with a Python handler does anything */
    struct sigaction sa;
    if (sigaction((int)sig, NULL, &sa) == 0 && sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN) {
        if (TS == &R->ts) return signal_send_self((int)sig) < 0 ? 0 : NONE;
        kill(getpid(), (int)sig);
    }
    return NONE;
}

static Value m_exit(Value self, const Value *args, size_t nargs, Value kw)
{
    return raise_type_noargs(E(SystemExit));
}

static Value m_set_sentinel(Value self, const Value *args, size_t nargs, Value kw)
{
    Value l = lock_new_locked(false);   /* the thread acquires it; released when the thread ends */
    if (TS != &R->ts) STORE((ThreadObj *)TS, sentinel, l);
    return l;
}

/* Run a snippet of Python against the threading module, if it was imported. */
static int with_threading(const char *src)
{
    Value m = dict_get_cstr(R->modules, "threading");
    if (!m) return 0;
    Value g = dict_new();
    if (dict_set_cstr(g, "threading", m) < 0 || dict_set_cstr(g, "__builtins__", R->builtins) < 0) return -1;
    Value code = compile_source(src, strlen(src), str_from_cstr("<_thread>"), "exec", 0, 0);
    return code && vm_run_code(code, g, g) ? 0 : -1;
}


/* Before a bake: join the non-daemon threads, leaving the main thread running. */
int thread_join_nondaemon(void)
{
    return with_threading("for t in threading.enumerate():\n"
                          "    if t is not threading.main_thread() and not t.daemon:\n"
                          "        t.join()\n");
}

/* What a restored process keeps of threading (kiln_state_dict()["threading"],
 * a tuple written just before the image is): */
enum {
    TH_MAIN, TH_ACTIVE,   /* _main_thread and _active */
    TH_PLAIN,             /* TRUE_V: the main thread's attributes below live in the instance (no
                             __setattr__, no data descriptor of those names in its class) */
    TH_MODULE, TH_MODULE_VERSION, TH_CLASS_VERSION, /* the module, its dict's and _main_thread's class's versions */
    TH_ATEXITS, TH_LOCKS, TH_LOCKS_LOCK, /* _threading_atexits, _shutdown_locks, _shutdown_locks_lock */
    TH_COUNT
};

static bool plain_attr(Type *t, Value name)
{
    Value d = type_lookup(t, name);
    return !d || !TYPE(d)->descr_set;
}

/* Just before an image is written: threading's state above, so that a
 * restore finds it without look-ups (NONE if threading lacks _main_thread
 * or _active: the restore then fails as it would). */
void thread_before_snapshot(void)
{
    Value m = dict_get_cstr(R->modules, "threading");
    if (!m) return;
    Value mt = obj_lookup_attr(m, S(_main_thread)), active = mt ? obj_lookup_attr(m, S(_active)) : 0;
    exc_clear();
    if (!mt || !active || !IS_TYPE(m, module)) {
        dict_set_cstr(kiln_state_dict(), "threading", NONE);
        return;
    }
    Type *t = TYPE(mt);
    static const int names[] = { NAME__ident, NAME__native_id, NAME__is_stopped, NAME__tstate_lock, NAME__daemonic,
                                 NAME__initialized };
    bool plain = t->setattr == obj_generic_setattr && !(t->flags & TF_NO_DICT) && obj_instance_tail(mt);
    for (size_t i = 0; plain && i < sizeof names / sizeof *names; i++) plain = plain_attr(t, R->names[names[i]]);
    Value d = AS(Module, m)->dict, atexits = dict_get_str(d, S(_threading_atexits));
    Value locks = dict_get_str(d, S(_shutdown_locks)), locks_lock = dict_get_str(d, S(_shutdown_locks_lock));
    Value th = tuple_pack(TH_COUNT, mt, active, plain ? TRUE_V : FALSE_V, m, NONE, int_from_u64(t->version),
                          atexits ? atexits : NONE, locks ? locks : NONE, locks_lock ? locks_lock : NONE);
    dict_set_cstr(kiln_state_dict(), "threading", th);
    /* the last write to the module's dict: a restore finds it unchanged unless the program changed it */
    STORE_AT(th, &TUPLE_ITEMS(th)[TH_MODULE_VERSION], int_from_u64(dict_version(d)));
}

static bool version_is(Value v, uint64_t want)
{
    int64_t x;
    return IS_SMALL(v) && int_as_i64(v, &x) == 0 && (uint64_t)x == want;
}

/* threading._shutdown() at the usual end of a restored process, in C: the
 * module, the main thread's class and its table of threads as at the bake,
 * no threading atexit function, no other thread's lock to wait for.  What
 * _shutdown does then: _SHUTTING_DOWN = True, release the main thread's
 * tstate lock and _stop() it (_is_stopped = True, _tstate_lock = None, the
 * released locks out of _shutdown_locks), which leaves _shutdown_locks empty.
 * 1 done, 0 if the Python function must run. */
static int shutdown_restored(Value m)
{
    Value th = dict_get_cstr(kiln_state_dict(), "threading");
    if (!th || !IS_TUPLE(th) || TUPLE_SIZE(th) != TH_COUNT) return 0;
    Value *it = TUPLE_ITEMS(th), mt = it[TH_MAIN], locks = it[TH_LOCKS];
    if (it[TH_MODULE] != m || it[TH_PLAIN] != TRUE_V || !version_is(it[TH_MODULE_VERSION], dict_version(AS(Module, m)->dict)) ||
        !version_is(it[TH_CLASS_VERSION], TYPE(mt)->version) || !IS_TYPE(it[TH_ATEXITS], list) ||
        LIST_SIZE(it[TH_ATEXITS]) || !IS_TYPE(locks, set) || !IS_TYPE(it[TH_LOCKS_LOCK], thread_lock) ||
        sem_locked(&AS(Lock, it[TH_LOCKS_LOCK])->sem))
        return 0;
    Value id = instance_getattr_raw(mt, S(_ident)), tlock = instance_getattr_raw(mt, S(_tstate_lock));
    int64_t idv;
    if (instance_getattr_raw(mt, S(_is_stopped)) != FALSE_V || instance_getattr_raw(mt, S(_initialized)) != TRUE_V ||
        instance_getattr_raw(mt, S(_daemonic)) != FALSE_V || !id || !IS_INT(id) || int_as_i64(id, &idv) < 0 ||
        (uint64_t)idv != ident() || !tlock || !IS_TYPE(tlock, thread_lock) || !sem_locked(&AS(Lock, tlock)->sem)) {
        exc_clear();
        return 0;
    }
    int64_t pos = 0;
    Value l;
    while (set_next(locks, &pos, &l))
        if (!IS_TYPE(l, thread_lock) || (l != tlock && sem_locked(&AS(Lock, l)->sem))) return 0;
    if (dict_set(AS(Module, m)->dict, S(_SHUTTING_DOWN), TRUE_V) < 0) return -1;
    sem_post(&AS(Lock, tlock)->sem);
    if (instance_setattr_raw(mt, S(_is_stopped), TRUE_V) < 0 || instance_setattr_raw(mt, S(_tstate_lock), NONE) < 0 ||
        (set_size(locks) && !obj_call_method(locks, S(clear), NULL, 0)))
        return -1;
    return 1;
}

/* threading._shutdown(): join the non-daemon threads (main.c, at exit). */
int thread_shutdown(void)
{
    Value m = dict_get_cstr(R->modules, "threading");
    if (!m) return 0;
    int r = shutdown_restored(m);
    if (r) return r < 0 ? -1 : 0;
    Value f = obj_getattr(m, S(_shutdown));
    return f && obj_call0(f) ? 0 : -1;
}

/* After a restore: the main thread has a new ident; threading's table
 * follows (only one thread runs: no lock needed).  What
 * _active.clear(); _main_thread._set_ident(); _main_thread._set_native_id();
 * _active[_main_thread._ident] = _main_thread does, without running Python
 * code: a restore pays for each page it touches. */
int thread_after_restore(void)
{
    Value t = dict_get_cstr(kiln_state_dict(), "threading");
    if (!t) return 0;
    if (!IS_TUPLE(t)) {
        Value m = dict_get_cstr(R->modules, "threading");
        return m && obj_getattr(m, S(_main_thread)) && obj_getattr(m, S(_active)) ? 0 : -1;
    }
    Value mt = TUPLE_ITEMS(t)[TH_MAIN], active = TUPLE_ITEMS(t)[TH_ACTIVE];
    if (IS_TYPE(active, dict)) {
        int64_t pos = 0;
        Value k, v;
        while (dict_next(active, &pos, &k, &v)) {     /* usually one entry */
            if (dict_del(active, k) < 0) return -1;
            pos = 0;
        }
    } else if (!obj_call_method(active, S(clear), NULL, 0)) {
        return -1;
    }
    Value id = int_from_u64(ident()), native = MKSMALL((int64_t)syscall(SYS_gettid));
    int (*set)(Value, Value, Value) = TUPLE_ITEMS(t)[TH_PLAIN] == TRUE_V ? instance_setattr_raw : obj_setattr;
    if (set(mt, S(_ident), id) < 0 || set(mt, S(_native_id), native) < 0) return -1;
    return obj_setitem(active, id, mt);
}

static const char thread_prelude[] =
    "def _mk():\n"
    "    class _ExceptHookArgs(tuple):\n"
    "        'ExceptHookArgs\\n\\nType used to pass arguments to threading.excepthook.'\n"
    "        n_fields = n_sequence_fields = 4\n"
    "        n_unnamed_fields = 0\n"
    "        def __new__(cls, seq):\n"
    "            seq = tuple(seq)\n"
    "            if len(seq) != 4:\n"
    "                raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)' % len(seq))\n"
    "            return tuple.__new__(cls, seq)\n"
    "        exc_type = property(lambda self: self[0])\n"
    "        exc_value = property(lambda self: self[1])\n"
    "        exc_traceback = property(lambda self: self[2])\n"
    "        thread = property(lambda self: self[3])\n"
    "        def __repr__(self):\n"
    "            return '_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)' % tuple(self)\n"
    "        def __reduce__(self):\n"
    "            return (type(self), (tuple(self),))\n"
    "    _ExceptHookArgs.__module__ = '_thread'\n"
    "    def _excepthook(args, /):\n"
    "        'Handle uncaught Thread.run() exception.'\n"
    "        import sys\n"
    "        if args.exc_type == SystemExit:\n"
    "            return\n"
    "        stderr = sys.stderr\n"
    "        if stderr is None:\n"
    "            thread = args.thread\n"
    "            stderr = getattr(thread, '_stderr', None) if thread is not None else None\n"
    "            if stderr is None:\n"
    "                return\n"
    "        if args.thread is not None:\n"
    "            name = getattr(args.thread, 'name', None)\n"
    "        else:\n"
    "            name = None\n"
    "        if name is None:\n"
    "            name = get_ident()\n"
    "        stderr.write('Exception in thread %s:\\n' % (name,))\n"
    "        stderr.flush()\n"
    "        import traceback\n"
    "        traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)\n"
    "        stderr.flush()\n"
    "    return _ExceptHookArgs, _excepthook\n"
    "_ExceptHookArgs, _excepthook = _mk()\n"
    "del _mk\n";

static int thread_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    dict_set_cstr(d, "LockType", OBJ_VAL(T(thread_lock)));
    dict_set_cstr(d, "RLock", OBJ_VAL(T(thread_rlock)));
    dict_set_cstr(d, "_local", OBJ_VAL(T(thread_local)));
    dict_set_cstr(d, "error", OBJ_VAL(E(RuntimeError)));
    dict_set_cstr(d, "TIMEOUT_MAX", float_new(TIMEOUT_MAX_S));
    Value code = compile_source(thread_prelude, sizeof thread_prelude - 1, str_from_cstr("<_thread>"), "exec", 0, 0);
    if (!code || !vm_run_code(code, d, d)) return -1;
    return 0;
}

static const MethodDef thread_methods[] = {
    { "start_new_thread", m_start_new_thread, 0, NULL }, { "start_new", m_start_new_thread, 0, NULL },
    { "allocate_lock", m_allocate_lock, 0, NULL }, { "allocate", m_allocate_lock, 0, NULL },
    { "get_ident", m_get_ident, 0, NULL }, { "get_native_id", m_get_native_id, 0, NULL },
    { "_count", m_count, 0, NULL }, { "stack_size", m_stack_size, 0, NULL },
    { "interrupt_main", m_interrupt_main, 0, NULL }, { "exit", m_exit, 0, NULL }, { "exit_thread", m_exit, 0, NULL },
    { "_set_sentinel", m_set_sentinel, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const ModuleDef _thread_module = { "_thread", "This module provides primitive operations to write multi-threaded programs.\n"
                                   "The 'threading' module provides a more convenient interface.",
                                   thread_methods, thread_exec };
