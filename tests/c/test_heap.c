/* White-box tests of the arena, the allocator and the collector.
 * link: core/arena.c core/heap.c
 * stress-build (tests/c/run.sh also runs it built with -DKILN_GC_STRESS=3)
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
#include <time.h>
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
    /* a finalizer may allocate (the new object lands above the swept heap) */
    Object *x = gc_alloc(&R->t_float, 24);
    ((uint64_t *)x)[1] = 99;
    if (!heap_contains(x) || gc_cell_size(x) != 24) R->flag_isolated++;
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

static NOINLINE Node *new_node(int64_t tag)
{
    Node *n = (Node *)gc_alloc(T_NODE, sizeof(Node));
    n->tag = tag;
    return n;
}

/* Hide a pointer from the conservative scan. */
static ALWAYS_INLINE uintptr_t hide(const void *p) { return (uintptr_t)p ^ 0x5555555555555555ULL; }
static ALWAYS_INLINE void *unhide(uintptr_t h) { return (void *)(h ^ 0x5555555555555555ULL); }

/* Wipe dead stack below us so stale copies of pointers don't look live. */
static NOINLINE void clobber_stack(void)
{
    volatile uint64_t buf[2048];
    for (size_t i = 0; i < ARRAY_LEN(buf); i++) buf[i] = 0;
}

static long status_kb(const char *key)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    size_t n = strlen(key);
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, key, n)) kb = strtol(line + n, NULL, 10);
    if (f) fclose(f);
    return kb;
}

/* (a): 10 GiB through a ring of 4096 live slots; returns bytes allocated. */
static NOINLINE uint64_t churn(uint64_t total, ValueArray **ringp)
{
    ValueArray *ring = value_array_new(4096);
    *ringp = ring;
    uint64_t bytes = 0, i = 0;
    while (bytes < total) {
        for (int k = 0; k < 64; k++, i++) {
            Node *n = new_node((int64_t)i);
            Value prev = ring->items[(i + 4095) & 4095];
            if (prev && AS_OBJ(prev)->type == T_NODE) STORE(n, a, prev);
            bytes += sizeof(Node);
            if ((i & 7) == 0) STORE_AT(ring, &ring->items[i & 4095], OBJ_VAL(n));
        }
        for (int k = 0; k < 8; k++) {
            Object *c = gc_alloc(T_CONS, 1000);
            ((Value *)c)[1] = ring->items[(i * 7 + k) & 4095];
            bytes += 1000;
        }
        RawBytes *rb = raw_bytes_new(100000);
        rb->data[99999] = 1;
        bytes += sizeof(RawBytes) + 100000;
    }
    return bytes;
}

static NOINLINE Node *build_list(int64_t n)
{
    Node *head = NULL;
    for (int64_t i = 0; i < n; i++) {
        Node *x = new_node(i);
        if (head) STORE(x, a, OBJ_VAL(head));
        head = x;
    }
    return head;
}

static NOINLINE int64_t check_list(Node *head, int64_t n)
{
    int64_t ok = 0;
    for (int64_t i = n - 1; i >= 0 && head; i--) {
        if (head->hdr.type == T_NODE && head->tag == i && heap_contains(head)) ok++;
        head = (Node *)head->a;
    }
    return ok;
}

static NOINLINE void hide_many(uintptr_t *out, int n, Type *t, size_t sz)
{
    for (int i = 0; i < n; i++) {
        Object *o = gc_alloc(t, sz);
        memset((char *)o + 8, 0xab, sz - 8);     /* dirty, to check reuse zeroes */
        out[i] = hide(o);
    }
}

static NOINLINE int count_zeroed(const uintptr_t *h, int n, size_t sz)
{
    int z = 0;
    for (int i = 0; i < n; i++) {
        const uint64_t *w = unhide(h[i]);
        bool ok = true;
        for (size_t j = 1; j < sz / 8; j++) ok &= w[j] == 0;
        z += ok;
    }
    return z;
}

static NOINLINE int count_alive(const uintptr_t *h, int n)
{
    int alive = 0;
    for (int i = 0; i < n; i++) alive += heap_contains(unhide(h[i]));
    return alive;
}

