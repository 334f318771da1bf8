/* kiln: the _heapq module (heapq.py's C half): a binary min-heap kept in a
 * list, plus the max-heap helpers heapq.merge and nlargest use.  The
 * comparisons are CPython 3.11's, in the same order, so a heap of objects
 * with unusual __lt__ ends up the same; a list resized by a comparison is
 * refused as there. */
#include "core.h"

typedef int (*SiftFn)(Value heap, int64_t pos);

static void put(Value heap, int64_t i, Value v) { STORE_AT(AS(List, heap)->items, &LIST_ITEMS(heap)[i], v); }

static int changed(Value heap, int64_t size)
{
    if (size == LIST_SIZE(heap)) return 0;
    raise_fmt(E(RuntimeError), "list changed size during iteration");
    return -1;
}

/* newitem = heap[pos] moves towards startpos past the parents it is less
 * than (greater than, for a max-heap). */
static int siftdown_(Value heap, int64_t startpos, int64_t pos, bool max)
{
    int64_t size = LIST_SIZE(heap);
    if (pos >= size) return raise_IndexError("list index out of range"), -1;
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        Value newitem = LIST_ITEMS(heap)[pos], parent = LIST_ITEMS(heap)[parentpos];
        int lt = max ? obj_compare_bool(parent, newitem, CMP_LT) : obj_compare_bool(newitem, parent, CMP_LT);
        if (lt < 0 || changed(heap, size) < 0) return -1;
        if (!lt) break;
        parent = LIST_ITEMS(heap)[parentpos];
        newitem = LIST_ITEMS(heap)[pos];
        put(heap, parentpos, newitem);
        put(heap, pos, parent);
        pos = parentpos;
    }
    return 0;
}

/* The smaller (larger) child climbs into pos until a leaf is free, then the
 * item that was at pos sifts down from there. */
static int siftup_(Value heap, int64_t pos, bool max)
{
    int64_t endpos = LIST_SIZE(heap), startpos = pos;
    if (pos >= endpos) return raise_IndexError("list index out of range"), -1;
    int64_t limit = endpos >> 1;
    while (pos < limit) {
        int64_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            Value a = LIST_ITEMS(heap)[childpos], b = LIST_ITEMS(heap)[childpos + 1];
            int lt = max ? obj_compare_bool(b, a, CMP_LT) : obj_compare_bool(a, b, CMP_LT);
            if (lt < 0) return -1;
            childpos += lt ^ 1;
            if (changed(heap, endpos) < 0) return -1;
        }
        Value child = LIST_ITEMS(heap)[childpos], cur = LIST_ITEMS(heap)[pos];
        put(heap, childpos, cur);
        put(heap, pos, child);
        pos = childpos;
    }
    return siftdown_(heap, startpos, pos, max);
}

static int siftup_min(Value heap, int64_t pos) { return siftup_(heap, pos, false); }
static int siftup_max(Value heap, int64_t pos) { return siftup_(heap, pos, true); }

static bool list_arg(const char *fname, const char *which, Value v)
{
    if (IS_LIST(v)) return true;
    raise_TypeError("%s() %s must be list, not %T", fname, which, v);
    return false;
}

/* (heap, item, /) of fname: -1 with an exception when they aren't that. */
static int two_args(const char *fname, size_t nargs)
{
    if (nargs == 2) return 0;
    raise_TypeError("%s expected 2 arguments, got %zu", fname, nargs);
    return -1;
}

static Value h_heappush(Value self, const Value *args, size_t nargs, Value kw)
{
    if (two_args("heappush", nargs) < 0 || !list_arg("heappush", "argument 1", args[0])) return 0;
    if (list_append(args[0], args[1]) < 0) return 0;
    return siftdown_(args[0], 0, LIST_SIZE(args[0]) - 1, false) < 0 ? 0 : NONE;
}

static Value heappop_(Value heap, SiftFn sift)
{
    if (LIST_SIZE(heap) == 0) return raise_IndexError("index out of range");
    Value last = list_pop(heap);
    if (!last) return 0;
    if (LIST_SIZE(heap) == 0) return last;
    Value top = LIST_ITEMS(heap)[0];
    put(heap, 0, last);
    return sift(heap, 0) < 0 ? 0 : top;
}

static Value h_heappop(Value self, const Value *args, size_t nargs, Value kw)
{
    return list_arg("heappop", "argument", args[0]) ? heappop_(args[0], siftup_min) : 0;
}

static Value h_heappop_max(Value self, const Value *args, size_t nargs, Value kw)
{
    return list_arg("_heappop_max", "argument", args[0]) ? heappop_(args[0], siftup_max) : 0;
}

static Value heapreplace_(Value heap, Value item, SiftFn sift)
{
    if (LIST_SIZE(heap) == 0) return raise_IndexError("index out of range");
    Value top = LIST_ITEMS(heap)[0];
    put(heap, 0, item);
    return sift(heap, 0) < 0 ? 0 : top;
}

static Value h_heapreplace(Value self, const Value *args, size_t nargs, Value kw)
{
    if (two_args("heapreplace", nargs) < 0 || !list_arg("heapreplace", "argument 1", args[0])) return 0;
    return heapreplace_(args[0], args[1], siftup_min);
}

