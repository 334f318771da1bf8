/* kiln: the _queue module: SimpleQueue, an unbounded FIFO queue whose get()
 * can block (with a timeout) without holding the GIL, and _queue.Empty.
 *
 * As CPython's: the items live in a ring buffer; a _thread.lock is held by
 * the queue ("locked") while a getter waits for an item, and put() releases
 * it to wake that getter. */
#include "core.h"
#include "io_file.h"   /* io_reduce_ex: pickling refused */
#include <math.h>
#include <time.h>

typedef struct SimpleQueue {
    Object hdr;
    Value buf;          /* a value_array ring buffer, or 0 */
    Value lock;         /* _thread.lock */
    int64_t head, count;
    bool locked;        /* we hold lock (a getter is or was waiting) */
} SimpleQueue;

#define SQ(v) ((SimpleQueue *)AS_OBJ(v))

static void sq_trace(Object *o, Visitor visit, void *ctx)
{
    SimpleQueue *q = (SimpleQueue *)o;
    visit(q->buf, ctx);
    visit(q->lock, ctx);
}

static Value empty_exc(void)
{
    return dict_get_cstr(kiln_state_dict(), "_queue.Empty");
}

static Value sq_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs) return raise_TypeError("SimpleQueue() takes no positional arguments");
    if (kw && obj_truthy(kw) > 0) return raise_TypeError("SimpleQueue() takes no keyword arguments");
    Value lock = thread_lock_new(false);
    SimpleQueue *q = (SimpleQueue *)gc_alloc(t, t->basicsize);
    STORE(q, lock, lock);
    return OBJ_VAL(q);
}

static int sq_push(Value self, Value item)
{
    SimpleQueue *q = SQ(self);
    int64_t cap = q->buf ? ((ValueArray *)AS_OBJ(q->buf))->cap : 0;
    if (q->count == cap) {
        ValueArray *nb = value_array_new(cap ? cap * 2 : 8);
        q = SQ(self);
        ValueArray *ob = q->buf ? (ValueArray *)AS_OBJ(q->buf) : NULL;
        for (int64_t i = 0; i < q->count; i++) nb->items[i] = ob->items[(q->head + i) % cap];
        STORE(q, buf, OBJ_VAL(nb));
        q->head = 0;
        cap = nb->cap;
    }
    ValueArray *b = (ValueArray *)AS_OBJ(q->buf);
    STORE_AT(b, &b->items[(q->head + q->count) % cap], item);
    q->count++;
    return 0;
}

static Value sq_pop(SimpleQueue *q)
{
    ValueArray *b = (ValueArray *)AS_OBJ(q->buf);
    Value item = b->items[q->head];
    b->items[q->head] = 0;      /* dropping a reference needs no barrier */
    q->head = (q->head + 1) % b->cap;
    if (--q->count == 0) q->head = 0;
    return item;
}

static Value sq_put(Value self, const Value *args, size_t nargs, Value kw, const char *fname)
{
    static const char *const names[] = { "item", "block", "timeout", NULL };
    static const char *const names1[] = { "item", NULL };
    Value a[3];
    if (args_parse(fname, args, nargs, kw, fname[3] ? names1 : names, 1, a) < 0) return 0;
    if (sq_push(self, a[0]) < 0) return 0;
    SimpleQueue *q = SQ(self);
    if (q->locked) { q->locked = false; thread_lock_post(q->lock); }
    return NONE;
}

static Value sq_put_m(Value self, const Value *args, size_t nargs, Value kw)
{
    return sq_put(self, args, nargs, kw, "put");
}

static Value sq_put_nowait(Value self, const Value *args, size_t nargs, Value kw)
{
    return sq_put(self, args, nargs, kw, "put_nowait");
}