/* Collect from a frame whose slots are all freshly zeroed, so stale copies of
 * pointers in dead stack memory can't keep test objects alive. */
static NOINLINE void collect_deep(void)
{
    volatile uint64_t pad[128];
    for (size_t i = 0; i < ARRAY_LEN(pad); i++) pad[i] = 0;
    gc_collect();
    pad[0] = 1;
}

static NOINLINE void collect_clean(void)
{
    clobber_stack();
    collect_deep();
    if (heap_check()) printf("FAIL heap_check after a collection\n"), exit(1);
}

#undef CHECK
#define CHECK(c) check(np, nf, (c), #c, __LINE__)

/* (b) an object held only by a C local survives */
static NOINLINE void test_local(int *np, int *nf)
{
    Node *n = new_node(77);
    uintptr_t h = hide(n);
    collect_clean();
    CHECK(heap_contains(n) && n->tag == 77 && n->hdr.type == T_NODE);
    CHECK(heap_contains(unhide(h)));
}

/* (c) unreachable objects are freed and their cells reused */
static NOINLINE void test_reuse(int *np, int *nf)
{
    enum { N = 500 };
    uintptr_t hs[N], again[N];
    gc_pause();                            /* hidden: only a pause keeps them */
    hide_many(hs, N, T_LEAF, 2000);        /* class 2048: 32 per span */
    CHECK(count_alive(hs, N) == N);
    gc_resume();
    collect_clean();
    CHECK(count_alive(hs, N) <= 1);        /* a stray register copy may keep one */
    uint64_t c0 = HEAP->gc_count;
    gc_pause();
    for (int i = 0; i < N; i++) again[i] = hide(gc_alloc(T_LEAF, 2000));
    gc_resume();
    CHECK(HEAP->gc_count == c0);
    CHECK(count_zeroed(again, N, 2048) == N);
    int reused = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) reused += again[i] == hs[j];
    CHECK(reused > N / 2);
}

/* (d) precise tracing keeps children alive; children of dead parents die */
static NOINLINE Node *family(uintptr_t *h)
{
    Node *root = new_node(1), *kid = new_node(2), *grandkid = new_node(3);
    STORE(root, a, OBJ_VAL(kid));
    STORE(kid, b, OBJ_VAL(grandkid));
    h[0] = hide(kid);
    h[1] = hide(grandkid);
    return root;
}

static NOINLINE void cons_and_raw(Object **cons, Object **raw, uintptr_t *h)
{
    *cons = gc_alloc(T_CONS, 64);
    *raw = gc_alloc_noscan(T_CONS, 64);
    Node *a = new_node(10), *b = new_node(11);
    ((Value *)*cons)[3] = (Value)a + 8;    /* an interior pointer inside a scanned cell */
    ((Value *)*raw)[3] = (Value)b;         /* a noscan cell: not a root for b */
    h[0] = hide(a);
    h[1] = hide(b);
}

static NOINLINE bool alive(uintptr_t h) { return heap_contains(unhide(h)); }
static NOINLINE int64_t tag_of(uintptr_t h) { return ((Node *)unhide(h))->tag; }
static NOINLINE bool kid_links(uintptr_t hk, uintptr_t hg) { return ((Node *)unhide(hk))->b == (Value)unhide(hg); }

static NOINLINE void test_precise(int *np, int *nf)
{
    uintptr_t h[2];
    Node *root = family(h);
    collect_clean();
    CHECK(alive(h[0]) && tag_of(h[0]) == 2);
    CHECK(alive(h[1]) && tag_of(h[1]) == 3);
    CHECK(kid_links(h[0], h[1]));
    STORE(root, a, 0);
    collect_clean();
    CHECK(!alive(h[0]));
    CHECK(!alive(h[1]));
    CHECK(heap_contains(root));
    /* a deep list: the mark stack, not recursion */
    int64_t len = HEAP->stress ? 3000 : 1000000;
    Node *head = build_list(len);
    collect_clean();
    CHECK(check_list(head, len) == len);
    /* conservative cells keep what they point to; noscan cells don't */
    Object *cons, *raw;
    cons_and_raw(&cons, &raw, h);
    collect_clean();
    CHECK(alive(h[0]));
    CHECK(!alive(h[1]));
    CHECK(heap_contains(cons) && heap_contains(raw));
}