static Value h_heapreplace_max(Value self, const Value *args, size_t nargs, Value kw)
{
    if (two_args("_heapreplace_max", nargs) < 0 || !list_arg("_heapreplace_max", "argument 1", args[0])) return 0;
    return heapreplace_(args[0], args[1], siftup_max);
}

static Value h_heappushpop(Value self, const Value *args, size_t nargs, Value kw)
{
    if (two_args("heappushpop", nargs) < 0 || !list_arg("heappushpop", "argument 1", args[0])) return 0;
    Value heap = args[0], item = args[1];
    if (LIST_SIZE(heap) == 0) return item;
    int lt = obj_compare_bool(LIST_ITEMS(heap)[0], item, CMP_LT);
    if (lt < 0) return 0;
    if (!lt) return item;
    return heapreplace_(heap, item, siftup_min);
}

static int64_t keep_top_bit(int64_t n)
{
    int i = 0;
    while (n > 1) {
        n >>= 1;
        i++;
    }
    return n << i;
}

/* Sift a node, then its parents while it is a right child: the nodes of one
 * subtree are handled together, which keeps a big heap's working set in the
 * cache (CPython's order, for lists over 2500 items). */
static int sift_chain(Value heap, int64_t j, SiftFn sift)
{
    for (;;) {
        if (sift(heap, j) < 0) return -1;
        if (!(j & 1)) return 0;
        j >>= 1;
    }
}

static Value heapify_(Value heap, SiftFn sift)
{
    int64_t n = LIST_SIZE(heap);
    if (n > 2500) {
        int64_t m = n >> 1, leftmost = keep_top_bit(m + 1) - 1, mhalf = m >> 1;
        for (int64_t i = leftmost - 1; i >= mhalf; i--)
            if (sift_chain(heap, i, sift) < 0) return 0;
        for (int64_t i = m - 1; i >= leftmost; i--)
            if (sift_chain(heap, i, sift) < 0) return 0;
        return NONE;
    }
    for (int64_t i = (n >> 1) - 1; i >= 0; i--)
        if (sift(heap, i) < 0) return 0;
    return NONE;
}

static Value h_heapify(Value self, const Value *args, size_t nargs, Value kw)
{
    return list_arg("heapify", "argument", args[0]) ? heapify_(args[0], siftup_min) : 0;
}

static Value h_heapify_max(Value self, const Value *args, size_t nargs, Value kw)
{
    return list_arg("_heapify_max", "argument", args[0]) ? heapify_(args[0], siftup_max) : 0;
}

static const MethodDef heapq_methods[] = {
    { "heappush", h_heappush, METH_NOKW, "Push item onto heap, maintaining the heap invariant." },
    { "heappushpop", h_heappushpop, METH_NOKW,
      "Push item on the heap, then pop and return the smallest item from the heap.\n\n"
      "The combined action runs more efficiently than heappush() followed by\n"
      "a separate call to heappop()." },
    { "heappop", h_heappop, METH_O, "Pop the smallest item off the heap, maintaining the heap invariant." },
    { "heapreplace", h_heapreplace, METH_NOKW,
      "Pop and return the current smallest value, and add the new item.\n\n"
      "This is more efficient than heappop() followed by heappush(), and can be\n"
      "more appropriate when using a fixed-size heap.  Note that the value\n"
      "returned may be larger than item!  That constrains reasonable uses of\n"
      "this routine unless written as part of a conditional replacement:\n\n"
      "    if item > heap[0]:\n"
      "        item = heapreplace(heap, item)" },
    { "heapify", h_heapify, METH_O, "Transform list into a heap, in-place, in O(len(heap)) time." },
    { "_heappop_max", h_heappop_max, METH_O, "Maxheap variant of heappop." },
    { "_heapreplace_max", h_heapreplace_max, METH_NOKW, "Maxheap variant of heapreplace." },
    { "_heapify_max", h_heapify_max, METH_O, "Maxheap variant of heapify." },
    { NULL, NULL, 0, NULL },
};

const ModuleDef _heapq_module = {
    "_heapq",
    "Heap queue algorithm (a.k.a. priority queue).\n\n"
    "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
    "all k, counting elements from 0.  For the sake of comparison,\n"
    "non-existing elements are considered to be infinite.  The interesting\n"
    "property of a heap is that a[0] is always its smallest element.\n\n"
    "Usage:\n\n"
    "heap = []            # creates an empty heap\n"
    "heappush(heap, item) # pushes a new item on the heap\n"
    "item = heappop(heap) # pops the smallest item from the heap\n"
    "item = heap[0]       # smallest item on the heap without popping it\n"
    "heapify(x)           # transforms list into a heap, in-place, in linear time\n"
    "item = heappushpop(heap, item) # pushes a new item and then returns\n"
    "                               # the smallest item; the heap size is unchanged\n"
    "item = heapreplace(heap, item) # pops and returns smallest item, and adds\n"
    "                               # new item; the heap size is unchanged\n\n"
    "Our API differs from textbook heap algorithms as follows:\n\n"
    "- We use 0-based indexing.  This makes the relationship between the\n"
    "  index for a node and the indexes for its children slightly less\n"
    "  obvious, but is more suitable since Python uses 0-based indexing.\n\n"
    "- Our heappop() method returns the smallest item, not the largest.\n\n"
    "These two make it possible to view the heap as a regular Python list\n"
    "without surprises: heap[0] is the smallest item, and heap.sort()\n"
    "maintains the heap invariant!\n",
    heapq_methods, NULL,
};