/* The timeout as CPython's _PyTime_FromSecondsObject (rounding up) -> nanoseconds. */
static int timeout_ns(Value t, int64_t *ns)
{
    if (IS_FLOAT(t)) {
        double d = FLOAT_VAL(t);
        if (isnan(d)) { raise_ValueError("Invalid value NaN (not a number)"); return -1; }
        d = ceil(d * 1e9);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            { raise_OverflowError("timestamp too large to convert to C _PyTime_t"); return -1; }
        *ns = (int64_t)d;
        return 0;
    }
    Value i = obj_index(t);
    if (!i) return -1;
    int64_t s;
    if (int_as_i64(i, &s) < 0 || s > INT64_MAX / 1000000000 || s < INT64_MIN / 1000000000) {
        if (exc_pending() && !exc_matches(E(OverflowError))) return -1;
        exc_clear();
        raise_OverflowError("timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *ns = s * 1000000000;
    return 0;
}

static int64_t mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static Value sq_get_impl(Value self, bool block, Value timeout)
{
    int64_t us = -1, end = 0;
    if (!block) us = 0;
    else if (timeout && timeout != NONE) {
        int64_t ns;
        if (timeout_ns(timeout, &ns) < 0) return 0;
        if (ns < 0) return raise_ValueError("'timeout' must be a non-negative number");
        us = ns / 1000 + (ns % 1000 != 0);
        if (us > INT64_MAX / 1000) return raise_OverflowError("timeout value is too large");
        end = mono_ns() + ns;
    }
    while (SQ(self)->count == 0) {
        int r = thread_lock_wait_us(SQ(self)->lock, 0);
        if (r == 0 && us != 0) r = thread_lock_wait_us(SQ(self)->lock, us);
        if (r < 0) return 0;
        if (r == 0) return raise_value(empty_exc());
        SQ(self)->locked = true;
        if (end) {
            int64_t left = end - mono_ns();
            us = left <= 0 ? 0 : left / 1000 + (left % 1000 != 0);
        }
    }
    SimpleQueue *q = SQ(self);
    Value item = sq_pop(q);
    if (q->locked) { q->locked = false; thread_lock_post(q->lock); }
    return item;
}

static Value sq_get(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "block", "timeout", NULL };
    Value a[2];
    if (args_parse("get", args, nargs, kw, names, 0, a) < 0) return 0;
    int block = 1;
    if (a[0] && (block = obj_truthy(a[0])) < 0) return 0;
    return sq_get_impl(self, block, a[1]);
}

static Value sq_get_nowait(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs || (kw && obj_truthy(kw) > 0)) return raise_TypeError("get_nowait() takes no arguments");
    return sq_get_impl(self, false, 0);
}

static Value sq_empty(Value self, const Value *args, size_t nargs, Value kw)
{
    return BOOL_V(SQ(self)->count == 0);
}

static Value sq_qsize(Value self, const Value *args, size_t nargs, Value kw)
{
    return int_from_i64(SQ(self)->count);
}

static const MethodDef sq_methods[] = {
    { "empty", sq_empty, METH_NOARGS, "Return True if the queue is empty, False otherwise (not reliable!)." },
    { "get", sq_get, 0, "Remove and return an item from the queue." },
    { "get_nowait", sq_get_nowait, 0, "Remove and return an item from the queue without blocking." },
    { "put", sq_put_m, 0, "Put the item on the queue." },
    { "put_nowait", sq_put_nowait, 0, "Put an item into the queue without blocking." },
    { "qsize", sq_qsize, METH_NOARGS, "Return the approximate size of the queue (not reliable!)." },
    { "__reduce_ex__", io_reduce_ex, METH_O, NULL },
    { "__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

const TypeSpec simplequeue_spec = {
    .name = "_queue.SimpleQueue", .base = -1, .basicsize = sizeof(SimpleQueue), .flags = TF_BASETYPE,
    .doc = "Simple, unbounded, reentrant FIFO queue.", .trace = sq_trace,
    .new_ = sq_new, .methods = sq_methods,
};

static const char queue_prelude[] =
    "class Empty(Exception):\n"
    "    'Exception raised by Queue.get(block=0)/get_nowait().'\n"
    "    pass\n";

static int queue_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (RUN_PRELUDE(d, queue_prelude, "<_queue>") < 0) return -1;
    if (dict_set_cstr(d, "SimpleQueue", OBJ_VAL(T(simplequeue))) < 0) return -1;
    return dict_set_cstr(kiln_state_dict(), "_queue.Empty", dict_get_cstr(d, "Empty"));
}

const ModuleDef _queue_module = { "_queue", "C implementation of the Python queue module.\n"
    "This module is an implementation detail, please do not use it directly.", NULL, queue_exec };
