/* kiln: the global interpreter lock (DESIGN.md §6).
 *
 * Invariants:
 *  - The lock is a mutex + condition variables inside a raw-bytes object held
 *    by R->gil, made when a second thread starts (or the switch interval is
 *    set); while R->gil is 0 or one thread runs, release/acquire do nothing.
 *  - Only the holder (Gil.holder, == R->cur_ts) touches the heap.  A thread
 *    that lets go records its callee-saved registers and its stack pointer in
 *    its ThreadState, so the collector, run by whoever holds the lock, scans
 *    every parked thread's stack from there up to its base.
 *  - A thread that waits longer than the switch interval asks the holder to
 *    let go through the holder's eval breaker (vm_add_pending_call); the
 *    holder then waits until another thread has taken the lock (forced
 *    switching, as CPython's), so a CPU-bound thread cannot starve the rest.
 *  - After an image restore the mutex and condition variables are made again
 *    (gil_after_restore): images are written with one thread running.
 */
#include "core.h"
#include <errno.h>
#include <pthread.h>
#include <time.h>

typedef struct Gil {
    pthread_mutex_t mu;
    pthread_cond_t cv;          /* signalled when the lock is let go */
    pthread_cond_t switched;    /* signalled when a thread takes the lock */
    ThreadState *holder;        /* NULL: free */
    uint64_t switches;          /* times the lock was taken */
    int64_t interval_us;
    int nthreads;               /* live threads, the main one included */
    int waiters;                /* threads blocked in take() */
} Gil;

static void gil_init(Gil *g, int64_t interval)
{
    pthread_mutex_init(&g->mu, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&g->cv, &ca);
    pthread_cond_init(&g->switched, &ca);
    pthread_condattr_destroy(&ca);
    g->holder = TS;
    g->switches = 0;
    g->interval_us = interval;
    g->nthreads = 1;
    g->waiters = 0;
}

static inline Gil *gil_get(void)
{
    return R->gil ? (Gil *)((RawBytes *)R->gil)->data : NULL;
}

/* The lock, made on first need by the (only) running thread. */
static Gil *gil_make(void)
{
    Gil *g = gil_get();
    if (g) return g;
    RawBytes *b = raw_bytes_new((int64_t)sizeof(Gil) + 16);
    R->gil = OBJ_VAL(b);
    g = gil_get();
    gil_init(g, 5000);
    return g;
}

void gil_after_restore(void)
{
    Gil *g = gil_get();
    R->ts.next = NULL;
    R->ts.c_stack_sp = NULL;
    if (g) gil_init(g, g->interval_us);
}

int gil_threads(void)
{
    Gil *g = gil_get();
    return g ? g->nthreads : 1;
}

void gil_set_interval(int64_t us)
{
    gil_make()->interval_us = us < 1 ? 1 : us;
}

int64_t gil_get_interval(void)
{
    Gil *g = gil_get();
    return g ? g->interval_us : 5000;
}

/* The pending call a waiting thread plants in the holder: let go of the lock
 * and wait until another thread has taken it. */
static int gil_yield(void)
{
    Gil *g = gil_get();
    if (!g || !g->waiters) return 0;
    uint64_t sn = g->switches;      /* no one else can take the lock before we let go */
    ThreadState *ts = gil_release();
    if (!ts->c_stack_sp) return 0;
    pthread_mutex_lock(&g->mu);
    while (g->switches == sn && g->waiters) pthread_cond_wait(&g->switched, &g->mu);
    pthread_mutex_unlock(&g->mu);
    gil_acquire(ts);
    return 0;
}

static void take(Gil *g, ThreadState *ts)
{
    pthread_mutex_lock(&g->mu);
    g->waiters++;
    while (g->holder) {
        uint64_t sn = g->switches;
        struct timespec dl;
        clock_gettime(CLOCK_MONOTONIC, &dl);
        int64_t ns = dl.tv_nsec + g->interval_us * 1000;
        dl.tv_sec += ns / 1000000000;
        dl.tv_nsec = ns % 1000000000;
        int r = pthread_cond_timedwait(&g->cv, &g->mu, &dl);
        if (r == ETIMEDOUT && g->holder && g->switches == sn)
            vm_add_pending_call(g->holder, gil_yield);
    }
    g->waiters--;
    g->holder = ts;
    g->switches++;
    pthread_cond_broadcast(&g->switched);
    pthread_mutex_unlock(&g->mu);
    R->cur_ts = ts;
    ts->c_stack_sp = NULL;
}

static void drop(Gil *g)
{
    pthread_mutex_lock(&g->mu);
    g->holder = NULL;
    pthread_cond_signal(&g->cv);
    pthread_mutex_unlock(&g->mu);
}

/* gil_release's body: saved[0..5] are the caller's callee-saved registers
 * (r15, r14, r13, r12, rbx, rbp), pushed by the stub below; the caller's
 * frame starts right above them and the return address. */
ThreadState *gil_release_regs(uintptr_t *saved);
ThreadState *gil_release_regs(uintptr_t *saved)
{
    ThreadState *ts = TS;
    Gil *g = gil_get();
    if (!g || g->nthreads <= 1) return ts;
    for (int i = 0; i < 6; i++) ts->regs[i] = saved[i];
    ts->c_stack_sp = saved + 7;
    drop(g);
    return ts;
}

/* Push the callee-saved registers so that the collector sees the Values the
 * caller keeps in them while it blocks. */
__attribute__((naked)) ThreadState *gil_release(void)
{
    __asm__ volatile(
        "push %rbp\n\t"
        "mov %rsp, %rbp\n\t"
        "push %rbx\n\t"
        "push %r12\n\t"
        "push %r13\n\t"
        "push %r14\n\t"
        "push %r15\n\t"
        "sub $8, %rsp\n\t"
        "lea 8(%rsp), %rdi\n\t"
        "call gil_release_regs\n\t"
        "add $8, %rsp\n\t"
        "pop %r15\n\t"
        "pop %r14\n\t"
        "pop %r13\n\t"
        "pop %r12\n\t"
        "pop %rbx\n\t"
        "pop %rbp\n\t"
        "ret\n\t");
}

void gil_acquire(ThreadState *ts)
{
    if (!ts->c_stack_sp) return;
    take(gil_get(), ts);
}

void gil_count_thread(int delta)
{
    gil_make()->nthreads += delta;
}

void gil_enter(ThreadState *ts)
{
    take(gil_get(), ts);
}

void gil_exit(void)
{
    Gil *g = gil_get();
    g->nthreads--;
    drop(g);
}
