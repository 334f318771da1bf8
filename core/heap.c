/* kiln heap: size-class allocation in the arena and a non-moving mark-sweep
 * collector (DESIGN.md §4).  Layout and invariants: heap.h.
 *
 * Allocation.  Requests up to 8 KiB round up to one of 35 size classes; each
 * class allocates from 64 KiB spans.  The class's current span has a linked
 * list of free cells (HeapState.free) that the fast path pops; when it runs
 * dry the slow path takes the next span with free cells (the class's partial
 * list), else a fresh span from the page allocator.  Larger requests get a
 * run of whole pages.  Objects that hold no Values (gc_alloc_noscan) use a
 * second set of classes so the marker never reads them.
 *
 * Groups.  In a process that is to write an image (heap_segregate), objects
 * allocated HEAP_FROZEN (str, tuple, bytes, numbers, functions, classes,
 * descriptors, bytecode: rarely written once built) have size-class lists of
 * their own, and every 2 MiB chunk of the heap holds spans and large objects
 * of one group only (HeapState.chunk_group; free page runs are binned and
 * coalesced by group).
 * A restored process maps the image's heap from the page cache's 2 MiB
 * pages; a chunk it only reads stays mapped by one huge page, where a single
 * write would break the mapping up into 4 KiB pages, each of which costs a
 * fault or a shadow page-table fill on first touch.  Other processes do not
 * segregate (kind_mask drops HEAP_FROZEN): that would cost memory for
 * nothing.
 *
 * Collection.  Roots: every word of the Root and of the current C stack
 * (conservative: a word pointing anywhere inside an allocated cell keeps it).
 * Marking uses a side bitmap and an explicit stack; each object's type is
 * marked, then the type's trace function runs (NULL: conservative scan of the
 * cell, trace_leaf: nothing).  The sweep works a bitmap word at a time
 * (alloc &= mark), runs finalizers, frees empty spans, coalesces free page
 * runs and hands the surplus back to the OS so the resident size falls.
 *
 * Pacing: a collection starts when the memory handed to allocation since the
 * last one exceeds max(8 MiB, 1.5x the live bytes after it).  gc_pause() nests.
 * Finalizers (Type.finalize) run during the sweep, on objects whose cells are
 * still intact, as are the other dead objects they may look at; a finalizer
 * may allocate (the object lands above the part of the heap being swept) but
 * a collection requested meanwhile is skipped.  Stress mode (KILN_GC_STRESS=N
 * in the environment, or -DKILN_GC_STRESS=N) collects every N allocations.
 */
#define _GNU_SOURCE
#include "heap.h"

#include <malloc.h>
#include <setjmp.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

extern void *__libc_stack_end;

/* Collector hooks of other parts, weak so the heap also links on its own
 * (white-box tests). */
#pragma weak weakref_gc_hook
#pragma weak weakref_after_gc
#pragma weak del_gc_resurrect
#pragma weak del_after_gc
#pragma weak type_gc_hook

#define PI HEAP_PAGEINFO

/* -- Size classes --------------------------------------------------------- */

#define SC(c, lo, hi) [(lo) / 8 + 1 ... (hi) / 8] = c
const uint8_t heap_size_class[HEAP_SMALL_MAX / 8 + 1] = {
    [0 ... 2] = 0, SC(1, 16, 24), SC(2, 24, 32), SC(3, 32, 40), SC(4, 40, 48),
    SC(5, 48, 56), SC(6, 56, 64), SC(7, 64, 80), SC(8, 80, 96), SC(9, 96, 112),
    SC(10, 112, 128), SC(11, 128, 160), SC(12, 160, 192), SC(13, 192, 224),
    SC(14, 224, 256), SC(15, 256, 320), SC(16, 320, 384), SC(17, 384, 448),
    SC(18, 448, 512), SC(19, 512, 640), SC(20, 640, 768), SC(21, 768, 896),
    SC(22, 896, 1024), SC(23, 1024, 1280), SC(24, 1280, 1536), SC(25, 1536, 1792),
    SC(26, 1792, 2048), SC(27, 2048, 2560), SC(28, 2560, 3072), SC(29, 3072, 3584),
    SC(30, 3584, 4096), SC(31, 4096, 5120), SC(32, 5120, 6144), SC(33, 6144, 7168),
    SC(34, 7168, 8192),
};
#undef SC
const uint16_t heap_class_size[HEAP_NCLASS] = {
    16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448,
    512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120,
    6144, 7168, 8192,
};

/* -- Start-up --------------------------------------------------------------- */

#define MSTACK_BYTES ((size_t)1 << 30)
#define MSTACK_KEEP  ((size_t)16 << 20)   /* resident only once a collection went that deep */

void heap_init_local(void)
{
    HeapState *h = HEAP;
    h->markbits = arena_local_map(HEAP_BITS_SIZE);
    h->mstack = arena_local_map(MSTACK_BYTES);
    h->mstack_cap = MSTACK_BYTES / sizeof(Object *);
    h->mcache_local = NULL;
    /* C buffers (string builders, sort scratch): keep freed malloc memory for
       reuse instead of unmapping or trimming it, so a program that builds big
       buffers again and again does not fault in fresh pages each time */
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    /* stress mode and segregation are properties of this process, not of
       an image */
    h->stress = 0;
    h->kind_mask = HEAP_NOSCAN;
#ifdef KILN_GC_STRESS
    h->stress = KILN_GC_STRESS;
#endif
    const char *s = getenv("KILN_GC_STRESS");
    if (s && *s) h->stress = strtoull(s, NULL, 10);
    if (h->stress) {                    /* the fast path must miss from now on */
        for (unsigned l = 0; l < HEAP_NLISTS; l++)
            if (h->free[l]) h->sfree[l] = h->free[l], h->free[l] = NULL;
    } else {
        for (unsigned l = 0; l < HEAP_NLISTS; l++)
            if (h->sfree[l]) h->free[l] = h->sfree[l], h->sfree[l] = NULL;
    }
}

