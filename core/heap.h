/* kiln heap: private layout of the arena, the allocator and the collector.
 * The public API is the "Heap and GC" block of core.h; this file is for the
 * heap itself, white-box tests and the few parts that need its internals
 * (weak references read the mark bits, the image loader calls
 * heap_init_local).
 *
 * Arena layout (all at fixed addresses, DESIGN.md §4):
 *
 *   KILN_ARENA_BASE      Root (core.h), zero-filled at start
 *   HEAP                 HeapState: allocator bookkeeping (this file)
 *   HEAP_PAGEINFO        PageInfo[one per 4 KiB page of the arena]
 *   HEAP_ALLOCBITS       allocation bitmap: one bit per 8-byte granule of the
 *                        arena, set at the first granule of every allocated cell
 *   HEAP_BASE .. top     object pages: 64 KiB small-object spans and
 *                        page-granular large objects (in 2 MiB chunks of one
 *                        group each in a process that segregates, heap.c)
 *
 * Everything above lives in the arena and would go into an image.  The mark
 * bitmap and the mark stack are process-local mmaps (pointers in HeapState
 * marked "process-local"); heap_init_local() rebuilds them (and re-reads
 * KILN_GC_STRESS), so a loader that maps an arena image back must call it
 * before the first allocation.
 *
 * Invariants:
 *  - an alloc bit is set exactly at the start of each allocated cell; free
 *    memory (free cells, free page runs, memory above top) has no alloc bits;
 *  - a span's PageInfo head says what it is; its other pages are PK_TAIL with
 *    the distance back to the head;
 *  - mark bits are all clear outside a collection (the sweep clears them);
 *  - a cell on a free list is all zero except its first word (the link);
 *  - free cells are linked only while their span is "current" for its class
 *    (HeapState.free[]); a collection drops those lists and rebuilds them
 *    from the alloc bitmap when a span is taken again;
 *  - a span with no live cell is linked a page at a time: the rest of it,
 *    [lazy[l], lazy_end[l]), is linked when the list runs dry, so a process
 *    touches only the pages it allocates from (a restored process starts a
 *    fresh span for every size class it uses).
 */
#ifndef KILN_HEAP_H
#define KILN_HEAP_H

#include "core.h"

#define HEAP_PAGE        4096u
#define HEAP_PAGE_SHIFT  12
#define HEAP_SPAN_PAGES  16u                      /* small-object span: 64 KiB */
#define HEAP_SPAN_BYTES  (HEAP_SPAN_PAGES * HEAP_PAGE)
#define HEAP_SMALL_MAX   8192u                    /* larger requests: page runs */
#define HEAP_NCLASS      35                       /* size classes */
#define HEAP_NLISTS      (4 * HEAP_NCLASS)        /* [0,N) scanned, [N,2N) noscan; [2N,4N) the same, frozen */
#define HEAP_CHUNK_PAGES 512u                     /* 2 MiB: a chunk holds objects of one group */
#define HEAP_NGROUPS     2                        /* 0: the rest, 1: frozen (HEAP_FROZEN) */
#define HEAP_COMMIT_STEP ((uintptr_t)64 << 20)    /* commit object pages 64 MiB at a time */
#define HEAP_MIN_BUDGET  ((size_t)8 << 20)        /* collect after >= 8 MiB allocated */
#define HEAP_KEEP_MIN    ((size_t)64 << 20)       /* free pages kept resident after a collection (at least) */
#define HEAP_RELEASE_PAGES 64u                    /* free large objects >= 256 KiB go back to the OS */
#define HEAP_NBINS       64                       /* free page runs: exact sizes 1..63, bin 0: >= 64 */

#define HEAP_ROUND_UP(x, a) (((x) + (a) - 1) & ~((uintptr_t)(a) - 1))

enum { PK_FREE = 0, PK_SMALL, PK_LARGE, PK_TAIL };
enum { PF_NOSCAN = 1, PF_FINALIZE = 2, PF_DIRTY = 4, PF_RELEASE = 8 };

/* One per 4 KiB page of the arena (16 bytes). */
typedef struct PageInfo {
    uint8_t kind;       /* PK_* */
    uint8_t cls;        /* PK_SMALL: size class */
    uint8_t flags;      /* PF_* (head pages) */
    uint8_t pad_;
    uint32_t npages;    /* head: pages in the span or free run; PK_TAIL: distance to the head */
    uint32_t next;      /* list link (arena page number; 0 = end) */
    uint32_t ncells;    /* PK_SMALL: cells in the span */
} PageInfo;

