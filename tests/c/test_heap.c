/* White-box tests of the arena, the allocator and the collector.
 * link: core/arena.c core/heap.c
 * Build and run by hand (or through tests/c/run.sh):
 *   gcc -O2 -g -std=gnu11 -Icore -fno-pie -no-pie -o build/test_heap \
 *       tests/c/test_heap.c core/arena.c core/heap.c && build/test_heap
 * Uses fake types whose only filled slots are trace/finalize; no genesis. */
#define _GNU_SOURCE
#include "heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int check(int *pass, int *fail, bool ok, const char *what, int line)
{
    if (ok) (*pass)++;
    else {
        (*fail)++;
        printf("FAIL %s (line %d)\n", what, line);
    }
    return ok;
}
#define CHECK(c) check(&npass, &nfail, (c), #c, __LINE__)

/* A "node": type + two Value children, traced precisely. */
typedef struct Node { Object hdr; Value a, b; int64_t tag; } Node;
static void node_trace(Object *o, Visitor v, void *ctx)
{
    v(((Node *)o)->a, ctx);
    v(((Node *)o)->b, ctx);
}
static void fin_count(Object *o)
{
    (void)o;
    /* count finalizations in a Root-held int: no C globals allowed */
    R->flag_verbose++;
}

/* Types live in the Root like builtin types do. */
#define T_NODE   (&R->t_list)       /* precise trace */
#define T_CONS   (&R->t_tuple)      /* trace NULL: conservative */
#define T_LEAF   (&R->t_float)      /* trace_leaf */
#define T_FIN    (&R->t_set)        /* leaf + finalizer */

static void setup_types(void)
{
    T_NODE->trace = node_trace;
    T_CONS->trace = NULL;
    T_LEAF->trace = trace_leaf;
    T_FIN->trace = trace_leaf;
    T_FIN->finalize = fin_count;
    T(value_array)->trace = value_array_spec.trace;
    T(byte_array_raw)->trace = byte_array_raw_spec.trace;
}

static long vm_hwm_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, "VmHWM:", 6)) kb = strtol(line + 6, NULL, 10);
    if (f) fclose(f);
    return kb;
}

static NOINLINE Node *new_node(int64_t tag)
{
    Node *n = (Node *)gc_alloc(T_NODE, sizeof(Node));
    n->tag = tag;
    return n;
}

/* Hide a pointer from the conservative scan. */
static ALWAYS_INLINE uintptr_t hide(const void *p) { return (uintptr_t)p ^ 0x5555555555555555ULL; }
static ALWAYS_INLINE void *unhide(uintptr_t h) { return (void *)(h ^ 0x5555555555555555ULL); }

/* Allocate a garbage object in a frame that is gone when we return. */
static NOINLINE uintptr_t garbage(Type *t, size_t n)
{
    Object *o = gc_alloc(t, n);
    return hide(o);
}

/* Wipe dead stack below us so stale copies of pointers don't look live. */
static NOINLINE void clobber_stack(void)
{
    volatile char buf[16384];
    memset((char *)buf, 0, sizeof buf);
}

int main(int argc, char **argv)
{
    int npass = 0, nfail = 0;
    (void)argc, (void)argv;
    heap_init();
    setup_types();
    volatile int stack_base_marker = 0;
    R->ts.c_stack_base = (void *)((uintptr_t)&stack_base_marker + 256);

    /* zeroed, type set, aligned, sizes */
    {
        Object *o = gc_alloc(T_LEAF, 40);
        CHECK(o->type == T_LEAF);
        CHECK(((uintptr_t)o & 7) == 0);
        CHECK(heap_contains(o));
        CHECK(!heap_contains((char *)o + 8));
        CHECK(gc_cell_size(o) == 40);
        CHECK(gc_cell_size((char *)o + 17) == 40);
        bool zero = true;
        for (int i = 1; i < 5; i++) zero &= ((uint64_t *)o)[i] == 0;
        CHECK(zero);
        CHECK(gc_cell_size(gc_alloc(T_LEAF, 1)) == 16);
        CHECK(gc_cell_size(gc_alloc(T_LEAF, 8193)) == 12288);
        CHECK(!heap_contains(R));
    }

    printf("%d passed, %d failed\n", npass, nfail);
    return nfail != 0;
}