void heap_init(void)
{
    arena_reserve();
    arena_commit(KILN_ARENA_BASE, (uintptr_t)HEAP_PAGEINFO);
    HeapState *h = HEAP;
    memset(h, 0, sizeof *h);
    h->magic = HEAP_MAGIC;
    h->top = h->committed = HEAP_BASE;
    h->budget = HEAP_MIN_BUDGET;
    heap_init_local();
}

/* -- Pages ------------------------------------------------------------------- */

/* Grow the committed object pages (and their metadata) to cover `need`. */
static bool commit_to(uintptr_t need)
{
    HeapState *h = HEAP;
    if (need <= h->committed) return true;
    if (need > HEAP_END) return false;
    uintptr_t nc = HEAP_ROUND_UP(need, HEAP_COMMIT_STEP);
    if (nc > HEAP_END) nc = HEAP_END;
    arena_commit((uintptr_t)&PI[HEAP_PAGENO(h->committed)], (uintptr_t)&PI[HEAP_PAGENO(nc)]);
    arena_commit((uintptr_t)&HEAP_ALLOCBITS[HEAP_GRANULE(h->committed) >> 6],
                 (uintptr_t)&HEAP_ALLOCBITS[HEAP_GRANULE(nc) >> 6]);
    arena_commit(h->committed, nc);
    h->committed = nc;
    return true;
}

/* The group (0, or 1 for HEAP_FROZEN) of the 2 MiB chunk holding page pg. */
static ALWAYS_INLINE unsigned page_group(uint32_t pg)
{
    return HEAP->chunk_group[(pg - HEAP_PAGENO(HEAP_BASE)) / HEAP_CHUNK_PAGES];
}

static void bin_push(uint32_t pg, uint32_t n, uint8_t flags)
{
    HeapState *h = HEAP;
    unsigned b = n < HEAP_NBINS ? n : 0, d = (flags & PF_DIRTY) ? 0 : 1, g = page_group(pg);
    PageInfo *p = &PI[pg];
    /* after a restore these pages came from the image: write only what changes */
    if (p->kind != PK_FREE) p->kind = PK_FREE;
    if (p->npages != n) p->npages = n;
    if (p->flags != flags) p->flags = flags;
    if (p->next != h->bins[g][d][b]) p->next = h->bins[g][d][b];
    h->bins[g][d][b] = pg;
    h->bin_mask[g][d] |= (uint64_t)1 << b;
}

/* Take a run of at least n pages from group g's bin set d (best fit), or 0. */
static uint32_t bin_take(unsigned g, unsigned d, uint32_t n)
{
    HeapState *h = HEAP;
    uint32_t *bins = h->bins[g][d];
    uint64_t *mask = &h->bin_mask[g][d];
    if (n < HEAP_NBINS) {
        uint64_t m = *mask & ~(((uint64_t)1 << n) - 1) & ~(uint64_t)1;
        if (m) {
            unsigned b = __builtin_ctzll(m);
            uint32_t pg = bins[b];
            bins[b] = PI[pg].next;
            if (!bins[b]) *mask &= ~((uint64_t)1 << b);
            return pg;
        }
    }
    uint32_t *link = &bins[0];
    while (*link && PI[*link].npages < n) link = &PI[*link].next;
    uint32_t pg = *link;
    if (pg) {
        *link = PI[pg].next;
        if (!bins[0]) *mask &= ~(uint64_t)1;
    }
    return pg;
}

/* A run of at least n free pages of group g from the bins: pages still
 * resident first (no page faults), best fit; 0 if none. */
static uint32_t pages_from_bins(unsigned g, uint32_t n, bool *dirty)
{
    uint32_t pg = bin_take(g, 0, n);
    if (!pg) pg = bin_take(g, 1, n);
    if (pg) {
        PageInfo *p = &PI[pg];
        uint32_t have = p->npages;
        uint8_t fl = p->flags;
        *dirty = (fl & PF_DIRTY) != 0;
        p->next = 0;
        if (have > n) bin_push(pg + n, have - n, fl);
    }
    return pg;
}

/* Take n pages for objects of group g: from the group's free runs, else
 * from whole 2 MiB chunks at the top of the heap (the rest of the last one
 * becomes a free run of the group).  Returns the first page number (0 if
 * the arena is exhausted); *dirty says whether the pages may hold old
 * contents.  During a sweep the bins are being rebuilt: only the top. */
static uint32_t pages_alloc(uint32_t n, unsigned g, bool *dirty)
{
    HeapState *h = HEAP;
    *dirty = false;
    uint32_t pg;
    if (!h->sweeping && (pg = pages_from_bins(g, n, dirty)) != 0) return pg;
    if (!(h->kind_mask & HEAP_FROZEN)) {
        /* not segregating (a restored process): either group's free pages */
        if (!h->sweeping && (pg = pages_from_bins(1, n, dirty)) != 0) return pg;
        uintptr_t a = h->top, end = a + (uintptr_t)n * HEAP_PAGE;
        if (!commit_to(end)) return 0;
        h->top = end;
        return (uint32_t)HEAP_PAGENO(a);
    }
    uintptr_t a = HEAP_ROUND_UP(h->top, HEAP_CHUNK_PAGES * HEAP_PAGE);
    uint32_t nch = (n + HEAP_CHUNK_PAGES - 1) / HEAP_CHUNK_PAGES;
    uintptr_t end = a + (uintptr_t)nch * HEAP_CHUNK_PAGES * HEAP_PAGE;
    if (!commit_to(end)) {
        /* the arena is full: the other group's free pages, as a last resort */
        return h->sweeping ? 0 : pages_from_bins(!g, n, dirty);
    }
    if (a > h->top) bin_push((uint32_t)HEAP_PAGENO(h->top), (uint32_t)((a - h->top) / HEAP_PAGE), 0);
    h->top = end;
    pg = (uint32_t)HEAP_PAGENO(a);
    for (uint32_t k = 0; k < nch; k++) h->chunk_group[(pg - HEAP_PAGENO(HEAP_BASE)) / HEAP_CHUNK_PAGES + k] = (uint8_t)g;
    uint32_t rest = nch * HEAP_CHUNK_PAGES - n;
    if (rest) bin_push(pg + n, rest, 0);
    return pg;
}