typedef struct HeapState {
    uint64_t magic;
    void *free[HEAP_NLISTS];      /* fast path: free cells of the current span per class */
    void *sfree[HEAP_NLISTS];     /* stress mode: the lists live here so the fast path always misses */
    uint32_t partial[HEAP_NLISTS];/* spans with free cells (page numbers), rebuilt by each sweep */
    uintptr_t lazy[HEAP_NLISTS];  /* free, zero, not yet linked cells of the current span: [lazy, lazy_end) */
    uintptr_t lazy_end[HEAP_NLISTS];
    uint32_t bins[HEAP_NGROUPS][2][HEAP_NBINS]; /* free page runs by group and size: [.][0] dirty (old
                                                   contents), [.][1] clean */
    uint64_t bin_mask[HEAP_NGROUPS][2];         /* bit i: bins[g][d][i] non-empty */
    uintptr_t top;                /* end of the pages ever handed out */
    uintptr_t committed;          /* end of the read-write object pages */
    size_t alloc_since_gc;        /* bytes handed to allocation since the last collection */
    size_t budget;                /* collect when alloc_since_gc exceeds this */
    size_t live_bytes;            /* after the last sweep */
    size_t dirty_free_pages;      /* free pages that still hold old contents */
    uint64_t gc_count;
    uint64_t total_allocated;     /* bytes, approximate (span granular) */
    int pause;                    /* gc_pause nesting */
    int in_gc, sweeping;
    uintptr_t sweep_top;          /* top when the sweep began (allocation during a sweep goes above) */
    uint64_t stress;              /* collect every N allocations (0: off) */
    unsigned kind_mask;           /* HEAP_NOSCAN, or with HEAP_FROZEN in a process that segregates:
                                     frozen objects get size-class lists and 2 MiB chunks of their own */
    uint64_t stress_count;
    /* process-local: rebuilt by heap_init_local(), meaningless in an image */
    uint64_t *markbits;           /* one bit per 8-byte granule of the arena */
    Object **mstack;              /* explicit mark stack */
    size_t mstack_cap;
    Value *mcache_local;          /* type.c: a restored process's own method cache, or NULL */
    uint8_t chunk_group[KILN_ARENA_SIZE / (HEAP_CHUNK_PAGES * HEAP_PAGE)];  /* per 2 MiB chunk from HEAP_BASE */
} HeapState;

#define HEAP_STATE_RESERVE ((uintptr_t)64 << 10)
#define HEAP_ROOT_END    HEAP_ROUND_UP(sizeof(Root), HEAP_PAGE)
#define HEAP             ((HeapState *)(KILN_ARENA_BASE + HEAP_ROOT_END))
#define HEAP_NPAGES_MAX  (KILN_ARENA_SIZE >> HEAP_PAGE_SHIFT)
#define HEAP_PAGEINFO    ((PageInfo *)(KILN_ARENA_BASE + HEAP_ROOT_END + HEAP_STATE_RESERVE))
#define HEAP_PAGEINFO_SIZE (HEAP_NPAGES_MAX * sizeof(PageInfo))
#define HEAP_ALLOCBITS   ((uint64_t *)HEAP_ROUND_UP((uintptr_t)HEAP_PAGEINFO + HEAP_PAGEINFO_SIZE, HEAP_PAGE))
#define HEAP_BITS_SIZE   (KILN_ARENA_SIZE / 64)
#define HEAP_BASE        HEAP_ROUND_UP((uintptr_t)HEAP_ALLOCBITS + HEAP_BITS_SIZE, (uintptr_t)2 << 20)
#define HEAP_END         (KILN_ARENA_BASE + KILN_ARENA_SIZE)
#define HEAP_MAGIC       0x6b696c6e68656170ULL   /* "kilnheap" */

STATIC_ASSERT(sizeof(HeapState) <= (64 << 10), "HeapState fits its reserve");
STATIC_ASSERT(sizeof(PageInfo) == 16, "PageInfo is 16 bytes");

/* Size classes: class index of a request of n <= HEAP_SMALL_MAX bytes is
 * heap_size_class[(n + 7) >> 3]; heap_class_size[c] is the cell size. */
extern const uint8_t heap_size_class[HEAP_SMALL_MAX / 8 + 1];
extern const uint16_t heap_class_size[HEAP_NCLASS];

#define HEAP_PAGENO(a)   (((uintptr_t)(a) - KILN_ARENA_BASE) >> HEAP_PAGE_SHIFT)
#define HEAP_GRANULE(a)  (((uintptr_t)(a) - KILN_ARENA_BASE) >> 3)
#define HEAP_PAGE_ADDR(n) (KILN_ARENA_BASE + ((uintptr_t)(n) << HEAP_PAGE_SHIFT))

static ALWAYS_INLINE bool heap_bit_get(const uint64_t *bits, uintptr_t a) {
    uintptr_t g = HEAP_GRANULE(a);
    return (bits[g >> 6] >> (g & 63)) & 1;
}
static ALWAYS_INLINE void heap_bit_set(uint64_t *bits, uintptr_t a) {
    uintptr_t g = HEAP_GRANULE(a);
    bits[g >> 6] |= (uint64_t)1 << (g & 63);
}

