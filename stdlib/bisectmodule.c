/* kiln: the _bisect module (bisect.py's C half): binary search over a sorted
 * sequence, optionally through a key function, as CPython 3.11's. */
#include "core.h"

/* The arguments (a, x, lo=0, hi=None, *, key=None) of fname into a[5]; the
 * bounds into *lo and *hi (-1: len(a)).  -1 on error. */
static int bisect_args(const char *fname, const Value *args, size_t nargs, Value kw, Value *a,
                       int64_t *lo, int64_t *hi)
{
    static const char *const names[] = { "a", "x", "lo", "hi", "key", NULL };
    size_t total = nargs + (kw ? (size_t)TUPLE_SIZE(kw) : 0);
    if (total <= 5 && nargs > 4)
        return raise_TypeError("%s() takes at most 4 positional arguments (%zu given)", fname, nargs), -1;
    for (int i = 0; i < 5; i++) a[i] = 0;
    if (args_parse(fname, args, nargs, kw, names, 2, a) < 0) return -1;
    *lo = 0;
    *hi = -1;
    if (a[2] && obj_ssize_arg(a[2], lo) < 0) return -1;
    if (a[3] && a[3] != NONE) {
        if (!IS_INT(a[3]) && !(TYPE(a[3])->nb_index && !IS_FLOAT(a[3])))
            return raise_TypeError("argument should be integer or None, not '%s'", TYPE_NAME(a[3])), -1;
        if (obj_ssize_arg(a[3], hi) < 0) return -1;
    }
    if (!a[4]) a[4] = NONE;
    return 0;
}

/* The insertion point of x in seq[lo:hi]: after equal items (right) or
 * before them (left).  -1 on error. */
static int64_t search(Value seq, Value x, int64_t lo, int64_t hi, Value key, bool right)
{
    if (lo < 0) return raise_fmt(E(ValueError), "lo must be non-negative"), -1;
    if (hi == -1 && (hi = obj_len(seq)) < 0) return -1;
    while (lo < hi) {
        int64_t mid = (int64_t)(((uint64_t)lo + (uint64_t)hi) / 2);
        Value item = obj_getitem(seq, int_from_i64(mid));
        if (!item) return -1;
        if (key != NONE && !(item = obj_call1(key, item))) return -1;
        int lt = right ? obj_compare_bool(x, item, CMP_LT) : obj_compare_bool(item, x, CMP_LT);
        if (lt < 0) return -1;
        if (lt == right) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

static Value do_bisect(const char *fname, bool right, const Value *args, size_t nargs, Value kw)
{
    Value a[5];
    int64_t lo, hi;
    if (bisect_args(fname, args, nargs, kw, a, &lo, &hi) < 0) return 0;
    int64_t i = search(a[0], a[1], lo, hi, a[4], right);
    return i < 0 ? 0 : int_from_i64(i);
}

static Value do_insort(const char *fname, bool right, const Value *args, size_t nargs, Value kw)
{
    Value a[5];
    int64_t lo, hi;
    if (bisect_args(fname, args, nargs, kw, a, &lo, &hi) < 0) return 0;
    Value x = a[1];
    if (a[4] != NONE && !(x = obj_call1(a[4], x))) return 0;
    int64_t i = search(a[0], x, lo, hi, a[4], right);
    if (i < 0) return 0;
    if (IS_TYPE(a[0], list)) return list_insert(a[0], i, a[1]) < 0 ? 0 : NONE;
    Value ia[2] = { int_from_i64(i), a[1] };
    return obj_call_method(a[0], str_intern_cstr("insert"), ia, 2) ? NONE : 0;
}

static Value b_bisect_right(Value self, const Value *args, size_t nargs, Value kw)
{
    return do_bisect("bisect_right", true, args, nargs, kw);
}

static Value b_bisect_left(Value self, const Value *args, size_t nargs, Value kw)
{
    return do_bisect("bisect_left", false, args, nargs, kw);
}

static Value b_insort_right(Value self, const Value *args, size_t nargs, Value kw)
{
    return do_insort("insort_right", true, args, nargs, kw);
}

static Value b_insort_left(Value self, const Value *args, size_t nargs, Value kw)
{
    return do_insort("insort_left", false, args, nargs, kw);
}

static const MethodDef bisect_methods[] = {
    { "bisect_right", b_bisect_right, 0,
      "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
      "The return value i is such that all e in a[:i] have e <= x, and all e in\n"
      "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\n"
      "insert just after the rightmost x already there.\n\n"
      "Optional args lo (default 0) and hi (default len(a)) bound the\n"
      "slice of a to be searched." },
    { "insort_right", b_insort_right, 0,
      "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
      "If x is already in a, insert it to the right of the rightmost x.\n\n"
      "Optional args lo (default 0) and hi (default len(a)) bound the\n"
      "slice of a to be searched." },
    { "bisect_left", b_bisect_left, 0,
      "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
      "The return value i is such that all e in a[:i] have e < x, and all e in\n"
      "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\n"
      "insert just before the leftmost x already there.\n\n"
      "Optional args lo (default 0) and hi (default len(a)) bound the\n"
      "slice of a to be searched." },
    { "insort_left", b_insort_left, 0,
      "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
      "If x is already in a, insert it to the left of the leftmost x.\n\n"
      "Optional args lo (default 0) and hi (default len(a)) bound the\n"
      "slice of a to be searched." },
    { NULL, NULL, 0, NULL },
};

const ModuleDef _bisect_module = {
    "_bisect",
    "Bisection algorithms.\n\n"
    "This module provides support for maintaining a list in sorted order without\n"
    "having to sort the list after each insertion. For long lists of items with\n"
    "expensive comparison operations, this can be an improvement over the more\n"
    "common approach.\n",
    bisect_methods, NULL,
};