/* Describe pages [pg, pg+n) as one span whose head is pg. */
static void span_set(uint32_t pg, uint32_t n, uint8_t kind, uint8_t cls, uint8_t flags)
{
    PageInfo *p = &PI[pg];
    p->kind = kind;
    p->cls = cls;
    p->flags = flags;
    p->npages = n;
    p->next = 0;
    p->ncells = kind == PK_SMALL ? (n * HEAP_PAGE) / heap_class_size[cls] : 1;
    for (uint32_t i = 1; i < n; i++) {
        PageInfo *t = &PI[pg + i];
        t->kind = PK_TAIL;
        t->npages = i;
    }
}

static ALWAYS_INLINE PageInfo *span_head(uintptr_t a, uint32_t *pgout)
{
    uint32_t pg = (uint32_t)HEAP_PAGENO(a);
    PageInfo *p = &PI[pg];
    if (p->kind == PK_TAIL) {
        pg -= p->npages;
        p = &PI[pg];
    }
    *pgout = pg;
    return p;
}

void heap_note_finalizer(void *cell)
{
    uint32_t pg;
    span_head((uintptr_t)cell, &pg)->flags |= PF_FINALIZE;
}

/* -- Allocation ------------------------------------------------------------- */

static void collect(void);

static void maybe_collect(size_t more)
{
    HeapState *h = HEAP;
    if (h->alloc_since_gc + more > h->budget && !h->pause && !h->in_gc) collect();
}

/* Link the free cells of span pg (address order) and return the list.  Free
 * cells are handed out zeroed but for the link word, which becomes the type:
 * zero them here (unless the pages are known to be fresh) so the fast path
 * need not. */
/* Zero [lo, hi) (whole words): short runs inline, longer ones by memset. */
static ALWAYS_INLINE void zero_run(uintptr_t lo, uintptr_t hi)
{
    if (hi - lo <= 64) {
        for (uint64_t *w = (uint64_t *)lo; w < (uint64_t *)hi; w++) *w = 0;
    } else {
        memset((void *)lo, 0, hi - lo);
    }
}

/* Link the cells of [a, lim) that start in the page at a (at least one)
 * and leave the rest to link later. */
static void *link_chunk(unsigned l, uintptr_t a, uintptr_t lim, size_t sz)
{
    HeapState *h = HEAP;
    uintptr_t end = a + sz;
    while ((end < a + HEAP_PAGE || h->stress) && end + sz <= lim) end += sz;   /* stress: no bumping */
    for (uintptr_t c = a; c + sz < end; c += sz) *(void **)c = (void *)(c + sz);
    *(void **)(end - sz) = NULL;
    h->lazy[l] = end;
    h->lazy_end[l] = lim;
    return (void *)a;
}

/* The first allocated cell at or after a (a cell start), or lim if none
 * before it: alloc bits are set only at cell starts. */
static uintptr_t next_allocated(uintptr_t a, uintptr_t lim)
{
    uintptr_t g = HEAP_GRANULE(a), ge = HEAP_GRANULE(lim);
    uint64_t w = HEAP_ALLOCBITS[g >> 6] & (~(uint64_t)0 << (g & 63));
    while (!w) {
        g = (g | 63) + 1;
        if (g >= ge) return lim;
        w = HEAP_ALLOCBITS[g >> 6];
    }
    g = (g & ~(uintptr_t)63) + (uintptr_t)__builtin_ctzll(w);
    return g >= ge ? lim : KILN_ARENA_BASE + (g << 3);
}

static void *span_freelist(unsigned l, uint32_t pg, size_t *nfree, bool zero)
{
    PageInfo *p = &PI[pg];
    size_t sz = heap_class_size[p->cls];
    uintptr_t a = HEAP_PAGE_ADDR(pg);
    void *head = NULL, **tail = &head;
    size_t n = 0;
    /* no live cell at all (a fresh or emptied span): one memset, then link
       the cells a page at a time; the span's alloc bits are whole words
       (page aligned) */
    {
        uintptr_t lim = a + (uintptr_t)p->ncells * sz;
        const uint64_t *w = &HEAP_ALLOCBITS[HEAP_GRANULE(a) >> 6];
        const uint64_t *we = &HEAP_ALLOCBITS[(HEAP_GRANULE(lim) + 63) >> 6];
        uint64_t any = 0;
        for (; w < we && !any; w++) any |= *w;
        if (!any && p->ncells) {
            if (zero) memset((void *)a, 0, lim - a);
            *nfree = p->ncells;
            return link_chunk(l, a, lim, sz);
        }
    }
    /* free runs lie between the allocated cells, found a bitmap word at a time */
    uintptr_t lim = a + (uintptr_t)p->ncells * sz;
    while (a < lim) {
        uintptr_t b = next_allocated(a, lim);
        if (b > a) {
            if (zero) zero_run(a, b);
            for (uintptr_t c = a; c < b; c += sz, n++) { *tail = (void *)c; tail = (void **)c; }
        }
        a = b + sz;
    }
    *tail = NULL;
    *nfree = n;
    return head;
}

/* Give list l a span with free cells; false if the arena is exhausted. */
static bool refill(unsigned l, void **list)
{
    HeapState *h = HEAP;
    unsigned c = l % HEAP_NCLASS;
    size_t nfree;
    if (!h->sweeping) {
        uint32_t pg;
        while ((pg = h->partial[l]) != 0) {
            h->partial[l] = PI[pg].next;
            PI[pg].next = 0;
            void *head = span_freelist(l, pg, &nfree, true);
            if (head) {
                h->alloc_since_gc += nfree * heap_class_size[c];
                h->total_allocated += nfree * heap_class_size[c];
                *list = head;
                return true;
            }
        }
    }
    bool dirty;
    unsigned kind = l / HEAP_NCLASS;
    uint32_t pg = pages_alloc(HEAP_SPAN_PAGES, kind >> 1, &dirty);
    if (!pg) return false;
    span_set(pg, HEAP_SPAN_PAGES, PK_SMALL, (uint8_t)c, (kind & HEAP_NOSCAN) ? PF_NOSCAN : 0);
    *list = span_freelist(l, pg, &nfree, dirty);
    h->alloc_since_gc += HEAP_SPAN_BYTES;
    h->total_allocated += HEAP_SPAN_BYTES;
    return true;
}