/* The allocation fast path: pop the current span's free list of class c
 * (list c + kind * HEAP_NCLASS, kind a HEAP_NOSCAN | HEAP_FROZEN mask), mark
 * the cell allocated, set its type.  Cells on a free list are zero but for
 * the link word. */
Object *heap_alloc_slow(Type *t, size_t nbytes, unsigned kind);
void heap_note_finalizer(void *cell);

static ALWAYS_INLINE Object *heap_alloc_fast(Type *t, size_t nbytes, unsigned kind) {
    if (LIKELY(nbytes <= HEAP_SMALL_MAX)) {
        unsigned c = heap_size_class[(nbytes + 7) >> 3];
        unsigned l = c + (kind & HEAP->kind_mask) * HEAP_NCLASS;
        void **cell = (void **)HEAP->free[l];
        if (LIKELY(cell != NULL)) {
            HEAP->free[l] = *cell;
            heap_bit_set(HEAP_ALLOCBITS, (uintptr_t)cell);
            *(Type **)cell = t;         /* the rest of a free cell is already zero */
            if (UNLIKELY(t != NULL && t->finalize != NULL)) heap_note_finalizer(cell);
            return (Object *)cell;
        }
    }
    return heap_alloc_slow(t, nbytes, kind);
}

/* Size class of a request of n <= 64 bytes (classes 0..6 step by 8 bytes),
 * a compile-time constant when n is one. */
#define HEAP_TINY_CLASS(n) ((n) <= 16 ? 0u : (unsigned)(((n) + 7) >> 3) - 2u)

/* The fast path for a small no-scan object of a type without a finalizer
 * (float boxing): the class is folded and the finalizer test dropped, and
 * when the free list is empty the cell is bumped off the span's not yet
 * linked zero cells [lazy, lazy_end) (which stress mode never leaves). */
static ALWAYS_INLINE Object *heap_alloc_tiny_leaf(Type *t, size_t nbytes)
{
    HeapState *h = HEAP;
    unsigned l = HEAP_TINY_CLASS(nbytes) + ((HEAP_NOSCAN | HEAP_FROZEN) & h->kind_mask) * HEAP_NCLASS;
    void **cell = (void **)h->free[l];
    if (LIKELY(cell != NULL)) {
        h->free[l] = *cell;
    } else {
        uintptr_t a = h->lazy[l], sz = nbytes <= 16 ? 16 : HEAP_ROUND_UP(nbytes, 8);
        if (UNLIKELY(a + sz > h->lazy_end[l])) return heap_alloc_slow(t, nbytes, HEAP_NOSCAN | HEAP_FROZEN);
        h->lazy[l] = a + sz;
        cell = (void **)a;
    }
    heap_bit_set(HEAP_ALLOCBITS, (uintptr_t)cell);
    *(Type **)cell = t;                 /* the rest of a free cell is already zero */
    return (Object *)cell;
}

/* A float box: float_new, inlined into the interpreter's arithmetic. */
static ALWAYS_INLINE Value heap_float_new(double d)
{
    Float *f = (Float *)heap_alloc_tiny_leaf(T(float), sizeof(Float));
    f->v = d;
    return OBJ_VAL(f);
}

/* arena.c: the virtual memory underneath. */
void arena_reserve(void);                        /* map the arena PROT_NONE, fatal if taken */
void arena_commit(uintptr_t lo, uintptr_t hi);   /* make [lo, hi) read-write (page aligned) */
void arena_release(uintptr_t lo, uintptr_t hi);  /* give pages back to the OS; they read as zero */
void *arena_local_map(size_t nbytes);            /* process-local zeroed read-write memory */

/* A full collection that also returns every free page to the OS, so an image
 * written right after holds only live data (and the zeroed free cells of
 * partly used spans). */
void heap_trim(void);
/* Forget the current span of every size class (the collector, before it
 * sweeps). */
void heap_drop_free_lists(void);
/* Forget every free cell and free page run until the next sweep (before an
 * image is written, so restored processes allocate above it). */
void heap_forget_free_space(void);
/* From now on, keep HEAP_FROZEN objects in 2 MiB chunks of their own (a
 * process that is to write an image: see HEAP_FROZEN in core.h).  Other
 * processes mix them, which costs less memory; a restored process mixes the
 * objects it allocates. */
void heap_segregate(void);

/* Call fn(object, ctx) on every allocated cell, in address order.  fn must
 * not allocate unless collection is paused (gc_pause). */
void heap_each_object(void (*fn)(Object *o, void *ctx), void *ctx);

/* Check the invariants above over the whole heap; returns the number of
 * problems found (printed to stderr).  KILN_DEBUG builds run it around every
 * collection. */
int heap_check(void);

/* Rebuild the process-local parts (mark bitmap, mark stack): heap_init calls
 * it; an image loader calls it after mapping an arena back. */
void heap_init_local(void);

#endif