/* (e) large objects: survive when held, freed and pages returned when not */
static NOINLINE void big_garbage(uintptr_t *hs, int n)
{
    for (int i = 0; i < n; i++) {
        RawBytes *b = raw_bytes_new(4 << 20);
        memset(b->data, 1, 4 << 20);
        hs[i] = hide(b);
    }
}

static NOINLINE void test_large(int *np, int *nf)
{
    RawBytes *big = raw_bytes_new(5 << 20);
    memset(big->data, 7, 5 << 20);
    ValueArray *va = value_array_new(100000);
    STORE_AT(va, &va->items[99999], OBJ_VAL(new_node(5)));
    uintptr_t hv = hide((void *)va->items[99999]);
    collect_clean();
    CHECK(heap_contains(big) && big->data[(5 << 20) - 1] == 7 && big->cap == 5 << 20);
    CHECK(heap_contains(unhide(hv)) && heap_contains(va));
    CHECK(gc_cell_size(big) >= (5u << 20) + sizeof(RawBytes));
    uintptr_t hs[64];
    gc_pause();
    big_garbage(hs, 64);
    gc_resume();
    long before = status_kb("VmRSS:");
    collect_clean();
    long after = status_kb("VmRSS:");
    printf("large: RSS %ld MB -> %ld MB after freeing 256 MB\n", before / 1024, after / 1024);
    CHECK(count_alive(hs, 64) == 0);
    CHECK(after < before - 150 * 1024);
    RawBytes *fresh = raw_bytes_new(4 << 20);
    bool zero = true;
    for (int i = 0; i < 4 << 20; i += 512) zero &= fresh->data[i] == 0;
    CHECK(zero);
    CHECK(heap_contains(big));
}

/* (f) interior pointers, small and large */
static NOINLINE void interior(uintptr_t *h, volatile uintptr_t *in)
{
    Node *n = new_node(42);
    RawBytes *b = raw_bytes_new(100000);
    h[0] = hide(n);
    h[1] = hide(b);
    in[0] = (uintptr_t)n + 20;
    in[1] = (uintptr_t)b + 77777;
}

static NOINLINE void test_interior(int *np, int *nf)
{
    uintptr_t h[2];
    volatile uintptr_t in[2];
    interior(h, in);
    collect_clean();
    CHECK(alive(h[0]) && tag_of(h[0]) == 42);
    CHECK(alive(h[1]));
    CHECK(gc_cell_size((void *)in[0]) == sizeof(Node) && gc_cell_size((void *)in[1]) >= 100000);
    in[0] = in[1] = 0;
    collect_clean();
    CHECK(!alive(h[0]));
    CHECK(!alive(h[1]));
}

#undef CHECK
#define CHECK(c) check(&npass, &nfail, (c), #c, __LINE__)

/* Child process for (g): the stress mode from the environment. */
static int stress_child(void)
{
    int npass = 0, nfail = 0;
    heap_init();
    setup_types();
    volatile int base = 0;
    R->ts.c_stack_base = (void *)((uintptr_t)&base + 256);
    CHECK(HEAP->stress == 5);
    Node *head = build_list(20000);
    CHECK(HEAP->gc_count >= 20000 / 5 - 1);
    CHECK(check_list(head, 20000) == 20000);
    ValueArray *va = value_array_new(1000);
    for (int i = 0; i < 1000; i++) STORE_AT(va, &va->items[i], OBJ_VAL(new_node(i)));
    int good = 0;
    for (int i = 0; i < 1000; i++) good += ((Node *)va->items[i])->tag == i;
    CHECK(good == 1000);
    printf("stress child: %d passed, %d failed, %llu collections\n", npass, nfail,
           (unsigned long long)HEAP->gc_count);
    return nfail != 0;
}