static Object *alloc_large(Type *t, size_t nbytes, unsigned kind, bool may_fail)
{
    HeapState *h = HEAP;
    if (nbytes > KILN_ARENA_SIZE) goto fail;
    uint32_t n = (uint32_t)((nbytes + HEAP_PAGE - 1) >> HEAP_PAGE_SHIFT);
    size_t bytes = (size_t)n * HEAP_PAGE;
    maybe_collect(bytes);
    bool dirty;
    uint32_t pg = pages_alloc(n, kind >> 1, &dirty);
    if (!pg && !h->pause && !h->in_gc) {
        collect();
        pg = pages_alloc(n, kind >> 1, &dirty);
    }
    if (!pg) goto fail;
    uint8_t fl = ((kind & HEAP_NOSCAN) ? PF_NOSCAN : 0) | (t && t->finalize ? PF_FINALIZE : 0);
    span_set(pg, n, PK_LARGE, 0, fl);
    uintptr_t a = HEAP_PAGE_ADDR(pg);
    if (dirty) memset((void *)a, 0, bytes);
    heap_bit_set(HEAP_ALLOCBITS, a);
    ((Object *)a)->type = t;
    h->alloc_since_gc += bytes;
    h->total_allocated += bytes;
    return (Object *)a;
fail:
    if (may_fail) return NULL;
    kiln_fatal("out of memory: the heap cannot hold %zu more bytes", nbytes);
}

static Object *alloc_slow(Type *t, size_t nbytes, unsigned kind, bool may_fail)
{
    HeapState *h = HEAP;
    if (UNLIKELY(h->stress) && ++h->stress_count >= h->stress) {
        h->stress_count = 0;
        gc_collect();
    }
    kind &= h->kind_mask;
    if (nbytes > HEAP_SMALL_MAX) return alloc_large(t, nbytes, kind, may_fail);
    unsigned c = heap_size_class[(nbytes + 7) >> 3];
    unsigned l = c + kind * HEAP_NCLASS;
    void **list = h->stress ? &h->sfree[l] : &h->free[l];
    if (!*list && h->lazy[l] < h->lazy_end[l])
        *list = link_chunk(l, h->lazy[l], h->lazy_end[l], heap_class_size[c]);
    if (!*list) {
        maybe_collect(0);
        if (!*list && !refill(l, list)) {
            if (!h->pause && !h->in_gc) collect();
            if (!*list && !refill(l, list)) {
                if (may_fail) return NULL;
                kiln_fatal("out of memory: the heap is full");
            }
        }
    }
    void **cell = (void **)*list;
    *list = *cell;
    heap_bit_set(HEAP_ALLOCBITS, (uintptr_t)cell);
    ((Object *)cell)->type = t;
    if (t && t->finalize) heap_note_finalizer(cell);
    return (Object *)cell;
}

Object *heap_alloc_slow(Type *t, size_t nbytes, unsigned kind)
{
    return alloc_slow(t, nbytes, kind, false);
}

Object *gc_alloc(Type *t, size_t nbytes)
{
    return heap_alloc_fast(t, nbytes, 0);
}

Object *gc_alloc_noscan(Type *t, size_t nbytes)
{
    return heap_alloc_fast(t, nbytes, HEAP_NOSCAN);
}

Object *gc_alloc_kind(Type *t, size_t nbytes, unsigned kind)
{
    return heap_alloc_fast(t, nbytes, kind);
}

Object *gc_alloc_try(Type *t, size_t nbytes, bool noscan)
{
    return alloc_slow(t, nbytes, noscan ? HEAP_NOSCAN : 0, true);
}

void gc_pause(void) { HEAP->pause++; }
void gc_resume(void) { if (HEAP->pause > 0) HEAP->pause--; }

/* -- Queries ------------------------------------------------------------------ */

void heap_each_object(void (*fn)(Object *o, void *ctx), void *ctx)
{
    uint32_t pg = (uint32_t)HEAP_PAGENO(HEAP_BASE);
    while (pg < (uint32_t)HEAP_PAGENO(HEAP->top)) {
        PageInfo *p = &PI[pg];
        uintptr_t a = HEAP_PAGE_ADDR(pg);
        uint32_t n = p->npages ? p->npages : 1;
        if (p->kind == PK_SMALL) {
            size_t sz = heap_class_size[p->cls];
            for (uint32_t i = 0; i < p->ncells; i++, a += sz)
                if (heap_bit_get(HEAP_ALLOCBITS, a)) fn((Object *)a, ctx);
        } else if (p->kind == PK_LARGE && heap_bit_get(HEAP_ALLOCBITS, a)) {
            fn((Object *)a, ctx);
        }
        pg += n;
    }
}

/* The allocated cell containing address w, or 0. */
static uintptr_t find_cell(uintptr_t w)
{
    if (w < HEAP_BASE || w >= HEAP->top) return 0;
    uint32_t pg;
    PageInfo *p = span_head(w, &pg);
    uintptr_t start = HEAP_PAGE_ADDR(pg), cell;
    if (p->kind == PK_SMALL) {
        size_t sz = heap_class_size[p->cls];
        size_t i = (w - start) / sz;
        if (i >= p->ncells) return 0;
        cell = start + i * sz;
    } else if (p->kind == PK_LARGE) {
        if (w >= start + (uintptr_t)p->npages * HEAP_PAGE) return 0;
        cell = start;
    } else {
        return 0;
    }
    return heap_bit_get(HEAP_ALLOCBITS, cell) ? cell : 0;
}

bool heap_contains(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    if (a < HEAP_BASE || a >= HEAP->top || (a & 7)) return false;
    return heap_bit_get(HEAP_ALLOCBITS, a);
}

