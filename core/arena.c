/* kiln arena: the one fixed virtual range every object lives in (DESIGN.md §4),
 * and the fatal-error exits.  The range is reserved PROT_NONE at start-up and
 * made read-write piecewise as the heap grows (heap.c decides when). */
#define _GNU_SOURCE
#include "heap.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

/* -- Fatal errors ----------------------------------------------------------- */

void kiln_fatal(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fputs("kiln: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
    _exit(1);
}

void kiln_assert_fail(const char *cond, const char *file, int line)
{
    fflush(stdout);
    fprintf(stderr, "kiln: assertion failed: %s (%s:%d)\n", cond, file, line);
    fflush(stderr);
    abort();
}

/* -- The arena -------------------------------------------------------------- */

void arena_reserve(void)
{
    void *want = (void *)KILN_ARENA_BASE;
    void *p = mmap(want, KILN_ARENA_SIZE, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == MAP_FAILED || p != want) {
        /* Old kernels ignore MAP_FIXED_NOREPLACE and hand back another address. */
        if (p != MAP_FAILED) munmap(p, KILN_ARENA_SIZE);
        if (p != MAP_FAILED || errno == EEXIST)
            kiln_fatal("cannot reserve the heap at 0x%lx: address range in use",
                       (unsigned long)KILN_ARENA_BASE);
        kiln_fatal("cannot reserve the heap at 0x%lx: %s",
                   (unsigned long)KILN_ARENA_BASE, strerror(errno));
    }
}

void arena_commit(uintptr_t lo, uintptr_t hi)
{
    lo &= ~(uintptr_t)(HEAP_PAGE - 1);
    hi = HEAP_ROUND_UP(hi, HEAP_PAGE);
    if (hi <= lo) return;
    if (mprotect((void *)lo, hi - lo, PROT_READ | PROT_WRITE) != 0)
        kiln_fatal("out of memory: cannot commit %zu bytes of heap: %s",
                   (size_t)(hi - lo), strerror(errno));
#ifdef MADV_HUGEPAGE
    /* object pages: transparent huge pages where the kernel offers them
       (one fault per 2 MiB instead of per 4 KiB as the heap grows) */
    if (hi - lo >= ((uintptr_t)2 << 20)) madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
#endif
}

void arena_release(uintptr_t lo, uintptr_t hi)
{
    if (hi <= lo) return;
    madvise((void *)lo, hi - lo, MADV_DONTNEED);
}

void *arena_local_map(size_t nbytes)
{
    void *p = mmap(NULL, nbytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        kiln_fatal("out of memory: cannot map %zu bytes of collector state: %s",
                   nbytes, strerror(errno));
    return p;
}