static int run_child(char *self, const char *arg, const char *env, char *out, size_t outsz)
{
    int fds[2];
    fflush(stdout);
    if (pipe(fds) != 0) return -1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 1);
        dup2(fds[1], 2);
        close(fds[0]);
        if (env) putenv((char *)env);
        if (arg) execl(self, self, arg, (char *)NULL);
        heap_init();            /* the arena is already mapped in this process */
        _exit(0);
    }
    close(fds[1]);
    size_t n = 0;
    ssize_t r;
    while (n + 1 < outsz && (r = read(fds[0], out + n, outsz - 1 - n)) > 0) n += (size_t)r;
    out[n] = 0;
    close(fds[0]);
    int st;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

int main(int argc, char **argv)
{
    int npass = 0, nfail = 0;
    if (argc > 1 && !strcmp(argv[1], "stress")) return stress_child();
    heap_init();
    setup_types();
    R->t_float.trace = trace_leaf;
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
        CHECK(gc_alloc_try(T_LEAF, (size_t)1 << 40, true) == NULL);
        Object *t = gc_alloc_try(T_NODE, 100, false);
        CHECK(t && heap_contains(t) && t->type == T_NODE && gc_cell_size(t) == 112);
        t = gc_alloc_try(T_LEAF, 100000, true);
        CHECK(t && heap_contains(t) && ((uint64_t *)t)[5000] == 0);
    }

    /* (a) 10 GiB with a small live set stays small */
    {
        ValueArray *ring;
        uint64_t t0 = HEAP->gc_count;
        /* under a stress build (-DKILN_GC_STRESS=N) a short run only */
        uint64_t want = HEAP->stress ? (uint64_t)32 << 20 : (uint64_t)10 << 30;
        uint64_t bytes = churn(want, &ring);
        long hwm = status_kb("VmHWM:");
        printf("churn: %.1f GiB allocated, %llu collections, peak RSS %ld MB\n",
               bytes / 1073741824.0, (unsigned long long)(HEAP->gc_count - t0), hwm / 1024);
        CHECK(bytes >= want);
        CHECK(hwm > 0 && hwm < 100 * 1024);
        int ok = 0;
        for (int i = 0; i < 4096; i += 8) {
            Value v = ring->items[i];
            ok += v && AS_OBJ(v)->type == T_NODE && (((Node *)v)->tag & 4095) == i && heap_contains((void *)v);
        }
        CHECK(ok == 512);
    }

    test_local(&npass, &nfail);
    test_reuse(&npass, &nfail);
    test_precise(&npass, &nfail);
    test_large(&npass, &nfail);
    test_interior(&npass, &nfail);

    /* finalizers run once for dead objects; gc_pause holds collections */
    {
        R->flag_verbose = 0;
        uintptr_t hs[100];
        hide_many(hs, 100, T_FIN, 24);
        Object *keep = gc_alloc(T_FIN, 24);
        collect_clean();
        CHECK(R->flag_verbose == 100);
        CHECK(R->flag_isolated == 0);
        collect_clean();
        CHECK(R->flag_verbose == 100);
        CHECK(heap_contains(keep));
        gc_pause();
        gc_pause();
        uint64_t c0 = HEAP->gc_count;
        for (int i = 0; i < 100000; i++) gc_alloc(T_LEAF, 1000);
        gc_collect();
        gc_resume();
        CHECK(HEAP->gc_count == c0);
        gc_resume();
        gc_collect();
        CHECK(HEAP->gc_count == c0 + 1);
    }

    /* (g) stress mode (environment), and the arena-in-use error */
    {
        char out[4096];
        int rc = run_child(argv[0], "stress", "KILN_GC_STRESS=5", out, sizeof out);
        fputs(out, stdout);
        CHECK(rc == 0);
        rc = run_child(argv[0], NULL, NULL, out, sizeof out);
        CHECK(rc == 1);
        CHECK(!strcmp(out, "kiln: cannot reserve the heap at 0x100000000000: address range in use\n"));
    }

    /* speed of the fast path (CPU time: the machine may be shared) */
    {
        struct timespec t0, t1;
        for (int round = 0; round < (HEAP->stress ? 0 : 2); round++) {
            size_t sz = round ? 48 : 16;
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
            for (int i = 0; i < 20000000; i++) gc_alloc(T_LEAF, sz);
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
            double ns = ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) / 20000000.0;
            printf("gc_alloc(%zu bytes): %.1f ns CPU per object, collections included\n", sz, ns);
        }
    }

    CHECK(heap_check() == 0);
    {   /* the checker notices a write into a free cell */
        gc_alloc(T_LEAF, 24);
        uint64_t *cell = HEAP->stress ? HEAP->sfree[1] : HEAP->free[1];
        CHECK(cell != NULL);
        if (cell) {
            fprintf(stderr, "(an expected heap check complaint follows)\n");
            cell[2] = 5;
            CHECK(heap_check() == 1);
            cell[2] = 0;
            CHECK(heap_check() == 0);
        }
    }

    /* heap_trim hands back every free page */
    {
        heap_trim();
        long rss = status_kb("VmRSS:");
        printf("after heap_trim: RSS %ld MB\n", rss / 1024);
        CHECK(rss < 40 * 1024);
    }

    /* segregation (a baking process): frozen objects fill 2 MiB chunks of
       their own, small and large, and survive collections there */
    {
        heap_segregate();
        uintptr_t chunk = (uintptr_t)HEAP_CHUNK_PAGES * HEAP_PAGE;
        ValueArray *keep = value_array_new(400);
        for (int i = 0; i < 400; i++) {
            Object *o = i % 2 ? gc_alloc_kind(T_NODE, 24 + 8 * (i % 50), HEAP_FROZEN)
                              : gc_alloc(T_NODE, 24 + 8 * (i % 50));
            STORE_AT(keep, &keep->items[i], OBJ_VAL(o));
        }
        Object *bigf = gc_alloc_kind(T_LEAF, 3 << 20, HEAP_NOSCAN | HEAP_FROZEN);
        Object *bigm = gc_alloc_noscan(T_LEAF, 3 << 20);
        STORE_AT(keep, &keep->items[0], OBJ_VAL(bigf));
        STORE_AT(keep, &keep->items[2], OBJ_VAL(bigm));
        gc_collect();
        int apart = 0, mixed = 0;
        for (int i = 3; i < 400; i++) {
            uintptr_t a = (uintptr_t)keep->items[i];
            for (int j = i + 1; j < 400; j++) {
                uintptr_t b = (uintptr_t)keep->items[j];
                if ((a - HEAP_BASE) / chunk != (b - HEAP_BASE) / chunk) continue;
                if ((i - j) % 2) mixed++;
                else apart++;
            }
        }
        CHECK(apart > 0 && mixed == 0);
        int groups_ok = 1;
        for (uintptr_t a = (uintptr_t)bigf; a < (uintptr_t)bigf + (3 << 20); a += HEAP_PAGE)
            groups_ok &= HEAP->chunk_group[(a - HEAP_BASE) / chunk] == 1;
        for (uintptr_t a = (uintptr_t)bigm; a < (uintptr_t)bigm + (3 << 20); a += HEAP_PAGE)
            groups_ok &= HEAP->chunk_group[(a - HEAP_BASE) / chunk] == 0;
        CHECK(groups_ok);
        CHECK(heap_contains(bigf) && heap_contains(bigm) && gc_cell_size(bigf) >= (size_t)3 << 20);
        CHECK(heap_check() == 0);
        /* a process that does not segregate (as a restored one) reuses the
           free pages and cells of both groups' chunks */
        HEAP->kind_mask = HEAP_NOSCAN;
        STORE_AT(keep, &keep->items[0], 0);                                    /* bigf */
        for (int i = 5; i < 400; i += 4) STORE_AT(keep, &keep->items[i], 0);   /* frozen spans: partly free */
        gc_collect();
        int reused = 0;
        for (int i = 5; i < 400; i += 4) {
            Object *o = gc_alloc_kind(T_NODE, 24 + 8 * (i % 50), HEAP_FROZEN);
            STORE_AT(keep, &keep->items[i], OBJ_VAL(o));
            reused += HEAP->chunk_group[((uintptr_t)o - HEAP_BASE) / chunk] == 1;
        }
        CHECK(reused > 0);
        CHECK(heap_check() == 0);
    }

    printf("%d passed, %d failed\n", npass, nfail);
    return nfail != 0;
}