size_t gc_cell_size(const void *p)
{
    uintptr_t cell = (uintptr_t)p;
    if (!heap_contains(p)) {               /* not an object start: maybe interior */
        cell = find_cell(cell);
        if (!cell) return 0;
    }
    uint32_t pg;
    PageInfo *h = span_head(cell, &pg);
    return h->kind == PK_SMALL ? heap_class_size[h->cls] : (size_t)h->npages * HEAP_PAGE;
}

/* -- Marking -------------------------------------------------------------------- */

typedef struct MarkCtx {
    uint64_t *mb;
    Object **stack;
    size_t sp, cap, high;
} MarkCtx;

static ALWAYS_INLINE void mark_cell(MarkCtx *mc, uintptr_t cell)
{
    if (heap_bit_get(mc->mb, cell)) return;
    heap_bit_set(mc->mb, cell);
    if (UNLIKELY(mc->sp == mc->cap)) kiln_fatal("out of memory: the collector's mark stack overflowed");
    mc->stack[mc->sp++] = (Object *)cell;
    if (UNLIKELY(mc->sp > mc->high)) mc->high = mc->sp;
}

static void mark_word(MarkCtx *mc, uintptr_t w)
{
    uintptr_t cell = find_cell(w);
    if (cell) mark_cell(mc, cell);
}

/* The Visitor handed to trace functions: v should be an object start, but an
 * interior pointer is tolerated. */
static void visit(Value v, void *ctx)
{
    MarkCtx *mc = ctx;
    if (v < HEAP_BASE || v >= HEAP->top || (v & 1)) return;
    if (!(v & 7) && heap_bit_get(HEAP_ALLOCBITS, v)) mark_cell(mc, v);
    else mark_word(mc, v);
}

static void scan_range(MarkCtx *mc, uintptr_t lo, uintptr_t hi)
{
    uintptr_t top = HEAP->top;
    for (const uintptr_t *w = (const uintptr_t *)(lo & ~(uintptr_t)7); (uintptr_t)w + 8 <= hi; w++) {
        uintptr_t v = *w;
        if (v >= HEAP_BASE && v < top) mark_word(mc, v);
    }
}

static void drain(MarkCtx *mc)
{
    while (mc->sp) {
        Object *o = mc->stack[--mc->sp];
        Type *t = o->type;
        visit((Value)t, mc);
        if (t && t->trace == trace_leaf) continue;
        if (t && t->trace) {
            t->trace(o, visit, mc);
            continue;
        }
        uint32_t pg;
        PageInfo *p = span_head((uintptr_t)o, &pg);
        if (p->flags & PF_NOSCAN) continue;
        size_t sz = p->kind == PK_SMALL ? heap_class_size[p->cls] : (size_t)p->npages * HEAP_PAGE;
        scan_range(mc, (uintptr_t)o + 8, (uintptr_t)o + sz);
    }
}

/* Scan the C stack of this thread from here up to its base.  collect() has
 * spilled the callee-saved registers into its own frame, above this one.
 * Then the stacks of the threads parked outside the GIL (gil.c): from the
 * stack pointer each recorded when it let go; their registers are in their
 * thread states, which the Root reaches through R->ts.next. */
static NOINLINE void scan_stack(MarkCtx *mc)
{
    volatile uintptr_t here = 0;
    uintptr_t lo = (uintptr_t)&here;
    ThreadState *ts = R->cur_ts ? R->cur_ts : &R->ts;
    uintptr_t base = (uintptr_t)ts->c_stack_base;
    if (!base) base = (uintptr_t)__libc_stack_end;
    if (base <= lo || base - lo > ((uintptr_t)1 << 32))
        kiln_fatal("garbage collection on a thread whose stack base is unknown");
    scan_range(mc, lo, base);
    drain(mc);
    for (ThreadState *t = &R->ts; t; t = t->next) {
        uintptr_t sp = (uintptr_t)t->c_stack_sp, b = (uintptr_t)t->c_stack_base;
        if (t == ts || !sp || !b) continue;
        if (b < sp || b - sp > ((uintptr_t)1 << 32)) kiln_fatal("garbage collection: a parked thread's stack is bad");
        scan_range(mc, sp, b);
        drain(mc);
    }
}

/* -- Resurrection for __del__ ------------------------------------------------------ */

/* Offer every unreachable object of a span flagged for finalizers to
 * del_gc_resurrect() (type.c: __del__ instances and noted generators); those
 * it keeps for their finalizer are marked, with all they reach. */
static void resurrect(MarkCtx *mc)
{
    HeapState *h = HEAP;
    bool any = false;
    uint32_t pg = (uint32_t)HEAP_PAGENO(HEAP_BASE), end = (uint32_t)HEAP_PAGENO(h->top);
    while (pg < end) {
        PageInfo *p = &PI[pg];
        uint32_t n = p->npages;
        if (UNLIKELY(n == 0 || p->kind == PK_TAIL)) kiln_fatal("heap corrupted: bad page info at page %u", pg);
        if (p->flags & PF_FINALIZE) {
            uintptr_t a = HEAP_PAGE_ADDR(pg);
            if (p->kind == PK_SMALL) {
                uintptr_t w0 = HEAP_GRANULE(a) >> 6;
                size_t nw = (size_t)n * HEAP_PAGE / 8 / 64;
                for (size_t i = 0; i < nw; i++) {
                    uint64_t dead = HEAP_ALLOCBITS[w0 + i] & ~mc->mb[w0 + i];
                    for (; dead; dead &= dead - 1) {
                        uintptr_t c = a + (i * 64 + __builtin_ctzll(dead)) * 8;
                        Object *o = (Object *)c;
                        if (o->type && del_gc_resurrect(o)) { mark_cell(mc, c); any = true; }
                    }
                }
            } else if (p->kind == PK_LARGE && !heap_bit_get(mc->mb, a)) {
                Object *o = (Object *)a;
                if (o->type && del_gc_resurrect(o)) { mark_cell(mc, a); any = true; }
            }
        }
        pg += n;
    }
    if (any) drain(mc);
}

/* -- Sweeping -------------------------------------------------------------------- */

static void finalize_dead(uintptr_t a)
{
    Object *o = (Object *)a;
    if (o->type && o->type->finalize) o->type->finalize(o);
}

/* Sweep a small-object span; returns its live cells. */
static size_t sweep_small(uint32_t pg, PageInfo *p, uint64_t *mbits)
{
    uintptr_t a = HEAP_PAGE_ADDR(pg);
    uintptr_t w0 = HEAP_GRANULE(a) >> 6;
    uint64_t *ab = HEAP_ALLOCBITS + w0, *mb = mbits + w0;
    size_t nw = (size_t)p->npages * HEAP_PAGE / 8 / 64, live = 0;
    bool fin = (p->flags & PF_FINALIZE) != 0;
    for (size_t i = 0; i < nw; i++) {
        uint64_t al = ab[i];
        if (!al) continue;
        uint64_t keep = al & mb[i], dead = al & ~keep;
        if (keep) mb[i] = 0;              /* mark bits are all clear outside a collection */
        if (dead) {
            if (fin) {
                for (uint64_t d = dead; d; d &= d - 1)
                    finalize_dead(a + (i * 64 + __builtin_ctzll(d)) * 8);
            }
            ab[i] = keep;
        }
        live += __builtin_popcountll(keep);
    }
    return live;
}

static void mark_pages_free(uint32_t pg, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        PageInfo *p = &PI[pg + i];
        p->kind = PK_FREE;
        p->flags = PF_DIRTY;
        p->next = 0;
    }
    PI[pg].npages = n;
}

static size_t sweep(uint64_t *mbits)
{
    HeapState *h = HEAP;
    memset(h->partial, 0, sizeof h->partial);
    memset(h->bins, 0, sizeof h->bins);
    memset(h->bin_mask, 0, sizeof h->bin_mask);
    size_t live = 0;
    uint32_t pg = (uint32_t)HEAP_PAGENO(HEAP_BASE), end = (uint32_t)HEAP_PAGENO(h->sweep_top);
    uint32_t run = 0, runlen = 0;
    uint8_t runflags = 0;
    while (pg < end) {
        PageInfo *p = &PI[pg];
        uint32_t n = p->npages;
        if (UNLIKELY(n == 0 || p->kind == PK_TAIL)) kiln_fatal("heap corrupted: bad page info at page %u", pg);
        if (p->kind == PK_SMALL) {
            size_t nl = sweep_small(pg, p, mbits);
            if (nl == 0) {
                mark_pages_free(pg, n);
            } else {
                unsigned kind = ((p->flags & PF_NOSCAN) ? HEAP_NOSCAN : 0) | (page_group(pg) << 1);
                unsigned l = p->cls + (kind & h->kind_mask) * HEAP_NCLASS;
                live += nl * heap_class_size[p->cls];
                if (nl < p->ncells) {
                    if (p->next != h->partial[l]) p->next = h->partial[l];
                    h->partial[l] = pg;
                } else if (p->next) {
                    p->next = 0;
                }
            }
        } else if (p->kind == PK_LARGE) {
            uintptr_t a = HEAP_PAGE_ADDR(pg);
            uintptr_t g = HEAP_GRANULE(a);
            if (heap_bit_get(mbits, a)) {
                mbits[g >> 6] &= ~((uint64_t)1 << (g & 63));
                live += (size_t)n * HEAP_PAGE;
            } else {
                if (p->flags & PF_FINALIZE) finalize_dead(a);
                HEAP_ALLOCBITS[g >> 6] &= ~((uint64_t)1 << (g & 63));
                mark_pages_free(pg, n);
                /* big ones go back to the OS (after the sweep: finalizers may
                   still read them); reuse then faults in only what is touched */
                if (n >= HEAP_RELEASE_PAGES) p->flags = PF_RELEASE;
            }
        }
        /* coalesce free runs, but keep resident (dirty) and clean memory
           apart (zeroing a run on reuse must not fault in clean pages), and
           the chunks of the two groups */
        if (p->kind == PK_FREE && runlen &&
            ((p->flags & PF_DIRTY) != (runflags & PF_DIRTY) || page_group(pg) != page_group(run))) {
            bin_push(run, runlen, runflags);
            runlen = 0;
        }
        if (p->kind == PK_FREE) {
            if (!runlen) run = pg, runflags = 0;
            runlen += n;
            runflags |= p->flags & (PF_DIRTY | PF_RELEASE);
        } else if (runlen) {
            bin_push(run, runlen, runflags);
            runlen = 0;
        }
        pg += n;
    }
    if (runlen) bin_push(run, runlen, runflags);
    return live;
}

/* Keep about one allocation budget of old free pages for reuse; give the rest
 * back to the OS.  With nothing to keep (heap_trim), clean runs go back too:
 * the part of a 2 MiB chunk that a large object left free reads as zero but
 * may be resident (a transparent huge page). */
static void release_surplus(size_t keep_bytes)
{
    HeapState *h = HEAP;
    size_t keep = keep_bytes / HEAP_PAGE, kept = 0;
    for (unsigned g = 0; g < HEAP_NGROUPS; g++) {
        for (unsigned b = 0; b < HEAP_NBINS; b++) {
            for (uint32_t pg = h->bins[g][1][b]; pg; pg = PI[pg].next) {
                PageInfo *p = &PI[pg];
                if (!(p->flags & PF_RELEASE) && keep_bytes) continue;
                arena_release(HEAP_PAGE_ADDR(pg), HEAP_PAGE_ADDR(pg + p->npages));
                p->flags &= ~PF_RELEASE;
            }
        }
    }
    for (unsigned g = 0; g < HEAP_NGROUPS; g++) {
        uint32_t lists[HEAP_NBINS];
        memcpy(lists, h->bins[g][0], sizeof lists);
        memset(h->bins[g][0], 0, sizeof h->bins[g][0]);
        h->bin_mask[g][0] = 0;
        for (unsigned b = 0; b < HEAP_NBINS; b++) {
            uint32_t next;
            for (uint32_t pg = lists[b]; pg; pg = next) {
                PageInfo *p = &PI[pg];
                next = p->next;
                uint32_t n = p->npages, k = 0;
                if (kept < keep) k = keep - kept < n ? (uint32_t)(keep - kept) : n;
                kept += k;
                if (k) bin_push(pg, k, PF_DIRTY);           /* the head of the run stays resident */
                if (k < n) {
                    arena_release(HEAP_PAGE_ADDR(pg + k), HEAP_PAGE_ADDR(pg + n));
                    bin_push(pg + k, n - k, 0);
                }
            }
        }
    }
}

/* -- Collection ------------------------------------------------------------------- */

/* Forget every class's current span (its cells stay free; a sweep or the
 * partial lists find them again). */
void heap_drop_free_lists(void)
{
    HeapState *h = HEAP;
    memset(h->free, 0, sizeof h->free);
    memset(h->sfree, 0, sizeof h->sfree);
    memset(h->lazy, 0, sizeof h->lazy);
    memset(h->lazy_end, 0, sizeof h->lazy_end);
}

/* Before an image is written: forget the free cells and the free page runs
 * too (the next sweep finds them all again), so that a restored process
 * allocates above the image instead of writing into its pages (a copy of
 * each page written) or into the holes between its mapped ranges. */
void heap_segregate(void)
{
    HEAP->kind_mask = HEAP_NOSCAN | HEAP_FROZEN;
}

void heap_forget_free_space(void)
{
    HeapState *h = HEAP;
    heap_drop_free_lists();
    memset(h->partial, 0, sizeof h->partial);
    memset(h->bins, 0, sizeof h->bins);
    memset(h->bin_mask, 0, sizeof h->bin_mask);
}

static NOINLINE void collect(void)
{
    HeapState *h = HEAP;
    jmp_buf regs;
    memset(&regs, 0, sizeof regs);     /* no stale words in the parts setjmp skips */
    __builtin_unwind_init();
    setjmp(regs);
#ifdef KILN_DEBUG
    if (heap_check()) kiln_fatal("heap corrupted before a collection");
#endif
    h->in_gc = 1;
    heap_drop_free_lists();

    MarkCtx mc = { h->markbits, h->mstack, 0, h->mstack_cap, 0 };

    scan_range(&mc, KILN_ARENA_BASE, KILN_ARENA_BASE + sizeof(Root));
    drain(&mc);
    scan_stack(&mc);

    if (mc.high * sizeof(Object *) > MSTACK_KEEP)   /* a deep mark stack: drop its pages */
        arena_release((uintptr_t)mc.stack + MSTACK_KEEP, HEAP_ROUND_UP((uintptr_t)(mc.stack + mc.high), HEAP_PAGE));

    if (weakref_gc_hook) weakref_gc_hook();  /* clear weak references to what is about to be swept */
    if (del_gc_resurrect) resurrect(&mc);     /* objects with __del__ live until it has run */
    if (type_gc_hook) type_gc_hook();         /* the method cache forgets what is about to be swept */
    h->sweeping = 1;
    h->sweep_top = h->top;
    size_t live = sweep(mc.mb);
    h->sweeping = 0;

    h->live_bytes = live;
    /* the next collection after half as much again as is live: marking then
       costs two thirds of a word visit per word allocated, not one (json_bench
       spent a third of its time marking with a budget of live; 1.5x live is
       15% faster there for about 2 MB more peak RSS; a floor of 8 MiB
       rather than 4 saves another 12% there, where about 5 MB is live, for
       2 MB more) */
    h->budget = live + live / 2 > HEAP_MIN_BUDGET ? live + live / 2 : HEAP_MIN_BUDGET;
    /* free pages stay resident up to the budget and a quarter, and at least
       HEAP_KEEP_MIN: a program whose live data swings does not fault the
       same memory in again every cycle */
    release_surplus(h->budget + h->budget / 4 > HEAP_KEEP_MIN ? h->budget + h->budget / 4 : HEAP_KEEP_MIN);
    h->alloc_since_gc = 0;
    h->gc_count++;
    h->in_gc = 0;
#ifdef KILN_DEBUG
    if (heap_check()) kiln_fatal("heap corrupted by a collection");
#endif
    (void)regs;
    if (weakref_after_gc) weakref_after_gc(); /* callbacks run outside the collector */
    if (del_after_gc) del_after_gc();         /* so do finalizers (__del__) */
}

/* Collect, then give every free page back to the OS (before an image is
 * written: free memory then reads as zero and is left out of the image). */
void heap_trim(void)
{
    HeapState *h = HEAP;
    if (h->pause || h->in_gc) return;
    collect();
    release_surplus(0);
}

/* Zero the unused C stack below the caller, where the collector's frames are
 * about to live: a slot a new frame leaves unset still holds what a returned
 * frame wrote there (resuming a generator leaves it in several), which the
 * conservative scan would take for a root. */
static NOINLINE void scrub_stack(void)
{
    char buf[16384];
    memset(buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}

/* An explicit collection (gc.collect(), exit). */
void gc_collect(void)
{
    HeapState *h = HEAP;
    if (h->pause || h->in_gc) return;
    scrub_stack();
    collect();
}

/* -- Verification ------------------------------------------------------------------ */

static int check_fail(int *bad, const char *what, uintptr_t where)
{
    if ((*bad)++ < 10) fprintf(stderr, "kiln: heap check: %s at %#lx\n", what, (unsigned long)where);
    return 0;
}

/* Walk the whole heap and check the invariants of heap.h; returns the number
 * of problems (the first few are printed).  Under KILN_DEBUG every collection
 * runs it before and after. */
int heap_check(void)
{
    HeapState *h = HEAP;
    int bad = 0;
    uint32_t pg = (uint32_t)HEAP_PAGENO(HEAP_BASE), end = (uint32_t)HEAP_PAGENO(h->top);
    while (pg < end) {
        PageInfo *p = &PI[pg];
        uintptr_t a = HEAP_PAGE_ADDR(pg);
        uint32_t n = p->npages;
        if (n == 0 || pg + n > end || p->kind == PK_TAIL) {
            check_fail(&bad, "bad span head", a);
            break;
        }
        uintptr_t w0 = HEAP_GRANULE(a) >> 6, nw = (uintptr_t)n * HEAP_PAGE / 512;
        for (uintptr_t i = 0; i < nw && h->markbits; i++)
            if (!h->in_gc && h->markbits[w0 + i]) { check_fail(&bad, "mark bit outside a collection", a); break; }
        if (p->kind == PK_FREE) {
            for (uintptr_t i = 0; i < nw; i++)
                if (HEAP_ALLOCBITS[w0 + i]) { check_fail(&bad, "alloc bit in a free run", a + i * 512); break; }
        } else {
            for (uint32_t i = 1; i < n; i++)
                if (PI[pg + i].kind != PK_TAIL || PI[pg + i].npages != i) {
                    check_fail(&bad, "bad span tail", a + (uintptr_t)i * HEAP_PAGE);
                    break;
                }
            if (p->kind == PK_LARGE) {
                if (!heap_bit_get(HEAP_ALLOCBITS, a)) check_fail(&bad, "large span without its object", a);
                for (uintptr_t i = 0; i < nw; i++)
                    if (HEAP_ALLOCBITS[w0 + i] & (i ? ~(uint64_t)0 : ~(uint64_t)1)) {
                        check_fail(&bad, "stray alloc bit in a large object", a + i * 512);
                        break;
                    }
            } else if (p->kind == PK_SMALL) {
                size_t sz = p->cls < HEAP_NCLASS ? heap_class_size[p->cls] : 0;
                if (!sz || n != HEAP_SPAN_PAGES || p->ncells != HEAP_SPAN_BYTES / sz) {
                    check_fail(&bad, "bad small span", a);
                } else {
                    for (uintptr_t i = 0; i < nw; i++)
                        for (uint64_t b = HEAP_ALLOCBITS[w0 + i]; b; b &= b - 1) {
                            uintptr_t off = (i * 64 + __builtin_ctzll(b)) * 8;
                            if (off % sz || off / sz >= p->ncells) check_fail(&bad, "alloc bit off a cell start", a + off);
                        }
                }
            } else {
                check_fail(&bad, "unknown span kind", a);
            }
        }
        pg += n;
    }
    for (unsigned l = 0; l < HEAP_NLISTS; l++) {
        size_t count = 0;
        for (void **c = h->stress ? h->sfree[l] : h->free[l]; c && count < ((size_t)1 << 20); c = *c, count++) {
            uintptr_t a = (uintptr_t)c;
            uint32_t hp;
            if (a < HEAP_BASE || a >= h->top) { check_fail(&bad, "free list leaves the heap", a); break; }
            PageInfo *p = span_head(a, &hp);
            size_t sz = heap_class_size[l % HEAP_NCLASS];
            unsigned kind = l / HEAP_NCLASS;
            if (p->kind != PK_SMALL || p->cls != l % HEAP_NCLASS || (a - HEAP_PAGE_ADDR(hp)) % sz ||
                !(p->flags & PF_NOSCAN) != !(kind & HEAP_NOSCAN) ||
                ((h->kind_mask & HEAP_FROZEN) && page_group(hp) != kind >> 1)) {
                check_fail(&bad, "free cell in the wrong span", a);
                break;
            }
            if (heap_bit_get(HEAP_ALLOCBITS, a)) check_fail(&bad, "allocated cell on a free list", a);
            for (size_t i = 1; i < sz / 8; i++)
                if (((uint64_t *)a)[i]) { check_fail(&bad, "free cell not zero (written after it died?)", a + i * 8); break; }
        }
    }
    return bad;
}

/* -- Builtin storage types ----------------------------------------------------- */

void trace_leaf(Object *o, Visitor visit, void *ctx)
{
    (void)o, (void)visit, (void)ctx;
}

static void value_array_trace(Object *o, Visitor v, void *ctx)
{
    ValueArray *a = (ValueArray *)o;
    for (int64_t i = 0; i < a->cap; i++) v(a->items[i], ctx);
}

ValueArray *value_array_new(int64_t cap)
{
    if (cap < 0 || (uint64_t)cap > (KILN_ARENA_SIZE - sizeof(ValueArray)) / sizeof(Value))
        kiln_fatal("out of memory: value array of %lld items", (long long)cap);
    ValueArray *a = (ValueArray *)gc_alloc(T(value_array), sizeof(ValueArray) + (size_t)cap * sizeof(Value));
    a->cap = cap;
    return a;
}

static RawBytes *raw_bytes_alloc(int64_t cap, unsigned kind)
{
    if (cap < 0 || (uint64_t)cap > KILN_ARENA_SIZE - sizeof(RawBytes))
        kiln_fatal("out of memory: raw buffer of %lld bytes", (long long)cap);
    RawBytes *b = (RawBytes *)heap_alloc_fast(T(byte_array_raw), sizeof(RawBytes) + (size_t)cap, kind);
    b->cap = cap;
    return b;
}

RawBytes *raw_bytes_new(int64_t cap)
{
    return raw_bytes_alloc(cap, HEAP_NOSCAN);
}

RawBytes *raw_bytes_frozen(int64_t cap)
{
    return raw_bytes_alloc(cap, HEAP_NOSCAN | HEAP_FROZEN);
}

const TypeSpec value_array_spec = {
    .name = "value_array",
    .base = -1,
    .basicsize = sizeof(ValueArray),
    .itemsize = sizeof(Value),
    .flags = TF_ITEMS,
    .doc = "kiln internal: a fixed array of Values",
    .trace = value_array_trace,
};

const TypeSpec byte_array_raw_spec = {
    .name = "raw_bytes",
    .base = -1,
    .basicsize = sizeof(RawBytes),
    .itemsize = 1,
    .flags = TF_ITEMS,
    .doc = "kiln internal: a fixed buffer of bytes",
    .trace = trace_leaf,
};
